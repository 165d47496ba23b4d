"""Articles."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import FilterDep, PageDep, StoreDep
from api.models import Article, Page
from api.negotiation import NEGOTIATED, RESOURCE_TYPES, FormatQuery, choose, negotiated_responses, rdf_or_json
from api.openapi import READ, errors
from core.errors import NotFound
from graph import GraphStore
from kg import named
from rdf.describe import describe_article

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get(
    "",
    response_model=Page[Article],
    summary="Articles, newest first; those published in a period, citing facts about a territory",
    description="`since` and `until` are the article's publication date here, not its events'.",
    responses=errors(READ, 404),
)
def list_articles(store: StoreDep, page: PageDep, scope: FilterDep) -> Page[Article]:
    rows = named.articles(store, scope, skip=page.skip, limit=page.limit)
    return Page[Article](items=[Article(**r) for r in rows], next_cursor=page.next_cursor(len(rows)))


def article(store: GraphStore, article_id: str) -> Article:
    rows = store.query("article", id=article_id)
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    return Article(**rows[0])


@router.get(
    "/{article_id}",
    response_model=Article,
    summary="One article and how many sentences it cites; its IRI: JSON, or Turtle, JSON-LD or N-Triples",
    responses=negotiated_responses(RESOURCE_TYPES, 404),
    dependencies=[NEGOTIATED],
)
def get_article(request: Request, store: StoreDep, article_id: str, format: FormatQuery = None) -> Article | Response:
    return rdf_or_json(
        request,
        choose(request, RESOURCE_TYPES, format),
        lambda: article(store, article_id),
        lambda v: describe_article(store, v, article_id),
    )
