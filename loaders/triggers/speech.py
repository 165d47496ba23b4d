"""Speech acts about forces: withdrawal requests, refusals and demands in their other shapes."""

from __future__ import annotations

from loaders.patterns import (
    DEMAND,
    EXERCISES,
    FORCE,
    MANNER,
    MISSION_OR_FORCE,
    OF_LEAVERS,
    POSS,
    TAKES_FORCES,
    WHEN_AFTER,
    WITHDRAWAL_REFUSAL,
    WITHDRAWAL_REQUEST,
    Trigger,
)

# --- Speech acts about forces: withdrawal requests, refusals and demands in their other shapes ------------------
# (the first triggers of each of these predicates are in acts.py; these extend them to the verbs, nouns,
# passives and deeds that say the same.)
# A place named, "the country", "the region": where one stays (after "in", "on", "at"; not "in the talks"), or
# what one is leaving.
_PLACE = r"(?:(?:the\s+)?⟦|the\s+(?:country|region|territory|area)\b)"
# Setting about leaving: "to begin leaving", "to start withdrawing", "to speed up its departure", "to begin to leave".
_SET_ABOUT = r"(?:begin|start|complete|finish|speed\s+up|accelerate|hasten)\s+"
# Leaving a place, said with a gerund: the place (_PLACE), when, or nothing after it ("to begin leaving by May"),
# not "leaving the Russian orbit"; a withdrawal of forces, not of "its complaint".
_LEAVING = (
    r"(?:leaving|departing)(?=\s+"
    + _PLACE
    + r"|\s*(?:[.,;:)]|$)|\s+"
    + WHEN_AFTER
    + r"\b)|withdrawing"
    + TAKES_FORCES
    + r"|pulling\s+(?:out|back)"
)
# A departure of forces, not of others ("the departure of its soldiers", not "the exit of foreign nationals").
_OF_FORCES = r"(?!\s+of\b(?!\s+(?:its|their|the|⟦\d+⟧)\s+(?:[\w-]+\s+){0,2}?" + FORCE + r"\b))"
# Leaving, said of forces: the verbs, and the passive infinitive ("wants them to be removed").
_LEAVE = (
    r"(?:" + _SET_ABOUT + r"(?:" + _LEAVING + r"|"
    r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:withdrawal|departure|pull-?out|exit|drawdown)\b" + _OF_FORCES + r")|"
    r"(?:"
    + _SET_ABOUT
    + r"to\s+)?(?:(?:withdraw|remove|evacuate)"
    + TAKES_FORCES
    + r"|pull\s+(?:[\w’']+\s+){0,4}?(?=(?:out|back)\b)|leave|quit|vacate|depart|get\s+out|"
    r"go\s+home|be\s+(?:withdrawn|removed|pulled\s+(?:out|back)|expelled|evacuated|sent\s+home)|"
    r"reduce\s+(?:its|their|the|⟦\d+⟧)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|presence|footprint|bases|contingent)|"
    # giving up its bases ("to close its military bases"), moving its forces away ("to move the marines off X")
    r"(?:close|shut\s+down|dismantle|hand\s+over|give\s+up)\s+(?:its|their|the|⟦\d+⟧)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bases?|garrisons?|outposts?|military\s+facilit(?:y|ies))\b|"
    r"move\s+(?:its|their|the|⟦\d+⟧)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|marines|bases?)\s+"
    r"(?:off|out\s+of|away\s+from)\b))"
)
# Forces wanted gone, said with a participle: "wants Turkish troops removed", "ordered the mission withdrawn".
_GONE = r"(?:removed|withdrawn|pulled\s+(?:out|back)|expelled|evacuated|gone)\b"
# Asking for something: "called for", "asked for", "insisted on".
_ASK_FOR = (
    r"(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|ask(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|"
    r"seek(?:s|ing)?|sought|want(?:s|ed)?|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on|"
    r"appeal(?:s|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for)"
)
# Wanting to end a stay: "wants to end", "vowed to end"; and the stay that is to end.
_TO_END = (
    r"\b(?:wants?|wanted|seeks?|sought|plans?|planned|vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|moved?|decided|"
    r"(?:is|was)\s+determined)\s+to\s+end\s+"
)
_STAY = r"(?:deployment|presence|occupation|mission)"
# Asking, ordering or pressing someone to do something.
_ASK = (
    r"(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for|upon)|demand(?:s|ed|ing)?|told|"
    r"tell(?:s|ing)?|press(?:es|ed|ing)?|request(?:s|ed|ing)?|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|"
    r"want(?:s|ed)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+to)"
)
# Words between the verb and the forces asked to leave: others asked with them ("the French ambassador and"),
# the kind of mission before its name ("the UN peacekeeping mission MINUSMA"); a coalition led by a state.
_OTHERS_AND = r"(?:(?:{E}\s+)?[\w-]+\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?)?"
_MISSION_BEFORE = (
    r"(?:(?:{E}\s+)?(?:(?:un|peacekeeping|stabili[sz]ation|multidimensional|integrated|military|monitoring|observer|"
    r"international|regional|training)\s+)*(?:mission|force|operation)\s*,?\s+)?"
)
_LED = r"(?:-led\s+(?:[\w-]+\s+)?(?:coalition|forces?|mission|troops))?"
# An envoy asked to leave with the forces: "told the French ambassador and troops to leave".
_ENVOY_AND = r"(?:" + POSS + r"\s+(?:ambassador|envoy|diplomats)\s+(?:and|as\s+well\s+as)(?:\s+(?:its|their|the))?)?"
_SAY = r"(?:said|says|stated|states|declared|declares|insisted|insists|added|adds|demanded|demands|told\s+{E})"
_ASKED = r"(?:asked|told|ordered|urged|requested|instructed|pressed|called\s+(?:on|upon))"
_DEPARTURE = r"(?:withdrawal|pull-?out|pull-?back|removal|departure|expulsion|exit|evacuation|ouster|termination)"
_EXPEL = (
    r"(?:expel(?:s|led|ling)?|oust(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+out|thr(?:ew|ow|ows|owing|own)\s+out|"
    r"evict(?:s|ed|ing)?|send(?:s|ing)?\s+home|sent\s+home)"
)
# Refusing what was asked, and what the asking is called.
_REFUSE = (
    r"{S}\s+(?:has\s+|have\s+|had\s+)?(?:(?:so\s+far|repeatedly|flatly|firmly)\s+)?(?:refused|refuses|declined|declines|"
    r"rejected|rejects|dismissed|dismisses|ignored|ignores|rebuffed|rebuffs|defied|defies|turned\s+down|turns\s+down|"
    r"resisted|resists)\s+"
)
_REFUSE_CUES = ("refus", "declin", "reject", "dismiss", "ignor", "rebuff", "defie", "defy", "turn", "resist")
_REQUEST = r"(?:calls?|demands?|requests?|appeals?|ultimatums?|orders?|pressure|requirements?)"
# What was asked: to leave, or a leaving ("to leave its positions", "for the withdrawal of its troops").
_TO_GO = (
    r"\s+(?:to|for|that)\s+(?:it\s+|they\s+|its\s+|their\s+|the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:withdraw\w*|leav(?:e|ing)|quit|vacate|pull\w*\s+(?:out|back)|pull-?out|move|relocat\w+|depart\w*|exit|"
    r"evacuat\w+|go\s+home|remov\w+)\b"
)
# Saying one stays, up to the verb (what follows is a lookahead, so that "would" in it plans nothing).
_SAID_STAYING = (
    r"{S}\s+(?:has\s+|have\s+|had\s+)?(?:said|says|insisted|insists|vowed|vows|pledged|pledges|declared|declares|"
    r"announced|announces|decided|decides)(?=\s+(?:that\s+)?(?:(?:it|they|we|its\s+(?:[\w-]+\s+)?(?:troops|forces|"
    r"soldiers|peacekeepers|mission))\s+(?:would|will|intends?\s+to|plans?\s+to)\s+|to\s+)(?:stay|remain)(?:\s+put)?"
)
# Who speaks for a state, before its name: "the government of Sudan", "the transitional authorities of Mali".
_GOVERNMENT_OF = r"(?:(?:[\w-]+\s+)?(?:government|authorities|leadership|junta|president|rulers)\s+of\s+(?:the\s+)?)?"
# Who is not in power: "the opposition leader", "the former president", "exiled leadership".
_NOT_IN_POWER = r"(?:opposition|former|ex|ousted|exiled|rebel|deposed|interim\s+opposition)\b"
_DESPITE = r"[^.;]{0,40}?\bdespite\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
LEAVE_CUES = (
    "withdraw", "remov", "pull", "leave", "leaving", "evacuat", "quit", "vacat", "depart", "get out", "go home", "expel", "sent home",
    "reduce", "close", "shut", "dismantl", "hand over", "give up", "move", "gone",
)  # fmt: skip
SPEECH_ACT_TRIGGERS: tuple[Trigger, ...] = (
    # "urged Russia to stop its strikes and to withdraw its forces", "ordered the French troops to leave"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b"
        + _ASK
        + r"\s+(?:that\s+)?(?:the\s+)?"
        + _OTHERS_AND
        + _MISSION_BEFORE
        + r"{O}"
        + _LED
        + _ENVOY_AND
        + r"\s+(?:(?:[\w-]+\s+)?"
        + MISSION_OR_FORCE
        + r"\s+)?"
        r"(?:to\s+[^.]{0,120}?(?:[;,]|\band\b)\s*(?:also\s+)?)?(?:to\s+|should\s+|must\s+)?(?:immediately\s+|fully\s+|also\s+)?"
        r"(?:" + _LEAVE + r"|" + _GONE + r")",
        confidence=0.9,
        cues=LEAVE_CUES,
    ),
    # "the mission was asked to leave by Bamako", "French troops were ordered out by the junta"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"{O}\s+(?:"
        + MISSION_OR_FORCE
        + r"\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+\s+)?"
        r"(?:"
        + _ASKED
        + r"\s+to\s+"
        + _LEAVE
        + r"|ordered\s+out|expelled|ousted|kicked\s+out|thrown\s+out|evicted|sent\s+home)"
        r"[^.;]{0,80}?\bby\s+(?:the\s+)?{S}",
        confidence=0.85,
        cues=(*LEAVE_CUES, "ordered out", "expel", "oust", "kick", "thr", "evict"),
    ),
    # "ordered the French forces out of the country", "kicked the UN mission out", "wants Russian troops out of X"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:order(?:s|ed|ing)?|kick(?:s|ed|ing)?|thr(?:ew|ow|ows|own|owing)|want(?:s|ed)?)\s+(?:all\s+)?(?:the\s+)?"
        r"(?:remaining\s+)?{O}" + _LED + r"\s+(?:[\w-]+\s+){0,2}?" + MISSION_OR_FORCE + r"\s+out\b",
        confidence=0.85,
        cues=("order", "kick", "thr", "want"),
    ),  # fmt: skip
    # wanting or ordering a named force out, with no force word: "wants MONUSCO out by December", "ordered Russia out
    # of the country"; out of the country or by a time, not "out of the talks" nor out of a body ("of the G7")
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:order(?:s|ed|ing)?|want(?:s|ed)?)\s+(?:all\s+)?(?:the\s+)?{O}" + _LED + r"\s+out"
        r"(?=\s+of\s+the\s+(?:country|region|territory)\b|\s*(?:[.,;:)]|$)|\s+(?!of\b)" + WHEN_AFTER + r"\b)",
        confidence=0.85,
        cues=("order", "want"),
    ),
    # the host's rulers named by their office: "French troops were asked to leave Mali by the junta"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"{O}\s+(?:(?:[\w-]+\s+)?"
        + MISSION_OR_FORCE
        + r"\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+\s+)?(?:"
        + _ASKED
        + r"\s+to\s+(?:leave|quit|vacate|depart\s+from|withdraw\s+from|pull\s+out\s+of)|ordered\s+out\s+of|"
        r"(?:expelled|ousted|kicked\s+out|thrown\s+out|evicted)\s+from)\s+(?:the\s+)?{S}\s+by\s+(?:the\s+|its\s+)?"
        r"(?:(?!"
        + _NOT_IN_POWER
        + r")[\w-]+\s+){0,2}?(?:junta|government|authorities|rulers|leadership|regime|president|"
        r"parliament|military)\b",
        confidence=0.85,
        cues=("by the", "by its"),
    ),
    # "expelled the French troops", "voted to oust US forces", "the expulsion of Russian peacekeepers"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:"
        + _EXPEL
        + r"|(?:expulsion|ouster)\s+of)\s+(?:all\s+)?(?:the\s+)?(?:remaining\s+)?{O}\s+(?:[\w-]+\s+){0,2}?"
        + MISSION_OR_FORCE
        # driven from a village or a town is a battle; from the country (or a named place) a request
        + r"\b(?!\s+from\s+(?:the|a|an|several|two|three)\s+(?!country\b|nation\b|⟦))",
        confidence=0.85,
        cues=("expel", "expul", "oust", "kick", "thr", "evict", "sen"),
    ),
    # "demanded the departure of the UN mission", "the demand of the authorities for the termination of the mission"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b"
        + _ASK_FOR
        + r"\s+(?:an?\s+|the\s+)?"
        + MANNER
        + r"(?:"
        + _DEPARTURE
        + r"|withdrawal\s+from\s+[^.;]{1,60}?)"
        + OF_LEAVERS
        + r"{O}",
        confidence=0.9,
        cues=(
            "departure",
            "expulsion",
            "exit",
            "evacuation",
            "ouster",
            "termination",
            "pullback",
            "pull-back",
            "withdrawal",
        ),
    ),
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:demands?|calls?|requests?|appeals?|insistence)\s+(?:of|by|from)\s+(?:the\s+)?" + _GOVERNMENT_OF + r"{S}"
        r"(?:\s+(?:[\w-]+\s+)?(?:authorities|government|leadership|junta|rulers))?\s+(?:for|on)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,3}?" + _DEPARTURE + OF_LEAVERS + r"{O}",
        confidence=0.85,
        cues=(
            "withdrawal",
            "pullout",
            "pull-out",
            "removal",
            "departure",
            "expulsion",
            "exit",
            "evacuation",
            "termination",
        ),
    ),
    # "Mali's request for the termination of MINUSMA"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"{S}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?(?:requests?|demands?|appeals?|insistence)\s+(?:for|on)\s+"
        r"(?:an?\s+|the\s+)?" + MANNER + _DEPARTURE + OF_LEAVERS + r"{O}",
        confidence=0.85,
        cues=("request", "demand", "appeal", "insistence"),
    ),
    # "demanded Russia's full withdrawal from Crimea"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b" + _ASK_FOR + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?{O}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?"
        r"(?:withdrawal|pull-?out|pull-?back|departure|exit|expulsion|removal|evacuation)\b",
        confidence=0.9,
        cues=(
            "withdrawal",
            "pullout",
            "pull-out",
            "pullback",
            "pull-back",
            "departure",
            "exit",
            "expulsion",
            "removal",
            "evacuation",
        ),
    ),
    # a withdrawal that answers a request: "French troops left Niger at the request of Niamey"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"{O}\s+(?:"
        + MISSION_OR_FORCE
        + r"\s+)?(?:[\w-]+\s+){0,3}?(?:withdr[ae]w\w*|left|leaving|leaves|pull(?:ed|ing|s)?\s+out|"
        r"depart\w*|exit(?:ed|ing|s)?)\b[^.;]{0,80}?\bat\s+(?P<of>the\s+(?:request|demand|behest|insistence)\s+of\s+(?:the\s+)?"
        r"(?:[^.;⟦]{0,30}?\s)?)?{S}(?(of)|" + POSS + r"\s+(?:request|demand|behest|insistence))",
        confidence=0.85,
        cues=("request", "demand", "behest", "insistence"),
    ),
    # "Pyongyang's military deployment in Russia must end", "called for an end to Russia's military presence"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:call(?:s|ed|ing)?\s+for|said|says|stated|states|insisted|insists|declared|demanded|demands|added)\s+"
        r"(?:[^.;]{0,80}?\s)?(?:that\s+)?(?:the\s+)?{O}"
        + POSS
        + r"\s+(?:[\w-]+\s+){0,2}?"
        + _STAY
        + r"\b[^.;]{0,60}?\b(?:must|should|has\s+to|have\s+to|to)\s+end\b",
        confidence=0.8,
        cues=("end",),
    ),
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|"
        r"request(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+|complete\s+)?end(?:ing)?\s+(?:to|of)\s+"
        r"(?:the\s+)?{O}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?" + _STAY + r"\b",
        confidence=0.85,
        cues=("end",),
    ),
    # wanting to end their presence: "wants to end the presence of Turkish forces", "vowed to end X's occupation"
    Trigger(
        WITHDRAWAL_REQUEST,
        _TO_END + r"(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _STAY + r"\s+of\s+(?:the\s+|all\s+)?{O}",
        confidence=0.85,
        cues=("end",),
    ),
    Trigger(
        WITHDRAWAL_REQUEST,
        _TO_END + r"(?:the\s+)?{O}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?" + _STAY + r"\b",
        confidence=0.85,
        cues=("end",),
    ),
    # their bases closed: "called for the closure of Turkish bases", "ordered the closure of the American air base"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:"
        + _ASK_FOR
        + r"|order(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:immediate\s+)?(?:closure|closing|shutdown)\s+of\s+"
        r"(?:all\s+)?(?:the\s+)?{O}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?bases?\b",
        confidence=0.85,
        cues=("closure", "closing", "shutdown"),
    ),
    # a deed: "ended the defence pact that allowed French troops to be based there"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling)?|scrap(?:s|ped|ping)?|"
        r"tore\s+up|tear(?:s|ing)?\s+up|denounc(?:e|es|ed|ing)|renounc(?:e|es|ed|ing))\s+(?:its\s+|the\s+|their\s+|an?\s+)?"
        r"(?:{E}|(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|arrangements?))\s+"
        r"(?:that\s+(?:had\s+)?(?:allowed|permitted|let)|allowing|permitting|under\s+which|which\s+(?:had\s+)?(?:allowed|permitted|let))\s+"
        r"(?:the\s+)?{O}\s+(?:[\w-]+\s+){0,2}?" + FORCE + r"\b",
        confidence=0.8,
        cues=("allow", "permit", "under which", "let"),
    ),
    # "said French troops would have to leave": an obligation in words reported
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b" + _SAY + r"\s+(?:that\s+)?(?:all\s+)?(?:the\s+)?{O}" + _LED + r"\s+(?:" + MISSION_OR_FORCE + r"\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:must|should|has\s+to|have\s+to|had\s+to|would\s+have\s+to|will\s+have\s+to|needs?\s+to)\s+"
        r"(?:immediately\s+|now\s+|all\s+)?" + _LEAVE,
        confidence=0.85,
        cues=LEAVE_CUES,
    ),
    # a host announcing that foreign forces will go: "Chad said the French soldiers would leave by January",
    # "announced that French troops would hand over their base and depart", "said French bases would close"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"{S}(?:" + POSS + r"\s+(?:(?!" + _NOT_IN_POWER + r")[\w-]+\s+)?(?:president|government|authorities|junta|"
        r"prime\s+minister))?\s+"
        r"(?:has\s+|have\s+)?(?:said|says|announced|announces|declared|declares|decided|decides|confirmed|confirms)\s+"
        r"(?:on\s+\w+\s+)?(?:that\s+)?(?:all\s+)?(?:the\s+)?(?:remaining\s+)?{O}\s+(?:[\w-]+\s+)?"
        + MISSION_OR_FORCE
        # what they will do follows the match, so that its "would" plans nothing: the announcement was made
        + r"(?=\s+(?:would|will)\s+(?:(?:soon|all|now|have\s+to)\s+)?(?:[^.;⟦]{0,50}?\band\s+)?"
        r"(?:leave|depart|withdraw|close|be\s+(?:closed|withdrawn|shut)|shut|go\s+home|pull\s+out)\b(?!\s+(?:from\s+)?(?:the\s+)?⟦)"
        # only if what is said is a plan, not a condition or a routine end ("if the talks fail", "after the drills")
        r"(?![^.;⟦]*?\b(?:if|unless|once|when|whenever|should|provided|after\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:[\w-]+\s+)?(?:" + EXERCISES + r"|training|rotation)\b)))",
        confidence=0.8,
        cues=("would", "will"),
    ),
    # "ended its defence agreements with France"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling)?|scrap(?:s|ped|ping)?|"
        r"tore\s+up|tear(?:s|ing)?\s+up|denounc(?:e|es|ed|ing)|renounc(?:e|es|ed|ing))\s+(?:its\s+|the\s+|their\s+|all\s+)?"
        r"(?:{E}|(?:[\w-]+\s+){0,2}?(?:military|defen[cs]e|security)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|cooperation|partnership))\s+with\s+(?:the\s+)?{O}",
        requires=r"\b(?:(?:military|defen[cs]e|security)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|"
        r"cooperation|partnership)|status[\s-]of[\s-]forces)",
        confidence=0.8,
        cues=("military", "defence", "defense", "security", "status"),
    ),
    # REFUSED_WITHDRAWAL: "rejected the calls to leave", "is not leaving", "stayed despite the demands"
    Trigger(
        WITHDRAWAL_REFUSAL,
        _REFUSE + r"(?:\w+\s+){0,3}?(?=" + _REQUEST + r"\s+(?:to|for|that)\b)",
        confidence=0.8,
        cues=_REFUSE_CUES,
    ),
    # the asker named: "rejected Israel's request to leave", "turned down a demand from Baghdad to withdraw"
    Trigger(
        WITHDRAWAL_REFUSAL,
        _REFUSE + r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?{O}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?" + _REQUEST + _TO_GO,
        confidence=0.8,
        cues=_REFUSE_CUES,
    ),
    Trigger(
        WITHDRAWAL_REFUSAL,
        _REFUSE + r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?" + _REQUEST + r"\s+(?:from|by|of)\s+(?:the\s+)?{O}" + _TO_GO,
        confidence=0.8,
        cues=_REFUSE_CUES,
    ),
    # staying, said after a request: "said it would stay", "vowed to remain in the country", "decided to stay"
    Trigger(
        WITHDRAWAL_REFUSAL,
        _SAID_STAYING
        + r"(?:\s*[,.;”\"]|\s*$|\s+(?:there|forever|until|despite|where)\b|\s+(?:in|on|at)\s+"
        + _PLACE
        + "))",
        confidence=0.8,
        cues=("stay", "remain"),
    ),
    # staying despite a request whose asker is named: "said it would stay despite Israel's request"
    Trigger(
        WITHDRAWAL_REFUSAL,
        _SAID_STAYING + _DESPITE + r"{O}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?" + _REQUEST + r")",
        confidence=0.8,
        cues=("despite",),
    ),
    Trigger(
        WITHDRAWAL_REFUSAL,
        _SAID_STAYING + _DESPITE + _REQUEST + r"\s+(?:from|by|of)\s+(?:the\s+)?{O})",
        confidence=0.8,
        cues=("despite",),
    ),
    Trigger(
        WITHDRAWAL_REFUSAL,
        r"{S}\s+(?:is|are|was|were)\s+not\s+(?:leaving|withdrawing|pulling\s+out|going\s+anywhere)\b",
        confidence=0.8,
        cues=("not leaving", "not withdrawing", "not pulling", "not going anywhere"),
    ),
    Trigger(
        WITHDRAWAL_REFUSAL,
        r"{S}\s+(?:has\s+|have\s+)?(?:stayed|remained|stays|remains|stayed\s+put)\s+[^.;]{0,60}?\bdespite\s+(?:the\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:calls|demands|requests|orders|ultimatum)\b",
        confidence=0.8,
        cues=("despite",),
    ),
    # DEMANDED: "demanded guarantees from Rabat"
    Trigger(
        DEMAND,
        r"\bdemand(?:s|ed|ing)?\s+(?:of\s+|(?:[\w-]+\s+){1,6}?from\s+)(?:the\s+)?{O}",
        confidence=0.8,
        cues=("demand",),
    ),
    # DEMANDED of someone, to do anything but leave: "called on Yerevan to explain", "urged Ankara to hold off",
    # "pressed Kyiv to accept" (leaving is a withdrawal request, above)
    Trigger(
        DEMAND,
        r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing))\s+"
        r"(?:the\s+)?{O}\s+(?:[\w-]+\s+){0,2}?to\s+(?!(?:immediately\s+|fully\s+)?" + _LEAVE + r")",
        confidence=0.8,
        cues=("call", "urg", "press"),
    ),
)
