"""Each predicate on sentences written for these tests: positives, passives, denials, conditionals, quotes."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def relations(text: str, published: str | None = "2024-05-10") -> set[tuple[str, str, str, str, str]]:
    doc = read_text("t", text)
    doc.published = published
    result = extract_document(doc)
    return {(r.predicate, r.subject_id, r.object_id, r.polarity, r.modality) for r in result.relations}


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(p, s, o) for p, s, o, pol, mod in relations(text) if pol == "affirmed" and mod == "asserted"}


ASSERTED = [
    ("Belarusian officials said Russian forces still occupy parts of Georgia.", ("OCCUPIES", "russia", "georgia")),
    ("Abkhazia has been occupied by Russia since 2008.", ("OCCUPIES", "russia", "abkhazia")),
    ("Moscow keeps about 1,500 soldiers in Transnistria.", ("DEPLOYED_IN", "russia", "transnistria")),
    ("Russian troops stationed in Abkhazia held drills last week.", ("DEPLOYED_IN", "russia", "abkhazia")),
    ("In 2014 Russia annexed Crimea after a disputed vote.", ("ANNEXED", "russia", "crimea")),
    ("Crimea was annexed by Russia in March 2014.", ("ANNEXED", "russia", "crimea")),
    ("Russia invaded Georgia in August 2008.", ("INVADED", "russia", "georgia")),
    ("Ukraine was invaded by Russia on 24 February 2022.", ("INVADED", "russia", "ukraine")),
    ("Russia recognized the independence of Abkhazia in 2008.", ("RECOGNIZED", "russia", "abkhazia")),
    ("The European Union condemned Russia for the strikes.", ("CONDEMNED", "european-union", "russia")),
    (
        "Moldova's president Maia Sandu again urged Russia to withdraw its troops.",
        ("REQUESTED_WITHDRAWAL", "maia-sandu", "russia"),
    ),
    ("The OSCE called for the withdrawal of Russian forces from Moldova.", ("REQUESTED_WITHDRAWAL", "osce", "russia")),
    ("Russia violated the Minsk agreements, Kyiv said.", ("VIOLATED", "russia", "minsk-agreements")),
    ("Germany supplies Ukraine with air defense systems.", ("SUPPLIES_WEAPONS_TO", "germany", "ukraine")),
    ("Poland sent tanks to Ukraine in April.", ("SUPPLIES_WEAPONS_TO", "poland", "ukraine")),
    ("Russia props up the separatist authorities of Transnistria.", ("SUPPORTS", "russia", "transnistria")),
    (
        "Lavrov warned that German troops in Ukraine would be legitimate targets.",
        ("THREATENED", "sergei-lavrov", "germany"),
    ),
    ("The Kremlin demanded that Kyiv abandon its NATO ambitions.", ("DEMANDED", "russia", "ukraine")),
    (
        "Georgia signed the Budapest Memorandum? No: Ukraine signed the Budapest Memorandum in 1994.",
        ("PARTY_TO", "ukraine", "budapest-memorandum"),
    ),
    ("Estonian Prime Minister Kaja Kallas spoke on Monday.", ("HOLDS_POSITION", "kaja-kallas", "estonia")),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTED, ids=[e[0] + ":" + e[1] for _, e in ASSERTED])
def test_asserted(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


NOT_ASSERTED = [
    ("Russia does not plan to deploy troops in Abkhazia.", ("DEPLOYED_IN", "russia", "abkhazia")),
    ("Moscow denied that it had deployed forces in Moldova.", ("DEPLOYED_IN", "russia", "moldova")),
    ("If France deployed troops in Ukraine, they would be targets.", ("DEPLOYED_IN", "france", "ukraine")),
    ("Germany is considering whether to send troops to Ukraine.", ("DEPLOYED_IN", "germany", "ukraine")),
    ("Russia could invade Moldova, analysts warned.", ("INVADED", "russia", "moldova")),
    ("Ukraine is not planning to attack or invade Russia, Zelenskiy said.", ("INVADED", "ukraine", "russia")),
    ("Russia will never recognize Kosovo.", ("RECOGNIZED", "russia", "kosovo")),
    ("NATO has no plans to send forces to Ukraine.", ("DEPLOYED_IN", "nato", "ukraine")),
]


@pytest.mark.parametrize(("text", "unexpected"), NOT_ASSERTED, ids=[t for t, _ in NOT_ASSERTED])
def test_not_asserted(text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in facts(text)


def test_denial_is_kept_as_negated() -> None:
    found = relations("Russia does not plan to deploy troops in Abkhazia.")
    assert ("DEPLOYED_IN", "russia", "abkhazia", "negated", "planned") in found


def test_a_threat_is_asserted_though_its_content_is_hypothetical() -> None:
    text = "Russia warned that Polish forces, if sent to Ukraine, would be destroyed."
    assert ("THREATENED", "russia", "poland") in facts(text)
    assert ("DEPLOYED_IN", "poland", "ukraine") not in facts(text)


def test_refusal_answers_the_request_before_it() -> None:
    text = "Moldova's President Maia Sandu asked Russia to withdraw its 1,500 troops. Russia refused, citing a depot."
    assert ("REFUSED_WITHDRAWAL", "russia", "maia-sandu") in facts(text)


def test_resolution_with_votes() -> None:
    doc = read_text(
        "t",
        "On June 3, 2019, the UN General Assembly adopted a resolution calling on Russia to "
        "withdraw its troops from Moldova. Eighty countries supported it, 12 voted against and "
        "40 abstained.",
    )
    result = extract_document(doc)
    adopted = next(r for r in result.relations if r.predicate == "ADOPTED")
    assert adopted.qualifiers["votes"] == {"for": 80, "against": 12, "abstain": 40}
    assert adopted.qualifiers["date"] == "2019-06-03"
    asked = next(r for r in result.relations if r.predicate == "REQUESTED_WITHDRAWAL")
    assert asked.subject_id == adopted.object_id and asked.object_id == "russia"
    assert asked.qualifiers["territory"] == "moldova"


def test_unknown_person_with_a_title_is_recognised_but_no_one_is_invented() -> None:
    result = extract_document(read_text("t", "Georgian Foreign Minister Ilia Darchiashvili met Jane Doe."))
    ids = set(result.entities)
    assert "ilia-darchiashvili" in ids and "jane-doe" not in ids
    [held] = [r for r in result.relations if r.predicate == "HOLDS_POSITION"]
    assert held.qualifiers == {"role": "Foreign Minister"} and held.object_id == "georgia"


def test_evidence_offsets_point_into_the_original() -> None:
    original = "Skip to content\n\nRussian troops occupy parts of Moldova.\n"
    doc = read_text("t", original)
    [rel] = extract_document(doc).relations
    ev = rel.evidence[0]
    assert original[ev.start : ev.end] == ev.text == "Russian troops occupy parts of Moldova."
