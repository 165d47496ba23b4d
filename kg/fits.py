"""Which facts fit what a question asks: its roles, place, time, "that" clause and source."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg import qualified
from kg.names import NameIndex
from kg.phrases import said
from kg.posts import holds_post
from kg.views import EntityRef, Fact, Reading
from schema import lexicon


def names_in(text: str, entity_id: str, index: NameIndex) -> bool:
    """Whether the text names the entity, or a part of it, by a name, alias, demonym or city, as whole words."""
    return says(text, [n for i in parts(entity_id, index) for n in index.names_of(i)])


def says(text: str, names: Iterable[str]) -> bool:
    """Whether the text holds one of the lower-case names as whole words."""
    lower = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lower) for n in names)


def fits_about(fact: Fact, reading: Reading, index: NameIndex) -> bool:
    """What a "that" clause names ("warned that British instructors ..."): the fact's object or place is
    one of them, or a cited sentence names one."""
    if not reading.about or said(fact.predicate):
        return True
    ends = [fact.object.id, qualified.place(fact.qualifiers.model_dump())]
    if any(within_any(end, reading.about, index) for end in ends if end):
        return True
    return any(names_in(e.text, a.id, index) for e in fact.evidence for a in reading.about)


def fits_source(fact: Fact, voices: list[str], index: NameIndex) -> bool:
    """ "According to Serbia": a cited sentence names the source or one of its officials (a person by
    surname too: "Smith said")."""
    if not voices:
        return True
    names = [n for v in voices for n in index.names_of(v)]
    names += [
        surname
        for known in (index.entities.get(v) for v in voices)
        if known is not None and known.type == "Person" and (surname := surname_of(known.name))
    ]
    return any(says(e.text, names) for e in fact.evidence)


def surname_of(name: str) -> str | None:
    """A person's last name word when it can stand alone ("Smith"), not a short word or a suffix that other
    names share ("Un", "Yi", "Jr.")."""
    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    return last.lower() if len(last) >= 4 and last.replace("-", "").isalpha() and not last.isupper() else None


def fits_roles(fact: Fact, reading: Reading, index: NameIndex, objects: list[str]) -> bool:
    """The fact's ends fit the entities (the objects or their officials), exclusions and type the reading asks for."""
    if reading.objects and reading.subjects and not any(within(fact.object.id, o, index) for o in objects):
        return False
    focus = fact.subject if reading.focus == "subject" else fact.object if reading.focus == "object" else None
    if focus is not None and any(focus.id == e.id for e in reading.excluded):
        return False
    return focus is None or not reading.wanted or of_type(focus.type, str(reading.wanted))


def fits_post(fact: Fact, reading: Reading) -> bool:
    """The post asked ("who is the president of X"): a position whose role is that post."""
    return reading.post is None or holds_post(getattr(fact.qualifiers, "role", None), reading.post)


def of_type(actual: str, wanted: str) -> bool:
    """A person counts as a state's: officials act for their states ("which countries condemned ...")."""
    return actual == wanted or (wanted == "State" and actual == "Person")


def within(a: str, b: str, index: NameIndex) -> bool:
    """``a`` is ``b``, or part of it (Transnistria is within Moldova), or one of the states of region ``b``
    (Niger is in the Sahel, schema/phrases.yaml)."""
    return a == b or (a in index.entities and index.entities[a].part_of == b) or a in _members(b, index)


def _members(region_id: str, index: NameIndex) -> tuple[str, ...]:
    known = index.entities.get(region_id)
    return lexicon().regions.get(known.name, ()) if known else ()


def within_any(place: str, targets: Iterable[EntityRef], index: NameIndex) -> bool:
    """``place`` (a fact's) is one of ``targets`` (the places asked about) or lies within one: a fact in
    Transnistria answers a question about Moldova, and one in Mali a question about the Sahel; never the
    reverse (a fact about the Sahel says nothing of Mali), unless the graph holds nothing about the place asked
    (Gagauzia): then facts concerning the place it is part of are given, with a note (kg/answers.py)."""
    return any(within(place, t.id, index) or _widened(t.id, place, index) for t in targets)


def _widened(asked: str, place: str, index: NameIndex) -> bool:
    known = index.entities.get(asked)
    return known is not None and not known.in_graph and known.part_of == place


def fits_place(fact: Fact, reading: Reading, index: NameIndex) -> bool:
    """A place asked for ("leave Moldova"): the fact's territory, else its object when the predicate has
    none, or a cited sentence naming it when that object is no place ("whom does Turkey back in Libya"); a
    fact that does not say where counts only if a cited sentence names the place."""
    if not reading.places:
        return True
    if not qualified.has_place(fact.predicate):
        if reading.objects or any(within(fact.object.id, p.id, index) for p in reading.places):
            return True
        if fact.object.type in ("State", "Territory"):  # the object is the place
            return False
        return any(names_in(e.text, p.id, index) for e in fact.evidence for p in reading.places)
    where = qualified.place(fact.qualifiers.model_dump())
    if where is not None:  # or Niger, in the Sahel, expels from the Sahel: from Niger
        subject_in = any(fact.subject.id == p.id and within(p.id, where, index) for p in reading.places)
        return subject_in or within_any(where, reading.places, index)
    names = [n for p in reading.places for i in parts(p.id, index) for n in index.names_of(i)]
    return any(n in e.text.lower() for e in fact.evidence for n in names)


def parts(place_id: str, index: NameIndex) -> list[str]:
    return [place_id] + [i for i, e in index.entities.items() if e.part_of == place_id]


def fits_time(fact: Fact, reading: Reading) -> bool:
    """An event dated outside the time asked for is left out; an undated one stays (its date is unknown)."""
    if reading.since is None and reading.until is None:
        return True
    return qualified.in_period(fact.qualifiers.model_dump(), reading.since, reading.until) is not False
