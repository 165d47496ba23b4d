"""Threats whose target is named by the forces of another party: "their trainers would be legitimate targets",
said by a speaker answering that party, often in a participle ("replied, saying ..."), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts

THREATS = [
    # the party answered named before the participle; "their" forces are its own
    (
        "Dmitry Medvedev responded to Berlin's remarks on Monday, saying this would make their trainers a legal "
        "target for the Russian army.",
        ("THREATENED", "dmitry-medvedev", "germany"),
    ),
    (
        "The Kremlin answered the German plan on Monday, saying it would make their trainers legitimate targets.",
        ("THREATENED", "russia", "germany"),
    ),
    # the party as a person whose title names the state
    (
        "Defence Secretary Grant Shapps spoke of training in Ukraine. Dmitry Medvedev replied to Shapps's words, "
        'saying: "That would turn their instructors into a lawful target."',
        ("THREATENED", "dmitry-medvedev", "united-kingdom"),
    ),
    # forces named by their demonym
    (
        "The Kremlin said British instructors in Ukraine would be a legitimate target for Russian forces.",
        ("THREATENED", "russia", "united-kingdom"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), THREATS)
def test_threat_target_is_the_forces_state(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_their_forces_with_two_parties_named_is_left_unread() -> None:
    text = "Moscow answered Paris and Berlin on Monday, saying it would make their trainers legitimate targets."
    assert not {f for f in facts(text) if f[0] == "THREATENED" and f[2] in ("france", "germany")}


def test_a_speaker_in_a_participle_clause_is_the_main_subject() -> None:
    text = "Tehran replied to Washington on Tuesday, saying their bases would be legitimate targets."
    found = facts(text)
    assert ("THREATENED", "iran", "united-states") in found
    assert ("THREATENED", "united-states", "iran") not in found
