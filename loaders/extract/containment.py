"""Containment: a territory is part of a state only where the text says so ("Transnistria, a breakaway region of
Moldova", "Ukraine's Crimea", "the Sumy and Kharkiv regions of Ukraine", "Ceuta is part of Spain"). Naming the
two in one sentence is not enough. A territory whose status is in dispute is recorded wherever the text places it;
an undisputed one only where the text says what it is ("Gagauzia is an autonomous Moldovan region"), and only if the
gazetteer places it in that state. The gazetteer is background knowledge: a phrase that places one in another state
than the one it is recognized as part of ("Crimea is Russian"), or one that no state is recognized to hold, states a
claim, not the fact."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity
from loaders.lexicon import NEGATION, PAST_WORDS
from loaders.patterns import CONTAINMENT, for_lowered

_T = r"⟦\d+⟧"
_NAMED = rf"{_T}(?:\s*\({_T}\))?"  # "Donetsk (DPR)"
_LIST = rf"(?P<s>{_NAMED}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+){_NAMED})*)"  # "X", "X and Y", "X, Y and Z"
_O = rf"(?P<o>{_T})"
_POSS = r"(?:’s|'s|’|')"
# Words that may stand before a region noun: "the two eastern breakaway regions".
_ADJ = (
    r"(?:(?:breakaway|separatist|rebel|occupied|disputed|contested|annexed|unrecogni[sz]ed|self-proclaimed|"
    r"self-declared|so-called|pro-\w+|autonomous|semi-autonomous|self-governing|self-ruling|overseas|unincorporated|former|(?:\w+|⟦\d+⟧)-(?:occupied|controlled|backed|held)|"
    r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|two|three|four|five|several|"
    r"separatist-held|rebel-held|ethnic\s+\w+|small|tiny|restive|mountainous|historic)\s+)*"
)
_REGION = (
    r"(?:regions?|provinces?|territor(?:y|ies)|parts?|oblasts?|enclaves?|districts?|areas?|peninsula|islands?|"
    r"republics?|entities|entity|exclave|prefectures?)"
)
_BREAKAWAY = r"(?:breakaway|separatist|rebel|occupied|annexed|secessionist)"
_BE = r"(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)"
_IS = r"(?:is|are|remains?|has\s+been|have\s+been)"  # what a place is now ("Tigray is a region of"), not was
# What most of the world holds a place to be: "most countries consider", "other states regard".
_HELD_BY_MOST = (
    r"(?:most|many|nearly\s+all|all|other)\s+(?:other\s+)?(?:countries|states|nations|governments)\s+"
    r"(?:consider|regard|recogni[sz]e|see)"
)
# Each phrasing: the territories (s) and the state (o). Those that say what a place is, as an apposition or after
# "is", are recorded for any territory the gazetteer places in a state.
_STATUS = tuple(
    for_lowered(p)
    for p in (
        # "Transnistria, a breakaway region of Moldova"; "Abkhazia, the occupied part of Georgia"
        rf"{_LIST},?\s+(?:an?|the|one\s+of\s+the)\s+{_ADJ}{_REGION}\s+(?:of|in|inside|within)\s+(?:the\s+)?{_ADJ}{_O}(?!\s*{_POSS}\w)",
        # "Abkhazia, a breakaway Georgian region"
        rf"{_LIST},?\s+(?:an?|the)\s+{_ADJ}{_O}\s+{_ADJ}{_REGION}\b",
        # "Tigray is a northern region of Ethiopia"; "Okinawa remains a southern Japanese prefecture"
        rf"{_LIST}\s+{_IS}\s+(?:still\s+)?(?:an?|the|one\s+of\s+the)\s+{_ADJ}{_REGION}\s+(?:of|in|inside|within)\s+"
        rf"(?:the\s+)?{_ADJ}{_O}(?!\s*{_POSS}\w)",
        rf"{_LIST}\s+{_IS}\s+(?:still\s+)?(?:an?|the)\s+{_ADJ}{_O}\s+{_ADJ}{_REGION}\b",
        # "X and Y, Ukraine's two eastern breakaway regions"
        rf"{_LIST},\s+{_O}{_POSS}\s+{_ADJ}{_REGION}\b",
        # "Ceuta is part of Spain"; "Crimea remains an integral part of Ukraine"; "X, which is part of Y"; "X, which
        # most states consider part of Y"
        rf"{_LIST}(?:,\s+which)?\s+(?:{_BE}|{_HELD_BY_MOST})\s+(?:still\s+|legally\s+|internationally\s+"
        rf"recogni[sz]ed\s+as\s+|as\s+)?(?:an?\s+|the\s+)?"
        rf"(?:integral\s+|inalienable\s+|sovereign\s+|recogni[sz]ed\s+)?(?:part|territory)\s+of\s+{_O}",
        # "Crimea belongs to Ukraine", "the Golan legally belongs to Syria"
        rf"{_LIST}\s+(?:still\s+|legally\s+|rightfully\s+)?belongs?\s+to\s+{_O}(?!\s*{_POSS}\w)",
        # "Ceuta and Melilla are Spain"
        rf"{_LIST}\s+{_BE}\s+(?:still\s+)?{_O}\s*(?:[.,;”\"]|$|territory|soil|land)",
    )
)
# Those that say where a place lies are recorded only for a territory whose status is in dispute: that the
# Kherson region is in Ukraine is background, that Crimea is, news.
_LOCATING = tuple(
    for_lowered(p)
    for p in (
        # "the Sumy and Kharkiv regions of northern Ukraine"; "the breakaway territories of X and Y in Georgia"
        rf"\b(?:the|its|their)\s+{_ADJ}{_LIST}\s+{_REGION}\s+(?:of|in)\s+(?:the\s+)?{_ADJ}{_O}(?!\s*{_POSS}\w)",
        # "Ukraine's Crimea"; "Moldova's breakaway region of Transnistria"; "Georgia's breakaway regions, X and Y"
        rf"{_O}{_POSS}\s+{_ADJ}(?:{_REGION}\s+(?:of\s+|,\s*|:\s*)?)?{_LIST}(?!\s*{_POSS}\w)",
        # "the breakaway Georgian territory of Abkhazia"; "the Moldovan region of Transnistria"
        rf"\bthe\s+{_ADJ}{_O}\s+{_ADJ}{_REGION}\s+of\s+{_LIST}",
        # "X is located on internationally recognized Ukrainian territory"; "X lies inside Georgia"
        rf"{_LIST}\s+(?:[\w-]+\s+){{0,2}}?{_BE}?\s*(?:located|situated|lies|lie)\s+(?:on|in|inside|within)\s+"
        rf"(?:the\s+)?(?:internationally[\s-]recogni[sz]ed\s+)?{_O}(?:\s+(?:territory|soil|land))?(?!\s*{_POSS}\w)",
    )
)
# "In Georgia, Russia has all but annexed the breakaway territories of X and Y": a place that opens the sentence
# holds the breakaway regions the sentence names.
_OPENING_PLACE = for_lowered(rf"^\s*in\s+{_O},")
_BREAKAWAY_OF = for_lowered(rf"\b{_BREAKAWAY}\s+{_REGION}\s+of\s+{_LIST}")
# "Ceuta and Melilla are Spanish": the state named by its adjective.
_BE_ADJECTIVE = for_lowered(rf"{_LIST}\s+{_BE}\s+(?:still\s+)?(?P<adjective>[a-z]+)\s*(?:[.,;”\"]|$)")
_TOKEN = re.compile(r"⟦(\d+)⟧")
_FORMER = re.compile(r"\b" + PAST_WORDS + r"(?!\w)", re.IGNORECASE)
# "was part of X until 2014": a past "be" whose state "until" ends
_WAS = re.compile(r"\b(?:was|were|remained)\b")
_UNTIL = re.compile(r"[^,;.:]*?\buntil\b")


def read_containment(ctx: Context, sentence: Sentence) -> None:
    """Each territory that the sentence says is part of a state."""
    if not any(m.entity.part_of for m in sentence.mentions):
        return  # only a territory the gazetteer places in a state is recorded
    contested = any(m.entity.contested for m in sentence.mentions)  # else only what a place is can be recorded
    masked = sentence.masked
    found: list[tuple[str, str | GazEntity, int, int, bool]] = []  # territories, state, span, whether a status
    for regexes, status in ((_STATUS, True), (_LOCATING if contested else (), False)):
        for regex in regexes:
            found += [(m.group("s"), m.group("o"), *m.span(), status) for m in regex.finditer(masked)]
    opening = _OPENING_PLACE.match(masked) if contested else None
    if opening:
        for m in _BREAKAWAY_OF.finditer(masked, opening.end()):
            found.append((m.group("s"), opening.group("o"), m.start(), m.end(), False))
    for m in _BE_ADJECTIVE.finditer(masked):
        state = ctx.gaz.lookup(m.group("adjective"), "State")
        if state is not None:
            found.append((m.group("s"), state, *m.span(), True))
    for territories, state, start, end, status in found:
        if NEGATION.search(masked, start, end) or _FORMER.search(masked, start, end):
            continue  # "is not part of", "a former province of"
        if _WAS.search(masked, start, end) and _UNTIL.match(masked, end):
            continue  # "was part of X until 2014"
        parent = state if isinstance(state, GazEntity) else sentence.mentions[int(state[1:-1])].entity
        for index in _TOKEN.findall(territories):
            mention = sentence.mentions[int(index)]
            territory = mention.entity
            if mention.kind == "anaphor" or not (territory.contested or (status and territory.part_of)):
                continue  # where an undisputed place lies is background, not a fact of the article
            if territory.part_of != parent.id:
                continue  # placed in another state than the one it is recognized as part of: a claim, not the fact
            ctx.records.add(CONTAINMENT.predicate, territory, parent, {}, sentence, confidence=0.85)
