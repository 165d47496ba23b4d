"""One resource as triples (an entity, fact, evidence, article or organization), as the dump has it."""

from __future__ import annotations

from typing import Any

from pyoxigraph import RdfFormat, Triple, parse

from core.errors import NotFound
from graph import GraphStore
from rdf.lines import Lines, statements
from rdf.rows import evidence_by_fact, evidence_rows
from rdf.vocab import Vocabulary

#: A bound past any entity's relations: an entity's description holds them all.
EVERY = 10**9


def _triples(lines: list[str]) -> list[Triple]:
    return [quad.triple for quad in parse(statements(lines), RdfFormat.N_TRIPLES)]


def _cited_facts(store: GraphStore, model: Lines, rows: list[dict[str, Any]]) -> list[str]:
    """The lines of facts (rows of the `fact` or `entity_relations` query) and of their evidence."""
    facts = [
        {"predicate": row["predicate"], "subject_id": row["subject_id"], "object_id": row["object_id"]}
        | row["relation"]
        for row in rows
    ]
    by_fact = evidence_by_fact(store, facts)
    return [line for fact in facts for line in model.of_cited_fact(fact, by_fact.get(fact["fact_id"], []))]


def describe_entity(store: GraphStore, vocab: Vocabulary, entity_id: str) -> list[Triple]:
    """An entity's own triples, and every relation in or out of it with its statement and evidence."""
    rows = store.query("entity", id=entity_id)
    if not rows:
        raise NotFound(f"no entity {entity_id!r}")
    model = Lines(vocab)
    lines = model.of_entity(rows[0]["type"], rows[0]["properties"] | {"id": entity_id})
    relations = store.query("entity_relations", id=entity_id, dated=False, skip=0, limit=EVERY)
    return _triples(lines + _cited_facts(store, model, relations))


def describe_fact(store: GraphStore, vocab: Vocabulary, fact_id: str) -> list[Triple]:
    """A fact: its direct triple, its statement with the qualifiers, and its evidence (as in the dump)."""
    rows = store.query("fact", fact_id=fact_id)
    if not rows:
        raise NotFound(f"no fact {fact_id!r}")
    return _triples(_cited_facts(store, Lines(vocab), rows))


def describe_evidence(store: GraphStore, vocab: Vocabulary, evidence_id: str) -> list[Triple]:
    """One supporting sentence: its annotation, target and selectors, and the statement derived from it."""
    rows = evidence_rows(store, [evidence_id])
    if not rows:
        raise NotFound(f"no evidence {evidence_id!r}")
    return _triples(Lines(vocab).of_evidence(rows[0]))


def describe_article(store: GraphStore, vocab: Vocabulary, article_id: str) -> list[Triple]:
    """An article's own triples (type, headline, date, address and publisher)."""
    rows = store.query("article", id=article_id)
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    return _triples(Lines(vocab).of_article(rows[0]))


def describe_organization(vocab: Vocabulary, name: str) -> list[Triple]:
    """An organization's own triples (type and name), as the dump has them."""
    return _triples(Lines(vocab).organization(name))
