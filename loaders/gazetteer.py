"""The gazetteer and fast mention matching with Aho-Corasick.

Its data: loaders/data/gazetteer.yaml, curated by hand, over loaders/data/world.json, generated from
packages by loaders/gazetteer_build.py (every state, and cities). An entity in both is merged by id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from loaders.patterns import OWNED_FORCE
from schema.records import Entity

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where it is installed
_SECTIONS = {
    "states": "State",
    "territories": "Territory",
    "organizations": "Organization",
    "persons": "Person",
    "agreements": "Agreement",
}
# The branches that name a unit ("infantry battalion", "armoured division").
_BRANCHES = r"infantry|airborne|mechani[sz]ed|armou?red|artillery|mountain|marine"
# A ministry's portfolio: with "ministry" or "minister" after a demonym, an actor ("the Chadian foreign ministry",
# "the Kenyan interior minister").
_PORTFOLIO = r"(?:foreign|defen[cs]e|interior|home|justice|finance|security|information)"
# Nouns after a demonym that make it an actor ("Russian troops") or a place ("Moldovan territory").
ACTOR_NOUNS = re.compile(
    # a regiment or a division only with its number or branch ("the 2nd Regiment"), not "deep divisions over"
    r"\s*(?:(?:\d+(?:st|nd|rd|th)\s+)?(?:" + _BRANCHES + r")\s+(?:regiments?|divisions?)\b|"
    r"\d+(?:st|nd|rd|th)\s+(?:regiments?|divisions?)\b|"
    r"(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:military|armed|regular|special(?:\s+operations)?|combat|elite|"
    + _BRANCHES
    + r")\s+)?(?:troops|forces|soldiers|servicemen|military|army|navy|"
    r"contingents?|units|peacekeepers|ones|deployments?|mercenaries|government|authorities|officials|diplomats|side|"
    r"garrisons?|bases?|personnel|marines|paratroopers|brigades?|battalions?|battle\s*groups?|commandos|"
    r"police|gendarmes|gendarmerie|officers|"
    r"instructors|advis[eo]rs|trainers|presence|control|occupation|" + OWNED_FORCE + r"|"
    r"leadership|embassy|ministry|parliament|lawmakers|missiles|drones|plans?|proposals?|initiatives?|"
    # its acts: "the Israeli incursion", "Russian air strikes", "Chinese threats against X" (not the singular: "warned
    # of the Iranian threat to X", a danger)
    r"(?:air\s*)?strikes?|airstrikes?|attacks?|incursions?|invasion|offensive|aggression|annexation|bombings?|"
    r"bombardment|shelling|raids?|provocations?|threats|blockade|crackdown|"
    r"decisions?|position|stance|sovereignty|" + _PORTFOLIO + r"\s+(?:ministry|office)|"
    r"(?:deputy\s+)?(?:president|prime minister|" + _PORTFOLIO + r" minister|leader|diplomat|"
    r"ambassador|envoy|spokes(?:man|woman|person)))\b)",
    re.I,
)
# Capitalised adjectives coordinated with a demonym, before the noun they share ("Russian and Belarusian troops").
COORDINATED_ADJECTIVES = re.compile(r"(?:\s*,\s*[A-Z][\w-]+)*,?\s+(?:and|or)\s+[A-Z][\w-]+")
PLACE_NOUNS = re.compile(
    r"\s*(?:territory|territories|soil|land|waters|airspace|regions?|provinces?|prefectures?|oblasts?|districts?|"
    r"enclaves?|exclaves?|peninsula|islands?|border)\b",
    re.I,
)
# "statehood" or "state" ending its noun phrase after a demonym names the state itself ("recognised a Palestinian
# state on Sunday", "Palestinian statehood"); not "state" that qualifies another noun ("Russian state media").
STATE_NOUNS = re.compile(
    r"\s+(?:statehood\b|state(?=\s*(?:[.,;:!?)\"”’—–]|$)|\s+(?:on|in|at|and|or|as|with|alongside|by|from|for|since|"
    r"before|after|during|until|that|which|is|was|has|had|would|will|could|should|can|may|must|to|last|this|"
    r"earlier|later|too|but|while|when|if|amid|despite)\b))",
    re.I,
)
# Territories named only for where something is: a mention of one stands for its state (see Mention.place).
LOCALITIES = frozenset({"city", "base"})


@dataclass(frozen=True)
class GazEntity:
    """A gazetteer entry: the entity and what the matcher needs to know about it."""

    entity: Entity
    country: str | None = None
    part_of: str | None = None
    contested: bool = False
    short: str | None = None
    role: str | None = None
    context: tuple[str, ...] = ()
    deployed_in: tuple[str, ...] = ()  # a mission's places of deployment
    hosts: tuple[str, ...] = ()  # the foreign forces a base hosts
    led_by: str | None = None  # the body whose mission it is
    organ_of: str | None = None  # the body an organ acts for (its missions are the body's); read only by mission()
    capitals: tuple[str, ...] = ()  # a state's capital cities, as written; metonyms of the state that are places

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def type(self) -> str:
        return self.entity.type

    @property
    def locality(self) -> bool:
        return self.type == "Territory" and self.entity.properties.get("status") in LOCALITIES


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names an entity. ``kind`` says how it names it.

    A city or a base ("troops at the base in Gyumri") is a ``locality``: the mention's entity is the state
    it is in, so that the place of a deployment is a state, and ``place`` is the city or base itself. "there"
    standing for a place is a ``there``, read as "in" the place."""

    start: int
    end: int
    entity: GazEntity
    # name | demonym | place-adjective | metonym | locality | title-person | anaphor | there | created
    kind: str = "name"
    place: GazEntity | None = None

    @property
    def actor_only(self) -> bool:
        return self.kind in ("metonym", "demonym")


