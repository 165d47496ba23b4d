"""Coreference: words that stand for entities named before them.

Here the territory anaphors: "the two separatist regions" (the contested territories named last), "the
peninsula", "recognised them as independent"; and the pass that adds them with the surnames (surnames.py),
definite descriptions (descriptions.py) and pronouns within the article (pronouns.py). A pronoun or "the
statement" as a sentence's subject is read with its frame (antecedents.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator

from loaders.extract.descriptions import definite_anaphors
from loaders.extract.mentions import Mentions
from loaders.extract.pronouns import (
    asked_pronouns,
    conjoined_pronouns,
    object_pronouns,
    owned_titles,
    possessives,
    refusing_pronouns,
    there_places,
)
from loaders.extract.surnames import link_surnames
from loaders.gazetteer import GazEntity, Gazetteer, Mention, literal_automaton
from loaders.lexicon import IN_TIME

# No "of" or "in" phrase after the noun that would name another place ("the region of", "the enclave in"), but
# a time may follow ("the enclave in 2023").
_NO_PHRASE_AFTER = r"(?!\s+of\b|\s+(?!" + IN_TIME + r")in\b)"
_MODIFIER = r"(?:separatist|breakaway|self-proclaimed|self-declared|rebel)"
_ANAPHOR = re.compile(
    rf"\b(?:the|both|these|those)\s+(?P<count>two\s+|three\s+)?{_MODIFIER}\s+"
    r"(?:regions|entities|republics|territories|statelets)\b" + _NO_PHRASE_AFTER + "|"
    r"\b(?:both|the\s+(?P<count2>two|three))\s+(?:regions|republics|territories)\b" + _NO_PHRASE_AFTER + "|"
    rf"\bthe\s+(?:(?:{_MODIFIER}|occupied|annexed)\s+(?:region|republic|territory)|enclave|(?P<peninsula>peninsula))\b"
    + _NO_PHRASE_AFTER
    # "recognised them as independent states": the territories named before
    + r"|(?:(?<=recogni[sz]ed\s)|(?<=recogni[sz]e\s)|(?<=recogni[sz]ing\s))(?P<them>them)"
    r"(?=\s+as\s+(?:an?\s+)?(?:independent|sovereign))",
    re.I,
)
# The nouns _ANAPHOR ends with, in lower case: found first, they say where to look (much faster than
# running _ANAPHOR over the whole text). One inside a longer word ("anthem") only costs a search.
_ANAPHOR_NOUNS = literal_automaton(
    (noun, noun) for noun in ("region", "republic", "territor", "entities", "statelet", "enclave", "peninsula", "them")
)


def resolve_anaphors(found: Mentions, gazetteer: Gazetteer | None = None) -> Mentions:
    """The mentions with the surnames linked and the anaphors added, each standing for the territories it
    refers to (with the gazetteer, a body's forces in a place stand for its mission there)."""
    found = link_surnames(found)
    anaphors = []
    for m in _anaphor_matches(found.text, found.lowered):
        earlier: list[GazEntity] = []
        for x in reversed([x for x in found.mentions if x.end <= m.start()]):
            fits = not m.group("peninsula") or any("peninsula" in a.lower() for a in x.entity.entity.aliases)
            if x.entity.contested and x.entity.type == "Territory" and x.entity not in earlier and fits:
                earlier.append(x.entity)
        plural = bool(m.group("them")) or m.group().lower().split()[-1].endswith("s")
        count = (3 if "three" in (m.group("count") or m.group("count2") or "").lower() else 2) if plural else 1
        if count == 1 and _two_near(found, m.start()):
            continue  # "Abkhazia and South Ossetia ... the breakaway republic": which one is not sure
        for gaz in reversed(earlier[:count]):
            anaphors.append(Mention(m.start(), m.end(), gaz, "anaphor"))
    anaphors += definite_anaphors(found, anaphors)
    anaphors += possessives(found, anaphors)
    asked = asked_pronouns(found, anaphors, gazetteer)
    refusing = refusing_pronouns(found, asked)
    refused_at = {m.start for m in refusing}
    conjoined = [m for m in conjoined_pronouns(found, anaphors) if m.start not in refused_at]
    anaphors += [*asked, *refusing, *conjoined]
    anaphors += object_pronouns(found, anaphors)
    anaphors += there_places(found, anaphors)
    if gazetteer is not None:
        found = dataclasses.replace(found, titled=owned_titles(found, anaphors, gazetteer))
    if not anaphors:
        return found
    return dataclasses.replace(found, mentions=sorted([*found.mentions, *anaphors], key=lambda m: m.start))


def _anaphor_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """What ``_ANAPHOR.finditer(text)`` finds, looked for only around the nouns it ends with."""
    last = 0
    for last_char, noun in _ANAPHOR_NOUNS.iter(lowered):
        noun_end = last_char + 1
        m = _ANAPHOR.search(text, max(last, noun_end - len(noun) - 60), noun_end + 40)
        if m and m.end() >= noun_end:
            last = m.end()
            yield m


def _two_near(found: Mentions, position: int) -> bool:
    """Whether two or more contested territories are named in the sentence of ``position`` before it, or in the
    sentence before."""
    starts = found.sentence_starts
    at = bisect.bisect_right(starts, position) - 1
    earliest = starts[max(0, at - 1)] if starts else 0
    near = {
        x.entity.id
        for x in found.mentions
        if earliest <= x.start and x.end <= position and x.entity.contested and x.entity.type == "Territory"
    }
    return len(near) >= 2
