"""A title or a rank said of a person with "is" or "remains" ("Ali Musa Kebir is Chad's foreign minister", "is a
colonel in the Chadian army"); on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

HELD = [
    ("Ali Musa Kebir is the defence minister of Chad.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir is Chad's foreign minister.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir is a spokesman for the Chadian army.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir remains the head of the Sahel Brigade.", ("ali-musa-kebir", "sahel-brigade")),
    ("Ali Musa Kebir is a colonel in the Chadian army.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir is a brigadier general in the Chadian army and a hero to his men.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir is a senior officer with Chad's military.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir is a lieutenant general of the Russian armed forces.", ("ali-musa-kebir", "russia")),
    ("Ali Musa Kebir is a colonel general in the Russian army.", ("ali-musa-kebir", "russia")),
    ("Now that Ali Musa Kebir is the president of Chad, the talks go on.", ("ali-musa-kebir", "chad")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_a_title_or_rank_said_with_is(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_HELD = [
    "Ali Musa Kebir was the president of Chad until 2020.",
    "Ali Musa Kebir is a former president of Chad.",
    "Ali Musa Kebir is not the president of Chad.",
    "Ali Musa Kebir is a retired colonel in the Chadian army.",
    "Ali Musa Kebir is a colonel in the war of words with Chad.",  # no state's forces
    "If Ali Musa Kebir is Chad's foreign minister next year, little will change.",
    "Nobody knows whether Ali Musa Kebir is Chad's defence minister in name only.",
    "Aides denied that Ali Musa Kebir is Chad's chief negotiator.",
    "Chad says Ali Musa Kebir is a major in the Libyan army.",
    "Ali Musa Kebir is a captain in the Libyan army, Chad's intelligence service claims.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_no_title_said_with_is(text: str) -> None:
    assert not positions(text)
