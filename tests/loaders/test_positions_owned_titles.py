"""A title named by its portfolio after a demonym ("a spokesman for the Kenyan foreign ministry"), and a title that
belongs to the one a person serves ("the president's adviser"), which is not the person's own."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_people import positions


def roles(text: str) -> set[str]:
    """The roles of the positions the text gives."""
    return {
        r.qualifiers.get("role", "")
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == "HOLDS_POSITION"
    }


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Tomas Varga, a spokesman for the Kenyan foreign ministry, said the talks failed.", ("tomas-varga", "kenya")),
        ("Tomas Varga, an adviser at the Chadian defence ministry, said the talks failed.", ("tomas-varga", "chad")),
    ],
)
def test_a_ministry_named_by_its_portfolio_after_a_demonym(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lina Hart, the Secretary-General's personal envoy, met both leaders.",
        "Lina Hart, the Chadian president's adviser, met both leaders.",
        "Lina Hart, China's president's special adviser, met the envoy.",
    ],
)
def test_the_title_of_the_one_served_is_not_the_persons(text: str) -> None:
    assert not roles(text) & {"Secretary-General", "President"}
