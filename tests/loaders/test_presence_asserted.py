"""A presence of forces that the text does not assert: denied, disputed, only reported, planned or supposed, or
ended; and a presence that it does assert in the same words, or with words of those kinds that speak of something
else. Sentences written for these tests; names, figures, dates and sources are invented."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts, relations

NEGATED, HYPOTHETICAL = ("negated", "asserted"), ("affirmed", "hypothetical")

# The presence is read, but not as a fact: (text, (subject, place), (polarity, modality) of the record read)
NOT_ASSERTED = [
    # denied or disputed, in the sentence or by the next one
    ("The alleged presence of Iranian troops in Armenia was denied by Yerevan.", ("iran", "armenia"), HYPOTHETICAL),
    ("Seoul says North Korean soldiers are fighting in Russia's Kursk region, which Moscow has denied.",
     ("north-korea", "kursk-oblast"), HYPOTHETICAL),
    ("Ukraine says Russian troops are in Transnistria, but Moscow denies it.", ("russia", "transnistria"),
     HYPOTHETICAL),
    ("Ankara said 730 Iranian soldiers had arrived in Iraq, which could not be confirmed.", ("iran", "iraq"),
     HYPOTHETICAL),
    ("Ukrainian intelligence says North Korean soldiers have arrived in Russia, a claim Pyongyang denies.",
     ("north-korea", "russia"), HYPOTHETICAL),
    ("A Greek newspaper said Turkey had sent 640 soldiers to Libya. Ankara and Tripoli have denied the reports.",
     ("turkey", "libya"), HYPOTHETICAL),
    ("Chad's army said Libyan troops were deployed in Sudan. The Gazette could not verify the report.",
     ("libya", "sudan"), HYPOTHETICAL),
    ("Egypt has troops in Sudan, analysts said. Cairo has denied it.", ("egypt", "sudan"), HYPOTHETICAL),
    ("Chinese troops are in Vanuatu, according to unverified reports.", ("china", "vanuatu"), HYPOTHETICAL),
    # disputed after a semicolon, by a concessive clause, or called false
    ("Kyiv says Russian soldiers are in Belarus; Minsk denies this.", ("russia", "belarus"), HYPOTHETICAL),
    ("Seoul said Chinese troops had been sent to Myanmar, though Beijing dismissed the report.", ("china", "myanmar"),
     HYPOTHETICAL),
    ("Latvian officials say 3,000 Belarusian soldiers are in Russia, which Minsk calls a lie.",
     ("belarus", "russia"), HYPOTHETICAL),
    ("Rabat said Algerian troops were in Mali, but Algiers called the claims baseless.", ("algeria", "mali"),
     HYPOTHETICAL),
    # a presence only spoken of as possible or planned
    ("The potential stationing of Turkish forces in Qatar alarmed Riyadh.", ("turkey", "qatar"), HYPOTHETICAL),
    ("The planned deployment of Danish troops in Estonia starts next year.", ("denmark", "estonia"), HYPOTHETICAL),
    # shown in a fake; planned, offered, supposed
    ("A video falsely showing Polish troops in Ukraine went viral.", ("poland", "ukraine"), HYPOTHETICAL),
    ("Russia has proposed deploying peacekeepers to Karabakh.", ("russia", "nagorno-karabakh"), HYPOTHETICAL),
    ("A Russian deployment to Serbia is unlikely, analysts say.", ("russia", "serbia"), HYPOTHETICAL),
    # ended: before the place ("Until 2019,", "former", "used to") or right after it ("left the region", "ended")
    ("Until 2019, Dutch soldiers were stationed in Mali.", ("netherlands", "mali"), NEGATED),
    ("France used to have troops in Niger.", ("france", "niger"), NEGATED),
    ("The former French base in Chad was handed over to the army in January.", ("france", "chad"), NEGATED),
    ("The last Russian troops stationed in Karabakh left the region on Friday.", ("russia", "nagorno-karabakh"),
     NEGATED),
    ("Indian peacekeepers, who had been deployed in Lebanon since 2011, completed their withdrawal in October.",
     ("india", "lebanon"), NEGATED),
    ("Russian troops entered Kazakhstan in January and left a week later.", ("russia", "kazakhstan"), NEGATED),
    ("The CSTO deployment in Tajikistan officially ended on April 3.", ("csto", "tajikistan"), NEGATED),
    ("The Russian base in Syria's Tartus was evacuated in December.", ("russia", "syria"), NEGATED),
    ("Ukrainian troops in Kursk were pushed out in March.", ("ukraine", "kursk-oblast"), NEGATED),
    # negated with a straight apostrophe, or by a failure right before the verb
    ("Russia didn't send troops to Armenia during the 2022 clashes.", ("russia", "armenia"), NEGATED),
    ("Yerevan complained that Kazakhstan had failed to send troops to Armenia.", ("kazakhstan", "armenia"),
     ("negated", "planned")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pair", "read_as"), NOT_ASSERTED)
def test_a_presence_not_asserted(text: str, pair: tuple[str, str], read_as: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *pair, *read_as) in relations(text)
    assert ("DEPLOYED_IN", *pair) not in facts(text)


# Not where the forces are at all: a border with a state, a war named by its place, the place forces cross from.
NOT_THERE = [
    ("Belarus said it had moved troops to its border with Ukraine.", ("belarus", "ukraine")),
    ("North Korean troops have been deployed to the war in Ukraine.", ("north-korea", "ukraine")),
    ("North Korean troops deployed to fight Ukraine have been spotted in Kursk.", ("north-korea", "ukraine")),
    ("Russian troops from Belarus crossed into Ukraine in February 2022.", ("belarus", "ukraine")),
    ("Troops from Belarus entered northern Ukraine on the first day of the war.", ("belarus", "ukraine")),
]


@pytest.mark.parametrize(("text", "pair"), NOT_THERE)
def test_no_presence_where_forces_are_not(text: str, pair: tuple[str, str]) -> None:
    assert not {r for r in relations(text) if r[:3] == ("DEPLOYED_IN", *pair)}


def test_soldiers_captured_by_a_state_do_not_hold_it() -> None:
    read = relations("North Korean soldiers captured by Ukraine were questioned in Kyiv.")
    assert not {r for r in read if r[:3] == ("OCCUPIES", "north-korea", "ukraine")}


ASSERTED = [
    # the same words, with nothing that denies, disputes or ends the presence
    # an ending, a past or an objection that belongs to another clause, or is no denial
    ("Iran, which used to be a rival of Iraq, keeps troops in Syria.", ("iran", "syria")),
    ("Turkey keeps about 900 soldiers in Somalia, which Kenya rejects as a provocation.", ("turkey", "somalia")),
    ("Until 2020, Spain had troops in Mali, and it still keeps forces in Senegal.", ("spain", "senegal")),
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
    # sent to fight in a place, or deployed in a place named with a war or a border: they are there
    ("Turkey sent troops to fight in Libya.", ("turkey", "libya")),
    ("Egyptian troops were sent to fight in Yemen.", ("egypt", "yemen")),
    ("Belarusian troops are deployed in the Kursk border region.", ("belarus", "kursk-oblast")),
    ("Iranian troops were deployed in the Yemen conflict in 2017.", ("iran", "yemen")),
    # an ending, a denial or a doubt that is about something else
    ("Kenyan troops have been in Somalia since the war ended in 2029.", ("kenya", "somalia")),
    ("French troops are in Chad, but Paris denies any role in the raids.", ("france", "chad")),
    ("Russia has troops in Mali, a blogger said. Israel denied the reports of strikes on Bamako.", ("russia", "mali")),
    ("Once Turkish troops entered Syria, the border town fell.", ("turkey", "syria")),
    ("The Turkish troops in Qatar were denied access to the border.", ("turkey", "qatar")),
    ("The French base in Djibouti is likely the largest in the region.", ("france", "djibouti")),
    # another clause's denial, or a denial of something else, after a semicolon or a "but"
    ("Russia has troops in Armenia; Yerevan denies that it asked for more.", ("russia", "armenia")),
    ("Turkey keeps troops in Qatar; Riyadh rejects their presence.", ("turkey", "qatar")),
    ("Iran has soldiers in Syria, but Tehran denies that they are combat units.", ("iran", "syria")),
    ("Qatari troops are in Sudan, though Doha denied the reports of civilian deaths.", ("qatar", "sudan")),
    ("Indian troops are stationed in Bhutan, while Thimphu denies the reports of new roads.", ("india", "bhutan")),
    ("Russia keeps troops in Armenia; Yerevan denies the reports of a new base.", ("russia", "armenia")),
    ("Russia keeps 1,200 troops in Tajikistan, which Dushanbe calls a partnership.", ("russia", "tajikistan")),
    ("The stationing of Danish forces in Estonia began in 2029.", ("denmark", "estonia")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_a_presence_asserted(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


# Acts, and states ended by another's doing: words of endings, failures and denials elsewhere leave them facts.
ASSERTED_ACTS = [
    ("Belarusian forces invaded the Kursk border region in May 2031.", ("INVADED", "belarus", "kursk-oblast")),
    ("Ethiopian forces occupy Somalia after Kenyan forces were pushed out.", ("OCCUPIES", "ethiopia", "somalia")),
    ("Armenia recognised Abkhazia in 2031 after the war with Georgia ended.", ("RECOGNIZED", "armenia", "abkhazia")),
    ("Turkey invaded Syria in 2030, the report said. Ankara rejected the accusations of torture.",
     ("INVADED", "turkey", "syria")),
    ("Prior to 2031, Russia had annexed Abkhazia.", ("ANNEXED", "russia", "abkhazia")),
    ("The OSCE failed to stop the fighting and Russia annexed Abkhazia in 2033.", ("ANNEXED", "russia", "abkhazia")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), ASSERTED_ACTS)
def test_an_act_asserted(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_a_denied_report_joins_the_same_fact_only_supposed_elsewhere() -> None:
    text = (
        "Latvian troops are reportedly in Georgia.\n"
        "Estonia said Latvia had troops in Georgia. Latvia denied the reports.\n"
    )
    doc = read_text("t", text)
    doc.published = "2024-05-10"
    found = [r for r in extract_document(doc).relations if (r.subject_id, r.object_id) == ("latvia", "georgia")]
    assert [(r.modality, len(r.evidence)) for r in found] == [("hypothetical", 2)]
