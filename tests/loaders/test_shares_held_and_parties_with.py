"""A share of a place held, said with a number or a fraction, is an occupation of the place; a party to an agreement
is named after "with the". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Morocco controls about 80 percent of Western Sahara.", ("morocco", "western-sahara")),
        ("Russia holds roughly a fifth of Ukraine.", ("russia", "ukraine")),
        ("Russia occupies 20 percent of Georgia's territory.", ("russia", "georgia")),
    ],
)
def test_a_share_held_is_occupied(text: str, fact: tuple[str, str]) -> None:
    assert ("OCCUPIES", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party controls half of the seats in Kenya's parliament.",
        "The government controls 90 percent of Syria.",
        "Chinese firms control a third of Zambia's copper mines.",
    ],
)
def test_no_occupation_from_shares_of_other_things(text: str) -> None:
    assert not facts(text, "OCCUPIES")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Greece signed a defence cooperation agreement with the United States.", "united-states"),
        ("France signed a treaty with the Netherlands and the United Kingdom.", "united-kingdom"),
    ],
)
def test_a_party_named_with_its_article_after_with(text: str, party: str) -> None:
    assert any(p == "PARTY_TO" and s == party for p, s, _ in facts(text))
