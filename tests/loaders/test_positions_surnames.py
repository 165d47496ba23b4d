"""A title before or after a listed person's surname alone ("President Putin", "Macron, the French president"):
the person holds the title in their state; a surname after a comma that only reports speech holds none; on
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

SURNAMES = [
    ("President Putin signed the decree on Tuesday.", ("vladimir-putin", "russia")),
    ("Russian President Putin signed the decree on Tuesday.", ("vladimir-putin", "russia")),
    ("French President Macron flew to Dakar on Friday.", ("emmanuel-macron", "france")),
    ("Ukraine's President Zelensky toured the front line.", ("volodymyr-zelenskyy", "ukraine")),
    ("Chancellor Merz met the defence chiefs in Berlin.", ("friedrich-merz", "germany")),
    ("Mr Putin, the Russian president, signed the decree.", ("vladimir-putin", "russia")),
    ("Erdogan, Turkey's president, opened the new base.", ("recep-tayyip-erdogan", "turkey")),
    ("Poland's president, Duda, visited the border guards.", ("andrzej-duda", "poland")),
]


@pytest.mark.parametrize(("text", "held"), SURNAMES)
def test_a_title_with_a_listed_surname_is_the_persons_position(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_THE_TITLES_HOLDER = [
    # the surname after the comma is who speaks, not the holder of the title before it
    "There is little left to talk over with the Russian president, Zelensky told reporters.",
    "The summit with the Turkish president, Macron said, had been useful.",
    # an unknown single word is no name
    "President Smith signed the decree on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_THE_TITLES_HOLDER)
def test_a_surname_that_reports_speech_holds_no_title(text: str) -> None:
    held = positions(text)
    assert not any(body in ("russia", "turkey") for _, body in held), held
    assert not any(person == "smith" for person, _ in held), held
