"""shortest_path in a scope on both stores: the shortest chain whose every step is about the territory and in the
period, on a small graph where each answer is the only one of its length."""

from __future__ import annotations

from typing import Any

import pytest

from graph import GraphStore
from kg.paths import shortest_path
from kg.scope import EVERYWHERE
from schema.records import Article, Entity, Evidence, Relation

STATES = [Entity(f"state-{c}", "State", f"State {c.upper()}") for c in "abcde"]
PLACE = Entity("place-t", "Territory", "Place T")
REPORT = Article("report", "A report", "Example Wire", None, "2023-01-01", "cc")


def _relation(predicate: str, subject: Entity, obj: Entity, **qualifiers: Any) -> Relation:
    text = f"{subject.name} {predicate.lower()} {obj.name}."
    return Relation(
        predicate,
        subject.id,
        subject.type,
        obj.id,
        obj.type,
        qualifiers,
        evidence=(Evidence("report", 0, len(text), text),),
    )


A, B, C, D, E = STATES
NAMES = {e.id: e.name for e in STATES}
STEPS = {
    "a-b": _relation("CONDEMNED", A, B, date="2015"),
    "b-e": _relation("CONDEMNED", B, E, date="2016", territory="place-t"),
    "a-e": _relation("SUPPLIES_WEAPONS_TO", A, E),  # undated: in no period
    "a-c": _relation("REQUESTED_WITHDRAWAL", A, C, years=[2019, 2020], territory="place-t"),
    "c-e": _relation("CONDEMNED", C, E, date="2021"),
    "e-c": _relation("CONDEMNED", E, C, date="2022", territory="place-t"),
    "a-t": _relation("DEPLOYED_IN", A, PLACE, since="2010"),
    "t-d": _relation("PART_OF", PLACE, D),  # undated
    "d-e": _relation("CONDEMNED", D, E, date="2000"),
}

#: (scope, the steps of the shortest path from A to E in it; None: no path).
CASES = [
    ({}, ["a-e"]),
    ({"since": "2015", "until": "2016"}, ["a-b", "b-e"]),
    ({"since": "2019", "until": "2021"}, ["a-c", "c-e"]),  # a year of a-c's years in the period
    ({"since": "2000", "until": "2000"}, None),  # a-c has years, none of them in it
    ({"territory": "place-t"}, ["a-c", "e-c"]),  # of the two relations of C and E, the one about the place
    ({"territory": "place-t", "since": "2022", "until": "2022"}, None),
    ({"territory": "state-d"}, None),  # t-d and d-e touch D, a-t does not
]


@pytest.fixture
def paths(store: GraphStore) -> GraphStore:
    store.upsert([REPORT], [*STATES, PLACE], STEPS.values())
    return store


def _scope(given: dict[str, str]) -> dict[str, Any]:
    """The query parameters of a scope (a territory given by id, without parts)."""
    out = dict(EVERYWHERE)
    if "territory" in given:
        out["territory"], out["territories"] = given["territory"], [given["territory"]]
    for key in ("since", "until"):
        if key in given:
            out[key], out[f"{key}_year"] = given[key], int(given[key])
    return out


@pytest.mark.parametrize(("scope", "steps"), CASES, ids=[str(scope) or "none" for scope, _ in CASES])
def test_the_shortest_path_in_scope_takes_only_steps_in_it(
    paths: GraphStore, scope: dict[str, str], steps: list[str] | None
) -> None:
    rows = shortest_path(paths, A.id, E.id, skip=0, limit=10, **_scope(scope))
    if steps is None:
        assert rows == []
        return
    [row] = rows
    assert row["fact_ids"] == [STEPS[s].fact_id for s in steps]
    assert row["page"] == row["fact_ids"]
    assert row["node_ids"] == [A.id, *[f"state-{s[-1]}" for s in steps[:-1]], E.id]
    assert row["predicates"] == [STEPS[s].predicate for s in steps]
    assert row["node_names"] == [NAMES[n] for n in row["node_ids"]]


def test_a_page_of_the_steps(paths: GraphStore) -> None:
    rows = shortest_path(paths, A.id, E.id, skip=1, limit=1, **EVERYWHERE)
    assert [row["page"] for row in rows] == [[]]  # one step, and the page skips it
    scoped = shortest_path(paths, A.id, E.id, skip=1, limit=1, **_scope({"since": "2015", "until": "2016"}))
    assert [row["page"] for row in scoped] == [[STEPS["b-e"].fact_id]]


def test_of_two_shortest_paths_in_a_territory_the_search_gives_the_one_whose_fact_ids_come_first(
    paths: GraphStore,
) -> None:
    f, g, h, i, j = (Entity(f"state-{c}", "State", f"State {c.upper()}") for c in "fghij")
    about = {"territory": "place-t"}
    ties = {
        "f-g": _relation("CONDEMNED", f, g, date="2020", **about),
        "g-i": _relation("CONDEMNED", i, g, date="2020", **about),
        "f-h": _relation("CONDEMNED", h, f, date="2021", **about),
        "h-i": _relation("CONDEMNED", h, i, date="2021", **about),
        "f-i": _relation("CONDEMNED", f, i, date="2022"),  # shorter, but not about the place
        "j-f": _relation("CONDEMNED", j, f, date="2023", **about),
    }
    paths.upsert([REPORT], [f, g, h, i, j], ties.values())
    place = _scope({"territory": "place-t"})
    both = sorted([[ties["f-g"].fact_id, ties["g-i"].fact_id], [ties["f-h"].fact_id, ties["h-i"].fact_id]])
    [row] = shortest_path(paths, f.id, i.id, skip=0, limit=10, **place)
    assert row["fact_ids"] == both[0]
    assert row["node_ids"][1] == ("state-g" if both[0][0] == ties["f-g"].fact_id else "state-h")
    assert row["node_names"] == [f.name, f"State {row['node_ids'][1][-1].upper()}", i.name]
    assert shortest_path(paths, f.id, i.id, skip=1, limit=1, **place)[0]["page"] == [both[0][1]]
    assert shortest_path(paths, f.id, f.id, skip=0, limit=10, **place) == []
    [dated] = shortest_path(paths, f.id, i.id, skip=0, limit=10, **_scope({"since": "2020", "until": "2021"}))
    assert dated["fact_ids"] == both[0]  # a period alone (f-i is in 2022) breaks the tie alike
    [longer] = shortest_path(paths, j.id, i.id, skip=0, limit=10, **place)
    assert longer["fact_ids"] == [ties["j-f"].fact_id, *both[0]] and longer["node_ids"][:2] == [j.id, f.id]
