"""Content negotiation: the offered media type an Accept header prefers."""

from __future__ import annotations


def parse_accept(header: str) -> list[tuple[str, float]]:
    """Media ranges with their q-values, most preferred first (ties keep header order)."""
    ranges = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((fields[0].lower(), quality, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, q) for media, q, _ in ranges]


def best_match(header: str, offered: list[str]) -> str | None:
    """The first offered type matching the most preferred acceptable range, or None (406)."""
    for media, quality in parse_accept(header or "*/*"):
        if quality <= 0:
            continue
        for candidate in offered:
            kind, _, _ = candidate.partition("/")
            if media in ("*/*", candidate) or media == f"{kind}/*":
                return candidate
    return None
