"""Leaders the gazetteer lists: a state's title with no state named ("Prime Minister Netanyahu said") is of the
leader's own state, even where the sentence names others; on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.gazetteer import default_gazetteer
from loaders.reading import read_text
from schema import ONTOLOGY
from tests.loaders.test_people import positions

LEADERS = [
    ("President Maduro told Guyana and Brazil that the border talks were over.", ("nicolas-maduro", "venezuela")),
    ("Prime Minister Netanyahu spoke to reporters after meeting the Egyptian envoy.", ("benjamin-netanyahu", "israel")),
    ("President William Ruto said Kenya's police would stay in Haiti.", ("william-ruto", "kenya")),
    ("Secretary of State Mike Pompeo accused Cuba and Russia of meddling.", ("mike-pompeo", "united-states")),
    ("Prime Minister Hun Sen denied that China had a base on the coast.", ("hun-sen", "cambodia")),
    ("Defence Minister Israel Katz visited the troops in Syria.", ("israel-katz", "israel")),
    ("General Tchiani, the head of the junta, met the Russian envoy.", ("abdourahamane-tchiani", "niger")),
    ("Kishida, Japan's prime minister, met the US envoy.", ("fumio-kishida", "japan")),
]


@pytest.mark.parametrize(("text", "held"), LEADERS)
def test_a_listed_leaders_title_is_of_their_own_state(text: str, held: tuple[str, str]) -> None:
    found = positions(text)
    assert held in found
    assert all(body == held[1] for person, body in found if person == held[0]), found


def test_a_former_leaders_title_is_no_position() -> None:
    assert not positions("Former President Obama criticised the deployment.")


def test_a_leader_of_a_disputed_territory_holds_a_position_in_it() -> None:
    # HOLDS_POSITION joins a person to a state, an organisation or a territory (a breakaway or disputed polity).
    doc = read_text("t", "Kosovo Prime Minister Albin Kurti met the envoy in Pristina on Monday.")
    relations = extract_document(doc).relations
    assert all(ONTOLOGY.predicate(r.predicate).connects(r.subject_type, r.object_type) for r in relations)
    held = [r for r in relations if r.predicate == "HOLDS_POSITION" and r.subject_id == "albin-kurti"]
    assert [(r.object_id, r.object_type, r.qualifiers["role"]) for r in held] == [
        ("kosovo", "Territory", "Prime Minister")
    ]


def test_a_leaders_surname_that_is_also_a_common_word_or_place_names_no_one() -> None:
    text = "Gallant Crews Honoured. Bolton beat Wigan, and the waltz and the truss held. Jean-Pierre Dupont spoke."
    found = {m.entity.id for m in default_gazetteer().find(text)}
    assert not found & {"yoav-gallant", "john-bolton", "mike-waltz", "liz-truss", "karine-jean-pierre"}
