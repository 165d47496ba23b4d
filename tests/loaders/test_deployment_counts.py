"""Deployments that a text does not assert (denied, rumoured, planned, offered, conditional, ended, one side's word),
and the troop count of one that it does: the count there now, never the one a change to come aims at. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.gazetteer import default_gazetteer
from loaders.reading import read_text
from tests.loaders.test_precision import facts, relations


def deployments(text: str) -> list[tuple[str, str, str, str, int | None]]:
    """Each DEPLOYED_IN of ``text``: subject, object, polarity, modality and troop count."""
    return [
        (r.subject_id, r.object_id, r.polarity, r.modality, r.qualifiers.get("troops"))
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == "DEPLOYED_IN"
    ]


COUNT_NOW = [
    # a target to come, then the count there now
    ("Russia plans to raise its contingent in Syria to 3,000 troops, up from about 1,700 now.", "russia", "syria",
     1700),
    ("Russia will increase its force in Tajikistan to 9,000 soldiers from 7,000.", "russia", "tajikistan", 7000),
    ("Italy will reduce its contingent in Lebanon to 1,000 soldiers from 1,200.", "italy", "lebanon", 1200),
    ("France plans to cut its contingent in Mali from 5,000 to 2,500 soldiers.", "france", "mali", 5000),
    ("Spain intends to boost its troops in Latvia to 900 soldiers, from the current 600.", "spain", "latvia", 600),
    ("By 2030, the Russian force in Armenia will reach 5,000 troops, up from 3,000 today.", "russia", "armenia", 3000),
    # a count there now, then a target to come
    ("Germany has 1,000 soldiers in Lithuania and plans to raise that to 5,000 troops.", "germany", "lithuania", 1000),
    ("The Russian troops in Armenia, now about 3,000 soldiers, will be reduced to 2,000 soldiers.", "russia", "armenia",
     3000),
    # a change done: its target is the count there now
    ("France cut its contingent in Mali from 5,000 to 2,500 soldiers last year.", "france", "mali", 2500),
    ("Russia raised its contingent in Syria to 3,000 troops in 2023.", "russia", "syria", 3000),
    ("Britain has 900 troops in Estonia, up from 800 last year.", "united-kingdom", "estonia", 900),
    ("Norway sent another 300 soldiers to Latvia on Monday.", "norway", "latvia", 300),
    # police and marines are counted too; the trigger's own count before another clause's
    ("Kenya has 600 police officers in Haiti.", "kenya", "haiti", 600),
    ("Peru sent 20 soldiers, and Chile has 400 police officers in Haiti.", "chile", "haiti", 400),
    ("Spain keeps 300 marines in Latvia, and Italy plans to send 50 soldiers.", "spain", "latvia", 300),
    ("About 2,000 marines left Guam last year, and 500 US troops are based in Japan.", "united-states", "japan", 500),
    ("Britain has 900 troops in Estonia set to stay until 2030.", "united-kingdom", "estonia", 900),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "place", "troops"), COUNT_NOW)
def test_an_asserted_deployment_counts_the_troops_there_now(text: str, subject: str, place: str, troops: int) -> None:
    assert (subject, place, "affirmed", "asserted", troops) in deployments(text)


NO_COUNT = [
    ("Russia's base in Tajikistan will host 9,000 soldiers by 2025.", "russia", "tajikistan"),
    ("The United States will double its force in Poland to 20,000 troops.", "united-states", "poland"),
    ("Russia is increasing its contingent in Syria to 3,000 troops.", "russia", "syria"),
    ("The Turkish force in Qatar could grow to 5,000 troops.", "turkey", "qatar"),
    ("Britain's troops in Estonia are expected to rise to 1,500 soldiers.", "united-kingdom", "estonia"),
    # those counted are due to do something: not the count there
    (
        "The first of 3,000 marines due to sail for Guam left Okinawa, where US troops are based in Japan.",
        "united-states",
        "japan",
    ),
    ("US troops are based in Poland, and about 500 soldiers are set to leave in May.", "united-states", "poland"),
]


@pytest.mark.parametrize(("text", "subject", "place"), NO_COUNT)
def test_a_target_to_come_is_no_count_of_the_troops_there(text: str, subject: str, place: str) -> None:
    assert (subject, place, "affirmed", "asserted", None) in deployments(text)


def test_a_number_of_troops_that_could_rise_says_they_are_there() -> None:
    assert ("DEPLOYED_IN", "france", "chad") in facts("The number of French troops in Chad could rise to 2,000.")


def test_a_planned_reinforcement_keeps_its_count_as_a_plan() -> None:
    assert ("turkey", "qatar", "affirmed", "planned", 500) in deployments("Turkey will send 500 more troops to Qatar.")


NOT_ASSERTED = [
    # denied
    "Russia has denied sending soldiers to Libya.",
    "Russia denied having troops in Libya.",
    "Minsk denied that Russian troops were stationed in Belarus.",
    "Tehran rejected reports that Iranian forces were operating in Venezuela.",
    "The ministry dismissed claims that Turkish soldiers had arrived in Azerbaijan.",
    "Reports that Chinese troops are based in Cambodia have been denied by Phnom Penh.",
    # rumoured
    "Iranian troops are reportedly stationed in Syria.",
    "There are unconfirmed reports of Russian soldiers in Niger.",
    "Unconfirmed reports say Iranian soldiers are in Venezuela.",
    "Russia is said to have 2,000 troops in the Central African Republic.",
    "Chinese soldiers are allegedly operating in Tajikistan.",
    "Social media posts claim that French troops are in Ukraine.",
    # asked for, offered, planned, considered
    "Armenia has asked Russia to deploy peacekeepers in Syunik.",
    "Under the deal, Turkey would station 2,000 troops in Azerbaijan.",
    "Britain is ready to deploy troops to Ukraine after a ceasefire.",
    "Germany is considering stationing a brigade in Lithuania.",
    "Japan pledged to send troops to the Philippines.",
    "France offered to deploy soldiers to Romania.",
    "A further 800 British soldiers are due to arrive in Estonia next month.",
    "Moscow announced plans for 4,000 troops in Belarus.",
    # conditional
    "Russia could send troops to Venezuela if asked.",
    "Poland would send troops to Belarus if Russia attacked.",
    "Russia will not deploy troops in Serbia unless Belgrade asks.",
    "Should Mali ask, Russia would send more soldiers.",
    # one side's word
    "Ukraine accuses Russia of stationing troops in Belarus.",
    "Kyiv alleges that Russian soldiers are in Transnistria, which Moscow denies.",
    "Ukraine says Russia has moved 5,000 troops into Belarus, a claim Moscow rejects.",
    "Russian troops are in Belarus, Ukraine says, a claim Moscow rejects.",
    "According to Ukraine, Russian troops are in Belarus, but Moscow rejects this.",
]


@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_a_deployment_denied_rumoured_planned_or_disputed_is_no_fact(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


NEGATED = [
    ("Russia had troops in Moldova until 2019.", ("russia", "moldova")),
    ("French troops were stationed in Niger until 2023.", ("france", "niger")),
    ("Until 2021, US forces were based in Afghanistan.", ("united-states", "afghanistan")),
    ("There are no Russian troops in Ukraine, Lavrov said.", ("russia", "ukraine")),
    ("France no longer has troops in Mali.", ("france", "mali")),
    ("Russia insists it has no soldiers in Ukraine.", ("russia", "ukraine")),
]


@pytest.mark.parametrize(("text", "pair"), NEGATED)
def test_a_deployment_ended_or_denied_is_stored_negated(text: str, pair: tuple[str, str]) -> None:
    found = relations(text)
    assert ("DEPLOYED_IN", *pair, "negated", "asserted") in found
    assert ("DEPLOYED_IN", *pair, "affirmed", "asserted") not in found


WAR_NAMED_BY_ITS_PLACE = [
    "North Korean soldiers are fighting in the war in Ukraine.",
    "North Korean troops serving in the war against Ukraine have suffered losses.",
    "Thousands of North Korean soldiers were sent to the war in Ukraine.",
]


@pytest.mark.parametrize("text", WAR_NAMED_BY_ITS_PLACE)
def test_forces_in_a_war_named_by_its_place_are_not_placed_there(text: str) -> None:
    assert ("DEPLOYED_IN", "north-korea", "ukraine") not in facts(text)


def test_a_force_that_an_organ_of_a_body_mandates_is_the_bodys_mission_there() -> None:
    found = facts("On Tuesday the UN Security Council praised its peacekeeping force in Lebanon.")
    assert ("DEPLOYED_IN", "unifil", "lebanon") in found
    assert ("DEPLOYED_IN", "un-security-council", "lebanon") not in found


def test_an_organ_is_not_a_part_of_its_body() -> None:
    """An organ's body is read only for its missions: no containment ("part_of" is a territory's state)."""
    council = default_gazetteer().get("un-security-council")
    assert council is not None and council.organ_of == "united-nations"
    assert council.part_of is None and "part_of" not in council.entity.properties


SUPPOSED_NOT_A_SIZE = [
    # a modal with a verb of size used otherwise (a role, an object) is still only supposed
    "Spanish troops in Latvia would double as instructors for Latvian recruits, Madrid hinted.",
    "Dutch soldiers in Lithuania could grow the danger of escalation, experts warned.",
    "Italian troops in Lebanon might drop their vigilance, a general cautioned.",
]


@pytest.mark.parametrize("text", SUPPOSED_NOT_A_SIZE)
def test_a_modal_verb_of_size_that_is_not_a_change_of_size_stays_hypothetical(text: str) -> None:
    assert [d[3] for d in deployments(text)] == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "The Belgian contingent in Romania could shrink sharply by next year.",
        "The Polish force in Lithuania might grow.",
    ],
)
def test_a_force_whose_size_may_change_is_there(text: str) -> None:
    assert [d[3] for d in deployments(text)] == ["asserted"]


FROM_ELSEWHERE = [
    # a "from" that names where the troops come from, not how many there are now
    "The Danish battalion in Latvia will expand to 2,000 soldiers recruited from 9 regions.",
    "Belgium intends to trim its contingent in Niger to 400 soldiers from 2 camps.",
    "Sweden plans to raise its contingent in Latvia to 1,100 troops drawn from 7 garrisons.",
]


@pytest.mark.parametrize("text", FROM_ELSEWHERE)
def test_a_from_that_is_no_count_of_troops_gives_no_count(text: str) -> None:
    assert [d[4] for d in deployments(text)] == [None]


def test_troops_sent_to_a_place_number_the_count_given() -> None:
    text = "Russian troops deployed to Armenia number about 4,000 soldiers."
    assert ("russia", "armenia", "affirmed", "asserted", 4000) in deployments(text)


FORCE_NOT_THERE = [
    "Turkey's stabilisation force in Somalia never materialised.",
    "Egypt used its air force in Libya last month.",
    "Russia's air force in Syria struck rebel positions.",
]


@pytest.mark.parametrize("text", FORCE_NOT_THERE)
def test_a_force_that_never_came_or_acts_from_the_air_is_not_placed(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow denies that its force in Armenia is growing.",
        "Moscow denies that Russian troops in Armenia are being reinforced.",
    ],
)
def test_a_denied_change_of_size_leaves_the_force_there(text: str) -> None:
    assert ("russia", "armenia", "affirmed", "asserted", None) in deployments(text)


def test_a_denied_force_is_negated() -> None:
    assert ("russia", "armenia", "negated", "asserted", None) in deployments(
        "Moscow denies that its force in Armenia exists."
    )


KILLED_IN_FIGHTING_THERE = [
    ("Dozens of Russian soldiers were killed in fighting in Donetsk.", ("russia", "donetsk-oblast")),
    ("Belarusian soldiers are in combat in the Kherson region.", ("belarus", "kherson-oblast")),
]


@pytest.mark.parametrize(("text", "pair"), KILLED_IN_FIGHTING_THERE)
def test_forces_in_fighting_in_a_place_are_there(text: str, pair: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *pair) in facts(text)


ONE_SIDES_WORD = [
    "Iran, Iraq and Syria have soldiers in Lebanon, diplomats say, but Beirut denies it.",
    "Chinese troops are in Cambodia, Vietnam's foreign ministry says, a claim Phnom Penh rejects.",
    "China's force in Cambodia, Vietnam says, is 2,500 soldiers, a claim Phnom Penh rejects.",
]


@pytest.mark.parametrize("text", ONE_SIDES_WORD)
def test_a_speaker_set_off_then_a_denial_leaves_one_sides_word(text: str) -> None:
    found = deployments(text)
    assert found and all(d[3] == "hypothetical" for d in found)
