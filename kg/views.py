"""Typed views of what the graph says: entities, evidence, facts, questions read and answers.

One shape each, shared by the CLI (`kg ask`), the API (api/models.py serves these) and `kg extract`
(its JSON lines are :class:`ExtractedFact`). The types that depend on the ontology are derived from
schema/.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import (
    BaseModel,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    computed_field,
    create_model,
    model_serializer,
)

from schema import MODALITIES, ONTOLOGY, POLARITIES

EntityType = StrEnum("EntityType", {name: name for name in ONTOLOGY.entity_types})  # type: ignore[misc]
PredicateName = StrEnum("PredicateName", {name: name for name in ONTOLOGY.predicate_names})  # type: ignore[misc]
Polarity = Literal[POLARITIES]  # type: ignore[valid-type]
Modality = Literal[MODALITIES]  # type: ignore[valid-type]

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
        name: (spec.kind.json_type | None, Field(None, description=spec.description or spec.kind.name))
        for name, spec in sorted(_qualifier_specs.items())
    },
)

# How sure the sources are of a fact: asserted, or one of the statuses shown apart from asserted facts.
Status = Literal["asserted", "denied", "planned", "conditional", "unconfirmed"]
STATUS_LABELS: dict[str, str] = {
    "asserted": "asserted",
    "denied": "denied",
    "planned": "only planned or announced",
    "conditional": "only on a condition",
    "unconfirmed": "only claimed, reported or supposed",
}


# The section apart from an answer's facts, by the polarity asked about: its heading, and the note that points to it.
APART: dict[str, tuple[str, str]] = {
    "affirmed": (
        "Not asserted: denied, planned, conditional or only claimed",
        "What the sources say short of asserting it is listed apart.",
    ),
    "negated": (
        "Short of a stated denial or withdrawal",  # each fact keeps its own status: asserted, planned ...
        "What the sources say short of a stated denial or withdrawal is listed apart.",
    ),
}


def status_of(polarity: str | None, modality: str | None) -> Status:
    """A fact's status: negated facts are denied; planned, conditional and hypothetical ones are not asserted."""
    if polarity == "negated":
        return "denied"
    if modality in ("planned", "conditional"):
        return modality  # type: ignore[return-value]
    if modality == "hypothetical":
        return "unconfirmed"
    return "asserted"


class EntityRef(BaseModel):
    """An entity as a fact names it."""

    id: str
    type: EntityType
    name: str | None


class EntityCard(EntityRef):
    """An entity with its other names and its Wikidata id."""

    wikidata: str | None = None
    aliases: list[str] | None = None


class Entity(EntityCard):
    """An entity with its properties (a territory's status and sovereign, a resolution's vote ...)."""

    properties: dict[str, Any] = {}


class Quote(BaseModel):
    """A cited sentence, with its character offsets in the original article."""

    text: str
    start: int
    end: int


