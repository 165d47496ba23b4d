"""A presence of forces that the text does not assert: denied, disputed, only reported, planned or supposed, or
ended; and a presence that it does assert in the same words. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_precision import facts

NOT_ASSERTED = [
    # denied, in the sentence or by the next one
    ("Moscow denied its troops were in eastern Ukraine.", ("russia", "ukraine")),
    ("There are no Chinese soldiers in Cuba, the Chinese defence ministry said on Tuesday.", ("china", "cuba")),
    ("Officials in Ankara dismissed reports that Turkish troops were stationed in Qatar.", ("turkey", "qatar")),
    ("The alleged presence of Iranian troops in Armenia was denied by Yerevan.", ("iran", "armenia")),
    ("Seoul says North Korean soldiers are fighting in Russia's Kursk region, which Moscow has denied.",
     ("north-korea", "kursk-oblast")),
    ("Ukraine says Russian troops are in Transnistria, but Moscow denies it.", ("russia", "transnistria")),
    ("Kyiv said 10,000 North Korean soldiers had arrived in Russia, which could not be independently verified.",
     ("north-korea", "russia")),
    ("Ukrainian intelligence says North Korean soldiers have arrived in Russia, a claim Pyongyang denies.",
     ("north-korea", "russia")),
    ("Seoul's spy agency said North Korea had sent 1,500 special forces to Russia. Moscow and Pyongyang have "
     "denied the reports.", ("north-korea", "russia")),
    ("Ukraine's military said North Korean troops were deployed in Kursk. Reuters could not independently verify "
     "the report.", ("north-korea", "kursk-oblast")),
    # reported, rumoured, shown in a fake
    ("A video falsely showing Polish troops in Ukraine went viral.", ("poland", "ukraine")),
    ("Russia pulled its troops out of Syria's Hmeimim base earlier this year, according to unconfirmed reports.",
     ("russia", "syria")),
    # planned, offered, supposed
    ("Russia has proposed deploying peacekeepers to Karabakh.", ("russia", "nagorno-karabakh")),
    ("A Russian deployment to Serbia is unlikely, analysts say.", ("russia", "serbia")),
    # ended: before the place ("Until 2019,", "former", "used to") or after it ("left the region", "ended")
    ("Until 2019, Dutch soldiers were stationed in Mali.", ("netherlands", "mali")),
    ("Before 2014, Ukrainian troops were based in Crimea.", ("ukraine", "crimea")),
    ("France used to have troops in Niger.", ("france", "niger")),
    ("The former French base in Chad was handed over to the army in January.", ("france", "chad")),
    ("The last Russian troops stationed in Karabakh left the region on Friday.", ("russia", "nagorno-karabakh")),
    ("Russian peacekeepers, who had been deployed in Nagorno-Karabakh since 2020, completed their withdrawal in "
     "June.", ("russia", "nagorno-karabakh")),
    ("Russian troops entered Kazakhstan in January and left a week later.", ("russia", "kazakhstan")),
    ("The CSTO deployment in Kazakhstan officially ended on January 19.", ("csto", "kazakhstan")),
    ("The Russian base in Syria's Tartus was evacuated in December.", ("russia", "syria")),
    # negated with a straight apostrophe, or by a failure
    ("Russia didn't send troops to Armenia during the 2022 clashes.", ("russia", "armenia")),
    ("Pashinyan complained that the CSTO had failed to send forces to Armenia.", ("csto", "armenia")),
    # a border with a state is not in it; a war named by its place is not where the forces are
    ("Belarus said it had moved troops to its border with Ukraine.", ("belarus", "ukraine")),
    ("North Korean troops have been deployed to the war in Ukraine.", ("north-korea", "ukraine")),
    ("Thousands of Syrian fighters were sent to the fighting against Ukraine.", ("syria", "ukraine")),
    ("North Korean troops deployed in the Ukraine war suffered heavy losses.", ("north-korea", "ukraine")),
    ("Pyongyang sent soldiers to the Ukraine conflict.", ("north-korea", "ukraine")),
    ("North Korean troops deployed to fight Ukraine have been spotted in Kursk.", ("north-korea", "ukraine")),
    ("Ukrainian troops in Kursk were pushed out in March.", ("ukraine", "kursk-oblast")),
    # "from" a place the forces crossed from, or forces already named by their owner
    ("Russian troops from Belarus crossed into Ukraine in February 2022.", ("belarus", "ukraine")),
    ("Troops from Belarus entered northern Ukraine on the first day of the war.", ("belarus", "ukraine")),
]  # fmt: skip


def test_soldiers_captured_by_a_state_do_not_hold_it() -> None:
    assert ("OCCUPIES", "north-korea", "ukraine") not in facts(
        "North Korean soldiers captured by Ukraine were questioned in Kyiv."
    )


@pytest.mark.parametrize(("text", "fact"), NOT_ASSERTED)
def test_a_presence_not_asserted(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) not in facts(text)


ASSERTED = [
    # the same words, with nothing that denies, disputes or ends the presence
    ("Seoul says North Korean soldiers are fighting in Russia's Kursk region.", ("north-korea", "kursk-oblast")),
    ("Since 2019, Dutch soldiers have been stationed in Mali.", ("netherlands", "mali")),
    ("The French base in Chad was expanded in January.", ("france", "chad")),
    ("Russian troops in Syria withdrew from Kobani to Qamishli.", ("russia", "syria")),
    ("Moldova says the 1,500 Russian troops in Transnistria must leave.", ("russia", "transnistria")),
    ("Kenya said 200 police officers have arrived in Haiti. The gangs denied nothing.", ("kenya", "haiti")),
    ("Russia has troops in Tajikistan, the ministry said. It denied that the base would close.",
     ("russia", "tajikistan")),
    ("Soldiers from Chad and Niger arrived in Mali in May.", ("niger", "mali")),
    ("North Korean troops were sent to Russia's war in Ukraine.", ("north-korea", "russia")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_a_presence_asserted(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)
