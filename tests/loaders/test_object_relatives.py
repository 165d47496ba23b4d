"""A relation whose object is the antecedent of a relative clause, and whose subject and verb are inside the clause
("X, which Y annexed", "X, where Y keeps troops"), on sentences written for these tests; and what such a clause
does not assert (a claim, a wish, a claim to a place, a clause with no named subject)."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text

Row = tuple[str, str, str, str, str]


def rows(text: str) -> set[Row]:
    """(predicate, subject, object, polarity, modality) of each relation."""
    result = extract_document(read_text("t", text))
    return {(r.predicate, r.subject_id, r.object_id, r.polarity, r.modality) for r in result.relations}


def asserted(text: str) -> set[tuple[str, str, str]]:
    return {row[:3] for row in rows(text) if row[3:] == ("affirmed", "asserted")}


FOUND = [
    (
        "The envoys travelled to Abkhazia, which Russia recognised in 2008, for the talks.",
        ("RECOGNIZED", "russia", "abkhazia", "affirmed", "asserted"),
    ),
    (
        "Rival claims over Abkhazia and South Ossetia, which Moscow recognised after the war, persist.",
        ("RECOGNIZED", "russia", "south-ossetia", "affirmed", "asserted"),
    ),
    (
        "The mission met officials in Abkhazia, which only Russia and Nicaragua recognise.",
        ("RECOGNIZED", "nicaragua", "abkhazia", "affirmed", "asserted"),
    ),
    (
        "Talks stalled over Kosovo, which Serbia still does not recognise.",
        ("RECOGNIZED", "serbia", "kosovo", "negated", "asserted"),
    ),
    (
        "Kosovo, which Serbia cannot recognise, joined the bank.",
        ("RECOGNIZED", "serbia", "kosovo", "negated", "asserted"),
    ),
    (
        "Kosovo, which Spain has never recognised, applied to join.",
        ("RECOGNIZED", "spain", "kosovo", "negated", "asserted"),
    ),
    (
        "The envoy flew to Kosovo, which Serbia refuses to recognise.",
        ("RECOGNIZED", "serbia", "kosovo", "negated", "asserted"),
    ),
    (
        "The report covered Djibouti, where the United States keeps about 4,000 troops.",
        ("DEPLOYED_IN", "united-states", "djibouti", "affirmed", "asserted"),
    ),
    (
        "Inspectors went to Latvia, where Canada has kept a battle group since 2017.",
        ("DEPLOYED_IN", "canada", "latvia", "affirmed", "asserted"),
    ),
    (
        "Inspectors went to Latvia, where Canada no longer keeps any troops.",
        ("DEPLOYED_IN", "canada", "latvia", "negated", "asserted"),
    ),
    (
        "The council wound down MINUSMA, which Mali had asked to leave.",
        ("REQUESTED_WITHDRAWAL", "mali", "minusma", "affirmed", "asserted"),
    ),
    (
        "Paris recalled the French troops, which Mali ordered to withdraw last year.",
        ("REQUESTED_WITHDRAWAL", "mali", "france", "affirmed", "asserted"),
    ),
    (
        "Residents of Crimea, which Russia seized in 2014, face shortages.",
        ("OCCUPIES", "russia", "crimea", "affirmed", "asserted"),
    ),
    (
        "Leaders discussed Crimea, which Russia would annex again if it could.",
        ("ANNEXED", "russia", "crimea", "affirmed", "hypothetical"),
    ),
]


@pytest.mark.parametrize(("text", "row"), FOUND)
def test_object_relative_found(text: str, row: Row) -> None:
    assert row in rows(text)


NOTHING_ASSERTED = [
    "Judges weighed Crimea, which Russia says it annexed lawfully.",  # a claim
    "Kyiv fortified the Donbas, which Moscow hopes to seize.",  # a wish
    "Analysts mentioned Greenland, which the United States wants to annex.",
    "Kosovo, which Russia and China refuse to recognise, applied again.",
    "Ministers discussed Kosovo, which Serbia recognised as part of its own territory.",  # as a part of another
    "The delegation visited Abkhazia, which only a few states recognise.",  # no named subject
    "Jihadists gained ground in Mali, which France left in 2022.",  # leaving is no request
    "Ministers discussed Ukraine, which Russia annexed parts of in 2022.",  # a part, not the place
    "Georgia lost its regions, which Russia recognised in 2008, Abkhazia and South Ossetia.",
    "Russia, which Ukraine says annexed Crimea illegally, denied it.",
    "Observers visited Latvia, where Canada held talks with 2,000 soldiers.",
    # the place the forces are in is not the one asked to leave; nor is one asked to leave a meeting or a group
    "The marines in Chad, which Washington ordered to leave, flew home.",
    "Paris pulled its soldiers out of Niger, which France ordered to withdraw by May.",
    "Guinea, which the regional bloc's chair Nigeria asked to leave the summit, objected.",
    # the last of a list of three need not be all the clause speaks of
    "Monitors visited Abkhazia, South Ossetia and Transnistria, which Russia recognised in 2008.",
    # an occupation that ended
    "Kherson, which Russia occupied until November 2022, was shelled again.",
]


@pytest.mark.parametrize("text", NOTHING_ASSERTED)
def test_object_relative_asserts_nothing(text: str) -> None:
    found = asserted(text)
    assert not {f for f in found if f[0] in ("RECOGNIZED", "ANNEXED", "OCCUPIES", "REQUESTED_WITHDRAWAL")}, found
    assert not {f for f in found if f[0] == "DEPLOYED_IN" and f[1] == "canada"}, found


def test_subject_relative_unchanged() -> None:
    """The clause's own subject is the antecedent: "X, which annexed Y"."""
    assert ("ANNEXED", "russia", "crimea") in asserted("Russia, which annexed Crimea in 2014, denied the charge.")
    assert ("RECOGNIZED", "serbia", "kosovo", "negated", "asserted") in rows(
        "Serbia, which does not recognise Kosovo, protested."
    )


