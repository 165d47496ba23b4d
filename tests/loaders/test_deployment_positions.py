"""Forces placed by a line they hold in a place ("deployed along the border in X") or by the positions they hold
there ("hold positions on the X plateau"); a border "with" a state is their own side of it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


def deployments(text: str) -> set[tuple[str, str]]:
    return {(s, o) for _, s, o in facts(text, "DEPLOYED_IN")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chinese and Indian soldiers remain deployed along the contested frontier in Ladakh.", ("china", "ladakh")),
        ("Chinese troops now hold positions on the Doklam plateau.", ("china", "doklam")),
        ("Indian troops took up positions in Doklam that summer.", ("india", "doklam")),
    ],
)
def test_forces_placed_by_the_line_or_the_positions_they_hold(text: str, pair: tuple[str, str]) -> None:
    assert pair in deployments(text)


@pytest.mark.parametrize(
    "text",
    [
        "Polish soldiers are deployed along the border with Belarus.",
        "Lithuanian troops are stationed along the frontier with Russia.",
    ],
)
def test_a_border_with_a_state_is_not_that_state(text: str) -> None:
    assert not {o for _, o in deployments(text)} & {"belarus", "russia"}
