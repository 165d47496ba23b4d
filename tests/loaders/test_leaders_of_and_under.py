"""A body named after its leader ("the Desert Army of commander Ali Musa") and a state said to be under someone ("Chad,
under General Ali Musa, ..."): the person holds a position in it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts


def positions(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (r.subject_id, r.object_id, r.qualifiers.get("role"))
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == "HOLDS_POSITION"
    }


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The Wagner Group of commander Salim Haddad moved into the town.",
            ("salim-haddad", "wagner-group", "Commander"),
        ),
        (
            "The Rapid Support Forces of Mohamed Hamdan Dagalo took the town.",
            ("mohamed-hamdan-dagalo", "rapid-support-forces", "Leader"),
        ),
        ("Mali, under Colonel Assimi Goita, turned to Russia.", ("assimi-goita", "mali", "Leader")),
        ("Chad, under President Omar Saleh Haroun, signed the accord.", ("omar-saleh-haroun", "chad", "President")),
    ],
)
def test_a_leader_named_after_of_or_under_holds_the_position(text: str, held: tuple[str, str, str]) -> None:
    assert held in positions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Interior of Peru announced the plan.",
        "The Organization of American States met in Lima.",
        "Sudan Accuses Chad of Arming Rebels as Council Members Debate",  # a headline
        "The army of the late Idriss Deby Itno fought in Mali.",
        "Hamas, under pressure from Israel, agreed.",
    ],
)
def test_other_words_after_of_or_under_name_no_leader(text: str) -> None:
    assert not positions(text)


def test_an_offensive_on_a_capital_is_no_invasion_of_its_state() -> None:
    assert facts("Chad launched an offensive on the Central African Republic last spring.", "INVADED")
    assert not facts("Chad launched an offensive on Bangui last spring.", "INVADED")
