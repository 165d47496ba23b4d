"""People introduced by a title or an apposition, on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def facts(text: str) -> set[tuple[str, str, str]]:
    doc = read_text("t", text)
    doc.published = "2024-05-10"
    return {
        (r.predicate, r.subject_id, r.object_id)
        for r in extract_document(doc).relations
        if r.polarity == "affirmed" and r.modality == "asserted"
    }


def positions(text: str) -> set[tuple[str, str]]:
    return {(s, o) for p, s, o in facts(text) if p == "HOLDS_POSITION"}


HELD = [
    # a title before the name: a possessive, a demonym, "of X" before or after the name
    ("Chad's foreign minister Ali Musa spoke to reporters on Monday.", ("ali-musa", "chad")),
    ("Chadian Foreign Minister Ali Musa spoke to reporters on Monday.", ("ali-musa", "chad")),
    ("Foreign Minister Ali Musa of Chad spoke to reporters on Monday.", ("ali-musa", "chad")),
    ("The Foreign Minister of Chad, Ali Musa, spoke to reporters.", ("ali-musa", "chad")),
    ("Peruvian Defense Secretary Lucia Paredes Rojas opened the session.", ("lucia-paredes-rojas", "peru")),
    ("Kenya's army chief Gen. Peter Otieno Wafula toured the camp.", ("peter-otieno-wafula", "kenya")),
    ("The Peruvian Ambassador to Chad Rosa Elena Quispe left.", ("rosa-elena-quispe", "peru")),
    ("Chad's President Ali Musa and Vice President Idris Goukouni met.", ("idris-goukouni", "chad")),
    ("Elysee national security spokesman Paul Girard spoke.", ("paul-girard", "france")),
    ("Senior Elysee adviser Marc Aubert Dupont spoke.", ("marc-aubert-dupont", "france")),
    # a title after the name
    ("Rosa Elena Quispe, Peru's director general of trade, spoke.", ("rosa-elena-quispe", "peru")),
    ("Ali Musa, Chad's defence minister, toured the barracks.", ("ali-musa", "chad")),
    ("Tigran Sargsian, the Armenian Minister of Defence, toured the barracks.", ("tigran-sargsian", "armenia")),
    (
        "Ms. Olga Petrenko, a spokeswoman for the Russian Defence Ministry, said the drills had ended.",
        ("olga-petrenko", "russia"),
    ),
    ("Dmitri Volkov (left), Defence Minister of Belarus, met his guests.", ("dmitri-volkov", "belarus")),
    # names with diacritics, hyphens and particles; a repeated title
    ("Serbian President Dragoljub Milošević spoke on Friday.", ("dragoljub-milosevic", "serbia")),
    ("Kazakh President Nurlan-Bek Dauletov spoke on Friday.", ("nurlan-bek-dauletov", "kazakhstan")),
    ("Kazakhstan President President Nurlan Dauletov spoke on Friday.", ("nurlan-dauletov", "kazakhstan")),
    ("Egypt's President Omar Abdel el-Masri warned his neighbours.", ("omar-abdel-el-masri", "egypt")),
    ("Cuba's envoy Luis Fernández de Castro left the talks.", ("luis-fernandez-de-castro", "cuba")),
    # a body's organ or a state's junta after "of"; how the post is held ("de facto")
    ("The head of the African Union Commission, Ama Kofi Boateng, spoke.", ("ama-kofi-boateng", "african-union")),
    ("The leader of Chad's junta, General Ali Musa Kebir, spoke.", ("ali-musa-kebir", "chad")),
    ("Gen. Ali Musa Kebir, Chad's de facto leader, spoke.", ("ali-musa-kebir", "chad")),
    ("Kenya's Interior Cabinet Secretary Amos Korir Kibet spoke.", ("amos-korir-kibet", "kenya")),
    # where the post is, between the title and the name: not the state served
    ("Chile's military attache in Lima, Pedro Soto Vera, spoke.", ("pedro-soto-vera", "chile")),
    ("Ghana's defence attache in Paris, Kofi Mensah Boateng, spoke.", ("kofi-mensah-boateng", "ghana")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_a_titled_person_holds_a_position_in_the_state_the_title_names(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_PEOPLE = [
    "UK Prime Minister Reverses Course On Troops To Ukraine",  # a headline's words are not a name
    "The President Said On Monday That Troops Would Stay",
    "Kazakhstan President President Nurlan-Bek Dauletov spoke.",  # no "President Nurlan-Bek" cut at the hyphen
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_capitalised_words_that_are_not_a_name_make_no_person(text: str) -> None:
    held = positions(text)
    assert all(person in ("nurlan-bek-dauletov",) for person, _ in held), held


def test_a_title_without_a_state_gives_no_position() -> None:
    assert positions("Defence minister Ravi Teja Menon said the border was calm.") == set()


def test_a_titled_official_acts_for_his_state() -> None:
    found = facts("Chad's foreign minister Ali Musa condemned Libya for the raid.")
    assert ("CONDEMNED", "ali-musa", "libya") in found
    assert ("HOLDS_POSITION", "ali-musa", "chad") in found


def test_a_later_surname_stands_for_the_titled_person() -> None:
    found = facts("Chad's foreign minister Ali Musa met reporters. Musa condemned Libya for the raid.")
    assert ("CONDEMNED", "ali-musa", "libya") in found


def test_a_surname_inside_another_name_is_not_linked() -> None:
    found = facts("Chad's foreign minister Ali Musa met reporters. Idris Musa condemned Libya for the raid.")
    assert ("CONDEMNED", "ali-musa", "libya") not in found


def test_a_former_office_is_not_a_position() -> None:
    assert positions("The ex-Chadian president Idriss Mahamat Goukouni lives in exile.") == set()
    assert positions("Former Chadian Foreign Minister Ali Musa lives in exile.") == set()


def test_an_armed_force_after_a_title_is_not_part_of_the_name() -> None:
    held = positions("He met the Chief of the General Staff of the Kenyan Armed Forces Joseph Kamau Odhiambo.")
    assert all(not person.startswith("armed") for person, _ in held), held


def entities(text: str) -> dict[str, str]:
    doc = read_text("t", text)
    doc.published = "2024-05-10"
    return {e.id: e.type for e in extract_document(doc).entities.values()}


BODIES = [
    (
        "The Southern Shield Task Force deployed troops to Niger.",
        ("DEPLOYED_IN", "southern-shield-task-force", "niger"),
    ),
    ("Chad's Desert Falcon Brigade deployed troops to Niger.", ("DEPLOYED_IN", "desert-falcon-brigade", "niger")),
    ("The Government of National Harmony condemned Egypt.", ("CONDEMNED", "government-of-national-harmony", "egypt")),
    ("The Senegalese Coast Guard condemned Gambia.", ("CONDEMNED", "senegalese-coast-guard", "gambia")),
    # a listed region named with its article opens the name; the article is not part of it
    ("The Sahel Lancers Brigade deployed troops to Niger.", ("DEPLOYED_IN", "sahel-lancers-brigade", "niger")),
]


@pytest.mark.parametrize(("text", "fact"), BODIES)
def test_an_unlisted_body_named_with_its_head_noun_takes_part_in_facts(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)
    assert entities(text)[fact[1]] == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "The Chadian Armed Forces deployed troops to Niger.",  # the state's own forces
        "The Chadian Foreign Ministry condemned Gambia.",
        "Chad Sends Rapid Reaction Force To Niger",  # a headline
    ],
)
def test_a_states_own_body_or_a_headline_makes_no_new_body(text: str) -> None:
    assert [e for e, kind in entities(text).items() if kind == "Organization"] == []


def test_an_official_of_an_unlisted_body_holds_a_position_in_it() -> None:
    held = positions("Yuri Petrov, commander of the Desert Falcon Brigade, said the unit had left.")
    assert held == {("yuri-petrov", "desert-falcon-brigade")}


def test_a_place_before_the_title_is_where_a_body_is_not_whose_official() -> None:
    assert ("mary-ann-lowell", "chad") not in positions("The US embassy in Chad spokesperson Mary Ann Lowell spoke.")


def test_its_leader_is_no_position_in_the_persons_country() -> None:
    held = positions("The movement said its leader Vladimir Putin had resigned.")
    assert ("vladimir-putin", "russia") not in held


def test_a_state_after_a_title_is_no_person() -> None:
    found = facts("If he became president, South Sudan would send troops to Chad.")
    assert not any(p == "HOLDS_POSITION" for p, _, _ in found), found


def test_a_stance_before_a_title_is_not_its_state() -> None:
    assert ("ali-musa-idris", "chad") not in positions("The pro-Chad President Ali Musa Idris spoke.")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Spokesperson for the Chadian president Ali Musa said the talks would go on.", ("ali-musa", "Spokesperson")),
        ("An adviser to the Kenyan president, Peter Wafula, said the vote was fair.", ("peter-wafula", "Adviser")),
        ("President Ali Musa of Chad said the troops would stay.", ("ali-musa", "President")),
        # the one served named with a capitalised title holds that title; the aide is not named
        ("A spokesperson for Chadian President Ali Musa said the talks went well.", ("ali-musa", "President")),
    ],
)
def test_an_aide_to_a_post_holds_the_aides_post(text: str, held: tuple[str, str]) -> None:
    doc = read_text("t", text)
    doc.published = "2024-05-10"
    roles = {(r.subject_id, r.qualifiers.get("role")) for r in extract_document(doc).relations}
    assert held in roles


def test_the_place_of_a_post_is_not_the_state_served() -> None:
    assert positions("The military attache in Lima, Pedro Soto Vera, spoke for Chile.") <= {
        ("pedro-soto-vera", "chile")
    }
    assert ("pedro-soto-vera", "peru") not in positions("Chile's military attache in Lima, Pedro Soto Vera, spoke.")
