"""Offices in a territory: a breakaway entity's leader, a disputed polity's prime minister, a region's governor hold a
position in the territory (HOLDS_POSITION reaches territories as well as states and bodies); a commander, envoy or
representative there serves another body. A base stands for its state in a deployment; its commander holds no post
in that state."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

HELD = [
    ("Transnistria's leader Vadim Krasnoselsky met the envoy on Monday.", ("vadim-krasnoselsky", "transnistria")),
    (
        "Vadim Krasnoselsky, the leader of Transnistria, met the envoy on Monday.",
        ("vadim-krasnoselsky", "transnistria"),
    ),
    ("Abkhazia leader Aslan Bzhania said the border would stay shut.", ("aslan-bzhania", "abkhazia")),
    (
        "The head of the Donetsk People's Republic, Denis Pushilin, said the road had been cut.",
        ("denis-pushilin", "donetsk-peoples-republic"),
    ),
    ("Kosovo's prime minister, Albin Kurti, said the police would stay.", ("albin-kurti", "kosovo")),
    ("Ali Musa, who has ruled Transnistria since 2016, met the envoy.", ("ali-musa", "transnistria")),
    ("Russia's Crimea governor Oleg Markov said the ferries would run.", ("oleg-markov", "crimea")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_an_office_in_a_territory_is_a_position_in_it(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text), text


NOT_HELD = [
    # a base stands for its state: its commander holds no post in that state
    "Camp Bondsteel commander Colonel Mark Evans welcomed the visitors.",
    # a commander posted in a place does not hold an office of the place
    "Russian troops in Transnistria, led by General Oleg Ivanov, held exercises.",
    # a former or late leader, whatever the length of the territory's name
    "Former Abkhazia leader Raul Khajimba called for calm.",
    "The late South Ossetia leader Ivan Dzhioev was buried on Friday.",
    # a commander, envoy or representative serves another body there, not the territory
    "Russia's Transnistria commander General Oleg Ivanov was dismissed.",
    "The EU special representative for Kosovo, Tomas Novak, urged restraint.",
    "Ukraine's Abkhazia envoy Petro Shevchuk warned of arrests.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_no_office_in_a_territory_where_none_is_held(text: str) -> None:
    assert not {
        held for held in positions(text) if held[1] in ("kosovo", "transnistria", "abkhazia", "south-ossetia")
    }, text
