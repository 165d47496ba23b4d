"""What a relation asserts: acts denied, advised against, talked of, feared or only likely are not facts, and a
nominal act belongs to its possessor, not to the subject of the verb that governs it."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts, relations

NOT_ASSERTED = [
    # advised against
    ("The senator warned Berlin against sending soldiers to Lithuania.", ("DEPLOYED_IN", "germany", "lithuania")),
    ("Beijing cautioned Tokyo against deploying warships to the Philippines.", ("DEPLOYED_IN", "japan", "philippines")),
    # talked of, wanted
    ("Washington escalated its rhetoric about annexing Greenland.", ("ANNEXED", "united-states", "greenland")),
    ("Moscow revived talk of annexing Transnistria last year.", ("ANNEXED", "russia", "transnistria")),
    ("Washington has long shown interest in annexing Greenland.", ("ANNEXED", "united-states", "greenland")),
    # only likely, feared, speculated, said to be
    (
        "An analyst said the likelihood that Russia had stationed troops in Belarus was low.",
        ("DEPLOYED_IN", "russia", "belarus"),
    ),
    ("Fears that China had deployed soldiers to Cambodia proved unfounded.", ("DEPLOYED_IN", "china", "cambodia")),
    ("There is speculation that Turkey has sent troops to Libya.", ("DEPLOYED_IN", "turkey", "libya")),
    ("Iranian troops are said to be stationed in Yemen.", ("DEPLOYED_IN", "iran", "yemen")),
    # denied: none of a kind of force
    ("There are no Belarusian units in Ukraine, the general said.", ("DEPLOYED_IN", "belarus", "ukraine")),
    ("Kenya has no contingent in Haiti now.", ("DEPLOYED_IN", "kenya", "haiti")),
]


@pytest.mark.parametrize(("text", "fact"), NOT_ASSERTED)
def test_acts_advised_against_talked_of_or_only_likely_are_not_facts(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts(text)


STILL_ASSERTED = [
    ("Russia sent troops to Belarus against the wishes of Kyiv.", ("DEPLOYED_IN", "russia", "belarus")),
    ("Reports confirm that Turkey deployed troops to Libya in 2020.", ("DEPLOYED_IN", "turkey", "libya")),
]


@pytest.mark.parametrize(("text", "fact"), STILL_ASSERTED)
def test_the_same_acts_stated_outright_are_facts(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


NOT_THE_AGENT = [
    ("The United States has recognised the annexation of the Golan Heights.", "united-states"),
    ("Germany condemned the invasion of Ukraine.", "germany"),
    ("Japan protested the occupation of the Kuril Islands.", "japan"),
]


@pytest.mark.parametrize(("text", "actor"), NOT_THE_AGENT)
def test_a_nominal_act_is_not_the_governing_verbs_subjects(text: str, actor: str) -> None:
    assert not {f for f in facts(text) if f[0] in ("ANNEXED", "INVADED", "OCCUPIES") and f[1] == actor}


THE_AGENT = [
    ("Russia's illegal 2014 annexation of Crimea was condemned.", ("ANNEXED", "russia", "crimea")),
    ("Germany condemned Russia's invasion of Ukraine.", ("INVADED", "russia", "ukraine")),
    ("Israel's occupation of the Golan Heights goes on.", ("OCCUPIES", "israel", "golan-heights")),
]


@pytest.mark.parametrize(("text", "fact"), THE_AGENT)
def test_a_nominal_act_belongs_to_its_possessor(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


MODIFIERS = [
    ("Cairo warned that an advance on Sirte by the UN-recognised government would cross a red line.", "united-nations"),
    ("Kremlin-backed separatists occupied parts of Donbas in 2014.", "russia"),
]


@pytest.mark.parametrize(("text", "actor"), MODIFIERS)
def test_a_name_in_a_compound_modifier_is_no_argument(text: str, actor: str) -> None:
    assert not {f for f in facts(text) if actor in f[1:] and f[0] != "SUPPORTS"}


def test_a_compound_modifier_that_is_the_trigger_names_its_agent() -> None:
    assert ("OCCUPIES", "china", "fiery-cross-reef") in facts("A ship sailed past the China-occupied Fiery Cross Reef.")


NO_OCCUPIER = [
    "Moscow held votes in the occupied territories of Ukraine.",
    "Separatist leaders in Donetsk and Luhansk, occupied areas of Kherson and Zaporizhzhia vote to join Russia",
    "Aid convoys crossed from the occupied regions of Georgia into Armenia.",
]


@pytest.mark.parametrize("text", NO_OCCUPIER)
def test_occupied_as_an_adjective_names_no_occupier(text: str) -> None:
    assert not facts(text, "OCCUPIES")


OCCUPIER = [
    ("Russia occupied parts of Ukraine in 2014.", ("OCCUPIES", "russia", "ukraine")),
    ("Russia has occupied Crimea since 2014.", ("OCCUPIES", "russia", "crimea")),
    ("Shelling hit the Russian-occupied areas of Kherson overnight.", ("OCCUPIES", "russia", "kherson-oblast")),
]


@pytest.mark.parametrize(("text", "fact"), OCCUPIER)
def test_occupied_as_a_verb_or_a_compound_names_its_occupier(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_the_place_of_a_condemned_act_is_not_its_target() -> None:
    assert not facts("Several ministers condemned the fencing of pastures in Georgia.", "CONDEMNED")
    assert ("CONDEMNED", "turkey", "syria") not in facts("Turkey condemned the bombing of a market in Syria.")
    assert ("CONDEMNED", "georgia", "russia") in facts("Georgia condemned Russia for the fencing in South Ossetia.")


# A verb phrase joined after another with its own tense: what the first says does not qualify the second.
OWN_VERB_PHRASE = [
    (
        "Burundi ended its partnership with Brussels and expelled Belgian troops.",
        ("REQUESTED_WITHDRAWAL", "burundi", "belgium"),
    ),
    ("Gabon rejected the offer and asked French soldiers to leave.", ("REQUESTED_WITHDRAWAL", "gabon", "france")),
    ("Ankara refused to comment and kept its soldiers in northern Iraq.", ("DEPLOYED_IN", "turkey", "iraq")),
    ("Russia will not withdraw and keeps 1,200 soldiers in Transnistria.", ("DEPLOYED_IN", "russia", "transnistria")),
    ("Togo denied the rumours and ordered Ghanaian troops to leave.", ("REQUESTED_WITHDRAWAL", "togo", "ghana")),
]


@pytest.mark.parametrize(("text", "fact"), OWN_VERB_PHRASE)
def test_a_joined_verb_phrase_with_its_own_tense_is_read_on_its_own(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


# The same verbs sharing one auxiliary share its negation or its modal, and so do those joined by "or" and those
# after an adverb that comes before the first ("never", "reportedly").
SHARED_AUXILIARY = [
    ("Chile never sent troops to Peru or deployed jets in Bolivia.", ("DEPLOYED_IN", "chile", "bolivia")),
    ("Chile reportedly invaded Peru and kept troops in Bolivia.", ("DEPLOYED_IN", "chile", "bolivia")),
    ("Russia did not invade and annex Crimea.", ("ANNEXED", "russia", "crimea")),
    ("Turkey did not send troops to Libya or deploy jets in Qatar.", ("DEPLOYED_IN", "turkey", "qatar")),
    ("Moscow may invade and annex the Donbas.", ("ANNEXED", "russia", "donbas")),
    (
        "Britain said it would not send troops to Ukraine and urged allies to do the same.",
        ("DEPLOYED_IN", "united-kingdom", "ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), SHARED_AUXILIARY)
def test_verbs_sharing_an_auxiliary_share_its_negation(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts(text)


# A tensed verb after an infinitive joins the verb that governs the infinitive, and shares that verb's subject.
JOINED_TO_THE_GOVERNOR = [
    (
        "Guinea asked Turkish troops to leave and expelled the UN mission.",
        ("REQUESTED_WITHDRAWAL", "guinea", "united-nations"),
        ("REQUESTED_WITHDRAWAL", "turkey", "united-nations"),
    ),
    (
        "Serbia refused to recognise Kosovo and asked NATO to withdraw its troops.",
        ("REQUESTED_WITHDRAWAL", "serbia", "nato"),
        ("RECOGNIZED", "nato", "kosovo"),
    ),
]


@pytest.mark.parametrize(("text", "fact", "wrong"), JOINED_TO_THE_GOVERNOR)
def test_a_tensed_verb_after_an_infinitive_has_the_governors_subject(
    text: str, fact: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = {f[:3] for f in relations(text)}
    assert fact in found
    assert wrong not in found
