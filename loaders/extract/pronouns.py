"""Pronouns within an article: possessives ("its troops", "whose") and "it"/"they" opening a joined or
relative clause, each the actor that opens its clause or sentence.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Literal

from loaders.extract.clauses import SUBJECT_OPENING, clause_start, in_quote, names_troops
from loaders.extract.mentions import Mentions
from loaders.extract.people import placed_in
from loaders.extract.titles import STATE_SERVICE, Titled
from loaders.gazetteer import GazEntity, Gazetteer, Mention
from loaders.lexicon import (
    ANNEXATION_NEAR,
    ASKED_PRONOUN,
    CONJOINED_PRONOUN,
    COORDINATORS,
    OBJECT_PRONOUN,
    OBJECT_RIVAL_NOUN,
    OBJECT_RIVAL_PEOPLE,
    PLACE_BEFORE,
    PLACE_NAMED_BEFORE,
    POSSESSIVE_CLAUSE_OPENS,
    POSSESSIVE_PRONOUN,
    PREPOSITION_BEFORE,
    PRONOUN_BEFORE_VERB,
    REFUSING_PRONOUN,
    RELATIVE_PRONOUN,
    STATEHOOD_NEAR,
    THERE_PLACE,
    TIME_CLAUSE_BEFORE,
    VERB_SUBJECT_GAP,
    list_gap,
)

_COMMA_ONLY = re.compile(r"\s*,\s*")
_AS_OBJECT = {"its": "it", "their": "them"}  # a possessive before what is recognised stands as the object would
_OWNED_AFTER = re.compile(r"(?:’s|'s|’|')\s")
_AND_AFTER = re.compile(rf"\s*(?:,\s*|\s+)(?:{COORDINATORS})\s")
# The gap between names listed together ("Abkhazia and South Ossetia", "X, Y and Z").
_LISTED_GAP = re.compile(list_gap(COORDINATORS, article=True))
_NOT_PLACES = ("place-adjective", "demonym", "metonym")
_RIVAL_TYPES = ("Agreement", "Resolution", "Claim", "Article", "Evidence")
# A place named after a noun that governs it ("a resolution on Crimea", "officials from Abkhazia").
_GOVERNED = re.compile(
    rf"(?:{OBJECT_RIVAL_NOUN.pattern}|{OBJECT_RIVAL_PEOPLE})"
    r"\s+(?:\w+\s+)?(?:on|of|about|over|for|in|from|by)\s+(?:the\s+)?$"
)
# The asker right before the verb of asking ("Israel had requested it leave"), words between them.
_ASKER_GAP = re.compile(r"\s+(?:(?:has|have|had|also|then|later|now|again|once|\w+ly)\s+){0,2}")
# A named actor asked to leave: the verb before it, the leaving after it ("asked France to withdraw").
_ASK_BEFORE = re.compile(r"\b(?:ask|request|urg|order|press|instruct|told|tell)\w*\s+(?:the\s+)?$")
_FORCES_IN = re.compile(r"\s+(?:peacekeepers|troops|forces|soldiers|mission)\s+in\s+(?:the\s+)?")
_LEAVE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:to\s+)?(?:withdraw|leave|go|pull|quit|vacate|depart|evacuate|get\s+out|move)\b"
)


def possessives(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "its troops", "their soldiers" opening a clause ("NATO said its troops would stay", "Its forces remain
    in ..."), or anywhere with where they are ("its bases in") or a seizure ("its annexation of"): the one actor
    (a state or a body) that its sentence names before it, not as a place, as troops, as a possessor or inside a
    compound; failing one, opening the sentence, the subject that opens the sentence before. "whose" is the
    name just before it ("Russia, whose troops ..."). Two such actors, coordinated ones, a quote, or none leave
    it unlinked. A possessive after a verb with no place ("sent its troops to") is read with the verb's subject.
    """
    out: list[Mention] = []
    starts = found.sentence_starts
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    for m in POSSESSIVE_PRONOUN.finditer(found.lowered):
        start, end = m.span("word")
        owner = possessor(
            found, named, starts, start, placed=bool(m.group("placed")), peacekeepers="peacekeepers" in m.group()
        )
        if owner is not None:
            out.append(Mention(start, end, owner, "anaphor"))
    return out


