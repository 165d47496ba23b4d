"""Relation patterns, declared as data.

Each trigger is a regular expression over a *masked* sentence, in lower case, in which every
entity mention is replaced by a token ``⟦n⟧``. Macros: ``{E}`` any mention, ``{S}`` the subject, ``{O}`` the
object. Where a pattern names no subject, the nearest eligible actor before the trigger in
the same clause is taken (or after ``by`` for passives, which name ``{S}`` themselves); where
it names no object, the first eligible mention after the trigger and the mentions
coordinated with it are taken. Eligibility comes from the predicate's types in schema/.

Each trigger evokes a :class:`Frame`: its predicate and what sets the predicate apart (a speech act, a
place as object, a refusal of a request, ...). The extractor reads those fields and names no predicate.
The words around triggers (negation, modality, clause boundaries, qualifier cues) are in lexicon.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property


def lower_aligned(text: str) -> str:
    """``text`` in lower case, character for character, so that offsets into one hold in the other."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)  # "İ" would become two characters


def for_lowered(pattern: str) -> re.Pattern[str]:
    """A pattern matched against text in lower case (:func:`lower_aligned`): case-sensitive matching is 2-3x
    faster than ``re.I``. An upper-case letter in it could never match, so it is refused."""
    letters = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)
    if any(c.isupper() for c in letters):
        raise ValueError(f"an upper-case letter in a pattern for lower-cased text: {pattern[:80]!r}")
    return re.compile(pattern)


@dataclass(frozen=True)
class WordStart:
    """A pattern that opened with ``\\b``, whose matches start with a word character: without the ``\\b`` the
    regex engine can jump to the pattern's first letters (up to 30x faster), and the boundary is checked here.
    ``finditer`` finds what the pattern with its ``\\b`` would."""

    regex: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        position = 0
        while (m := self.regex.search(text, position)) is not None:
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                position = start + 1  # inside a word: the next match may start within this one
                continue
            yield m
            position = max(m.end(), start + 1)


MASK = "⟦{}⟧"
_E = r"⟦\d+⟧"
_POSS = r"(?:’s|'s|’|')?"
# The agent of a nominal act: a possessor, before the act's modifiers ("Russia's illegal 2014 annexation of"),
# or a demonym right before it ("the Russian invasion of"); not the subject of another verb ("X condemned the
# invasion of").
_OWNER = (
    r"(?:(?:’s|'s|’|')\s+|\s+(?=(?:(?:full-scale|large-scale|illegal|unprovoked|brutal|ongoing|military|attempted|"
    r"\d{4})\s+){0,2}(?:occupation|annexation|invasion)\b))"
)
_QTY = r"(?:(?:about|some|around|approximately|nearly|almost|roughly|more\s+than|up\s+to|over|at\s+least)\s+)?(?:[\d,.]+\s+(?:thousand\s+)?)?"
_FORCE = (
    r"(?:troops|forces|soldiers|servicemen|service\s+members|units|peacekeepers|contingents?|"
    r"military\s+(?:personnel|units|bases?|forces|presence)|personnel|bases?|brigades?|battalions?|battlegroups?)"
    r"(?:\s+of\s+"
    + _QTY
    + r"(?:[\w-]+\s+){0,2}?(?:troops|soldiers|servicemen|personnel))?"  # "a brigade of 5,000 troops"
)
# The auxiliary and adverb between a relative clause's subject and its verb ("the troops it has long kept in").
_RELATIVE_VERB = r"\s+(?:(?:has|had|have)\s+)?(?:(?:long|still|now|since|[\w-]+ly)\s+)?"
# Who says so, between the forces and the relative clause's subject ("the forces it said X sent").
_SAID_BEFORE = r"(?:(?:it|they|⟦\d+⟧)\s+(?:says|said|claims|claimed)\s+)?"
# What a state deploys or stations besides troops; not what it sends, which may be a supply.
_DEPLOYABLE = (
    r"(?:" + _FORCE + r"|(?:fighter\s+)?jets|aircraft|warplanes|bombers|warships|ships|missiles|air[\s-]defen[cs]e\w*|"
    r"(?:tactical\s+)?nuclear\s+weapons)"
)
_WEAPONS = (
    r"(?:weapons|weaponry|arms|missiles|tanks|artillery|ammunition|ammo|munitions|air[\s-]defen[cs]e\w*|"
    r"military\s+aid|military\s+assistance|drones|fighter\s+jets|jets|howitzers|rockets|shells)"
)
_WEAPON_CUES = (
    "weapon",
    "arms",
    "missile",
    "tank",
    "artillery",
    "ammunition",
    "ammo",
    "munition",
    "defen",
    "military aid",
    "military assistance",
    "drone",
    "jet",
    "howitzer",
    "rocket",
    "shell",
)
_GIVE = (
    r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sen[dt]s?|sending|deliver(?:s|ed|ing)?|"
    r"giv(?:e|es|ing)|gave|ship(?:s|ped|ping)?|transfer(?:s|red|ring)?)\s+"
)


