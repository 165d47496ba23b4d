"""Articles."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import FilterDep, PageDep, StoreDep
from api.models import Article, Page
from api.openapi import READ, errors
from kg import answers
from kg.errors import NotFound

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get(
    "",
    response_model=Page[Article],
    summary="Articles, newest first; those published in a period, citing facts about a territory",
    description="`since` and `until` are the article's publication date here, not its events'.",
    responses=errors(READ, 404),
)
def list_articles(store: StoreDep, page: PageDep, scope: FilterDep) -> Page[Article]:
    rows = answers.articles(store, scope, skip=page.skip, limit=page.limit)
    return Page[Article](items=[Article(**r) for r in rows], next_cursor=page.next_cursor(len(rows)))


@router.get(
    "/{article_id}",
    response_model=Article,
    summary="One article and how many sentences it cites",
    responses=errors(READ, 404),
)
def get_article(store: StoreDep, article_id: str) -> Article:
    rows = store.query("article", id=article_id)
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    return Article(**rows[0])
