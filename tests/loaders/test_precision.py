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


UNVERIFIED = [
    ("Posts on social media claimed that French troops had landed in Moldova.", ("france", "moldova")),
    ("A clip shared online purports Chinese soldiers just arrived in Serbia.", ("china", "serbia")),
    ("False claims of German troops in Ukraine spread on messaging apps.", ("germany", "ukraine")),
    ("A rumour circulating on chat groups says that there are Turkish soldiers in Armenia.", ("turkey", "armenia")),
    (
        "A message widely forwarded last week made the claim that there is a Chinese base in Namibia.",
        ("china", "namibia"),
    ),
    ("The real question: ‘Is the pastor right that Russian troops are stationed in Ghana?’", ("russia", "ghana")),
    ("Russian troops have reportedly entered Belarus.", ("russia", "belarus")),
]


@pytest.mark.parametrize(("text", "pair"), UNVERIFIED)
def test_claimed_or_rumoured_deployments_are_not_facts(text: str, pair: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *pair) not in facts(text)


NEGATED = [
    ("Germany has no troops in Ukraine, the ministry said.", ("germany", "ukraine")),
    ("Officials in Minsk denied that Russian soldiers were stationed in Belarus.", ("russia", "belarus")),
]


@pytest.mark.parametrize(("text", "pair"), NEGATED)
def test_denials_negate(text: str, pair: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *pair) not in facts(text)


def test_a_backed_adjective_supports_only_the_name_it_qualifies() -> None:
    assert ("SUPPORTS", "algeria", "polisario-front") in facts("Talks included the Algeria-backed Polisario Front.")
    assert not facts("The Greek-backed coup of 1974 split Cyprus.", "SUPPORTS")
    assert not facts("Kremlin-sponsored votes to absorb Abkhazia were held.", "SUPPORTS")
    assert not facts("Strikes hit the Iranian-backed militia in Yemen.", "SUPPORTS")


def claims(text: str) -> dict[str, str]:
    """Each MADE_CLAIM's claimant name, with the claim's words."""
    doc = read_text("t", text)
    result = extract_document(doc)
    return {
        result.entities[r.subject_id].name: result.entities[r.object_id].properties.get("text", "")
        for r in result.relations
        if r.predicate == "MADE_CLAIM" and r.polarity == "affirmed" and r.modality == "asserted"
    }


CLAIMANTS = [
    ("A clip shared on TikTok claims that Spanish marines landed in Gabon.", "clip shared on TikTok"),
    ("The Facebook page claimed that Kenyan soldiers had left Haiti.", "Facebook page"),
    ("Images posted on X purport to show Polish tanks in Belarus.", "Images posted on X"),
    ("The message was first posted by @north_watch on Telegram last week.", "@north_watch"),
    ("Local pastor Ade Bello claimed that British troops were training rebels.", "Ade Bello"),
    ("Russia claimed that Ukrainian forces had shelled Kursk.", "Russia"),
    ("On Monday the claim was posted to X.com by @baltic_eye.", "@baltic_eye"),
    ("In his broadcasts, Tunde Bakare made several baseless claims about foreign troops.", "Tunde Bakare"),
    ("Officials rejected a Morning Ledger report that Chinese ships had docked at the base.", "Morning Ledger"),
]


@pytest.mark.parametrize(("text", "claimant"), CLAIMANTS)
def test_a_claimant_makes_a_claim_whatever_it_is(text: str, claimant: str) -> None:
    assert claimant in claims(text)


def test_the_claim_is_the_content_of_the_claim_not_a_fact() -> None:
    text = "A video on YouTube falsely claimed that Italian troops arrived in Libya.\nThat is false."
    made = claims(text)
    assert "Italian troops arrived in Libya" in made["video on YouTube"]
    assert ("DEPLOYED_IN", "italy", "libya") not in facts(text)


NO_CLAIMANT = [
    "Such claims are often spread by anonymous accounts.",
    "Kyiv dismissed the claim that its troops had retaken the town.",
    "The claim of Russian troops in Serbia was false.",
    "The minister did not claim that troops had been sent.",
]


@pytest.mark.parametrize("text", NO_CLAIMANT)
def test_the_noun_claim_names_no_claimant(text: str) -> None:
    assert not claims(text)


ASIDES = [
    "Russian soldiers on patrol in Abkhazia last spring. (Photo: Agency staff/Reuters)",
    "Photo: Russian troops in Transnistria, 2019",
    "Read more: Russia deploys troops to Belarus",
    "By Anna Kovalenko | Kyiv",
]


@pytest.mark.parametrize("text", ASIDES)
def test_captions_credits_bylines_and_pointers_yield_no_relations(text: str) -> None:
    assert not relations(text)


def test_a_list_of_other_stories_yields_no_relations() -> None:
    text = (
        "Moldova asked Russia to withdraw its troops from Transnistria.\n"
        "Related stories\n"
        "Russia deploys troops to Belarus\n"
        "Turkey keeps soldiers in northern Cyprus\n"
    )
    found = facts(text)
    assert ("REQUESTED_WITHDRAWAL", "moldova", "russia") in found
    # the request places the troops it asks out; the headlines place none
    assert {f for f in found if f[0] == "DEPLOYED_IN"} == {("DEPLOYED_IN", "russia", "transnistria")}


def test_a_dateline_credit_is_not_a_caption() -> None:
    assert ("DEPLOYED_IN", "russia", "belarus") in facts("MINSK (Reuters) - Russia deployed 2,000 troops to Belarus.")