@dataclass(frozen=True)
class Frame:
    """A predicate as the extractor reads it: what its triggers share, declared once.

    The engine names no predicate: what sets one apart from the others is a field here.
    """

    predicate: str
    # The saying is the relation (threats, demands): the speaker is the subject, even of words reported.
    speech_act: bool = False
    # Its object is a place: a state named by its government or its people ("the Kremlin", "Russian troops")
    # is an actor there, and cannot be it.
    place_object: bool = False
    # A resolution can do it ("a resolution demanding ..."): where a body adopts one, the resolution is the subject.
    resolution_act: bool = False
    # Said with no place, it is about the subject's own country (a leader asking for a withdrawal).
    own_territory: bool = False
    # It refuses a request of that frame: its object is who asked, its place the one asked about, and its own
    # words ("refused", "rejected") do not negate it.
    refuses: Frame | None = None
    # Its object is what is threatened: forces named after the verb ("including German ones"), never the
    # speaker's own state; failing those, the place where the threat applies.
    targets_forces: bool = False
    # "signed a treaty with X and Y": the mentions after "with" or "between" its object are subjects too.
    co_parties: bool = False
    # A fact of it with a troop count says where the object's troops are: a fact of that frame.
    locates_troops: Frame | None = None


OCCUPATION = Frame("OCCUPIES", place_object=True)
DEPLOYMENT = Frame("DEPLOYED_IN", place_object=True)
ANNEXATION = Frame("ANNEXED", place_object=True)  # implies OCCUPIES: see schema/ontology.yaml
INVASION = Frame("INVADED", place_object=True)
RECOGNITION = Frame("RECOGNIZED", place_object=True)
CONDEMNATION = Frame("CONDEMNED", speech_act=True, resolution_act=True)
WITHDRAWAL_REQUEST = Frame(
    "REQUESTED_WITHDRAWAL", speech_act=True, resolution_act=True, own_territory=True, locates_troops=DEPLOYMENT
)
WITHDRAWAL_REFUSAL = Frame("REFUSED_WITHDRAWAL", speech_act=True, refuses=WITHDRAWAL_REQUEST)
THREAT = Frame("THREATENED", speech_act=True, targets_forces=True)
PARTY = Frame("PARTY_TO", co_parties=True)
VIOLATION = Frame("VIOLATED")
WEAPONS_SUPPLY = Frame("SUPPLIES_WEAPONS_TO")
SUPPORT = Frame("SUPPORTS")
CLAIM = Frame("MADE_CLAIM", speech_act=True)  # also a fact-check's claim, with who made it
DEMAND = Frame("DEMANDED", speech_act=True, resolution_act=True)
# Read from structures, not triggers.
POSITION = Frame("HOLDS_POSITION")  # a title before a name ("Russian Foreign Minister Sergei Lavrov")
ADOPTION = Frame("ADOPTED")  # a body adopting a resolution
CONTAINMENT = Frame("PART_OF")  # a contested territory named with its state ("Ukraine's Crimea")


# A pattern that names its subject after "by" ("by\\s+{S}", "by\\s+(?:the\\s+)?{S}"): a passive.
_BY_SUBJECT = re.compile(r"by\\s\+(?:\(\?:the\\s\+\)\?)?\{S\}")


