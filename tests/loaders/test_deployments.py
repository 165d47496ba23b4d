"""DEPLOYED_IN read from a name alone: a mission is in its places of deployment, and a base holds the foreign forces
it hosts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.gazetteer import default_gazetteer
from loaders.reading import read_text


def relations(text: str) -> set[tuple[str, str, str, str, str]]:
    result = extract_document(read_text("t", text))
    return {(r.predicate, r.subject_id, r.object_id, r.polarity, r.modality) for r in result.relations}


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(p, s, o) for p, s, o, pol, mod in relations(text) if pol == "affirmed" and mod == "asserted"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("A UNIFIL spokesman said the blue helmets would keep their posts.", ("unifil", "lebanon")),
        ("The council renewed the mandate of UNFICYP for another year.", ("unficyp", "cyprus")),
        ("Protesters marched against MONUSCO in Goma on Tuesday.", ("monusco", "democratic-republic-of-the-congo")),
        ("KFOR stepped up patrols near the northern crossings.", ("kfor", "kosovo")),
        ("Officers of EUFOR Althea trained with local units.", ("eufor-althea", "bosnia-and-herzegovina")),
        ("UNDOF observers reported shelling near their positions.", ("undof", "golan-heights")),
        ("The EU Monitoring Mission in Armenia has about 200 observers.", ("euma-armenia", "armenia")),
    ],
)
def test_a_mission_named_is_in_its_place(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("A spokeswoman for the UN peacekeepers in Lebanon said the patrols would go on.", ("unifil", "lebanon")),
        ("NATO peacekeepers in Kosovo stepped up patrols.", ("kfor", "kosovo")),
        ("UN troops in southern Lebanon came under fire.", ("unifil", "southern-lebanon")),
    ],
)
def test_a_body_in_a_place_where_it_leads_one_mission_is_that_mission(text: str, fact: tuple[str, str]) -> None:
    found = facts(text)
    assert ("DEPLOYED_IN", *fact) in found
    assert not {f for f in found if f[1] in ("united-nations", "nato")}


def test_a_body_in_a_place_where_it_leads_no_mission_is_itself() -> None:
    assert ("DEPLOYED_IN", "nato", "estonia") in facts("NATO troops in Estonia held a drill.")


def test_a_mission_named_with_its_acronym_is_one_fact_read_at_its_name() -> None:
    found = relations("The United Nations Mission in South Sudan (UNMISS) shelters thousands of civilians.")
    assert ("DEPLOYED_IN", "unmiss", "south-sudan", "affirmed", "asserted") in found
    assert len([r for r in found if r[0] == "DEPLOYED_IN"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A future AUSSOM force could include troops from the region.",  # not there yet
        "The proposed MINUSCA drawdown would not begin before spring.",  # planned, said of the mission's future
        "Diplomats said a replacement MINUSMA contingent may never be formed.",
    ],
)
def test_a_mission_not_yet_there_or_only_hypothesised_is_no_fact(text: str) -> None:
    assert not {f for f in facts(text) if f[0] == "DEPLOYED_IN"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("A drone fell near Camp Lemonnier overnight.", ("united-states", "djibouti")),
        ("Helicopters took off from Camp Humphreys at dawn.", ("united-states", "south-korea")),
        ("Residents protested the noise at Kadena Air Base.", ("united-states", "okinawa")),
        ("Shells landed close to Hmeimim air base.", ("russia", "syria")),
        ("The minister visited the 102nd military base in Gyumri.", ("russia", "armenia")),
    ],
)
def test_a_base_named_holds_the_forces_it_hosts(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


def test_a_base_that_hosts_no_foreign_forces_places_no_one() -> None:
    # Bagram is named in the gazetteer as a place, but hosts no foreign forces today
    assert not {f for f in facts("Flights resumed at Bagram last month.") if f[0] == "DEPLOYED_IN"}


def test_a_base_in_a_hypothetical_clause_is_no_fact() -> None:
    found = relations("Analysts said new launchers could be sent to Deveselu next year.")
    assert ("DEPLOYED_IN", "united-states", "romania", "affirmed", "asserted") not in found


def test_every_place_of_deployment_and_every_host_is_known() -> None:
    gaz = default_gazetteer()
    placed = [g for g in (*gaz.entities.values(), *gaz.places.values()) if g.deployed_in or g.hosts]
    assert len(placed) >= 40
    for g in placed:
        for entity_id in (*g.deployed_in, *g.hosts):
            assert gaz.get(entity_id) is not None, (g.id, entity_id)
        for host in g.hosts:
            assert gaz.get(host).type == "State"
        assert not (g.hosts and not g.locality), g.id  # only a base hosts forces
