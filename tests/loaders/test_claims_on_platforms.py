"""A claim made on a platform ("claimed on Telegram that ..."): its maker made it, and what it says is not asserted.
Sentences written for these tests."""

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
