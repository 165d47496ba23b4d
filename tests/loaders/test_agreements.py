"""Agreements that no list holds, named by a noun phrase, with the parties the phrase or its clause names; one name
for the same agreement in any article."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import GraphStore
from loaders.extract import extract_document
from loaders.extract.mentions import find_mentions
from loaders.gazetteer import default_gazetteer
from loaders.load import load_paths
from loaders.reading import read_text
from schema.records import Entity, Relation


def read(text: str, article: str = "t") -> tuple[list[Relation], dict[str, Entity]]:
    doc = read_text(article, text)
    doc.published = "2024-05-10"
    result = extract_document(doc)
    return result.relations, result.entities


def parties(text: str, article: str = "t") -> dict[str, set[str]]:
    """Agreement name -> the ids of its asserted parties."""
    relations, entities = read(text, article)
    out: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "PARTY_TO" and r.polarity == "affirmed" and r.modality == "asserted":
            out.setdefault(entities[r.object_id].name, set()).add(r.subject_id)
    return out


def agreements(text: str, article: str = "t") -> list[Entity]:
    return [e for e in read(text, article)[1].values() if e.type == "Agreement"]


PHRASES = [
    # "between" a list
    ("The 1994 border treaty between Kenya and Uganda settled the islands' status.", {"kenya", "uganda"}),
    (
        "Under the accord between Armenia, Georgia, and Azerbaijan, the monitors stay.",
        {"armenia", "georgia", "azerbaijan"},
    ),
    # a compound of names or adjectives
    ("The Kenya-Uganda defence pact was extended for ten years.", {"kenya", "uganda"}),
    ("Officials praised the Peruvian–Chilean fisheries agreement of 2011.", {"peru", "chile"}),
    # a possessor or "its", with "with"
    ("Kenya's new security deal with Uganda drew criticism.", {"kenya", "uganda"}),
    ("Chile has defended its recent defence agreement with Peru, calling it routine.", {"chile", "peru"}),
    # signed by a list, after the agreement
    (
        "It began as the Andean Mutual Aid Treaty signed in 1990 by Peru, Chile and Bolivia.",
        {"peru", "chile", "bolivia"},
    ),
    # a named treaty that "binds" its parties
    ("They discussed the Northern Fisheries Treaty which binds Norway and Iceland.", {"norway", "iceland"}),
    # a verb of signing with coordinated subjects
    ("Kenya and Uganda signed a defence pact in Kampala on Monday.", {"kenya", "uganda"}),
    # reaching, striking or sealing one
    ("Kenya and Uganda reached a ceasefire agreement in May.", {"kenya", "uganda"}),
    ("Kenya struck a security deal with Uganda last week.", {"kenya", "uganda"}),
    ("Seoul and Washington sealed a new cost-sharing deal last year.", {"south-korea", "united-states"}),
    # a party or signatory by its status, or bound by it
    ("Chile and Peru are parties to the 1929 treaty.", {"chile", "peru"}),
    ("Japan and the United States are bound by the 1960 Treaty of Mutual Cooperation.", {"japan", "united-states"}),
    # what it allows or binds a party to do, and what a party does under it
    ("The Kenya-Uganda Defence Pact commits Kenya to help Uganda.", {"kenya", "uganda"}),
    ("Under a 1951 defense agreement with Denmark, the United States runs a base.", {"denmark", "united-states"}),
    # a truce named alone, and a trilateral statement
    ("The ceasefire between Israel and Hamas took effect on Sunday.", {"israel", "hamas"}),
    (
        "Russia, Armenia and Azerbaijan signed a trilateral statement on November 9, 2020.",
        {"russia", "armenia", "azerbaijan"},
    ),
    # a name with "of" inside it
    ("Kenya signed a status of forces agreement with Haiti in 2023.", {"kenya", "haiti"}),
]


ONE_PARTY = [
    ("Kenya is a party to the Nairobi Accord.", "kenya"),
    ("Kenya, a signatory of the Nairobi Accord, sent troops.", "kenya"),
    ("Kenya became a signatory to the Paris Agreement in 2016.", "kenya"),
    ("Armenia froze its participation in the Collective Security Treaty.", "armenia"),
    ("The Mutual Defense Treaty obliges the United States to defend the Philippines.", "united-states"),
    ("Under the Enhanced Defense Cooperation Agreement, the United States can rotate troops.", "united-states"),
    # an acronym given after the name names it later
    (
        "Kenya hailed the Joint Border Security Agreement (JBSA) on Monday. The JBSA allows Uganda to patrol the lake.",
        "uganda",
    ),
]


@pytest.mark.parametrize(("text", "party"), ONE_PARTY)
def test_a_party_named_by_its_status_or_by_what_the_agreement_binds_it_to(text: str, party: str) -> None:
    assert any(party in ids for ids in parties(text).values()), parties(text)


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_the_parties_an_agreement_phrase_names(text: str, expected: set[str]) -> None:
    found = parties(text)
    assert any(ids == expected for ids in found.values()), found


NOT_ASSERTED = [
    "Kenya and Uganda are negotiating a possible defence pact.",
    "A ceasefire between Kenya and Uganda could be agreed next week.",
    "Kenya reached the border on Monday.",
    "Kenya withdrew from the Nairobi Accord in 2019.",
    "Kenya refused to sign the security pact with Uganda.",
    "Kenya denied that it would sign a security deal with Uganda.",
    "Officials said the Kenya-Uganda defence pact could be signed next year.",
    "The country had a great deal of support from Uganda.",
    "Kenya acted with the agreement of Uganda's government.",
]


@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_no_party_where_the_agreement_is_planned_denied_or_no_agreement(text: str) -> None:
    assert not parties(text)


def test_an_agreement_is_named_by_its_parties_kind_and_year_the_same_in_two_articles() -> None:
    first = agreements("The 2011 fisheries agreement between Peru and Chile expired.", "a")
    second = agreements("Lima cited the Chilean-Peruvian fisheries agreement of 2011 on Monday.", "b")
    assert [e.id for e in first] == [e.id for e in second]
    (entity,) = first
    assert entity.name == "Chile–Peru fisheries agreement of 2011"
    assert "2011 fisheries agreement between Peru and Chile" in entity.aliases


def test_spellings_of_one_kind_name_one_agreement() -> None:
    first = agreements("The Kenya-Uganda defense pact was renewed.", "a")
    second = agreements("The Kenya–Uganda defence pact was renewed.", "b")
    assert [e.id for e in first] == [e.id for e in second]


def test_an_agreement_of_no_named_parties_is_the_articles_own() -> None:
    text = "Kenya signed a new border agreement to patrol the frontier."
    (first,), (second,) = agreements(text, "a"), agreements(text, "b")
    assert first.id != second.id
    assert "border agreement" in first.aliases


def test_a_definite_description_is_the_agreement_named_before() -> None:
    text = (
        "Kenya signed a treaty on mutual defence with Uganda in May. "
        "The bilateral agreements between Kenya and Uganda also cover the border."
    )
    (entity,) = agreements(text)
    assert "treaty on mutual defence" in entity.aliases
    assert parties(text) == {entity.name: {"kenya", "uganda"}}


def test_an_agreement_whose_signatories_are_named_is_named_by_them_in_any_article() -> None:
    first = agreements("Kenya and Uganda signed a defence pact in Kampala on Monday.", "a")
    second = agreements("On Monday Uganda signed a defense pact with Kenya.", "b")
    assert [e.id for e in first] == [e.id for e in second]
    assert first[0].name == "Kenya–Uganda defence pact" and "defence pact" in first[0].aliases


def test_a_capitalised_name_is_the_agreements_name_and_not_a_bodys() -> None:
    doc = read_text(
        "t", "The Collective Security Treaty Organization met. Armenia recalled the Collective Security Treaty."
    )
    found = find_mentions(doc, default_gazetteer()).agreements
    assert [a.mention.entity.entity.name for a in found] == ["Collective Security Treaty"]


def test_a_bodys_name_with_of_is_no_agreement() -> None:
    doc = read_text("t", "Ruling party figures in the Government of National Accord met in Tripoli.")
    assert not find_mentions(doc, default_gazetteer()).agreements


def test_a_participle_after_an_agreement_is_no_signing_by_the_clauses_subject() -> None:
    relations, _ = read("Russian forces violated a ceasefire agreement signed in Minsk, Belarus, in 2015.")
    assert {(r.predicate, r.subject_id, r.object_id) for r in relations} == {("VIOLATED", "russia", "minsk-agreements")}


def test_breaking_off_an_agreement_is_no_violation() -> None:
    relations, _ = read("Chad broke off its defence cooperation agreement with France last month.")
    assert not [r for r in relations if r.predicate == "VIOLATED"]


@pytest.mark.parametrize("store_settings", ["embedded"], indirect=True)
def test_two_articles_loaded_make_one_agreement_with_both_wordings(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kenya signed the 2019 defence pact between Kenya and Uganda in May.\n")
    (tmp_path / "b.txt").write_text("Uganda recalled the Kenyan-Ugandan defense pact of 2019 on Monday.\n")
    load_paths(store, [tmp_path])
    nodes = [row["properties"] for page in store.iter_nodes("Agreement") for row in page]
    assert len(nodes) == 1
    (node,) = nodes
    assert node["name"] == "Kenya–Uganda defence pact of 2019"
    assert {"2019 defence pact between Kenya and Uganda", "Kenyan-Ugandan defense pact of 2019"} <= set(node["aliases"])
    parties = {
        (r["subject_id"], r["object_id"]) for page in store.iter_facts() for r in page if r["predicate"] == "PARTY_TO"
    }
    assert parties == {("kenya", node["id"]), ("uganda", node["id"])}


# The families of phrasings of a signing: more verbs, a month named first, a passive "between", a list after
# "along with", two possessors, a declaration or protocol by its kind or its city, and leaders who sign for their state.
SIGNINGS = [
    ("In May, Kenya and Uganda signed a defence pact.", {"kenya", "uganda"}),
    ("Last May Peru and Chile signed a fisheries treaty.", {"peru", "chile"}),
    ("Kenya and Uganda inked a security pact on Tuesday.", {"kenya", "uganda"}),
    ("Kenya and Uganda finalised a trade and security agreement.", {"kenya", "uganda"}),
    ("Chile finalized a defence accord with Peru in March.", {"chile", "peru"}),
    ("Kenya and Uganda agreed a truce on Sunday.", {"kenya", "uganda"}),
    ("Kenya struck a deal with Uganda on border patrols.", {"kenya", "uganda"}),
    ("The accord was signed between Kenya and Uganda in 2019.", {"kenya", "uganda"}),
    ("Kenya is a signatory to the Nairobi Accord, along with Uganda, Rwanda and Burundi.",
     {"kenya", "uganda", "rwanda", "burundi"}),
    ("Kenya signed the Nairobi Accord, together with Uganda and Rwanda.", {"kenya", "uganda", "rwanda"}),
    ("Kenya and Uganda's ceasefire held through the weekend.", {"kenya", "uganda"}),
    ("Kenya, Rwanda and Uganda's trade pact expired.", {"kenya", "rwanda", "uganda"}),
    ("Armenia and Azerbaijan signed a peace declaration in Washington.", {"armenia", "azerbaijan"}),
    ("Armenia and Azerbaijan signed the Washington declaration in August.", {"armenia", "azerbaijan"}),
    ("Kenya and Uganda signed a protocol on border trade.", {"kenya", "uganda"}),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a defence pact on Monday.",
     {"kenya", "uganda"}),
    ("Kenyan Foreign Minister Ali Musa signed the accord with Uganda.", {"kenya", "uganda"}),
    ("Kenya and Uganda initialled a border treaty in Arusha.", {"kenya", "uganda"}),
    ("Kenya and Uganda renewed their Joint Patrol Agreement last year.", {"kenya", "uganda"}),
    ("Kenya and Uganda sealed a defence pact on Friday.", {"kenya", "uganda"}),
    ("The Status of Forces Agreement between Kenya and Uganda covers the bases.", {"kenya", "uganda"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIGNINGS)
def test_the_parties_of_a_signing_however_it_is_worded(text: str, expected: set[str]) -> None:
    found = parties(text)
    assert any(ids == expected for ids in found.values()), found


def test_a_protocol_named_by_its_city_is_an_agreement() -> None:
    assert any("angola" in ids for ids in parties("Angola signed the Lusaka protocol in 1994.").values())


NOT_SIGNINGS = [
    "In May, Kenya's president signed a decree on the border.",
    "In May, the president of Kenya signed into law a bill on defence.",
    "In May, Kenya's president signed an executive order on the treaty with Uganda.",
    "In May, Kenya refused to sign the security pact with Uganda.",
    "In May, Kenya said it will sign a security pact with Uganda.",
    "In May, Kenya is expected to sign a security pact with Uganda.",
    "In May, Kenya and Uganda held talks on a deal.",
    "In May, Kenya and Uganda failed to sign a ceasefire.",
    "Kenya and Uganda may sign a defence pact.",
    "Kenya signed a declaration of war against Uganda.",
    "Kenya renewed its call for the pact with Uganda to be respected.",
    "Kenya and Uganda sealed the border with concrete blocks.",
    "Kenya and Uganda may initial a defence pact next month.",
]


@pytest.mark.parametrize("text", NOT_SIGNINGS)
def test_no_party_of_a_document_of_ones_own_a_plan_or_a_refusal(text: str) -> None:
    assert not parties(text)


@pytest.mark.parametrize(
    ("text", "bystander"),
    [
        ("Kenya signed the Nairobi Accord, with Uganda watching.", "uganda"),
        ("Under the truce brokered by Qatar, Kenya agreed to pull back its troops.", "qatar"),
    ],
)
def test_a_bystander_or_a_broker_is_no_party(text: str, bystander: str) -> None:
    assert not any(bystander in ids for ids in parties(text).values())


def facts(text: str) -> set[tuple[str, str, str]]:
    """(subject, object, modality) of the affirmed PARTY_TO facts of ``text``."""
    relations, _ = read(text)
    return {(r.subject_id, r.object_id, r.modality) for r in relations if r.predicate == "PARTY_TO" and r.is_fact}


# "May" is the month or a name only as written so: lower-case "may" stays the modal, whatever word comes before it,
# and so does a headline's "May" before a capitalised word.
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("This may see Kenya sign a defence pact with Uganda.", "hypothetical"),
        ("Next, Kenya may sign a defence pact with Uganda.", "hypothetical"),
        ("In May, Kenya signed a defence pact with Uganda.", "asserted"),
        ("Kenya signed a defence pact with Uganda on 9 May.", "asserted"),
        ("Britain, under Theresa May, signed a security pact with France.", "asserted"),
        ("France, led then by Theresa May's rival, may sign a security pact with Britain.", "hypothetical"),
        # a headline's title case: a capitalised word after "May" makes it the modal
        ("Why Kenya May Sign A Defence Pact With Uganda", "hypothetical"),
    ],
)
def test_may_is_the_modal_unless_written_as_the_month_or_a_name(text: str, modality: str) -> None:
    relations, _ = read(text)
    found = {r.modality for r in relations if r.predicate == "PARTY_TO"}
    assert found == {modality}, found


# An official signs for the state a current title of theirs names; a former leader, a go-between or the head of a
# body signs for no state.
@pytest.mark.parametrize(
    ("text", "signer", "not_signer"),
    [
        ("Former president Uhuru Kenyatta signed the peace agreement as a mediator.", "uhuru-kenyatta", "kenya"),
        ("Kenyan envoy Uhuru Kenyatta signed the peace agreement as a witness.", "uhuru-kenyatta", "kenya"),
        ("Wagner chief Yevgeny Prigozhin signed a security deal with Mali.", "yevgeny-prigozhin", "russia"),
    ],
)
def test_no_state_for_a_former_leader_a_go_between_or_a_bodys_head(text: str, signer: str, not_signer: str) -> None:
    subjects = {s for s, _, _ in facts(text)}
    assert not_signer not in subjects, subjects
    assert signer in subjects, subjects


# "along with" lists parties only when the names end there: not a possessor or a noun after them.
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine signed the grain deal along with NATO's backing.",
        "Kenya signed the border accord along with Uganda's consent.",
        "Kenya signed the border accord, together with Uganda and Rwanda's observers.",
    ],
)
def test_along_with_a_possessor_is_no_party(text: str) -> None:
    subjects = {s for s, _, _ in facts(text)}
    assert subjects and not subjects & {"nato", "uganda", "rwanda"}, subjects


# "agreed the X" is a signing, not "agreed (that) the X had failed".
@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkey agreed the Minsk agreement had failed.",
        "Kenya and Uganda agreed the border pact was dead.",
        "Kenya and Uganda agreed the defence treaty would need changes.",
    ],
)
def test_agreeing_that_an_agreement_did_something_is_no_signing(text: str) -> None:
    assert not facts(text)


# Parties named after it never rename an agreement a city or other name names.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("France signed the Paris climate accord, along with Germany and Italy.", "paris climate accord"),
        ("Russia signed the Istanbul declaration with Ukraine.", "istanbul declaration"),
        ("Kenya signed the Mombasa trade protocol with Uganda.", "mombasa trade protocol"),
    ],
)
def test_a_city_named_agreement_keeps_its_name(text: str, name: str) -> None:
    relations, entities = read(text)
    objects = {entities[r.object_id].name.lower() for r in relations if r.predicate == "PARTY_TO"}
    assert objects == {name}, objects


def test_a_protocol_with_a_state_is_an_agreement() -> None:
    assert {s for s, _, _ in facts("Russia signed a protocol with Belarus.")} == {"russia", "belarus"}


@pytest.mark.parametrize(
    "text", ["Kenya signed the Russian declaration on Ukraine.", "Kenya signed the Ugandan protocol on trade."]
)
def test_a_states_own_declaration_is_none(text: str) -> None:
    assert not facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guyana and Venezuela committed in the Kingstown Declaration not to use force.",
        "Guyana and Venezuela pledged under the Kingstown Declaration to settle the quarrel by talks.",
        "Guyana and Venezuela agreed in the Kingstown Declaration to keep talking.",
    ],
)
def test_a_commitment_made_in_an_agreement_makes_its_parties(text: str) -> None:
    assert parties(text) == {"Kingstown Declaration": {"guyana", "venezuela"}}


def test_an_agreement_named_before_talks_has_no_party_by_a_promise() -> None:
    assert not parties("Venezuela promised in the Kingstown Declaration talks to respect the ruling.")
