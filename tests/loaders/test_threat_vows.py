"""A threat said as a vow to hit back at someone ("vowed to retaliate against X") or as an attack held out against
someone ("threatened a new offensive against X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("North Korea vowed to retaliate against South Korea.", ("THREATENED", "north-korea", "south-korea")),
        ("Iran vowed to take revenge on Israel for the killing.", ("THREATENED", "iran", "israel")),
        ("Turkey threatened a fresh offensive against the YPG.", ("THREATENED", "turkey", "ypg")),
        ("Israel threatened an attack on Iran's nuclear sites.", ("THREATENED", "israel", "iran")),
        ("Hezbollah vowed to strike back at Israel.", ("THREATENED", "hezbollah", "israel")),
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
    ],
)
def test_no_threat_without_a_target_hit_back_at(text: str) -> None:
    assert not {f for f in facts(text) if f[0] == "THREATENED"}
