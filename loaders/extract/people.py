"""People introduced by a title: "Chad's foreign minister Ali Musa", "Foreign Minister of Chad Ali Musa",
"Ali Musa, the Chadian defence minister,", "Ali Musa, a spokesman for the Chadian Defence Ministry". Each is
attached to the state or body that the title names (a possessive, a demonym, "of X", "for X"), if any."""

from __future__ import annotations

import dataclasses
import re

from loaders.extract.counterparts import bare_state, counterpart_post
from loaders.extract.heads import find_heads
from loaders.extract.names import ALL_TITLES, NAME_GAP, name_ending, read_name
from loaders.extract.title_lists import find_plural_titled
from loaders.extract.titles import (
    FORMER,
    MODIFIER,
    SERVICE,
    STATE_SERVICE,
    Titled,
    alternation,
    body_before_title,
    body_named_after,
    polity,
    said_of,
    titled_person,
)
from loaders.gazetteer import GazEntity, Gazetteer, Mention, literal_automaton
from loaders.lexicon import (
    ABBREVIATED_TITLES,
    BODY_ORGANS,
    COUNTERPART,
    HEADLINE,
    STATE_TITLE,
    UNIT_WORDS,
)

_TITLE_AUTOMATON = literal_automaton((title, title) for title in ALL_TITLES)

# What may follow a title before the body it names: "of Chad", "for the Chadian Defence Ministry".
_OF = re.compile(r"\s+(?:of|for|at|to)\s+(?:the\s+)?")
# A counterpart's state after the title: "his counterpart from Chad" ("of" names the other, "in" a place).
_COUNTERPART_OF = re.compile(r"\s+from\s+(?:the\s+)?")
_POSTED_IN = re.compile(r"\s+in\s+")
# A body's own organ after its name: "the head of the African Union Commission, Ali Musa" heads the body's.
_ORGAN_OF_BODY = re.compile(r"\s+(?:" + "|".join(BODY_ORGANS) + r")\b")
_WORD = re.compile(r"[A-Z][\w’'-]*?(?=(?:[’']s)?\s)")

# "its leader": the title of a body named before, not of the person's own state.
_ITS = re.compile(r"\b(?:its|their|whose)\s+$", re.I)
_AND = re.compile(r",? and ")

_POSSESSED_AFTER = re.compile(r"[’']s\b")
# Taking an office, between a name and its title: ", who was sworn in as", ", elected".
_TAKING_OFFICE = r"(?:(?:re-?)?elected|appointed|named|sworn\s+in|inaugurated|installed)"
# The words between a name and the title after it: ", the ", ", a ", " (centre), ", " is the ", " remains ", ", who
# became ", ", who was sworn in as ", ", elected ".
_APPOSITION = re.compile(
    r"(?:\s*\([^()\n]{0,30}\))?(?:,\s+(?:who\s+(?:is|remains|(?P<became>became))\s+|"
    r"(?:who\s+(?:was|has\s+been|had\s+been)\s+)?(?P<taken>"
    + _TAKING_OFFICE
    + r")(?:\s+as)?\s+)?|\s+(?:is|remains)\s+)(?:(?:the|a|an)\s+)?$"
)
# The person's own verb after a title once taken, when the clause closes: it has ended ("..., who became X's
# president in 1987, died in 2019"), not a death in words reported ("..., said his father was killed").
_ENDED_SINCE = re.compile(
    r"[^,;.\n]*,\s+(?:(?:later|then|eventually|since)\s+)?(?:has\s+|had\s+)?(?:died|resigned|stepped\s+down|"
    r"left\s+office|lost\s+power|(?:was|has\s+been|had\s+been)\s+(?:[\w-]+ly\s+|later\s+)?(?:ousted|overthrown|"
    r"toppled|deposed|killed|assassinated|removed|succeeded|detained))\b",
    re.I,
)

# A state's own body, named by common nouns after it ("the Chadian police", "Chad's military junta").
_STATE_BODY = re.compile(
    r"(?:[’']s)?\s+(?:(?:military|armed|national|transitional|federal|interim)\s+)?"
    r"(?:police|army|military|navy|junta|government|armed\s+forces|air\s+force|coast\s+guard|parliament)\b"
)

_HEAD_NOUNS = re.compile(r"\b(?:Ministry|Forces|Force|Army|Command|Council|Government|Office|Embassy)\b")

# One unit in a chain of units, up to the "of" before the next: "press office of the ", "Joint Staff of ".
_CHAIN = re.compile(r"(?:(?:[A-Z][\w’'-]*|(?i:" + alternation(UNIT_WORDS) + r"))\s+){1,5}of\s+(?:the\s+)?")
_MAX_CHAIN = 4


