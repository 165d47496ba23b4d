"""Triggers kept to their family: each case pairs a sentence its words must not fit with one they still fit."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts

# (a sentence the trigger must not read, the fact it must not give), then sentences the family still reads; an
# asserted fact, its object None where any will do
NOT_READ = [
    # "held" of exercises, drills, talks: no place held
    ("Belarusian soldiers held live-fire exercises in Russia last week.", ("OCCUPIES", "belarus", "russia")),
    ("American marines held joint manoeuvres with Lithuania.", ("OCCUPIES", "united-states", "lithuania")),
    ("Iranian forces held naval drills near Oman.", ("OCCUPIES", "iran", "oman")),
    ("Turkish officers held talks with Syria on Monday.", ("OCCUPIES", "turkey", "syria")),
    # warning of hardship, or against the use of force, holds out no penalty
    (
        "The EU warned that Sudan faces hunger two years after the start of the war.",
        ("THREATENED", "european-union", "sudan"),
    ),
    ("Germany warned against the use of force in Libya.", ("THREATENED", "germany", "libya")),
    # backing lost or missing is not backing; "the backing of X" is X's, not its holder's
    ("Serbia has now lost the support of Belarus.", ("SUPPORTS", "belarus", "serbia")),
    ("Armenia lost the backing of Russia during the war.", ("SUPPORTS", "russia", "armenia")),
    ("Armenia lost the backing of Russia during the war.", ("SUPPORTS", "armenia", "russia")),
    ("Kosovo went ahead without the support of Serbia.", ("SUPPORTS", "serbia", "kosovo")),
    ("Abkhazia has the backing of Russia.", ("SUPPORTS", "abkhazia", "russia")),
    # a truce called for, urged or offered to be mediated is not one made
    ("The EU called for a truce between Armenia and Azerbaijan.", ("PARTY_TO", "armenia", None)),
    ("Turkey offered to mediate a ceasefire between Russia and Ukraine.", ("PARTY_TO", "ukraine", None)),
    ("France urged a lasting ceasefire between Armenia and Azerbaijan.", ("PARTY_TO", "azerbaijan", None)),
    # blasting a place with weapons is a strike, not a condemnation
    ("Israel blasted Lebanon with rockets overnight.", ("CONDEMNED", "israel", "lebanon")),
    ("Russia blasted Ukraine's ports with drones.", ("CONDEMNED", "russia", "ukraine")),
    # a withdrawal done leaves no forces behind
    ("The withdrawal of Belgian soldiers from Mali has been completed.", ("DEPLOYED_IN", "belgium", "mali")),
    # a host receives a visit or news, not forces
    ("Kenya received a visit from Britain's army chief.", ("DEPLOYED_IN", "united-kingdom", "kenya")),
    ("Romania welcomed the news that French troops might come.", ("DEPLOYED_IN", "france", "romania")),
    # staying in talks or in a forum, after a request to leave, refuses nothing
    (
        "Georgia asked Russia to pull out its soldiers. Russia said it would remain in the negotiations.",
        ("REFUSED_WITHDRAWAL", "russia", "georgia"),
    ),
    (
        "Mali asked France to withdraw its troops. France said it would stay on the committee.",
        ("REFUSED_WITHDRAWAL", "france", "mali"),
    ),
]
READ = [
    ("Russian forces have held parts of Georgia since 2008.", ("OCCUPIES", "russia", "georgia")),
    ("Armenian troops held the south of Azerbaijan for years.", ("OCCUPIES", "armenia", "azerbaijan")),
    ("Turkish troops still hold Cyprus's north.", ("OCCUPIES", "turkey", "cyprus")),
    ("Ankara threatened Greece with force over the islands.", ("THREATENED", "turkey", "greece")),
    ("Moscow warned of a wider war with Georgia.", ("THREATENED", "russia", "georgia")),
    ("London warned of an embargo against Iran.", ("THREATENED", "united-kingdom", "iran")),
    ("Abkhazia has the backing of Russia.", ("SUPPORTS", "russia", "abkhazia")),
    ("Syria has long enjoyed the support of Iran.", ("SUPPORTS", "iran", "syria")),
    ("A truce between Armenia and Azerbaijan came into force on Monday.", ("PARTY_TO", "armenia", None)),
    ("Turkey brokered a ceasefire between Russia and Ukraine.", ("PARTY_TO", "ukraine", None)),
    ("Serbia blasted Kosovo for cooperating with NATO.", ("CONDEMNED", "serbia", "kosovo")),
    (
        "The withdrawal of the African Union (AU) soldiers from Somalia is due to start next month.",
        ("DEPLOYED_IN", "african-union", "somalia"),
    ),
    ("The withdrawal of the Belgian soldiers from Mali is to start in spring.", ("DEPLOYED_IN", "belgium", "mali")),
    ("Kenya received a few hundred British instructors.", ("DEPLOYED_IN", "united-kingdom", "kenya")),
    ("Bahrain hosts some 7,000 American troops.", ("DEPLOYED_IN", "united-states", "bahrain")),
    (
        "Georgia asked Russia to pull out its soldiers. Russia said it would remain in Abkhazia.",
        ("REFUSED_WITHDRAWAL", "russia", "georgia"),
    ),
    (
        "Mali asked France to withdraw its troops. France said it would stay in the country.",
        ("REFUSED_WITHDRAWAL", "france", "mali"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), NOT_READ)
def test_not_read(text: str, fact: tuple[str, str, str | None]) -> None:
    assert not any(_fits(fact, found) for found in facts(text))


@pytest.mark.parametrize(("text", "fact"), READ)
def test_still_read(text: str, fact: tuple[str, str, str | None]) -> None:
    assert any(_fits(fact, found) for found in facts(text))


def _fits(fact: tuple[str, str, str | None], found: tuple[str, str, str]) -> bool:
    """A fact with None for its object (an agreement, whose id is derived) fits any object."""
    return fact[:2] == found[:2] and fact[2] in (None, found[2])