@dataclass(frozen=True)
class Trigger:
    """One way a frame's predicate is said."""

    frame: Frame
    pattern: str
    requires: str | None = None  # a regex the sentence must also contain
    confidence: float = 0.85
    # Lower-case stems, one of which a sentence must contain for the pattern to match there.
    cues: tuple[str, ...] = ()

    @property
    def predicate(self) -> str:
        return self.frame.predicate

    @cached_property
    def passive(self) -> bool:
        """The subject follows "by" (named by the pattern, or found by the syntax stage when the pattern ends
        with "by") and the object comes before the trigger."""
        return bool(_BY_SUBJECT.search(self.pattern)) or self.pattern.endswith("\\s+by\\b")

    def compiled(self) -> re.Pattern[str] | WordStart:
        text = self.pattern.replace("{S}", f"(?P<s>{_E})").replace("{O}", f"(?P<o>{_E})").replace("{E}", _E)
        if text.startswith("\\b"):
            return WordStart(for_lowered(text[2:]))
        return for_lowered(text)


# --- Speech acts about forces: withdrawal requests, refusals and demands in their other shapes ------------------
# (the first triggers of each of these predicates are in TRIGGERS below; these extend them to the verbs, nouns,
# passives and deeds that say the same.)
# Leaving, said of forces: the verbs, and the passive infinitive ("wants them to be removed").
_LEAVE = (
    r"(?:withdraw|remove|pull\s+(?:[\w’']+\s+){0,4}?(?=(?:out|back)\b)|leave|evacuate|quit|vacate|depart|get\s+out|"
    r"go\s+home|be\s+(?:withdrawn|removed|pulled\s+(?:out|back)|expelled|evacuated|sent\s+home)|"
    r"reduce\s+(?:its|their|the|⟦\d+⟧)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|presence|footprint|bases|contingent))"
)
# Asking for something: "called for", "asked for", "insisted on".
_ASK_FOR = (
    r"(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|ask(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|"
    r"seek(?:s|ing)?|sought|want(?:s|ed)?|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on|"
    r"appeal(?:s|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for)"
)
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
_SAY = r"(?:said|says|stated|states|declared|declares|insisted|insists|added|adds|demanded|demands|told\s+{E})"
_ASKED = r"(?:asked|told|ordered|urged|requested|instructed|pressed|called\s+(?:on|upon))"
_DEPARTURE = r"(?:withdrawal|pull-?out|pull-?back|removal|departure|expulsion|exit|evacuation|ouster|termination)"
_EXPEL = (
    r"(?:expel(?:s|led|ling)?|oust(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+out|thr(?:ew|ow|ows|owing|own)\s+out|"
    r"evict(?:s|ed|ing)?|send(?:s|ing)?\s+home|sent\s+home)"
)
_LEAVE_CUES = (
    "withdraw", "remov", "pull", "leave", "evacuat", "quit", "vacat", "depart", "get out", "go home", "expel", "sent home",
    "reduce",
)  # fmt: skip
# How a withdrawal is asked for ("the full and immediate withdrawal").
_MANNER = (
    r"(?:(?:full|complete|immediate|unconditional|swift|speedy|total|orderly|accelerated|rapid|gradual|phased|prompt|"
    r"quick|timely|urgent|early|final|entire)\s+(?:and\s+)?)*"
)
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
        + r"\s+(?:"
        + _FORCE
        + r"\s+)?"
        r"(?:to\s+[^.]{0,120}?(?:[;,]|\band\b)\s*(?:also\s+)?)?(?:to\s+|should\s+|must\s+)?(?:immediately\s+|fully\s+|also\s+)?"
        + _LEAVE,
        confidence=0.9,
        cues=_LEAVE_CUES,
    ),
    # "the mission was asked to leave by Bamako", "French troops were ordered out by the junta"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"{O}\s+(?:(?:mission|"
        + _FORCE
        + r")\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+\s+)?"
        r"(?:"
        + _ASKED
        + r"\s+to\s+"
        + _LEAVE
        + r"|ordered\s+out|expelled|ousted|kicked\s+out|thrown\s+out|evicted|sent\s+home)"
        r"[^.;]{0,80}?\bby\s+(?:the\s+)?{S}",
        confidence=0.85,
        cues=(*_LEAVE_CUES, "ordered out", "expel", "oust", "kick", "thr", "evict"),
    ),
    # "expelled the French troops", "voted to oust US forces", "the expulsion of Russian peacekeepers"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:"
        + _EXPEL
        + r"|(?:expulsion|ouster)\s+of)\s+(?:all\s+)?(?:the\s+)?(?:remaining\s+)?{O}\s+(?:[\w-]+\s+){0,2}?"
        + _FORCE
        + r"\b",
        confidence=0.85,
        cues=("expel", "expul", "oust", "kick", "thr", "evict", "sen"),
    ),
    # "demanded the departure of the UN mission", "the demand of the authorities for the termination of the mission"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b"
        + _ASK_FOR
        + r"\s+(?:an?\s+|the\s+)?"
        + _MANNER
        + r"(?:"
        + _DEPARTURE
        + r"|withdrawal\s+from\s+[^.;]{1,60}?)\s+of\s+(?:all\s+)?(?:the\s+)?{O}",
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
        r"\b(?:demands?|calls?|requests?|appeals?|insistence)\s+(?:of|by|from)\s+(?:the\s+)?{S}\s+for\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,3}?" + _DEPARTURE + r"\s+of\s+(?:all\s+)?(?:the\s+)?{O}",
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
    # "demanded Russia's full withdrawal from Crimea"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b" + _ASK_FOR + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?{O}" + _POSS + r"\s+(?:[\w-]+\s+){0,2}?"
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
        r"{O}\s+(?:(?:mission|"
        + _FORCE
        + r")\s+)?(?:[\w-]+\s+){0,3}?(?:withdr[ae]w\w*|left|leaving|leaves|pull(?:ed|ing|s)?\s+out|"
        r"depart\w*|exit(?:ed|ing|s)?)\b[^.;]{0,80}?\bat\s+(?P<of>the\s+(?:request|demand|behest|insistence)\s+of\s+(?:the\s+)?"
        r"(?:[^.;⟦]{0,30}?\s)?)?{S}(?(of)|" + _POSS + r"\s+(?:request|demand|behest|insistence))",
        confidence=0.85,
        cues=("request", "demand", "behest", "insistence"),
    ),
    # "Pyongyang's military deployment in Russia must end", "called for an end to Russia's military presence"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:call(?:s|ed|ing)?\s+for|said|says|stated|states|insisted|insists|declared|demanded|demands|added)\s+"
        r"(?:[^.;]{0,80}?\s)?(?:that\s+)?(?:the\s+)?{O}"
        + _POSS
        + r"\s+(?:[\w-]+\s+){0,2}?(?:deployment|presence|occupation|mission)\b"
        r"[^.;]{0,60}?\b(?:must|should|has\s+to|have\s+to|to)\s+end\b",
        confidence=0.8,
        cues=("end",),
    ),
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|"
        r"request(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+|complete\s+)?end(?:ing)?\s+(?:to|of)\s+"
        r"(?:the\s+)?{O}" + _POSS + r"\s+(?:[\w-]+\s+){0,2}?(?:deployment|presence|occupation|mission)\b",
        confidence=0.85,
        cues=("end",),
    ),
    # a deed: "ended the defence pact that allowed French troops to be based there"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling)?|scrap(?:s|ped|ping)?|"
        r"tore\s+up|tear(?:s|ing)?\s+up|denounc(?:e|es|ed|ing)|renounc(?:e|es|ed|ing))\s+(?:its\s+|the\s+|their\s+|an?\s+)?"
        r"(?:{E}|(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|arrangements?))\s+"
        r"(?:that\s+(?:had\s+)?(?:allowed|permitted|let)|allowing|permitting|under\s+which|which\s+(?:had\s+)?(?:allowed|permitted|let))\s+"
        r"(?:the\s+)?{O}\s+(?:[\w-]+\s+){0,2}?" + _FORCE + r"\b",
        confidence=0.8,
        cues=("allow", "permit", "under which", "let"),
    ),
    # "said French troops would have to leave": an obligation in words reported
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b" + _SAY + r"\s+(?:that\s+)?(?:all\s+)?(?:the\s+)?{O}" + _LED + r"\s+(?:(?:mission|" + _FORCE + r")\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:must|should|has\s+to|have\s+to|had\s+to|would\s+have\s+to|will\s+have\s+to|needs?\s+to)\s+"
        r"(?:immediately\s+|now\s+|all\s+)?" + _LEAVE,
        confidence=0.85,
        cues=_LEAVE_CUES,
    ),
    # "ended its defence agreements with France"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling)?|scrap(?:s|ped|ping)?|"
        r"tore\s+up|tear(?:s|ing)?\s+up|denounc(?:e|es|ed|ing)|renounc(?:e|es|ed|ing))\s+(?:its\s+|the\s+|their\s+|all\s+)?"
        r"(?:{E}|(?:[\w-]+\s+){0,2}?(?:military|defen[cs]e|security)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|cooperation|partnership))\s+with\s+(?:the\s+)?{O}",
        requires=r"\b(?:military|defen[cs]e|security)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|cooperation|partnership)",
        confidence=0.8,
        cues=("military", "defence", "defense", "security"),
    ),
    # REFUSED_WITHDRAWAL: "rejected the calls to leave", "is not leaving", "stayed despite the demands"
    Trigger(
        WITHDRAWAL_REFUSAL,
        r"{S}\s+(?:has\s+|have\s+|had\s+)?(?:(?:so\s+far|repeatedly|flatly|firmly)\s+)?(?:refused|refuses|declined|declines|rejected|rejects|"
        r"dismissed|dismisses|ignored|ignores|rebuffed|rebuffs|defied|defies)\s+(?:\w+\s+){0,3}?"
        r"(?=(?:calls?|demands?|requests?|appeals?|ultimatums?|orders?|pressure)\s+(?:to|for|that)\b)",
        confidence=0.8,
        cues=("refus", "declin", "reject", "dismiss", "ignor", "rebuff", "defie", "defy"),
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
)


