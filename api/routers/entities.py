"""Entities: search, one entity, its relations and its timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import PageDep, StoreDep, TerritoryParam
from api.models import Entity, EntityRelations, EntityType, Page, Timeline
from api.openapi import READ, errors
from api.pages import entity_page
from api.problems import NotAcceptable
from api.routers.linked import RDF_TYPES
from kg import answers
from kg.scope import Scope
from rdf.conneg import best_match
from rdf.export import describe_entity, serialize_triples

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
        **Scope(territory=territory).params(answers.names(store)),
    )
    return Page[Entity](items=[Entity(**row, properties={}) for row in rows], next_cursor=page.next_cursor(len(rows)))


_ENTITY_TYPES = ["application/json", "text/turtle", "application/ld+json", "application/n-triples", "text/html"]
_FORMAT_TYPES = dict(zip(["json", "turtle", "jsonld", "ntriples", "html"], _ENTITY_TYPES, strict=True))


@router.get(
    "/{entity_id}",
    response_model=Entity,
    summary="One entity; its IRI: JSON, Turtle, JSON-LD, N-Triples or HTML by content negotiation",
    responses={200: {"content": {media: {} for media in _ENTITY_TYPES}}, **errors(READ, 404, 406)},
)
def get_entity(
    request: Request,
    store: StoreDep,
    entity_id: str,
    format: Annotated[
        str | None, Query(pattern="^(json|turtle|jsonld|ntriples|html)$", description="overrides the Accept header")
    ] = None,
) -> Entity | Response:
    accept = _FORMAT_TYPES[format] if format else request.headers.get("accept", "*/*")
    media = best_match(accept, _ENTITY_TYPES)
    if media is None:
        raise NotAcceptable(_ENTITY_TYPES)
    if media == "application/json":
        return answers.entity(store, entity_id)
    if media == "text/html":
        return HTMLResponse(entity_page(answers.entity_relations(store, entity_id)))
    triples = describe_entity(store, request.app.state.vocab, entity_id)
    return Response(serialize_triples(triples, RDF_TYPES[media], request.app.state.vocab), media_type=media)


@router.get(
    "/{entity_id}/relations",
    response_model=EntityRelations,
    summary="All relations, by predicate",
    responses=errors(READ, 404),
)
def get_entity_relations(store: StoreDep, entity_id: str) -> EntityRelations:
    return answers.entity_relations(store, entity_id)


@router.get(
    "/{entity_id}/timeline",
    response_model=Timeline,
    summary="Dated relations in time order",
    responses=errors(READ, 404),
)
def get_entity_timeline(store: StoreDep, entity_id: str) -> Timeline:
    return answers.timeline(store, entity_id)
