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
    ("Latvia's foreign minister Baiba Braze spoke on Monday.", ("HOLDS_POSITION", "baiba-braze", "latvia")),
    ("Kyiv urged Russia to pull all of its soldiers out of Crimea.", ("REQUESTED_WITHDRAWAL", "ukraine", "russia")),
    ("The Kremlin demanded on Friday that Kyiv hold no vote.", ("DEMANDED", "russia", "ukraine")),
    (
        "Russia seized Crimea in 2014. Some 20,000 Russian troops are now stationed on the peninsula.",
        ("DEPLOYED_IN", "russia", "crimea"),
    ),
    (
        "Transnistria split from Moldova in 1992. Russian forces are still based in the breakaway region.",
        ("DEPLOYED_IN", "russia", "transnistria"),
    ),
    ("About 900 Russian soldiers patrol Abkhazia's coast.", ("DEPLOYED_IN", "russia", "abkhazia")),
    ("Sandu insisted that Russian troops must leave Moldova.", ("REQUESTED_WITHDRAWAL", "maia-sandu", "russia")),
    ("Kyiv again called on Russia to end its occupation of Crimea.", ("REQUESTED_WITHDRAWAL", "ukraine", "russia")),
    (
        "Abkhazia and South Ossetia broke away in the 1990s. Russia keeps bases in both regions.",
        ("DEPLOYED_IN", "russia", "south-ossetia"),
    ),
    ("The United States deployed bombers to Romania last month.", ("DEPLOYED_IN", "united-states", "romania")),
    ("Nicaragua recognised Abkhazia and South Ossetia in 2008.", ("RECOGNIZED", "nicaragua", "south-ossetia")),
    ("Moscow has some 3,000 troops at its base in Gyumri, in northern Armenia.", ("DEPLOYED_IN", "russia", "armenia")),
    ("Talks stalled after the invasion of Georgia, which Russia began in 2008.", ("INVADED", "russia", "georgia")),
    ("Medvedev warned that Lithuania would pay a heavy price.", ("THREATENED", "dmitry-medvedev", "lithuania")),
    (
        "Abkhazia and South Ossetia broke away in the 1990s. Russia invaded Georgia in 2008 and then recognised "
        "them as independent states.",
        ("RECOGNIZED", "russia", "abkhazia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTED, ids=[e[0] + ":" + e[1] for _, e in ASSERTED])
def test_asserted(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


NOT_ASSERTED = [
    ("Russia does not plan to deploy troops in Abkhazia.", ("DEPLOYED_IN", "russia", "abkhazia")),
    ("Moscow denied that it had deployed forces in Moldova.", ("DEPLOYED_IN", "russia", "moldova")),
    ("Officials in Moscow denied that Russia had sent soldiers to Cuba.", ("DEPLOYED_IN", "russia", "cuba")),
    ("Russia has denied sending troops to Nicaragua.", ("DEPLOYED_IN", "russia", "nicaragua")),
    ("The ministry dismissed claims that Russian troops are in Venezuela.", ("DEPLOYED_IN", "russia", "venezuela")),
    ("If France deployed troops in Ukraine, they would be targets.", ("DEPLOYED_IN", "france", "ukraine")),
    ("Germany is considering whether to send troops to Ukraine.", ("DEPLOYED_IN", "germany", "ukraine")),
    ("Russia could invade Moldova, analysts warned.", ("INVADED", "russia", "moldova")),
    ("Ukraine is not planning to attack or invade Russia, Zelenskiy said.", ("INVADED", "ukraine", "russia")),
    ("Russia will never recognize Kosovo.", ("RECOGNIZED", "russia", "kosovo")),
    ("Kazakhstan has declined to recognize Crimea as Russian.", ("RECOGNIZED", "kazakhstan", "crimea")),
    ("Kyiv will not cede internationally recognised Ukrainian land to Russia.", ("RECOGNIZED", "ukraine", "russia")),
    ("Chisinau recognises Transnistria as part of Moldova.", ("RECOGNIZED", "moldova", "transnistria")),
    ("NATO has no plans to send forces to Ukraine.", ("DEPLOYED_IN", "nato", "ukraine")),
    ("Moscow had no intention of stationing troops in Kazakhstan.", ("DEPLOYED_IN", "russia", "kazakhstan")),
    ("Has Poland sent soldiers to fight in Ukraine?", ("DEPLOYED_IN", "poland", "ukraine")),
    ("Russian troops massed on Ukraine's border in the spring.", ("DEPLOYED_IN", "russia", "ukraine")),
    ("Crimea was annexed in 2014. NATO ships sailed near the peninsula.", ("DEPLOYED_IN", "nato", "crimea")),
    ("Poland sent fighter jets to Ukraine in March.", ("DEPLOYED_IN", "poland", "ukraine")),
    ("Moldova has stopped asking Russia to withdraw its troops.", ("REQUESTED_WITHDRAWAL", "moldova", "russia")),
    ("Officials in Kyiv accused Russia of violating the Minsk agreements.", ("VIOLATED", "russia", "minsk-agreements")),
    ("Reports that Belarusian troops were deployed in Ukraine are false.", ("DEPLOYED_IN", "belarus", "ukraine")),
    ("Iran sent drones to Russia, Ukraine's defence ministry said.", ("SUPPLIES_WEAPONS_TO", "iran", "ukraine")),
    ("Turkey stationed troops in Cyprus, and Greece has protested.", ("DEPLOYED_IN", "turkey", "greece")),
    (
        "Russian Defence Minister Andrei Belousov warned that Moscow would strike back hard.",
        ("THREATENED", "andrei-belousov", "russia"),
    ),
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


def test_a_warning_reported_before_the_speaker_threatens_the_other_side() -> None:
    text = "Georgia would face strikes if Tbilisi moved troops, Russian Foreign Minister Sergei Lavrov warned."
    threats = [(p, s, o, mod) for p, s, o, _, mod in relations(text) if p == "THREATENED"]
    assert threats == [("THREATENED", "sergei-lavrov", "georgia", "asserted")]


def test_a_host_allowing_foreign_troops_on_its_territory() -> None:
    doc = read_text("t", "Armenia has allowed Russia to station troops on its territory since 1995.")
    [deployed] = [r for r in extract_document(doc).relations if r.predicate == "DEPLOYED_IN"]
    assert (deployed.subject_id, deployed.object_id, deployed.qualifiers) == ("russia", "armenia", {"since": "1995"})


def test_a_planned_deployment_of_a_brigade_is_not_asserted() -> None:
    found = relations("Sweden will station a brigade of about 4,000 troops in Finland by 2028.")
    assert ("DEPLOYED_IN", "sweden", "finland", "affirmed", "planned") in found


def test_ignoring_calls_to_withdraw_is_a_refusal() -> None:
    text = "Georgia asked Russia to withdraw its troops from Abkhazia. Moscow has ignored those calls."
    assert ("REFUSED_WITHDRAWAL", "russia", "georgia") in facts(text)


@pytest.mark.parametrize(
    "tally",
    ["The measure passed 88-12, with 40 abstentions.", "It was adopted by a vote of 88 to 12, with 40 abstentions."],
)
def test_votes_written_as_a_tally(tally: str) -> None:
    doc = read_text("t", f"In 2019 the UN General Assembly adopted a resolution on Moldova. {tally}")
    adopted = next(r for r in extract_document(doc).relations if r.predicate == "ADOPTED")
    assert adopted.qualifiers["votes"] == {"for": 88, "against": 12, "abstain": 40}


def test_a_resolution_that_failed_is_not_adopted_and_demands_nothing() -> None:
    text = "On 2 May 2024 the UN Security Council failed to adopt a resolution demanding that Russia leave Moldova."
    found = relations(text)
    assert {(p, pol) for p, _, _, pol, _ in found} == {("ADOPTED", "negated")}


def test_a_passive_supply_by_two_states() -> None:
    text = "Artillery shells were delivered to Ukraine last month by Poland and Estonia."
    assert {("SUPPLIES_WEAPONS_TO", "poland", "ukraine"), ("SUPPLIES_WEAPONS_TO", "estonia", "ukraine")} <= facts(text)


def test_votes_are_not_read_from_a_resolution_number() -> None:
    text = "The UN General Assembly adopted resolution 71/205 with 70 votes in favour, 26 against and 77 abstentions."
    adopted = next(r for r in extract_document(read_text("t", text)).relations if r.predicate == "ADOPTED")
    assert adopted.qualifiers["votes"] == {"for": 70, "against": 26, "abstain": 77}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Georgia's government urged Russia to pull its forces out of Abkhazia.", "abkhazia"),
        ("Azerbaijan's president demanded that Russian peacekeepers leave Nagorno-Karabakh early.", "nagorno-karabakh"),
        ("Georgia asked Russia to end the occupation of Abkhazia.", "abkhazia"),
        # a place further on is not the one occupied
        ("Azerbaijan asked Armenia to end the occupation of the districts around Nagorno-Karabakh.", "azerbaijan"),
    ],
)
def test_a_request_to_withdraw_names_the_place_the_forces_leave(text: str, place: str) -> None:
    [asked] = [r for r in extract_document(read_text("t", text)).relations if r.predicate == "REQUESTED_WITHDRAWAL"]
    assert asked.qualifiers["territory"] == place


FACT_CHECK_WITHOUT_QUOTE = """Fact check: {title}

{claim_sentence} Analysts found no sign of it.

Verdict: False.
"""


def test_a_fact_check_without_a_quotation_takes_the_person_who_claims() -> None:
    claim = "Belarusian President Alexander Lukashenko claimed on Monday that NATO had massed tanks in Lithuania."
    text = FACT_CHECK_WITHOUT_QUOTE.format(title="Did NATO Mass Tanks in Lithuania?", claim_sentence=claim)
    [made] = [r for r in extract_document(read_text("t", text)).relations if r.predicate == "MADE_CLAIM"]
    assert made.subject_id == "alexander-lukashenko" and made.qualifiers["verdict"] == "False"


def test_a_quoted_claim_is_the_quotation_and_its_author_is_the_one_named_after_it() -> None:
    text = (
        "Fact check: a claim about Moldova\n\nMoldova's President Maia Sandu spoke first.\n\n"
        '"Moldova has no foreign troops at all," Russian Foreign Minister Sergei Lavrov said on 3 March 2024.\n\n'
        "Rating: False"
    )
    [made] = [r for r in extract_document(read_text("t", text)).relations if r.predicate == "MADE_CLAIM"]
    assert made.subject_id == "sergei-lavrov" and made.qualifiers == {"date": "2024-03-03", "verdict": "False"}
    assert (
        extract_document(read_text("t", text)).entities[made.object_id].name == "Moldova has no foreign troops at all"
    )


def test_a_claim_line_with_a_quotation_inside_names_its_author_before_it() -> None:
    text = (
        "Fact check: Moldova and foreign troops\n\nBy A. Writer | March 8, 2024\n\n"
        'Claim: Russian Foreign Minister Sergei Lavrov said on Tuesday that "Moldova wants a war with Russia."\n\n'
        "Verdict: Misleading.\n\nLavrov repeated the claim on 1 February 2022."
    )
    [made] = [r for r in extract_document(read_text("t", text)).relations if r.predicate == "MADE_CLAIM"]
    assert made.subject_id == "sergei-lavrov" and made.qualifiers == {"date": "2024-03-05", "verdict": "Misleading"}


def test_a_claim_by_no_known_person_gets_no_claimant() -> None:
    claim = "A post shared widely online claims that Polish troops entered Belarus. Minister Radoslaw Sikorski spoke."
    text = FACT_CHECK_WITHOUT_QUOTE.format(title="Did Polish Troops Enter Belarus?", claim_sentence=claim)
    assert not [r for r in extract_document(read_text("t", text)).relations if r.predicate == "MADE_CLAIM"]


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
