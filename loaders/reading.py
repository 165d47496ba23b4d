"""Reading articles: plain text, HTML and JSON/JSONL, one file or a whole directory.

Each article becomes a :class:`Document` whose cleaned text keeps a mapping back to the
character offsets of the original, so evidence can be cited in the source as published.

>>> doc = read_text("a1", "Skip to content\\nRussia Keeps Troops in Transnistria Today\\nBody.")
>>> doc.text
'Russia Keeps Troops in Transnistria Today\\nBody.'
>>> doc.to_original(0)
16
"""

from __future__ import annotations

import bisect
import errno
import hashlib
import html
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import BadInput
from loaders.dates import find_dates

MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

# Whole lines that are page furniture, not article text.
FURNITURE = re.compile(
    r"""^\s*(?:skip\ to\ (?:main\ )?content|accessibility\ links|breaking\ news|news|menu|search|
    share(?:\ this)?|print|e-?mail|comments?|advertisement|subscribe|sign\ in|log\ in|read\ more|
    leave\ a\ (?:reply|comment)|related(?:\ articles|\ stories|\ posts)?|trending(?:\ now)?|
    help\ us\ improve\.?|see\ also|more\ from\ .*|follow\ us.*|
    \[?leer\ en\ espa[ñn]ol\]?|xs|sm|md|lg|xl|xxl|back\ to\ top|cookie.*|
    \(reporting\ by\ .*\)|editing\ by\ .*|writing\ by\ .*)\s*$""",
    re.I | re.X,
)
_NON_WORD = re.compile(r"\W+")
_HEADLINE_LENGTH = 200
# A heading after which the rest of the page is furniture.
TAIL_MARKERS = re.compile(r"^\s*(?:leave a (?:reply|comment)|related articles|trending|help us improve)", re.I)
TITLE_WITH_PUBLISHER = re.compile(r"^(?P<title>.{20,}?)\s+[-–|]\s+(?P<publisher>[A-Z][\w.&' ]{1,40})\s*$")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,}),\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)"
    r"\s+\((?P<agency>[A-Z][A-Za-z.]+)\)",
    re.M,
)


