"""A person named with a title, and what the title names: the record, the state or body right before a title
("Chad's", "the Chadian"), the person made from a name, and the tests the readers of titles share (a post held no
more, a post only supposed or reported)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.records import slug
from loaders.gazetteer import GazEntity, Gazetteer, Mention
from loaders.lexicon import (
    ABBREVIATED_TITLES,
    NOT_FOR_STATE,
    ORG_HEADS,
    SPEECH_VERBS,
    STATE_ORGANS,
)
from loaders.patterns import POSITION
from schema import ONTOLOGY
from schema.records import Entity

# What a title can place a person in: a state, a body, or a territory ("the Abkhaz leader", "Okinawa's governor").
_POLITIES = ONTOLOGY.predicate(POSITION.predicate).object_types

# A body's acronym in brackets after its name: "the Sahel Brigade (SB)", "Kenya Defence Forces (KDF)".
_ACRONYM = r"(?:\s+\([A-Z][A-Za-z.&-]{1,9}\))?"


def alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# What may stand between a state or body and its title: a possessive, the body's acronym ("the Sahel Brigade (SB)
# commander").
_GAP = re.compile(_ACRONYM + r"(?:[’']s)? {1,2}")
# A state's own organ named by generic words after the state ("Kenya Defence Forces (KDF)", "the Chadian Foreign
# Ministry", "Chad's army"): its officials' titles are the state's. Not the first words of another body's name
# ("the Chadian Security Front").
STATE_SERVICE = re.compile(
    r"(?:[’']s)?(?:\s+(?:" + alternation(STATE_ORGANS) + r")(?![\w’'-]))++"
    r"(?!\s+(?-i:" + "|".join((*ORG_HEADS, "Party", "Union")) + r")\b)" + _ACRONYM,
    re.I,
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+$")

# A title's modifier: up to three capitalised words, maybe possessive, right before it ("Chad's", "Chadian").
MODIFIER = re.compile(r"(?P<phrase>(?:[A-Z][\w.’'-]* +){0,2}[A-Z][\w.’'-]*?)(?P<poss>[’']s)? +$")
# A service between the state and the title ("Chad's army chief", "the Chadian military spokesman").
# "Chad's junta leader", "the Chadian air force chief", "Chad's transitional president", "the ECOWAS Commission
# president", "Chad's foreign ministry spokesperson".
SERVICE = re.compile(
    r"\b(?:(?:army|military|navy|police|defen[cs]e|foreign|presidential|government|national|security|press|junta|"
    r"air\s+force|coast\s+guard|parliament|parliamentary|[Mm]inistry|[Cc]ommission|interim|transitional|acting|"
    r"caretaker|intelligence|(?:[Ss]tate\s+)?[Dd]epartment|[Ff]oreign\s+[Oo]ffice|joint|operations|division|logistics|"
    r"media|public\s+affairs|information|communications|senior|chief|top|regional|[Hh]eadquarters|task\s+force|"
    r"[Ee]mbassy(?:\s+in\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?|"
    # how the post is held now: "the elected president", "Chad's newly appointed foreign minister"
    r"(?:democratically[\s-]+|newly[\s-]+)?(?:re-?)?(?:elected|appointed)|incumbent|current|sitting|"
    r"long-?(?:serving|time)|veteran|embattled|powerful|outgoing|new|de\s+facto)\s+){1,4}$"
)
# "former", "ex-": before the title or its state ("the ex-Chadian president", "the late South Ossetia leader").
FORMER = re.compile(r"\b(?:former|ex-|late)\s*(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}$", re.I)

# Before a name: what is said of it is supposed, asked or reported ("if X is", "whether X is", "says X is"); after
# what is said of it: a speaker who reports it (", Y claims.").
_SUPPOSED_BEFORE = re.compile(r"\b(?:if|whether|unless|" + SPEECH_VERBS + r")\s+(?:that\s+)?$", re.I)
_REPORTED_AFTER = re.compile(r"[^.;\n]*?,\s+(?:[\w’'-]+\s+){1,5}?" + SPEECH_VERBS + r"\s*[.;]", re.I)

# The titles of a state's diplomats: posted to a body ("Chad's UN envoy"), they speak for their state.
_DIPLOMAT = re.compile(r"(?:deputy\s+|special\s+|permanent\s+)?(?:ambassador|envoy|representative)\b", re.I)
_DIPLOMAT_RANK = re.compile(r"\b(?:deputy|special|permanent)\s+$", re.I)

# Words before a title that say its holder does not hold the post for a state now ("the then president", "the
# exiled presidents", "rebel leaders"), within the title's own phrase.
_NOT_SERVING = re.compile(
    NOT_FOR_STATE.pattern + r"|\b(?:the|his|her|their|its)\s+then\b|\b(?:ousted|deposed|late)\b", re.I
)

_PHRASE_START = re.compile(r"[^.,;:!?\"“”\n]*$")


@dataclass(frozen=True)
class Titled:
    """A person named with a title, and the state or body the title names (None if it names none)."""

    person: GazEntity
    name_start: int
    name_end: int
    title_start: int
    title: str  # as written
    body: GazEntity | None
    own_state: bool = True  # whether, naming no body, the title may be of the person's listed country
    pronoun: int | None = None  # where a possessive pronoun before the title stands ("its spokesman"), if one does


def polity(mention: Mention) -> bool:
    """Whether a title can place a person in what the mention names; a city or base stands for its state, which
    its mayor or commander does not hold a post in."""
    return mention.entity.type in _POLITIES and mention.kind != "locality"


def said_of(text: str, name_start: int, end: int) -> bool:
    """Whether a statement that a person is something is only supposed, asked or reported: "if X is", "whether X
    is", "denied that X is", "Y says X is", or ", Y claims." after it."""
    return bool(_SUPPOSED_BEFORE.search(text, max(0, name_start - 40), name_start) or _REPORTED_AFTER.match(text, end))


