"""The shortest chain of relations between two entities, in a scope or not, as rows of the named queries
shortest_path and shortest_path_in_scope (node_ids, node_names, predicates, fact_ids, and the ``page`` of them).

A territory is searched breadth-first here, one query a hop (steps_in_scope), on both stores: a step is about
the territory by either of its ends, which LadybugDB's recursive pattern cannot read, so its statement walks
every acyclic path. Of the shortest paths found, the one whose fact ids come first in order is given, as
LadybugDB's statement gives it (Neo4j's shortestPath picks any).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph import GraphStore
from graph.store import Row

#: The most steps a path takes, as in the statements.
MAX_STEPS = 6


@dataclass(frozen=True)
class Step:
    """One relation walked from ``here`` to ``there``."""

    here: str
    there: str
    there_name: str
    predicate: str
    fact_id: str


def shortest_path(store: GraphStore, start: str, end: str, *, skip: int, limit: int, **scope: Any) -> list[Row]:
    """The shortest path from ``start`` to ``end`` whose every step is in ``scope`` (the parameters of
    kg.scope.Scope.params; none: any step), as one row; [] when there is none."""
    ends = {"from": start, "to": end, "skip": skip, "limit": limit}
    if not scope or not any(scope.get(key) for key in ("territory", "since", "until")):
        return store.query("shortest_path", **ends)
    if not scope.get("territory"):  # a period prunes the statement's walk on both stores
        return store.query("shortest_path_in_scope", **ends, **scope)
    steps, names = _layers(store, start, end, scope)
    if not steps:
        return []
    path = _first(steps, start, end)
    fact_ids = [step.fact_id for step in path]
    return [
        {
            "node_ids": [start, *(step.there for step in path)],
            "node_names": [names[start], *(step.there_name for step in path)],
            "predicates": [step.predicate for step in path],
            "fact_ids": fact_ids,
            "page": fact_ids[skip : skip + limit],
        }
    ]


def _layers(store: GraphStore, start: str, end: str, scope: dict[str, Any]) -> tuple[list[list[Step]], dict[str, str]]:
    """Breadth-first from ``start``: for each hop, the steps in scope that reach an entity first seen at that hop,
    up to the hop that reaches ``end`` ([] if none does within MAX_STEPS); and the name of each entity left."""
    seen = {start}
    frontier = [start] if start != end else []  # a path takes one step at least, as in the statements
    layers: list[list[Step]] = []
    names: dict[str, str] = {}
    while frontier and len(layers) < MAX_STEPS:
        rows = store.query("steps_in_scope", frontier=frontier, **scope)
        names.update((row["here"], row["here_name"]) for row in rows)
        layer = [Step(r["here"], r["there"], r["there_name"], r["predicate"], r["fact_id"]) for r in rows]
        layer = [step for step in layer if step.there not in seen]
        layers.append(layer)
        if any(step.there == end for step in layer):
            return layers, names
        frontier = sorted({step.there for step in layer})
        seen.update(frontier)
    return [], names


def _first(layers: list[list[Step]], start: str, end: str) -> list[Step]:
    """Of the shortest paths through ``layers``, the one whose fact ids come first in order."""
    leads = {end}  # the entities of the last layer, then of each one before, that lead to ``end``
    useful: list[set[str]] = []
    for layer in reversed(layers):
        useful.append(leads)
        leads = {step.here for step in layer if step.there in leads}
    useful.reverse()
    path: list[Step] = []
    here = start
    for layer, leading in zip(layers, useful, strict=True):
        step = min((s for s in layer if s.here == here and s.there in leading), key=lambda s: s.fact_id)
        path.append(step)
        here = step.there
    return path
