"""Containment: where the text says what a place is, an undisputed territory is part of its state too; where it
only says where a place lies, only a disputed one is recorded."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def part_of(text: str) -> set[tuple[str, str]]:
    return {
        (r.subject_id, r.object_id)
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == "PART_OF" and r.is_fact
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tigray is a northern region of Ethiopia, and the fighting there has stopped.", ("tigray", "ethiopia")),
        ("Gagauzia remains an autonomous Moldovan region.", ("gagauzia", "moldova")),
        ("Okinawa is a southern Japanese prefecture where the bases sit.", ("okinawa", "japan")),
        (
            "Greenland remains a self-ruling territory of Denmark, its premier told voters.",
            ("greenland", "denmark"),
        ),
        ("Guam, an unincorporated territory of the United States, hosts bombers.", ("guam", "united-states")),
        ("The Kurdistan Region is an autonomous region in northern Iraq.", ("kurdistan-region", "iraq")),
        ("Abkhazia remains a breakaway region of Georgia.", ("abkhazia", "georgia")),
    ],
)
def test_a_place_said_to_be_a_region_of_a_state(text: str, expected: tuple[str, str]) -> None:
    assert expected in part_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Abkhazia was a breakaway region of Georgia until 2008, Moscow says.",  # no longer, in its words
        "Tigray was a region of Eritrea until 1993.",
        "Abkhazia is not a region of Russia.",  # negated
        "Crimea is a region of Russia, Moscow says.",  # places it in another state than it belongs to: a claim
        "Kosovo was a former province of Serbia.",  # no longer
        "Tigray was once a province of Eritrea.",
        "Ladakh is a region that China claims.",
        "The talks covered the Kherson and Zaporizhzhia regions of Ukraine.",  # where an undisputed place lies
        "Artillery hit Russia's Kursk region overnight.",
    ],
)
def test_no_part_of(text: str) -> None:
    assert part_of(text) == set()


def test_a_disputed_place_is_recorded_wherever_the_text_places_it() -> None:
    assert ("crimea", "ukraine") in part_of("Drones struck Ukraine's Crimea overnight.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones struck Ukraine's Crimea once again on Sunday.", ("crimea", "ukraine")),
        ("Ukraine's Crimea will stay occupied until Kyiv retakes it.", ("crimea", "ukraine")),
        ("Transnistria, a breakaway region of Moldova that Russia once courted, voted.", ("transnistria", "moldova")),
    ],
)
def test_words_of_another_clause_do_not_end_a_place_status(text: str, expected: tuple[str, str]) -> None:
    assert expected in part_of(text)
