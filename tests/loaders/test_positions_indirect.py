"""People whose post is given indirectly: a counterpart of another official, a title after a possessive pronoun, a
plural title before a list of names, an abbreviated title; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import extract_document, positions, read_text

HELD = [
    # a counterpart: the state the demonym, the name before or "from X" gives
    ("The Chadian defence minister met his Peruvian counterpart Rosa Quispe in Lima.", ("rosa-quispe", "peru")),
    ("Kenya's foreign minister called his Omani counterpart, Khalid Harthy, on Monday.", ("khalid-harthy", "oman")),
    ("The Peruvian president hosted her counterpart from Chad, Ali Musa, in Lima.", ("ali-musa", "chad")),
    ("Tom Reed, the Omani counterpart of the Chadian minister, spoke.", ("tom-reed", "oman")),
    # a possessive pronoun before the title: the actor it stands for
    ("Chad announced that its foreign minister Ali Musa would travel.", ("ali-musa", "chad")),
    ("Chad's army said its chief of staff Idris Goukouni had visited the front.", ("idris-goukouni", "chad")),
    ("Peru is moving troops to the border, its defence minister Rosa Quispe said.", ("rosa-quispe", "peru")),
    ("The Wagner Group left Mali. Its president Ali Musa said the group had won.", ("ali-musa", "wagner-group")),
    # plural titles: each name with the state after it, or the two lists paired in order
    ("Presidents Ali Musa of Chad and Rosa Quispe of Peru met in Paris.", ("rosa-quispe", "peru")),
    ("Presidents Ali Musa of Chad and Rosa Quispe of Peru met in Paris.", ("ali-musa", "chad")),
    ("The presidents of Chad and Peru, Ali Musa and Rosa Quispe, met in Paris.", ("ali-musa", "chad")),
    ("The presidents of Chad and Peru, Ali Musa and Rosa Quispe, met in Paris.", ("rosa-quispe", "peru")),
    ("Foreign ministers Tom Reed of Oman and Ali Musa of Chad met.", ("tom-reed", "oman")),
    ("The Chadian and Peruvian defence ministers, Ali Musa and Rosa Quispe, met.", ("rosa-quispe", "peru")),
    ("The Chadian and Peruvian defence ministers, Ali Musa and Rosa Quispe, met.", ("ali-musa", "chad")),
    ("The Omani president met his Chadian and Peruvian counterparts, Ali Musa and Rosa Quispe.", ("ali-musa", "chad")),
    ("The leaders of Chad and Peru, Ali Musa and Rosa Quispe, met.", ("rosa-quispe", "peru")),
    # abbreviated titles, before one name or a list (a legislator's party and state set off after the name)
    ("U.S. Sens. Mary Collins and John Pike visited Kyiv.", ("john-pike", "united-states")),
    ("U.S. Sens. Mary Collins, R-Ind., and John Pike, D-Mass., visited Kyiv.", ("john-pike", "united-states")),
    ("U.S. Reps. Mary Collins and John Pike visited Kyiv.", ("mary-collins", "united-states")),
    ("Egyptian Gen. Omar Farouk toured the camp.", ("omar-farouk", "egypt")),
    ("Lt. Gen. Omar Farouk of Egypt toured the camp.", ("omar-farouk", "egypt")),
    ("Peruvian Amb. Rosa Quispe met the envoy.", ("rosa-quispe", "peru")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_a_post_given_indirectly_is_held(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


def test_a_counterpart_takes_the_post_of_the_official_before() -> None:
    doc = read_text("t", "The Chadian defence minister met his Peruvian counterpart Rosa Quispe in Lima.")
    roles = {r.qualifiers.get("role") for r in extract_document(doc).relations if r.predicate == "HOLDS_POSITION"}
    assert "Defence Minister" in roles


NOT_HELD = [
    # a counterpart with no state named, or a place after it
    "The Chadian defence minister met his counterpart Ali Musa in Paris.",
    "The Chadian president met his counterpart in Paris, Ali Musa said.",
    "Ali Musa, the counterpart of the French minister, spoke.",
    # former officials, in a list or after a pronoun
    "The former presidents of Chad and Peru, Ali Musa and Rosa Quispe, met in Paris.",
    "Chad said its former foreign minister Ali Musa had fled.",
    # two lists of different lengths; a plural title naming no state
    "The presidents of Chad and Peru, Ali Musa, Tom Reed and Rosa Quispe, met in Paris.",
    "Presidents Ali Musa and Rosa Quispe met in Paris.",
    "Chad hosted the talks. Presidents Ali Musa and Rosa Quispe met in Paris.",
    # a pronoun that stands for two actors, or for one a quote names
    "Chad and Peru said their defence ministers Ali Musa and Rosa Quispe would meet.",
    '"Chad will never leave," its spokesman Ali Musa said of Niger.',
    # a governor of a city holds no post in the state
    "Lagos Gov. Ali Musa met the envoy.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_an_indirect_title_gives_no_wrong_post(text: str) -> None:
    assert positions(text) == set(), text


def test_a_listed_person_holds_no_state_office_in_a_body_a_pronoun_names() -> None:
    text = "The CSTO sent troops to Kazakhstan after its President Kassym-Jomart Tokayev asked for them."
    assert ("kassym-jomart-tokayev", "csto") not in positions(text)


def test_a_body_s_title_after_a_pronoun_is_not_the_state_s() -> None:
    assert ("ali-musa", "mali") not in positions(
        "The Wagner Group left Mali. Its president Ali Musa said the group had won."
    )
