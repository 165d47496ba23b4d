"""The time a question asks about: "in 2023", "since 2014", "between 2014 and 2016", "in the 1990s"."""

from __future__ import annotations

from kg.words import MONTHS, TIME


def times_in(text: str) -> tuple[str | None, str | None, str]:
    """The time a question asks about (since, until, as ISO dates of year or month precision), and the
    question without it."""
    since = until = None
    for m in TIME.finditer(text):
        prep = (m.group("prep") or "in").lower()
        first = iso(m.group("year"), m.group("month"))
        if m.group("decade"):
            since, until = first, str(int(m.group("year")) + 9)
        elif m.group("year2"):
            since, until = first, iso(m.group("year2"), m.group("month2"))
        elif prep in ("since", "from", "after"):
            since = first
        elif prep in ("before", "until", "till", "by", "as of"):
            until = first
        else:
            since = until = first
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return since, until, text


def iso(year: str, month: str | None) -> str:
    if not month:
        return year
    number = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(month.lower().rstrip(".")[:3]))
    return f"{year}-{number:02d}"
