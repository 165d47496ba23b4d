"""A state said to go on ("will continue to keep troops in X") holds now, whatever the modal before it."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def statuses(text: str, predicate: str) -> set[tuple[str, str, str, str]]:
    return {
        (r.subject_id, r.object_id, r.polarity, r.modality)
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == predicate
    }


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("The minister said Ankara would continue to base troops in Cyprus.", "DEPLOYED_IN", ("turkey", "cyprus")),
        ("Russia will continue to keep soldiers in Transnistria.", "DEPLOYED_IN", ("russia", "transnistria")),
        ("Germany may continue to station a brigade in Lithuania.", "DEPLOYED_IN", ("germany", "lithuania")),
        ("Israel will continue to occupy the Golan Heights.", "OCCUPIES", ("israel", "golan-heights")),
    ],
)
def test_a_state_that_goes_on_holds_now(text: str, predicate: str, expected: tuple[str, str]) -> None:
    assert (*expected, "affirmed", "asserted") in statuses(text, predicate)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will not continue to keep soldiers in Transnistria.", ("negated", "planned")),
        ("If Moldova agrees, Russia would continue to keep soldiers in Transnistria.", ("affirmed", "conditional")),
        ("Russia will keep soldiers in Transnistria from next year.", ("affirmed", "planned")),
    ],
)
def test_what_does_not_go_on_keeps_its_modality(text: str, expected: tuple[str, str]) -> None:
    assert statuses(text, "DEPLOYED_IN") == {("russia", "transnistria", *expected)}


@pytest.mark.parametrize(
    "text",
    [
        "Washington may continue to keep soldiers in Iraq if Baghdad asks.",  # a condition
        "Ankara would continue to send soldiers to Libya, officials said.",  # sending is no state held
    ],
)
def test_going_on_does_not_assert_a_condition_or_an_act(text: str) -> None:
    found = statuses(text, "DEPLOYED_IN")
    assert found and all(modality == "hypothetical" for *_, modality in found)


def test_forces_sent_before_and_still_there_are_there() -> None:
    assert statuses("Russia previously deployed soldiers to Syria and still keeps them there.", "DEPLOYED_IN") == {
        ("russia", "syria", "affirmed", "asserted")
    }
