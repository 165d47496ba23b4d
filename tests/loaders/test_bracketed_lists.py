"""Lists whose names each carry a short aside in brackets ("A (2008), B (2009) and C"): every name is an item,
and a year in an item's brackets dates that item's fact only. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts


def dated(text: str) -> dict[tuple[str, str, str], str | None]:
    doc = read_text("t", text)
    doc.published = "2024-05-10"
    return {(r.predicate, r.subject_id, r.object_id): r.qualifiers.get("date") for r in extract_document(doc).relations}


LISTS = [
    (
        "Abkhazia has been recognised by Russia (2008), Nicaragua (2008), Venezuela (2009) and Nauru (2009).",
        {"russia", "nicaragua", "venezuela", "nauru"},
        "abkhazia",
    ),
    (
        "Russia (2008), Nicaragua (2008) and Venezuela (2009) recognised the independence of South Ossetia.",
        {"russia", "nicaragua", "venezuela"},
        "south-ossetia",
    ),
    ("Kosovo is recognised by Albania (AL), Turkey (TR) and Japan (JP).", {"albania", "turkey", "japan"}, "kosovo"),
]


@pytest.mark.parametrize(("text", "subjects", "place"), LISTS)
def test_every_item_of_a_list_with_asides(text: str, subjects: set[str], place: str) -> None:
    assert {s for p, s, o in facts(text, "RECOGNIZED") if o == place} == subjects


def test_an_items_year_dates_its_own_fact() -> None:
    found = dated("Abkhazia has been recognised by Russia (2008), Venezuela (2009) and Nauru (2011).")
    assert found[("RECOGNIZED", "russia", "abkhazia")] == "2008"
    assert found[("RECOGNIZED", "venezuela", "abkhazia")] == "2009"
    assert found[("RECOGNIZED", "nauru", "abkhazia")] == "2011"


def test_an_aside_naming_another_entity_ends_the_list() -> None:
    found = facts("Abkhazia is recognised by Russia (unlike Georgia), and Belarus has refused.", "RECOGNIZED")
    assert ("RECOGNIZED", "georgia", "abkhazia") not in found
    assert ("RECOGNIZED", "belarus", "abkhazia") not in found
