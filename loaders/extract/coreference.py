"""Coreference: words that stand for entities named before them.

Here the territory anaphors: "the two separatist regions" (the contested territories named last), "the
peninsula", "recognised them as independent"; and the pass that adds them with the surnames (surnames.py),
definite descriptions (descriptions.py) and pronouns within the article (pronouns.py). A pronoun or "the
statement" as a sentence's subject is read with its frame (antecedents.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from loaders.extract.descriptions import definite_anaphors
from loaders.extract.mentions import Mentions
from loaders.extract.pronouns import asked_pronouns, conjoined_pronouns, owned_titles, possessives, refusing_pronouns
from loaders.extract.surnames import link_surnames
from loaders.gazetteer import GazEntity, Gazetteer, Mention, literal_automaton

_ANAPHOR = re.compile(
    r"\b(?:the|both|these|those)\s+(?P<count>two\s+|three\s+)?(?:separatist|breakaway|self-proclaimed|rebel)\s+"
    r"(?:regions|entities|republics|territories|statelets)\b(?!\s+(?:of|in)\b)"
    r"|\b(?:both|the\s+(?P<count2>two|three))\s+(?:regions|republics|territories)\b(?!\s+(?:of|in)\b)"
    r"|\bthe\s+(?:(?:separatist|breakaway|self-proclaimed|rebel|occupied|annexed)\s+(?:region|republic|territory)|"
    r"enclave|(?P<peninsula>peninsula))\b(?!\s+(?:of|in)\b)"
    # "recognised them as independent states": the territories named before
    r"|(?:(?<=recogni[sz]ed\s)|(?<=recogni[sz]e\s)|(?<=recogni[sz]ing\s))(?P<them>them)"
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
        for gaz in reversed(earlier[:count]):
            anaphors.append(Mention(m.start(), m.end(), gaz, "anaphor"))
    anaphors += definite_anaphors(found, anaphors)
    anaphors += possessives(found, anaphors)
    asked = asked_pronouns(found, anaphors, gazetteer)
    refusing = refusing_pronouns(found, asked)
    refused_at = {m.start for m in refusing}
    conjoined = [m for m in conjoined_pronouns(found, anaphors) if m.start not in refused_at]
    anaphors += [*asked, *refusing, *conjoined]
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
