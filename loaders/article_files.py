"""Article files: the files a path names (a file or a whole directory), each read by its kind."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from core.errors import BadInput
from loaders.reading import Document, read_text
from loaders.reading_html import read_html
from loaders.reading_json import read_json

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
        docs = read_json(article_id, raw, kind, name, problems)
    else:
        docs = [read_text(article_id, raw)]
    for doc in docs:
        doc.source = source
    return docs
