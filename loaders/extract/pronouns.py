"""Pronouns within an article: possessives ("its troops", "whose") and "it"/"they" opening a joined or
relative clause, each the actor that opens its clause or sentence.
"""

from __future__ import annotations

import bisect
import re

from loaders.extract.clauses import SUBJECT_OPENING, clause_start, in_quote, names_troops
from loaders.extract.mentions import Mentions
from loaders.extract.sentences import split_sentences
from loaders.gazetteer import Mention
from loaders.lexicon import (
    CONJOINED_PRONOUN,
    POSSESSIVE_CLAUSE_OPENS,
    POSSESSIVE_PRONOUN,
    PREPOSITION_BEFORE,
    RELATIVE_PRONOUN,
)

_COMMA_ONLY = re.compile(r"\s*,\s*")
_OWNED_AFTER = re.compile(r"(?:’s|'s|’|')\s")
_AND_AFTER = re.compile(r"\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s")


def possessives(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "its troops", "their soldiers" opening a clause ("NATO said its troops would stay", "Its forces remain
    in ..."), or anywhere with where they are ("its bases in") or a seizure ("its annexation of"): the one actor
    (a state or a body) that its sentence names before it, not as a place, as troops, as a possessor or inside a
    compound; failing one, opening the sentence, the subject that opens the sentence before. "whose" is the
    name just before it ("Russia, whose troops ..."). Two such actors, coordinated ones, a quote, or none leave
    it unlinked. A possessive after a verb with no place ("sent its troops to") is read with the verb's subject.
    """
    out: list[Mention] = []
    starts: list[int] | None = None
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    for m in POSSESSIVE_PRONOUN.finditer(found.lowered):
        start, end = m.span("word")
        if starts is None:
            starts = [s.start for s in split_sentences(found.text, [])]
        sentence_at = bisect.bisect_right(starts, start) - 1
        sentence_start = starts[max(0, sentence_at)]
        before = found.lowered[sentence_start:start]
        if m.group("word") == "whose":  # "Russia, whose troops ...": the name just before
            owner = next((x for x in named if x.end <= start and _COMMA_ONLY.fullmatch(found.text, x.end, start)), None)
            if owner is not None and _actor(found, owner):
                out.append(Mention(start, end, owner.entity, "anaphor"))
            continue
        opens = SUBJECT_OPENING.match(before) or POSSESSIVE_CLAUSE_OPENS.search(before)
        if in_quote(before) or not (opens or m.group("placed")):
            continue
        candidates = [x for x in named if sentence_start <= x.start and x.end <= start and _actor(found, x)]
        if any(_AND_AFTER.match(found.text, x.end) for x in candidates):
            continue  # "Mali and Niger said their troops ...": the possessive stands for both
        actors = {x.entity.id: x.entity for x in candidates}
        missions = {k: v for k, v in actors.items() if "mission" in str(v.entity.properties.get("kind") or "")}
        if "peacekeepers" in m.group() and len(missions) == 1:
            actors = missions  # "Mali expelled the mission; its peacekeepers left": a mission's peacekeepers
        if not actors and SUBJECT_OPENING.match(before) and sentence_at > 0:
            opening = _opening_subject(found, named, starts[sentence_at - 1], sentence_start)
            actors = {opening.entity.id: opening.entity} if opening is not None else {}
        if len(actors) == 1:
            out.extend(Mention(start, end, gaz, "anaphor") for gaz in actors.values())
    return out


def conjoined_pronouns(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "it" or "they" as the subject of a clause joined by "and" or "but" ("Russia invaded X in 2022, and it
    later annexed Y") or of a relative clause on troops ("withdrew the jets it had stationed in X"): the actor
    that opens the clause before it as its subject; "it" a state or a body, "they" a body. An "it" that opens
    nothing ("and it is unclear"), a quote, or no such subject leave it unlinked."""
    out: list[Mention] = []
    starts: list[int] | None = None
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    blanked: str | None = None
    for m in (*CONJOINED_PRONOUN.finditer(found.lowered), *RELATIVE_PRONOUN.finditer(found.lowered)):
        start, end = m.span("word")
        if starts is None:
            starts = [s.start for s in split_sentences(found.text, [])]
        sentence_start = starts[max(0, bisect.bisect_right(starts, start) - 1)]
        if in_quote(found.lowered[sentence_start:start]):
            continue
        if blanked is None:  # names blanked out: "United States" holds no speech verb that opens a clause
            blanked = _blanked(found.lowered, named)
        clause = clause_start(blanked, sentence_start, m.start())
        opening = _opening_subject(found, named, clause, m.start())
        types = ("Organization",) if m.group("word") == "they" else ("State", "Organization")
        if opening is not None and opening.entity.type in types:
            out.append(Mention(start, end, opening.entity, "anaphor"))
    return out


def _blanked(lowered: str, named: list[Mention]) -> str:
    """The text with each named span's letters replaced by "x"."""
    chars = list(lowered)
    for x in named:
        chars[x.start : x.end] = ["x" if c.isalpha() else c for c in lowered[x.start : x.end]]
    return "".join(chars)


def _actor(found: Mentions, mention: Mention) -> bool:
    """Whether a mention can own troops as the subject of its clause: a state or a body, not named as a place
    ("in Syria"), as troops ("Russian soldiers"), as a possessor ("Russia's army") or inside a compound."""
    return (
        mention.entity.type in ("State", "Organization")
        and mention.kind not in ("place-adjective", "locality", "demonym")
        and not found.text.startswith("-", mention.end)
        and not found.text.endswith("-", 0, mention.start)
        and not _OWNED_AFTER.match(found.text, mention.end)
        and not names_troops(found.text, mention)
        and not PREPOSITION_BEFORE.search(found.lowered, max(0, mention.start - 30), mention.start)
    )


def _opening_subject(found: Mentions, named: list[Mention], start: int, end: int) -> Mention | None:
    """The actor that opens the text from ``start`` to ``end`` as its subject, if it is not one of several."""
    first = next((x for x in named if start <= x.start and x.end <= end), None)
    if first is None or not SUBJECT_OPENING.match(found.lowered[start : first.start]) or not _actor(found, first):
        return None
    return None if _AND_AFTER.match(found.text, first.end) else first