TRIGGERS: tuple[Trigger, ...] = (
    # OCCUPIES
    # not "occupied" as an adjective, which names no occupier ("the occupied territories", "occupied areas of"),
    # unless as a compound that does ("Russian-occupied areas of")
    Trigger(
        OCCUPATION,
        r"\b(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bfrom\s)"
        r"occup(?:y|ies|ied|ying)\b(?!\s+(?:by|with))"
        r"(?:(?<=-occupied)|(?!\s+(?:areas|territories|regions|lands|zones|districts|provinces|oblasts)\s+(?:of|in)\b))",
        cues=("occup",),
    ),
    Trigger(
        OCCUPATION, r"\b(?:is|are|was|were|been|being|remains?)\s+(?:\w+\s+)?occupied\s+by\s+{S}", cues=("occupied",)
    ),
    Trigger(OCCUPATION, r"{S}" + _OWNER + r"(?:\w+\s+)?occupation\s+of\b", cues=("occupation",)),
    Trigger(OCCUPATION, r"\b(?:seized|took|taken|captured)\s+control\s+of\b", cues=("control",)),
    # DEPLOYED_IN
    Trigger(
        DEPLOYMENT,
        r"\b(?:deploy(?:s|ed|ing)?|station(?:s|ed|ing)?)\s+"
        + _QTY
        + r"(?:[\w-]+\s+){0,2}?"
        + _DEPLOYABLE
        + r"\s+(?:to|in|into|inside|on)\b",
        cues=("deploy", "station"),
    ),
    Trigger(
        DEPLOYMENT,
        r"\b(?:sends?|sent|sending|keeps?|kept|keeping|maintain(?:s|ed|ing)?|"
        r"has|have|had)\s+"
        + _QTY
        + r"(?:[\w-]+\s+){0,2}?"
        + _FORCE
        + r"\s+(?:to|in|into|inside|on|at\s+(?:its|their|a|the|⟦\d+⟧)\s+(?:[\w-]+\s+){0,3}?bases?\s+in)\b",
        cues=("send", "sent", "keep", "kept", "maintain", "has", "have", "had"),
    ),
    Trigger(
        DEPLOYMENT,
        r"{S}\s+(?:\w+\s+)?" + _FORCE + r"\s+(?:also\s+)?(?:guard|patrol)(?:s|ed|led|ling)?\b",
        cues=("guard", "patrol"),
    ),
    Trigger(
        DEPLOYMENT,
        r"{O}\s+(?:has\s+|had\s+)?(?:long\s+)?(?:allow(?:s|ed)?|let|lets|permit(?:s|ted)?|invit(?:es|ed))\s+{S}\s+to\s+"
        r"(?:station|deploy|base|keep)\s+"
        + _QTY
        + r"(?:[\w-]+\s+){0,2}?"
        + _DEPLOYABLE
        + r"(?:\s+and\s+(?:[\w-]+\s+){0,3}?"
        + _DEPLOYABLE
        + r")?\s+(?:on|in)\s+(?:its|their)\s+(?:own\s+)?(?:territory|soil)",
        cues=("allow", "let", "permit", "invit"),
    ),
    Trigger(
        DEPLOYMENT,
        r"{S}"
        + _POSS
        + r"\s+(?:\w+\s+)?"
        + _QTY
        + _FORCE
        + r"\s+(?:(?:are|were|is|remain|remained|have\s+been|has\s+been)\s+)?(?:(?:now|still|currently|also)\s+)?"
        r"(?:(?:stationed|based|deployed)\s+(?:in|inside|on|to)|(?:present\s+)?(?:in|inside))\b",
        cues=(
            "troop",
            "force",
            "soldier",
            "servicem",
            "service member",
            "unit",
            "peacekeep",
            "contingent",
            "personnel",
            "base",
            "military",
        ),
    ),
    # a relative clause on the forces: "the jets it had stationed in X", "the troops Russia keeps in X"
    Trigger(
        DEPLOYMENT,
        _DEPLOYABLE
        + r"\s+(?:that\s+|which\s+)?"
        + _SAID_BEFORE
        + r"(?:the\s+)?{S}"
        + _RELATIVE_VERB
        + r"(?:deployed|stationed|based|keeps?|kept|"
        r"maintains?|maintained|has|had|have)\s+(?:there\s+)?(?:in|into|inside|on|at)\b",
        cues=("deployed", "stationed", "based", "keep", "kept", "maintain", "has", "had", "have"),
    ),
    Trigger(
        DEPLOYMENT,
        _FORCE
        + r"\s+(?:that\s+|which\s+)?"
        + _SAID_BEFORE
        + r"(?:the\s+)?{S}"
        + _RELATIVE_VERB
        + r"(?:sent|sends?)\s+(?:in|to|into)\b",
        cues=("sent", "send"),
    ),
    Trigger(
        DEPLOYMENT,
        r"\b(?:deployment|presence)\s+of\s+{S}\s+" + _FORCE + r"\s+(?:in|to|on)\b",
        cues=("deployment", "presence"),
    ),
    # ANNEXED
    Trigger(ANNEXATION, r"\bannex(?:es|ed|ing)?\b(?!\s+by)", cues=("annex",)),
    Trigger(ANNEXATION, r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?annexed\s+by\s+{S}", cues=("annexed",)),
    Trigger(ANNEXATION, r"{S}" + _OWNER + r"(?:[\w\"“”-]+\s+){0,3}?annexation\s+of\b", cues=("annexation",)),
    # INVADED
    Trigger(INVASION, r"\binvad(?:e|es|ed|ing)\b(?!\s+by)", cues=("invad",)),
    Trigger(INVASION, r"\b(?:was|were|been)\s+invaded\s+by\s+{S}", cues=("invaded",)),
    Trigger(
        INVASION,
        r"\blaunch(?:ed|es|ing)?\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:full-scale\s+|large-scale\s+)?"
        r"(?:military\s+)?(?:invasion\s+of|war\s+(?:on|against)|offensive\s+(?:on|against|into)|attack\s+on)",
        cues=("launch",),
    ),
    Trigger(
        INVASION,
        r"\b(?:war|invasion|offensive)\s+(?:that\s+)?{S}\s+launched\s+(?:against|on|in)\b",
        cues=("launched",),
    ),
    Trigger(INVASION, r"{S}" + _OWNER + r"(?:[\w-]+\s+){0,2}?invasion\s+of\b", cues=("invasion",)),
    # "the invasion of Ukraine, which Russia launched in 2022"
    Trigger(
        INVASION,
        r"\binvasion\s+of\s+{O},?\s+which\s+{S}\s+(?:\w+\s+)?(?:launched|began|started|ordered)\b",
        cues=("invasion",),
    ),
    # RECOGNIZED
    Trigger(
        RECOGNITION,
        r"\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:independence|sovereignty)\s+of\b",
        cues=("recogni",),
    ),
    Trigger(
        RECOGNITION,
        r"\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:self-proclaimed\s+)?(?={E}(?:\s*(?:,|and)\s*{E})*\s+as\s+(?:an?\s+)?(?:independent|sovereign))",
        cues=("recogni",),
    ),
    # "is recognised as independent by a few states, including X and Y": the agents come from the parse
    Trigger(
        RECOGNITION,
        r"\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?recogni[sz]ed\s+as\s+(?:an?\s+)?(?:independent|sovereign)"
        r"(?:\s+(?:states?|countr(?:y|ies)|nations?|republics?))?\s+by\b",
        cues=("recognised", "recognized"),
    ),
    # "recognised Abkhazia and South Ossetia": a place recognised outright, not as a part of another, nor its
    # sovereignty or claims ("Ukraine's sovereignty", "Crimea as Russian")
    Trigger(
        RECOGNITION,
        r"(?<!internationally\s)\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:self-proclaimed\s+|breakaway\s+|separatist\s+)?"
        r"(?={E}(?:\s*(?:,|and)\s*{E})*(?![’']s)(?!\s+as\s+(?!(?:an?\s+)?(?:independent|sovereign))))",
        cues=("recogni",),
    ),
    # CONDEMNED
    Trigger(CONDEMNATION, r"\bcondemn(?:s|ed|ing)?\b(?!\s+by)", cues=("condemn",)),
    Trigger(CONDEMNATION, r"\b(?:was|were|been|is)\s+condemned\s+by\s+{S}", cues=("condemned",)),
    # REQUESTED_WITHDRAWAL
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for|upon)|insist(?:s|ed|ing)?|"
        r"demand(?:s|ed|ing)?|told|tell(?:s|ing)?|press(?:es|ed|ing)?|request(?:s|ed|ing)?)\s+(?:that\s+)?{O}\s+"
        r"(?:" + _FORCE + r"\s+)?(?:to\s+|should\s+|must\s+)?(?:immediately\s+|fully\s+)?"
        r"(?:withdraw|remove|pull\s+(?:[\w’']+\s+){0,4}?(?=(?:out|back)\b)|leave|evacuate|"
        r"end\s+(?:its|their|the|⟦\d+⟧)\s+(?:military\s+)?(?:occupation|presence))",
        confidence=0.9,
        cues=("withdraw", "remov", "pull", "leave", "evacuat", "occupation", "presence"),
    ),
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|"
        r"request(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:the\s+|an?\s+)?"
        + _MANNER
        + r"(?:withdrawal|pull-?out|removal)\s+of\s+(?:all\s+)?(?:the\s+)?{O}",
        confidence=0.9,
        cues=("withdrawal", "pullout", "pull-out", "removal"),
    ),
    # a deadline: "gave X until the end of May to pull its troops out", "gave X 30 days to leave"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:gave|give|gives|giving|set)\s+{O}\s+(?:"
        + _FORCE
        + r"\s+)?(?:until|till|a\s+deadline|(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|hours?|years?))\b"
        r"[^.;]{0,60}?\bto\s+(?:withdraw|remove|pull\s+(?:[\w’']+\s+){0,4}?(?:out|back)\b|leave)",
        confidence=0.9,
        cues=("withdraw", "remov", "pull", "leave"),
    ),
    # REFUSED_WITHDRAWAL (the asker comes from the request it answers)
    Trigger(
        WITHDRAWAL_REFUSAL,
        r"{S}\s+(?:has\s+|have\s+)?(?:(?:refused|refuses|declined|rejected|rejects)"
        r"(?:\s+to\s+(?:withdraw|remove|pull\s+out|leave))?(?=\s*(?:[,.;]|$|the\s+request|to\s+(?:withdraw|remove|pull|leave)))|"
        r"(?:ignored|ignores|rebuffed|rebuffs)\s+(?:\w+\s+){0,2}?(?:calls|demands|requests|appeals)\b)",
        confidence=0.8,
        cues=("refus", "declin", "reject", "ignor", "rebuff"),
    ),
    # THREATENED
    Trigger(
        THREAT,
        r"\b(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\b",
        requires=r"\b(?:targets?|retaliat\w*|strik\w+|attack\w*|destroy\w*|bomb\w*|consequences|"
        r"respon(?:se|d)|hit|intervention|threat|(?:counter-?)?measures|countermeasures|reprisals?|punish\w*|"
        r"pay\s+(?:a\s+)?(?:heavy\s+|high\s+)?price)\b",
        cues=("warn", "threaten"),
    ),
    # PARTY_TO
    Trigger(
        PARTY,
        r"\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|conclud(?:e|es|ed|ing)|"
        r"enter(?:ed|s)?\s+into|join(?:s|ed)?|accede[ds]?\s+to)\b",
        cues=("sign", "ratif", "conclud", "enter", "join", "acced"),
    ),
    # VIOLATED
    Trigger(
        VIOLATION,
        r"\b(?:violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|broke|breaks|broken)\b(?!\s+(?:off|away|up)\b)",
        cues=("violat", "breach", "broke"),
    ),
    # SUPPLIES_WEAPONS_TO
    Trigger(
        WEAPONS_SUPPLY,
        _GIVE + r"{O}\s+with\s+(?:[\w-]+\s+){0,3}?" + _WEAPONS,
        cues=_WEAPON_CUES,
    ),
    Trigger(
        WEAPONS_SUPPLY,
        _GIVE + r"(?:[\w-]+\s+){0,3}?" + _WEAPONS + r"\s+(?:[\w-]+\s+){0,3}?to\s+{O}",
        cues=_WEAPON_CUES,
    ),
    Trigger(WEAPONS_SUPPLY, r"\barm(?:s|ed|ing)\s+{O}", cues=("arm",)),
    Trigger(
        WEAPONS_SUPPLY,
        _WEAPONS + r"\s+(?:\w+\s+){0,3}?(?:was|were|have\s+been|has\s+been|had\s+been)\s+"
        r"(?:supplied|provided|sent|delivered|given|shipped|transferred)\s+to\s+{O}\s+(?:[\w,]+\s+){0,3}?by\s+{S}",
        cues=("supplied", "provided", "sent", "delivered", "given", "shipped", "transferred"),
    ),
    # SUPPORTS
    Trigger(
        SUPPORT,
        r"\b(?<!-)(?:prop(?:s|ped|ping)?\s+up|back(?:s|ed|ing)|bankroll(?:s|ed|ing)?|sponsor(?:s|ed|ing)?)\b(?!\s+by)",
        cues=("prop", "back", "bankroll", "sponsor"),
    ),
    # "the Iran-backed Houthis": the backer before the hyphen, the backed the very next name ("Kremlin-sponsored
    # votes" backs no one named).
    Trigger(
        SUPPORT,
        r"{S}-(?:backed|sponsored|supported|funded|armed)\s+(?:the\s+)?{O}",
        cues=("backed", "sponsored", "supported", "funded", "armed"),
    ),
    # MADE_CLAIM
    Trigger(
        CLAIM,
        r"{S}\s+(?:has\s+|had\s+)?(?:falsely\s+|wrongly\s+|repeatedly\s+)?claim(?:ed|s)\s+that\b",
        cues=("claim",),
    ),
    # DEMANDED
    Trigger(DEMAND, r"\bdemand(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?that\s+{O}", cues=("demand",)),
    Trigger(
        DEMAND,
        r"{S}" + _POSS + r"\s+(?:\w+\s+){0,5}?demands?\s*(?::|that|for)\s+(?:\w+\s+){0,2}?{O}",
        cues=("demand",),
    ),
    Trigger(
        DEMAND,
        r"{O}\s+(?:rejects|rejected|refuses|refused|resists|resisted)\s+{S}\s+(?:calls|demands)\s+to\b",
        cues=("calls", "demands"),
    ),
    *SPEECH_ACT_TRIGGERS,
)

# ---- Stances: recognition, parties, support, condemnation and threats -------------------------------------------
# More ways of saying them, each a family of phrasings.
_BACKED = r"(?:supported|backed|funded|financed|bankrolled|sponsored|armed|propped\s+up)"

STANCE_TRIGGERS: tuple[Trigger, ...] = (
    # SUPPORTS, turned around: "the Houthis, backed by Iran,", "is supported by the UAE and Saudi Arabia"
    Trigger(
        SUPPORT,
        r"\b(?:is|are|was|were|been|being|remains?|,)\s+(?:\w+\s+){0,2}?" + _BACKED + r"\s+by\s+(?:the\s+)?{S}",
        cues=("supported", "backed", "funded", "financed", "bankrolled", "sponsored", "armed", "propped"),
    ),
)
TRIGGERS += STANCE_TRIGGERS
# The frame of each predicate that a trigger says.
FRAME_OF: dict[str, Frame] = {t.predicate: t.frame for t in TRIGGERS}
