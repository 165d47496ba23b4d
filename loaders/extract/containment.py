"""Containment: a territory is part of a state only where the text says so ("Transnistria, a breakaway region of
Moldova", "Ukraine's Crimea", "the Donetsk and Luhansk regions of Ukraine", "Ceuta is part of Spain"). Naming the
two in one sentence is not enough. Only territories whose status is in dispute are recorded, and the gazetteer is
background knowledge: a phrase that places one in another state than the one it is recognized as part of ("Crimea
is Russian"), or one that no state is recognized to hold, states a claim, not the fact."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity
from loaders.lexicon import NEGATION
from loaders.patterns import CONTAINMENT, for_lowered

_T = r"⟦\d+⟧"
_NAMED = rf"{_T}(?:\s*\({_T}\))?"  # "Donetsk (DPR)"
_LIST = rf"(?P<s>{_NAMED}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+){_NAMED})*)"  # "X", "X and Y", "X, Y and Z"
_O = rf"(?P<o>{_T})"
_POSS = r"(?:’s|'s|’|')"
# Words that may stand before a region noun: "the two eastern breakaway regions".
_ADJ = (
    r"(?:(?:breakaway|separatist|rebel|occupied|disputed|contested|annexed|unrecogni[sz]ed|self-proclaimed|"
    r"self-declared|so-called|pro-\w+|autonomous|semi-autonomous|former|(?:\w+|⟦\d+⟧)-(?:occupied|controlled|backed|held)|"
    r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|two|three|four|five|several|"
    r"separatist-held|rebel-held|ethnic\s+\w+|small|tiny|restive|mountainous|historic)\s+)*"
)
_REGION = (
    r"(?:regions?|provinces?|territor(?:y|ies)|parts?|oblasts?|enclaves?|districts?|areas?|peninsula|islands?|"
    r"republics?|entities|entity|exclave)"
)
_BREAKAWAY = r"(?:breakaway|separatist|rebel|occupied|annexed|secessionist)"
_BE = r"(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)"
# Each phrasing: the territories (s) and the state (o).
_PHRASINGS = tuple(
    for_lowered(p)
    for p in (
        # "Transnistria, a breakaway region of Moldova"; "Abkhazia, the occupied part of Georgia"
        rf"{_LIST},?\s+(?:an?|the|one\s+of\s+the)\s+{_ADJ}{_REGION}\s+(?:of|in|inside|within)\s+(?:the\s+)?{_ADJ}{_O}(?!\s*{_POSS}\w)",
        # "Abkhazia, a breakaway Georgian region"
        rf"{_LIST},?\s+(?:an?|the)\s+{_ADJ}{_O}\s+{_ADJ}{_REGION}\b",
        # "the Donetsk and Luhansk regions of eastern Ukraine"; "the breakaway territories of X and Y in Georgia"
        rf"\b(?:the|its|their)\s+{_ADJ}{_LIST}\s+{_REGION}\s+(?:of|in)\s+(?:the\s+)?{_ADJ}{_O}(?!\s*{_POSS}\w)",
        # "X and Y, Ukraine's two eastern breakaway regions"
        rf"{_LIST},\s+{_O}{_POSS}\s+{_ADJ}{_REGION}\b",
        # "Ukraine's Crimea"; "Moldova's breakaway region of Transnistria"; "Georgia's breakaway regions, X and Y"
        rf"{_O}{_POSS}\s+{_ADJ}(?:{_REGION}\s+(?:of\s+|,\s*|:\s*)?)?{_LIST}(?!\s*{_POSS}\w)",
        # "the breakaway Georgian territory of Abkhazia"; "the Moldovan region of Transnistria"
        rf"\bthe\s+{_ADJ}{_O}\s+{_ADJ}{_REGION}\s+of\s+{_LIST}",
        # "Ceuta is part of Spain"; "Crimea remains an integral part of Ukraine"
        rf"{_LIST}\s+{_BE}\s+(?:still\s+|legally\s+|internationally\s+recogni[sz]ed\s+as\s+)?(?:an?\s+|the\s+)?"
        rf"(?:integral\s+|inalienable\s+|sovereign\s+|recogni[sz]ed\s+)?(?:part|territory)\s+of\s+{_O}",
        # "X is located on internationally recognized Ukrainian territory"; "X lies inside Georgia"
        rf"{_LIST}\s+(?:[\w-]+\s+){{0,2}}?{_BE}?\s*(?:located|situated|lies|lie)\s+(?:on|in|inside|within)\s+"
        rf"(?:the\s+)?(?:internationally[\s-]recogni[sz]ed\s+)?{_O}(?:\s+(?:territory|soil|land))?(?!\s*{_POSS}\w)",
        # "Ceuta and Melilla are Spain"
        rf"{_LIST}\s+{_BE}\s+(?:still\s+)?{_O}\s*(?:[.,;”\"]|$|territory|soil|land)",
    )
)
# "In Georgia, Russia has all but annexed the breakaway territories of X and Y": a place that opens the sentence
# holds the breakaway regions the sentence names.
_OPENING_PLACE = for_lowered(rf"^\s*in\s+{_O},")
_BREAKAWAY_OF = for_lowered(rf"\b{_BREAKAWAY}\s+{_REGION}\s+of\s+{_LIST}")
# "Ceuta and Melilla are Spanish": the state named by its adjective.
_BE_ADJECTIVE = for_lowered(rf"{_LIST}\s+{_BE}\s+(?:still\s+)?(?P<adjective>[a-z]+)\s*(?:[.,;”\"]|$)")
_TOKEN = re.compile(r"⟦(\d+)⟧")


def read_containment(ctx: Context, sentence: Sentence) -> None:
    """Each territory that the sentence says is part of a state."""
    if not any(m.entity.contested for m in sentence.mentions):
        return  # only a territory in dispute is recorded
    masked = sentence.masked
    found: list[tuple[str, str | GazEntity, int, int]] = []
    for regex in _PHRASINGS:
        for m in regex.finditer(masked):
            found.append((m.group("s"), m.group("o"), *m.span()))
    opening = _OPENING_PLACE.match(masked)
    if opening:
        for m in _BREAKAWAY_OF.finditer(masked, opening.end()):
            found.append((m.group("s"), opening.group("o"), m.start(), m.end()))
    for m in _BE_ADJECTIVE.finditer(masked):
        state = ctx.gaz.lookup(m.group("adjective"), "State")
        if state is not None:
            found.append((m.group("s"), state, *m.span()))
    for territories, state, start, end in found:
        if NEGATION.search(masked, start, end):
            continue  # "is not part of"
        parent = state if isinstance(state, GazEntity) else sentence.mentions[int(state[1:-1])].entity
        for index in _TOKEN.findall(territories):
            mention = sentence.mentions[int(index)]
            territory = mention.entity
            if not territory.contested or mention.kind == "anaphor":
                continue  # only the places whose status is in dispute are recorded as parts of a state
            if territory.part_of != parent.id:
                continue  # placed in another state than the one it is recognized as part of: a claim, not the fact
            ctx.records.add(CONTAINMENT.predicate, territory, parent, {}, sentence, confidence=0.85)
