"""The dev-questions bench judges a gold name as the entities it names, not as a substring of other names."""

from __future__ import annotations

from typing import Any

import pytest

from bench.dev_questions import gives
from kg.names import NameIndex, build_index
from loaders.gazetteer import default_gazetteer

GRAPH = [
    {"id": "vorland", "type": "State", "name": "Vorland", "aliases": []},
    {"id": "norland", "type": "State", "name": "Norland", "aliases": []},
    {"id": "watch-norland", "type": "Organization", "name": "Border Watch in Norland", "aliases": []},
    {"id": "ada-brenn", "type": "Person", "name": "Ada Brenn", "aliases": []},
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return build_index(GRAPH, default_gazetteer())


def fact(subject: str, obj: str, **qualifiers: Any) -> dict[str, Any]:
    names = {row["id"]: row["name"] for row in GRAPH}
    return {
        "subject": {"id": subject, "name": names[subject]},
        "object": {"id": obj, "name": names[obj]},
        "qualifiers": qualifiers,
    }


ASKED_TO_LEAVE = {"summary": "Vorland", "rows": [fact("vorland", "watch-norland", troops=300)]}


def test_a_place_inside_an_entitys_name_is_not_that_place(index: NameIndex) -> None:
    assert gives(ASKED_TO_LEAVE, index, "Vorland")
    assert not gives(ASKED_TO_LEAVE, index, "Norland")  # only inside "Border Watch in Norland"
    assert gives(ASKED_TO_LEAVE, index, "Border Watch in Norland")


def test_names_no_entity_has_are_words_of_the_answer(index: NameIndex) -> None:
    assert gives(ASKED_TO_LEAVE, index, "300")
    assert not gives(ASKED_TO_LEAVE, index, "30")
    by_person = {"summary": "Ada Brenn", "rows": [fact("ada-brenn", "norland")]}
    assert gives(by_person, index, "Brenn")  # a surname alone
    assert gives(by_person, index, "Norland")


def test_a_demonym_stands_for_its_state(index: NameIndex) -> None:
    answer = {"summary": "United States", "rows": [fact("vorland", "norland")]}
    answer["rows"][0]["subject"] = {"id": "united-states", "name": "United States"}
    assert gives(answer, index, "American")
    assert not gives(None, index, "Vorland")
