"""Claims: the families of phrasings that make a MADE_CLAIM, and the look-alikes that do not."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import claims, facts


def claimants(text: str) -> set[str]:
    """The names of those who made an asserted, affirmed claim in the text."""
    return set(claims(text))


DENIALS = [
    ("Moscow denied sending any soldiers across the border.", "Russia"),
    ("Rwanda has repeatedly denied that its army fights alongside the rebels.", "Rwanda"),
    ("Moscow denied that its officers were in charge of the convoy.", "Russia"),  # "charge" is no report here
    ("Observers said that Moscow claims, citing radio traffic, that Polish troops are in Belarus.", "Russia"),
    ("The Kremlin denies any role in the mutiny.", "Russia"),
    ("Asked about the convoy, Belarus flatly denied that troops were moving.", "Belarus"),
]


@pytest.mark.parametrize(("text", "claimant"), DENIALS)
def test_a_denial_is_a_claim_of_the_one_who_denies(text: str, claimant: str) -> None:
    assert claimant in claimants(text)


NOT_A_DENIAL_CLAIM = [
    "Georgia did not deny that Russian troops were present.",  # no denial made
    "Kyiv denied the Kremlin's claims about the town.",  # rejects Russia's claim, and states none of its own
    "Ukraine denied reports that its soldiers had crossed the river.",
    "Togo denied the rumours.",  # the rumours are told elsewhere
    "Rival claims over the Arctic shelf persist.",  # the noun
    "Vietnam protested over the islands that China claims.",  # a claim to a place
    "Hanoi sent ships to the reef that Beijing claims, officials said.",
    "Kyiv denies the Russian state media report.",  # a report named after a few words
    "The Kremlin denied the story and threatened the reporters.",
    "Ghana's army denied the rumors that it had sent soldiers to Mali.",
]


@pytest.mark.parametrize("text", NOT_A_DENIAL_CLAIM)
def test_no_claim_from_a_negated_denial_or_the_rejection_of_a_claim(text: str) -> None:
    assert not claimants(text)


# The words claimed end before a verb phrase joined to the claiming verb, and keep one joined inside them. A
# denial's words keep their verb: what is denied is not what is claimed.
CLAIM_WORDS = [
    ("Benin denied sending troops to Niger and called for talks.", "Benin", "denied sending troops to Niger"),
    (
        "Chad denies deploying troops to Sudan yet admits holding drills there.",
        "Chad",
        "denies deploying troops to Sudan",
    ),
    (
        "Russia denies deploying troops to Belarus yet admits holding drills there.",
        "Russia",
        "denies deploying troops to Belarus",
    ),
    (
        "Kigali denies any role in the fighting and says the rebels are local.",
        "Rwanda",
        "denies any role in the fighting",
    ),
    ("Serbia has denied arming the militia, and accused Kosovo of lying.", "Serbia", "denied arming the militia"),
    (
        "Russia denied that its tanks crossed the river and stayed there.",
        "Russia",
        "denied that its tanks crossed the river and stayed there",
    ),
    # a claim whose first word only begins like a verb of denial or accusation keeps that word
    ("Moscow claimed that dense fog hid the convoy.", "Russia", "dense fog hid the convoy"),
    ("Kyiv claimed that accusations of shelling were invented.", "Ukraine", "accusations of shelling were invented"),
    (
        "Moscow claimed that Ukraine shelled the depot and killed two guards.",
        "Russia",
        "Ukraine shelled the depot and killed two guards",
    ),
]


@pytest.mark.parametrize(("text", "claimant", "words"), CLAIM_WORDS)
def test_the_words_claimed_are_the_claiming_verbs_own(text: str, claimant: str, words: str) -> None:
    assert claims(text)[claimant] == words


QUOTED = [
    # a claim inside someone's quoted words is that speaker's account of it, not a claim the article reports
    '"Poland claims that its soldiers only train there," the ministry said in a statement.',
    "“Moscow denies everything, as usual,” an analyst told the paper.",
    # a paragraph that a line introduces as the text under review
    "The viral post reads:\nTurkey claimed that its tanks had entered the town. Share before it is deleted.",
]


@pytest.mark.parametrize("text", QUOTED)
def test_a_claim_in_quoted_words_is_not_made_by_its_subject(text: str) -> None:
    assert not {"Poland", "Russia", "Turkey"} & claimants(text)


def test_the_same_claim_outside_a_quotation_is_made() -> None:
    assert "Poland" in claimants("Poland claims that its soldiers only train there, the ministry said.")


ACCUSATIONS = [
    ("Ethiopia accuses Eritrea of arming rebels in Tigray.", "Ethiopia"),
    ("Kenya has repeatedly accused the government in Mogadishu of harbouring militants.", "Kenya"),
    ("Ukraine has accused Russia of moving troops into Belarus.", "Ukraine"),
]


@pytest.mark.parametrize(("text", "claimant"), ACCUSATIONS)
def test_an_accusation_is_a_claim_of_the_accuser(text: str, claimant: str) -> None:
    assert claimant in claimants(text)


@pytest.mark.parametrize(
    "text",
    [
        "Somalia was accused of harbouring militants.",  # no accuser named
        "Kenya did not accuse Somalia of anything.",
        "Kenya rejected the accusation of harbouring militants.",  # the noun
    ],
)
def test_no_accusers_claim_without_an_accuser_or_with_a_negation(text: str) -> None:
    assert not claimants(text) - {"Somalia"}
    assert "Kenya" not in claimants(text)


def test_an_accusations_words_end_before_a_verb_joined_to_it() -> None:
    found = claims("Armenia accused Azerbaijan of ethnic cleansing and condemned its blockade.")
    assert found["Armenia"] == "accused Azerbaijan of ethnic cleansing"


@pytest.mark.parametrize(
    ("text", "claimant", "words"),
    [
        (
            "Rwanda accused the UN mission of bias, while Congo accused Rwanda of backing the rebels.",
            "Rwanda",
            "accused the UN mission of bias",
        ),
        (
            "India accuses Pakistan of arming militants, a charge Islamabad denies.",
            "India",
            "accuses Pakistan of arming militants",
        ),
        (
            "Moscow accused the West of prolonging the war, saying it would not negotiate.",
            "Russia",
            "accused the West of prolonging the war",
        ),
    ],
)
def test_an_accusations_words_end_before_what_others_say(text: str, claimant: str, words: str) -> None:
    assert claims(text)[claimant] == words


def test_a_relative_clause_after_a_place_is_not_the_places_claim() -> None:
    assert "Kenya" not in claims("The US embassy in Kenya, which claims no knowledge of the raid, declined to comment.")


def test_a_relative_claim_after_a_verbs_preposition_is_its_antecedents() -> None:
    assert "China" in claims("Japan protested to China, which claims the Senkaku Islands, over the incursion.")


def test_a_denial_that_ends_the_sentence_claims_nothing_here() -> None:
    assert "Ukraine" not in claims(
        "Hungary has accused Ukraine of mistreating its Hungarian minority, which Kyiv denies."
    )


TERRITORIAL = [
    ("Guatemala, which claims Belize as its own, sent a note to the court.", "Guatemala", "claims Belize as its own"),
    ("Venezuela, which has long claimed the Essequibo region, held a vote.", "Venezuela", "the Essequibo region"),
]


@pytest.mark.parametrize(("text", "claimant", "words"), TERRITORIAL)
def test_a_claim_in_a_relative_clause_is_its_antecedents(text: str, claimant: str, words: str) -> None:
    found = claims(text)
    assert claimant in found
    assert words in found[claimant]
    assert "sent" not in found[claimant] and "held" not in found[claimant]  # the main clause is not claimed


# A fact-check's quotation under review, rated not true: the facts it alone states are the speaker's words.
RATED_QUOTE = (
    "Fact check: who arms whom near the border\n\n"
    '"Poland and its partners have begun to ship tanks, openly urging Belarus to attack us," '
    "Russian Defence Minister Sergei Shoigu said on 4 May 2024.\n\n"
    "That is {verdict}.\n\n"
    "Later in the briefing, Shoigu repeated it: "
    '"Poland and its partners have begun to ship tanks, openly urging Belarus to attack us."'
)


@pytest.mark.parametrize("verdict", ["false", "misleading", "mostly false"])
def test_a_rated_quotation_states_no_fact_where_it_is_quoted(verdict: str) -> None:
    text = RATED_QUOTE.format(verdict=verdict)
    assert ("DEMANDED", "poland", "belarus") not in facts(text)
    assert "Sergey Shoigu" in claims(text)  # the claim itself stands, with its verdict


def test_a_quotation_rated_true_keeps_its_facts() -> None:
    assert ("DEMANDED", "poland", "belarus") in facts(RATED_QUOTE.format(verdict="true"))


def test_a_fact_the_article_also_states_itself_stays() -> None:
    text = RATED_QUOTE.format(verdict="false") + "\n\nPoland has urged Belarus to attack Russia, officials said."
    assert ("DEMANDED", "poland", "belarus") in facts(text)


# A claim named by its claimant's possessive is the claimant's, whoever rejects it.
OWN_CLAIMS = [
    ("Kyiv dismissed Moscow's claim that its troops had retaken the town.", "Russia",
     "its troops had retaken the town"),
    ("Rwanda rejected Kinshasa's repeated allegations that it arms the rebels.", "Democratic Republic of the Congo",
     "it arms the rebels"),
    ("Seoul doubts Pyongyang's latest assertion that no soldiers went to Russia.", "North Korea",
     "no soldiers went to Russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claimant", "words"), OWN_CLAIMS)
def test_a_possessive_claim_is_its_owners(text: str, claimant: str, words: str) -> None:
    assert claims(text) == {claimant: words}


def test_a_possessive_without_a_claim_that_makes_none() -> None:
    assert not claims("Kyiv dismissed Moscow's claims about the town.")


def test_a_rated_quotation_keeps_its_speakers_title() -> None:
    assert ("HOLDS_POSITION", "sergei-shoigu", "russia") in facts(RATED_QUOTE.format(verdict="false"))


def test_the_articles_own_words_after_a_rated_quotation_stay_asserted() -> None:
    text = (
        '"Chad has sent troops to Niger." That is false.\n\n'
        "Chad has sent troops to Niger for drills before, the ministry said."
    )
    assert ("DEPLOYED_IN", "chad", "niger") in facts(text)


def test_a_possessive_claim_that_opens_the_sentence_is_not_read() -> None:
    # its words would run on into the sentence's own verb ("... was rejected by Kyiv")
    assert not claims("Russia's claim that Polish troops are in Belarus was rejected by Kyiv.")


def test_a_sentence_that_also_quotes_another_speaker_keeps_its_facts() -> None:
    text = (
        '"Polish troops have entered Belarus," said Sergei Shoigu, and Belarusian President Alexander Lukashenko '
        'said "Russian troops are in Belarus to protect us."\n\nThat is false.'
    )
    assert ("DEPLOYED_IN", "russia", "belarus") in facts(text)
