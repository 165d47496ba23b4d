"""Coreference on sentences written for these tests: a definite description ("the country", "the bloc",
"the treaty") stands for the one entity of its type named in the same or the previous sentence."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document, read_article
from loaders.gazetteer import default_gazetteer
from loaders.reading import read_text


def links(text: str) -> dict[str, str]:
    """Each anaphor's words and the entity it stands for."""
    ctx = read_article(read_text("t", text), default_gazetteer())
    return {ctx.text[m.start : m.end]: m.entity.id for m in ctx.mentions if m.kind == "anaphor"}


def facts(text: str) -> set[tuple[str, str, str]]:
    doc = read_text("t", text)
    doc.published = "2024-05-10"
    result = extract_document(doc)
    return {
        (r.predicate, r.subject_id, r.object_id)
        for r in result.relations
        if r.polarity == "affirmed" and r.modality == "asserted"
    }


LINKED = [
    ("Hungary joined the talks in March. The country later sent 200 soldiers to Kosovo.", "The country", "hungary"),
    ("Poland hosted the summit. The country's army sent tanks to Ukraine.", "The country", "poland"),
    ("Syria hosted talks with Jordan. The kingdom later condemned Israel for the raids.", "The kingdom", "jordan"),
    ("Hungary joined the talks in March. The republic later sent 200 soldiers to Kosovo.", "The republic", "hungary"),
    ("The African Union met on Monday. The bloc condemned Sudan for the strikes.", "The bloc", "african-union"),
    ("NATO met in Brussels on Tuesday. The alliance condemned Russia for the strikes.", "The alliance", "nato"),
    ("UNIFIL patrols the border. The mission condemned Israel for the strikes.", "The mission", "unifil"),
    ("Hamas fired rockets at dawn. The group later invaded Israel.", "The group", "hamas"),
    ("Greenland held an election. Officials in Copenhagen said the island would stay calm.", "the island", "greenland"),
    (
        "Finland signed a treaty on defence cooperation with Sweden in May. Sweden later violated the treaty.",
        "the treaty",
        "agreement-treaty-on-defence-cooperation-t",
    ),
    # "warned X not to ...": X is the one addressed, not the subject of the clause after it
    (
        "Poland warned Belarus not to mass troops, saying Warsaw would act if the country let Russian jets in.",
        "the country",
        "belarus",
    ),
    # modifiers between the article and the noun
    (
        "Soldiers seized power in Niger in July. Protests spread across the West African nation.",
        "the West African nation",
        "niger",
    ),
    (
        "Fighting flared in Libya on Sunday. Cairo closed its border with the oil-rich country.",
        "the oil-rich country",
        "libya",
    ),
    ("Qatar hosted the talks. Diplomats praised the small Gulf state.", "the small Gulf state", "qatar"),
    ("Kenya backed the plan. Later the nation sent police officers to Haiti.", "the nation", "kenya"),
    ("NATO met in Brussels on Tuesday. Finland is now part of the military alliance.", "the military alliance", "nato"),
    (
        "Al-Shabaab attacked a base in Kenya. The militant group later claimed the raid.",
        "The militant group",
        "al-shabaab",
    ),
    ("Taiwan held drills on Monday. Chinese jets flew near the island nation.", "the island nation", "taiwan"),
    # the subject of the description's own clause is not what it stands for
    (
        "Rival governments in Libya met in Geneva. Turkey later sent troops to the North African country.",
        "the North African country",
        "libya",
    ),
    # troops named by their state are not the place they are in
    ("Mali asked for help in May. Russian instructors arrived in the country in June.", "the country", "mali"),
]


@pytest.mark.parametrize(("text", "words", "entity"), LINKED)
def test_description_stands_for_the_one_entity_of_its_type(text: str, words: str, entity: str) -> None:
    assert links(text).get(words) == entity


