"""Reading articles: the Document, and plain text cleaned line by line (HTML in reading_html.py, JSON in
reading_json.py, files and directories in article_files.py).

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
import hashlib
import re
from dataclasses import dataclass, field

from loaders.dates import find_dates

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

# A wire story's opening line: its place in capitals, perhaps a date, the agency in brackets, then a dash
# ("KYIV, March 3 (Reuters) - "). The agency credits the story; it acts in none of its facts.
WIRE_CREDIT = re.compile(
    r"^[ \t]*[A-Z][A-Z.'-]{2,}(?:[ ][A-Z.'-]+){0,3}(?:,[ ][A-Za-z0-9 .,]{1,30}?)?[ ](?P<agency>\([A-Za-z./ -]{1,30}\))"
    r"[ ]?[-–—][ ]",
    re.M,
)


def wire_credits(text: str) -> list[tuple[int, int]]:
    """Where the text credits a wire agency in a dateline ("(Reuters)"), as spans."""
    return [m.span("agency") for m in WIRE_CREDIT.finditer(text)]


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


# A sentence's closing mark, with the quote or bracket that may follow it.
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)\]]*\s*$")


def ends_as_sentence(line: str) -> bool:
    """Whether a line closes as a body sentence does; a headline, a dateline or a caption has no closing mark."""
    return bool(_SENTENCE_CLOSE.search(line))


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
