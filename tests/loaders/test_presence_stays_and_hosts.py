"""Forces said to stay where they are or not to be withdrawn, hosts naming the owners of the bases they hold, units
named with their number, lines of contact, a state's ministry or parliament speaking for it, and a body's mission
asked to leave. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_deployment_counts import deployments
from tests.loaders.test_precision import facts, relations


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Israeli units will remain in Syria until the border is secure, he said.", ("israel", "syria")),
        ("Russian troops would stay in Transnistria, the minister said.", ("russia", "transnistria")),
        ("French soldiers will remain in Djibouti under the new treaty.", ("france", "djibouti")),
    ],
)
def test_forces_said_to_stay_are_there(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces will not remain in Gaza after the war, the minister said.",
        "Russian troops would stay in Transnistria if Moldova agreed.",
        "Kyiv fears Russian troops could remain in Belarus after the drills.",
    ],
)
def test_no_presence_from_a_stay_denied_or_supposed(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


def test_a_stay_on_a_condition_is_not_asserted() -> None:
    found = {(p, s, o, mod) for p, s, o, _, mod in relations("Russian troops would stay in Transnistria if asked.")}
    assert ("DEPLOYED_IN", "russia", "transnistria", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senegal long hosted France's biggest West African base.", {("france", "senegal")}),
        (
            "Djibouti hosts military bases of the United States, China and Japan.",
            {("united-states", "djibouti"), ("china", "djibouti"), ("japan", "djibouti")},
        ),
        ("The arrival of the US 82nd Airborne Division in Poland was filmed.", {("united-states", "poland")}),
        ("Britain's 4th brigade is now stationed in Estonia.", {("united-kingdom", "estonia")}),
        ("German soldiers arrived quietly in Lithuania last week.", {("germany", "lithuania")}),
        (
            "Some 1,900 Russian peacekeepers were stationed along the line of contact in Karabakh.",
            {("russia", "nagorno-karabakh")},
        ),
        ("Indian troops are deployed along the Line of Control in Kashmir.", {("india", "kashmir")}),
        ("The US deployed two Patriot batteries to Poland.", {("united-states", "poland")}),
    ],
)
def test_hosts_units_and_lines(text: str, expected: set[tuple[str, str]]) -> None:
    assert {("DEPLOYED_IN", s, o) for s, o in expected} <= facts(text, "DEPLOYED_IN")


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania hosts the visit of a German delegation.",
        "Warsaw hosted talks of Canada and Ukraine on grain.",
        "Kenya hosts the regional offices of the United Nations.",
        "Iran's phone batteries were sold in Iraq.",
    ],
)
def test_no_presence_from_hosting_something_else(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Ministry of Defence of Niger asked French troops to leave.", ("niger", "france")),
        ("The defence ministry in Niamey asked French troops to leave.", ("niger", "france")),
        ("The parliament of Iraq voted to expel US troops.", ("iraq", "united-states")),
        ("The foreign ministry of Mali demanded the departure of the UN mission.", ("mali", "minusma")),
        ("Kinshasa asked the UN mission to start withdrawing.", ("democratic-republic-of-the-congo", "monusco")),
    ],
)
def test_a_state_speaking_through_its_offices_asks_a_force_to_leave(text: str, fact: tuple[str, str]) -> None:
    assert ("REQUESTED_WITHDRAWAL", *fact) in facts(text)


def test_a_body_with_two_missions_in_the_place_stays_the_body() -> None:
    found = facts("Somalia asked the African Union mission to leave by 2024.", "REQUESTED_WITHDRAWAL")
    assert found == {("REQUESTED_WITHDRAWAL", "somalia", "african-union")}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Washington refused to withdraw its forces from Syria.", ("united-states", "syria")),
        ("The US has no plans to pull its troops out of Iraq.", ("united-states", "iraq")),
        ("Russia will not withdraw its soldiers from Transnistria, Lavrov said.", ("russia", "transnistria")),
        ("France has ruled out withdrawing its troops from Chad.", ("france", "chad")),
    ],
)
def test_forces_not_to_be_withdrawn_are_there(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


def test_forces_kept_only_on_a_condition_are_not_asserted() -> None:
    assert not facts("If attacked, Russia will not withdraw its troops from Transnistria.", "DEPLOYED_IN")


@pytest.mark.parametrize(
    "text",
    ["Ankara has ruled out sending soldiers to Gaza.", "Poland has excluded sending troops to Ukraine."],
)
def test_forces_one_rules_out_sending_are_not_sent(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The parliament in Ankara voted to extend the troop deployment in Iraq by a year.", ("turkey", "iraq")),
        ("Lawmakers approved an extension of the Kenyan police mission in Haiti.", ("kenya", "haiti")),
        ("Turkey extended its military mission in Libya.", ("turkey", "libya")),
        ("Britain will extend its deployment in Estonia.", ("united-kingdom", "estonia")),
        ("The Security Council renewed UNIFIL's mandate in Lebanon for a year.", ("unifil", "lebanon")),
        ("The Security Council extended the peacekeeping mission in Mali by six months.", ("minusma", "mali")),
    ],
)
def test_a_deployment_extended_or_renewed_goes_on(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    ["The council extended the sanctions regime on Mali.", "Denmark extended the deadline for its mission in Iraq."],
)
def test_other_things_extended_are_no_deployment(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Russian troops were sent by Moscow to Syria.", ("russia", "syria")),
        ("Troops were sent to Mali by Chad in 2013.", ("chad", "mali")),
        ("Some 500 soldiers were flown to Somalia by Uganda last year.", ("uganda", "somalia")),
        ("Some 3,000 Indian soldiers serve with UNIFIL in Lebanon.", ("india", "lebanon")),
        (
            "Nepalese peacekeepers serving with MONUSCO in Congo were attacked.",
            ("nepal", "democratic-republic-of-the-congo"),
        ),
        ("Kenyan police serving under the UN flag in Haiti were praised.", ("kenya", "haiti")),
    ],
)
def test_forces_sent_by_an_actor_or_serving_in_a_mission_are_its_own(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


def test_forces_sent_by_a_means_name_no_sender() -> None:
    assert not facts("Troops were sent to Mali by plane.", "DEPLOYED_IN")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Britain leads a NATO battlegroup in Estonia.", ("united-kingdom", "estonia")),
        ("Kenya leads the multinational security mission in Haiti.", ("kenya", "haiti")),
        ("Italy commands the NATO force in Kosovo.", ("italy", "kosovo")),
        ("The US military footprint in Niger consists of two bases.", ("united-states", "niger")),
    ],
)
def test_a_state_leading_a_force_in_a_place_or_its_footprint_there_is_there(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    ["France leads the observer mission in Georgia.", "General Smith leads the mission in Mali."],
)
def test_leading_a_civil_mission_or_a_person_leading_places_no_state(text: str) -> None:
    assert not {f for f in facts(text, "DEPLOYED_IN") if f[1] in ("france", "united-states")}


def test_a_host_of_a_share_of_forces_has_them_but_not_their_whole_count() -> None:
    text = "Djibouti hosts over half of some 3,000 French troops based in Africa."
    assert [(s, o, n) for s, o, _p, _m, n in deployments(text)] == [("france", "djibouti", None)]


def test_the_whole_count_stays_with_the_place_named_after_it() -> None:
    text = "Sicily hosts nearly half of the 12,000 US troops stationed in Italy."
    assert ("united-states", "italy", 12000) in {(s, o, n) for s, o, _p, _m, n in deployments(text)}
