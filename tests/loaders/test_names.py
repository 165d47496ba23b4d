"""Names of bodies and agreements that hold a word the gazetteer knows on its own (a region, a city, a capital):
the capitalised phrase up to its head noun is one name, and the place inside it is no mention of its own. A
state's name or adjective before a generic body stays the state's own; on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract.mentions import find_mentions
from loaders.gazetteer import default_gazetteer
from loaders.reading import read_text
from tests.loaders.test_agreements import parties, read
from tests.loaders.test_people import entities, facts


def mentioned(text: str) -> dict[str, str]:
    """The text of each mention -> the id of its entity."""
    return {surface: entity_id for surface, (entity_id, _) in typed(text).items()}


def typed(text: str) -> dict[str, tuple[str, str]]:
    """The text of each mention -> the id and type of its entity."""
    found = find_mentions(read_text("t", text), default_gazetteer())
    return {text[m.start : m.end]: (m.entity.id, m.entity.type) for m in found.mentions}


BODIES = [
    # a region, a breakaway territory, a city before the head noun
    ("Colonel Ana Ruiz, a spokeswoman for the Sinai Peace Force, said it would stay.", "Sinai Peace Force", "sinai"),
    ("The Northern Cyprus Peace Force condemned Greece.", "Northern Cyprus Peace Force", "northern-cyprus"),
    ("France welcomed the Sahel Security Alliance on Monday.", "Sahel Security Alliance", "sahel"),
    ("The Gyumri Border Brigade condemned Azerbaijan.", "Gyumri Border Brigade", "armenia"),
    # head nouns of fleets and alliances, after a state's possessive
    ("Russia's Black Sea Fleet moved two frigates to Syria.", "Black Sea Fleet", None),
]


@pytest.mark.parametrize(("text", "name", "inside"), BODIES)
def test_a_place_inside_a_bodys_name_is_part_of_it(text: str, name: str, inside: str | None) -> None:
    found = typed(text)
    assert found.get(name, ("", ""))[1] == "Organization", found
    assert inside is None or inside not in {v[0] for k, v in found.items() if k != name}, found


def test_the_body_with_a_place_in_its_name_takes_part_in_facts() -> None:
    found = facts("The Northern Cyprus Peace Force condemned Greece.")
    assert ("CONDEMNED", "northern-cyprus-peace-force", "greece") in found
    assert all(s != "northern-cyprus" for _, s, _ in found), found
    held = facts("Colonel Ana Ruiz, a spokeswoman for the Sinai Peace Force, said it would stay.")
    assert ("HOLDS_POSITION", "ana-ruiz", "sinai-peace-force") in held


NOT_BODIES = [
    "Russia's Black Sea ports were shelled overnight.",  # no head noun
    "A French Army spokesman said the troops would stay in Mali.",  # the state's own army
    "The Russian Fleet sailed to Syria.",  # the state's own fleet
    "The troops at Andersen Air Force Base in Guam left.",  # a base's name, not a force
]


@pytest.mark.parametrize("text", NOT_BODIES)
def test_no_body_without_a_name_of_its_own(text: str) -> None:
    assert [e for e, kind in entities(text).items() if kind == "Organization"] == []


def test_a_state_army_named_by_its_own_name_is_the_state() -> None:
    found = mentioned("The Chinese People's Liberation Army held drills near Taiwan. The PLA left.")
    assert found["Chinese People's Liberation Army"] == "china"
    assert found["PLA"] == "china"


def test_either_spelling_names_a_listed_body() -> None:
    assert (
        mentioned("Kazakhstan asked the Collective Security Treaty Organisation for help.")[
            "Collective Security Treaty Organisation"
        ]
        == "csto"
    )


def test_the_longer_name_wins_over_a_body_inside_it() -> None:
    text = "The Sahel Alliance Treaty was signed by Mali, Niger and Burkina Faso in 2024."
    assert parties(text) == {"Sahel Alliance Treaty": {"mali", "niger", "burkina-faso"}}
    assert "sahel" not in read(text)[1]
    assert [e for e, kind in entities(text).items() if kind == "Organization"] == []


AGREEMENTS = [
    ("Kenya and Uganda signed the Kampala Security Accord in 2019.", "Kampala Security Accord"),
    ("Kenya and Uganda signed the Treaty of Kampala in 2019.", "Treaty of Kampala"),
    ("Kenya and Uganda signed the Lake Victoria Protocol in 2019.", "Lake Victoria Protocol"),
    ("Kenya and Uganda signed the Nile Basin Compact in 2019.", "Nile Basin Compact"),
]


@pytest.mark.parametrize(("text", "name"), AGREEMENTS)
def test_an_agreement_named_with_a_place_or_a_name_head_keeps_its_whole_name(text: str, name: str) -> None:
    assert parties(text) == {name: {"kenya", "uganda"}}


def test_a_protocol_in_lower_case_is_no_agreement() -> None:
    assert [e for e in read("The officers followed the protocol in Kenya.")[1].values() if e.type == "Agreement"] == []


def test_an_agreement_named_by_its_parties_keeps_its_surface_as_an_alias() -> None:
    text = "Kenya and Uganda signed the Kenya-Uganda Lake Victoria Treaty in 2019."
    agreement = next(e for e in read(text)[1].values() if e.type == "Agreement")
    assert "Kenya-Uganda Lake Victoria Treaty" in (agreement.name, *agreement.aliases), agreement
