"""Writes: ingest one article, retract one. Both need an API key (KG_API_KEYS; none set: writes are off)."""

from __future__ import annotations

import hmac
import json
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from pydantic import BaseModel, Field

from api.deps import StoreDep
from api.problems import Forbidden, Unauthorized
from kg.errors import KGError
from loaders.load import load_documents
from loaders.reading import read_bytes

router = APIRouter(prefix="/articles", tags=["writes"])


def require_key(
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer <API key>")] = None,
    x_api_key: Annotated[str | None, Header(description="the API key")] = None,
) -> None:
    keys: list[str] = request.app.state.settings.api_keys
    if not keys:
        raise Forbidden("writes are disabled: the server has no KG_API_KEYS")
    given = x_api_key or (authorization.removeprefix("Bearer ").strip() if authorization else None)
    if not given:
        raise Unauthorized("an API key is needed: Authorization: Bearer <key> or X-API-Key")
    if not any(hmac.compare_digest(given.encode(), key.encode()) for key in keys):
        raise Forbidden("that API key is not allowed to write")


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
    summary="Retract an article; relations no other article supports go with it",
)
def delete_article(store: StoreDep, article_id: str) -> RetractResult:
    summary = store.retract_article(article_id)
    return RetractResult(article=article_id, evidence=summary.evidence, relations=summary.relations)
