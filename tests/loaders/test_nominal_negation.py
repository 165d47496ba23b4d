"""A negation negates a noun phrase that names an act only when it stands right before it ("not with X units in",
"no", "denies its occupation of"); a verb negated before the phrase is what is negated, and the act it names
happened all the same. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kazakhstan did not condemn Russia's annexation of Crimea.", ("ANNEXED", "russia", "crimea")),
        (
            "Serbia has never recognised Kosovo's independence despite Russia's occupation of Crimea.",
            ("OCCUPIES", "russia", "crimea"),
        ),
        ("Moscow hasn't spoken of it since its annexation of Crimea in 2014.", ("ANNEXED", "russia", "crimea")),
        ("Kazakhstan has never backed the Russian invasion of Ukraine.", ("INVADED", "russia", "ukraine")),
        (
            "Few states have not criticised Israel's occupation of the Golan Heights.",
            ("OCCUPIES", "israel", "golan-heights"),
        ),
    ],
)
def test_a_negated_verb_leaves_the_act_it_names_asserted(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The exercise was held not with Belarusian units in Ukraine but on its own.",
            ("DEPLOYED_IN", "belarus", "ukraine"),
        ),
        ("There are no Russian troops in Venezuela, the Kremlin said.", ("DEPLOYED_IN", "russia", "venezuela")),
        ("Russia denies its occupation of Georgian territory.", ("OCCUPIES", "russia", "georgia")),
        ("Washington dismissed talk of a Russian deployment in Cuba.", ("DEPLOYED_IN", "russia", "cuba")),
    ],
)
def test_a_negation_right_before_the_phrase_negates_it(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts(text)