UNLINKED = [
    # two states in the window: which one is "the country" is not sure
    ("Slovakia and Hungary met in Vienna. The country later sent 200 soldiers to Kosovo.", "The country"),
    ("Hungary joined the talks in March. Slovakia's leader said the country later sent troops.", "the country"),
    # the antecedent is more than one sentence back
    ("Hungary joined the talks. Talks went on all day. Officials left. The country sent troops.", "The country"),
    # a name, not a description: "the Republic", "the group of"
    ("Hungary joined the talks in March. The Republic later sent 200 soldiers to Kosovo.", "The Republic"),
    ("Hungary joined the talks in March. The group of states later sent soldiers to Kosovo.", "The group"),
    # the kind does not fit: a ministry is no bloc, a state no kingdom
    ("Hungary joined the talks in March. The kingdom later sent 200 soldiers to Kosovo.", "The kingdom"),
    ("NATO met in Brussels on Tuesday. The group later condemned Russia.", "The group"),
    # no antecedent of the type before it
    ("The country sent 200 soldiers to Kosovo, Hungary said.", "The country"),
    # a modifier that says it is another entity, or a phrase that is not a modifier
    ("Hungary joined the talks in March. The other country later sent soldiers to Kosovo.", "The other country"),
    ("Hungary joined the talks in March. The host country later sent soldiers to Kosovo.", "The host country"),
    ("Hungary joined the talks in March. The state later sent soldiers to Kosovo.", "The state"),
    # a description set after a name that no list holds stands for that name
    ("Hamas fired rockets. It hid among the Druze, the ethnic group of the hills.", "the ethnic group"),
    # a description followed by its own name is an apposition, not an anaphor
    ("Africa Corps took over from the paramilitary group Wagner last year.", "the paramilitary group"),
    # the only state left is the subject of the description's clause: it does not stand for itself
    ("Talks went on all day. Turkey later sent troops to the North African country.", "the North African country"),
    # troops named by a state name are not the place they are in either; the host is the subject: unsure
    ("Bahrain has hosted a fleet for years. Kuwait pays for the US sailors based in the country.", "the country"),
    # "outside the country": the country of whoever is outside it
    ("Russia keeps a base in Armenia. It is the largest Russian base outside the country.", "the country"),
    # a name inside a compound is no antecedent
    ("Clashes spread on Monday. Israel-Hezbollah fighting hit the south of the country.", "the country"),
    # a description noun before its head is a modifier ("the island nations")
    ("Fiji backed the plan, as did the small island nations of the Pacific.", "the small island"),
    # the person addressed after "accused" is a rival, not the clause's subject
    (
        "Chad's envoy accused the United Arab Emirates of arming rebels, a claim the Gulf nation denied.",
        "the Gulf nation",
    ),
    # after "told X that", X is no longer its clause's subject: two states, so unsure
    ("Oman told the Yemeni government that it will end its role in the war-torn country.", "the war-torn country"),
]


@pytest.mark.parametrize(("text", "words"), UNLINKED)
def test_an_unsure_description_stays_unlinked(text: str, words: str) -> None:
    assert words not in links(text)


