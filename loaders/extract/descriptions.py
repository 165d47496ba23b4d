"""Definite descriptions: "the country", "the bloc", "the accord", each the one entity of its type named just
before.
"""

from __future__ import annotations

import bisect
import re

from loaders.extract.clauses import clause_start, names_troops
from loaders.extract.mentions import Mentions
from loaders.gazetteer import GazEntity, Mention, literal_automaton
from loaders.lexicon import (
    DEFINITE_ANAPHORS,
    DESCRIBED_ONLY_MODIFIED,
    IN_TIME,
    NOT_DESCRIPTION_MODIFIERS,
    PREPOSITION_BEFORE,
    Sense,
)

# "the country", "the bloc": no "of"/"in" phrase after the noun that would name something else ("the
# republic of ...", "the mission in ...").
_NOT_AFTER = re.compile(
    r"[\w-]|\s+(?:of|on|with|between|to|for|that|which)\b|\s+[A-Z]"
    r"|\s+(?!" + IN_TIME + r")in\s"
)
_DEFINITE_NOUNS = literal_automaton((noun, noun) for noun in DEFINITE_ANAPHORS)
_WORD = re.compile(r"[\w’'-]+")
_MODIFIERS = 3
# A description noun before another, which is the head ("the island nation", "the tiny island nations of").
_HEAD_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(DEFINITE_ANAPHORS, key=len, reverse=True)) + r"|countries|nations|states)\b"
)
# Troops of a state in the place a description names: the host, which may be the clause's subject.
_HOSTED = re.compile(
    r"\b(?:troops|forces|soldiers|servicemen|personnel|units|bases?)\s+(?:\w+\s+)?(?:stationed|based|deployed)\s+"
    r"(?:in|inside|across|around)\s+$"
)
# A description set after an unknown name ("the Tutsi, the ethnic group"): it stands for that name.
_APPOSITION = re.compile(r"\b[A-Z][\w’'-]*,\s+$")


def definite_anaphors(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "the country", "the bloc", "the North African country", "the treaty" ...: each stands for the one entity
    of its type (and kind) named before it in the same or the previous sentence. Two such entities there leave
    it unlinked. The subject or object of its own clause is not one of them ("Turkey sent troops to the
    country"), nor, for a place ("in the country"), a state named only as an actor ("Russian troops")."""
    out: list[Mention] = []
    starts = found.sentence_starts
    text = found.text
    for last_char, noun in _DEFINITE_NOUNS.iter(found.lowered):
        end = last_char + 1
        start = end - len(noun)
        if not text[start].islower() or _NOT_AFTER.match(text, end) or _HEAD_AFTER.match(found.lowered, end):
            continue
        article = _article_before(text, start, modified_only=noun in DESCRIBED_ONLY_MODIFIED)
        if article is None:
            continue
        if any(x.start < end and article < x.end for x in (*found.mentions, *taken)):
            continue
        before = _APPOSITION.search(text, max(0, article - 40), article)
        if before and not any(x.start <= before.start() < x.end for x in found.mentions):
            continue
        sentence_at = bisect.bisect_right(starts, start) - 1
        window = starts[max(0, sentence_at - 1)]
        senses = DEFINITE_ANAPHORS[noun]
        clause = clause_start(found.lowered, starts[max(0, sentence_at)], article)
        place = PREPOSITION_BEFORE.search(found.lowered, max(0, article - 30), article)
        if place and place.group().startswith("outside"):
            continue  # "a base outside the country": the country of whoever has the base
        hosted = _HOSTED.search(found.lowered, max(0, article - 60), article)  # "troops based in the country"
        candidates: dict[str, GazEntity | None] = {}
        subjects: set[str | None] = set()
        for x in found.mentions:
            if not (window <= x.start and x.end <= article) or found.text.startswith("-", x.end):
                continue  # a name inside a compound ("Israel-Hezbollah clashes") is no antecedent
            if (
                x.start >= clause
                and not hosted
                and not PREPOSITION_BEFORE.search(found.lowered, max(0, x.start - 30), x.start)
            ):
                subjects.add(x.entity.id)  # the subject or object of its own clause is not what it stands for
                continue
            if not any(sense.type == x.entity.type for sense in senses):
                # a state's person or body ("Iraq's parliament") names the state too, but only as a rival
                if x.entity.country and any(sense.type == "State" for sense in senses):
                    candidates.setdefault(x.entity.country, None)
                continue
            if not any(_fits(x.entity, sense) for sense in senses) or (place and names_troops(found.text, x)):
                continue
            candidates[x.entity.id] = x.entity
        for entity_id in subjects:
            candidates.pop(entity_id or "", None)
        (only,) = candidates.values() if len(candidates) == 1 else (None,)
        if only is not None:
            out.append(Mention(article, end, only, "anaphor"))
    return out


def _article_before(text: str, start: int, *, modified_only: bool) -> int | None:
    """Where "the" begins before the noun at ``start``, with at most three modifiers between them ("the North
    African country", "the war-torn country"); None if another word comes between ("the other country")."""
    gap = start
    for modifiers, word in enumerate(reversed(list(_WORD.finditer(text, max(0, start - 60), start)))):
        if text[word.end() : gap].strip():
            return None  # punctuation between the words
        if word.group() in ("the", "The"):
            return word.start() if modifiers or not modified_only else None
        if (
            modifiers == _MODIFIERS
            or word.group().lower() in NOT_DESCRIPTION_MODIFIERS
            or word.group().endswith(("'s", "’s"))
        ):
            return None
        gap = word.start()
    return None


def _fits(gaz: GazEntity, sense: Sense) -> bool:
    """Whether an entity is of the sense's type, its kind one of the sense's kinds (any when none are given) and
    its name or an alias holds the sense's word (if one is given), contested if the sense asks it; a city is not
    a territory."""
    if gaz.locality or gaz.type != sense.type or (sense.contested and not gaz.contested):
        return False
    kind = str(gaz.entity.properties.get("kind") or "")
    names = (gaz.entity.name, *gaz.entity.aliases)
    return (not sense.kinds or any(k in kind for k in sense.kinds)) and (
        not sense.named or any(sense.named in n.lower() for n in names)
    )
