"""Positions named by more titles and phrasings: offices of a state, services before a title, a body's leaders
named in a clause after the name, a state's own body; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

HELD = [
    # offices of a state that name it, or a person the gazetteer places
    ("The Head of State Emmanuel Macron opened the summit.", ("emmanuel-macron", "france")),
    ("President of the Republic Emmanuel Macron opened the summit on Monday.", ("emmanuel-macron", "france")),
    ("The Chadian head of state, Ali Musa, opened the summit.", ("ali-musa", "chad")),
    ("Chad's Minister for Foreign Affairs Ali Musa opened the summit.", ("ali-musa", "chad")),
    ("Chad's minister of the interior Ali Musa opened the summit.", ("ali-musa", "chad")),
    ("Chad's Minister of Armed Forces Ali Musa opened the summit.", ("ali-musa", "chad")),
    ("Chad's top diplomat Ali Musa opened the summit.", ("ali-musa", "chad")),
    ("Chadian premier Ali Musa opened the summit.", ("ali-musa", "chad")),
    ("Chad's chief of defence staff, General Ali Musa, inspected the unit.", ("ali-musa", "chad")),
    ("Ali Musa, Chad's permanent representative to the UN, read a statement.", ("ali-musa", "chad")),
    # a service of the state between it and the title, before or after the name
    ("Ali Musa, Chad's army spokesman, denied the report.", ("ali-musa", "chad")),
    ("Ali Musa, a Chadian army spokesman, denied the report.", ("ali-musa", "chad")),
    ("Ali Musa, the Chadian military spokesman, denied the report.", ("ali-musa", "chad")),
    ("Ali Musa, Chad's foreign ministry spokesperson, denied the report.", ("ali-musa", "chad")),
    ("Chadian junta leader Ali Musa denied the report.", ("ali-musa", "chad")),
    ("Colonel Ali Musa, Chad's transitional president, denied the report.", ("ali-musa", "chad")),
    ("Chad's air force chief Ali Musa denied the report.", ("ali-musa", "chad")),
    ("Ali Musa, the head of the Chadian police, denied the report.", ("ali-musa", "chad")),
    ("ECOWAS Commission President Ali Musa denied the report.", ("ali-musa", "ecowas")),
    # a body's founder or secretary; a body's leader named in a clause after the name
    ("The founder of the Wagner Group, Ali Musa, died in a crash.", ("ali-musa", "wagner-group")),
    ("Wagner founder Ali Musa died in a crash.", ("ali-musa", "wagner-group")),
    ("Ali Musa, who heads the Desert Hawk Group, denied the report.", ("ali-musa", "desert-hawk-group")),
    ("Ali Musa, who has led the Wagner Group since May, denied the report.", ("ali-musa", "wagner-group")),
    ("Ali Musa, who founded the Desert Shield Brigade, denied the report.", ("ali-musa", "desert-shield-brigade")),
    # a state's own body, not an international one of the same generic name
    ("Russian Security Council Deputy Chairman Ali Musa spoke.", ("ali-musa", "russian-security-council")),
    ("The Russian Security Council's secretary Ali Musa spoke.", ("ali-musa", "russian-security-council")),
    ("Ali Musa, secretary of the Russian Security Council, spoke.", ("ali-musa", "russian-security-council")),
    # a body whose name opens with its state's keeps its name
    ("US Africa Command chief Gen. John Smith spoke.", ("john-smith", "africa-command")),
    ("Gen. John Smith, commander of US Africa Command, spoke.", ("john-smith", "africa-command")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_the_title_names_the_state_or_body_of_the_position(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_HELD = [
    "The Head of State Ali Musa opened the summit.",  # an unknown person, no state named
    "Ali Musa, who heads to Paris on Monday, denied the report.",  # "heads" as a motion
    "Ali Musa, who led the raid on the Wagner Group, denied the report.",  # leads a raid, not the group
    "The Wagner Group, whose founder Yevgeny Prigozhin died in 2023, left Mali.",  # of the group, not his country
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_no_position_where_the_title_names_none(text: str) -> None:
    held = positions(text)
    assert all(body in ("wagner-group",) for _, body in held), held


def test_the_un_security_council_stays_the_uns() -> None:
    held = positions("Ali Musa, a member of the UN Security Council, spoke.")
    assert all(body != "russian-security-council" for _, body in held), held
    held = positions("Ali Musa, Chad's envoy to the Security Council, spoke.")
    assert ("ali-musa", "chad") in held
