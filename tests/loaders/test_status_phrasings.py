"""Recognition, occupation, parties and withdrawal requests in their less common shapes: lists, passives,
nominals, participles and recognition taken back. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_predicates import facts, relations

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
    # recognition by rank: "the first/only country to recognise" is what was done, not a plan
    ("Iceland was one of the first states to recognise Lithuania in 1991.", ("RECOGNIZED", "iceland", "lithuania")),
    ("Turkey remains the only country to recognise Northern Cyprus.", ("RECOGNIZED", "turkey", "northern-cyprus")),
    ("Germany was among the first countries to recognize Croatia.", ("RECOGNIZED", "germany", "croatia")),
    # passives whose agents are a list, after "including" or "only"
    ("Taiwan is recognised by only 12 states, including Paraguay and Eswatini.", ("RECOGNIZED", "eswatini", "taiwan")),
    (
        "Kosovo, recognised by more than 100 countries including the United States and Germany, applied to join.",
        ("RECOGNIZED", "germany", "kosovo"),
    ),
    (
        "Abkhazia, which is recognised only by Russia, Nicaragua, Venezuela, Nauru and Syria, held elections.",
        ("RECOGNIZED", "nauru", "abkhazia"),
    ),
    (
        "Abkhazia and South Ossetia declared independence in 2008. The two regions are recognised only by Russia, "
        "Nicaragua and Syria.",
        ("RECOGNIZED", "nicaragua", "south-ossetia"),
    ),
    # nominals: "the recognition of X by A, B and C", "the recognition by A of X"
    (
        "The recognition of Kosovo by the United States, Germany and France came in 2008.",
        ("RECOGNIZED", "france", "kosovo"),
    ),
    (
        "The recognition by Chile of the State of Palestine came on Monday.",
        ("RECOGNIZED", "chile", "state-of-palestine"),
    ),
    # recognition extended, granted or won
    (
        "Russia extended recognition to the Donetsk People's Republic.",
        ("RECOGNIZED", "russia", "donetsk-peoples-republic"),
    ),
    ("Sweden granted formal recognition to Palestine in 2014.", ("RECOGNIZED", "sweden", "state-of-palestine")),
    ("Kosovo won recognition from the United States and Germany in 2008.", ("RECOGNIZED", "germany", "kosovo")),
    ("Abkhazia has received recognition from Russia, Nicaragua and Syria.", ("RECOGNIZED", "syria", "abkhazia")),
    (
        "Abkhazia, which split from Georgia in the 1990s, has received recognition from Nauru.",
        ("RECOGNIZED", "nauru", "abkhazia"),
    ),
    # a recognition announced, or a move to recognise made
    ("Malta formally announced its recognition of Palestine.", ("RECOGNIZED", "malta", "state-of-palestine")),
    ("Chile formalised its recognition of the State of Palestine.", ("RECOGNIZED", "chile", "state-of-palestine")),
    ("The decision by Canberra to recognise Palestine drew praise.", ("RECOGNIZED", "australia", "state-of-palestine")),
    # other verbs and objects: acknowledged, "X's independence", "as a state"
    ("Nicaragua acknowledged the independence of South Ossetia.", ("RECOGNIZED", "nicaragua", "south-ossetia")),
    ("Venezuela recognized South Ossetia's independence.", ("RECOGNIZED", "venezuela", "south-ossetia")),
    ("Spain and Norway formally recognized Palestine as a state.", ("RECOGNIZED", "norway", "state-of-palestine")),
    # lists of recognisers, whatever the parse makes of them
    ("Nauru, Venezuela and Nicaragua also recognise Abkhazia.", ("RECOGNIZED", "nauru", "abkhazia")),
    (
        "Only Russia, Nicaragua, Venezuela, Syria and Nauru have recognised the independence of Abkhazia.",
        ("RECOGNIZED", "syria", "abkhazia"),
    ),
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
    ("A plan by Oslo to recognise Palestine was shelved.", ("RECOGNIZED", "norway", "state-of-palestine")),
    ("Peru did not announce its recognition of Palestine.", ("RECOGNIZED", "peru", "state-of-palestine")),
    (
        'Germany condemned the strikes. "We urge Russia to withdraw its forces," Poland said.',
        ("REQUESTED_WITHDRAWAL", "germany", "russia"),
    ),
    # a recognition withdrawn, revoked, suspended or frozen is no recognition asserted
    ("Suriname withdrew its recognition of Kosovo in 2017.", ("RECOGNIZED", "suriname", "kosovo")),
    ("Vanuatu withdrew recognition of Abkhazia in 2011.", ("RECOGNIZED", "vanuatu", "abkhazia")),
    ("Burundi revoked its recognition of Kosovo.", ("RECOGNIZED", "burundi", "kosovo")),
    ("Togo derecognised Kosovo in 2019.", ("RECOGNIZED", "togo", "kosovo")),
    ("Panama froze its recognition of the Sahrawi Republic.", ("RECOGNIZED", "panama", "sahrawi-republic")),
    ("Serbia does not recognise Kosovo's independence.", ("RECOGNIZED", "serbia", "kosovo")),
    # a pronoun that names no one is no patient: the agents do not recognise one another
    ("They are recognised by Russia, Nicaragua and Syria.", ("RECOGNIZED", "russia", "nicaragua")),
    # recognising a government or a leader is not recognising independence
    (
        "The United States recognized an opposition leader as Venezuela's acting head of state.",
        ("RECOGNIZED", "united-states", "venezuela"),
    ),
    # others urged to recognise have not recognised
    ("Chile urged other countries to recognise Palestine.", ("RECOGNIZED", "chile", "state-of-palestine")),
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


WITHDRAWN = [
    ("Suriname withdrew its recognition of Kosovo in 2017.", ("RECOGNIZED", "suriname", "kosovo")),
    ("Burundi revoked its recognition of Kosovo.", ("RECOGNIZED", "burundi", "kosovo")),
    ("Togo derecognised Kosovo in 2019.", ("RECOGNIZED", "togo", "kosovo")),
    ("Kenya suspended its recognition of the Sahrawi Republic.", ("RECOGNIZED", "kenya", "sahrawi-republic")),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWN, ids=[t for t, _ in WITHDRAWN])
def test_a_recognition_taken_back_is_a_negated_recognition(text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "negated", "asserted") in relations(text)