def test_claim_to_a_place_is_no_statement() -> None:
    """ "the island, which China claims": a claim to the place, not a statement of China's."""
    for text in (
        "Ships sailed near Taiwan, which China claims.",
        "Ships sailed near the reef, which China claims as its own.",
    ):
        assert not {r for r in rows(text) if r[0] == "MADE_CLAIM"}


def test_preposition_before_antecedent_plans_nothing() -> None:
    """ "flew to X, which ...": the "to" before the antecedent is a preposition, not a plan of the clause's verb."""
    assert ("OCCUPIES", "russia", "crimea") in asserted(
        "The envoy flew to Crimea, which Russia has occupied since 2014."
    )


def test_condemned_antecedent_has_no_topic_words() -> None:
    """ "X, which Y condemned": the clause's own words are not what the condemnation is about."""
    found = [r for r in extract_document(read_text("t", "The strikes hit Syria, which Turkey condemned.")).relations]
    assert [r.qualifiers.get("about") for r in found if r.predicate == "CONDEMNED"] == [None]


def test_longer_name_of_the_antecedent() -> None:
    """ "the Golan Heights": a shorter name of the entity that starts first ("the Golan") takes the whole name, so
    that the antecedent is right before the clause."""
    assert ("OCCUPIES", "israel", "golan-heights") in asserted(
        "Negotiators discussed the Golan Heights, which Israel seized in 1967."
    )


def test_where_clause_with_a_place_of_its_own() -> None:
    """ "the region, where X troops are deployed in Y": the forces are in Y, not said to be in the antecedent."""
    for text in (
        "Analysts watched the Sahel region, where Turkish instructors are now deployed in Niger.",
        "Analysts watched the Sahel region, where Turkey keeps 300 instructors in Niger.",
    ):
        found = asserted(text)
        assert ("DEPLOYED_IN", "turkey", "niger") in found
        assert ("DEPLOYED_IN", "turkey", "sahel") not in found


def test_name_after_the_clause_is_not_its_antecedent() -> None:
    """ "X, which Y annexed, and Z, ...": Z, coordinated with X after the clause, is not what Y annexed."""
    found = asserted("Crimea, which Russia annexed, and Taiwan, which China claims, are far apart.")
    assert ("ANNEXED", "russia", "crimea") in found
    assert not {f for f in found if f[0] == "ANNEXED" and f[2] != "crimea"}
    found = asserted("Kosovo, which Serbia recognised, and Abkhazia, which Syria backs, differ.")
    assert ("RECOGNIZED", "serbia", "abkhazia") not in found


ENDED_OR_NEGATED = [
    ("The Sinai, which Israel occupied until 1982, hosts observers.", ("OCCUPIES", "israel")),
    ("Israel occupied the Sinai until 1982.", ("OCCUPIES", "israel")),
    ("Ukraine, which cannot ignore the threat, still denied sending troops to Belarus.", ("DEPLOYED_IN", "ukraine")),
]


@pytest.mark.parametrize(("text", "fact"), ENDED_OR_NEGATED)
def test_an_ended_or_denied_state_is_negated(text: str, fact: tuple[str, str]) -> None:
    found = {row[:2]: row[3] for row in rows(text)}
    assert found.get(fact) == "negated", rows(text)


# A relative clause closed before the trigger speaks of its antecedent only: its negation does not reach the verb.
CLOSED_RELATIVE = [
    (
        "Germany, which cannot ignore the threat, deployed a brigade to Lithuania.",
        ("DEPLOYED_IN", "germany", "lithuania"),
    ),
    ("Canada, which does not trust the junta, keeps 400 soldiers in Latvia.", ("DEPLOYED_IN", "canada", "latvia")),
    ("Armenia, where Russia keeps a base at Gyumri, protested.", ("DEPLOYED_IN", "russia", "armenia")),
    # the owner of the forces, after "of" or "from", is the one asked to leave
    ("The soldiers of France, which Niger ordered to leave, went home.", ("REQUESTED_WITHDRAWAL", "niger", "france")),
    ("The unit from Germany, which Mali asked to withdraw, left in May.", ("REQUESTED_WITHDRAWAL", "mali", "germany")),
    (
        "The French forces, which Niger ordered to leave the base, departed.",
        ("REQUESTED_WITHDRAWAL", "niger", "france"),
    ),
    # a state still held, or held until a later year, has not ended
    ("Russia has occupied Crimea since 2014 and will stay there until 2030.", ("OCCUPIES", "russia", "crimea")),
    ("Belgian soldiers are stationed in Latvia until 2030.", ("DEPLOYED_IN", "belgium", "latvia")),
    ("The pact keeps Russian troops stationed in Armenia until 2044.", ("DEPLOYED_IN", "russia", "armenia")),
    (
        "Turkey occupied northern Cyprus in 1974, a step the UN condemned until 1983.",
        ("OCCUPIES", "turkey", "northern-cyprus"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), CLOSED_RELATIVE)
def test_a_closed_relative_clause_does_not_qualify_the_main_verb(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in asserted(text), rows(text)


def test_cannot_rule_out_is_not_a_denial() -> None:
    found = rows("Lithuania cannot rule out that Russian troops are in Belarus.")
    assert ("DEPLOYED_IN", "russia", "belarus", "affirmed", "hypothetical") in found, found
    assert ("RECOGNIZED", "serbia", "kosovo", "negated", "asserted") in rows("Serbia cannot recognise Kosovo.")
