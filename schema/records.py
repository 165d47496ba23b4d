"""Plain records that flow from the loaders to the stores.

Ids are stable: entities use the slug of their canonical name, a fact is keyed by a
hash of subject, predicate, object, polarity, modality and its key qualifiers, and a
piece of evidence by its fact, article and span.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any

from core.errors import SchemaError
from schema import MODALITIES, ONTOLOGY, POLARITIES


class _Picklable:
    """Pickled as the class and its field values: frozen slotted records otherwise pickle slowly."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]


# json.dumps with these options builds an encoder per call: one made once writes the same text, 2.5x faster.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)


def stable_hash(*parts: object) -> str:
    """A short hex digest of the parts, stable across runs and machines."""
    return hashlib.sha1(_CANONICAL.encode(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Entity(_Picklable):
    """A typed node: state, territory, person, organization, agreement, resolution or claim."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def search_key(self) -> str:
        """Lower-case name and aliases joined by ``|``: what name search matches against."""
        return "|".join(name.lower() for name in (self.name, *self.aliases))

    def combined(self, other: Entity) -> Entity:
        """This entity and ``other`` (the same id, read from another article) as one, the same whichever comes
        first: the longer name (of two as long, the later in code-point order, which prefers an accented
        spelling to its plain one), every other name as an alias, and of two values of a property the smaller.
        """
        if other == self:
            return self
        name = max(self.name, other.name, key=lambda n: (len(n), n))
        aliases = sorted({*self.aliases, *other.aliases, self.name, other.name} - {name})
        keys = sorted(self.properties.keys() | other.properties.keys())
        properties = {k: _smaller(self.properties.get(k), other.properties.get(k)) for k in keys}
        return Entity(self.id, self.type, name, tuple(aliases), _smaller(self.wikidata, other.wikidata), properties)


def _smaller(a: Any, b: Any) -> Any:
    """The smaller of two values in a fixed order (their JSON text); a missing value gives way."""
    given = [v for v in (a, b) if v is not None]
    return min(given, key=lambda v: json.dumps(v, sort_keys=True, default=str)) if given else None


@dataclass(frozen=True, slots=True)
class Article(_Picklable):
    """A source document."""

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence(_Picklable):
    """A quoted span of an article, with its character offsets in the original text."""

    article_id: str
    start: int
    end: int
    text: str

    def id_for(self, fact_id: str) -> str:
        return stable_hash(fact_id, self.article_id, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Relation(_Picklable):
    """A typed edge between two entities, with qualifiers and its supporting evidence."""

    predicate: str
    subject_id: str
    subject_type: str
    object_id: str
    object_type: str
    qualifiers: dict[str, Any] = field(default_factory=dict)
    polarity: str = "affirmed"
    modality: str = "asserted"
    confidence: float = 0.8
    evidence: tuple[Evidence, ...] = ()

    @property
    def fact_id(self) -> str:
        keys = ONTOLOGY.predicate(self.predicate).key_qualifiers
        key_values = {k: self.qualifiers.get(k) for k in keys}
        return stable_hash(self.subject_id, self.predicate, self.object_id, self.polarity, self.modality, key_values)

    @property
    def is_fact(self) -> bool:
        """Only affirmed, asserted relations count as facts."""
        return self.polarity == "affirmed" and self.modality == "asserted"

    def validate(self) -> None:
        """Check the relation against the ontology; raise SchemaError when it does not fit."""
        pred = ONTOLOGY.predicate(self.predicate)
        if not pred.connects(self.subject_type, self.object_type):
            raise SchemaError(f"{self.predicate} does not connect {self.subject_type} to {self.object_type}")
        unknown = set(self.qualifiers) - set(pred.qualifier_map)
        if unknown:
            raise SchemaError(f"{self.predicate} has no qualifier {sorted(unknown)}")
        if self.polarity not in POLARITIES or self.modality not in MODALITIES:
            raise SchemaError(f"bad polarity/modality {self.polarity}/{self.modality}")
        if not 0.0 <= self.confidence <= 1.0:
            raise SchemaError(f"confidence {self.confidence} is outside [0, 1]")
