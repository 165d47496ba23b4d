"""A state's diplomat posted to a body speaks for the state, not the body ("Chad's UN envoy"); a body's own officer
stays the body's; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

STATES_DIPLOMATS = [
    ("Chad's UN ambassador Ali Musa called for a vote.", ("ali-musa", "chad")),
    ("The Chadian UN envoy, Ali Musa, called for a vote.", ("ali-musa", "chad")),
    ("Ali Musa, Chad's NATO representative, called for a vote.", ("ali-musa", "chad")),
    ("Ali Musa, Chad's African Union envoy, called for a vote.", ("ali-musa", "chad")),
    ("Kenya's deputy UN ambassador Grace Wanjiru Otieno called for a vote.", ("grace-wanjiru-otieno", "kenya")),
    ("Peru's OAS special envoy Lucia Paredes Rojas called for a vote.", ("lucia-paredes-rojas", "peru")),
]


@pytest.mark.parametrize(("text", "held"), STATES_DIPLOMATS)
def test_a_states_envoy_to_a_body_holds_a_position_in_the_state(text: str, held: tuple[str, str]) -> None:
    found = positions(text)
    assert held in found
    assert all(body == held[1] for _, body in found), found


BODIES_OFFICERS = [
    ("The UN envoy Ali Musa called for a vote.", ("ali-musa", "united-nations")),
    ("Russia's Wagner Group founder Anton Petrov visited the camp.", ("anton-petrov", "wagner-group")),
    ("The Libyan National Army commander Ali Musa visited the camp.", ("ali-musa", "libyan-national-army")),
]


@pytest.mark.parametrize(("text", "held"), BODIES_OFFICERS)
def test_a_bodys_own_officer_stays_the_bodys(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)
