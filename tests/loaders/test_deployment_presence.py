"""Presence of forces said with a noun, from the host's side, by contributions to a mission, and occupation in its
other shapes; and the presence that a text does not assert. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts

DEPLOYED = [
    # presence said with a noun: garrison, base, contingent, presence, troops on the ground
    ("The Russian garrison in Armenia has about 3,000 soldiers.", ("russia", "armenia")),
    ("The Turkish base in Qatar is growing.", ("turkey", "qatar")),
    ("Spain has troops on the ground in Latvia.", ("spain", "latvia")),
    ("Brazilian troops on the ground in Haiti faced gangs.", ("brazil", "haiti")),
    ("The US military has a presence in Syria.", ("united-states", "syria")),
    ("Russia maintains a small military presence in Libya.", ("russia", "libya")),
    # police, gendarmes, instructors and trainers are forces too
    ("Kenyan police officers are deployed in Haiti.", ("kenya", "haiti")),
    ("Rwanda's police officers in Mozambique guard the port.", ("rwanda", "mozambique")),
    ("French gendarmes in Chad guard the embassy.", ("france", "chad")),
    ("Russian military instructors are stationed in Niger.", ("russia", "niger")),
    ("British trainers are based in Kenya.", ("united-kingdom", "kenya")),
    # contributions to a mission, arrivals
    ("Guatemala, El Salvador and Jamaica have sent officers to Haiti.", ("el-salvador", "haiti")),
    ("Jamaica contributed 200 soldiers to the mission in Haiti.", ("jamaica", "haiti")),
    ("Turkey provided 500 soldiers to the mission in Somalia.", ("turkey", "somalia")),
    ("Officers from Guatemala and Belize arrived in Haiti last week.", ("belize", "haiti")),
    ("The first 100 soldiers from Chad landed in Mali.", ("chad", "mali")),
    ("Kenya said on Monday that 200 more police officers have arrived in Haiti.", ("kenya", "haiti")),
    ("The US division arrived quietly in Poland.", ("united-states", "poland")),
    ("British troops returned to Estonia in the spring.", ("united-kingdom", "estonia")),
    ("Russian forces moved into Kazakhstan on Thursday.", ("russia", "kazakhstan")),
    ("North Korean soldiers fought in Kursk.", ("north-korea", "kursk-oblast")),
    # casualties and patrols say where forces are
    ("Two Belgian soldiers were killed in Mali on Sunday.", ("belgium", "mali")),
    ("Russian troops have patrolled the border of Georgia since 2008.", ("russia", "georgia")),
    # where forces are, in more words
    ("Russian peacekeepers have been present on the territory of Karabakh for years.", ("russia", "nagorno-karabakh")),
    ("American forces are deployed across Iraq and Syria.", ("united-states", "syria")),
    ("Turkish soldiers, who are stationed in Cyprus, patrol the line.", ("turkey", "cyprus")),
    ("American troops are deployed on Polish territory.", ("united-states", "poland")),
    ("Turkey bases 30,000 soldiers in Cyprus.", ("turkey", "cyprus")),
    ("Syria, where Russia has 4,000 troops, is at war.", ("russia", "syria")),
    ("Japan, where 55,000 US troops are based, is an ally.", ("united-states", "japan")),
    # "the troops" opening a sentence: the forces named last before
    ("Chadian and Nigerien troops joined the operation. The troops are in Mali to guard the roads.", ("niger", "mali")),
    (
        "The withdrawal of the CSTO troops will begin soon. The troops arrived in Kazakhstan in January.",
        ("csto", "kazakhstan"),
    ),
    # the host's side
    ("Djibouti hosts 1,500 French troops.", ("france", "djibouti")),
    ("Niger received Russian military instructors this week.", ("russia", "niger")),
    ("Poland has long hosted American soldiers.", ("united-states", "poland")),
    ("Qatar, which hosts US troops, is a mediator.", ("united-states", "qatar")),
    ("Okinawa is home to most of the US marines in Japan.", ("united-states", "okinawa")),
    # a withdrawal to come or under way: the forces are still there
    ("The withdrawal of the CSTO troops from Kazakhstan is to begin on Friday.", ("csto", "kazakhstan")),
    ("The withdrawal of French soldiers from Chad will be gradual.", ("france", "chad")),
    ("France's withdrawal from Niger is under way.", ("france", "niger")),
]


@pytest.mark.parametrize(("text", "fact"), DEPLOYED)
def test_a_presence_stated_is_a_deployment(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


OCCUPIED = [
    ("The occupation of Crimea by Russia began in 2014.", ("russia", "crimea")),
    ("Crimea, which Russia has occupied since 2014, is a peninsula.", ("russia", "crimea")),
    ("Crimea has been under Russian control since 2014.", ("russia", "crimea")),
    ("Northern Cyprus, under Turkish control since 1974, is small.", ("turkey", "northern-cyprus")),
    ("Russian-controlled Crimea is quiet.", ("russia", "crimea")),
    ("Turkish troops have held the north of Cyprus since 1974.", ("turkey", "cyprus")),
    ("Israeli forces seized the Golan Heights in 1967.", ("israel", "golan-heights")),
    ("Russia occupies 20 percent of Georgian territory.", ("russia", "georgia")),
]


@pytest.mark.parametrize(("text", "fact"), OCCUPIED)
def test_an_occupation_in_its_other_shapes(text: str, fact: tuple[str, str]) -> None:
    assert ("OCCUPIES", *fact) in facts(text)


def test_an_annexation_in_a_relative_clause_is_an_occupation_too() -> None:
    found = facts("Crimea, which Russia annexed in 2014, is a peninsula.")
    assert {("ANNEXED", "russia", "crimea"), ("OCCUPIES", "russia", "crimea")} <= found


NOT_DEPLOYED = [
    # a withdrawal completed, an offer, a denial, a border that is not the place
    ("The withdrawal of US forces from Iraq began in 2011 and ended in December 2011.", ("united-states", "iraq")),
    ("The withdrawal of Soviet troops from Afghanistan was completed in 1989.", ("soviet-union", "afghanistan")),
    ("Poland offered to host more US troops.", ("united-states", "poland")),
    ("Poland does not host American troops.", ("united-states", "poland")),
    ("NATO troops are deployed along the Russian border.", ("nato", "russia")),
    ("China has an economic presence in Zambia.", ("china", "zambia")),
    ("Kenya pledged to send 1,000 police officers to Haiti.", ("kenya", "haiti")),
    ("Russia sent troops. Ukraine said the soldiers have arrived in Belarus.", ("ukraine", "belarus")),
    ("Russia said the troops control the airport of Armenia.", ("russia", "armenia")),
    ("Russian forces no longer control the airport in Armenia.", ("russia", "armenia")),
]


@pytest.mark.parametrize(("text", "fact"), NOT_DEPLOYED)
def test_no_presence_asserted(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) not in facts(text)
    assert ("OCCUPIES", *fact) not in facts(text)
