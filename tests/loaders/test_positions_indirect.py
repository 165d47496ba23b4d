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
    (
        "Oman's defence minister Tom Reed landed in Lima. He then met his Peruvian counterpart Rosa Quispe.",
        ("rosa-quispe", "peru"),
    ),
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
    # a list of states the words before a plural title hide, or a list that is not of states
    "The Omani and Peruvian navy chiefs, Tom Reed and Rosa Quispe, met.",
    "The Malian and Nigerien defence chiefs Ali Musa and Tom Reed met in Niamey.",
    "The Chadian Army and RSF commanders, Ali Musa and Tom Reed, met.",
    # envoys to a state speak for another; officials of no state now
    "The envoys to Oman and Peru, Ali Musa and Rosa Quispe, were recalled.",
    "Chad recalled its ambassadors to Oman and Peru, Ali Musa and Rosa Quispe.",
    "The then presidents of Oman and Peru, Tom Reed and Rosa Quispe, signed it in 1999.",
    "The exiled presidents of Mali and Niger, Ali Musa and Tom Reed, met.",
    "Rebel leaders Ali Musa of Mali and Tom Reed of Niger signed the pact.",
    "The opposition leaders of Mali and Niger, Ali Musa and Tom Reed, met.",
    "Former U.S. Reps. Mary Collins and Tom Reed visited Oman.",
    # a counterpart with no state's office titled before, from a city or a state's organ, or of a past official
    "The mayor of Lima met his counterpart from Madrid, Pablo Ruiz.",
    "Tom Reed, the Omani counterpart of Peru's mayor, spoke.",
    "Rosa Quispe met her Omani counterpart Tom Reed, a former colonel.",
    '"My Omani counterpart Tom Reed lied," said the Peruvian defence minister.',
    "The Malian rebel leader Ali Musa met his Nigerien counterpart Tom Reed.",
    "Peru's former president met his Omani counterpart Tom Reed.",
    "The Peruvian defence minister met his counterpart from the Omani navy, Tom Reed.",
    "The OSCE secretary general met his Omani counterpart, Tom Reed.",
    "Ali Musa, a Malian trader, landed in Lima. He met his Peruvian counterpart Rosa Quispe.",
    # a pronoun after another state's possession may stand for either state
    "Peru said it had expelled Oman's envoy and its military attache Tom Reed.",
    "Peru expelled Oman's ambassador, saying its spokesman Tom Reed had lied.",
    # a modifier joined to another word; military ranks, abbreviated or not, name no post
    "Omani-backed Gen. Tom Reed took the port.",
    "Egyptian Gen. Omar Farouk toured the camp.",
    "Omani Adm. Tom Reed inspected the fleet.",
    "Lt. Gen. Omar Farouk of Egypt toured the camp.",
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
