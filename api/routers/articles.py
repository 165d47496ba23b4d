"""Articles."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import PageDep, StoreDep
from api.models import Article, Page
from core.errors import NotFound

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("", response_model=Page[Article], summary="Articles, newest first")
def list_articles(store: StoreDep, page: PageDep) -> Page[Article]:
    rows = store.query("articles", skip=page.skip, limit=page.limit)
    return Page[Article](items=[Article(**r) for r in rows], next_cursor=page.next_cursor(len(rows)))


@router.get("/{article_id}", response_model=Article, summary="One article and how many sentences it cites")
def get_article(store: StoreDep, article_id: str) -> Article:
    rows = store.query("article", id=article_id)
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    return Article(**rows[0])
