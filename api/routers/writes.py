"""Writes: ingest one article, retract one. Both need an API key (KG_API_KEYS; none set: writes are off)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from api.deps import StoreDep, require_key
from api.openapi import KEYED, READ, errors
from core.errors import KGError
from loaders.article_files import read_bytes
from loaders.load import load_documents

router = APIRouter(prefix="/articles", tags=["writes"])


Writer = Depends(require_key)


class ArticleIn(BaseModel):
    """An article to ingest; `text` may be plain text or HTML."""

    id: str = Field(min_length=1, max_length=200, pattern=r"^[\w.:-]+$")
    text: str = Field(min_length=1)
    title: str | None = None
    publisher: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?")
    url: str | None = None


class WriteResult(BaseModel):
    article: str
    written: bool
    replaced: bool
    entities: int = 0
    relations: int = 0
    evidence: int = 0


class RetractResult(BaseModel):
    article: str
    evidence: int
    relations: int


@router.post(
    "",
    response_model=WriteResult,
    status_code=201,
    dependencies=[Writer],
    responses=errors(READ, KEYED, 413),
    summary="Ingest one article (idempotent; a changed article replaces its evidence)",
)
def post_article(store: StoreDep, article: ArticleIn) -> WriteResult:
    documents = read_bytes(article.id, json.dumps(article.model_dump()).encode(), "json", f"article {article.id}")
    summary = load_documents(store, documents, f"article {article.id}")
    if summary.failures:
        raise KGError(summary.failures[0])
    return WriteResult(
        article=article.id,
        written=summary.articles == 1,
        replaced=summary.replaced == 1,
        entities=summary.entities,
        relations=summary.relations,
        evidence=summary.evidence,
    )


@router.delete(
    "/{article_id}",
    response_model=RetractResult,
    dependencies=[Writer],
    responses=errors(READ, KEYED, 404),
    summary="Retract an article; relations no other article supports go with it",
)
def delete_article(store: StoreDep, article_id: str) -> RetractResult:
    summary = store.retract_article(article_id)
    return RetractResult(article=article_id, evidence=summary.evidence, relations=summary.relations)