def find_titled(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> tuple[list[Titled], list[Mention]]:
    """The titled people of ``text``, and the mentions with theirs added (a listed mention that a person's name
    holds gives way to it: "Defence Minister Israel Katz")."""
    lowered = text.lower()
    plurals = find_plural_titled(text, lowered, gazetteer, mentions)
    listed = {t.title_start for t in plurals}
    titled: list[Titled] = []
    spans = _titles(lowered)
    for title_start, title_end in spans:
        if title_start in listed:
            continue  # "ministers of defence X and Y": read as a list
        if HEADLINE.search(text[title_end : title_end + 60].split("\n", 1)[0]):
            continue  # a headline's capitalised words are not a name
        if FORMER.search(text, max(0, title_start - 40), title_start):
            continue  # a position held no more
        if _POSSESSED_AFTER.match(text, title_end):
            continue  # "the president's adviser": the title of the one served, not the person's
        counterpart = lowered[title_start:title_end] == COUNTERPART
        found = _after(text, title_start, title_end, gazetteer, mentions, counterpart) or _before(
            text, title_start, title_end, gazetteer, mentions, counterpart
        )
        if found is None:
            continue
        if (
            lowered[title_start:title_end] in ABBREVIATED_TITLES
            and titled
            and titled[-1].name_start == found.name_start
        ):
            continue  # "Chad's army chief, Gen. Ali Musa": the rank of one the title before names
        if found.body is None and titled and not counterpart and _AND.fullmatch(text, titled[-1].name_end, title_start):
            found = dataclasses.replace(found, body=titled[-1].body)  # "Chad's President X and Vice President Y"
        its = _ITS.search(text, max(0, title_start - 8), title_start)
        if its is not None:
            found = dataclasses.replace(found, own_state=False, pronoun=its.start())
        if counterpart:
            found = counterpart_post(text, spans, found, gazetteer)
            if found is None:
                continue
        titled.append(found)
    for t in plurals:
        shared = counterpart_post(text, spans, t, gazetteer) if t.title == COUNTERPART else t
        if shared is not None:
            titled.append(shared)
    titled += find_heads(text, gazetteer, mentions)
    out = list(mentions)
    for t in titled:
        inside = [m for m in out if m.start < t.name_end and t.name_start < m.end]
        if any(m.entity.type == "Person" or m.start < t.name_start or m.end > t.name_end for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(t.name_start, t.name_end, t.person, "created"))
    return titled, sorted(out, key=lambda m: m.start)


def _titles(lowered: str) -> list[tuple[int, int]]:
    """Where titles stand, the longest at each place, on word boundaries; a title right after another
    ("President President") joins it."""
    spans: list[tuple[int, int]] = []
    for last, title in _TITLE_AUTOMATON.iter(lowered):
        start, end = last - len(title) + 1, last + 1
        if (start and lowered[start - 1].isalnum()) or (end < len(lowered) and lowered[end].isalnum()):
            continue
        spans = [s for s in spans if not (start <= s[0] and s[1] <= end)]
        if any(s[0] <= start and end <= s[1] for s in spans):
            continue
        if spans and spans[-1][1] + 1 == start and lowered[spans[-1][1]] == " ":
            if lowered[start:end] in ABBREVIATED_TITLES:
                continue  # "army chief Gen. Ali Musa": a rank, read with the name
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _after(
    text: str,
    title_start: int,
    title_end: int,
    gazetteer: Gazetteer,
    mentions: list[Mention],
    counterpart: bool = False,
) -> Titled | None:
    """A name after its title: "Chad's foreign minister Ali Musa", "Foreign Minister of Chad, Ali Musa"."""
    body = body_before_title(text, title_start, gazetteer, mentions)
    pos = title_end
    of = (_COUNTERPART_OF if counterpart else _OF).match(text, pos)
    named = next((m for m in mentions if of and of.start() < m.start <= of.end()), None)
    if counterpart and of is not None and not bare_state(text, named):
        return None  # "his counterpart from Berlin", "from the Chadian army": no state's like post
    if named is not None and polity(named):
        if not of.group().lstrip().startswith(("to", "at")):  # an ambassador to X speaks for another state
            body = body or named.entity
        pos = named.end
        organ = _ORGAN_OF_BODY.match(text, pos) if named.entity.type == "Organization" else None
        service = STATE_SERVICE.match(text, pos) if named.entity.type == "State" else organ
        pos = service.end() if service else pos  # "the head of Chad's military government, General Ali Musa"
    elif of is not None and named is None:  # "for the Chadian Foreign Ministry Ali Musa": a demonym no list reads
        word = _WORD.match(text, of.end())
        service = STATE_SERVICE.match(text, word.end()) if word else None
        state = gazetteer.lookup(word.group(), "State") if service else None
        if state is not None and not of.group().lstrip().startswith(("to", "at")):
            body, pos = body or state, service.end()
    posted = _POSTED_IN.match(text, pos) if of is None else None
    place = next((m for m in mentions if m.start == posted.end()), None) if posted is not None else None
    if place is not None:
        pos = place.end  # "Chad's military attache in Paris, Ali Musa": where the post is, not whom it serves
    gap = NAME_GAP.match(text, pos)
    if gap is None:
        return None
    name = read_name(text, gap.end(), mentions)
    if name is None:
        return None
    if "," in gap.group() and " " not in text[name[0] : name[1]] and text[name[1] : name[1] + 1] != ",":
        return None  # "... to talk with the Chadian president, Musa said": a speaker, not the title's holder
    if body is None:  # "Foreign Minister Ali Musa of Chad"
        body = _body_after(text, name[1], gazetteer, mentions)
    return titled_person(text, gazetteer, name, title_start, title_end, body)


def _before(
    text: str,
    title_start: int,
    title_end: int,
    gazetteer: Gazetteer,
    mentions: list[Mention],
    counterpart: bool = False,
) -> Titled | None:
    """A name before its title: "Ali Musa, Chad's defence minister", "Ali Musa, a spokesman for the Chadian
    Defence Ministry"."""
    service = SERVICE.search(text, max(0, title_start - 30), title_start)
    left = service.start() if service else title_start  # "Ali Musa, Chad's army spokesman"
    modifier = MODIFIER.search(text, max(0, left - 40), left)
    left = modifier.start() if modifier else left
    body = body_before_title(text, title_start, gazetteer, mentions)
    apposition = _APPOSITION.search(text, max(0, left - 40), left)
    if apposition is None:
        return None
    name = name_ending(text, apposition.start(), mentions)
    if name is None:
        return None
    if "," not in apposition.group() and said_of(text, name[0], title_end):
        return None  # "if X is the minister", "Y says X is the minister": not the article's word
    if (apposition.group("taken") or apposition.group("became")) and _ENDED_SINCE.match(text, title_end):
        return None  # "X, who was sworn in as Chad's president in 1990, died in 2010": held once
    if body is None:
        body = _body_after(text, title_end, gazetteer, mentions, _COUNTERPART_OF if counterpart else _OF)
    return titled_person(text, gazetteer, name, title_start, title_end, body)


def placed_in(t: Titled, body: GazEntity, gazetteer: Gazetteer) -> Titled:
    """The titled person placed in ``body`` (a ministry's officials in its state), unless a listed person's
    country is another state."""
    if body.entity.properties.get("kind") == "ministry" and body.country:
        body = gazetteer.get(body.country) or body
    if t.person.country and body.id != t.person.country and (body.type == "State" or STATE_TITLE.search(t.title)):
        return t  # a listed person holds no other state's office, nor a state's office in a body
    return dataclasses.replace(t, body=body, own_state=True)


def _body_after(
    text: str, title_end: int, gazetteer: Gazetteer, mentions: list[Mention], of_words: re.Pattern[str] = _OF
) -> GazEntity | None:
    """The state or body after a title: "of Chad", "for the Chadian Defence Ministry"."""
    of = of_words.match(text, title_end)
    if of is None:
        return None
    named = next((m for m in mentions if m.start == of.end()), None)
    if named is not None and named.entity.type == "State":
        body = body_named_after(named, mentions)
        if body is not None:
            return body.entity  # "of US Africa Command"
        if _STATE_BODY.match(text, named.end) or STATE_SERVICE.match(text, named.end):
            return named.entity  # "of the Chadian police", "of Chad's military junta", "at the Chad Defence Forces"
    if named is not None and polity(named) and not named.actor_only:
        return _mission_named(text, named, gazetteer, mentions) or named.entity
    if named is None:
        owner = _chain_owner(text, of.end(), mentions)
        if owner is not None:
            return owner
    word = _WORD.match(text[of.end() : of.end() + 40])
    if word is not None and _STATE_BODY.match(text, of.end() + word.end()):
        state = gazetteer.lookup(word.group(), "State")
        if state is not None:
            return state
    phrase = re.match(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*", text[of.end() : of.end() + 80])
    if phrase is None or not _HEAD_NOUNS.search(phrase.group()):
        return named.entity if named is not None and named.entity.type == "State" else None
    first = phrase.group().split()[0]
    return gazetteer.lookup(first, "State")


# A body's mission named by where it is: "the UN peacekeeping mission in X", "the AU force in X".
_MISSION_IN = re.compile(
    r"\s+(?:(?:peacekeeping|political|stabili[sz]ation|assistance|training|support|multidimensional|integrated|"
    r"observer|monitoring|interim)\s+){0,2}(?:mission|force|operation)\s+in\s+(?:the\s+)?"
)


def _mission_named(text: str, body: Mention, gazetteer: Gazetteer, mentions: list[Mention]) -> GazEntity | None:
    """The one mission the body leads in the place named after it ("of the UN mission in South Sudan": UNMISS)."""
    where = _MISSION_IN.match(text, body.end)
    place = next((m for m in mentions if where and m.start == where.end()), None)
    return gazetteer.mission(body.entity.id, place.entity.id) if place is not None else None


def _chain_owner(text: str, pos: int, mentions: list[Mention]) -> GazEntity | None:
    """The state or body at the end of a chain of units, each "of" the next: "of the press office of the Joint
    Staff of the Defence Forces of Chad", "for the Foreign Ministry of Chad"."""
    for _ in range(_MAX_CHAIN):
        link = _CHAIN.match(text, pos)
        if link is None:
            return None
        pos = link.end()
        named = next((m for m in mentions if m.start == pos), None)
        if named is not None and polity(named) and not named.actor_only:
            return named.entity
    return None
