"""DEPLOYED_IN said in its many ways, and the deployments a text only reports, supposes, quotes or opposes, which
are no facts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts, relations

STATED = [
    # forces said to be where they are, with an adverb
    ("Belgian troops are already stationed in Benin.", ("belgium", "benin")),
    ("Egyptian forces are currently positioned in Somalia.", ("egypt", "somalia")),
    ("Two NATO battle groups were stationed in Romania and Bulgaria in 2019.", ("nato", "romania")),
    ("Two NATO battle groups were stationed in Romania and Bulgaria in 2019.", ("nato", "bulgaria")),
    # what forces do there
    ("The Spanish army is engaged in Mauritania and Senegal.", ("spain", "senegal")),
    ("Turkish soldiers serving in Qatar took part in the parade.", ("turkey", "qatar")),
    ("Russian forces operating in Syria shot down a drone.", ("russia", "syria")),
    # forces that came
    ("Turkish forces have arrived in Libya.", ("turkey", "libya")),
    ("Pakistani soldiers landed in Saudi Arabia last week.", ("pakistan", "saudi-arabia")),
    ("Hundreds of Rwandan troops were flown to Mozambique in July.", ("rwanda", "mozambique")),
    ("A Russian contingent of 1,500 soldiers was deployed in Nagorno-Karabakh.", ("russia", "nagorno-karabakh")),
    ("Ankara dispatched two battalions to Qatar.", ("turkey", "qatar")),
    # how many it has there
    ("Germany already has a total of 1,200 soldiers in Lithuania.", ("germany", "lithuania")),
    ("France has bases and prepositioned forces in Senegal and Gabon.", ("france", "gabon")),
    ("Britain keeps thousands of troops in Cyprus.", ("united-kingdom", "cyprus")),
    # a base it has or operates there, with its kind and size
    ("Italy keeps a small air base in Djibouti.", ("italy", "djibouti")),
    ("Turkey keeps a large overseas base in Qatar.", ("turkey", "qatar")),
    # at a site in the place, or acting from sites there
    ("About 800 Dutch soldiers are based at Rukla in Lithuania.", ("netherlands", "lithuania")),
    ("Spanish troops are stationed at a camp in Latvia.", ("spain", "latvia")),
    ("Turkish forces operate from several bases in northern Iraq.", ("turkey", "iraq")),
    ("Russian units operate out of an airfield in Libya.", ("russia", "libya")),
    # forces named by where they are, whatever the verb that governs them plans
    (
        "The government plans to withdraw 2,000 of the 20,000 US soldiers stationed in South Korea.",
        ("united-states", "south-korea"),
    ),  # fmt: skip
    ("Washington may move some of the US marines based in Okinawa.", ("united-states", "okinawa")),
    # presence and deployment named by their owner
    ("Israel's presence in southern Lebanon drew criticism.", ("israel", "southern-lebanon")),
    ("Iran's military deployment to Syria must end, the envoy said.", ("iran", "syria")),
    ("The UAE's military presence in most of Yemen will shrink.", ("united-arab-emirates", "yemen")),
    # forces that train in a place: drills and exercises held there, by units named with their branch or number
    ("A Dutch infantry battalion took part in drills at a range in Lithuania.", ("netherlands", "lithuania")),
    ("The Spanish 4th Regiment took part in exercises in Latvia.", ("spain", "latvia")),
    ("Kazakh troops held joint drills in Kyrgyzstan in May.", ("kazakhstan", "kyrgyzstan")),
    (
        "Observers criticised the manoeuvres that Armenian forces conducted in Karabakh.",
        ("armenia", "nagorno-karabakh"),
    ),
    # forces owned by a pronoun with their number ("whose 1,000 soldiers"), and forces that would stay where they are
    ("Belgium, whose 1,200 soldiers are based in Benin, said nothing.", ("belgium", "benin")),
    ("Portugal said its troops in Angola would stay.", ("portugal", "angola")),
    ("The Egyptian soldiers in Sudan would remain until March, Cairo said.", ("egypt", "sudan")),
    # a doubt or an absence of evidence about something else
    ("There is no doubt Russian soldiers are in Belarus.", ("russia", "belarus")),
    ("There is no evidence of fighting, but Turkish troops are in Libya.", ("turkey", "libya")),
    ("There were no reports of casualties, and Egyptian troops are in Sudan.", ("egypt", "sudan")),
    ("There are clear signs that Chinese troops are stationed in Cambodia.", ("china", "cambodia")),
]


@pytest.mark.parametrize(("text", "fact"), STATED)
def test_a_deployment_stated_is_a_fact(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


NOT_STATED = [
    # planned, proposed, offered, conditional
    ("Germany plans to send troops to Lithuania next year.", ("germany", "lithuania")),
    ("France is considering deploying soldiers to Romania.", ("france", "romania")),
    ("Turkey offered to send peacekeepers to Gaza.", ("turkey", "gaza-strip")),
    ("Britain would deploy troops to Ukraine after a ceasefire.", ("united-kingdom", "ukraine")),
    ("Poland is ready to send troops to Ukraine.", ("poland", "ukraine")),
    ("If Russia attacks, NATO will deploy troops to Estonia.", ("nato", "estonia")),
    ("Kenya pledged to deploy 1,000 police officers to Haiti.", ("kenya", "haiti")),
    # denied, or none there
    ("Moscow denied having troops in Ukraine.", ("russia", "ukraine")),
    ("There are no Russian troops in Venezuela, the Kremlin said.", ("russia", "venezuela")),
    ("It is not true that Turkish soldiers are in Azerbaijan.", ("turkey", "azerbaijan")),
    ("Cambodia denied that China has a base in the country.", ("china", "cambodia")),
    # rumoured, false, only shown in a video
    ("A video purporting to show French soldiers in Ukraine was fake.", ("france", "ukraine")),
    ("The footage, which claims to show Polish soldiers in Ukraine, was filmed in 2019.", ("poland", "ukraine")),
    ("A false claim said German soldiers were in Ukraine.", ("germany", "ukraine")),
    ("Russian state media falsely reported that Polish troops were deployed in Belarus.", ("poland", "belarus")),
    (
        "Pro-Kremlin channels spread a story that American soldiers were stationed in Armenia.",
        ("united-states", "armenia"),
    ),  # fmt: skip
    ("Misleading posts say Nigerian troops are stationed in France.", ("nigeria", "france")),
    ("A post claims Ukrainian troops are in Moldova.", ("ukraine", "moldova")),
    ("No evidence shows that Iranian troops are in Venezuela.", ("iran", "venezuela")),
    ("There is no evidence Egypt is sending troops to Sudan.", ("egypt", "sudan")),
    ("Analysts see no sign Iran keeps soldiers in Bolivia.", ("iran", "bolivia")),
    ("There is nothing to suggest that Cuba deployed forces to Syria.", ("cuba", "syria")),
    ("The inquiry found nothing that shows Serbian units entered Kosovo.", ("serbia", "kosovo")),
    ("Nothing indicates that the US keeps a base in Niger.", ("united-states", "niger")),
    ("We could find no reliable media reports indicating that Iran has sent troops to Bolivia.", ("iran", "bolivia")),
    ("Editors saw no credible press reports suggesting Cuba keeps forces in Syria.", ("cuba", "syria")),
    ("Lukashenko allegedly said Russian troops were in Belarus.", ("russia", "belarus")),
    ("The speech spread the narrative of Spanish troops in Morocco.", ("spain", "morocco")),
    ("There were many reports, never confirmed, about Wagner deployments in Sudan.", ("wagner-group", "sudan")),
    # supposed: what the clause says of the forces makes them hypothetical
    ("Western troops in Ukraine would become legitimate targets, Moscow warned.", ("nato", "ukraine")),
    ("Any French troops in Ukraine would be targets.", ("france", "ukraine")),
    ("The deployment of NATO troops in Ukraine is unacceptable, the Kremlin said.", ("nato", "ukraine")),
    ("The Kremlin warned against the deployment of NATO troops in Ukraine.", ("nato", "ukraine")),
    ("An official said a Russian military deployment to Cuba can't be excluded.", ("russia", "cuba")),
    # refused or declined
    ("Greece refused to send troops to Libya.", ("greece", "libya")),
    ("Austria declined to deploy soldiers in Bosnia.", ("austria", "bosnia-and-herzegovina")),
    ("Romania was asked to deploy troops to Moldova but refused.", ("romania", "moldova")),
    # considered, proposed, expected, threatened
    ("Norway is considering sending troops to Estonia.", ("norway", "estonia")),
    ("Canada proposed deploying peacekeepers to Haiti.", ("canada", "haiti")),
    ("Uganda is expected to deploy troops in Burundi.", ("uganda", "burundi")),
    ("Algeria threatened to deploy forces in Libya.", ("algeria", "libya")),
    ("Should the talks fail, Ethiopia could deploy troops in Somalia.", ("ethiopia", "somalia")),
    # drills to come, denied, near or around a place, or with no place
    ("Swedish troops will take part in exercises in Estonia next year.", ("sweden", "estonia")),
    ("Belarus said Russian troops did not take part in the drills in Belarus.", ("russia", "belarus")),
    ("Chinese forces held drills around Taiwan.", ("china", "taiwan")),
    ("Finnish soldiers held drills on Monday, Norway said.", ("finland", "norway")),
    ("Cuban soldiers held drills at home, Venezuela said.", ("cuba", "venezuela")),
    ("Greek troops held drills simulating an attack on Albania.", ("greece", "albania")),
    ("Serbian troops held drills on Kosovo's border.", ("serbia", "kosovo")),
    ("Danish troops joined criticism of Swedish drills in Norway.", ("denmark", "norway")),
    ("Dutch forces have held no drills in Belgium since 1990.", ("netherlands", "belgium")),
    ("Deep Italian divisions over sending troops to Libya emerged.", ("italy", "libya")),
    ("A Chilean presence in Peru would be unacceptable.", ("chile", "peru")),
    # rumoured
    ("Rumours spread that Chinese troops were stationed in Cambodia.", ("china", "cambodia")),
    ("Reports claimed that Cuban soldiers were fighting in Syria.", ("cuba", "syria")),
    # past and ended
    ("Danish soldiers had been stationed in Latvia until 2019.", ("denmark", "latvia")),
    ("Egyptian forces were stationed in Yemen until they withdrew in 1967.", ("egypt", "yemen")),
    ("Germany had troops in Afghanistan for twenty years before it withdrew them.", ("germany", "afghanistan")),
    ("Chad ended its deployment in Niger last month.", ("chad", "niger")),
    ("Portugal no longer has forces in Angola.", ("portugal", "angola")),
    ("Belgium withdrew its last troops from Benin in March.", ("belgium", "benin")),
    # the one fought or helped is not the place
    ("North Korean troops have been deployed to fight against Ukraine.", ("north-korea", "ukraine")),
    ("The US sends marines to remote islands to help Taiwan.", ("united-states", "taiwan")),
    # what they did at a site named by what it is for
    ("French troops were deployed at the request of Mali in 2013.", ("france", "mali")),
    ("Turkish forces operate from bases near the border with Iraq.", ("turkey", "iraq")),
    ("Iran operates proxy forces in Iraq.", ("iran", "iraq")),  # forces it runs, not its own
    # a line the article quotes
    ("The post stated:\n\nThousands of Canadian troops landed in Greenland", ("canada", "greenland")),
]


@pytest.mark.parametrize(("text", "fact"), NOT_STATED)
def test_a_deployment_planned_denied_reported_or_supposed_is_no_fact(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) not in facts(text)


def test_a_deployment_not_stated_is_still_recorded_with_its_modality() -> None:
    found = relations("A video purporting to show French soldiers in Ukraine was fake.")
    assert ("DEPLOYED_IN", "france", "ukraine", "affirmed", "hypothetical") in found


def test_a_presence_that_names_no_place_after_it_places_no_one() -> None:
    text = "Dutch forces arrived in Lithuania to bolster NATO's forward presence after Russia's invasion."
    assert ("DEPLOYED_IN", "nato", "russia") not in facts(text)
    assert ("DEPLOYED_IN", "netherlands", "lithuania") in facts(text)


def test_a_deployment_that_holds_until_a_later_date_is_still_a_fact() -> None:
    assert ("DEPLOYED_IN", "denmark", "latvia") in facts("Danish soldiers are stationed in Latvia until 2030.")


def test_what_a_spokesman_for_the_forces_says_does_not_make_them_supposed() -> None:
    text = "A spokesman for Spanish troops in Lebanon said talks would resume."
    assert ("DEPLOYED_IN", "spain", "lebanon") in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Moldova wants the withdrawal of Russian troops from Transnistria.", ("russia", "transnistria")),
        ("Georgia demands that Russia withdraw its troops from Abkhazia.", ("russia", "abkhazia")),
        ("Iraq voted to expel American troops from Iraq.", ("united-states", "iraq")),
        ("Georgia urged Russia to end its military presence in Abkhazia.", ("russia", "abkhazia")),
    ],
)
def test_asking_for_forces_to_leave_a_place_says_they_are_there(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


def test_asking_to_leave_a_treaty_places_no_forces() -> None:
    found = facts("Georgia demands that Russia withdraw from the treaty.")
    assert ("DEMANDED", "georgia", "russia") in found
    assert not {f for f in found if f[0] == "DEPLOYED_IN"}


def test_a_spokesman_asking_forces_back_does_not_place_them_in_his_own_country() -> None:
    found = facts("A White House spokesman asked Serbia to pull its troops back from the border.")
    assert ("REQUESTED_WITHDRAWAL", "united-states", "serbia") in found
    assert ("DEPLOYED_IN", "serbia", "united-states") not in found


def test_a_contested_part_is_named_by_a_whole_word_not_inside_another_name() -> None:
    # "DPR" (a Donetsk alias) is inside "DPRK": the troops asked out are placed in Ukraine, not Donetsk.
    found = facts("Ukraine has asked Russia to withdraw its 2,000 troops, while envoys of the DPRK looked on.")
    assert ("DEPLOYED_IN", "russia", "ukraine") in found
    assert ("DEPLOYED_IN", "russia", "donetsk-peoples-republic") not in found


def test_a_body_sentence_gives_the_figure_over_a_headline() -> None:
    # A headline rounds ("nearly 600"); the body's exact count is the fact's, whichever comes first.
    doc = read_text("t", "Norway sends nearly 600 soldiers to Latvia\n\nNorway has deployed 587 soldiers to Latvia.\n")
    (deployment,) = [r for r in extract_document(doc).relations if r.predicate == "DEPLOYED_IN"]
    assert deployment.qualifiers["troops"] == 587
    assert len(deployment.evidence) == 2


def test_the_first_of_two_body_sentences_keeps_its_figure() -> None:
    text = "Norway has deployed 587 soldiers to Latvia.\n\nLater, Norway has deployed 600 soldiers to Latvia, it said."
    (deployment,) = [r for r in extract_document(read_text("t", text)).relations if r.predicate == "DEPLOYED_IN"]
    assert deployment.qualifiers["troops"] == 587


@pytest.mark.parametrize(
    "text",
    [
        "Norway has deployed 587 soldiers and 40 vehicles to Latvia.",
        "Norway has deployed 587 soldiers by air to Latvia.",
        "Norway deployed 587 soldiers and 40 armoured vehicles aboard two cargo planes to Latvia.",
        "Norway has deployed 587 soldiers, along with 12 tanks, to Latvia.",
    ],
)
def test_a_deployment_names_its_place_after_what_else_is_sent_and_how(text: str) -> None:
    (deployment,) = [r for r in extract_document(read_text("t", text)).relations if r.predicate == "DEPLOYED_IN"]
    assert (deployment.subject_id, deployment.object_id, deployment.qualifiers.get("troops")) == (
        "norway",
        "latvia",
        587,
    )
