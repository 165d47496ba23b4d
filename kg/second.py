"""A second question joined to the first (", and how many troops does it have there?"), and its words read
as the first question's: its pronouns the first's names, its bare count the first's troops."""

from __future__ import annotations

import re

from kg.phrases import forces, words_of
from kg.views import EntityRef, Reading
from kg.words import tokenize, word_key

_SECOND = re.compile(
    r"[,;]\s*(?:and|but)\s+(?P<rest>(?:how|when|where|who|whom|which|what|why|was|were|is|are|did|does|do|has|have|had)"
    r"\b[^?]*\??)\s*$",
    re.I,
)


def split_question(text: str) -> tuple[str, str | None]:
    """The first question and a second one joined to it (", and how many troops does it have there?")."""
    found = _SECOND.search(text)
    return (text[: found.start()], found.group("rest")) if found else (text, None)


# "was the claim true?", "is it false?", "were those claims accurate?"
_TRUTH = re.compile(
    r"^(?:was|is|were|are)\s+(?:(?:the|that|this|these|those|their|its)\s+claims?|it|that|this|they|these|those)\s+"
    r"(?:true|false|accurate|correct|right|wrong|fake|genuine|real|untrue)\s*\??$",
    re.I,
)


def asks_truth(text: str) -> bool:
    """Whether a question asks if a claim was true ("was the claim true?")."""
    return _TRUTH.match(text.strip()) is not None


_PRONOUN = re.compile(r"\b(?:(?P<actor>it|they|them)|(?P<owner>its|their)|(?P<place>there))\b", re.I)
# "how many were there?": a count with no noun of its own counts the first question's troops.
_BARE_COUNT = re.compile(
    r"^how many\s+(?=(?:are|were|is|was|remain|remained|stay|stayed|does|do|did|has|have|had)\b)", re.I
)
PLACE_TYPES = ("State", "Territory")
# "who else has forces there?", "what else did it invade?": others than the first answer gave.
_ELSE = re.compile(r"\b(?P<wh>who|whom|what|where)\s+else\b", re.I)


def asks_else(text: str) -> bool:
    """Whether a question asks for others than the first answer gave ("who else has forces there?")."""
    return _ELSE.search(text) is not None


# "did the troops leave?": troops the first question spoke of.
_DEFINITE = re.compile(r"\bthe\s+(?P<noun>[a-z]+)\b", re.I)


def _named(reading: Reading) -> list[EntityRef]:
    """The names a question gives, the actor first."""
    return reading.objects + reading.subjects if reading.focus == "subject" else reading.subjects + reading.objects


def place_of(reading: Reading) -> EntityRef | None:
    """The place a question is about: its place, else a place it names after its actor."""
    return next(iter(reading.places), None) or next((e for e in _named(reading)[1:] if e.type in PLACE_TYPES), None)


def in_own_words(rest: str, first: Reading, asked: str = "", found: tuple[EntityRef, ...] = ()) -> str:
    """A second question in words of its own: its pronouns are the first question's names (the actor for
    "it" and "they", its place for "there", else the one place its answer ``found``), "who else" is "who" (the
    caller excludes what the first answer gave), and a bare "how many" counts that actor's troops. When the
    first question (``asked``) spoke of troops, or of where they are, "they" and "the troops" are the actor's
    troops.

    >>> in_own_words("how many troops does it have there?", reading)  # Where does Russia ... Moldova?  # doctest: +SKIP
    'how many troops does Russia have in Moldova?'
    """
    named = _named(first)
    actor = named[0] if named else None
    places = {e.id: e for e in found}
    place = place_of(first) or (next(iter(places.values())) if len(places) == 1 else None)
    # After a question about troops, "they" are the actor's troops ("were they withdrawn?").
    of_troops = any(words_of(p).of_forces for p in first.predicates) or any(t.key in forces() for t in tokenize(asked))

    def name(match: re.Match[str]) -> str:
        if match.group("place"):
            return f"in {place.name}" if place else match.group()
        if actor is None:
            return match.group()
        if match.group("owner"):
            return f"{actor.name}'s"
        return f"{actor.name}'s troops" if of_troops and match.group().lower() != "it" else actor.name

    def troops(match: re.Match[str]) -> str:
        noun = match.group("noun")
        return f"{actor.name}'s {noun}" if actor is not None and word_key(noun) in forces() else match.group()

    text = _ELSE.sub(lambda m: m.group("wh"), _DEFINITE.sub(troops, _PRONOUN.sub(name, rest)))
    if actor is not None:
        whose = "" if actor.name in text else f" of {actor.name}"
        text = _BARE_COUNT.sub(f"how many troops{whose} ", text)
    return text
