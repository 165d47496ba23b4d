"""Claims put about by a spreader named after "by" or before its name: an account, a channel, an outlet or a person
called by what they do ("the pro-war blog Rybar", "one Jan Roe"); and the look-alikes that name no spreader."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import claims

SPREAD_BY = [
    ("The fake letter was first posted on Telegram by the channel Rybar.", "Rybar"),
    ("The doctored photo was shared on X by the account Intel Sky, which often posts hoaxes.", "Intel Sky"),
    ("The claim was circulated by the Russian outlet RIA Novosti in a report on Monday.", "RIA Novosti"),
    ("The story was spread by the pro-Kremlin outlet Sputnik, which cited unnamed sources.", "Sputnik"),
    ("The image was published by Pravda with a caption about NATO tanks.", "Pravda"),
    ("The rumour about the convoy was amplified by the blogger Olek Marsh within hours.", "Olek Marsh"),
    (
        "The note, typed in capital letters and full of spelling mistakes that betray a hurried author, was written "
        "by one Dana Vos.",
        "Dana Vos",
    ),
]


@pytest.mark.parametrize(("text", "spreader"), SPREAD_BY)
def test_the_one_who_spread_a_post_made_its_claim(text: str, spreader: str) -> None:
    assert spreader in claims(text)


BY_BEFORE_THE_NAME = [
    ("A video by the channel DonbassDaily purports to show British soldiers in Kherson.", "DonbassDaily"),
    ("An article by the website Southfront alleges that French troops died in Odesa.", "Southfront"),
    ("The Telegram channel Two Majors shared the clip on Sunday.", "Two Majors"),
    ("A Facebook page called Africa Now repeated the claim about the troops.", "Africa Now"),
]


@pytest.mark.parametrize(("text", "spreader"), BY_BEFORE_THE_NAME)
def test_a_post_by_a_named_spreader_is_its_claim(text: str, spreader: str) -> None:
    assert spreader in claims(text)


NO_SPREADER = [
    "The bridge was built by the army in 1998 and rebuilt after the floods.",  # nothing put about
    "The village was shelled by Russian artillery on Monday.",
    "The talks were hosted by the Qatari foreign ministry.",
]


@pytest.mark.parametrize("text", NO_SPREADER)
def test_a_deed_done_by_someone_is_no_claim(text: str) -> None:
    assert not claims(text)