def possessor(
    found: Mentions,
    named: list[Mention],
    starts: list[int],
    start: int,
    *,
    placed: bool = True,
    peacekeepers: bool = False,
    organs: bool = False,
) -> GazEntity | None:
    """The one actor that the possessive pronoun at ``start`` ("its", "their", "whose") stands for, as
    ``possessives`` reads it (``placed``: it may stand anywhere, not only opening a clause). ``organs`` (before a
    title): a state named as the owner of its own organ counts as the state ("Chad's army said its chief of staff
    ..."), and one named in a quote does not count."""
    sentence_at = bisect.bisect_right(starts, start) - 1
    sentence_start = starts[max(0, sentence_at)]
    before = found.lowered[sentence_start:start]
    if found.lowered.startswith("whose", start):  # "Russia, whose troops ...": the name just before
        owner = next((x for x in named if x.end <= start and _COMMA_ONLY.fullmatch(found.text, x.end, start)), None)
        return owner.entity if owner is not None and _actor(found, owner, organs) else None
    opens = SUBJECT_OPENING.match(before) or POSSESSIVE_CLAUSE_OPENS.search(before)
    if in_quote(before) or not (opens or placed):
        return None
    candidates = [x for x in named if sentence_start <= x.start and x.end <= start and _actor(found, x, organs)]
    if organs:  # a title's owner is not one a quote names ("'Chad will stay,' its spokesman said")
        candidates = [x for x in candidates if not in_quote(found.lowered[sentence_start : x.start])]
    if any(_AND_AFTER.match(found.text, x.end) for x in candidates):
        return None  # "Mali and Niger said their troops ...": the possessive stands for both
    actors = {x.entity.id: x.entity for x in candidates}
    if organs and any(
        x.entity.type == "State"
        and x.entity.id not in actors
        and all(a.type == "State" for a in actors.values())
        and _OWNED_AFTER.match(found.text, x.end)
        for x in named
        if any(c.end <= x.start for c in candidates) and x.end <= start
    ):
        return None  # "Chad expelled Sudan's envoy and its attache X": the pronoun may stand for either state
    missions = {k: v for k, v in actors.items() if "mission" in str(v.entity.properties.get("kind") or "")}
    if peacekeepers and len(missions) == 1:
        actors = missions  # "Mali expelled the mission; its peacekeepers left": a mission's peacekeepers
    if not actors and SUBJECT_OPENING.match(before) and sentence_at > 0:
        opening = _opening_subject(found, named, starts[sentence_at - 1], sentence_start)
        actors = {opening.entity.id: opening.entity} if opening is not None else {}
    return next(iter(actors.values())) if len(actors) == 1 else None


def owned_titles(found: Mentions, taken: list[Mention], gazetteer: Gazetteer) -> list[Titled]:
    """The titled people, those titled after a possessive pronoun ("Chad said its foreign minister X ...", ", its
    chief of staff X said") placed in the actor it stands for, as ``possessives`` reads it: anywhere in its clause
    (a title with its name is a phrase of its own), a state named as its organ's owner standing for itself."""
    owned = [t for t in found.titled if t.pronoun is not None and t.body is None]
    if not owned:
        return found.titled
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    starts = found.sentence_starts
    out: list[Titled] = []
    for t in found.titled:
        owner = (
            possessor(found, named, starts, t.pronoun, organs=True) if t in owned and t.pronoun is not None else None
        )
        out.append(placed_in(t, owner, gazetteer) if owner is not None else t)
    return out


