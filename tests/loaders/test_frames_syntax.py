"""The frames stage reading argument structure from a parse of the candidate sentences (extract/syntax.Parsed),
on sentences written for these tests; the word-order reading of the same sentence is shown where they differ."""

from __future__ import annotations

import logging

import pytest

from core.errors import ModelRefused
from loaders.extract import extract_document, pipeline
from loaders.reading import read_text

Row = tuple[str, str, str, str, str]


def relations(text: str, *, parse: bool = True) -> dict[tuple[str, str, str], Row]:
    """(predicate, subject, object) -> the relation with its polarity, modality and qualifiers."""
    result = extract_document(read_text("t", text), parse=parse)
    return {
        (r.predicate, r.subject_id, r.object_id): (r.predicate, r.subject_id, r.object_id, r.polarity, r.modality)
        for r in result.relations
    }


def facts(text: str, *, parse: bool = True) -> set[tuple[str, str, str]]:
    return {key for key, row in relations(text, parse=parse).items() if row[3:] == ("affirmed", "asserted")}


def qualifiers(text: str, predicate: str) -> dict:
    found = [r.qualifiers for r in extract_document(read_text("t", text)).relations if r.predicate == predicate]
    assert len(found) == 1
    return found[0]


ASSERTED = [
    # passive with a "by" agent that lists its members
    (
        "South Ossetia is recognized as independent by a small group of countries, including Syria and Venezuela.",
        {("RECOGNIZED", "syria", "south-ossetia"), ("RECOGNIZED", "venezuela", "south-ossetia")},
    ),
    # coordinated demonyms sharing one noun, as subject and as object
    (
        "Russian and Belarusian units were deployed to Georgia last spring.",
        {("DEPLOYED_IN", "russia", "georgia"), ("DEPLOYED_IN", "belarus", "georgia")},
    ),
    (
        "Poland demanded the removal of Russian and Belarusian soldiers from Ukraine.",
        {("REQUESTED_WITHDRAWAL", "poland", "russia"), ("REQUESTED_WITHDRAWAL", "poland", "belarus")},
    ),
    # a relative clause: the relative pronoun stands for the place
    (
        "Transnistria, which Russian troops have occupied since 1992, borders Ukraine.",
        {("OCCUPIES", "russia", "transnistria")},
    ),
    # a government named by the place it sits in
    (
        "The government in Chisinau asked Russia to withdraw its troops.",
        {("REQUESTED_WITHDRAWAL", "moldova", "russia")},
    ),
    # control: a deadline to withdraw
    (
        "Ukraine gave Belarus 30 days to pull its soldiers out of Moldova.",
        {("REQUESTED_WITHDRAWAL", "ukraine", "belarus")},
    ),
    # a possessive with a nominal trigger names the annexer
    (
        "Finland condemned Russia's annexation of Crimea.",
        {("ANNEXED", "russia", "crimea"), ("CONDEMNED", "finland", "russia")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTED, ids=[t[:40] for t, _ in ASSERTED])
def test_asserted(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text)


def test_word_order_alone_misses_what_the_parse_finds() -> None:
    text = ASSERTED[0][0]
    assert not facts(text, parse=False) & ASSERTED[0][1]
    relative = ASSERTED[3][0]
    assert ("OCCUPIES", "russia", "ukraine") in facts(relative, parse=False)
    assert ("OCCUPIES", "russia", "ukraine") not in facts(relative)


def test_occupation_of_unnamed_parts_of_a_state_is_not_of_the_state() -> None:
    text = "Estonia condemned Armenia's occupation of three villages of Azerbaijan."
    assert ("OCCUPIES", "armenia", "azerbaijan") in facts(text, parse=False)
    assert not {key for key in relations(text) if key[0] == "OCCUPIES"}


def test_a_denial_of_the_clause_from_outside_it_negates() -> None:
    text = "Minsk again denies Russian soldiers are in Georgia."
    assert relations(text)[("DEPLOYED_IN", "russia", "georgia")][3] == "negated"
    assert relations(text, parse=False)[("DEPLOYED_IN", "russia", "georgia")][3] == "affirmed"


def test_a_deployment_to_a_place_is_asserted_not_planned() -> None:
    text = "British and French forces were deployed to Estonia last year."
    assert {("DEPLOYED_IN", "united-kingdom", "estonia"), ("DEPLOYED_IN", "france", "estonia")} <= facts(text)


def test_a_preposition_before_the_subject_is_not_an_infinitive() -> None:
    assert ("ANNEXED", "russia", "crimea") in facts("Sanctions followed due to Russia's annexation of Crimea.")


@pytest.mark.parametrize(
    "text",
    [
        "Russia keeps troops in Transnistria, while Poland said it had 2,000 soldiers ready in 2016.",
        "Russian troops are in Belarus, where 30,000 soldiers took part in drills in 2022.",
    ],
)
def test_a_number_or_date_of_another_clause_stays_off_the_fact(text: str) -> None:
    assert qualifiers(text, "DEPLOYED_IN") == {}


def test_a_number_and_date_of_the_facts_own_clause_are_kept() -> None:
    text = "Moldova asked Russia to withdraw its 1,500 troops in 2023."
    assert qualifiers(text, "REQUESTED_WITHDRAWAL").items() >= {"troops": 1500, "date": "2023"}.items()


def test_a_refused_model_is_said_once_and_word_order_reads_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(ner: bool = False) -> None:
        raise ModelRefused("spaCy model refused: tagger/model differs")

    monkeypatch.setattr(pipeline, "load_pipeline", refuse)
    pipeline.parser_ready.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            first = facts("Russia occupied Crimea in 2014.")
            second = facts("Russian troops are stationed in Transnistria.")
    finally:
        pipeline.parser_ready.cache_clear()
    assert ("OCCUPIES", "russia", "crimea") in first
    assert ("DEPLOYED_IN", "russia", "transnistria") in second
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 1 and "\n" not in refusals[0].getMessage()
