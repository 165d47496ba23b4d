"""Forces placed in the present tense of a headline ("Kenyan police arrive in Haiti"); what a time to come makes
planned ("sends troops to X next month"), not a time of what the forces are there for ("for the summit next week");
and a border named by the state beyond it, which is not that state, unless it is a state's own border "with"
another. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_continuing_states import statuses


def deployments(text: str) -> set[tuple[str, str, str]]:
    return {(s, o, modality) for s, o, polarity, modality in statuses(text, "DEPLOYED_IN") if polarity == "affirmed"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kenyan police arrive in Haiti", ("kenya", "haiti", "asserted")),
        ("Ghanaian peacekeepers land in Lebanon", ("ghana", "lebanon", "asserted")),
        ("Russia sends troops to Belarus next week.", ("russia", "belarus", "planned")),
        ("The first Russian instructors arrive in Niger next month.", ("russia", "niger", "planned")),
        ("Poland deployed troops to Lithuania for the summit next week.", ("poland", "lithuania", "asserted")),
        ("When Russian troops arrived in Belarus, Poland responded.", ("russia", "belarus", "asserted")),
        (
            "Russia deployed troops to Belarus last month and will send more next month.",
            ("russia", "belarus", "asserted"),
        ),
    ],
)
def test_tense_and_time_say_whether_the_deployment_happened(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in deployments(text)


@pytest.mark.parametrize(
    "text",
    [
        "Poland sends more troops to Belarus border",
        "Lithuania deployed soldiers to the Belarus frontier.",
        "Russia massed troops near the Ukrainian border.",
    ],
)
def test_a_border_named_by_the_state_beyond_it_is_not_that_state(text: str) -> None:
    assert not {(s, o) for s, o, _ in deployments(text)} & {
        ("poland", "belarus"),
        ("lithuania", "belarus"),
        ("russia", "ukraine"),
    }


def test_a_states_own_border_with_another_is_in_that_state() -> None:
    assert ("germany", "lithuania", "asserted") in deployments(
        "German troops deployed to Lithuania's border with Belarus."
    )
