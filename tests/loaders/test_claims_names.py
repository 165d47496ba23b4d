"""A claimant whose name ends in the letters of an auxiliary ("Chad", "Bahrain"): the verb after it is still read as
its claim or denial; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_claims import claimants

NAMES_ENDING_IN_AN_AUXILIARY = [
    ("Chad claimed that its soldiers had left the border town.", "Chad"),
    ("Chad denied that its soldiers had crossed into Sudan.", "Chad"),
    ("Chad has denied sending any troops north.", "Chad"),
    ("Chad alleged that rebels were trained across the border.", "Chad"),
]


@pytest.mark.parametrize(("text", "claimant"), NAMES_ENDING_IN_AN_AUXILIARY)
def test_an_auxiliarys_letters_inside_a_name_do_not_hide_the_claimant(text: str, claimant: str) -> None:
    assert claimant in claimants(text)


def test_a_negated_claim_is_still_none() -> None:
    assert "Chad" not in claimants("Chad did not deny that its soldiers had crossed into Sudan.")
