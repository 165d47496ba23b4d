"""Recognition, occupation and parties to agreements in their other shapes: passives, nominals, lists of those who
followed others, a party or signatory named by its status."""

from __future__ import annotations

from loaders.patterns import (
    OBJECT_RELATIVE,
    OCCUPATION,
    PARTY,
    POSS,
    RECOGNITION,
    RELATIVE_ANTECEDENT,
    RELATIVE_NO_OBJECT,
    RELATIVE_VERB,
    SELF_STYLED,
    Trigger,
)

# What a recognition names before the place: "the independence of", "the self-proclaimed".
_RECOGNISED = r"(?:the\s+|an?\s+)?(?:(?:independence|statehood)\s+of\s+(?:the\s+)?)?" + SELF_STYLED
# The place recognised outright: not its sovereignty or claims ("X's sovereignty"), nor as a part of another
# ("Jerusalem as Israel's capital"), only as independent; named, so that the parse does not take the verb's object.
_OUTRIGHT = (
    r"(?=(?:\s*(?:,|and)\s*{E})*(?![’']s)(?!\s+(?:sovereignty|claims?|rule|control|annexation)\b)"
    r"(?!\s+as\s+(?!(?:an?\s+)?(?:independent|sovereign))))"
)
_PLACE_RECOGNISED = r"{O}" + _OUTRIGHT
_RECOGNITION_CUES = ("recogni",)
# Recognised "as" something only as independent: "as an independent state", "as a sovereign nation", "as a state".
_AS_INDEPENDENT = r"as\s+(?:an?\s+)?(?:(?:independent|sovereign)\b|(?:state|country|nation|republic)\b)"
# Not recognised as a part of another ("by the UN as part of Ukraine") in the rest of the clause.
_NOT_AS_PART = r"(?![^.;]*?\bas\s+(?!(?:an?\s+)?(?:independent|sovereign|state|country|nation|republic)\b))"

