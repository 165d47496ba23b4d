"""Positions in a state's or a body's units: the body named by generic words after the state ("the Chadian Foreign
Ministry", "Kenya Defence Forces (KDF)"), a chain of units ending in the state ("of the Joint Staff of the Defence
Forces of Chad"), unit words before a title ("logistics division spokesman at ..."), an acronym between a body and
its title, an embassy; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

HELD = [
    # the state's body after "of"/"for" the title, before the name
    ("The spokesperson for the Peruvian Foreign Ministry Lucia Paredes rejected the claim.", ("lucia-paredes", "peru")),
    ("The chief of staff of the Kenyan Armed Forces Peter Wafula met them.", ("peter-wafula", "kenya")),
    ("The head of Chad's military government, General Ali Musa, spoke to reporters.", ("ali-musa", "chad")),
    ("The commander of the Chadian army, Ali Musa, spoke to reporters.", ("ali-musa", "chad")),
    ("Chad's Republican Guard commander Ali Musa spoke to reporters.", ("ali-musa", "chad")),
    ("The head of the Kenya National Police Service Peter Wafula spoke to reporters.", ("peter-wafula", "kenya")),
    # a chain of units, each of the next, ending in the state
    (
        "Ali Musa, deputy chief of the press office of the Joint Staff of the Defence Forces of Chad, spoke.",
        ("ali-musa", "chad"),
    ),
    ("Ali Musa, a spokesman for the Foreign Ministry of Peru, rejected the claim.", ("ali-musa", "peru")),
    # unit words before the title; the body "at" which it is held
    ("Captain Ali Musa, logistics division spokesman at the Chadian army, rejected the claim.", ("ali-musa", "chad")),
    ("Ali Musa, joint task force spokesperson at the Kenya Defence Forces, rejected it.", ("ali-musa", "kenya")),
    # an acronym between the body and the title
    ("Kenya Defence Forces (KDF) spokesperson Colonel Peter Wafula rejected the claim.", ("peter-wafula", "kenya")),
    ("The Desert Shield Brigade (DSB) commander Ali Musa rejected the claim.", ("ali-musa", "desert-shield-brigade")),
    # an embassy's officials speak for its state, wherever it stands
    ("Peruvian embassy spokesperson Rosa Quispe declined to comment.", ("rosa-quispe", "peru")),
    ("The US embassy in Chad spokesman John Smith declined to comment.", ("john-smith", "united-states")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_a_title_in_a_unit_names_its_state_or_body(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_HELD = [
    "Ali Musa said the Chadian defence minister had resigned.",
    "Reporters asked Ali Musa about the Wagner Group leader.",
    "Ali Musa met the commander of the Desert Shield Brigade on Monday.",
    "Ali Musa met the head of the press office of the Joint Staff of Chad.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_who_talks_of_a_title_does_not_hold_it(text: str) -> None:
    assert not positions(text)


# A rebel or party body named after a state is no organ of the state: its leaders hold no title of the state.
NOT_THE_STATES = [
    ("The leader of the Chadian People's Front Ali Musa called for a ceasefire.", "chad"),
    ("Chad's Popular Front leader Ali Musa called for a ceasefire.", "chad"),
    ("The spokesman for the Kenyan Popular Movement Peter Wafula rejected the claim.", "kenya"),
    ("Kenya's Republican Movement spokesman Peter Wafula rejected the claim.", "kenya"),
    ("The head of the Peruvian Democratic Coalition Rosa Quispe rejected the claim.", "peru"),
    ("Chad's National Liberation Militia commander Ali Musa rejected the claim.", "chad"),
    ("The spokesperson for the Kenyan Patriotic Group Peter Wafula denied it.", "kenya"),
    # a state organ's words opening another body's name
    ("The leader of the Chadian Security Front Ali Musa called for a ceasefire.", "chad"),
    ("The spokesman for the Kenyan Defence Movement Peter Wafula rejected the claim.", "kenya"),
]


@pytest.mark.parametrize(("text", "state"), NOT_THE_STATES)
def test_a_rebel_or_party_leader_holds_no_title_of_the_state(text: str, state: str) -> None:
    assert state not in {holder for _, holder in positions(text)}
