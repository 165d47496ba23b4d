"""A withdrawal asked for by what is to happen to the forces' bases ("asked X to close its bases") or where the
forces are to go ("urged X to move its marines off the island"); the place left is not the owner named by "its".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text

REQUESTED = [
    ("Gabon asked France to close its military bases.", ("gabon", "france", "gabon")),
    ("Niger asked the United States to hand over the drone base near Agadez.", ("niger", "united-states", "niger")),
    ("Syria's new rulers asked Russia to vacate its naval base at Tartus.", ("syria", "russia", "syria")),
    ("Chad urged France to move its soldiers out of the country.", ("chad", "france", "chad")),
]


def requests(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (r.subject_id, r.object_id, r.qualifiers.get("territory"))
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == "REQUESTED_WITHDRAWAL" and r.polarity == "affirmed" and r.modality == "asserted"
    }


@pytest.mark.parametrize(("text", "asked"), REQUESTED)
def test_a_withdrawal_asked_for_by_its_bases_or_its_forces_moving_away(text: str, asked: tuple[str, str, str]) -> None:
    assert asked in requests(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gabon asked France to close its embassy.",  # an embassy is no base
        "Lawmakers urged the government to close the border with Mali.",
        "France will close its last base in Senegal next month.",  # no one asked
        "Kyiv ordered its army to move the troops out of the encircled town.",  # its own forces
    ],
)
def test_no_request_for_other_closures_or_for_ones_own_forces(text: str) -> None:
    assert not requests(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gabon asked France to withdraw its ambassador.",  # an envoy, not forces
        "Niger told Paris to withdraw its envoy within 48 hours.",
        "Kyiv urged Moscow to remove the mines from the port.",
        "Ukraine called on Russia to withdraw its recognition of the two regions.",
        "Baku demanded that Yerevan remove the territorial claims from its constitution.",
        "Mogadishu asked Addis Ababa to withdraw its objections to the African Union mission.",
    ],
)
def test_removing_what_is_not_forces_is_no_withdrawal(text: str) -> None:
    assert not requests(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chisinau asked Russia to remove its roughly 1,500 soldiers.",
        "Chad asked Paris to withdraw immediately.",
        "Niger ordered France to withdraw from the country.",
        "Mali told the UN mission to withdraw this year.",
        "Kyiv urged Moscow to withdraw its tanks and artillery from the Donbas.",
        "Tbilisi asked Moscow to withdraw its advisers from South Ossetia.",
        "Yerevan asked Moscow to withdraw its border guards from the airport.",
        "Chisinau asked Moscow to withdraw some of its soldiers from Transnistria.",
    ],
)
def test_removing_forces_or_withdrawing_is_a_withdrawal(text: str) -> None:
    assert requests(text)
