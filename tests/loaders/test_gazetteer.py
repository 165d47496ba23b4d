"""The gazetteer for the whole world: generated states and cities under the hand-curated entities."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from loaders import gazetteer_build
from loaders.extract import extract_document
from loaders.gazetteer import default_gazetteer, merge_documents
from loaders.reading import read_text


def hand() -> dict:
    return yaml.safe_load(resources.files("loaders").joinpath("data", "gazetteer.yaml").read_text(encoding="utf-8"))


def named(text: str) -> list[tuple[str, str, str]]:
    """(surface, entity id, kind) of each mention in ``text``."""
    return [(text[m.start : m.end], m.entity.id, m.kind) for m in default_gazetteer().find(text)]


def facts(text: str) -> set[tuple[str, str, str]]:
    result = extract_document(read_text("t", text))
    return {(r.predicate, r.subject_id, r.object_id) for r in result.relations if r.is_fact}


def test_world_json_is_what_the_build_writes() -> None:
    assert gazetteer_build.main(["--check"]) == 0


def test_every_un_member_and_the_observers_are_states() -> None:
    states = [g for g in default_gazetteer().entities.values() if g.type == "State"]
    assert len(states) >= 195  # 193 members, the two observer states, Taiwan
    for entity_id in ("niger", "nigeria", "state-of-palestine", "vatican-city", "taiwan", "tuvalu", "south-sudan"):
        assert default_gazetteer().get(entity_id).type == "State"


def test_hand_curated_ids_keep_their_section() -> None:
    sections = {"states": "State", "territories": "Territory", "organizations": "Organization"}
    for section, type_name in sections.items():
        for raw in hand()[section]:
            assert default_gazetteer().get(raw["id"]).type == type_name, raw["id"]
    assert default_gazetteer().get("kosovo").type == "Territory"
    assert default_gazetteer().get("kosovo").entity.wikidata == "Q1246"


def test_names_demonyms_and_capitals_of_states_outside_europe() -> None:
    assert named("Nigerien troops left Niamey") == [("Nigerien", "niger", "demonym"), ("Niamey", "niger", "metonym")]
    assert named("Emirati officials met in Abu Dhabi") == [
        ("Emirati", "united-arab-emirates", "demonym"),
        ("Abu Dhabi", "united-arab-emirates", "metonym"),
    ]
    assert [m[1] for m in named("The DRC and the UAE and Côte d'Ivoire")] == [
        "democratic-republic-of-the-congo",
        "united-arab-emirates",
        "cote-divoire",
    ]


def test_two_letter_codes_that_are_words_are_not_names() -> None:
    assert named("IN IT AT BE NO ME OR TO GB CAR, and US$5 million") == []
    aliases = {a for g in default_gazetteer().entities.values() for a in g.entity.aliases}
    assert {"IN", "IT", "AT", "BE", "NO"}.isdisjoint(aliases)


@pytest.mark.parametrize("text", ["Victoria said so.", "He flew to Kingston.", "Male soldiers", "at Georgetown"])
def test_capitals_that_are_also_words_names_or_other_places_are_not_actors(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize("text", ["Reading the report", "a Mobile phone", "John Bolton said", "Vladimir Padrino spoke"])
def test_cities_whose_names_are_words_or_people_are_left_out(text: str) -> None:
    assert [m for m in named(text) if m[2] == "locality"] == []


def test_a_city_or_base_stands_for_its_state_and_keeps_the_place() -> None:
    mentions = default_gazetteer().find("the Russian base in Gyumri and the Hmeimim air base")
    localities = [(m.entity.id, m.place.id) for m in mentions if m.kind == "locality"]
    assert localities == [("armenia", "gyumri-am"), ("syria", "hmeimim-air-base")]
    assert default_gazetteer().get("gyumri-am").part_of == "armenia"
    assert "gyumri-am" not in default_gazetteer().entities  # what facts are about: the state
    assert [m.entity.id for m in default_gazetteer().find("Marines at Kadena Air Base")] == ["okinawa"]


def test_disputed_territories_name_a_known_state() -> None:
    gaz = default_gazetteer()
    for entity_id in ("golan-heights", "northern-cyprus", "essequibo", "gaza-strip", "somaliland", "azad-kashmir"):
        territory = gaz.get(entity_id)
        assert territory.type == "Territory" and territory.contested
        assert gaz.get(territory.part_of).type == "State"


def test_contested_territories_are_indexed_by_their_state() -> None:
    gaz = default_gazetteer()
    assert "transnistria" in {g.id for g in gaz.contested_parts["moldova"]}
    assert all(g.contested and g.part_of == "georgia" for g in gaz.contested_parts["georgia"])
    assert "moldova" not in {g.id for parts in gaz.contested_parts.values() for g in parts}


def test_wikidata_ids_are_unique_and_well_formed() -> None:
    qids = [g.entity.wikidata for g in default_gazetteer().entities.values() if g.entity.wikidata]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)
    assert len(qids) == len(set(qids))


def test_merge_keeps_the_hand_entry_and_joins_lists() -> None:
    hand_doc = {"territories": [{"id": "x", "name": "Ex", "aliases": ["X1"], "properties": {"status": "disputed"}}]}
    generated = {
        "states": [
            {"id": "x", "name": "Ex Republic", "aliases": ["X1", "X2"], "wikidata": "Q1", "metonyms": ["Xville"]},
            {"id": "y", "name": "Why"},
        ]
    }
    merged = merge_documents(hand_doc, generated)
    assert merged["territories"] == [
        {
            "id": "x",
            "name": "Ex",
            "aliases": ["X1", "Ex Republic", "X2"],
            "wikidata": "Q1",
            "metonyms": ["Xville"],
            "properties": {"status": "disputed"},
        }
    ]
    assert merged["states"] == [{"id": "y", "name": "Why"}]


def test_extraction_about_actors_beyond_europe() -> None:
    assert ("DEPLOYED_IN", "united-states", "iraq") in facts("The United States keeps about 2,500 troops in Iraq.")
    assert ("DEPLOYED_IN", "russia", "armenia") in facts("Russian soldiers are stationed at the base in Gyumri.")
    assert ("CONDEMNED", "african-union", "mali") in facts("The African Union condemned Mali for the coup.")
