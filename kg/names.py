"""The names the question reader knows: the store's entities and the gazetteer's, exact or fuzzy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import simplemma
from rapidfuzz import fuzz, process

from kg.phrases import lexicon_words
from kg.views import EntityRef
from kg.words import FUNCTION, Token, surface_key
from loaders.gazetteer import Gazetteer
from loaders.gazetteer_build import fold
from schema import lexicon


@dataclass(frozen=True, slots=True)
class Named:
    """An entity the reader can name."""

    id: str
    type: str
    name: str
    part_of: str | None
    in_graph: bool
    led_by: str | None = None  # the body whose mission it is (the gazetteer's)

    @property
    def ref(self) -> EntityRef:
        return EntityRef(id=self.id, type=self.type, name=self.name)


@dataclass(frozen=True, slots=True)
class Mention:
    """Tokens [start, end) of a question that name one entity (or one of several, when ambiguous)."""

    start: int
    end: int
    ids: tuple[str, ...]
    kind: str  # name | demonym | metonym | region | surname | fuzzy


@dataclass
class NameIndex:
    """Every name the reader knows, keyed by its lower-case tokens."""

    entities: dict[str, Named]
    surfaces: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # Short upper-case names ("US", "UN") match only as written, not as the words "us" or "un".
    cased: dict[str, set[str]] = field(default_factory=dict)
    longest: int = 1

    def add(self, surface: str, entity_id: str, kind: str) -> None:
        key = surface_key(surface)
        if not key:
            return
        for variant in {key, key.removeprefix("the ")}:
            senses = self.surfaces.setdefault(variant, [])
            if all(s[0] != entity_id for s in senses):
                senses.append((entity_id, kind))
            self.longest = max(self.longest, variant.count(" ") + 1)
        if surface.isupper() and len(surface) <= 3:
            self.cased.setdefault(key, set()).add(surface)

    def _choices(self) -> list[str]:
        if not hasattr(self, "_fuzzy"):
            # Cities and bases match only as written: thousands of town names would catch any misspelling.
            self._fuzzy = _fuzzy_surfaces(self)
        return self._fuzzy

    def names_of(self, entity_id: str) -> list[str]:
        """The lower-case names, aliases and demonyms the reader knows for an entity."""
        if not hasattr(self, "_names"):
            self._names: dict[str, list[str]] = {}
            for surface, senses in self.surfaces.items():
                for sense_id, _ in senses:
                    self._names.setdefault(sense_id, []).append(surface)
        return self._names.get(entity_id, [])

    def senses(self, key: str) -> tuple[tuple[str, ...], str]:
        """The entities a name stands for (those in the graph, if any are) and how it names them."""
        found = self.surfaces.get(key, [])
        in_graph = [s for s in found if self.entities[s[0]].in_graph]
        chosen = in_graph or found
        return tuple(s[0] for s in chosen), (chosen[0][1] if chosen else "name")

    def find(self, tokens: list[Token]) -> list[Mention]:
        """Names in the tokens, longest first, left to right; then close spellings of the words left over."""
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                key = " ".join(t.lower for t in tokens[i : i + n])
                if key not in self.surfaces or (key in self.cased and tokens[i].text not in self.cased[key]):
                    continue
                if n == 1 and key in FUNCTION:
                    continue
                ids, kind = self.senses(key)
                mentions.append(Mention(i, i + n, ids, kind))
                i += n
                break
            else:
                i += 1
        return self._fuzzy_mentions(tokens, mentions)

    def _fuzzy_mentions(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        taken = {i for m in mentions for i in range(m.start, m.end)}
        words = lexicon_words()
        out = list(mentions)
        i = 0
        while i < len(tokens):
            if i in taken or not _name_like(tokens[i], words):
                i += 1
                continue
            for n in (2, 1):
                span = tokens[i : i + n]
                if len(span) < n or any(j in taken or not _name_like(t, words) for j, t in enumerate(span, i)):
                    continue
                query = " ".join(t.lower for t in span)
                best = process.extractOne(query, self._choices(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
                if best:
                    ids, _ = self.senses(best[0])
                    out.append(Mention(i, i + n, ids, "fuzzy"))
                    i += n
                    break
            else:
                i += 1
        return sorted(out, key=lambda m: m.start)

    def close_names(self, text: str, limit: int = 3) -> list[str]:
        """Names spelled like ``text``, for "did you mean"."""
        found = process.extract(surface_key(text), self._choices(), scorer=fuzz.ratio, limit=limit * 3)
        names: list[str] = []
        for key, score, _ in found:
            for entity_id in self.senses(key)[0]:
                name = self.entities[entity_id].name
                if score >= 70 and self.entities[entity_id].in_graph and name not in names:
                    names.append(name)
        return names[:limit]


_FUZZY_CUTOFF = 80


def _name_like(token: Token, words: frozenset[str]) -> bool:
    """A word that may be a misspelt name: long enough, not a question word, not a known English word
    (unless capitalized)."""
    if len(token.lower) < 5 or not token.lower.replace("-", "").isalpha():
        return False
    if token.lower in FUNCTION or token.key in words:
        return False
    return token.text[:1].isupper() or not simplemma.is_known(token.lower, lang="en")


def _fuzzy_surfaces(index: NameIndex) -> list[str]:
    """The names a misspelling may be read as: not cities or bases (thousands of town names would catch any
    misspelling), nor short names matched only as written."""
    return [
        s
        for s, senses in index.surfaces.items()
        if len(s) >= 4 and s not in index.cased and any(kind != "locality" for _, kind in senses)
    ]


def _add_surnames(index: NameIndex, people: dict[str, list[str]]) -> None:
    """A person of the graph named by the last word of the name ("Hadi"), as written and capitalised, when that
    word is no other name, no word of another person's names (a given name of others is no surname), not close
    to a name the reader knows ("Austin" is near "Austria"), and not after a particle or a family name written
    first; accents folded. ``people``: each person's name and aliases."""
    uses: dict[str, set[str]] = {}
    for person, names in people.items():
        for name in names:
            for word in surface_key(fold(name).replace("-", " ")).split():
                uses.setdefault(word, set()).add(person)
    known = _fuzzy_surfaces(index)
    particles, family_first = lexicon().word_set("name_particles"), lexicon().word_set("family_first")
    for person, (name, *_) in people.items():
        words = name.split()
        if len(words) < 2 or not words[-1].isalpha() or not words[-1][0].isupper() or len(words[-1]) < 4:
            continue
        surname, key = words[-1], surface_key(fold(words[-1]))
        if surface_key(words[-2]) in particles or surface_key(words[0]) in family_first:
            continue
        if uses.get(key) != {person} or key in index.surfaces:
            continue
        if process.extractOne(key, known, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF) is not None:
            continue
        for written in {surname, fold(surname)}:  # "Erdoğan" and "Erdogan"
            index.add(written, person, "surname")
            index.cased.setdefault(surface_key(written), set()).add(written)