@dataclass
class Document:
    """An article: its original text, its cleaned text and the mapping between them."""

    id: str
    original: str
    text: str
    # (start in text, start in original, length): runs of text copied verbatim from the original.
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    dateline: str | None = None
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.original.encode("utf-8")).hexdigest()

    def to_original(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the cleaned text."""
        if not self.segments:
            return offset
        if len(self._starts) != len(self.segments):
            self._starts = [s[0] for s in self.segments]
        starts = self._starts
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        clean_start, original_start, length = self.segments[index]
        return original_start + min(offset - clean_start, length)

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the cleaned span [start, end)."""
        return self.to_original(start), self.to_original(max(end - 1, start)) + 1


def iter_article_files(paths: list[Path]) -> Iterator[Path | BadInput]:
    """Files to read: each file given, and the article files inside each directory given.

    Symlinked directories are followed. A symlink loop, or a broken link to an article file, comes as a
    BadInput in its place, so that it is reported and the walk goes on.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path, (os.path.realpath(path),))
        else:
            yield path


def _walk(directory: Path, ancestors: tuple[str, ...]) -> Iterator[Path | BadInput]:
    """The article files under ``directory`` in name order; ``ancestors`` are the real paths walked into."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield BadInput(f"{directory}: cannot read ({exc.strerror or exc})")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:
            loop = exc.errno == errno.ELOOP
            yield BadInput(f"{path}: a symlink loop; skipped" if loop else f"{path}: cannot read ({exc.strerror})")
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real in ancestors:
                yield BadInput(f"{path}: a symlink loop (back to {real}); skipped")
            else:
                yield from _walk(path, (*ancestors, real))
        elif path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        elif is_file:
            yield path
        elif entry.is_symlink():
            yield BadInput(f"{path}: a broken symlink (to {os.readlink(path)})")


def read_file(path: Path, problems: list[str] | None = None) -> list[Document]:
    """Read one article file (or several articles from a JSON or JSONL file). Raises BadInput.

    With ``problems``, a record of a JSON or JSONL file that cannot be read is a line there, and the
    others are read; without, it fails the file.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > MAX_BYTES:
        raise BadInput(f"{path}: too large ({size} bytes; the limit is {MAX_BYTES})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower(), "text")
    return read_bytes(path.stem, data, kind, str(path), problems)


def read_bytes(
    article_id: str, data: bytes, kind: str = "text", source: str | None = None, problems: list[str] | None = None
) -> list[Document]:
    """Decode and parse article bytes of a given kind (text, html, json, jsonl); ``problems`` as in read_file."""
    name = source or article_id
    if not data.strip():
        raise BadInput(f"{name}: empty file")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BadInput(f"{name}: binary file, not an article (a NUL byte at offset {nul})")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{name}: not valid UTF-8 (byte {exc.start})") from None
    if kind == "html":
        docs = [read_html(article_id, raw)]
    elif kind in ("json", "jsonl"):
        docs = _read_json(article_id, raw, kind, name, problems)
    else:
        docs = [read_text(article_id, raw)]
    for doc in docs:
        doc.source = source
    return docs


def read_text(article_id: str, raw: str, *, segments: list[tuple[int, int, int]] | None = None) -> Document:
    """Clean plain text line by line and find its metadata.

    ``segments`` maps ``raw`` further back when it was itself derived (from HTML).
    """
    kept: list[tuple[int, str]] = []
    seen: set[str] = set()
    offset = 0
    publisher = _publisher_from_footer(raw)
    if publisher:
        seen.add(publisher.lower())
    for line in raw.splitlines(keepends=True):
        start, content = offset, line.rstrip("\r\n")
        offset += len(line)
        stripped = content.strip()
        if not stripped:
            continue
        if TAIL_MARKERS.match(stripped) and kept:
            break
        key = _repeat_key(stripped)
        if FURNITURE.match(stripped) or key in seen:
            continue
        seen.add(key)
        lead = len(content) - len(content.lstrip())
        kept.append((start + lead, stripped))
    kept = [(s, line) for s, line in kept if not _title_footer(line)]
    parts: list[str] = []
    own_segments: list[tuple[int, int, int]] = []
    position = 0
    for original_start, line in kept:
        own_segments.append((position, original_start, len(line)))
        parts.append(line)
        position += len(line) + 1
    doc = Document(id=article_id, original=raw, text="\n".join(parts), segments=own_segments)
    if segments is not None:
        doc.segments = _compose(own_segments, segments)
    doc.title = _title([line for _, line in kept])
    doc.publisher = publisher
    doc.published = _byline_date([line for _, line in kept[:6]])
    _dateline(doc)
    return doc


def _repeat_key(line: str) -> str:
    """What a repeated line has in common with its first showing: a headline or caption may come back with
    other punctuation; a paragraph comes back whole (and normalising every paragraph is costly)."""
    return _NON_WORD.sub(" ", line).strip().lower() if len(line) <= _HEADLINE_LENGTH else line.lower()


def _title_footer(line: str) -> re.Match[str] | None:
    """A "Headline - Publisher" line. The cheap tests first: most lines are sentences, and the pattern is the
    costly part."""
    if line.endswith(".") or len(line.split()) <= 5:
        return None
    return TITLE_WITH_PUBLISHER.match(line)


def _publisher_from_footer(raw: str) -> str | None:
    """A closing "Headline - Publisher" line names the publisher."""
    lines = [line.strip() for line in raw[-2000:].splitlines() if line.strip()]
    for line in reversed(lines[-5:]):
        match = _title_footer(line)
        if match:
            return match.group("publisher").strip()
    return None


# A byline, or the "date 2022-03-20" line that some archives open an article with.
_BYLINE = re.compile(r"^(?:By\s|(?:Published|Updated|Posted)\b|date\s+(?=(?:19|20)\d\d-\d\d-\d\d\b))")


def _title(lines: list[str]) -> str | None:
    """The first line near the top that is set like a headline (most words capitalised), bylines aside."""
    lines = [line for line in lines[:6] if not _BYLINE.match(line)] or lines
    for line in lines[:6]:
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
        capitalised = sum(w[0].isupper() for w in words)
        if 4 <= len(line.split()) <= 25 and words and capitalised / len(words) >= 0.7:
            return line
    return lines[0] if lines else None


def _byline_date(lines: list[str]) -> str | None:
    """The full date on a byline near the top ("By Jane Roe | May 3, 2024", "Published March 14, 2024")."""
    for line in lines:
        if _BYLINE.match(line) or " | " in line:
            day = next((d for d in find_dates(line) if d.day and d.year), None)
            if day is not None:
                return day.iso
    return None


def _dateline(doc: Document) -> None:
    match = DATELINE.search(doc.text)
    if match:
        doc.publisher = doc.publisher or match.group("agency")
        doc.dateline = match.group("date")


def _compose(outer: list[tuple[int, int, int]], inner: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Map segments of text→intermediate through segments of intermediate→original."""
    probe = Document(id="", original="", text="", segments=inner)
    out: list[tuple[int, int, int]] = []
    for clean_start, mid_start, length in outer:
        for i in range(length):
            original = probe.to_original(mid_start + i)
            if out and out[-1][0] + out[-1][2] == clean_start + i and out[-1][1] + out[-1][2] == original:
                out[-1] = (out[-1][0], out[-1][1], out[-1][2] + 1)
            else:
                out.append((clean_start + i, original, 1))
    return out


_SKIP_BLOCKS = re.compile(
    r"<(script|style|nav|header|footer|aside|form|noscript|svg|button|select|template)\b.*?</\1\s*>",
    re.I | re.S,
)
_BLOCK_TAGS = re.compile(r"^</?(p|div|br|h[1-6]|li|ul|ol|section|article|blockquote|tr|td|figcaption|title)\b", re.I)
_TOKEN = re.compile(r"<!--.*?-->|<[^>]*>|&#?\w+;|[^<&]+|[<&]", re.S)
_META = re.compile(
    r"<meta\s+[^>]*?(?:property|name)=[\"'](?P<key>[^\"']+)[\"'][^>]*?content=[\"'](?P<value>[^\"']*)[\"']", re.I
)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def read_html(article_id: str, raw: str) -> Document:
    """Strip an HTML page to its text (no scripts, styles, navigation or footers), keeping offsets."""
    meta = {m.group("key").lower(): html.unescape(m.group("value")) for m in _META.finditer(raw)}
    body_start = 0
    title_match = _TITLE_TAG.search(raw)
    if title_match:
        body_start = title_match.end()
    text_parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    position = 0
    cursor = body_start
    for skipped in list(_SKIP_BLOCKS.finditer(raw, body_start)) + [None]:
        stop = skipped.start() if skipped else len(raw)
        for token in _TOKEN.finditer(raw, cursor, stop):
            piece = token.group()
            if piece.startswith("<"):
                if _BLOCK_TAGS.match(piece):
                    text_parts.append("\n")
                    position += 1
                continue
            value = html.unescape(piece) if piece.startswith("&") else piece
            segments.append((position, token.start(), len(value) if value == piece else 1))
            text_parts.append(value)
            position += len(value)
        cursor = skipped.end() if skipped else len(raw)
    flat = "".join(text_parts)
    doc = read_text(article_id, flat, segments=segments)
    doc.original = raw
    doc.title = (
        meta.get("og:title") or (html.unescape(title_match.group(1)).strip() if title_match else None) or doc.title
    )
    doc.publisher = meta.get("og:site_name") or doc.publisher
    doc.published = meta.get("article:published_time") or meta.get("date") or doc.published
    doc.url = meta.get("og:url")
    return doc


_TEXT_FIELDS = ("text", "body", "content", "articleBody", "article", "full_text")


def _read_json(article_id: str, raw: str, kind: str, name: str, problems: list[str] | None) -> list[Document]:
    """The articles of a JSON document (an object, or a list of them) or of JSONL (an object a line)."""
    if kind == "json":
        loaded = _parse_json(raw, name)
        records = loaded if isinstance(loaded, list) else [loaded]
        where = [name] if len(records) == 1 else [f"{name}: record {n}" for n in range(1, len(records) + 1)]
        items = list(zip(range(1, len(records) + 1), where, records, strict=True))
    else:
        items = [(n, f"{name}:{n}", line) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
    single = len(items) == 1
    docs = []
    for number, place, record in items:
        try:
            loaded_record = _parse_json(record, place) if kind == "jsonl" else record
            docs.append(_json_document(loaded_record, place, article_id if single else f"{article_id}-{number}"))
        except BadInput as exc:
            if problems is None:
                raise
            problems.append(str(exc))
    return docs


def _parse_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno} column {exc.colno}"
        raise BadInput(f"{where}: malformed JSON ({exc.msg}: {at})") from None
    except RecursionError:  # the parser recurses once per level of nesting
        raise BadInput(f"{where}: JSON nested too deeply") from None


def _json_document(record: Any, where: str, default_id: str) -> Document:
    """The article in one JSON record; ``where`` names the record in errors."""
    if not isinstance(record, dict):
        raise BadInput(f"{where}: not a JSON object")
    body = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if not body or not body.strip():
        raise BadInput(f"{where}: no article text ({', '.join(_TEXT_FIELDS)})")
    if any("\x00" in value for value in record.values() if isinstance(value, str)):
        raise BadInput(f"{where}: binary text, not an article (a NUL character)")
    rid = str(record.get("id") or default_id)
    is_html = bool(re.search(r"<(p|div|br|html)\b", body, re.I))
    doc = read_html(rid, body) if is_html else read_text(rid, body)
    doc.title = record.get("title") or record.get("headline") or doc.title
    publisher = record.get("publisher") or record.get("source")
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    doc.publisher = publisher or doc.publisher
    doc.published = record.get("published") or record.get("date") or record.get("datePublished") or doc.published
    doc.url = record.get("url") or doc.url
    return doc
