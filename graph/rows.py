"""Rows from records, and records from rows: what the stores keep of each article, entity, fact and sentence.

Each value goes through its kind (:mod:`schema.kinds`), so both stores keep the same primitives.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from schema import ONTOLOGY, NodeType, PropertySpec
from schema.records import Article, Entity, Relation

Row = dict[str, Any]
#: A relation with its fact id.
KeyedRelation = tuple[str, Relation]

# An entity's fields, besides the properties of its type.
_ENTITY_FIELDS = ("id", "type", "search", "name", "aliases", "wikidata")


def node_row(node: NodeType, values: Row) -> Row:
    # Every kind keeps None as None, and most of a row's properties (an evidence's qualifiers) are absent: only
    # the values given are converted.
    specs = node.property_map
    row: Row = dict.fromkeys(specs)
    for name, value in values.items():
        if value is not None and name in specs:
            row[name] = specs[name].kind.to_store(value)
    return row


def article_row(article: Article) -> Row:
    values = {
        "id": article.id,
        "title": article.title,
        "publisher": article.publisher,
        "url": article.url,
        "published": article.published,
        "sha256": article.sha256,
    }
    return node_row(ONTOLOGY.node_type("Article"), values)


def entity_row(ent: Entity) -> Row:
    values = {
        "id": ent.id,
        "type": ent.type,
        "search": ent.search_key,
        "name": ent.name,
        "aliases": list(ent.aliases),
        "wikidata": ent.wikidata,
        **ent.properties,
    }
    return node_row(ONTOLOGY.node_type(ent.type), values)


def entity_rows(entities: Iterable[Entity]) -> tuple[dict[str, Entity], dict[str, list[Row]]]:
    """Entities combined by id (aliases and properties of every mention), and their rows by node type."""
    unique: dict[str, Entity] = {}
    for ent in entities:
        unique[ent.id] = unique[ent.id].combined(ent) if ent.id in unique else ent
    by_type: dict[str, list[Row]] = defaultdict(list)
    for ent in unique.values():
        by_type[ent.type].append(entity_row(ent))
    return unique, by_type


def stored_entity(node: NodeType, stored: Row) -> Entity:
    """The entity of a stored row (or of properties read from the store)."""
    properties = {
        p.name: p.kind.from_store(stored[p.name])
        for p in node.properties
        if p.name not in _ENTITY_FIELDS and stored.get(p.name) is not None
    }
    aliases = tuple(stored.get("aliases") or ())
    return Entity(stored["id"], node.name, stored["name"], aliases, stored.get("wikidata"), properties)


def keyed(relations: Iterable[Relation]) -> list[KeyedRelation]:
    """Each relation with its fact id, which is a hash: computed once per relation."""
    return [(rel.fact_id, rel) for rel in relations]


def fact_rows(relations: list[KeyedRelation]) -> dict[tuple[str, str, str], dict[str, Row]]:
    """One row per fact (its ends, polarity and modality), by (predicate, subject type, object type) and fact id.

    The same fact from several articles of a batch is one row, since a MERGE that meets its own key twice in
    one statement is not reliable on every store.
    """
    groups: dict[tuple[str, str, str], dict[str, Row]] = defaultdict(dict)
    for fact_id, rel in relations:
        groups[(rel.predicate, rel.subject_type, rel.object_type)][fact_id] = {
            "subject_id": rel.subject_id,
            "object_id": rel.object_id,
            "fact_id": fact_id,
            "polarity": rel.polarity,
            "modality": rel.modality,
        }
    return groups


def evidence_rows(relations: list[KeyedRelation]) -> list[Row]:
    """A row per supporting sentence, with the relation's confidence and qualifiers as read in its article."""
    node = ONTOLOGY.node_type("Evidence")
    return [
        node_row(
            node,
            {
                "id": ev.id_for(fact_id),
                "fact_id": fact_id,
                "article_id": ev.article_id,
                "start_char": ev.start,
                "end_char": ev.end,
                "text": ev.text,
                "confidence": float(rel.confidence),
                **rel.qualifiers,
            },
        )
        for fact_id, rel in relations
        for ev in rel.evidence
    ]


def summaries(predicate: str, evidence: Iterable[Row], published: dict[str, Any] | None = None) -> dict[str, Row]:
    """What each fact's relation sums up from its evidence rows (see :func:`summary`), by fact id."""
    by_fact: dict[str, list[Row]] = defaultdict(list)
    for ev in evidence:
        by_fact[ev["fact_id"]].append(ev)
    qualifiers = ONTOLOGY.predicate(predicate).qualifiers
    return {fact_id: summary(qualifiers, rows, published) for fact_id, rows in by_fact.items()}


def summary(qualifiers: tuple[PropertySpec, ...], evidence: list[Row], published: dict[str, Any] | None = None) -> Row:
    """What one fact's relation sums up from its evidence rows, with their article's publication date (each
    row's ``published``, or ``published`` by article id).

    The result does not depend on the order of the rows: the evidence ids sorted, the highest confidence,
    and each qualifier summed up by its kind (:meth:`schema.kinds.ValueKind.summarize`) over the sentences in
    source order.
    """
    if len(evidence) > 1:
        evidence = sorted(evidence, key=lambda ev: source_order(ev, published))
    return {
        "evidence_ids": sorted(ev["id"] for ev in evidence),
        "confidence": max((ev["confidence"] for ev in evidence if ev["confidence"] is not None), default=None),
        **{q.name: q.kind.summarize([ev.get(q.name) for ev in evidence]) for q in qualifiers},
    }


def source_order(evidence: Row, published: dict[str, Any] | None = None) -> tuple[bool, str, str, int, str]:
    """Sentences in source order: the earliest-published article first (undated ones last), then by article id
    and position. The first report is the one later articles repeat or revise."""
    date = evidence.get("published") if published is None else published.get(evidence["article_id"])
    return date is None, str(date or ""), evidence["article_id"], evidence["start_char"], evidence["id"]


def unique_by_id(rows: list[Row]) -> list[Row]:
    return list({row["id"]: row for row in rows}.values())
