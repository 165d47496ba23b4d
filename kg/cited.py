"""Facts with the evidence that cites them, and the views of one entity: its relations and timeline.

The named questions (kg/named.py) and the plain-English ones (kg/answers.py) build on these.
"""

from __future__ import annotations

from typing import Any

from core.errors import NotFound
from graph import GraphStore
from kg import qualified
from kg.views import (
    Entity,
    EntityRef,
    EntityRelations,
    Evidence,
    Fact,
    Timeline,
)
from schema import ONTOLOGY

MAX_ROWS = 500


def fact_from_row(row: dict[str, Any], **extra: Any) -> Fact:
    """A query row as a fact, its qualifiers decoded by the ontology; its evidence comes with with_evidence."""
    relation = row["relation"]
    fact = Fact(
        fact_id=relation["fact_id"],
        predicate=row["predicate"],
        subject=EntityRef(id=row["subject_id"], name=row["subject_name"], type=row["subject_type"]),
        object=EntityRef(id=row["object_id"], name=row["object_name"], type=row["object_type"]),
        qualifiers=qualified.decode(row["predicate"], relation),
        polarity=relation.get("polarity"),
        modality=relation.get("modality"),
        confidence=relation.get("confidence"),
        **extra,
    )
    fact.date = qualified.event_date(fact.qualifiers.model_dump())
    fact._evidence_ids = list(relation.get("evidence_ids") or [])
    return fact


def with_evidence(store: GraphStore, facts: list[Fact]) -> list[Fact]:
    """Attach every fact's evidence (one query for all), take each qualifier its sentences give differently from
    the one a journalist would quote (qualified.preferred), and raise confidence with independent articles."""
    ids = sorted({i for f in facts for i in f._evidence_ids})
    predicates = {f.fact_id: ONTOLOGY.predicate(f.predicate) for f in facts}
    by_fact: dict[str, list[Evidence]] = {}
    for ev in store.query("evidence", ids=ids) if ids else []:
        own = ev.get("properties") or {}
        qualifiers = {  # as read from this sentence
            q.name: q.kind.from_store(own[q.name])
            for q in predicates[ev["fact_id"]].qualifiers
            if own.get(q.name) is not None
        }
        fields = {k: ev.get(k) for k in Evidence.model_fields if k != "qualifiers"}
        qualifiers = qualified.without_datelines(qualifiers, [ev["text"]])
        by_fact.setdefault(ev["fact_id"], []).append(Evidence(**fields, qualifiers=qualifiers))
    for fact in facts:
        evidence = by_fact.get(fact.fact_id, fact.evidence)
        fact.evidence = sorted(evidence, key=lambda e: (e.published or "", e.article, e.start))
        shown = qualified.without_datelines(fact.qualifiers.model_dump(), (e.text for e in fact.evidence))
        shown = qualified.preferred(shown, fact.evidence)
        fact.qualifiers, fact.date = type(fact.qualifiers)(**shown), qualified.event_date(shown)
        articles = len({e.article for e in fact.evidence})
        if fact.confidence is not None and articles > 1:
            fact.confidence = round(1 - (1 - fact.confidence) ** articles, 3)
    return facts


def facts_of(store: GraphStore, query: str, **params: Any) -> list[Fact]:
    """Run a named query whose rows are relations and return its facts with evidence."""
    return with_evidence(store, [fact_from_row(r) for r in store.query(query, **params)])


_SHOWN_APART = ("id", "type", "name", "aliases", "wikidata", "search")


def entity(store: GraphStore, entity_id: str) -> Entity:
    rows = store.query("entity", id=entity_id)
    if not rows:
        raise NotFound(f"no entity {entity_id!r}")
    row = rows[0]
    props = row.pop("properties") or {}
    return Entity(**row, properties={k: v for k, v in props.items() if k not in _SHOWN_APART})


def entity_relations(store: GraphStore, entity_id: str, *, skip: int = 0, limit: int = MAX_ROWS) -> EntityRelations:
    """A page of an entity's relations, grouped by predicate (in the query's order: predicate, direction, id)."""
    found = entity(store, entity_id)
    rows = store.query("entity_relations", id=entity_id, dated=False, skip=skip, limit=limit)
    facts = with_evidence(store, [fact_from_row(r, direction=r["direction"]) for r in rows])
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(fact.predicate, []).append(fact)
    view = EntityRelations(entity=found, groups=groups)
    view._fetched = len(rows)
    return view


def timeline(store: GraphStore, entity_id: str, *, skip: int = 0, limit: int = MAX_ROWS) -> Timeline:
    """A page of the entity's relations in order of when they happened (the query orders them by the earliest
    date their qualifiers give). A fact whose only date is an article's dateline is left out of its page: the
    publication date is not the event's."""
    found = entity(store, entity_id)
    rows = store.query("entity_relations", id=entity_id, dated=True, skip=skip, limit=limit)
    facts = with_evidence(store, [fact_from_row(r, direction=r["direction"]) for r in rows])
    view = Timeline(entity=found, events=[f for f in facts if f.date])
    view._fetched = len(rows)
    return view


def fact_evidence(store: GraphStore, fact_id: str) -> Fact:
    rows = store.query("fact", fact_id=fact_id)
    if not rows:
        raise NotFound(f"no fact {fact_id!r}")
    return with_evidence(store, [fact_from_row(rows[0])])[0]


def sections(facts: list[Fact], polarity: str = "affirmed") -> tuple[list[Fact], list[Fact]]:
    """Asserted facts of the polarity asked for, and the rest: denied, planned, conditional or claimed."""
    main = [f for f in facts if f.modality == "asserted" and (f.polarity or "affirmed") == polarity]
    kept = {f.fact_id for f in main}
    return main, [f for f in facts if f.fact_id not in kept]


def unique(facts: list[Fact]) -> list[Fact]:
    return list({f.fact_id: f for f in facts}.values())
