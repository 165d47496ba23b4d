"""Entities: search, one entity, its relations and its timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import PageDep, StoreDep
from api.models import Entity, EntityRelations, EntityType, Page, Timeline
from kg import answers

router = APIRouter(prefix="/entities", tags=["entities"])


@router.get("", response_model=Page[Entity], summary="Search entities by name or alias")
def search_entities(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str, Query(max_length=200, description="part of a name or alias")] = "",
    type: Annotated[EntityType | None, Query(description="only entities of this type")] = None,
) -> Page[Entity]:
    rows = store.query("search", q=q.strip().lower(), type=type.value if type else "", skip=page.skip, limit=page.limit)
    return Page[Entity](items=[Entity(**row, properties={}) for row in rows], next_cursor=page.next_cursor(len(rows)))


@router.get("/{entity_id}", response_model=Entity, summary="One entity")
def get_entity(store: StoreDep, entity_id: str) -> Entity:
    return Entity(**answers.entity(store, entity_id))


@router.get("/{entity_id}/relations", response_model=EntityRelations, summary="All relations, by predicate")
def entity_relations(store: StoreDep, entity_id: str) -> EntityRelations:
    return EntityRelations(**answers.entity_relations(store, entity_id))


@router.get("/{entity_id}/timeline", response_model=Timeline, summary="Dated relations in time order")
def entity_timeline(store: StoreDep, entity_id: str) -> Timeline:
    return Timeline(**answers.timeline(store, entity_id))