@dataclass
class Gazetteer:
    """``entities`` are what facts are about; ``places`` the cities and bases that stand for their state."""

    entities: dict[str, GazEntity]
    automaton: Any = field(repr=False)
    places: dict[str, GazEntity] = field(default_factory=dict, repr=False)

    def get(self, entity_id: str) -> GazEntity | None:
        return self.entities.get(entity_id) or self.places.get(entity_id)

    @cached_property
    def contested_parts(self) -> dict[str, tuple[GazEntity, ...]]:
        """The contested territories of each state, by the state's id (indexed once)."""
        parts: dict[str, list[GazEntity]] = {}
        for g in self.entities.values():
            if g.contested and g.part_of:
                parts.setdefault(g.part_of, []).append(g)
        return {state: tuple(found) for state, found in parts.items()}

    @cached_property
    def _missions(self) -> dict[tuple[str, str], list[GazEntity]]:
        by_body_place: dict[tuple[str, str], list[GazEntity]] = {}
        for g in self.entities.values():
            for place in g.deployed_in if g.led_by else ():
                by_body_place.setdefault((g.led_by, place), []).append(g)  # type: ignore[arg-type]
        return by_body_place

    def mission(self, body_id: str, place_id: str) -> GazEntity | None:
        """The one mission that the body (or the body it is an organ of: "the Security Council's force in Lebanon")
        leads in the place or in the state it is part of ("UN peacekeepers in Lebanon": UNIFIL); a mission deployed
        in the place is its own; None where it leads none there, or several."""
        place, body = self.get(place_id), self.get(body_id)
        if body is not None and body.led_by and place_id in body.deployed_in:
            return body
        for leader in (body_id, body.organ_of if body is not None else None):
            for at in (place_id, place.part_of if place is not None else None):
                found = self._missions.get((leader, at)) if at and leader else None
                if found:
                    return found[0] if len(found) == 1 else None
        return None

    def lookup(self, name: str, type_name: str) -> GazEntity | None:
        """The entity of ``type_name`` that ``name`` (a name or alias, any case of its first letter) names."""
        for surface in (name, name[:1].upper() + name[1:]):
            if surface in self.automaton:
                for entity_id, _ in self.automaton.get(surface)[1]:
                    if self.get(entity_id).type == type_name:  # type: ignore[union-attr]
                        return self.get(entity_id)
        return None

    def find(self, text: str) -> list[Mention]:
        """Mentions in ``text``: longest match first, on word boundaries, ambiguity settled by context."""
        candidates: list[tuple[int, int, list[tuple[str, str]]]] = []
        for end_index, (surface, senses) in self.automaton.iter(text):
            start = end_index - len(surface) + 1
            end = end_index + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "#@"):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] == "$"):  # "US$": a currency
                continue
            candidates.append((start, end, senses))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        mentions: list[Mention] = []
        last_end = -1
        lowered = text.lower()
        for index, (start, end, senses) in enumerate(candidates):
            if start < last_end:
                continue
            entity_id, kind = self._choose(senses, lowered)
            # a longer name of the same entity that starts inside this one ("the Golan" in "the Golan Heights")
            for later_start, later_end, later in candidates[index + 1 : index + 4]:  # sorted by start: the next few
                if later_start < end < later_end and (entity_id, kind) in later:
                    end = later_end
            if kind == "demonym":
                shared = COORDINATED_ADJECTIVES.match(text, end)
                if ACTOR_NOUNS.match(text, shared.end() if shared else end):
                    pass
                elif PLACE_NOUNS.match(text, end):
                    kind = "place-adjective"
                elif STATE_NOUNS.match(text, end):
                    kind = "name"
                elif text[end : end + 1] != "-":
                    continue
            entity = self.places.get(entity_id) or self.entities[entity_id]
            state = self.entities.get(entity.part_of or "") if entity.locality else None
            if state is not None:
                mentions.append(Mention(start, end, state, "locality", place=entity))
            else:
                mentions.append(Mention(start, end, entity, kind))
            last_end = end
        return mentions

    def _choose(self, senses: list[tuple[str, str]], lowered_text: str) -> tuple[str, str]:
        if len(senses) == 1:
            return senses[0]
        for entity_id, kind in senses:
            cues = self.get(entity_id).context  # type: ignore[union-attr]
            if cues and any(cue.lower() in lowered_text for cue in cues):
                return entity_id, kind
        without_cues = [s for s in senses if not self.get(s[0]).context]  # type: ignore[union-attr]
        return (without_cues or senses)[0]