def build_index(graph_entities: Iterable[dict[str, Any]], gazetteer: Gazetteer) -> NameIndex:
    """The names of the graph's entities and the gazetteer's (whose entities may not be in the graph)."""
    entities: dict[str, Named] = {}
    index = NameIndex(entities)
    people: dict[str, list[str]] = {}
    for row in graph_entities:
        if row["type"] == "Person":
            people[row["id"]] = [row["name"] or row["id"], *(row.get("aliases") or ())]
        if row["type"] == "Claim":  # a claim's name is a sentence
            continue
        known = gazetteer.entities.get(row["id"])
        led_by = known.led_by if known else None
        entities[row["id"]] = Named(row["id"], row["type"], row["name"] or row["id"], row.get("part_of"), True, led_by)
        for surface in (row["name"], *(row.get("aliases") or ())):
            if surface:
                index.add(surface, row["id"], "name")
    for gaz in gazetteer.entities.values():
        if gaz.id not in entities:
            entities[gaz.id] = Named(gaz.id, gaz.type, gaz.entity.name, gaz.part_of, False, gaz.led_by)
    for surface, (_, senses) in gazetteer.automaton.items():
        for entity_id, kind in senses:
            place = gazetteer.places.get(entity_id)
            if place is not None:  # a city or base stands for the state or territory it is in
                if place.part_of not in entities:
                    continue
                entity_id, kind = place.part_of, "locality"
            index.add(surface, entity_id, kind)
    _add_surnames(index, people)
    for region, members in lexicon().regions.items():  # "Central Asia" names each of its states
        for member in members:
            if member in entities:
                index.add(f"the {region}", member, "region")  # "the Sahel" and "Sahel"
    return index
