"""Withdrawal requests and the presences they imply, in more shapes: a host's rulers named by their seat or office,
a deadline or an ultimatum, forces ordered or kicked out, an envoy sent away with the troops, a status-of-forces
agreement ended, a host announcing that foreign forces will go, and a body told to pull its peacekeepers out.
A parliament voting to act adopts no resolution. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts

REQUESTED = [
    ("The rulers in Niamey told the UN mission to leave at once.", ("niger", "united-nations")),
    ("The junta in Bamako ordered the French ambassador and troops to leave.", ("mali", "france")),
    ("Chad told Germany's ambassador and soldiers to leave.", ("chad", "germany")),
    ("Niger gave American special forces three weeks to leave.", ("niger", "united-states")),
    ("Mali set a deadline for Danish troops to leave.", ("mali", "denmark")),
    ("Burkina Faso issued an ultimatum to the French army to withdraw within a month.", ("burkina-faso", "france")),
    ("Sudan kicked the UN mission out of the country.", ("sudan", "unitams")),
    ("Gabon ordered the French soldiers out.", ("gabon", "france")),
    ("Moldova wants the Russian troops out of Transnistria.", ("moldova", "russia")),
    ("Mali expelled the UN mission last year.", ("mali", "minusma")),
    ("Niger revoked the status-of-forces agreement with the United States.", ("niger", "united-states")),
    ("Chad terminated its status of forces agreement with France.", ("chad", "france")),
    ("French troops were asked to leave Mali by the junta.", ("mali", "france")),
    ("American soldiers were ordered to leave Niger by the military government.", ("niger", "united-states")),
    ("Russian instructors were expelled from Guinea by its new authorities.", ("guinea", "russia")),
    ("Senegal's president said French bases would close.", ("senegal", "france")),
    ("Chad said the French soldiers would leave by the end of January.", ("chad", "france")),
    ("Niger's junta said French troops would leave by December.", ("niger", "france")),
    ("Mali issued an ultimatum to French troops to leave.", ("mali", "france")),
    ("Niger expelled French troops from the country.", ("niger", "france")),
    ("Mali expelled the French forces from Mali.", ("mali", "france")),
    ("Kinshasa asked the UN to pull its peacekeepers out of the country.", ("democratic-republic-of-the-congo",
                                                                          "monusco")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), REQUESTED)
def test_a_withdrawal_requested(text: str, fact: tuple[str, str]) -> None:
    assert ("REQUESTED_WITHDRAWAL", *fact) in facts(text)


PRESENT = [
    ("Burkina Faso gave French special forces a month to leave.", ("france", "burkina-faso")),
    ("Ivory Coast announced that French troops would hand over their base and depart.", ("france", "cote-divoire")),
    ("Gabon's government said the French base would close next year.", ("france", "gabon")),
    ("Kinshasa asked the UN to pull its peacekeepers out of the country.", ("monusco",
                                                                          "democratic-republic-of-the-congo")),
    ("Mali asked the UN to withdraw its peacekeepers from the country.", ("minusma", "mali")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), PRESENT)
def test_the_forces_asked_to_go_are_there(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "France announced that French troops would leave Niger.",
        "The United States said Russian troops would leave Syria.",
        "Chad said the French soldiers would not leave before January.",
    ],
)
def test_forces_said_to_go_elsewhere_or_not_at_all_are_no_request(text: str) -> None:
    assert not facts(text, "REQUESTED_WITHDRAWAL")


def test_a_body_asked_to_leave_is_not_placed_where_its_asker_is() -> None:
    found = facts("Baku demanded the withdrawal of the EU observer mission from Armenia.")
    assert not any(p == "DEPLOYED_IN" and o == "azerbaijan" for p, _, o in found)


def test_a_parliament_voting_to_expel_forces_asks_them_to_leave_and_adopts_no_resolution() -> None:
    found = facts("Iraq's parliament voted to expel US forces from the country.")
    assert ("REQUESTED_WITHDRAWAL", "iraq", "united-states") in found
    assert not facts("Iraq's parliament voted to expel US forces from the country.", "ADOPTED")


@pytest.mark.parametrize(
    "text",
    [
        # said as a condition, a routine end, or by someone out of power
        "Niger said French bases would close if the talks failed.",
        "Chad confirmed that US special forces would leave if the agreement was not renewed.",
        "Senegal said the French soldiers would go home after the exercise.",
        "Niger's opposition leader said French troops would leave once he took power.",
        "Gabon said the American marines would depart when the drills ended.",
        "Mali's former president said Russian instructors would leave.",
        # an ultimatum to an envoy alone
        "Niger issued an ultimatum to the French ambassador to leave within 48 hours.",
        "Mali gave an ultimatum to the Danish envoy to depart by Friday.",
        # out of a body or a deal, not out of a country
        "Moldova wants Russia out of the Council of Europe.",
        "Ukraine threw Russia out of the grain deal.",
        "Poland wanted Belarus out of the talks.",
        # a passive naming rulers out of power
        "French troops were asked to leave Niger by the opposition leadership.",
        "American soldiers were ordered to leave Chad by the exiled government.",
        # driven from a village or a town: a battle
        "Ukraine expelled Russian special forces from the village.",
        "Armenia ousted Azerbaijani troops from two hilltops.",
    ],
)
def test_no_request_from_a_condition_an_envoy_a_body_or_a_battle(text: str) -> None:
    assert not facts(text, "REQUESTED_WITHDRAWAL")


def test_a_body_with_no_known_mission_there_is_not_placed() -> None:
    assert not facts("Chad asked the African Union to withdraw its soldiers from the country.", "DEPLOYED_IN")


def test_an_organs_peacekeepers_are_its_bodys_mission_there_not_the_organ() -> None:
    found = facts("Mali asked the UN Security Council to pull its peacekeepers out of the country.", "DEPLOYED_IN")
    assert found == {("DEPLOYED_IN", "minusma", "mali")}


@pytest.mark.parametrize(
    "text",
    [
        "Djibouti hosts French, American and Japanese forces and Italy hosts Turkish troops.",
        "Djibouti hosts French troops, and Italy hosts American troops.",
    ],
)
def test_a_second_host_in_its_own_clause_is_not_a_guest_of_the_first(text: str) -> None:
    assert ("DEPLOYED_IN", "italy", "djibouti") not in facts(text, "DEPLOYED_IN")
