"""Syntax: the argument structure of a sentence, as the frames stage asks about it.

The frames stage asks for a trigger's subject and objects, their coordinated companions and the words a
speaker reports through :class:`Syntax`. :class:`WordOrder` answers from the order of the masked
sentence: clause boundaries, prepositions, coordination and possessives. A dependency parse answers the same
questions from arcs (:class:`loaders.extract.parsed.Parsed`), another implementation of :class:`Syntax`, set on
the Context by pipeline.read_article. It is asked only about sentences in which a trigger matched (those with a
trigger's cue word and a mention), so a parser needs to parse only those, when first asked.
Positions are offsets in ``Sentence.masked``; ``types`` are the node types a predicate admits there.
"""

from __future__ import annotations

import re
from typing import Protocol

from loaders.extract.sentences import Sentence
from loaders.gazetteer import Mention
from loaders.lexicon import (
    ASIDE_WORDS,
    BRACKETED_ASIDE,
    COORDINATED_VERB_BEFORE,
    COORDINATION_GAP,
    PARTICIPLE_BEFORE,
    PREPOSITION_BEFORE,
    RIGHT_BOUNDARY,
)
from loaders.patterns import for_lowered

# A clause that opens with coordinated mentions before its subject: "NATO and the", "Germany, France and".
# A list of mentions that opens a clause, as its subject: "NATO and the", "Germany, France and", "Only X, Y and Z".
_ASIDE_OPEN = re.compile(rf"⟦\d+⟧\s*\({ASIDE_WORDS}$")  # a name, then an aside opened and not closed
_LISTED = rf"(?:the\s+)?⟦\d+⟧{BRACKETED_ASIDE}"
_COORDINATED_HEAD = for_lowered(
    rf"\s*(?:(?:only|both|so\s+far\s+only)\s+)?{_LISTED}(?:\s*,\s*{_LISTED})*\s*,?\s+and\s+{_LISTED}"
)
# The reported words end with a comma (or a closing quote) just before the speaker: "..., Peskov warned."
_REPORTED_HEAD = re.compile(r"[,”\"]\s*(?:[\w⟦⟧]+\s+){0,4}$")
_TOKEN = re.compile(r"⟦(\d+)⟧")  # a masked mention, with its index
# "with X and Y"; "along with X, Y and Z", whose names end the clause or meet a preposition ("along with X in
# Rome"), not a possessor or a noun ("along with X's backing")
_LIST = r"(?:the\s+)?((?:⟦\d+⟧)(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?⟦\d+⟧)*)"
_PARTIES = re.compile(
    r"\s+(?:with|between)\s+"
    + _LIST
    + r"|,?\s+(?:(?:along|together)\s+with|alongside|as\s+well\s+as)\s+(?>"  # all the names, or none
    + _LIST
    + r")(?=\s*(?:[,.;:)”\"—–]|$)|\s+(?:in|on|at|for|to|from|by|during|after|before|last|this|under|over|as)\b)"
)
_POSSESSIVE_BEFORE = re.compile(r"\s*(?:’s|'s)\s")  # "Russia's ..."
_POSSESSOR = re.compile(r"\s*(?:’s|'s)\s+⟦")  # "Russia's ⟦1⟧"
_POSSESSED_MENTION = re.compile(r"\s*(?:[\w-]+\s+){0,2}?⟦")  # "... Foreign Ministry", after a possessive
# A mention followed by one of these is the subject of a clause of its own, not an item of a list.
_FINITE_VERB_AFTER = for_lowered(r"\s+(?:has|have|had|is|are|was|were|will|would|said|says|did|does)\b")


class Syntax(Protocol):
    """The questions about argument structure that the frames stage asks."""

    def subject_before(
        self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...], *, passive: bool = False
    ) -> Mention | None:
        """The subject of the trigger at ``span`` (the patient, named before it, when ``passive``)."""
        ...

    def objects_after(self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...]) -> list[Mention]:
        """The trigger's first object after it, with the mentions coordinated with it. An empty span is a
        position: the mention there, with those coordinated with it ("by Germany and the Netherlands")."""
        ...

    def in_clause(self, sentence: Sentence, span: tuple[int, int], at: int, *, own: bool = False) -> bool | None:
        """Whether the word at ``at`` (an offset in ``Sentence.text``) is in the trigger's clause, or in one that
        governs it or is its conjunct (only its own with ``own``); None when this syntax cannot tell (the
        qualifiers stage then reads clauses from word order)."""
        ...

    def denied(self, sentence: Sentence, span: tuple[int, int]) -> bool:
        """Whether the trigger's clause is denied from outside it ("denies Russian troops are in X")."""
        ...

    def own_conjunct(self, sentence: Sentence, span: tuple[int, int]) -> int | None:
        """Where, in ``sentence.masked``, the trigger's verb phrase begins when it is a finite verb joined to an
        earlier one that shares its subject ("X rejected the plan and asked Y to leave": "and asked"); None
        otherwise. What the earlier verb phrase says ("rejected") does not qualify the trigger."""
        ...

    def coordinated(self, sentence: Sentence, subject: Mention, types: tuple[str, ...]) -> list[Mention]:
        """Mentions coordinated with ``subject``: listed before it ("NATO and the EU demanded ..."), or with a
        parse on either side ("Russian and Belarusian soldiers")."""
        ...

    def co_parties(self, sentence: Sentence, agreement: Mention) -> list[Mention]:
        """The mentions an agreement is made with ("signed a treaty with X and Y")."""
        ...

    def reported_objects(
        self, sentence: Sentence, speaker: Mention, position: int, types: tuple[str, ...]
    ) -> list[Mention]:
        """Mentions in the words a speaker reports before being named ("Russia would hit back, Peskov warned.");
        ``position`` is where the speech verb ends."""
        ...


