"""Relations filtered by predicate, endpoints and dates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import PageDep, StoreDep
from api.models import Fact, Page, PredicateName
from kg import answers

router = APIRouter(prefix="/relations", tags=["relations"])
_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get("", response_model=Page[Fact], summary="Relations, filtered; asserted or not, with evidence")
def list_relations(
    store: StoreDep,
    page: PageDep,
    predicate: Annotated[PredicateName | None, Query()] = None,
    subject: Annotated[str | None, Query(description="subject entity id")] = None,
    object: Annotated[str | None, Query(description="object entity id")] = None,
    since: Annotated[str | None, Query(pattern=_DATE, description="date or since on or after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(pattern=_DATE, description="date or since on or before")] = None,
) -> Page[Fact]:
    facts = answers.facts_of(
        store,
        "relations",
        predicate=predicate.value if predicate else "",
        subject=subject or "",
        object=object or "",
        since=since or "",
        until=until or "",
        skip=page.skip,
        limit=page.limit,
    )
    return Page[Fact](items=facts, next_cursor=page.next_cursor(len(facts)))