DATELINES = [
    (
        "MINSK (Reuters) - Belarus on Friday recognised Abkhazia as independent.",
        ("RECOGNIZED", "belarus", "abkhazia"),
    ),
    ("KYIV, March 3 (AP) — Poland on Monday sent troops to Lithuania.", ("DEPLOYED_IN", "poland", "lithuania")),
    ("ANKARA – On Tuesday Azerbaijan condemned Armenia.", ("CONDEMNED", "azerbaijan", "armenia")),
]


@pytest.mark.parametrize(("text", "fact"), DATELINES)
def test_a_datelines_agency_is_not_an_actor(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found
    assert {f[1] for f in found} == {fact[1]}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("NATO - Poland sent troops to Lithuania.", {"nato", "poland", "lithuania"}),  # a body heading a line
        ("RIGA, Latvia (Reuters) - Poland sent troops to Lithuania.", {"latvia", "poland", "lithuania"}),
    ],
)
def test_a_wire_credit_is_no_mention_and_the_datelines_place_stays(text: str, kept: set[str]) -> None:
    from loaders.extract.mentions import find_mentions
    from loaders.gazetteer import default_gazetteer

    found = find_mentions(read_text("t", text), default_gazetteer()).mentions
    assert {m.entity.id for m in found} == kept


def test_a_sentence_wrapped_over_short_lines_is_read() -> None:
    text = (
        "The talks went on for days.\n"
        "Officials said Russia deployed 900 troops to Belarus\n"
        "In the last week, according to the defence\n"
        "ministry in Minsk.\n"
    )
    assert ("DEPLOYED_IN", "russia", "belarus") in facts(text)


def test_inferences_are_the_ontologys_and_need_an_asserted_premise() -> None:
    from schema import ONTOLOGY

    assert ONTOLOGY.predicate("ANNEXED").implies == ("OCCUPIES",)
    assert ("OCCUPIES", "russia", "crimea") in facts("Russia annexed Crimea in March 2014.")
    assert not facts("Russia has no plans to annex Abkhazia, a senator said.", "OCCUPIES")
    assert not facts("The Kremlin's attempted annexation of Kherson was condemned.", "OCCUPIES")


# A body's name that only qualifies the noun a verb is about: its members, counted by a quantifier, and its acts.
QUALIFIED_BY_A_BODY = [
    ("No UN member state recognises Abkhazia as independent.", "united-nations"),
    ("Not a single EU state recognises Transnistria.", "european-union"),
    ("No NATO country has deployed soldiers to Ukraine.", "nato"),
    ("Turkey backed a United Nations plan for Cyprus.", "united-nations"),
    ("Russia backed a NATO initiative on arms control.", "nato"),
    ("Egypt endorsed the African Union proposal for a truce.", "african-union"),
]


@pytest.mark.parametrize(("text", "body"), QUALIFIED_BY_A_BODY)
def test_a_body_that_only_qualifies_a_noun_is_no_party(text: str, body: str) -> None:
    assert not any(body in (s, o) for _, s, o in facts(text))


def test_a_states_act_stands_for_the_state() -> None:
    assert ("SUPPORTS", "germany", "ukraine") in facts("Germany backed Ukraine's proposal.")


# A verb glued to a name by lost spacing is not part of the name.
GLUED = [
    ("Kenya's Foreign Minister John Odhiambodescribed the vote as historic.", "john-odhiambo", "kenya"),
    ("France's Defence Minister Pierre Lacoursaid the troops would stay.", "pierre-lacour", "france"),
    ("Chile's President Ana Maritzastressed the point.", "ana-maritza", "chile"),
]


@pytest.mark.parametrize(("text", "person", "state"), GLUED)
def test_a_glued_verb_is_cut_from_the_name(text: str, person: str, state: str) -> None:
    assert ("HOLDS_POSITION", person, state) in facts(text)


REJECTED_ACTS = [
    # rejecting or dismissing an act named by its author does not say it never happened
    ("Kyiv rejected Russia's annexation of Crimea.", ("ANNEXED", "russia", "crimea")),
    ("Chisinau rejected Russia's military presence in Transnistria.", ("DEPLOYED_IN", "russia", "transnistria")),
    ("Minsk dismissed the presence of Polish troops in Belarus as a threat.", ("DEPLOYED_IN", "poland", "belarus")),
]


@pytest.mark.parametrize(("text", "fact"), REJECTED_ACTS)
def test_a_rejected_act_named_by_a_noun_still_happened(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_a_dismissed_report_of_an_act_is_still_not_asserted() -> None:
    assert ("DEPLOYED_IN", "russia", "mali") not in facts("Moscow dismissed reports of Russian troops in Mali.")


REJECTED_AS_UNTRUE = [
    # the author rejecting its own act, "any" such act, or the act "as a fiction": a denial that it is so
    ("The Kremlin dismissed Russia's presence in Mali as Western propaganda.", ("DEPLOYED_IN", "russia", "mali")),
    ("Moscow rejected Russia's presence in Libya, saying it had no troops there.", ("DEPLOYED_IN", "russia", "libya")),
    ("Minsk dismissed the presence of Polish troops in Belarus as a fiction.", ("DEPLOYED_IN", "poland", "belarus")),
    # an idea of the act rejected, not an act there
    ("Washington dismissed talk of a Russian deployment in Cuba.", ("DEPLOYED_IN", "russia", "cuba")),
    ("NATO rejected suggestions of a Chinese army base in Serbia.", ("DEPLOYED_IN", "china", "serbia")),
]


@pytest.mark.parametrize(("text", "fact"), REJECTED_AS_UNTRUE)
def test_a_rejection_that_denies_the_act_still_negates_it(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts(text)