def _list_end(masked: str, position: int) -> int:
    """Where the clause after ``position`` ends: the first right boundary that does not close an aside after a
    listed name ("Russia (2008), Nicaragua (2008) and ...")."""
    for stop in RIGHT_BOUNDARY.finditer(masked, position):
        if not (stop.group() == ")" and _ASIDE_OPEN.search(masked, position, stop.start())):
            return stop.start()
    return len(masked)


class WordOrder:
    """Syntax read from word order in the masked sentence."""

    def subject_before(
        self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...], *, passive: bool = False
    ) -> Mention | None:
        position = span[0]
        masked = sentence.masked
        before = masked[:position]
        if PARTICIPLE_BEFORE.search(before):
            first = next((m for m in sentence.mentions if m.entity.type in types and m.kind != "place-adjective"), None)
            return first
        start = sentence.clause_start(position)
        if COORDINATED_VERB_BEFORE.search(before):
            # "Russia invaded Georgia and then recognized ...": the clause's first actor is the subject.
            return next(
                (
                    m
                    for m in sentence.mentions
                    if start <= sentence.spans[id(m)][0] < position
                    and m.entity.type in types
                    and m.kind != "place-adjective"
                    and not PREPOSITION_BEFORE.search(
                        sentence.masked[max(start, sentence.spans[id(m)][0] - 40) : sentence.spans[id(m)][0]]
                    )
                ),
                None,
            )
        best = None
        for m in sentence.mentions:
            pos = sentence.spans[id(m)][0]
            if pos < start or pos >= position:
                continue
            if m.entity.type not in types or m.kind == "place-adjective":
                continue
            if PREPOSITION_BEFORE.search(masked[max(start, pos - 40) : pos]):
                continue
            after = masked[sentence.token_end(m) : position]
            if _POSSESSOR.match(after):
                continue  # a possessor before another mention ("Russia's Foreign Ministry")
            best = m
        return best

    def objects_after(self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...]) -> list[Mention]:
        position = span[1]
        masked = sentence.masked
        limit = _list_end(masked, position)
        found: list[Mention] = []
        last_end = position
        for m in sentence.mentions:
            pos, token_end = sentence.spans[id(m)][0], sentence.token_end(m)
            if pos < position or pos >= limit:
                continue
            gap = masked[last_end:pos]
            if found and not COORDINATION_GAP.match(gap):
                break
            if not found and len(gap.split()) > 9:
                break
            after = masked[token_end:limit]
            possessive = _POSSESSIVE_BEFORE.match(after)
            if possessive and _POSSESSED_MENTION.match(after, possessive.end()):
                last_end = token_end
                continue  # possessor: the possessed mention is the object
            if found and (possessive or _FINITE_VERB_AFTER.match(after)):
                break  # "to Russia, South Korea's agency said", "in Latvia, and the US has sent": a new clause
            if m.entity.type in types and m.kind != "place-adjective":
                found.append(m)
            elif found:
                break
            last_end = token_end
        return found

    def coordinated(self, sentence: Sentence, subject: Mention, types: tuple[str, ...]) -> list[Mention]:
        position = sentence.position(subject)
        if position is None:
            return []
        listed = _COORDINATED_HEAD.match(sentence.masked, sentence.clause_start(position))
        if not listed or listed.end() <= position:
            return []
        tokens = [sentence.mentions[int(t)] for t in _TOKEN.findall(listed.group(0))]
        return [m for m in tokens if m is not subject and m.entity.type in types and m.kind != "place-adjective"]

    def denied(self, sentence: Sentence, span: tuple[int, int]) -> bool:
        return False  # the lexicon's window says it (qualifiers.assertion)

    def own_conjunct(self, sentence: Sentence, span: tuple[int, int]) -> int | None:
        return None

    def in_clause(self, sentence: Sentence, span: tuple[int, int], at: int, *, own: bool = False) -> bool | None:
        return None

    def co_parties(self, sentence: Sentence, agreement: Mention) -> list[Mention]:
        if sentence.position(agreement) is None:
            return []
        listed = _PARTIES.match(sentence.masked[sentence.token_end(agreement) :])
        if not listed:
            return []
        return [sentence.mentions[int(t)] for t in _TOKEN.findall(listed.group(1) or listed.group(2))]

    def reported_objects(
        self, sentence: Sentence, speaker: Mention, position: int, types: tuple[str, ...]
    ) -> list[Mention]:
        speaker_at = sentence.position(speaker)
        if (
            speaker_at is None
            or sentence.masked[position:].strip(" .,;!\"”’'")
            or not _REPORTED_HEAD.search(sentence.masked[:speaker_at])
        ):
            return []
        return [
            m
            for m in sentence.mentions
            if sentence.spans[id(m)][1] <= speaker_at and m.entity.type in types and m.kind != "place-adjective"
        ]