STATUS_TRIGGERS: tuple[Trigger, ...] = (
    # "Kosovo is recognised by the US and Germany" (not "by X as part of Y": see _PLACE_RECOGNISED)
    Trigger(
        RECOGNITION,
        r"\b(?:is|are|was|were|been|being)\s+(?:(?:now|already|also|formally|officially)\s+)?recogni[sz]ed\s+by\s+"
        r"(?:the\s+)?{S}(?![^.;]*?\bas\s+(?!(?:an?\s+)?(?:independent|sovereign)))",
        cues=_RECOGNITION_CUES,
    ),
    # "is recognised by only 12 states, including X and Y", "recognised only by X, Y and Z", "Kosovo, recognised
    # by more than 100 countries including X,": the agents come from the parse (a list after "including")
    Trigger(
        RECOGNITION,
        r"(?:\b(?:is|are|was|were|been|being)|,)\s+(?:(?:now|already|also|formally|officially|still|only|so\s+far)\s+)?"
        r"recogni[sz]ed" + _NOT_AS_PART + r"(?:\s+(?:only|solely|just|formally|officially|diplomatically))?\s+by\b",
        cues=_RECOGNITION_CUES,
    ),
    # "Kosovo, which Serbia still does not recognise", "Abkhazia, which Russia recognised in 2008": the place is the
    # relative clause's antecedent; not recognised as a part of another, nor a recognition of something else named
    # after the verb ("which Russia recognised X's independence from")
    Trigger(
        RECOGNITION,
        RELATIVE_ANTECEDENT
        + OBJECT_RELATIVE
        + RELATIVE_VERB
        + r"recogni[sz](?:e|es|ed)?\b(?!\s+(?:the\s+)?(?:⟦|independence|sovereignty|statehood))"
        + RELATIVE_NO_OBJECT
        + _NOT_AS_PART,
        cues=_RECOGNITION_CUES,
    ),
    # "the recognition of Kosovo by the US, Germany and France"
    Trigger(
        RECOGNITION,
        r"\brecognition\s+of\s+" + _RECOGNISED + r"{O}\s+by\s+(?:the\s+)?{S}" + _NOT_AS_PART,
        cues=("recognition",),
        nominal=True,
    ),
    # "the recognition by France of the State of Palestine"
    Trigger(
        RECOGNITION,
        r"\brecognition\s+by\s+(?:the\s+)?{S}\s+of\s+" + _RECOGNISED + _PLACE_RECOGNISED,
        cues=("recognition",),
        nominal=True,
    ),
    # "extended recognition to", "granted formal diplomatic recognition to"
    Trigger(
        RECOGNITION,
        r"\b(?:extend|grant|accord|giv|gave|offer)\w*\s+(?:(?:its|their|full|formal|official|diplomatic|de\s+jure)\s+){0,3}"
        r"recognition\s+to\s+" + _RECOGNISED + _PLACE_RECOGNISED,
        cues=("recognition",),
    ),
    # "acknowledged the independence of", "recognised the statehood of"
    Trigger(
        RECOGNITION,
        r"\b(?:recogni[sz]|acknowledg)(?:e|es|ed|ing)\s+(?:the\s+)?(?:independence|statehood|sovereignty)\s+of\b",
        cues=("recogni", "acknowledg"),
    ),
    # "recognised Palestine as a state", "recognise Kosovo as a sovereign country"
    Trigger(
        RECOGNITION,
        r"(?<!internationally\s)\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?={E}(?:\s*(?:,|and)\s*{E})*\s+"
        + _AS_INDEPENDENT
        + ")",
        cues=_RECOGNITION_CUES,
    ),
    # "recognised Abkhazia's independence", "Russia's recognition of Kosovo's statehood"
    Trigger(
        RECOGNITION,
        r"(?<!internationally\s)\b(?:(?:recogni[sz]|acknowledg)(?:e|es|ed|ing)|recognition\s+of)\s+(?:the\s+)?"
        + SELF_STYLED
        + r"{O}(?:\s*(?:,|and)\s*{E})*"
        + POSS
        + r"\s+(?:(?:formal|full|self-declared|self-proclaimed|declared|unilateral)\s+)?(?:independence|statehood)\b",
        cues=("independence", "statehood"),
    ),
    # "Kosovo won recognition from the US", "has received diplomatic recognition from X and Y", "X, which broke away
    # in 1991, has won recognition from Y"
    Trigger(
        RECOGNITION,
        r"{O}(?:,\s+(?:which|that)\s+[^,;.]{1,80},)?\s+(?:(?:has|have|had)\s+)?(?:(?:already|since|also|now|so\s+far)\s+)?"
        r"(?:won|gained|received|secured|obtained|earned|enjoys|enjoyed|got)\s+(?:(?:formal|full|official|diplomatic)\s+){0,2}"
        r"recognition\s+(?:as\s+(?:an?\s+)?(?:independent|sovereign)\s+(?:state|country|nation)\s+)?from\s+(?:the\s+)?{S}",
        cues=("recognition",),
    ),
    # "derecognised Kosovo": a recognition taken back (negated by the lexicon's NEGATION)
    Trigger(RECOGNITION, r"\bde-?recogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?" + _PLACE_RECOGNISED, cues=("recogni",)),
    # "X joined Y and Z in recognising P", "X followed Y in recognising P": X recognised P too
    Trigger(
        RECOGNITION,
        r"{S}\s+(?:has\s+|have\s+|had\s+)?(?:join(?:s|ed)?|follow(?:s|ed)?)\s+[^.;]{1,80}?\s+in\s+"
        r"(?:formally\s+|officially\s+)?recogni[sz]ing\s+"
        + _RECOGNISED
        + r"{O}(?:"
        + _OUTRIGHT
        + r"|"
        + POSS
        + r"\s+(?:independence|statehood)\b)",
        cues=_RECOGNITION_CUES,
    ),
    # "recognised a Palestinian state": the state named by its people's adjective
    Trigger(
        RECOGNITION,
        r"(?<!internationally\s)\brecogni[sz](?:e|es|ed|ing)\s+an?\s+(?={E}\s+state(?:hood)?\b)",
        cues=_RECOGNITION_CUES,
    ),
    # "X announced its recognition of P", "formalised their recognition of", "the move by X to recognise P"
    Trigger(
        RECOGNITION,
        r"{S}\s+(?:(?:has|have|had)\s+)?(?:(?:also|formally|officially)\s+)?(?:announc|declar|confirm|formali[sz]|"
        r"complet|finali[sz])(?:e|es|ed|ing)\s+(?:its|their)\s+(?:(?:formal|full|official|diplomatic)\s+){0,2}"
        r"recognition\s+of\s+" + _RECOGNISED + _PLACE_RECOGNISED,
        cues=("recognition",),
    ),
    Trigger(
        RECOGNITION,
        r"\b(?:move|decision|step)\s+by\s+(?:the\s+)?{S}\s+to\s+(?:formally\s+|officially\s+)?recogni[sz]e\s+"
        + _RECOGNISED
        + _PLACE_RECOGNISED,
        cues=_RECOGNITION_CUES,
    ),
    # "Algeria's recognition of the Sahrawi republic"
    Trigger(
        RECOGNITION,
        r"{S}" + POSS + r"\s+(?:(?!to\b)[\w-]+\s+){0,3}?recognition\s+of\s+" + _RECOGNISED + _PLACE_RECOGNISED,
        cues=("recognition",),
        nominal=True,
    ),
    # PARTY_TO by status: "X is a party to the treaty", "X, a signatory of the accord,", "X became a signatory to"
    Trigger(
        PARTY,
        r"{S}\s*(?:,\s*|\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|became|becomes|become|remains?|"
        r"remained)\s+)(?:(?:also|still|now|already|formally|both|all)\s+)?(?:an?\s+|the\s+|one\s+of\s+the\s+|among\s+the\s+)?"
        r"(?:(?:original|founding|first|key|full|state)\s+)?(?:(?:part(?:y|ies)|signator(?:y|ies)|states?\s+parties)\s+"
        r"(?:to|of)|bound\s+(?:together\s+)?by)\b",
        cues=("party", "parties", "signator", "bound"),
    ),
    # reaching an agreement: "X and Y reached a ceasefire deal", "struck an accord", "sealed a pact"
    Trigger(
        PARTY,
        r"\b(?:reach(?:es|ed|ing)?|str(?:uck|ikes?|iking)|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|agreed\s+(?:on|to)|"
        # "agreed a truce", not "agreed the pact had failed" (a clause of its own after it)
        r"agreed(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?⟦\d+⟧(?!\s+(?:had|has|have|was|were|is|are|would|will|could|"
        r"should|might|must|may|did|does|do|can)\b)))\b"
        r"(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?⟦)",
        cues=("reach", "struck", "strike", "striking", "clinch", "seal", "agreed"),
    ),
    # a commitment made in an agreement: "X and Y committed in the Z Declaration not to use force"
    Trigger(
        PARTY,
        r"\b(?:committed|pledged|undertook|promised|vowed|agreed)\s+(?:themselves\s+|itself\s+)?(?:in|under|through)\s+"
        r"(?:the\s+|an?\s+)?{O}(?!\s+(?:talks|negotiations|process|summit|meetings?|framework))",
        cues=("commit", "pledg", "undert", "promis", "vowed", "agreed"),
    ),
    # a party that suspends its part: "froze its participation in the treaty" (it remains a party)
    Trigger(
        PARTY,
        r"\b(?:suspend(?:s|ed|ing)?|fr[oe]z(?:e|es|en|ing)|halt(?:s|ed|ing)?)\s+(?:its|their|⟦\d+⟧)\s+"
        r"(?:participation|membership|obligations)\s+(?:in|under)\b",
        cues=("participation", "membership", "obligations"),
    ),
    # what an agreement lets or binds its party do: "the treaty obliges X to", "the pact allows X to", "under the
    # accord, X hosts ..."
    Trigger(
        PARTY,
        r"{O}(?:\s*\([^)]{1,20}\))?(?:\s*,\s+(?:first\s+)?(?:signed|concluded|agreed|reached|renewed|expanded|extended)"
        r"[^,;]{0,40},)?\s+(?:(?:also|still|now)\s+)?(?:allow|permit|oblige|obligate|require|commit|bind|"
        r"grant|entitle|authori[sz]e)[sd]?\s+(?:the\s+)?{S}",
        cues=("allow", "permit", "oblig", "require", "commit", "bind", "grant", "entitle", "authori"),
    ),
    Trigger(
        PARTY,
        r"(?:^|[.;]\s+|,\s+)under\s+(?:the\s+|an?\s+)?(?:terms\s+of\s+(?:the\s+|an?\s+)?)?{O}(?:\s*\([^)]{1,20}\))?"
        r"(?:\s+(?:with|between)\s+(?:the\s+)?{E}(?:\s*(?:,|and)\s*(?:the\s+)?{E})*)?\s*,\s+(?:the\s+)?{S}(?!\s*(?:,|and|’s|'s))",
        cues=("under",),
    ),
    # "Crimea, occupied by Russia since 2014, ...": a participle after the place
    Trigger(
        OCCUPATION,
        r"{O},\s+(?:(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:[\w-]+ly\s+)?occupied\s+by\s+"
        r"(?:the\s+)?{S}",
        cues=("occupied",),
    ),
)
