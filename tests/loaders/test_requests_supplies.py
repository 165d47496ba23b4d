"""Weapons supplies, requests to leave and refusals said in more ways, and the "we" of a quote; sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_speech_acts import facts

SUPPLIES = [
    # the weapons in a lot
    ("Turkey shipped a third large consignment of drones to Libya.", ("turkey", "libya")),
    ("Last week Egypt sent a second big shipment of weapons to Somalia, including guns.", ("egypt", "somalia")),
    # the supply as a noun, with its supplier
    ("Germany's arms deliveries to Ukraine rose last year.", ("germany", "ukraine")),
    ("Kenya protested over arms shipments from Iran to the Houthis.", ("iran", "houthis")),
    ("France's provision of artillery to Armenia angered Baku.", ("france", "armenia")),
    # said by who got them
    ("Russia has received hundreds of attack drones from Iran.", ("iran", "russia")),
    ("Ethiopia bought a batch of drones from Turkey.", ("turkey", "ethiopia")),
    # sold, and more kinds of weapons
    ("Turkey sold armed drones to Nigeria last year.", ("turkey", "nigeria")),
    ("Washington delivered rocket launchers to Kyiv.", ("united-states", "ukraine")),
    ("Germany sent armoured vehicles and mortars to Ukraine.", ("germany", "ukraine")),
    # armed, with an article before the one armed
    ("The UAE has armed the Rapid Support Forces in Sudan.", ("united-arab-emirates", "rapid-support-forces")),
    ("Russia armed Serbia too.", ("russia", "serbia")),
    ("Iran armed Hezbollah throughout the war.", ("iran", "hezbollah")),
]


@pytest.mark.parametrize(("text", "pair"), SUPPLIES)
def test_weapons_supplied_in_more_ways(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, "SUPPLIES_WEAPONS_TO")


@pytest.mark.parametrize(
    "text",
    [
        "Russia's delivery of grain to Egypt went ahead.",  # no weapons
        "The minister discussed arms deliveries to Kyiv.",  # no supplier named
        "Egypt received a delegation from Somalia.",  # no weapons received
        "The museum sold old rifles to collectors.",  # no state buys them
        "Israel armed the West Bank settlers.",  # the ones armed are named by a noun after the place
    ],
)
def test_what_is_no_weapons_supply(text: str) -> None:
    assert not facts(text, "SUPPLIES_WEAPONS_TO")


REQUESTS = [
    ("Niamey ordered the French forces out of the country.", ("niger", "france")),
    ("Sudan's request for the immediate termination of UNITAMS was accepted.", ("sudan", "unitams")),
    ("The demand of the Malian authorities for the termination of MINUSMA was read out.", ("mali", "minusma")),
    ("Diplomats cited the insistence of the government of Mali on the departure of MINUSMA.", ("mali", "minusma")),
]


@pytest.mark.parametrize(("text", "pair"), REQUESTS)
def test_requests_to_leave_in_more_ways(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, "REQUESTED_WITHDRAWAL")


@pytest.mark.parametrize(
    "text",
    [
        "MINUSMA rejected Mali's request to leave its bases.",
        "Russia turned down a demand from Moldova to pull out its troops.",
        "UNIFIL said it would stay despite Israel's request.",
        "UNIFIL said it would stay despite the demands from Israel.",
    ],
)
def test_a_refusal_that_names_who_asked_records_the_request(text: str) -> None:
    refused = facts(text, "REFUSED_WITHDRAWAL")
    asked = facts(text, "REQUESTED_WITHDRAWAL")
    assert len(refused) == 1 and {(b, a) for a, b in refused} == asked


@pytest.mark.parametrize("refusal", ["Russia declined Moldova's request to withdraw.", "Moscow vowed to remain there."])
def test_a_refusal_answers_the_request_before_it(refusal: str) -> None:
    text = f"Moldova asked Russia to withdraw its troops. {refusal}"
    assert ("russia", "moldova") in facts(text, "REFUSED_WITHDRAWAL")


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it would stay in the talks.",  # no request before it
        "Russia rejected Moldova's request for gas.",  # a request, but not to leave
        "Paris ordered its troops out of Mali.",  # a state withdrawing its own forces
    ],
)
def test_what_is_no_refusal_nor_request(text: str) -> None:
    assert not facts(text, "REFUSED_WITHDRAWAL") | facts(text, "REQUESTED_WITHDRAWAL")


# "we" in a quote is its speaker, named after or before it, also after an opening adverb
QUOTED_WE = [
    "“Once more, we call on Russia to pull its forces out of Moldova,” US spokeswoman Jane Doe stated.",
    'A French spokesman said: "We call on Moscow to pull its troops out of Georgia."',
    "Romania's president said on Monday: “Today, we call on Russia to withdraw its forces from Moldova.”",
]


@pytest.mark.parametrize("text", QUOTED_WE)
def test_we_in_a_quote_is_its_speaker(text: str) -> None:
    (subject,) = {s for s, o in facts(text, "REQUESTED_WITHDRAWAL") if o == "russia"}
    assert subject in ("united-states", "france", "romania")


def test_we_in_a_quote_said_by_a_pronoun_is_not_the_quote_before() -> None:
    assert not facts("“We call on Russia to withdraw its forces,” she said.", "REQUESTED_WITHDRAWAL")


def test_a_spokespersons_we_is_the_state_they_speak_for() -> None:
    text = (
        "U.S. State Department Spokesperson Jane Doe spoke on Monday. "
        "“Once more, we call on Russia to pull its forces back to where they stood before,” Doe stated."
    )
    assert facts(text, "REQUESTED_WITHDRAWAL") == {("united-states", "russia")}


# A threat of a penalty names whom it is aimed at: on, against, hit ... with, or the one in its condition
THREATS = [
    ("President Jane Doe has warned that the US would impose tough sanctions if Iraq expels US troops.", "iraq"),
    ("Washington threatened to hit Caracas with new tariffs.", "venezuela"),
    ("The EU warned of an embargo against Minsk.", "belarus"),
    ("Berlin warned that it would impose new sanctions on Minsk.", "belarus"),
    ("“We are going to put very big sanctions on Iraq,” US President Jane Doe said.", "iraq"),
]


@pytest.mark.parametrize(("text", "target"), THREATS)
def test_a_threat_of_a_penalty_names_its_target(text: str, target: str) -> None:
    assert target in {o for _, o in facts(text, "THREATENED")}


@pytest.mark.parametrize(
    "text",
    [
        "Paris warned that sanctions against Russia would hurt Europe.",  # a penalty not held out by the speaker
        "Washington lifted sanctions on Iraq.",  # no threat
        "The US will impose sanctions on Iran next week, the Treasury said.",  # an announcement, not a threat
    ],
)
def test_what_is_no_threat_of_a_penalty(text: str) -> None:
    assert not facts(text, "THREATENED")


# An act named after the clause that tells it, condemned: the condemned is the clause's subject
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Last month Egypt sent a shipment of rifles to Somalia, a move that Ethiopia condemned.",
            ("ethiopia", "egypt"),
        ),
        ("Russia held naval drills near the coast - a step denounced by Moldova.", ("moldova", "russia")),
    ],
)
def test_a_move_condemned_is_its_doers(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, "CONDEMNED")


def test_a_move_welcomed_is_not_condemned() -> None:
    assert not facts("Egypt sent rifles to Somalia, a move that Ethiopia welcomed.", "CONDEMNED")
