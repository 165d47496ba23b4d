"""A state held (a deployment, an occupation) that the text says has ended: a base given up by its owner, a state
said with "once" or "previously" or between two years past, and forces named in a relative clause that then left."""

from __future__ import annotations

import pytest

from tests.loaders.test_continuing_states import statuses


def holds(text: str) -> set[tuple[str, str, str, str]]:
    return statuses(text, "DEPLOYED_IN") | statuses(text, "OCCUPIES")


ENDED = [
    # a base given up, named by its owner
    ("Russia lost its bases in Syria when the regime fell.", ("russia", "syria")),
    ("France closed its last base in Chad in January.", ("france", "chad")),
    ("Paris handed over its base in Senegal to the Senegalese army.", ("france", "senegal")),
    # a state said to be of the past
    ("Russia once kept a naval base in Vietnam.", ("russia", "vietnam")),
    ("Britain previously maintained a garrison in Belize.", ("united-kingdom", "belize")),
    (
        "Russia once kept a naval base in Vietnam, which now hosts American ships.",
        ("russia", "vietnam"),
    ),  # another's "now"
    # a state held between two years past
    ("Syria kept troops in Lebanon between 1976 and 2005.", ("syria", "lebanon")),
    ("Indonesia occupied Timor-Leste from 1975 to 1999.", ("indonesia", "timor-leste")),
    # forces named in a relative clause, then what they did
    ("The French soldiers, who were based in Niger for a decade, flew home in December.", ("france", "niger")),
    ("Russian peacekeepers, who had been in Abkhazia since 1994, left the region in 2008.", ("russia", "abkhazia")),
]


@pytest.mark.parametrize(("text", "pair"), ENDED)
def test_a_deployment_said_to_have_ended_is_negated(text: str, pair: tuple[str, str]) -> None:
    found = holds(text)
    assert (*pair, "negated", "asserted") in found
    assert (*pair, "affirmed", "asserted") not in found


def test_a_place_taken_then_lost_is_held_no_more() -> None:
    assert ("islamic-state", "iraq", "negated", "asserted") in holds(
        "The Islamic State overran Mosul in 2014 and was driven out in 2017."
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia, which once occupied Afghanistan, now keeps troops in Tajikistan.", ("russia", "tajikistan")),
        ("The United States once held Okinawa and still has bases in Japan.", ("united-states", "japan")),
        ("Turkey once kept a base in Qatar, and it still keeps troops there today.", ("turkey", "qatar")),
        ("Russia closed its bases in Georgia in 2007 but still has troops in Abkhazia.", ("russia", "abkhazia")),
    ],
)
def test_an_ending_in_another_clause_leaves_a_state_that_still_holds(text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "affirmed", "asserted") in holds(text)


HELD = [
    ("Russia keeps its bases in Syria despite the new government.", ("russia", "syria")),
    ("Russia may lose its bases in Syria.", ("russia", "syria")),
    ("Moscow fears losing its bases in Syria.", ("russia", "syria")),
    ("Russia expanded its base in Tajikistan.", ("russia", "tajikistan")),
    ("Russia has long kept a base in Armenia.", ("russia", "armenia")),
    ("The French soldiers, who were based in Niger for a decade, say they will stay.", ("france", "niger")),
]


@pytest.mark.parametrize(("text", "pair"), HELD)
def test_a_base_kept_or_only_at_risk_is_held(text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "affirmed", "asserted") in holds(text)
