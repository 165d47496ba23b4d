"""Reading an HTML page: its text without scripts, styles, navigation or footers, offsets kept."""

from __future__ import annotations

import html
import re

from loaders.reading import Document, read_text

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
