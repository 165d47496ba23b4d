"""A place taken by a state, named right after the verb ("China seized the shoal", "Russia captured Bakhmut"), and
what is not an occupation: a thing seized, a place one's own, an area "seized from" its owner. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


def occupations(text: str) -> set[tuple[str, str]]:
    return {(s, o) for _, s, o in facts(text, "OCCUPIES")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China seized Scarborough Shoal in 2012.", ("china", "scarborough-shoal")),
        ("Russia captured Bakhmut after a long siege.", ("russia", "ukraine")),
        ("Israel captured the Golan Heights from Syria in 1967.", ("israel", "golan-heights")),
    ],
)
def test_a_place_taken_by_a_state(text: str, pair: tuple[str, str]) -> None:
    assert pair in occupations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia captured two British soldiers near the front.",  # people, not a place
        "Iran seized a British tanker in the Gulf.",
        "Azerbaijan seized Nagorno-Karabakh in 2023.",  # its own recognised territory
        "Ukraine recaptured Kherson in November 2022.",
        "The Golan Heights, a plateau seized from Damascus during the 1967 war, overlook the valley.",  # no taker named
        "Ukraine captured Russia's fleet commander near the port.",  # a person of the state, not the state
    ],
)
def test_no_occupation_of_people_things_or_ones_own_land(text: str) -> None:
    found = occupations(text)
    assert not {p for p in found if p[1] in ("united-kingdom", "nagorno-karabakh", "kherson-oblast", "syria", "russia")}
    assert not {p for p in found if p[0] == "golan-heights"}
