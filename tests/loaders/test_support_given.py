"""Support given to an actor: as a noun given to it or to its rulers, as its backer named after a copula, as funding
of an actor named right after, and fighting on its side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Russia provides military support to the junta in Mali.", ("russia", "mali")),
        ("Russia gave its backing to the government of Syria.", ("russia", "syria")),
        ("Turkey pledged support for the authorities in Tripoli.", ("turkey", "libya")),
        ("The EU offered support to Moldova.", ("european-union", "moldova")),
        ("Washington is Kyiv's biggest military backer.", ("united-states", "ukraine")),
        ("Iran arms and funds Hezbollah.", ("iran", "hezbollah")),
        ("Qatar has financed Hamas for years.", ("qatar", "hamas")),
        ("The Wagner Group fought alongside the Malian army.", ("wagner-group", "mali")),
        ("Chadian soldiers fought alongside French forces in northern Mali.", ("chad", "france")),
    ],
)
def test_support_given(text: str, fact: tuple[str, str]) -> None:
    found = facts(text, "SUPPORTS")
    assert ("SUPPORTS", *fact) in found
    assert len(found) == 1  # not the place it was given in


@pytest.mark.parametrize(
    "text",
    [
        "The EU funds projects in Chad.",
        "Japan financed a new port in Djibouti.",
        "Russia was funding the election campaign in Moldova.",
        "Washington is Kyiv's biggest trading partner.",
        "The Kurdish fighters fought against Turkey.",
        "Moscow withdrew its support for Assad.",
    ],
)
def test_no_support_from_funding_things_or_other_ties(text: str) -> None:
    assert not facts(text, "SUPPORTS")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran arms and trains the Houthis.", ("iran", "houthis")),
        ("Turkey came to the aid of the Government of National Accord.", ("turkey", "government-of-national-accord")),
        ("The Wagner Group fought on behalf of the Libyan National Army.", ("wagner-group", "libyan-national-army")),
        ("The US gave Israel $3.8 billion in military aid.", ("united-states", "israel")),
        ("Germany sent military assistance to Ukraine.", ("germany", "ukraine")),
    ],
)
def test_support_by_arms_training_aid_or_fighting_for_one(text: str, pair: tuple[str, str]) -> None:
    assert ("SUPPORTS", *pair) in facts(text, "SUPPORTS")


@pytest.mark.parametrize(
    "text",
    [
        "Russia trains in Belarus.",
        "The US armed forces trained in Poland.",
        "Rumours spoke of NATO-equipped Polish units.",
        "The EU pledged humanitarian aid to Gaza.",
    ],
)
def test_training_somewhere_or_civil_aid_is_no_support(text: str) -> None:
    assert not facts(text, "SUPPORTS")
