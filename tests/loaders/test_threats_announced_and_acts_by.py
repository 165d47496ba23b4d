"""Threats said in more ways (an operation announced against an actor, a strong response vowed, consequences
threatened for an actor, an actor warned of war), and a condemnation of an act aimed at its doer named after "by".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey said it could launch a new operation against the YPG at any moment.", ("turkey", "ypg")),
        ("India vowed a strong response to Pakistan.", ("india", "pakistan")),
        ('Russia threatened "consequences" for Moldova.', ("russia", "moldova")),
        ("Azerbaijan's president warned Armenia of a new war.", ("azerbaijan", "armenia")),
        ("Iran warned it would begin strikes on Israel within days.", ("iran", "israel")),
    ],
)
def test_a_threat_said_in_more_ways(text: str, pair: tuple[str, str]) -> None:
    assert ("THREATENED", *pair) in facts(text, "THREATENED")


@pytest.mark.parametrize(
    "text",
    [
        "The UN warned of a new war in the region.",
        "France warned that military action against Iran would be a mistake.",
        "Germany warned Israel against military action in Rafah.",
        "Egypt said it would launch a new initiative with Sudan.",
        "Analysts warned of consequences for Moldova's economy.",
    ],
)
def test_a_warning_about_others_or_a_plan_with_others_is_no_threat(text: str) -> None:
    assert not facts(text, "THREATENED")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Brazil deplored the attack by Israel on Iran.", ("brazil", "israel")),
        ("Chile condemned the annexation of Crimea by Russia.", ("chile", "russia")),
    ],
)
def test_a_condemned_act_is_aimed_at_its_doer(text: str, pair: tuple[str, str]) -> None:
    assert facts(text, "CONDEMNED") == {("CONDEMNED", *pair)}