class Evidence(Quote):
    """A sentence that supports a fact, cited in its article: who published it, when, and where to read it."""

    article: str
    title: str | None
    publisher: str | None
    published: str | None = Field(description="the article's publication date, not the event's")
    url: str | None = None
    qualifiers: dict[str, Any] | None = Field(None, description="the qualifiers read from this sentence")


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
    evidence: list[Evidence] = []
    direction: Literal["out", "in"] | None = None
    date: str | None = Field(None, description="when the event happened, from the sources' words (never a dateline)")
    claim: ClaimInfo | None = None
    reasons: list[Fact] | None = Field(None, description="uninvited presence: the requests and condemnations")
    _evidence_ids: list[str] = PrivateAttr(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def status(self) -> Status:
        """asserted; or denied, planned, conditional or unconfirmed (claimed, reported or supposed)."""
        return status_of(self.polarity, self.modality)


class ExtractedFact(BaseModel):
    """One line of `kg extract`: a relation extracted from one article, with its cited sentence."""

    article: str
    predicate: str
    subject: EntityCard
    object: EntityCard
    qualifiers: dict[str, Any]
    polarity: str
    modality: str
    confidence: float
    evidence: Quote
    fact_id: str


class EntityRelations(BaseModel):
    """A page of an entity's relations (by predicate, direction and fact id), grouped by predicate."""

    entity: Entity
    groups: dict[str, list[Fact]]
    next_cursor: str | None = None
    #: How many relations the page's query returned (a full page means more may follow).
    _fetched: int = PrivateAttr(default=0)


class Timeline(BaseModel):
    """A page of an entity's dated relations, by the earliest date their qualifiers give."""

    entity: Entity
    events: list[Fact]
    next_cursor: str | None = None
    _fetched: int = PrivateAttr(default=0)


class Path(BaseModel):
    node_ids: list[str]
    node_names: list[str | None]
    predicates: list[str]
    fact_ids: list[str]


QuestionKind = Literal[
    "who",
    "which",
    "where",
    "when",
    "did",
    "how_many",
    "what_is",
    "entity",
    "claims",
    "path",
    "uninvited",
    "list",
    "unread",
]


class Reading(BaseModel):
    """What the reader understood of a plain-English question."""

    kind: QuestionKind
    predicates: list[PredicateName] = Field([], description="what the question is about, best first")
    focus: Literal["subject", "object"] | None = Field(None, description="the end of the facts the question asks for")
    wanted: EntityType | None = Field(None, description='the type asked for ("which countries")')
    subjects: list[EntityRef] = []
    objects: list[EntityRef] = []
    places: list[EntityRef] = Field([], description='where: a territory the facts concern ("leave Moldova")')
    excluded: list[EntityRef] = Field([], description='"besides Russia"')
    about: list[EntityRef] = Field([], description='what a claim, or a "that" clause, is about')
    sources: list[EntityRef] = Field(
        [], description='"according to Serbia": whose word the facts rest on (the cited sentences name them)'
    )
    post: str | None = Field(None, description='the post asked about ("who is the president of Moldova")')
    since: str | None = None
    until: str | None = None
    polarity: Polarity = "affirmed"  # type: ignore[valid-type]
    troops: bool = Field(False, description="asks how many troops")
    not_in_graph: list[str] = Field([], description="names the reader knows that the graph holds nothing about")
    unknown: list[str] = Field([], description="words that look like names the reader does not know")
    rest: str | None = Field(
        None, description='a second question after the first ("and how many troops does it have there?")'
    )


Verdict = Literal[
    "yes", "no", "disputed", "denied", "only planned", "only conditional", "only claimed", "not in the graph"
]


class Answer(BaseModel):
    """The answer to a named or plain-English question. Asserted facts are ``rows``; what was only denied,
    planned, conditional or claimed is ``unconfirmed``, a section apart."""

    question: str = Field(description="the named question, or the kind of question read")
    description: str = Field(description="what the answer holds, in words")
    asked: str | None = None
    understood: Reading | None = None
    summary: str | None = Field(None, description="the short answer: names, a number, dates, yes or no")
    verdict: Verdict | None = Field(None, description="for a yes-or-no question")
    entities: dict[str, Entity] = {}
    rows: list[Fact] = Field([], description="asserted facts")
    unconfirmed: list[Fact] = Field(
        [], description="the facts apart: not asserted, or, for a question about a denial, not denied"
    )
    apart_title: str = Field(APART["affirmed"][0], description="the heading of the facts apart")
    claims: list[Fact] | None = None
    path: Path | None = None
    entity: Entity | None = Field(None, description='the entity a bare name or "what is" asks about')
    message: str | None = Field(None, description="why the answer is empty, or what to know about it")
    suggestions: list[str] = Field([], description="close questions the graph can answer")
    next_cursor: str | None = Field(None, description="a named question's next page: pass it as `cursor`")
    follow_up: Answer | None = Field(
        None,
        description='the answer to a second question joined to the first (", and how many troops does it have '
        'there?"), its pronouns read as the names of the first',
    )
