"""Recognition and occupation in their other shapes: passives, nominals, lists of those who followed others."""

from __future__ import annotations

from loaders.patterns import OCCUPATION, POSS, RECOGNITION, Trigger

# What a recognition names before the place: "the independence of", "the self-proclaimed".
_RECOGNISED = (
    r"(?:the\s+|an?\s+)?(?:(?:independence|statehood)\s+of\s+(?:the\s+)?)?"
    r"(?:self-proclaimed\s+|self-declared\s+|breakaway\s+|separatist\s+)?"
)
# The place recognised outright: not its sovereignty or claims ("X's sovereignty"), nor as a part of another
# ("Jerusalem as Israel's capital"), only as independent; named, so that the parse does not take the verb's object.
_PLACE_RECOGNISED = (
    r"{O}(?=(?:\s*(?:,|and)\s*{E})*(?![’']s)(?!\s+(?:sovereignty|claims?|rule|control|annexation)\b)"
    r"(?!\s+as\s+(?!(?:an?\s+)?(?:independent|sovereign))))"
)
_RECOGNITION_CUES = ("recogni",)

STATUS_TRIGGERS: tuple[Trigger, ...] = (
    # "Kosovo is recognised by the US and Germany" (not "by X as part of Y": see _PLACE_RECOGNISED)
    Trigger(
        RECOGNITION,
        r"\b(?:is|are|was|were|been|being)\s+(?:(?:now|already|also|formally|officially)\s+)?recogni[sz]ed\s+by\s+"
        r"(?:the\s+)?{S}(?![^.;]*?\bas\s+(?!(?:an?\s+)?(?:independent|sovereign)))",
        cues=_RECOGNITION_CUES,
    ),
    # "X joined Y and Z in recognising P", "X followed Y in recognising P": X recognised P too
    Trigger(
        RECOGNITION,
        r"{S}\s+(?:has\s+|have\s+|had\s+)?(?:join(?:s|ed)?|follow(?:s|ed)?)\s+[^.;]{1,80}?\s+in\s+"
        r"(?:formally\s+|officially\s+)?recogni[sz]ing\s+" + _RECOGNISED + _PLACE_RECOGNISED,
        cues=_RECOGNITION_CUES,
    ),
    # "recognised a Palestinian state": the state named by its people's adjective
    Trigger(
        RECOGNITION,
        r"(?<!internationally\s)\brecogni[sz](?:e|es|ed|ing)\s+an?\s+(?={E}\s+state(?:hood)?\b)",
        cues=_RECOGNITION_CUES,
    ),
    # "Algeria's recognition of the Sahrawi republic"
    Trigger(
        RECOGNITION,
        r"{S}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?recognition\s+of\s+" + _RECOGNISED + _PLACE_RECOGNISED,
        cues=("recognition",),
        nominal=True,
    ),
    # "Crimea, occupied by Russia since 2014, ...": a participle after the place
    Trigger(
        OCCUPATION,
        r"{O},\s+(?:(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:[\w-]+ly\s+)?occupied\s+by\s+"
        r"(?:the\s+)?{S}",
        cues=("occupied",),
    ),
)
