"""Occupations: a place named with an occupier's "-occupied", "-held" or "-controlled" before it is occupied by that
state; a body of a state does not occupy its own."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def occupations(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.subject_id, r.object_id, r.polarity)
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == "OCCUPIES" and r.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid convoys reached villages in Russian-occupied Crimea.", ("russia", "crimea")),
        ("Turkish-occupied northern Cyprus elected its own leader.", ("turkey", "northern-cyprus")),
        ("Border posts rose near the Russian-occupied Georgian province of Abkhazia.", ("russia", "abkhazia")),
        ("Ukraine wants to retake all Russian-occupied land, including Crimea.", ("russia", "crimea")),
        ("Residents of Moroccan-controlled Western Sahara voted.", ("morocco", "western-sahara")),
    ],
)
def test_an_occupiers_adjective_before_the_place(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "affirmed") in occupations(text)


def test_a_formerly_occupied_place_is_occupied_no_longer() -> None:
    assert occupations("Families came back to formerly Russian-occupied Kherson last year.") == {
        ("russia", "kherson-oblast", "negated")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Wagner Group fighters occupied an army headquarters in Rostov-on-Don overnight.",
        "Wagner mercenaries seized a military airfield in Voronezh.",
    ],
)
def test_a_body_of_a_state_does_not_occupy_its_own_state(text: str) -> None:
    assert occupations(text) == set()


def test_a_body_of_a_state_occupies_another_state() -> None:
    assert ("wagner-group", "mali", "affirmed") in occupations("Wagner Group fighters occupied a base in Mali.")


@pytest.mark.parametrize(
    "text",
    [
        "Once Israeli-occupied Sinai now draws divers from all over Europe.",
        "Mines were cleared from previously Russian-occupied villages in Ukraine.",
    ],
)
def test_an_occupation_said_to_be_past(text: str) -> None:
    found = occupations(text)
    assert found and all(polarity == "negated" for _, _, polarity in found)
