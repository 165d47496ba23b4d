"""Relation patterns, declared as data: the frames, the Trigger record and the regex fragments that the
trigger lists of loaders/triggers/ are built from.

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
POSS = r"(?:’s|'s|’|')?"
# The words of military exercises ("held drills", "joint manoeuvres").
EXERCISES = r"(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)"
EXERCISE_CUES = ("exercise", "drill", "manoeuvre", "maneuver", "war games")
# The agent of a nominal act: a possessor, before the act's modifiers ("Russia's illegal 2014 annexation of"),
# or a demonym right before it ("the Russian invasion of"); not the subject of another verb ("X condemned the
# invasion of").
OWNER = (
    r"(?:(?:’s|'s|’|')\s+|\s+(?=(?:(?:full-scale|large-scale|illegal|unprovoked|brutal|ongoing|military|attempted|"
    r"\d{4})\s+){0,2}(?:occupation|annexation|invasion)\b))"
)
_ABOUT = (
    r"(?:(?:a\s+total\s+of|an\s+estimated|about|some|around|approximately|nearly|almost|roughly|more\s+than|up\s+to|"
    r"over|at\s+least)\s+)?"
)
_HOW_MANY = r"(?:[\d,.]+\s+(?:thousand\s+)?|(?:thousands|hundreds|dozens)\s+of\s+)"
# A number of forces, if any ("some 1,500", "thousands of"); COUNT when the number must be said.
QTY = _ABOUT + _HOW_MANY + "?"
COUNT = _ABOUT + _HOW_MANY
# Who leaves, after a withdrawal or departure: "of the French troops", "of all the", "of the remaining 1,500".
OF_LEAVERS = r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:(?:last|remaining)\s+)?" + QTY
# How a place whose status is disputed is called before its name: "the so-called", "the self-proclaimed", "the
# breakaway region of", "the separatist republics of".
SELF_STYLED = (
    r"(?:(?:so-called|self-proclaimed|self-declared|self-styled|breakaway|separatist|unrecogni[sz]ed|rebel-held|"
    r"pro-\w+)\s+){0,2}(?:(?:[\w’'-]+\s+|⟦\d+⟧\s+)?(?:region|republic|state|territory|enclave|province|entit(?:y|ies))s?"
    r"\s+of\s+(?:the\s+)?)?"
)
# A force named by the word "force" and its kind ("a peacekeeping force"); not an air or naval force, which acts over
# a place rather than stands in it, nor "force of/to/against" (strength, not a body of troops).
OWNED_FORCE = (
    r"(?:(?:military|expeditionary|peacekeeping|task|intervention|stabili[sz]ation|rapid[\s-]reaction)\s+)?"
    r"(?<!\bair\s)(?<!\bnaval\s)force(?!\s+(?:of|to|against|on|for)\b)"
)
FORCE = (
    r"(?:troops|forces|soldiers|servicemen|service\s+members|units|peacekeepers|contingents?|marines|paratroopers|"
    r"military\s+(?:personnel|units|bases?|forces|presence|footprint|instructors|advis[eo]rs|trainers)|personnel|bases?|"
    r"brigades?|battalions?|battle\s*groups?|divisions?|regiments?|garrisons?|armed\s+forces|army|"
    r"police(?:\s+(?:officers|officials|personnel|units|forces|contingents?))?|(?:police\s+)?officers|gendarmes|"
    r"(?:military\s+)?(?:instructors|trainers)|"
    # a force named right after its owner ("Russia's force in", "the French force in"), not "used force in"
    r"(?:(?<=⟧\s)|(?<=⟧'s\s)|(?<=⟧’s\s))" + OWNED_FORCE + r")"
    r"(?:\s+of\s+"
    + QTY
    + r"(?:[\w-]+\s+){0,2}?(?:troops|soldiers|servicemen|personnel))?"  # "a brigade of 5,000 troops"
)
# Forces, or the mission they serve in ("the UN mission", "French troops"): what is asked to leave.
MISSION_OR_FORCE = r"(?:mission|" + FORCE + r")"
# The stems that a sentence naming forces holds.
FORCE_CUES = (
    "troop", "force", "soldier", "servicem", "service member", "unit", "peacekeep", "contingent", "personnel", "base",
    "military", "brigade", "battalion", "battle", "marines", "paratroop", "division", "regiment",
    "garrison", "army", "police", "officer", "gendarme", "instructor", "trainer",
)  # fmt: skip
# The gazetteer's kinds of body that are forces in themselves: where one is, forces are.
ARMED_BODIES = frozenset({"armed force", "peacekeeping mission", "training mission", "security mission"})
# What forces do where they are ("stationed in", "fighting in", "arrived in"), after the forces.
WHERE_FORCES_ARE = (
    r"(?:(?:stationed|based|deployed|positioned|garrisoned|engaged|operating|active|fighting|serving)\s+"
    r"(?:in|inside|on|to|across|throughout|"
    # along a line in the place ("deployed along the border in X"); not "along the border with X" (their own side)
    r"along\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|boundary|coast|front\s+line|frontline|contact\s+line|"
    r"line\s+of\s+(?:contact|control)|ceasefire\s+line|demarcation\s+line)\s+in)|"
    # at a site in the place ("based at a camp in X", "stationed at Tapa in X"); not "at the request of X"
    r"(?:stationed|based|deployed|positioned|garrisoned)\s+at\s+"
    r"(?:(?!(?:of|from|near|with|and|or|to|by|for)\b)[\w-]+\s+){1,3}?in(?=\s)|"
    r"(?:present\s+)?(?:in|inside|across|throughout|on\s+the\s+territory\s+of|on\s+the\s+ground\s+in))"
)
# A place named right after a preposition, with at most an article and one word before it ("in southern X"), not
# a phrase that goes on ("presence in the wake of X's invasion").
PLACE_NEXT = (
    r"(?=\s+(?:the\s+)?(?:(?:rest|parts?|much|most|north|south|east|west|areas?|regions?)\s+of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+)?⟦)"
)
# Forces that came to a place ("have arrived in", "were sent to", "landed at", "entered"), or acted there ("fought in").
ARRIVED = (
    r"(?:(?:have|has|had)\s+)?(?:(?:already|now|also|just|finally|[a-z]+ly)\s+)?(?:arrived|arrives?|landed|lands?|returned)\s+"
    r"(?:[\w-]+ly\s+)?(?:in|at|to)|"
    r"(?:entered|(?:moved|crossed|rolled)\s+into|(?:fought|fight|operated|operate|served|serve)\s+(?:in|inside))|"
    # acting from sites there: "operate from bases in X", "operated out of an airfield in X"
    r"operat(?:e|es|ed|ing)\s+(?:from|out\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bases?|camps?|airfields?|air\s+bases?|outposts?)\s+in|"
    # holding ground there: "hold positions on the X plateau", "took up positions in"
    r"(?:(?:have|has|had)\s+)?(?:(?:now|still|already)\s+)?(?:hold|holds|held|occupy|occupies|occupied|took\s+up|"
    r"take\s+up)\s+(?:[\w-]+\s+)?positions?\s+(?:in|on|inside|at)|"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:already|also|recently)\s+)?"
    r"(?:sent|dispatched|flown|airlifted|redeployed|transferred)\s+(?:to|into|in)|"
    # casualties say where the forces were: "were killed in", "have been wounded in"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:killed|wounded|injured)\s+(?:in|inside)"
)
# Adverbs between forces and where they are ("are still stationed in", "already in").
STILL = r"(?:(?:now|still|currently|also|already|permanently|officially|reportedly|already\s+been)\s+)?"
# Forces said to stay where they are ("will remain in", "would stay on"): they are there now.
STAY_ON = r"(?:will|would|shall|to)\s+(?:continue\s+to\s+)?(?:remain|stay)\s+"
# What forces are said to be, after them: "are stationed in", "will remain in", "have arrived in".
ARE_THERE = (
    r"\s+(?:(?:are|were|is|was|remain|remains|remained|have\s+been|has\s+been|had\s+been|"
    + STAY_ON
    + r")\s*"
    + STILL
    + WHERE_FORCES_ARE
    + r"|"
    + ARRIVED
    + r")\b"
)
# A unit's number and kind between its owner and the force word ("the US 82nd Airborne Division").
UNIT_WORDS = r"(?:\d+(?:st|nd|rd|th)\s+)?(?:[\w-]+\s+)?"
# The words between a relative clause's subject and its verb ("the troops it has long kept in", "X, which Y still
# does not recognise", "which Y would never", "which Y refuses to", "which Y plans to"): auxiliaries, adverbs, and
# the verbs that refuse, plan or threaten it, which qualifiers.assertion reads in the match; not a verb of saying
# or wishing ("says it annexed", "hopes to seize"), which makes the clause no act of the subject's.
_RELATIVE_ADVERB = r"(?:long|still|now|since|also|not|never|no\s+longer|[\w-]+ly)"
RELATIVE_VERB = (
    r"\s+(?:" + _RELATIVE_ADVERB + r"\s+)?"
    r"(?:(?:has|had|have|does|did|do|will|would|could|can|may|might|should|must)(?:n[’']t)?\s+|cannot\s+|"
    r"(?:ca|wo)n[’']t\s+)?(?:" + _RELATIVE_ADVERB + r"\s+){0,2}"
    r"(?:(?:refuses|refused|declines|declined|plans|planned|intends|intended|aims|seeks|prepares|"
    r"threatens|threatened)\s+to\s+(?:" + _RELATIVE_ADVERB + r"\s+)?)?"
)
# A relative clause after its antecedent, the mention right before it ("{O}" in a pattern), which is its object, and
# whose subject is a mention inside it, or a government named by it ("X, which Y annexed", "X that the Y, Z and W
# recognise", "X, which the Y government asked to"); RELATIVE_VERB and the verb follow.
OBJECT_RELATIVE = (
    r",?\s+(?:which|that)\s+(?:only\s+)?(?:the\s+)?{S}(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?{E})*"
    r"(?:\s+(?:government|junta|authorities|leadership|administration|regime|parliament))?"
)
# A relative clause's antecedent, "{O}", but not the last of a list of three or more, to which the clause need not
# belong alone ("toured A, B and C, which Y recognised"); OBJECT_RELATIVE follows. (Fixed-width look-behinds: one
# per width of the mention token before "and".)
RELATIVE_ANTECEDENT = (
    "".join(rf"(?<!⟧,\s⟦{digits}⟧{comma}\sand\s)" for digits in (r"\d", r"\d\d") for comma in ("", ",")) + "{O}"
)
# After the verb of an OBJECT_RELATIVE: no object of its own ("X, which Y annexed parts of", "which Y recognised Z's").
RELATIVE_NO_OBJECT = (
    r"(?!\s+(?:(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:rest|parts?|much|most|some|all|half|areas?|regions?|"
    r"swaths?|swathes?|territory|territories|districts?|provinces?|oblasts?)\s+of|(?:the\s+)?⟦))"
)
# Who says so, between the forces and the relative clause's subject ("the forces it said X sent").
SAID_BEFORE = r"(?:(?:it|they|⟦\d+⟧)\s+(?:says|said|claims|claimed)\s+)?"
# What a state deploys or stations besides troops; not what it sends, which may be a supply.
DEPLOYABLE = (
    r"(?:" + FORCE + r"|(?:fighter\s+)?jets|aircraft|warplanes|bombers|warships|ships|missiles|air[\s-]defen[cs]e\w*|"
    r"(?:tactical\s+)?nuclear\s+weapons|batter(?:y|ies)|missile\s+systems)"
)
# How forces travel, between what is deployed and where ("by air", "aboard two transport planes", "by rail").
MEANS = (
    r"(?:\s+(?:by|aboard|on\s+board|via)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:air|sea|road|rail|land|planes?|aircraft|airplanes?|jets|flights?|ships?|vessels|trains?|trucks|lorries|"
    r"helicopters|convoys?))"
)
# Something else deployed with the forces ("and 40 armoured vehicles"), which the place follows.
ALSO_DEPLOYED = r"(?:,?\s+(?:and|as\s+well\s+as|along\s+with|with)\s+" + QTY + r"(?:[\w-]+\s+){0,4}?[\w-]+)"
# A sum of money before what it buys: "more than $60 billion in", "€2bn worth of", "500 million euros of".
AMOUNT = (
    r"(?:(?:more\s+than|over|nearly|almost|about|around|some|roughly|at\s+least|up\s+to)\s+)?(?:(?:us)?[$€£]\s?)?"
    r"\d[\d.,]*\s*(?:bn|m|billion|million|trillion)?\s+(?:(?:dollars|euros|pounds)\s+)?(?:in|of|worth\s+of)\s+"
)
WEAPONS = (
    r"(?:weapons|weaponry|arms|missiles|tanks|artillery|ammunition|ammo|munitions|air[\s-]defen[cs]e\w*|"
    r"military\s+aid|military\s+assistance|drones|fighter\s+jets|jets|howitzers|rockets|shells|launchers|"
    r"rocket\s+systems|armou?red\s+vehicles|combat\s+vehicles|rifles|mortars|bombs|grenades|warplanes|warheads|"
    r"interceptors|attack\s+helicopters)"
)
# What may follow a verb of leaving that names no place: when or how ("by May", "soon", "gradually", "this year").
WHEN_AFTER = (
    r"(?:[a-z]+ly|from|by|within|before|after|and|or|as|in|to|until|at|on|during|now|last|next|soon|later|early|once|"
    r"again|altogether|this\s+(?:year|month|week|spring|summer|autumn|fall|winter))"
)
# What a verb of removing takes when forces are to leave: forces or weapons ("withdraw its troops", "remove the
# missiles"), a pronoun, or nothing ("withdraw from X", "withdraw immediately"); not "withdraw its ambassador",
# "remove the mines", "withdraw its recognition", "withdraw its objections to the mission".
TAKES_FORCES = (
    r"(?=\s+(?:(?:⟦\d+⟧|(?:some|part|all|most|half|many|bulk|rest)\s+of|"
    r"(?!(?:of|to|from|against|for|on|about|over|with)\b)[\w,.’'-]+)\s+){0,5}?(?:"
    + DEPLOYABLE
    + r"|"
    + WEAPONS
    + r"|mission|fighters|mercenaries|advis[eo]rs|(?:border\s+)?guards|presence|them|it)\b|\s*(?:[.,;:)”\"]|$)|"
    r"\s+" + WHEN_AFTER + r"\b)"
)
WEAPON_CUES = (
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
    "launcher",
    "vehicle",
    "rifle",
    "mortar",
    "bomb",
    "grenade",
    "warplane",
    "warhead",
    "interceptor",
    "helicopter",
)
GIVE = (
    r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sen[dt]s?|sending|deliver(?:s|ed|ing)?|"
    r"giv(?:e|es|en|ing)|gave|ship(?:s|ped|ping)?|transfer(?:s|red|ring)?|sells?|selling|sold)\s+"
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
    # An official who does it does it for their state ("President X signed the pact"): the state is the subject.
    for_state: bool = False
    # A fact of it with a troop count says where the object's troops are: a fact of that frame.
    locates_troops: Frame | None = None
    # A body said to be in a place where it leads one known mission ("UN peacekeepers in Lebanon") is that mission.
    by_mission: bool = False
    # A state of affairs that holds until it ends (forces in a place, an occupation): words that end it ("until
    # 2019,", "the former", "left the region") negate it; they say nothing of an act done once.
    holds: bool = False
    # Done only to another state's land: a body of a state does not do it to its own ("Wagner fighters occupied a
    # headquarters in Rostov" is no occupation of Russia).
    foreign_place: bool = False


OCCUPATION = Frame("OCCUPIES", place_object=True, holds=True, foreign_place=True)
DEPLOYMENT = Frame("DEPLOYED_IN", place_object=True, by_mission=True, holds=True)
ANNEXATION = Frame("ANNEXED", place_object=True, foreign_place=True)  # implies OCCUPIES: see schema/ontology.yaml
INVASION = Frame("INVADED", place_object=True, foreign_place=True)
RECOGNITION = Frame("RECOGNIZED", place_object=True)
CONDEMNATION = Frame("CONDEMNED", speech_act=True, resolution_act=True)
WITHDRAWAL_REQUEST = Frame(
    "REQUESTED_WITHDRAWAL", speech_act=True, resolution_act=True, own_territory=True, locates_troops=DEPLOYMENT
)
WITHDRAWAL_REFUSAL = Frame("REFUSED_WITHDRAWAL", speech_act=True, refuses=WITHDRAWAL_REQUEST)
THREAT = Frame("THREATENED", speech_act=True, targets_forces=True)
PARTY = Frame("PARTY_TO", co_parties=True, for_state=True)
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
    # The match is a noun phrase ("Russian troops in", "the deployment of X troops in"): it holds whatever the verb
    # that governs it plans or supposes ("plans to withdraw the troops based in X"), unless the words right before it
    # or what the clause says of it after ("would be targets", "is unacceptable") say otherwise.
    nominal: bool = False
    # The gazetteer kinds its subject must be of ("armed force"), when the pattern names no forces of its own; such a
    # body is placed only outside its own country.
    subject_kinds: frozenset[str] = frozenset()
    # The entity types its subject must be of, where narrower than the predicate's ("State": a state that holds a
    # place occupies it; a group that holds its own land governs it).
    subject_types: tuple[str, ...] = ()
    # What the pattern says holds whatever the clause's negation or plans ("refused to withdraw its troops from X":
    # the troops are in X).
    presupposed: bool = False

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


# How a withdrawal is asked for ("the full and immediate withdrawal").
MANNER = (
    r"(?:(?:full|complete|immediate|unconditional|swift|speedy|total|orderly|accelerated|rapid|gradual|phased|prompt|"
    r"quick|timely|urgent|early|final|entire)\s+(?:and\s+)?)*"
)
