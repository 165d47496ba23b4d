"""A state that holds or controls a foreign place occupies it ("Israel has held the Golan Heights since 1967"); a group
that controls its own land, a state at home, or one that holds another responsible occupies nothing. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_continuing_states import statuses
from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel has held the Golan Heights since 1967.", ("israel", "golan-heights")),
        ("Turkey has controlled northern Cyprus since 1974.", ("turkey", "northern-cyprus")),
        ("China controls the Paracel Islands.", ("china", "paracel-islands")),
        ("Morocco controls most of Western Sahara.", ("morocco", "western-sahara")),
    ],
)
def test_a_state_holding_a_foreign_place_occupies_it(text: str, pair: tuple[str, str]) -> None:
    assert ("OCCUPIES", *pair) in facts(text, "OCCUPIES")


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban control Afghanistan.",
        "Ukraine controls Kherson again.",
        "Turkey held Cyprus responsible for the crisis.",
        "The UN held Israel accountable.",
        "Russia holds talks with China.",
    ],
)
def test_holding_ones_own_land_or_holding_someone_responsible_is_no_occupation(text: str) -> None:
    assert not facts(text, "OCCUPIES")


def test_a_place_held_until_a_past_date_is_held_no_more() -> None:
    assert {s[2] for s in statuses("Russia held Kherson until November 2022.", "OCCUPIES")} == {"negated"}
