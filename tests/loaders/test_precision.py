"""Precision: facts only from text that asserts them, never from two names sharing a sentence."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def relations(text: str, published: str | None = "2024-05-10") -> set[tuple[str, str, str, str, str]]:
    doc = read_text("t", text)
    doc.published = published
    result = extract_document(doc)
    return {(r.predicate, r.subject_id, r.object_id, r.polarity, r.modality) for r in result.relations}


def facts(text: str, predicate: str | None = None) -> set[tuple[str, str, str]]:
    return {
        (p, s, o)
        for p, s, o, pol, mod in relations(text)
        if pol == "affirmed" and mod == "asserted" and predicate in (None, p)
    }


CONTAINED = [
    ("Elections were held in Abkhazia, a breakaway region of Georgia, on Sunday.", ("abkhazia", "georgia")),
    ("Observers visited Transnistria, the occupied part of Moldova, last spring.", ("transnistria", "moldova")),
    ("Troops massed near the Abkhazia and South Ossetia regions of northern Georgia.", ("abkhazia", "georgia")),
    ("Shelling was reported across Ukraine's Crimean peninsula overnight.", ("crimea", "ukraine")),
    ("Monitors toured the breakaway Georgian territory of South Ossetia.", ("south-ossetia", "georgia")),
    ("Madrid repeated that Ceuta and Melilla are Spanish.", ("melilla", "spain")),
    ("Sevastopol is located on internationally recognised Ukrainian territory.", ("sevastopol", "ukraine")),
    ("Moldova's breakaway region of Transnistria held a vote.", ("transnistria", "moldova")),
    ("Nagorno-Karabakh is part of Azerbaijan under international law.", ("nagorno-karabakh", "azerbaijan")),
    (
        "In Georgia, Russia has stationed troops in the breakaway territories of Abkhazia and South Ossetia.",
        ("south-ossetia", "georgia"),
    ),
    (
        "Kyiv spoke of Donetsk and Luhansk, Ukraine's two eastern breakaway regions.",
        ("luhansk-peoples-republic", "ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), CONTAINED)
def test_containment_is_read_where_the_text_asserts_it(text: str, pair: tuple[str, str]) -> None:
    assert ("PART_OF", *pair) in facts(text)


NOT_CONTAINED = [
    "Transnistria asks Russia to shield it from Moldova",  # a headline naming both
    "Leaders of Georgia met in Tbilisi while Abkhazia held elections.",
    "Russian officials insist that Crimea is Russian.",  # a claim against the recognized border
    "Rabat says Western Sahara is part of Morocco.",  # no state is recognized to hold it
    "Abkhazia is not part of Georgia, its leader said.",
    "Russia's annexation of Crimea was condemned.",
]


@pytest.mark.parametrize("text", NOT_CONTAINED)
def test_no_containment_from_co_mention_or_claims(text: str) -> None:
    assert not facts(text, "PART_OF")
