"""Withdrawal requests and refusals in their many shapes, on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def facts(text: str, predicate: str) -> set[tuple[str, str]]:
    result = extract_document(read_text("t", text))
    return {
        (r.subject_id, r.object_id)
        for r in result.relations
        if r.predicate == predicate and r.polarity == "affirmed" and r.modality == "asserted"
    }


REQUESTS = [
    # verbs of asking and ordering, with the mission's kind or others named before the forces
    ("Chad ordered French troops to leave by January.", ("chad", "france")),
    ("Mali's junta asked the UN peacekeeping mission MINUSMA to go home at once.", ("mali", "minusma")),
    ("Mali's transitional authorities called for the French envoy and French troops to leave.", ("mali", "france")),
    ("The Iraqi government has asked the US-led coalition to leave.", ("iraq", "united-states")),
    (
        "Tbilisi called on Russia to halt its shelling of the villages; to withdraw its forces; and to open roads.",
        ("georgia", "russia"),
    ),
    ("Okinawa's governor urged Washington to reduce its troop presence on the island.", ("okinawa", "united-states")),
    # an obligation in reported words, a deadline
    ("Senegal's president said French troops would have to leave the country.", ("senegal", "france")),
    ("Burkina Faso's government gave French forces a month to leave.", ("burkina-faso", "france")),
    # nouns: departure, termination, a possessive withdrawal, an end to a presence
    ("Sudan's government demanded the immediate termination of UNITAMS.", ("sudan", "unitams")),
    (
        "Congo's President Felix Tshisekedi has called for an accelerated withdrawal of MONUSCO.",
        ("felix-tshisekedi", "monusco"),
    ),
    ("Ukraine demanded Russia's full withdrawal from Crimea.", ("ukraine", "russia")),
    ("Mali has asked for the withdrawal of the UN force.", ("mali", "minusma")),
    ("Washington said Pyongyang's military deployment in Russia must end.", ("united-states", "north-korea")),
    # deeds: expulsion, a vote to oust, a pact ended, a withdrawal at someone's request, a passive
    ("Niger's junta began working with Moscow after expelling French troops from the country.", ("niger", "france")),
    ("Iraq's parliament voted on Sunday to oust US troops based in the country.", ("iraq", "united-states")),
    ("Mali ended the defence treaty that allowed French troops to operate in the country.", ("mali", "france")),
    ("Chad said it had ended its defence cooperation pact with France.", ("chad", "france")),
    ("French troops left Niger in December at the request of the junta in Niamey.", ("niger", "france")),
    ("The Wagner fighters withdrew from Libya at Tripoli's request.", ("libya", "wagner-group")),
    ("The UN mission was asked to leave by Mali in June.", ("mali", "minusma")),
]


@pytest.mark.parametrize(("text", "pair"), REQUESTS)
def test_a_withdrawal_request_in_any_shape(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, "REQUESTED_WITHDRAWAL")


NOT_REQUESTS = [
    "The junta announced it would end the military agreements with France.",  # planned
    "Moscow expelled two French diplomats last week.",  # diplomats are not forces
    "Mali said French troops will leave the country by August.",  # a forecast, not an obligation
    "Chad ended its trade agreement with France.",  # not a defence pact
]


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_what_is_no_withdrawal_request(text: str) -> None:
    assert not facts(text, "REQUESTED_WITHDRAWAL")


@pytest.mark.parametrize(
    "refusal",
    [
        "Russia rejected the calls to withdraw from Transnistria.",
        "Russia is not leaving, the Kremlin said.",
        "Russia has stayed in the region despite the repeated demands.",
    ],
)
def test_a_refusal_answers_the_request_before_it(refusal: str) -> None:
    text = f"Moldova asked Russia to withdraw its troops. {refusal}"
    assert ("russia", "moldova") in facts(text, "REFUSED_WITHDRAWAL")


# Asked to do anything but leave: a demand (leaving is a withdrawal request)
DEMANDS = [
    ("The Kremlin called on Yerevan to clarify its position.", ("russia", "armenia")),
    ("The European Union urged Belgrade to normalise relations with Pristina.", ("european-union", "serbia")),
    ("Washington has pressed Ankara repeatedly to drop the planned offensive.", ("united-states", "turkey")),
    ("The Security Council called upon Eritrea to release the prisoners.", ("un-security-council", "eritrea")),
]


@pytest.mark.parametrize(("text", "pair"), DEMANDS)
def test_asking_someone_to_act_is_a_demand(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, "DEMANDED")


def test_asking_someone_to_leave_is_a_withdrawal_request_not_a_demand() -> None:
    text = "Chisinau urged Moscow to withdraw its troops from Transnistria."
    assert ("moldova", "russia") in facts(text, "REQUESTED_WITHDRAWAL")
    assert not facts(text, "DEMANDED")
    assert not facts("Vilnius did not call on Minsk to close the border.", "DEMANDED")


def test_a_demand_of_someone() -> None:
    assert ("spain", "morocco") in facts("Spain demanded guarantees from Morocco.", "DEMANDED")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Washington pressed Chad to expel the Russian instructors.", "REQUESTED_WITHDRAWAL"),
        ("Chad wants to expel the UN mission.", "REQUESTED_WITHDRAWAL"),
        ("Kyiv urged the assembly to condemn Russia.", "CONDEMNED"),
    ],
)
def test_a_speech_act_in_an_infinitive_is_not_made(text: str, predicate: str) -> None:
    assert facts(text, predicate) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chad's parliament voted on Sunday to oust the French troops.", ("chad", "france")),
        ("The junta in Chad decided to expel the French soldiers.", ("chad", "france")),
    ],
)
def test_a_speech_act_decided_is_made(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, "REQUESTED_WITHDRAWAL")
