"""Recognition, occupation, parties and withdrawal requests in their less common shapes: lists, passives,
nominals and participles. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_predicates import facts

STATED = [
    # recognition: lists, passives, those who followed others, the state named by its people's adjective
    ("Kosovo is recognised by the United States and Germany.", ("RECOGNIZED", "germany", "kosovo")),
    ("Abkhazia is recognized by Russia, Nicaragua and Venezuela.", ("RECOGNIZED", "venezuela", "abkhazia")),
    (
        "Mexico joined Brazil and Chile in recognising the State of Palestine.",
        ("RECOGNIZED", "mexico", "state-of-palestine"),
    ),
    (
        "Mexico joined Brazil and Chile in recognising the State of Palestine.",
        ("RECOGNIZED", "chile", "state-of-palestine"),
    ),
    ("Syria followed Russia in recognizing the independence of Abkhazia.", ("RECOGNIZED", "syria", "abkhazia")),
    ("Chile, Peru and Spain recognised a Palestinian state on Monday.", ("RECOGNIZED", "peru", "state-of-palestine")),
    ("Brazil recognised the Palestinian state in 1990.", ("RECOGNIZED", "brazil", "state-of-palestine")),
    ("Ireland formally recognised Palestinian statehood last spring.", ("RECOGNIZED", "ireland", "state-of-palestine")),
    ("Nauru's recognition of Abkhazia angered Tbilisi.", ("RECOGNIZED", "nauru", "abkhazia")),
    # occupation named by a participle after the place
    ("Crimea, occupied by Russia since 2014, remains tense.", ("OCCUPIES", "russia", "crimea")),
    ("Abkhazia, which has been occupied by Russia since 2008, held a vote.", ("OCCUPIES", "russia", "abkhazia")),
    # "we" in quoted words: the speaker named after the quote
    (
        '"We call on Russia to withdraw its forces," the United States said.',
        ("REQUESTED_WITHDRAWAL", "united-states", "russia"),
    ),
    ('"We urge Turkey to pull its troops out," Cyprus said on Monday.', ("REQUESTED_WITHDRAWAL", "cyprus", "turkey")),
    (
        'Germany condemned the strikes. "We urge Russia to withdraw its forces," Poland said.',
        ("REQUESTED_WITHDRAWAL", "poland", "russia"),
    ),
    (
        'Moldova urged Russia to leave. "We call on Russia to withdraw its troops," she said.',
        ("REQUESTED_WITHDRAWAL", "moldova", "russia"),
    ),
]

NOT_STATED = [
    # recognising a place as part of another is not recognising its independence
    ("Crimea is recognised by the United Nations as part of Ukraine.", ("RECOGNIZED", "united-nations", "crimea")),
    (
        "Spain's recognition of Moroccan sovereignty across Western Sahara angered Algeria.",
        ("RECOGNIZED", "spain", "western-sahara"),
    ),
    ("Mexico joined Brazil and Chile in recognising the State of Palestine.", ("RECOGNIZED", "mexico", "brazil")),
    # "state" qualifying another noun does not name the state
    ("Russian state media said Georgia recognised nothing.", ("RECOGNIZED", "georgia", "russia")),
    ("Spain will recognise a Palestinian state next year.", ("RECOGNIZED", "spain", "state-of-palestine")),
    (
        'Germany condemned the strikes. "We urge Russia to withdraw its forces," Poland said.',
        ("REQUESTED_WITHDRAWAL", "germany", "russia"),
    ),
    # what the quoted words say before the trigger still qualifies it
    ('"We will never recognise Kosovo," Serbia said.', ("RECOGNIZED", "serbia", "kosovo")),
    # a quote whose speaker is not named after it is not the last speaker's
    (
        'Germany condemned the strikes. "We urge Russia to withdraw," an activist said.',
        ("REQUESTED_WITHDRAWAL", "germany", "russia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATED, ids=[f"{t}:{e[1]}" for t, e in STATED])
def test_stated(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


@pytest.mark.parametrize(("text", "unexpected"), NOT_STATED, ids=[f"{t}:{e[1]}" for t, e in NOT_STATED])
def test_not_stated(text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in facts(text)
