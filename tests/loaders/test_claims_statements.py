"""A person's formal statement is a claim: 'stated that', 'announced that', 'declared that', 'insisted that',
'maintained that', 'asserted that'; not a bare 'said', a negated statement or a pledge ('stated that if ...')."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import claims

STATEMENTS = [
    ("Sergei Lavrov stated that Western instructors were already in Moldova.", "Sergei Lavrov"),
    ("Vladimir Putin announced that his army had taken the last village in the region.", "Vladimir Putin"),
    ("Emmanuel Macron declared that no French soldier had been sent to fight there.", "Emmanuel Macron"),
    ("Alexander Lukashenko insisted that the warheads were already on Belarusian soil.", "Alexander Lukashenko"),
    ("Recep Tayyip Erdogan has repeatedly maintained that the militia is a terrorist group.", "Recep Tayyip Erdogan"),
    ("Nicolas Maduro asserted that the disputed region belongs to Venezuela.", "Nicolás Maduro"),
    # the speaker named with a title or an apposition before the verb
    (
        "Russian Foreign Minister Sergei Lavrov, speaking in Ankara, announced that talks had failed.",
        "Sergei Lavrov",
    ),
    # a time or a place between the verb and its 'that'
    ("Volodymyr Zelensky announced during a night address that the bridge was retaken.", "Volodymyr Zelenskyy"),
    ("Kim Jong Un declared at a party congress that the South was the main enemy.", "Kim Jong Un"),
    # the verb's subject, past another person named in a participle or after it in a relative clause
    ("Sergei Lavrov, quoting Volodymyr Zelensky, stated that the talks had failed.", "Sergei Lavrov"),
    ("Maia Sandu met Sergei Lavrov, who announced that the talks had failed.", "Sergei Lavrov"),
    ("Russia's foreign minister, Sergei Lavrov, stated that the convoy had crossed.", "Sergei Lavrov"),
    # a present that states a fact after 'insisted'
    ("Pedro Sanchez insisted that the two enclaves are Spanish.", "Pedro Sánchez"),
]


@pytest.mark.parametrize(("text", "claimant"), STATEMENTS)
def test_a_formal_statement_is_the_speaker_s_claim(text: str, claimant: str) -> None:
    assert claimant in claims(text)


NOT_A_STATEMENT_CLAIM = [
    "Sergei Lavrov said that the talks would resume in May.",  # a bare 'said' reports words
    "Vladimir Putin has not stated that the troops will stay.",  # no statement made
    "Emmanuel Macron stated that if asked, France would help.",  # a pledge on a condition
    "Vladimir Putin announced the start of the drills.",  # an announcement of an event, with no 'that'
    '"Nicolas Maduro declared that the region is ours," the opposition leader mocked.',  # someone else's words
]

# The speaker is the verb's subject, not the last person named before it.
NOT_THE_SPEAKER = [
    "Volodymyr Zelensky thanked Sergei Shoigu, and Moldova announced that the border was closed.",
    "Sergei Lavrov was asked about Maia Sandu, and the ministry declared that Moldova had violated the ceasefire.",
    "Reporter Tom Bell, who interviewed Sergei Lavrov, stated that the talks had failed.",
    "According to Vladimir Putin, the ministry announced that the talks had failed.",
    "Maia Sandu's critics maintained that the talks had failed.",
    "The journalist Anna Kovacs, after meeting Emmanuel Macron, stated that the convoy had crossed.",
    "Olaf Scholz praised the mission; the journalist Anna Kovacs stated that the convoy had crossed.",
]

# A plan, a demand or a chair's act states no fact.
NOT_A_FACT = [
    "Vladimir Putin announced that he would resign.",
    "Vladimir Putin announced that Russia will hold drills in the north.",
    "Alexander Lukashenko announced that a new base would be built near the border.",
    "Vladimir Putin announced that Sergei Shoigu would be replaced.",
    "Recep Tayyip Erdogan declared that a new corridor is to be opened.",
    "Emmanuel Macron declared that no French soldier would be sent to fight there.",
    "Vladimir Putin declared that the meeting was open.",
    "Maia Sandu declared that the session was closed.",
    "Maia Sandu insisted that talks continue next week.",
    "Maia Sandu insisted that talks should continue.",
    "Volodymyr Zelensky insisted that Russia withdraw its troops.",
    "Volodymyr Zelensky insisted that the allies must send more air defence.",
]


@pytest.mark.parametrize("text", NOT_THE_SPEAKER + NOT_A_FACT)
def test_no_claim_by_another_person_or_of_no_fact(text: str) -> None:
    assert not claims(text)


@pytest.mark.parametrize("text", NOT_A_STATEMENT_CLAIM)
def test_no_claim_without_a_formal_statement(text: str) -> None:
    assert not claims(text)


# A denial whose words only point to what another clause or sentence says ("denies it") makes no claim of its own;
# one that says what it denies does.
POINTERS = [
    "Kyiv says Belarusian units are near the border; Minsk denies this.",
    "Tbilisi says Russian troops moved the fence, but Moscow denies it.",
    "Reports said Chadian soldiers had crossed into Sudan. N'Djamena denied them.",
]


@pytest.mark.parametrize("text", POINTERS)
def test_a_denial_that_only_points_elsewhere_is_no_claim(text: str) -> None:
    assert not claims(text), text


def test_a_denial_that_says_what_it_denies_is_a_claim() -> None:
    assert claims("Minsk denies that its soldiers crossed the border.") == {
        "Belarus": "denies that its soldiers crossed the border"
    }