FACTS = [
    (
        "Hungary joined the talks in March. The country later sent 200 soldiers to Kosovo.",
        ("DEPLOYED_IN", "hungary", "kosovo"),
    ),
    (
        "The African Union met on Monday. The bloc condemned Sudan for the strikes.",
        ("CONDEMNED", "african-union", "sudan"),
    ),
    ("UNIFIL patrols the border. The mission condemned Israel for the strikes.", ("CONDEMNED", "unifil", "israel")),
    (
        "Finland signed a treaty on defence cooperation with Sweden in May. Sweden later violated the treaty.",
        ("VIOLATED", "sweden", "agreement-finland-sweden-treaty"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_a_linked_description_takes_part_in_the_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


PRONOUN_FACTS = [
    # "it" opening a sentence: the state or body that opens the sentence before
    ("NATO met in Brussels on Tuesday. It condemned Russia for the strikes.", ("CONDEMNED", "nato", "russia")),
    ("Hungary joined the talks in March. It later sent 200 soldiers to Kosovo.", ("DEPLOYED_IN", "hungary", "kosovo")),
    ("The French army left Niger last year. It also has bases in Senegal.", ("DEPLOYED_IN", "france", "senegal")),
    # followed back over a sentence that opens with a pronoun itself
    (
        "Hungary joined the talks in March. It later sent 200 soldiers to Kosovo. It also sent troops to Bosnia.",
        ("DEPLOYED_IN", "hungary", "bosnia-and-herzegovina"),
    ),
    # "they": troops named by their state, or a group
    ("Russian troops crossed the border on Monday. They later invaded Moldova.", ("INVADED", "russia", "moldova")),
    ("Hamas fired rockets at dawn. They later invaded Israel.", ("INVADED", "hamas", "israel")),
]


@pytest.mark.parametrize(("text", "fact"), PRONOUN_FACTS)
def test_a_pronoun_opening_a_sentence_stands_for_the_subject_before(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


PRONOUN_UNLINKED = [
    # two actors open the sentence before: which one "it" is, is not sure
    "France and Germany met on Monday. It condemned Russia for the strikes.",
    # "it" is one actor, troops are many; "they" is many, a state is one
    "Russian troops crossed the border on Monday. It condemned Ukraine for the strikes.",
    "Hungary joined the talks in March. They later condemned Serbia for the strikes.",
    # the sentence before opens with a phrase, not an actor
    "In a speech about Russia, the minister spoke at length. It later condemned Ukraine.",
]


@pytest.mark.parametrize("text", PRONOUN_UNLINKED)
def test_an_unsure_pronoun_yields_no_fact(text: str) -> None:
    assert not {f for f in facts(text) if f[0] == "CONDEMNED"}


def test_an_unlinked_description_yields_no_fact() -> None:
    text = "Slovakia and Hungary met in Vienna. The country later sent 200 soldiers to Kosovo."
    assert not {f for f in facts(text) if f[0] == "DEPLOYED_IN"}


POSSESSIVE_FACTS = [
    # "its"/"their" opening a clause: the one actor named before it in the sentence, or opening the one before
    ("Serbia said its forces were still in Kosovo.", ("DEPLOYED_IN", "serbia", "kosovo")),
    ("Turkey launched an offensive and its troops are now stationed in Iraq.", ("DEPLOYED_IN", "turkey", "iraq")),
    ("Hungary joined the talks in March. Its soldiers are deployed in Kosovo.", ("DEPLOYED_IN", "hungary", "kosovo")),
    # with where the forces are, or a seizure, wherever the possessive stands
    (
        "The spokesman said that Moscow was calm, and its growing military presence in Venezuela changes nothing.",
        ("DEPLOYED_IN", "russia", "venezuela"),
    ),
    ("Moscow has kept quiet since its annexation of Crimea.", ("ANNEXED", "russia", "crimea")),
    # "whose": the name just before it
    ("Moldova criticised Russia, whose troops remain in Transnistria.", ("DEPLOYED_IN", "russia", "transnistria")),
    ("NATO, whose forces patrol Estonia, met on Monday.", ("DEPLOYED_IN", "nato", "estonia")),
    # "it" as the subject of a clause joined by "and", or of a relative clause on the forces
    ("Russia invaded Ukraine in 2022, and it later annexed Crimea.", ("ANNEXED", "russia", "crimea")),
    ("France recalled the aircraft it had based in Niger last year.", ("DEPLOYED_IN", "france", "niger")),
    ("Turkey withdrew some of the soldiers it had sent to Libya.", ("DEPLOYED_IN", "turkey", "libya")),
    ("The United States trains the troops it has in Germany.", ("DEPLOYED_IN", "united-states", "germany")),
    # the same relative clause with a name as its subject
    ("Armenia criticised the troops Russia keeps in Gyumri.", ("DEPLOYED_IN", "russia", "armenia")),
    (
        "Poland hosts the soldiers that the United States has long stationed in Poland.",
        ("DEPLOYED_IN", "united-states", "poland"),
    ),
    ("Iraq asked for the exit of troops it said Turkey secretly sent into Iraq.", ("DEPLOYED_IN", "turkey", "iraq")),
]


@pytest.mark.parametrize(("text", "fact"), POSSESSIVE_FACTS)
def test_a_possessive_or_joined_pronoun_stands_for_its_actor(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_a_joined_it_is_not_the_object_before_it() -> None:
    assert ("ANNEXED", "ukraine", "crimea") not in facts("Russia invaded Ukraine in 2022, and it later annexed Crimea.")


def test_peacekeepers_are_the_missions() -> None:
    assert links("Mali expelled MINUSMA in June; its peacekeepers left within a year.") == {"its": "minusma"}


POSSESSIVE_UNLINKED = [
    # two actors before it, in different roles
    "Russia warned Ukraine that its troops would stay in Belarus.",
    # inside a quote of a speaker no name gives
    'An official said: "Its troops are stationed in Mali."',
    # a place is no owner of troops
    "In Syria, its troops are stationed near the border.",
    # "their" stands for both of two coordinated actors
    "France and Germany said their troops are deployed in Lithuania.",
    # an "it" that stands for nothing
    "Russia invaded Ukraine in 2022, and it is unclear what comes next.",
    # a name inside a compound is no actor
    "The Russia-Ukraine talks failed and its troops stayed in Belarus.",
]


@pytest.mark.parametrize("text", POSSESSIVE_UNLINKED)
def test_an_unsure_possessive_or_pronoun_stays_unlinked(text: str) -> None:
    assert not {words for words in links(text) if words.lower() in ("its", "their", "it", "they")}


# Each description noun and the kinds of entity it may stand for (loaders/lexicon.py DEFINITE_ANAPHORS).
KINDS_LINKED = [
    ("ECOWAS met in Abuja on Friday. The organisation later condemned Niger.", "The organisation", "ecowas"),
    ("MONUSCO guards the camps. The force later condemned Rwanda for the shelling.", "The force", "monusco"),
    ("Hezbollah fired drones overnight. The militia later attacked Israel.", "The militia", "hezbollah"),
    ("Fighting returned to Tigray in May. Eritrean troops stayed in the region.", "the region", "tigray"),
    ("Russia struck Kherson Oblast again. Kyiv sent more troops to the province.", "the province", "kherson-oblast"),
    (
        "Israel built new posts in the Golan Heights. Syria condemned Israel over the territory.",
        "the territory",
        "golan-heights",
    ),
    ("Fresh clashes hit Crimea at dawn. Officials said the peninsula stayed calm.", "the peninsula", "crimea"),
    ("Guam hosts a large air base. More bombers landed on the island in June.", "the island", "guam"),
]


@pytest.mark.parametrize(("text", "words", "entity"), KINDS_LINKED)
def test_each_description_noun_stands_for_its_kinds(text: str, words: str, entity: str) -> None:
    assert links(text).get(words) == entity


KINDS_UNLINKED = [
    # two candidates of the noun's kind: no crossing from one to the other
    ("NATO and the EU met in Brussels. The bloc later condemned Russia.", "The bloc"),
    ("UNIFIL and UNDOF held talks. The mission later condemned the strikes.", "The mission"),
    ("Hamas and Hezbollah fired rockets. The group later attacked Israel.", "The group"),
    ("Abkhazia held a vote, as did South Ossetia. Officials said the region stayed calm.", "the region"),
    # none of the noun's kind: a state is no mission, a bloc no armed group, a state no region
    ("Kenya sent police to Haiti. The mission later condemned the gangs.", "The mission"),
    ("The African Union met on Monday. The militia later attacked the town.", "The militia"),
    ("Poland held drills on Monday. Officials said the region stayed calm.", "the region"),
]


@pytest.mark.parametrize(("text", "words"), KINDS_UNLINKED)
def test_a_description_without_one_fitting_antecedent_stays_unlinked(text: str, words: str) -> None:
    assert words not in links(text)
