"""Forces counted where they are asked to leave or kept, forces wanted out, parties said together, and recognitions
of a place named by its status, by a description or by a possessive, or said of a copula's subject. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts


def _qualifiers(text: str, predicate: str, obj: str) -> dict:
    relations = extract_document(read_text("t", text)).relations
    return next(r.qualifiers for r in relations if r.predicate == predicate and r.object_id == obj)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Niger demanded the withdrawal of 1,500 French soldiers.", ("niger", "france")),
        ("Chad asked for the departure of the roughly 1,000 French troops still there.", ("chad", "france")),
        ("Bamako called for the pull-out of the remaining 900 Danish soldiers.", ("mali", "denmark")),
        ("Kinshasa wants MONUSCO out by December.", ("democratic-republic-of-the-congo", "monusco")),
        ("Kinshasa wants MONUSCO out of the country.", ("democratic-republic-of-the-congo", "monusco")),
        ("Niger wants France out.", ("niger", "france")),
        ("Cyprus wants Turkish troops removed from the island.", ("cyprus", "turkey")),
        ("Syria ordered the Iranian troops withdrawn.", ("syria", "iran")),
    ],
)
def test_forces_counted_or_wanted_out_are_asked_to_leave(text: str, fact: tuple[str, str]) -> None:
    assert ("REQUESTED_WITHDRAWAL", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary wants Russia out of the talks.",
        "Poland wants Russia out of the Council of Europe's debates.",
        "Kyiv wants Russia out of the G20.",
        "Chad asked for the departure of 300 French nationals.",
    ],
)
def test_no_request_from_wanting_out_of_something_else(text: str) -> None:
    assert not facts(text, "REQUESTED_WITHDRAWAL")


def test_the_count_in_a_withdrawal_is_the_forces_count() -> None:
    assert _qualifiers("Niger demanded the withdrawal of 1,500 French soldiers.", "DEPLOYED_IN", "niger") == {
        "troops": 1500
    }


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The US has about 2,500 troops in Iraq and some 900 in Syria.", {"iraq": 2500, "syria": 900}),
        ("Britain keeps 1,000 soldiers in Estonia and 150 in Poland.", {"estonia": 1000, "poland": 150}),
        ("Turkey sent 500 troops to Qatar, and another 300 to Somalia.", {"qatar": 500, "somalia": 300}),
    ],
)
def test_a_second_place_with_a_count_of_its_own(text: str, counts: dict[str, int]) -> None:
    for place, count in counts.items():
        assert _qualifiers(text, "DEPLOYED_IN", place)["troops"] == count


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Moscow recognised the breakaway province of Somaliland.", ("russia", "somaliland")),
        ("Moscow recognised the so-called Luhansk People's Republic.", ("russia", "luhansk-peoples-republic")),
        (
            "North Korea recognised the self-proclaimed republics of Donetsk and Luhansk.",
            ("north-korea", "luhansk-peoples-republic"),
        ),
        (
            "Venezuela recognised the pro-Russian separatist regions of Donetsk and Luhansk.",
            ("venezuela", "donetsk-peoples-republic"),
        ),
        ("Ankara's recognition of the self-styled Turkish Republic of Northern Cyprus", ("turkey", "northern-cyprus")),
        ("Ghana recognises the Sahrawi republic.", ("ghana", "sahrawi-republic")),
    ],
)
def test_a_place_recognised_by_its_status(text: str, fact: tuple[str, str]) -> None:
    assert ("RECOGNIZED", *fact) in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Abkhazia and South Ossetia broke away from Georgia. Moscow recognised their independence in 2008.",
            ("russia", "south-ossetia"),
        ),
        ("Kosovo broke away from Serbia. Japan recognised its independence a month later.", ("japan", "kosovo")),
        (
            "Somaliland declared independence in 1991. Ethiopia recognised the republic last year.",
            ("ethiopia", "somaliland"),
        ),
        (
            "Northern Cyprus declared independence in 1983. Turkey recognised the breakaway state at once.",
            ("turkey", "northern-cyprus"),
        ),
    ],
)
def test_a_recognition_of_a_place_named_before(text: str, fact: tuple[str, str]) -> None:
    assert ("RECOGNIZED", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Abkhazia held a vote. Moscow recognised their right to take part.",
        "Georgia protested. Moscow recognised its concerns.",
        "Moldova and Georgia spoke. Brussels recognised their independence long ago.",  # states, not a place named
        "The EU does not recognise the so-called elections in Abkhazia.",
    ],
)
def test_no_recognition_of_something_else(text: str) -> None:
    assert not facts(text, "RECOGNIZED")


@pytest.mark.parametrize(
    ("text", "facts_expected"),
    [
        (
            "Syria and Nicaragua are the only other UN members to recognise Abkhazia.",
            {("RECOGNIZED", "syria", "abkhazia"), ("RECOGNIZED", "nicaragua", "abkhazia")},
        ),
        ("Nauru became the fifth UN member to recognise South Ossetia.", {("RECOGNIZED", "nauru", "south-ossetia")}),
        ("Turkey is the only country that recognises Northern Cyprus.", {("RECOGNIZED", "turkey", "northern-cyprus")}),
    ],
)
def test_a_recognition_said_of_the_copula_subject(text: str, facts_expected: set[tuple[str, str, str]]) -> None:
    found = facts(text, "RECOGNIZED")
    assert facts_expected <= found
    assert not {f for f in found if f[1] == "united-nations"}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Moldova and Russia are both parties to the 1992 ceasefire agreement.", "moldova"),
        ("Moldova and Russia are both parties to the 1992 ceasefire agreement.", "russia"),
        ("Greece and Turkey are both signatories of the Treaty of Lausanne.", "greece"),
    ],
)
def test_parties_said_together(text: str, party: str) -> None:
    assert any(p == "PARTY_TO" and s == party for p, s, _ in facts(text))
