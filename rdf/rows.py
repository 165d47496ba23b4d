"""Evidence rows read from the store for RDF, each with its qualifiers as keys."""

from __future__ import annotations

from typing import Any

from graph import GraphStore
from schema import ONTOLOGY


def evidence_rows(store: GraphStore, ids: list[str]) -> list[dict[str, Any]]:
    """Evidence rows by id (one query), each with its qualifiers as keys."""
    rows = store.query("evidence", ids=ids) if ids else []
    return [_with_qualifiers(ev, ev.pop("properties") or {}) for ev in rows]


def _with_qualifiers(ev: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    return ev | {name: own.get(name) for name in ONTOLOGY.qualifiers}


def evidence_by_fact(store: GraphStore, facts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The facts' evidence (one query), by fact id."""
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for ev in evidence_rows(store, [i for f in facts for i in f["evidence_ids"]]):
        by_fact.setdefault(ev["fact_id"], []).append(ev)
    return by_fact
