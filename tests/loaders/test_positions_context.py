"""A state's title that names no state ("President Ali Musa said"): the position is in the one state that the
sentence before the title, or the sentence before it, names as an actor; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

HELD = [
    (
        "Chad has asked the French troops to leave. President Ali Musa said the decision was final.",
        ("ali-musa", "chad"),
    ),
    (
        "Peru will send 500 soldiers to the mission, Defence Minister Rosa Quispe said on Monday.",
        ("rosa-quispe", "peru"),
    ),
    (
        "Niger's junta expelled the envoy on Friday. Prime Minister Ali Musa said the talks were over.",
        ("ali-musa", "niger"),
    ),
    (
        "LIMA, Peru (Reuters) — President Rosa Quispe said on Monday that the troops would stay.",
        ("rosa-quispe", "peru"),
    ),
    (
        "Chadian Foreign Minister Omar Diallo visited the camp. A visit by Vice President Ali Musa followed in May.",
        ("ali-musa", "chad"),
    ),
    (
        "Kenya said it would send police officers, Minister of the Interior Peter Otieno Wafula told reporters.",
        ("peter-otieno-wafula", "kenya"),
    ),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_a_bare_state_title_is_of_the_one_state_named_around_it(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_HELD = [
    # two states act: no telling which one's
    "Chad and Niger signed a pact. President Ali Musa said the pact was final.",
    # a state named only as a place or what an act is about
    "Troops arrived in Chad on Monday. President Ali Musa welcomed the decision.",
    "Talks with Niger ended. Defence Minister Ali Musa said the talks had failed.",
    # not a state's office
    "Chad condemned the strike. Spokesman Ali Musa said the strike had killed ten.",
    # three sentences away
    "Chad asked the troops to leave. The troops left. They flew home. President Ali Musa welcomed them.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_no_state_from_the_context_where_it_is_not_the_one_actor(text: str) -> None:
    assert positions(text) == set(), text


def test_a_title_of_its_own_polity_takes_no_state_from_the_context() -> None:
    held = positions("Chad's envoy met them. Kosovo Prime Minister Ali Musa said the talks were useful.")
    assert ("ali-musa", "chad") not in held
    assert ("ali-musa", "kosovo") in held
