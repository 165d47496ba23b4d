"""A host that wants to end foreign forces' presence, or wants their bases closed, asks them to leave; "the country"
after foreign bases is not the bases' owner. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iraq wants to end the military presence of Turkish forces in its north.", ("iraq", "turkey")),
        ("Damascus vowed to end Turkey's occupation of the north.", ("syria", "turkey")),
        ("Iraq called for the closure of Turkish bases in the north of the country.", ("iraq", "turkey")),
        ("Djibouti ordered the closure of the Chinese military base.", ("djibouti", "china")),
    ],
)
def test_ending_their_stay_or_closing_their_bases_asks_them_to_leave(text: str, pair: tuple[str, str]) -> None:
    assert ("REQUESTED_WITHDRAWAL", *pair) in facts(text)


def test_the_country_after_foreign_bases_is_the_host() -> None:
    text = "Iraq called for the closure of Turkish bases in the north of the country."
    requests = [r for r in extract_document(read_text("t", text)).relations if r.predicate == "REQUESTED_WITHDRAWAL"]
    assert [r.qualifiers.get("territory") for r in requests] == ["iraq"]


@pytest.mark.parametrize(
    "text",
    [
        "Iraq wants to end the war with its neighbours.",
        "Turkey plans to end its mission in Iraq next year.",  # its own forces: no request of another
    ],
)
def test_ending_something_else_asks_no_one_to_leave(text: str) -> None:
    assert not facts(text, "REQUESTED_WITHDRAWAL")
