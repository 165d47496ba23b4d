"""Relations filtered by predicate, endpoints, territory and dates."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import FilterDep, PageDep, StoreDep
from api.models import Fact, Page, PredicateName
from api.openapi import READ, errors
from kg import cited, index

router = APIRouter(prefix="/relations", tags=["relations"])


@router.get(
    "",
    response_model=Page[Fact],
    summary="Relations, filtered; asserted or not, with evidence",
    responses=errors(READ, 404),
)
def list_relations(
    store: StoreDep,
    page: PageDep,
    scope: FilterDep,
    predicate: Annotated[PredicateName | None, Query()] = None,
    subject: Annotated[str | None, Query(description="subject entity id")] = None,
    object: Annotated[str | None, Query(description="object entity id")] = None,
) -> Page[Fact]:
    facts = cited.facts_of(
        store,
        "relations",
        predicate=predicate.value if predicate else "",
        subject=subject or "",
        object=object or "",
        skip=page.skip,
        limit=page.limit,
        **scope.params(partial(index.names, store)),
    )
    return Page[Fact](items=facts, next_cursor=page.next_cursor(len(facts)))
