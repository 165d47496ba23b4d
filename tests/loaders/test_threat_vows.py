"""A threat said as a vow to hit back at someone ("vowed to retaliate against X") or as an attack held out against
someone ("threatened a new offensive against X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("North Korea vowed to retaliate against South Korea.", ("THREATENED", "north-korea", "south-korea")),
        ("Iran vowed to take revenge on Israel for the killing.", ("THREATENED", "iran", "israel")),
        ("Turkey threatened a fresh offensive against the YPG.", ("THREATENED", "turkey", "ypg")),
        ("Israel threatened an attack on Iran's nuclear sites.", ("THREATENED", "israel", "iran")),
        ("Hezbollah vowed to strike back at Israel.", ("THREATENED", "hezbollah", "israel")),
        # revenge or retaliation as a noun, or military action held out
        ("Iran vowed swift revenge against Israel.", ("THREATENED", "iran", "israel")),
        ("Ankara threatened military action against Syria.", ("THREATENED", "turkey", "syria")),
        # a threat named by its author, whatever the sentence then says of it
        ("Taipei condemned Beijing's renewed threats to annex Taiwan.", ("THREATENED", "china", "taiwan")),
        ("China's threats to invade Taiwan have grown louder.", ("THREATENED", "china", "taiwan")),
        ("Beijing's threats of an invasion of Taiwan worry Tokyo.", ("THREATENED", "china", "taiwan")),
    ],
)
def test_a_vow_to_hit_back_or_a_threatened_attack(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan vowed to retaliate.",  # no one named
        "Kenya pledged to respond to the needs of Haiti.",  # no one hit back at
        "Analysts said Turkey had no offensive against Greece in mind.",
        "The United States vowed to respond to any attack on Israel.",  # a defence of Israel
        "Iran vowed to retaliate for the strike on Syria.",  # the place struck, not the one hit back at
        "Officials dismissed threats to invade Taiwan.",  # no author named
        "Taiwan's fears of an invasion by China grew.",  # a fear, not a threat
        "Beijing denied that China's threats to invade Taiwan were real.",  # denied
        "Turkey threatened military action against Syria's Kurds.",  # Syria's people, not Syria
    ],
)
def test_no_threat_without_a_target_hit_back_at(text: str) -> None:
    assert not {f for f in facts(text) if f[0] == "THREATENED"}


def test_a_threat_named_by_its_author_takes_no_words_the_sentence_says_of_it() -> None:
    [threat] = [
        r
        for r in extract_document(read_text("t", "China's threats to invade Taiwan have grown louder.")).relations
        if r.predicate == "THREATENED"
    ]
    assert "what" not in threat.qualifiers


def test_a_denial_of_a_threats_effect_leaves_the_threat() -> None:
    text = "Kyiv denied that Russia's threats to attack Moldova had scared its allies."
    assert ("THREATENED", "russia", "moldova") in facts(text)
