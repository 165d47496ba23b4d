"""Entities: search, one entity, its relations and its timeline."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import PageDep, StoreDep, TerritoryParam
from api.models import Entity, EntityRelations, EntityType, Page, Timeline
from api.negotiation import FORMAT_NAMES, NEGOTIATED, RESOURCE_TYPES, choose, negotiated_responses, rdf_or_json
from api.openapi import READ, errors
from api.pages import entity_page
from kg import cited, index
from kg.scope import Scope
from rdf.describe import describe_entity

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get(
    "",
    response_model=Page[Entity],
    summary="Search entities by name or alias, of a type, within a territory",
    description="`territory` keeps the territory and its parts.",
    responses=errors(READ, 404),
)
def search_entities(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str, Query(max_length=200, description="part of a name or alias")] = "",
    type: Annotated[EntityType | None, Query(description="only entities of this type")] = None,
    territory: TerritoryParam = None,
) -> Page[Entity]:
    rows = store.query(
        "search",
        q=q.strip().lower(),
        type=type.value if type else "",
        skip=page.skip,
        limit=page.limit,
        **Scope(territory=territory).params(partial(index.names, store)),
    )
    return Page[Entity](items=[Entity(**row, properties={}) for row in rows], next_cursor=page.next_cursor(len(rows)))


@router.get(
    "/{entity_id}",
    response_model=Entity,
    summary="One entity; its IRI: JSON, Turtle, JSON-LD, N-Triples or HTML by content negotiation",
    responses=negotiated_responses(RESOURCE_TYPES, 404),
    dependencies=[NEGOTIATED],
)
def get_entity(
    request: Request,
    store: StoreDep,
    entity_id: str,
    format: Annotated[
        str | None,
        Query(pattern="^(" + "|".join([*FORMAT_NAMES, "html"]) + ")$", description="overrides the Accept header"),
    ] = None,
) -> Entity | Response:
    media = "text/html" if format == "html" else choose(request, RESOURCE_TYPES, format)
    if media == "text/html":
        return HTMLResponse(entity_page(cited.entity_relations(store, entity_id)))
    return rdf_or_json(
        request, media, lambda: cited.entity(store, entity_id), lambda v: describe_entity(store, v, entity_id)
    )


@router.get(
    "/{entity_id}/relations",
    response_model=EntityRelations,
    summary="A page of an entity's relations, out and in, grouped by predicate",
    description="Relations in order of predicate, direction and fact id; `next_cursor` gives the next page.",
    responses=errors(READ, 404),
)
def get_entity_relations(store: StoreDep, page: PageDep, entity_id: str) -> EntityRelations:
    view = cited.entity_relations(store, entity_id, skip=page.skip, limit=page.limit)
    view.next_cursor = page.next_cursor(view._fetched)
    return view


@router.get(
    "/{entity_id}/timeline",
    response_model=Timeline,
    summary="A page of an entity's dated relations in time order",
    description="Relations by the earliest date, year or start their sources give; `next_cursor` gives the next "
    "page. A relation dated only by an article's dateline is left out, so a page may hold fewer than `limit`.",
    responses=errors(READ, 404),
)
def get_entity_timeline(store: StoreDep, page: PageDep, entity_id: str) -> Timeline:
    view = cited.timeline(store, entity_id, skip=page.skip, limit=page.limit)
    view.next_cursor = page.next_cursor(view._fetched)
    return view
