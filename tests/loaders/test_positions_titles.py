"""More titles of a state's offices and ranks before a name: a crown prince, a supreme leader, a sultan, a senator, a
lawmaker; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

HELD = [
    ("Saudi Crown Prince Faisal bin Omar met the envoy on Monday.", ("faisal-bin-omar", "saudi-arabia")),
    ("Iran's Supreme Leader Ayatollah Reza Karimi met the envoy.", ("reza-karimi", "iran")),
    ("Omani Sultan Khalid Harthy met the envoy on Monday.", ("khalid-harthy", "oman")),
    ("U.S. Sen. Mary Collins met the envoy on Monday.", ("mary-collins", "united-states")),
    ("Peruvian senator Rosa Quispe met the envoy on Monday.", ("rosa-quispe", "peru")),
    ("Chadian lawmaker Ali Musa met the envoy on Monday.", ("ali-musa", "chad")),
    ("Ali Musa, a Chadian member of parliament, met the envoy.", ("ali-musa", "chad")),
    # a compound rank is no part of the name
    ("Chad's army chief, Field Marshal Ali Musa, met the envoy.", ("ali-musa", "chad")),
    ("The Chadian defence minister, Rear Admiral John Pike, met the envoy.", ("john-pike", "chad")),
    ("The Peruvian defence minister, Vice Admiral Rosa Quispe, met the envoy.", ("rosa-quispe", "peru")),
    ("The Omani foreign minister, Air Chief Marshal Tom Reed, met the envoy.", ("tom-reed", "oman")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_more_titles_name_a_state_office(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_HELD = [
    # a senator or lawmaker with no state named: not one the context may give
    "Russia invaded the region, Senator Mary Collins said on Monday.",
    "Chad condemned the strike. Lawmaker Ali Musa said the strike had killed ten.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_a_lawmaker_takes_no_state_from_the_context(text: str) -> None:
    assert positions(text) == set(), text
