"""How answers read a fact's qualifiers: when it happened, where, and how many troops.

The one place the question reader and the answers look into qualifiers, so that a change in how
facts keep them (e.g. per supporting sentence) is made here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from loaders.dates import find_dates
from loaders.reading import ends_as_sentence
from schema import ONTOLOGY

if TYPE_CHECKING:
    from kg.views import Evidence

# "CHISINAU, June 3, 2023 (Example Wire) -": where and when an article was filed, not an event's date.
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w .'’-]{1,40},\s+)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*(?:\([^)]{1,40}\))?\s*[-–—]"
)

# Qualifiers that say where a fact applies (a request to leave Moldova; a threat in Ukraine).
PLACE_QUALIFIERS = ("territory", "where")


def decode(predicate: str, relation: dict[str, Any]) -> dict[str, Any]:
    """A stored relation's qualifiers in their Python form, as the ontology declares them."""
    return {
        q.name: q.kind.from_store(relation[q.name])
        for q in ONTOLOGY.predicate(predicate).qualifiers
        if relation.get(q.name) is not None
    }


def _dateline(sentence: str) -> tuple[str | None, str]:
    """The ISO date of a dateline that opens a sentence (None if none), and the sentence after it."""
    match = _DATELINE.match(sentence)
    found = find_dates(match.group("date")) if match else []
    return (found[0].iso, sentence[match.end() :]) if match and found else (None, sentence)


def without_datelines(qualifiers: dict[str, Any], sentences: Iterable[str]) -> dict[str, Any]:
    """The qualifiers less a ``date`` that only a dateline of the sentences citing the fact gives."""
    date = qualifiers.get("date")
    if not date:
        return qualifiers
    split = [_dateline(s) for s in sentences]
    if str(date) not in {d for d, _ in split if d}:
        return qualifiers  # no dateline gives it: the sentences' own dates need not be read
    stated = {m.iso for _, body in split for m in find_dates(body)}
    if str(date) not in stated:
        return {k: v for k, v in qualifiers.items() if k != "date"}
    return qualifiers


def event_dates(qualifiers: dict[str, Any]) -> list[str]:
    """The dates the sources give for the event itself (ISO, year or month precision allowed)."""
    dates = [str(qualifiers[k]) for k in ("date", "since") if qualifiers.get(k)]
    dates += [str(y) for y in qualifiers.get("years") or ()]
    return sorted(set(dates))


def event_date(qualifiers: dict[str, Any]) -> str | None:
    """When the event happened, by the sources' words: its earliest date; None when they give none."""
    dates = event_dates(qualifiers)
    return dates[0] if dates else None


def in_period(qualifiers: dict[str, Any], since: str | None, until: str | None) -> bool | None:
    """Whether the event falls in [since, until] (ISO prefixes); None when the sources give no date.

    A state that began (``since``) before the period still holds in it.
    """
    dates = [str(qualifiers[k]) for k in ("date",) if qualifiers.get(k)]
    dates += [str(y) for y in qualifiers.get("years") or ()]
    began = str(qualifiers["since"]) if qualifiers.get("since") else None
    if not dates and began is None:
        return None
    in_range = any(_after(d, since) and _before(d, until) for d in dates)
    ongoing = began is not None and _before(began, until) and (since is None or not dates)
    return in_range or ongoing


def _after(date: str, bound: str | None) -> bool:
    return bound is None or date[: len(bound)] >= bound[: len(date)]


def _before(date: str, bound: str | None) -> bool:
    return bound is None or date[: len(bound)] <= bound[: len(date)]


def place(qualifiers: dict[str, Any]) -> str | None:
    """The entity id of where the fact applies, when the sources say."""
    return next((str(qualifiers[k]) for k in PLACE_QUALIFIERS if qualifiers.get(k)), None)


def has_place(predicate: str) -> bool:
    """Whether facts of the predicate say where they apply (else their object is the place)."""
    return any(q in ONTOLOGY.predicate(predicate).qualifier_map for q in PLACE_QUALIFIERS)


def troops(qualifiers: dict[str, Any]) -> int | None:
    value = qualifiers.get("troops")
    return int(value) if value is not None else None


# Words that make a figure approximate: "nearly 2,000", "some 500", "more than 1,000".
_ROUGHLY = re.compile(
    r"\b(?P<hedge>nearly|almost|about|around|roughly|approximately|approx\.|some|over|under|more than|less than|"
    r"fewer than|up to|at least|at most|close to|(?:an )?estimated|upwards of|as many as|just (?:over|under))\s+$",
    re.I,
)


def headline(evidence: Evidence) -> bool:
    """Whether the cited line is its article's title, or a line with no closing full stop (a headline)."""
    text = evidence.text.strip()
    return text == (evidence.title or "").strip() or not ends_as_sentence(text)


def hedge(sentence: str, value: int) -> str | None:
    """The word that makes the sentence's figure ``value`` approximate ("nearly"), or None if it is exact."""
    written = rf"{value:,}".replace(",", r"[,.\s\u202f]?")
    for found in re.finditer(rf"(?<![\d.,]){written}(?![\d])", sentence):
        roughly = _ROUGHLY.search(sentence[: found.start()])
        if roughly:
            return roughly.group("hedge").lower()
    return None


def _rank(evidence: Evidence, name: str) -> tuple[bool, bool]:
    """How much a journalist wants a sentence's value of a qualifier: a body sentence over a headline, an
    exact figure over an approximate one (lower first)."""
    value = (evidence.qualifiers or {})[name]
    rough = isinstance(value, int) and hedge(evidence.text, value) is not None
    return headline(evidence), rough


def preferred(qualifiers: dict[str, Any], evidence: Sequence[Evidence]) -> dict[str, Any]:
    """The qualifiers with each single value (a number of troops, a date) that the citing sentences give
    differently taken from the sentence a journalist would quote: a body sentence over a headline, an exact
    figure over an approximate one, else the first in source order. The others stay on their sentences."""
    out = dict(qualifiers)
    for name in {k for e in evidence for k, v in (e.qualifiers or {}).items() if not isinstance(v, list)}:
        giving = [e for e in evidence if (e.qualifiers or {}).get(name) is not None]
        if len({repr(e.qualifiers[name]) for e in giving}) > 1:  # type: ignore[index]
            best = min(giving, key=lambda e: _rank(e, name))  # min keeps source order among equals
            out[name] = best.qualifiers[name]  # type: ignore[index]
    return out


def variants(name: str, value: Any, evidence: Sequence[Evidence]) -> list[tuple[str, Evidence]]:
    """The other values the citing sentences give for a qualifier, as written ("nearly 2,000"), with the
    sentence that gives each."""
    out: list[tuple[str, Evidence]] = []
    for ev in evidence:
        other = (ev.qualifiers or {}).get(name)
        if other is None or other == value or any(seen == other for seen, _ in out):
            continue
        out.append((other, ev))
    return [(_written(other, ev.text), ev) for other, ev in out]


def _written(value: Any, sentence: str) -> str:
    if not isinstance(value, int):
        return str(value)
    rough = hedge(sentence, value)
    return f"{rough} {value:,}" if rough else f"{value:,}"
