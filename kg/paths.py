"""The shortest chain of relations between two entities, in a scope or not, as rows of the named query
shortest_path (node_ids, node_names, predicates, fact_ids, and the ``page`` of them).

A scope (a territory, a period or both) is searched breadth-first here from both ends, one query a hop
(steps_in_scope), on both stores: a step is about the territory by either of its ends, which LadybugDB's
recursive pattern cannot read, and its period-pruned walk still looked at every acyclic path (seconds at 50,000
relations; BENCHMARKS.md). Of the shortest paths, the one whose fact ids come first in order is given (Neo4j's
shortestPath would pick any).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph import GraphStore
from graph.store import Row

#: The most steps a path takes, as in the statements.
MAX_STEPS = 6


@dataclass(frozen=True)
class Step:
    """One relation walked from ``here`` to ``there``."""

    here: str
    here_name: str
    there: str
    there_name: str
    predicate: str
    fact_id: str

    def back(self) -> Step:
        return Step(self.there, self.there_name, self.here, self.here_name, self.predicate, self.fact_id)


@dataclass
class Search:
    """A breadth-first search from one end: each hop's steps to the entities first seen at that hop."""

    frontier: list[str]
    seen: set[str] = field(default_factory=set)
    layers: list[list[Step]] = field(default_factory=list)

    def hop(self, store: GraphStore, scope: dict[str, Any]) -> list[Step]:
        """The steps in scope from the frontier to entities this search has not seen."""
        rows = store.query("steps_in_scope", frontier=self.frontier, **scope)
        steps = [
            Step(r["here"], r["here_name"], r["there"], r["there_name"], r["predicate"], r["fact_id"]) for r in rows
        ]
        return [step for step in steps if step.there not in self.seen]

    def advance(self, steps: list[Step]) -> None:
        self.layers.append(steps)
        self.frontier = sorted({step.there for step in steps})
        self.seen.update(self.frontier)


def shortest_path(store: GraphStore, start: str, end: str, *, skip: int, limit: int, **scope: Any) -> list[Row]:
    """The shortest path from ``start`` to ``end`` whose every step is in ``scope`` (the parameters of
    kg.scope.Scope.params; none: any step), as one row; [] when there is none."""
    ends = {"from": start, "to": end, "skip": skip, "limit": limit}
    if not any(scope.get(key) for key in ("territory", "since", "until")):
        return store.query("shortest_path", **ends)
    layers = _layers(store, start, end, scope)
    if not layers:
        return []
    path = _first(layers, start, end)
    fact_ids = [step.fact_id for step in path]
    return [
        {
            "node_ids": [start, *(step.there for step in path)],
            "node_names": [path[0].here_name, *(step.there_name for step in path)],
            "predicates": [step.predicate for step in path],
            "fact_ids": fact_ids,
            "page": fact_ids[skip : skip + limit],
        }
    ]


def _layers(store: GraphStore, start: str, end: str, scope: dict[str, Any]) -> list[list[Step]]:
    """The steps of every shortest path in scope from ``start`` to ``end``, hop by hop from ``start`` (with
    others beside them), searched from both ends, the smaller frontier first; [] when none is within MAX_STEPS."""
    forth, back = Search([start], {start}), Search([end], {end})
    while start != end and forth.frontier and back.frontier and len(forth.layers) + len(back.layers) < MAX_STEPS:
        near, far = (forth, back) if len(forth.frontier) <= len(back.frontier) else (back, forth)
        steps = near.hop(store, scope)
        reached = set(far.frontier)  # no path is shorter: the two searches had seen no entity in common
        meeting = [step for step in steps if step.there in reached]
        if meeting:
            middle = meeting if near is forth else [step.back() for step in meeting]
            return [*forth.layers, middle, *([s.back() for s in layer] for layer in reversed(back.layers))]
        near.advance(steps)
    return []


def _first(layers: list[list[Step]], start: str, end: str) -> list[Step]:
    """Of the paths from ``start`` to ``end`` through ``layers``, one step a layer, the one whose fact ids come
    first in order."""
    leads = {end}  # the entities of the last layer, then of each one before, that lead to ``end``
    useful: list[set[str]] = []
    for layer in reversed(layers):
        useful.append(leads)
        leads = {step.here for step in layer if step.there in leads}
    path: list[Step] = []
    here = start
    for layer, leading in zip(layers, reversed(useful), strict=True):
        step = min((s for s in layer if s.here == here and s.there in leading), key=lambda s: s.fact_id)
        path.append(step)
        here = step.there
    return path