def _variants(surface: str) -> set[str]:
    out = {surface}
    if surface[:1].islower():
        out.add(surface[0].upper() + surface[1:])
    head = surface.rsplit(" ", 1)
    if len(head) == 2 and head[1] in _PLACE_HEADS:  # "the Sahrawi republic", "the Kurdistan region"
        out.add(f"{head[0]} {head[1].lower()}")
    for one, other in _SPELLINGS:  # "Organisation" and "Organization" name one body
        out |= {s.replace(one, other) for s in out} | {s.replace(other, one) for s in out}
    for quote in ("’", "'"):
        if quote in surface:
            out |= {s.replace(quote, "’" if quote == "'" else "'") for s in out}
    return out


_SPELLINGS = (("Organisation", "Organization"), ("Defence", "Defense"))
# The last words of a place's name that news also writes in lower case.
_PLACE_HEADS = frozenset({"Republic", "Region", "Province", "Oblast", "Territory", "Prefecture"})


def _properties(raw: dict[str, Any]) -> dict[str, Any]:
    """An entry's node properties: its own, and for a territory the state it belongs to."""
    extra = {"part_of": raw["part_of"]} if "part_of" in raw else {}
    return dict(raw.get("properties") or {}) | extra


def build_gazetteer(doc: dict[str, Any]) -> Gazetteer:
    entities: dict[str, GazEntity] = {}
    surfaces: dict[str, list[tuple[str, str]]] = {}

    def add(surface: str, entity_id: str, kind: str) -> None:
        for variant in _variants(surface):
            senses = surfaces.setdefault(variant, [])
            if all(s[0] != entity_id for s in senses):
                senses.append((entity_id, kind))

    for section, type_name in _SECTIONS.items():
        for raw in doc.get(section) or []:
            entity = Entity(
                id=raw["id"],
                type=type_name,
                name=raw["name"],
                aliases=tuple(raw.get("aliases") or ()),
                wikidata=raw.get("wikidata"),
                properties=_properties(raw),
            )
            entities[entity.id] = GazEntity(
                entity=entity,
                country=raw.get("country"),
                part_of=raw.get("part_of"),
                contested=bool(raw.get("contested")),
                short=raw.get("short"),
                role=raw.get("role"),
                context=tuple(raw.get("context") or ()),
                deployed_in=tuple(raw.get("deployed_in") or ()),
                hosts=tuple(raw.get("hosts") or ()),
                led_by=raw.get("led_by"),
                organ_of=raw.get("organ_of"),
                capitals=tuple(raw.get("capitals") or ()),
            )
            for surface in (entity.name, *entity.aliases):
                add(surface, entity.id, "name")
            for surface in raw.get("demonyms") or ():
                add(surface, entity.id, "demonym")
            for surface in raw.get("metonyms") or ():
                add(surface, entity.id, "metonym")
    automaton = literal_automaton((surface, (surface, senses)) for surface, senses in surfaces.items())
    places = {entity_id: g for entity_id, g in entities.items() if g.locality}
    return Gazetteer({k: g for k, g in entities.items() if k not in places}, automaton, places)


def literal_automaton(words: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton that finds each word, yielding the value given with it."""
    automaton = ahocorasick.Automaton()
    for word, value in words:
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


_LISTS = ("aliases", "demonyms", "metonyms", "context", "capitals")


def merge_documents(hand: dict[str, Any], generated: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The hand-curated entries first, each completed by the generated entry of its id; then the other generated
    ones. The hand entry decides the section and every single value; lists are joined, the hand's first."""
    rest = {raw["id"]: raw for section in _SECTIONS for raw in generated.get(section) or ()}
    merged: dict[str, list[dict[str, Any]]] = {}
    for section in _SECTIONS:
        merged[section] = [_merge_entry(raw, rest.pop(raw["id"], {})) for raw in hand.get(section) or ()]
    for section in _SECTIONS:
        merged[section] += [raw for raw in generated.get(section) or () if raw["id"] in rest]
    return merged


def _merge_entry(hand: dict[str, Any], generated: dict[str, Any]) -> dict[str, Any]:
    if not generated:
        return hand
    out = generated | hand
    # The generated name becomes an alias where the hand chose another ("Czechia" for "Czech Republic").
    extra = {"aliases": [generated["name"], *(generated.get("aliases") or ())]}
    for key in _LISTS:
        joined = dict.fromkeys([*(hand.get(key) or ()), *(extra.get(key) or generated.get(key) or ())])
        joined.pop(hand["name"], None)
        if joined:
            out[key] = list(joined)
    out["properties"] = (generated.get("properties") or {}) | (hand.get("properties") or {})
    return out


def _data(name: str) -> dict[str, Any]:
    text = resources.files("loaders").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text) if name.endswith(".json") else yaml.load(text, Loader=_YAML_LOADER)


@cache
def default_gazetteer() -> Gazetteer:
    return build_gazetteer(merge_documents(_data("gazetteer.yaml"), _data("world.json")))
