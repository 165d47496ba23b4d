"""Named queries: their slots are found in the text, and filling them is the only change an adapter makes."""

from __future__ import annotations

import pytest

from queries import load_query, query_names


@pytest.mark.parametrize("name", query_names())
def test_a_query_filled_as_written_is_its_text(name: str) -> None:
    query = load_query(name, "neo4j")
    assert query.statement({"skip": 5, "limit": 10, "id": "x"}, lambda entity_id: "Entity") == query.text


def test_entity_slots_know_the_parameter_they_look_up() -> None:
    query = load_query("shortest_path", "neo4j")
    assert query.lookups == ("from", "to")
    typed = {"russia": "State", "transnistria": "Territory"}
    statement = query.statement({"from": "russia", "to": "transnistria"}, lambda entity_id: typed[entity_id])
    assert "(a:State {id: $from})" in statement and "(b:Territory {id: $to})" in statement


def test_a_dialect_names_the_type_function_and_fills_page_bounds() -> None:
    query = load_query("relations", "ladybug", "label")
    statement = query.statement({"skip": 20, "limit": 10}, lambda entity_id: "A:B", lambda kw, _, v: f"{kw} {v}")
    assert "type(" not in statement and "label(r) = $predicate" in statement
    assert statement.rstrip().endswith("SKIP 20 LIMIT 10") and "(s:A:B)" in statement


def test_a_scope_part_is_left_out_where_the_parameters_ask_for_no_bound() -> None:
    query = load_query("deployments", "ladybug", "label")
    everywhere = {"territory": "", "territories": [""], "since": "", "until": "", "since_year": 0, "until_year": 9999}
    unbounded = query.statement({"actor": "a", **everywhere}, lambda entity_id: "State")
    assert "$territories" not in unbounded and "r.since" not in unbounded
    in_a_period = query.statement({"actor": "a", **everywhere, "until": "2020"}, lambda entity_id: "State")
    assert "$territories" not in in_a_period and "r.since IS NOT NULL" in in_a_period
    in_a_place = query.statement({"actor": "a", **everywhere, "territory": "t"}, lambda entity_id: "State")
    assert "o.id IN $territories" in in_a_place and "r.since" not in in_a_place
    assert "$territories" in query.text and "r.since IS NOT NULL" in query.text