def conjoined_pronouns(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "it" or "they" as the subject of a clause joined by "and" or "but" ("Russia invaded X in 2022, and it
    later annexed Y") or of a relative clause on troops ("withdrew the jets it had stationed in X"): the actor
    that opens the clause before it as its subject; "it" a state or a body, "they" a body. An "it" that opens
    nothing ("and it is unclear"), a quote, or no such subject leave it unlinked."""
    out: list[Mention] = []
    starts = found.sentence_starts
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    blanked: str | None = None
    for m in (*CONJOINED_PRONOUN.finditer(found.lowered), *RELATIVE_PRONOUN.finditer(found.lowered)):
        start, end = m.span("word")
        sentence_start = starts[max(0, bisect.bisect_right(starts, start) - 1)]
        if in_quote(found.lowered[sentence_start:start]):
            continue
        if blanked is None:  # names blanked out: "United States" holds no speech verb that opens a clause
            blanked = _blanked(found.lowered, named)
        clause = clause_start(blanked, sentence_start, m.start())
        opening = _opening_subject(found, named, clause, m.start())
        types = ("Organization",) if m.group("word") == "they" else ("State", "Organization")
        if opening is not None and opening.entity.type in types:
            out.append(Mention(start, end, opening.entity, "anaphor"))
    return out


def _blanked(lowered: str, named: list[Mention]) -> str:
    """The text with each named span's letters replaced by "x"."""
    chars = list(lowered)
    for x in named:
        chars[x.start : x.end] = ["x" if c.isalpha() else c for c in lowered[x.start : x.end]]
    return "".join(chars)


def _actor(found: Mentions, mention: Mention, organs: bool = False) -> bool:
    """Whether a mention can own troops as the subject of its clause: a state or a body, not named as a place
    ("in Syria"), as troops ("Russian soldiers"), as a possessor ("Russia's army") or inside a compound. With
    ``organs``, a state named as the owner of its own organ is one ("Chad's army", "the Chadian Foreign Ministry")."""
    organ = organs and mention.entity.type == "State" and STATE_SERVICE.match(found.text, mention.end) is not None
    return (
        mention.entity.type in ("State", "Organization")
        and (organ or mention.kind not in ("place-adjective", "locality", "demonym"))
        and not found.text.startswith("-", mention.end)
        and not found.text.endswith("-", 0, mention.start)
        and (organ or not _OWNED_AFTER.match(found.text, mention.end))
        and (organ or not names_troops(found.text, mention))
        and not PREPOSITION_BEFORE.search(found.lowered, max(0, mention.start - 30), mention.start)
    )


def _opening_subject(found: Mentions, named: list[Mention], start: int, end: int) -> Mention | None:
    """The actor that opens the text from ``start`` to ``end`` as its subject, if it is not one of several."""
    first = next((x for x in named if start <= x.start and x.end <= end), None)
    if first is None or not SUBJECT_OPENING.match(found.lowered[start : first.start]) or not _actor(found, first):
        return None
    return None if _AND_AFTER.match(found.text, first.end) else first


def asked_pronouns(found: Mentions, taken: list[Mention], gazetteer: Gazetteer | None = None) -> list[Mention]:
    """ "it" or "them" asked to leave ("X had requested it leave", "X asked them to withdraw"): the nearest actor
    before it in its sentence or the one before, not the asker, not a place ("positions in Y"); "it" not
    troops named by their state ("French soldiers"), "them" not a state named alone. A body's forces in a place
    ("UN peacekeepers in Y") stand for its one mission there."""
    out: list[Mention] = []
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    starts = found.sentence_starts
    for m in ASKED_PRONOUN.finditer(found.lowered):
        start, end = m.span("word")
        at = bisect.bisect_right(starts, start) - 1
        earliest = starts[max(0, at - 1)]
        before = [x for x in named if earliest <= x.start and x.end <= m.start()]
        asker = next((x for x in reversed(before) if _ASKER_GAP.fullmatch(found.lowered, x.end, m.start())), None)
        asked = next((x for x in reversed(before) if _askable(found, x, m.group("word"), asker)), None)
        if asked is not None and not in_quote(found.lowered[starts[max(0, at)] : start]):
            out.append(Mention(start, end, _mission(found, named, asked, gazetteer) or asked.entity, "anaphor"))
    return out


def _mission(found: Mentions, named: list[Mention], body: Mention, gazetteer: Gazetteer | None) -> GazEntity | None:
    """The mission that "UN peacekeepers in Y" names: the body's one mission in the place named after it."""
    after = _FORCES_IN.match(found.lowered, body.end)
    place = next((x for x in named if after and x.start == after.end()), None)
    return gazetteer.mission(body.entity.id, place.entity.id) if gazetteer and place else None


def _askable(found: Mentions, x: Mention, word: str, asker: Mention | None) -> bool:
    """Whether ``x`` can be the one that "it" or "them" (``word``) asked to leave stands for."""
    if x.entity.type not in ("State", "Organization") or (asker is not None and x.entity.id == asker.entity.id):
        return False
    if x.kind in ("place-adjective", "locality") or _OWNED_AFTER.match(found.text, x.end):
        return False  # "French diplomats", "Paris", "Chad's envoy"
    if PLACE_BEFORE.search(found.lowered, max(0, x.start - 30), x.start):
        return False
    troops = names_troops(found.text, x)
    return not troops if word == "it" and x.entity.type == "State" else troops or x.entity.type == "Organization"


def refusing_pronouns(found: Mentions, asked: list[Mention]) -> list[Mention]:
    """ "it" or "they" refusing with nothing after it ("..., but they refused.", "It has declined."): the one
    last asked to leave in its sentence or the one before, named ("asked France to withdraw") or one of the
    pronouns ``asked`` ("requested it leave")."""
    out: list[Mention] = []
    lowered = found.lowered
    named = [x for x in found.mentions if _ASK_BEFORE.search(lowered, max(0, x.start - 30), x.start)]
    candidates = sorted([*asked, *(x for x in named if _LEAVE_AFTER.match(lowered, x.end))], key=lambda m: m.start)
    starts = found.sentence_starts
    for m in REFUSING_PRONOUN.finditer(lowered):
        start, end = m.span("word")
        earliest = starts[max(0, bisect.bisect_right(starts, start) - 2)]
        last = next((x for x in reversed(candidates) if earliest <= x.start and x.end <= start), None)
        if last is not None and last.entity.type in ("State", "Organization"):
            out.append(Mention(start, end, last.entity, "anaphor"))
    return out


def object_pronouns(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "it" or "them" as the object of a verb that takes a place ("Serbia has never recognised it", "Russia
    recognised them in 2008"): "it" the one territory named in its sentence before it or in the sentence before,
    failing any, the one state named there other than as a subject ("recognise" takes a state only with its
    independence named near); "them" the two or three territories (or states) listed together there, each at
    the head of its phrase, and no other. The verb's subject is never its object; a pronoun in a quote stands
    only for a name in that quote. Left unlinked: "it" with two candidates or none, either pronoun after "we",
    "I" or "you", in a clause of time ("after Iraq occupied it"), or, after "recognise", with an annexation,
    a vote, a deal, a ruling or a war named near, or people governing the place ("a resolution on Crimea",
    "leaders of Abkhazia"). For "invaded" a state, even one named as a subject, and a territory are equally
    fit."""
    out: list[Mention] = []
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    lowered = found.lowered
    starts = found.sentence_starts
    for m in OBJECT_PRONOUN.finditer(lowered):
        start, end = m.span("word")
        verb = m.start("verb")
        if any(x.start < end and start < x.end for x in taken):
            continue  # already read ("recognised them as independent")
        sentence_start = starts[max(0, bisect.bisect_right(starts, verb) - 1)]
        if TIME_CLAUSE_BEFORE.search(lowered, sentence_start, verb):
            continue
        earliest = _window(found.text, starts, start)
        subject = _verb_subject(found, named, starts, verb)
        if subject is False:
            continue
        excluded = {subject.entity.id} if isinstance(subject, Mention) else set()
        candidates = [x for x in named if earliest <= x.start and x.end <= verb and x.entity.id not in excluded]
        recognised = m.group("verb").startswith("recogni")
        if recognised and ANNEXATION_NEAR.search(lowered, earliest, verb):
            continue
        word = _AS_OBJECT.get(m.group("word"), m.group("word"))
        if word != m.group("word") and not recognised:
            continue  # "its" only before the independence recognised
        if m.group("invaded"):
            tiers: list[tuple[str, ...]] = [("Territory", "State")]
        elif recognised and not STATEHOOD_NEAR.search(lowered, earliest, verb):
            tiers = [("Territory",)]
        else:
            tiers = [("Territory",), ("State",)]
        fit: list[Mention] = []
        for types in tiers:
            fit = [x for x in candidates if x.entity.type in types and _object_place(found, starts, x, len(types) > 1)]
            if fit:
                break
        if not fit or (recognised and _rival_object(found, named, fit, earliest, verb)):
            continue
        entities = list({x.entity.id: x.entity for x in fit}.values())
        if word == "it" and len(entities) == 1:
            out.append(Mention(start, end, entities[0], "anaphor"))
        elif word == "them" and 2 <= len(entities) <= 3 and _listed(found, fit):
            out.extend(Mention(start, end, gaz, "anaphor") for gaz in entities)
    return out


def _rival_object(found: Mentions, named: list[Mention], fit: list[Mention], earliest: int, verb: int) -> bool:
    """Whether something other than a place may be what the pronoun stands for: a named document or claim, or
    a vote, a deal or a ruling, named near; or a noun governing the place ("a resolution on Crimea", "leaders
    of Abkhazia")."""
    if any(earliest <= x.start and x.end <= verb and x.entity.type in _RIVAL_TYPES for x in named):
        return True
    if OBJECT_RIVAL_NOUN.search(found.lowered, earliest, verb):
        return True
    return any(_GOVERNED.search(found.lowered, max(0, x.start - 60), x.start) for x in fit)


def there_places(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "there" as the place where forces are ("Russia keeps 1,500 soldiers there", "troops stationed there"): the
    one place named as a place in its sentence before it or in the sentence before: a territory by any name, a
    state or a city after "in", "to" or the like, or listed after such a place. A territory stands before the
    state it is part of; two places, or none, leave it unlinked, and one in a quote stands only for a place in
    that quote."""
    out: list[Mention] = []
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    starts = found.sentence_starts
    for m in THERE_PLACE.finditer(found.lowered):
        start, end = m.span("word")
        earliest = _window(found.text, starts, start)
        places: list[Mention] = []
        for x in (x for x in named if earliest <= x.start and x.end <= m.start()):
            listed = bool(places) and bool(_LISTED_GAP.fullmatch(found.text, places[-1].end, x.start))
            if _named_place(found, x, listed):
                places.append(x)
        parents = {x.entity.part_of for x in places if x.entity.type == "Territory"}
        by_id = {x.entity.id: x for x in places if x.entity.id not in parents}
        if len(by_id) == 1:
            (place,) = by_id.values()
            out.append(Mention(start, end, place.entity, "there", place.place))
    return out


def _window(text: str, starts: list[int], position: int) -> int:
    """Where an object's antecedent may be named: from the start of the sentence before, or from the opening of
    the quote that holds ``position``."""
    at = bisect.bisect_right(starts, position) - 1
    sentence_start = starts[max(0, at)]
    opened = _quote_opening(text, sentence_start, position)
    return opened if opened is not None else starts[max(0, at - 1)]


def _quote_opening(text: str, start: int, end: int) -> int | None:
    """Where the quote still open at ``end`` opened, if it opened after ``start``."""
    if not in_quote(text[start:end]):
        return None
    return max(text.rfind("“", start, end), text.rfind('"', start, end)) + 1


def _verb_subject(
    found: Mentions, named: list[Mention], starts: list[int], verb: int
) -> Mention | Literal[False] | None:
    """The subject of the verb at ``verb``: the name right before it ("Serbia has never recognised"), or, with
    none, the one that opens its sentence ("Israel seized X and annexed it"); False for "we", "I" or "you", a
    speaker left alone; None for another pronoun."""
    lowered = found.lowered
    sentence_start = starts[max(0, bisect.bisect_right(starts, verb) - 1)]
    gap = VERB_SUBJECT_GAP.search(lowered, sentence_start, verb)
    before = gap.start() if gap is not None else verb
    adjacent = next((x for x in reversed(named) if x.end == before), None)
    if adjacent is not None:
        return adjacent
    pronoun = PRONOUN_BEFORE_VERB.search(lowered, sentence_start, before)
    if pronoun is not None:
        return False if pronoun.group("pronoun") in ("we", "i", "you") else None
    return _opening_subject(found, named, clause_start(lowered, sentence_start, verb), verb)


def _object_place(found: Mentions, starts: list[int], x: Mention, any_state: bool) -> bool:
    """Whether a mention can be what an object pronoun stands for: a place by its name, not in a compound, not
    troops or a city, nor a possessor ("Kosovo's independence"); a state, unless ``any_state``, not as the
    subject of its clause ("Serbia objected")."""
    if x.kind in (*_NOT_PLACES, "locality") or not _in_no_compound(found, x) or names_troops(found.text, x):
        return False
    if _OWNED_AFTER.match(found.text, x.end):
        return False  # "Kosovo's independence": what is owned may be the object
    if x.entity.type != "State" or any_state:
        return True
    sentence_start = starts[max(0, bisect.bisect_right(starts, x.start) - 1)]
    opening = clause_start(found.lowered, sentence_start, x.start)
    return not SUBJECT_OPENING.match(found.lowered[opening : x.start])


def _named_place(found: Mentions, x: Mention, listed: bool) -> bool:
    """Whether a mention names a place where forces may be: a territory by its name, or a state or city after a
    preposition of place ("in Mali", "to Gyumri") or ``listed`` after such a place ("to Belarus and Kazakhstan")."""
    if x.kind in _NOT_PLACES or not _in_no_compound(found, x) or names_troops(found.text, x):
        return False
    if x.entity.type == "Territory" and x.kind != "locality":
        return True
    before = PLACE_NAMED_BEFORE.search(found.lowered, max(0, x.start - 40), x.start)
    return x.entity.type in ("State", "Territory") and (listed or before is not None)


def _in_no_compound(found: Mentions, x: Mention) -> bool:
    return not found.text.startswith("-", x.end) and not found.text.endswith("-", 0, x.start)


def _listed(found: Mentions, mentions: list[Mention]) -> bool:
    """Whether the mentions are listed together, one after another ("X and Y", "X, Y and Z"), the list not
    after a preposition ("talks with X and Y")."""
    ordered = sorted(mentions, key=lambda x: x.start)
    first = ordered[0].start
    if PREPOSITION_BEFORE.search(found.lowered, max(0, first - 30), first):
        return False
    return all(_LISTED_GAP.fullmatch(found.text, a.end, b.start) for a, b in pairwise(ordered))
