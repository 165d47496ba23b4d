"""A claim made on a platform ("claimed on Telegram that ..."), or what posts, users and videos say: its maker made
it, and what it says is not asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_claims import claimants
from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("John Smith claimed on Facebook that British soldiers had landed in Odesa.", "John Smith"),
        ("Blogger Anna Petrova claimed on Telegram that Polish units were near Lviv.", "Anna Petrova"),
    ],
)
def test_a_claim_on_a_platform_is_made_and_not_asserted(text: str, claimant: str) -> None:
    assert claimant in claimants(text)
    assert not facts(text, "DEPLOYED_IN")


def test_a_claim_on_something_else_is_no_statement() -> None:
    assert not claimants("Russia claims on its territory there are no foreign troops.")


@pytest.mark.parametrize(
    "text",
    [
        "One user wrote on X that Chinese troops were in Cuba.",
        "A TikTok video suggests that British soldiers are fighting in Kherson.",
        "Messages circulating on WhatsApp say Russian troops have arrived in Serbia.",
        "Some pages posted that Iranian units are in Venezuela.",
    ],
)
def test_what_posts_users_and_videos_say_is_not_asserted(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


def test_what_a_government_says_stays_asserted() -> None:
    assert ("DEPLOYED_IN", "united-states", "syria") in facts("The Pentagon said 900 US troops are in Syria.")
