"""A counterpart ("the Chadian defence minister met his Peruvian counterpart Ali Musa") holds the post of the one
titled before it in the sentence."""

from __future__ import annotations

import dataclasses
import re

from loaders.extract.titles import (
    STATE_SERVICE,
    Titled,
    not_serving,
)
from loaders.gazetteer import Gazetteer, Mention
from loaders.lexicon import (
    ABBREVIATED_TITLES,
    COUNTERPART,
    STATE_TITLE,
)

# Where a sentence ends between the title of one person and a counterpart's.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# How far before a counterpart (in characters) the title whose post it shares may stand.
_COUNTERPART_REACH = 150

# A person's pronoun as the subject of a counterpart's clause ("he met his counterpart").
_HE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b(?=[^,.;]*\b(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart)")


def bare_state(text: str, named: Mention | None) -> bool:
    """Whether a mention after "from" names a state itself: not a city, nor one of its organs ("the Chadian army")."""
    return (
        named is not None
        and named.entity.type == "State"
        and named.kind not in ("locality", "place-adjective", "demonym")
        and STATE_SERVICE.match(text, named.end) is None
    )


def counterpart_post(text: str, spans: list[tuple[int, int]], found: Titled, gazetteer: Gazetteer) -> Titled | None:
    """A counterpart holds the post of the one titled before in the sentence ("the Chadian defence minister met
    his Peruvian counterpart X": a defence minister), in the state the title names; naming none, only in the
    person's listed country (no other state of the sentence is theirs). Nothing when no state's office is titled
    before, or that one is held for no state now ("Chad's former president met his Sudanese counterpart X")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, found.title_start)]
    opening = ends[-1] if ends else 0
    # "X, Chad's defence minister, arrived. He met his Peruvian counterpart Y": a pronoun for the one titled before
    reach = opening
    if _HE.search(text, opening, found.title_start + len(COUNTERPART)):
        reach = ends[-2] if len(ends) > 1 else 0
    before = [
        (s, e)
        for s, e in spans
        if reach <= s
        and e <= found.title_start
        and (found.title_start - e < _COUNTERPART_REACH or s < opening)  # the sentence before: whole
        and text[s:e].lower() != COUNTERPART
    ]
    if any(opening <= s for s, _ in before):
        before = [(s, e) for s, e in before if opening <= s]
    if (
        not before
        or not_serving(text, *before[-1])
        or not_serving(text, found.title_start, found.title_start + len(COUNTERPART))
    ):
        return None
    start, end = before[-1]
    title = re.sub(r"\s+", " ", text[start:end])
    title = ABBREVIATED_TITLES.get(title.lower(), title)
    if not STATE_TITLE.search(title):
        return None  # "the NATO secretary general met his EU counterpart": no state's office to share
    body = found.body or gazetteer.get(found.person.country or "")
    return dataclasses.replace(found, title=title, body=body, own_state=False)
