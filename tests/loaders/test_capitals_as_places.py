"""A state's capital city, named as where forces are, places them in that state ("troops arrived in Bangui"); as the
one who acts ("Moscow sent troops") it is the state, never a place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.gazetteer import default_gazetteer
from tests.loaders.test_precision import facts


def test_the_gazetteer_knows_which_metonyms_are_capitals() -> None:
    gazetteer = default_gazetteer()
    assert "Bangui" in gazetteer.get("central-african-republic").capitals
    assert "Moscow" in gazetteer.get("russia").capitals
    assert "Pentagon" not in gazetteer.get("united-states").capitals  # a metonym, but no city


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Rwandan troops arrived in Bangui.", ("DEPLOYED_IN", "rwanda", "central-african-republic")),
        ("Egyptian troops arrived in Mogadishu last week.", ("DEPLOYED_IN", "egypt", "somalia")),
        ("Kenya deployed police to Port-au-Prince in 2024.", ("DEPLOYED_IN", "kenya", "haiti")),
        ("Russian troops in Minsk took part in the parade.", ("DEPLOYED_IN", "russia", "belarus")),
        ("US forces occupied Baghdad in 2003.", ("OCCUPIES", "united-states", "iraq")),
    ],
)
def test_forces_in_a_capital_are_in_its_state(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Polish troops are stationed near Warsaw.",  # at home
        "The ambassador arrived in Moscow on Monday.",  # no forces
        "US troops were sent by the Pentagon to Kuwait.",  # the Pentagon sends; it is no place
    ],
)
def test_a_capital_is_no_foreign_place_of_its_own_forces_or_of_envoys(text: str) -> None:
    assert not {f for f in facts(text, "DEPLOYED_IN") if f[2] in ("poland", "russia", "united-states")}