# An aide's title before the title of the one served: "spokesman for the Chadian president X" is the spokesman.
_SERVES = re.compile(
    r"\b(?P<aide>spokes(?:man|woman|person)|press\s+secretary|advis[eo]r|aide|assistant)\s+(?:for|to|of)\s+"
    r"the\s+(?:[\w’'-]+\s+){0,2}$",
    re.I,
)


def titled_person(
    text: str,
    gazetteer: Gazetteer,
    name: tuple[int, int],
    title_start: int,
    title_end: int,
    body: GazEntity | None,
    role: str | None = None,
) -> Titled:
    words = text[name[0] : name[1]]
    listed = next((m.entity for m in gazetteer.find(words) if m.entity.type == "Person" and m.end == len(words)), None)
    person = listed or GazEntity(Entity(slug(words), "Person", re.sub(r"\s+", " ", words)))
    # "spokesman for the Chadian president X", not "a spokesman for President X" (the president is named)
    serving = (
        None if role or not text[title_start].islower() else _SERVES.search(text, max(0, title_start - 60), title_start)
    )
    title = role or (serving.group("aide") if serving else re.sub(r"\s+", " ", text[title_start:title_end]))
    title = re.sub(r"^(.+?)(?: \1)+$", r"\1", title, flags=re.I)  # "President President"
    title = ABBREVIATED_TITLES.get(title.lower(), title)  # "Gov." -> "governor"
    if body is not None and body.entity.properties.get("kind") == "ministry" and body.country:
        body = gazetteer.get(body.country) or body  # a ministry's officials speak for its state
    if listed is not None and body is not None and body.type == "State" and body.id != (listed.country or body.id):
        # "with the Chadian president, Ruto said": a listed person holds no other state's title
        return Titled(person, name[0], name[1], title_start, title, None, own_state=False)
    return Titled(person, name[0], name[1], title_start, title, body)


# A state joined to the word after it as a backer ("Chadian-backed", "Chad-installed"), right before a title.
_BACKED = re.compile(r"-(?:backed|installed|allied|supported|sponsored|appointed|aligned|funded|armed)\s+$", re.I)


def body_before_title(text: str, title_start: int, gazetteer: Gazetteer, mentions: list[Mention]) -> GazEntity | None:
    """The state or body named right before a title: "Chad's", "Chadian", "the Wagner Group", "Chad's army"."""
    if _BACKED.search(text, max(0, title_start - 30), title_start):
        return None  # "Chadian-backed President X": a backer, not the title's state
    right_before = next((m for m in mentions if _GAP.fullmatch(text, m.end, title_start)), None)
    if right_before is not None and right_before.entity.type == "Organization":
        # "Chad's UN envoy": a state's envoy to the body; "the Libyan National Army commander": the body's officer
        rank = _DIPLOMAT_RANK.search(text, max(0, right_before.start - 12), right_before.start)  # "deputy UN envoy"
        at = rank.start() if rank else right_before.start
        state = _DIPLOMAT.match(text, title_start) and body_before_title(text, at, gazetteer, mentions)
        return state if state and state.type == "State" else right_before.entity
    service = SERVICE.search(text, max(0, title_start - 30), title_start)
    title_start = service.start() if service else title_start
    for m in reversed(mentions):
        gap = text[m.end : title_start]
        own = m.entity.type == "State" and STATE_SERVICE.fullmatch(gap.rstrip(" "))
        if m.end <= title_start and polity(m) and (_GAP.fullmatch(gap) or own):
            # "the embassy in Chad spokesman": the place of a body, not the title's state
            # "pro-Chad President": a stance, not the title's state
            before = text[max(0, m.start - 6) : m.start]
            return None if _PLACE_BEFORE.search(before) or before.endswith("-") else m.entity
        if m.end < title_start - 40:
            break
    modifier = MODIFIER.search(text, max(0, title_start - 40), title_start)
    if modifier is None:
        return None
    words = modifier.group("phrase").split()
    for i in range(len(words)):  # the longest phrase that ends right before the title
        found = gazetteer.lookup(" ".join(words[i:]), "State")
        if found is not None:
            return found
    return None


def body_named_after(state: Mention, mentions: list[Mention]) -> Mention | None:
    """A body whose name opens with its state's, right after the state ("US Africa Command")."""
    body = next((m for m in mentions if m.entity.type == "Organization" and m.start == state.end + 1), None)
    return body if body is not None and not body.actor_only else None


def not_serving(text: str, start: int, end: int) -> bool:
    """Whether the title at ``start``-``end`` is held for no state now: a former, rebel, opposition or exiled one."""
    phrase = _PHRASE_START.search(text, max(0, start - 40), start)
    return bool(_NOT_SERVING.search(text[phrase.start() if phrase else start : end]))
