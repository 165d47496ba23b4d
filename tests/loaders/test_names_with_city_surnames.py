"""A person's surname may also be a city's name ("Maria Holguin": Holguín is a city); after a given name it stays part
of the name, while a state named after a name does not ("President Ali Musa Chad"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_leaders_of_and_under import positions


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("UN envoy for Cyprus, Maria Holguin, said talks would resume.", ("maria-holguin", "united-nations", "Envoy")),
        ("The UN envoy, Maria Holguin, visited Holguin on Monday.", ("maria-holguin", "united-nations", "Envoy")),
    ],
)
def test_a_surname_that_is_also_a_city_stays_in_the_name(text: str, held: tuple[str, str, str]) -> None:
    assert held in positions(text)
