"""A threat to an actor named right after the verb, an attack announced, and a condemnation of an act of forces
aimed at the forces' owner. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Venezuela threatened Guyana over the disputed region.", ("THREATENED", "venezuela", "guyana")),
        ("Iran said it would strike Israel if attacked.", ("THREATENED", "iran", "israel")),
        ("Hezbollah vowed it will target Israeli troops.", ("THREATENED", "hezbollah", "israel")),
        ("Russia condemned the deployment of NATO troops in Finland.", ("CONDEMNED", "russia", "nato")),
        ("Moscow condemned the presence of American soldiers in Syria.", ("CONDEMNED", "russia", "united-states")),
    ],
)
def test_threats_and_condemned_acts(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The drought threatens Somalia.", "THREATENED"),
        ("The war threatened Europe's energy supply.", "THREATENED"),
        ("North Korea said it would never attack the South.", "THREATENED"),
        ("Observers warned that the clashes threaten Lebanon stability.", "THREATENED"),
    ],
)
def test_no_threat_or_condemnation_of_an_actor(text: str, predicate: str) -> None:
    assert not facts(text, predicate)
