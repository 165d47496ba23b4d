"""A title with words that say how its post is held now ("the elected president", "Chad's newly appointed foreign
minister"): still the person's post. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions


@pytest.mark.parametrize(
    "text",
    [
        "Ali Bako, the elected president of Niger, was detained.",
        "Ali Bako, Niger's democratically elected president, was detained.",
        "Ali Bako, the newly appointed defence minister of Niger, toured the camp.",
        "Ali Bako, Niger's long-serving foreign minister, resigned.",
    ],
)
def test_a_post_held_now_with_words_on_how_it_is_held(text: str) -> None:
    assert ("ali-bako", "niger") in positions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ali Bako, the former elected president of Niger, was freed.",
        "Ali Bako, the ousted president of Niger, was freed.",
    ],
)
def test_a_post_held_no_more_is_none(text: str) -> None:
    assert ("ali-bako", "niger") not in positions(text)
