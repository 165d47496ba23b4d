"""JSON models of the API, derived from the ontology in schema/."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, create_model, model_serializer

from schema import MODALITIES, ONTOLOGY, POLARITIES, Kind

EntityType = StrEnum("EntityType", {name: name for name in ONTOLOGY.entity_types})  # type: ignore[misc]
PredicateName = StrEnum("PredicateName", {name: name for name in ONTOLOGY.predicate_names})  # type: ignore[misc]
Polarity = Literal[POLARITIES]  # type: ignore[valid-type]
Modality = Literal[MODALITIES]  # type: ignore[valid-type]

_PYTHON_TYPES: dict[Kind, Any] = {
    Kind.TEXT: str,
    Kind.INT: int,
    Kind.FLOAT: float,
    Kind.DATE: str,
    Kind.TEXT_LIST: list[str],
    Kind.INT_LIST: list[int],
    Kind.VOTES: dict[str, int],
    Kind.ENTITY: str,
}
_qualifier_specs = {q.name: q for p in ONTOLOGY.predicates for q in p.qualifiers}


class _OnlySet(BaseModel):
    """Serializes only the qualifiers a fact has (which ones apply depends on its predicate)."""

    @model_serializer(mode="wrap")
    def _drop_missing(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {k: v for k, v in handler(self).items() if v is not None}


Qualifiers = create_model(  # type: ignore[call-overload]
    "Qualifiers",
    __base__=_OnlySet,
    __doc__="The qualifiers a relation may carry; which ones apply depends on its predicate (see /questions).",
    **{
        name: (_PYTHON_TYPES[spec.kind] | None, Field(None, description=spec.description or spec.kind.value))
        for name, spec in sorted(_qualifier_specs.items())
    },
)

T = TypeVar("T")


class EntityRef(BaseModel):
    id: str
    name: str | None
    type: EntityType


class Evidence(BaseModel):
    """A sentence that supports a fact, cited in its article (offsets into the original text)."""

    article: str
    title: str | None
    publisher: str | None
    published: str | None
    text: str
    start: int
    end: int
    qualifiers: Qualifiers | None = Field(None, description="the qualifiers read from this sentence")  # type: ignore[valid-type]


class ClaimInfo(BaseModel):
    text: str | None
    verdict: str | None
    reviewed_by: str | None


class Fact(BaseModel):
    """A relation with its qualifiers, status and every supporting sentence."""

    fact_id: str
    predicate: PredicateName
    subject: EntityRef
    object: EntityRef
    qualifiers: Qualifiers  # type: ignore[valid-type]
    polarity: Polarity | None  # type: ignore[valid-type]
    modality: Modality | None  # type: ignore[valid-type]
    confidence: float | None
    evidence: list[Evidence]
    direction: Literal["out", "in"] | None = None
    date: str | None = None
    claim: ClaimInfo | None = None
    reasons: list[Fact] | None = Field(None, description="uninvited presence: the requests and condemnations")


class Entity(BaseModel):
    id: str
    type: EntityType
    name: str | None
    aliases: list[str] | None = None
    wikidata: str | None = None
    properties: dict[str, Any] = {}


class Page(BaseModel, Generic[T]):
    """One page of a list; pass ``next_cursor`` as ``cursor`` for the next one."""

    items: list[T]
    next_cursor: str | None


class Path(BaseModel):
    node_ids: list[str]
    node_names: list[str | None]
    predicates: list[str]
    fact_ids: list[str]


class Answer(BaseModel):
    """The answer to a named or plain-English question, each row with its evidence."""

    question: str
    description: str
    asked: str | None = None
    entities: dict[str, Entity]
    rows: list[Fact]
    claims: list[Fact] | None = None
    path: Path | None = None


class QuestionInfo(BaseModel):
    name: str
    description: str
    params: list[str]
    example: str


class EntityRelations(BaseModel):
    entity: Entity
    groups: dict[str, list[Fact]]


class Timeline(BaseModel):
    entity: Entity
    events: list[Fact]


class Article(BaseModel):
    id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    sha256: str | None
    evidence: int | None = None


class Stats(BaseModel):
    store: str
    counts: dict[str, int]


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    store: str
    detail: str | None = None


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
