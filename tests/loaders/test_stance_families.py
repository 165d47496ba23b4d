"""Support, threats and condemnation in their other shapes, on sentences written for these tests: backing said
with a noun, a purpose or a possessive; threats of a penalty; condemnation by other verbs and nouns, aimed at
the actor rather than at its act."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts

ASSERTED = [
    # backing with a noun, its giver after "of"
    ("The regime in Damascus survived with the support of Russia.", ("SUPPORTS", "russia", "syria")),
    ("Transnistria has the backing of Russia.", ("SUPPORTS", "russia", "transnistria")),
    ("Armenia is increasingly reliant on the support of Russia.", ("SUPPORTS", "russia", "armenia")),
    # backing declared, or thrown behind someone
    ("China voiced its support for Serbia at the meeting.", ("SUPPORTS", "china", "serbia")),
    ("Moscow offered its backing to Transnistria.", ("SUPPORTS", "russia", "transnistria")),
    ("Turkey threw its weight behind Azerbaijan during the war.", ("SUPPORTS", "turkey", "azerbaijan")),
    ("Russia sided with Armenia in the dispute.", ("SUPPORTS", "russia", "armenia")),
    ("Ankara sent drones in support of Azerbaijan.", ("SUPPORTS", "turkey", "azerbaijan")),
    # the verb, in its other forms
    ("Egypt continues to back the Libyan National Army.", ("SUPPORTS", "egypt", "libyan-national-army")),
    (
        "Turkey is supporting the Government of National Accord.",
        ("SUPPORTS", "turkey", "government-of-national-accord"),
    ),
    # a deployment whose purpose is backing
    ("North Korea sent troops to support Russia in the war.", ("SUPPORTS", "north-korea", "russia")),
    # backing someone's plan or bid backs them
    ("Italy on Monday backed a Moroccan proposal for the territory.", ("SUPPORTS", "italy", "morocco")),
    ("Spain backed Morocco's autonomy plan for the Sahara.", ("SUPPORTS", "spain", "morocco")),
    ("Pyongyang sent soldiers to support Russia's war effort.", ("SUPPORTS", "north-korea", "russia")),
    # a backer named with whom it backs
    ("Iran, the main backer of the Houthis, denied the report.", ("SUPPORTS", "iran", "houthis")),
    ("The Houthis' main patron, Iran, denied the report.", ("SUPPORTS", "iran", "houthis")),
    ("Iran, the Houthis' chief sponsor, denied the report.", ("SUPPORTS", "iran", "houthis")),
    # in a relative clause opened by "where", after words of what might be
    (
        "The talks asked how the move would change the war in Yemen, where Iran is backing the Houthis.",
        ("SUPPORTS", "iran", "houthis"),
    ),
    # threats of a penalty
    ("Ankara threatened Athens with sanctions over the drilling.", ("THREATENED", "turkey", "greece")),
    ("Washington threatened to impose new sanctions on Caracas.", ("THREATENED", "united-states", "venezuela")),
    ("Islamabad warned Kabul that its patience was running out.", ("THREATENED", "pakistan", "afghanistan")),
    ("Russia's repeated threats against Moldova alarmed its neighbours.", ("THREATENED", "russia", "moldova")),
    (
        "Moscow said British troops in Ukraine would be a legitimate target.",
        ("THREATENED", "russia", "united-kingdom"),
    ),
    # condemnation by other verbs and nouns, aimed at the actor
    ("Serbia denounced Kosovo's decision to ban the currency.", ("CONDEMNED", "serbia", "kosovo")),
    ("Armenia slammed Azerbaijan for the shelling.", ("CONDEMNED", "armenia", "azerbaijan")),
    ("Poland deplored Russia's actions in Ukraine.", ("CONDEMNED", "poland", "russia")),
    ("Moldova decried Russia's interference in the elections.", ("CONDEMNED", "moldova", "russia")),
    ("Egypt lambasted Ethiopia over the dam.", ("CONDEMNED", "egypt", "ethiopia")),
    ("Georgia protested Russia's move to build a base.", ("CONDEMNED", "georgia", "russia")),
    ("Algeria recalled its ambassador in protest against Spain's new policy.", ("CONDEMNED", "algeria", "spain")),
    ("Ukraine's condemnation of Russia was swift.", ("CONDEMNED", "ukraine", "russia")),
    ("Azerbaijan was denounced by Armenia for the shelling.", ("CONDEMNED", "armenia", "azerbaijan")),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTED)
def test_stance_families(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


NOT_ASSERTED = [
    # the one who condemns a threat is not its author
    ("Belarus condemned the threat of force against Lithuania.", ("THREATENED", "belarus", "lithuania")),
    # criticism is not condemnation
    ("Morocco criticised Algeria over the dispute.", ("CONDEMNED", "morocco", "algeria")),
    # a door slammed, a plan of a body named as a compound
    ("Serbia slammed the door on talks with Kosovo.", ("CONDEMNED", "serbia", "kosovo")),
    ("Algeria backed a United Nations proposal for talks.", ("SUPPORTS", "algeria", "united-nations")),
    # an ally is not backed ("Y's ally X" says nothing of who backs whom)
    ("Kazakhstan, an ally of Russia, refused to recognise the vote.", ("SUPPORTS", "russia", "kazakhstan")),
    # backing planned or denied
    ("Qatar plans to support Bahrain.", ("SUPPORTS", "qatar", "bahrain")),
    ("Egypt does not back the Libyan National Army.", ("SUPPORTS", "egypt", "libyan-national-army")),
    ("Ankara denied that it threatened Athens with sanctions.", ("THREATENED", "turkey", "greece")),
]


@pytest.mark.parametrize(("text", "unexpected"), NOT_ASSERTED)
def test_stance_families_not_asserted(text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in facts(text)
