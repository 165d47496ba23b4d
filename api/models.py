"""JSON models of the API: the typed views of kg/views.py (derived from schema/), and the API's own."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel

from kg.views import (
    Answer,
    ClaimInfo,
    Entity,
    EntityCard,
    EntityRef,
    EntityRelations,
    EntityType,
    Evidence,
    Fact,
    Modality,
    Path,
    Polarity,
    PredicateName,
    Qualifiers,
    Reading,
    Timeline,
)

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list; pass ``next_cursor`` as ``cursor`` for the next one."""

    items: list[T]
    next_cursor: str | None


class QuestionInfo(BaseModel):
    name: str
    description: str
    params: list[str]
    example: str


class Article(BaseModel):
    id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    sha256: str | None
    evidence: int | None = None


class Publisher(BaseModel):
    """An organization that published articles or reviewed claims."""

    id: str
    name: str
    articles: int
    reviews: int


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


__all__ = [
    "Answer",
    "Article",
    "ClaimInfo",
    "Entity",
    "EntityCard",
    "EntityRef",
    "EntityRelations",
    "EntityType",
    "Evidence",
    "Fact",
    "Health",
    "Modality",
    "Page",
    "Path",
    "Polarity",
    "PredicateName",
    "Problem",
    "Publisher",
    "Qualifiers",
    "QuestionInfo",
    "Reading",
    "Stats",
    "Timeline",
]
