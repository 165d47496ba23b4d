"""Recognition said in more ways: a capital for its state, membership of the few that recognise, following others in
recognising a place's independence, a recognition revoked; and a state's sovereignty recognised or acknowledged,
which is support of that state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_continuing_states import statuses
from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "facts_expected"),
    [
        ("Nauru cut ties with Taipei and recognised Beijing.", {("nauru", "china")}),
        ("Guatemala is among the few states that still recognise Taiwan.", {("guatemala", "taiwan")}),
        ("Guatemala is one of the few states that still recognise Taiwan.", {("guatemala", "taiwan")}),
        (
            "Nicaragua and Syria followed Russia in recognising Abkhazia's independence.",
            {("nicaragua", "abkhazia"), ("syria", "abkhazia"), ("russia", "abkhazia")},
        ),
    ],
)
def test_recognition_said_in_more_ways(text: str, facts_expected: set[tuple[str, str]]) -> None:
    assert {("RECOGNIZED", *pair) for pair in facts_expected} <= facts(text, "RECOGNIZED")


def test_a_recognition_revoked_is_negated() -> None:
    text = "Vanuatu later revoked its recognition of Abkhazia."
    assert ("vanuatu", "abkhazia", "negated", "asserted") in statuses(text, "RECOGNIZED")


def test_a_call_to_reverse_a_recognition_does_not_negate_it() -> None:
    text = "The EU pressed Moscow to revoke its recognition of Abkhazia."
    assert not {s for s in statuses(text, "RECOGNIZED") if s[2] == "negated"}


@pytest.mark.parametrize(
    "text",
    [
        "The US acknowledged Moroccan sovereignty in the disputed Sahara territory in 2020.",
        "Washington acknowledged Morocco's sovereignty in Western Sahara in 2020.",
    ],
)
def test_a_sovereignty_acknowledged_supports_the_state(text: str) -> None:
    assert ("SUPPORTS", "united-states", "morocco") in facts(text)


def test_a_capital_in_passing_is_no_recognition() -> None:
    assert not facts("The embassy moved from Taipei to Beijing.", "RECOGNIZED")
