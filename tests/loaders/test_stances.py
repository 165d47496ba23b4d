"""Stances, on sentences written for these tests: support said in the passive ("backed by"), or as the
recognition of a state's sovereignty."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from loaders.triggers import TRIGGERS


def facts(text: str) -> set[tuple[str, str, str]]:
    doc = read_text("t", text)
    doc.published = "2025-03-01"
    result = extract_document(doc)
    return {
        (r.predicate, r.subject_id, r.object_id)
        for r in result.relations
        if r.polarity == "affirmed" and r.modality == "asserted"
    }


ASSERTED = [
    ("The Houthis are backed by Iran.", ("SUPPORTS", "iran", "houthis")),
    ("The Houthis, backed by Iran, fired missiles at ships.", ("SUPPORTS", "iran", "houthis")),
    ("Hezbollah is funded and armed by Iran.", ("SUPPORTS", "iran", "hezbollah")),
    ("The Polisario Front has long been supported by Algeria.", ("SUPPORTS", "algeria", "polisario-front")),
    (
        "Yemen's government is backed by the United Arab Emirates and Saudi Arabia.",
        ("SUPPORTS", "saudi-arabia", "yemen"),
    ),
    (
        "Yemen's government is backed by the United Arab Emirates and Saudi Arabia.",
        ("SUPPORTS", "united-arab-emirates", "yemen"),
    ),
    # recognising (or backing) a state's sovereignty over a territory supports that state
    ("Washington recognised Israel's sovereignty over the Golan Heights.", ("SUPPORTS", "united-states", "israel")),
    ("Kenya welcomed Spain's recognition of Morocco's sovereignty over the desert.", ("SUPPORTS", "spain", "morocco")),
    ("Belgrade thanked China, which backs Serbia's claim to Kosovo.", ("SUPPORTS", "china", "serbia")),
    ("Canada endorsed Ukraine's territorial integrity at the summit.", ("SUPPORTS", "canada", "ukraine")),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTED)
def test_support_in_the_passive(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


NOT_ASSERTED = [
    # a plan or a vote backed by a body backs no actor
    ("The plan was backed by the United Nations.", ("SUPPORTS", "united-nations", "yemen")),
    # denied backing is no fact of it
    ("The Houthis are not backed by Egypt.", ("SUPPORTS", "egypt", "houthis")),
    # recognising a state's sovereignty is no recognition of independence
    ("Washington recognised Israel's sovereignty over the Golan Heights.", ("RECOGNIZED", "united-states", "israel")),
    ("Italy never recognised Serbia's claim to Kosovo.", ("SUPPORTS", "italy", "serbia")),
]


@pytest.mark.parametrize(("text", "unexpected"), NOT_ASSERTED)
def test_support_not_asserted(text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in facts(text)


def test_a_subject_after_by_and_an_article_is_a_passive() -> None:
    passives = [t for t in TRIGGERS if t.predicate == "SUPPORTS" and "by\\s+(?:the\\s+)?{S}" in t.pattern]
    assert passives and all(t.passive for t in passives)
