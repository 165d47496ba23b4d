"""A territory said to be part of a state in a relative clause, in what most states hold, or by belonging: "X, which is
part of Y", "X, which most countries consider part of Y", "X belongs to Y". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia keeps troops in Transnistria, which is part of Moldova.", ("transnistria", "moldova")),
        ("Abkhazia, which most countries consider part of Georgia, held elections.", ("abkhazia", "georgia")),
        ("Under international law, the Golan Heights belong to Syria.", ("golan-heights", "syria")),
    ],
)
def test_a_territory_said_to_be_part_of_a_state(text: str, pair: tuple[str, str]) -> None:
    assert ("PART_OF", *pair) in facts(text, "PART_OF")


@pytest.mark.parametrize(
    "text",
    [
        "Crimea belongs to Russia, Putin said.",  # a claim against where it is recognised
        "Taiwan, which China considers part of its territory, held drills.",  # one state's view
        "Crimea, which was part of Ukraine until 2014, is disputed.",  # no more, as written
    ],
)
def test_a_claim_or_a_past_is_no_containment(text: str) -> None:
    assert not facts(text, "PART_OF")
