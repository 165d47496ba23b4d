"""The question reader on its own: the lexicon's questions read back, times, polarity, roles, spelling."""

from __future__ import annotations

import pytest

from core.errors import SchemaError
from kg.names import NameIndex, build_index
from kg.questions import question_for, read
from kg.second import asks_else, asks_truth, in_own_words
from loaders.gazetteer import default_gazetteer
from schema import ONTOLOGY, lexicon, parse_lexicon

GRAPH = [
    {"id": "russia", "type": "State", "name": "Russia", "aliases": ["Russian Federation"]},
    {"id": "moldova", "type": "State", "name": "Moldova", "aliases": []},
    {"id": "transnistria", "type": "Territory", "name": "Transnistria", "aliases": [], "part_of": "moldova"},
    {"id": "kosovo", "type": "Territory", "name": "Kosovo", "aliases": []},
    {"id": "minsk-agreements", "type": "Agreement", "name": "Minsk agreements", "aliases": []},
    {"id": "maia-sandu", "type": "Person", "name": "Maia Sandu", "aliases": []},
    {
        "id": "osce-moldova",
        "type": "Organization",
        "name": "OSCE Mission to Moldova",
        "aliases": ["OSCE observer mission in Moldova"],
    },
    {"id": "osce-georgia", "type": "Organization", "name": "OSCE Mission to Georgia", "aliases": []},
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return build_index(GRAPH, default_gazetteer())


def ids(refs: list) -> list[str]:  # type: ignore[type-arg]
    return [r.id for r in refs]


SAMPLE = {"State": "Russia", "Territory": "Transnistria", "Person": "Maia Sandu", "Agreement": "Minsk agreements"}


@pytest.mark.parametrize("predicate", sorted(lexicon().predicates))
def test_each_predicates_questions_read_back(index: NameIndex, predicate: str) -> None:
    """The questions the lexicon suggests are read as its own predicate, the name in the role asked about."""
    spec = ONTOLOGY.predicate(predicate)
    for about, types in (("subject", spec.object_types), ("object", spec.subject_types)):
        name = next((SAMPLE[t] for t in types if t in SAMPLE), None)
        question = question_for(predicate, about, name) if name else None
        if question is None:
            continue
        reading = read(question, index)
        assert reading.predicates[0] == predicate, question
        named = reading.objects if about == "subject" else reading.subjects
        assert [r.name for r in named] == [name], (question, reading)


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Who has occupied Transnistria since 2014?", "2014", None),
        ("Who recognized Kosovo in September 2025?", "2025-09", "2025-09"),
        ("Who asked Russia to leave between 2014 and 2016?", "2014", "2016"),
        ("Who asked Russia to leave before 2010?", None, "2010"),
        ("Where did Russia have troops in the 1990s?", "1990", "1999"),
    ],
)
def test_times(index: NameIndex, question: str, since: str | None, until: str | None) -> None:
    reading = read(question, index)
    assert (reading.since, reading.until) == (since, until)
    assert reading.subjects or reading.objects  # the year is not taken for a name


def test_polarity_roles_and_exclusions(index: NameIndex) -> None:
    reading = read("Which countries have withdrawn their recognition of Kosovo?", index)
    assert reading.polarity == "negated" and ids(reading.objects) == ["kosovo"] and reading.wanted == "State"
    reading = read("Which countries besides Russia recognized Transnistria?", index)
    assert ids(reading.excluded) == ["russia"] and ids(reading.objects) == ["transnistria"]
    reading = read("Who was Transnistria occupied by?", index)
    assert reading.focus == "subject" and ids(reading.objects) == ["transnistria"]
    reading = read("Who did Russia invade?", index)
    assert reading.focus == "object" and ids(reading.subjects) == ["russia"]
    reading = read("Where are Russian soldiers stationed?", index)  # a demonym before troops is the actor
    assert reading.kind == "where" and ids(reading.subjects) == ["russia"]


def test_spelling_metonyms_and_unknown_names(index: NameIndex) -> None:
    reading = read("who asked rusia to leave moldva", index)
    assert ids(reading.objects) == ["russia"] and ids(reading.places) == ["moldova"]
    assert ids(read("Who asked Moscow to leave?", index).objects) == ["russia"]
    assert read("Who asked Vorlandia to leave?", index).unknown == ["Vorlandia"]
    assert read("Who asked the US to leave?", index).objects[0].id == "united-states"
    assert read("Who told us to leave?", index).objects == []  # "us" is not the US
    reading = read("Who recognized Abkhazia?", index)  # known to the gazetteer, not in this graph
    assert reading.not_in_graph == ["Abkhazia"]


def test_a_lexicon_naming_an_unknown_predicate_is_refused() -> None:
    with pytest.raises(SchemaError, match="LIKES"):
        parse_lexicon(
            {
                "predicates": {"LIKES": {"phrases": ["like"]}},
                "entity_types": {},
                "forces": [],
                "uninvited": [],
                "connections": [],
            },
            ONTOLOGY,
        )


def test_a_city_in_a_question_stands_for_its_state() -> None:
    from kg.names import build_index
    from loaders.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    city = next(p for p in gazetteer.places.values() if p.part_of == "armenia" and " " not in p.entity.name)
    index = build_index([], gazetteer)
    ids, kind = index.senses(city.entity.name.lower())
    assert ids == ("armenia",) and kind == "locality"


def test_a_body_named_by_description(index: NameIndex) -> None:
    """A name and a noun for a body stand for the graph's body whose name holds them; a later name that
    completes that name picks among several, and is part of it, not a place."""
    reading = read("Who asked the OSCE observer mission to leave Moldova?", index)
    assert ids(reading.objects) == ["osce-moldova"] and reading.places == []
    reading = read("Who wants the OSCE mission out of Georgia?", index)
    assert ids(reading.objects) == ["osce-georgia"] and reading.places == []
    reading = read("Who asked the OSCE mission to leave?", index)
    assert set(ids(reading.objects)) == {"osce-moldova", "osce-georgia"}  # either, until a name picks one
    reading = read("Which states demanded the end of the OSCE mission in Moldova (OSCE Mission to Moldova)?", index)
    assert ids(reading.objects) == ["osce-moldova"] and reading.places == [] and reading.unknown == []
    reading = read("Did Moldova ask the OSCE body to leave Transnistria?", index)  # no body of that name: OSCE
    assert ids(reading.subjects) == ["moldova"] and ids(reading.objects) == ["osce"]
    assert ids(reading.places) == ["transnistria"]


def test_a_that_clause_a_second_question_and_a_place_within_a_held_state(index: NameIndex) -> None:
    reading = read("Who warned that Moldovan troops in Transnistria would be targets?", index)
    assert reading.predicates[0] == "THREATENED" and ids(reading.about) == ["moldova", "transnistria"]
    assert reading.subjects == reading.objects == []
    reading = read("Who asked Russia to leave Moldova, and when did the troops leave?", index)
    assert reading.rest == "when did the troops leave?" and ids(reading.objects) == ["russia"]
    assert read("Who asked Russia to leave Moldova and Transnistria?", index).rest is None
    reading = read("Who asked Russia to leave Gagauzia?", index)  # the gazetteer's, part of Moldova
    assert ids(reading.places) == ["gagauzia"] and reading.not_in_graph == []
    assert read("Who recognized Gagauzia?", index).not_in_graph == ["Gagauzia"]  # asked about, not a place


def test_police_sent_abroad_are_forces(index: NameIndex) -> None:
    reading = read("Which countries sent police officers to Moldova?", index)
    assert reading.predicates[0] == "DEPLOYED_IN" and ids(reading.objects) == ["moldova"] and reading.wanted == "State"
    reading = read("How many Romanian police are in Moldova?", index)
    assert reading.troops and ids(reading.subjects) == ["romania"] and ids(reading.objects) == ["moldova"]


@pytest.mark.parametrize(
    "question",
    [
        "Who asked that Russia leave Moldova?",
        "Who insisted that Russia withdraw from Moldova?",
        "Who said Russia must pull out of Moldova?",
    ],
)
def test_a_request_to_leave_in_a_that_clause(index: NameIndex, question: str) -> None:
    reading = read(question, index)
    assert reading.predicates[0] == "REQUESTED_WITHDRAWAL" and reading.focus == "subject"
    assert ids(reading.objects) == ["russia"] and ids(reading.places) == ["moldova"] and reading.about == []


def test_a_second_question_in_its_own_words(index: NameIndex) -> None:
    first = read("Who asked Russia to leave Moldova, and how many troops does it have there?", index)
    assert in_own_words(first.rest or "", first) == "how many troops does Russia have in Moldova?"
    assert in_own_words("how many were there?", first) == "how many troops of Russia were in Moldova?"
    assert in_own_words("were its soldiers withdrawn?", first) == "were Russia's soldiers withdrawn?"
    where = read("Where does Russia have troops?", index)
    assert in_own_words("how many does it have in Transnistria?", where) == (
        "how many troops does Russia have in Transnistria?"
    )
    assert in_own_words("was it true?", read("Who recognized?", index)) == "was it true?"  # no name to read it as


def test_a_region_is_read_as_its_states_in_the_graph() -> None:
    held = ("tajikistan", "kyrgyzstan")
    graph = [*GRAPH, *({"id": i, "type": "State", "name": i.title(), "aliases": []} for i in held)]
    index = build_index(graph, default_gazetteer())
    reading = read("Where does Russia keep bases in Central Asia?", index)
    assert ids(reading.subjects) == ["russia"] and ids(reading.places) == ["kyrgyzstan", "tajikistan"]
    assert reading.unknown == reading.not_in_graph == []
    regions = lexicon().regions
    assert regions["Central Asia"] and all(m == m.lower() and " " not in m for ms in regions.values() for m in ms)


def test_a_region_whose_states_the_graph_lacks_is_named_as_asked(index: NameIndex) -> None:
    assert read("Whose troops are in the Baltic states?", index).not_in_graph == ["the Baltic states"]


ENDED = ("DEPLOYED_IN", "negated")
ASKED = ("REQUESTED_WITHDRAWAL", "affirmed")


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("When did Russia leave Transnistria?", ENDED),
        ("Did Russia withdraw its troops from Transnistria?", ENDED),
        ("When did the Russian soldiers pull out of Transnistria?", ENDED),
        ("When did Russia end its military presence in Transnistria?", ENDED),
        ("Were Russia's peacekeepers withdrawn from Transnistria?", ENDED),
        ("Who asked Russia to leave Transnistria?", ASKED),  # asking to leave is still a request
        ("Who called on Russia to withdraw its soldiers from Transnistria?", ASKED),
        ("Who demanded that Russian forces leave Transnistria?", ASKED),
    ],
)
def test_leaving_is_a_deployment_that_ended(index: NameIndex, question: str, read_as: tuple[str, str]) -> None:
    reading = read(question, index)
    assert (reading.predicates[0], reading.polarity) == read_as, reading
    russia = reading.objects if read_as == ASKED else reading.subjects
    assert ids(russia) == ["russia"] and "transnistria" in ids(reading.objects + reading.places)


def test_either_place_of_a_disjunction(index: NameIndex) -> None:
    reading = read("Who has urged Russia to pull its forces out of Transnistria or Kosovo?", index)
    assert reading.predicates[0] == "REQUESTED_WITHDRAWAL" and ids(reading.objects) == ["russia"]
    assert ids(reading.places) == ["transnistria", "kosovo"]


def test_they_are_the_troops_the_first_question_spoke_of(index: NameIndex) -> None:
    counted = read("How many Russian soldiers were sent to Transnistria, and when did they leave?", index)
    assert in_own_words(counted.rest or "", counted, "How many Russian soldiers ...") == (
        "when did Russia's troops leave?"
    )
    asked = read("Who asked Russia to leave Moldova, and were they withdrawn?", index)
    assert in_own_words(asked.rest or "", asked) == "were Russia's troops withdrawn?"
    assert in_own_words("did the soldiers go home?", asked) == "did Russia's soldiers go home?"
    assert in_own_words("did it leave?", asked) == "did Russia leave?"  # "it" is the actor itself
    threat = read("Whom did Russia threaten, and when did they do so?", index)
    assert in_own_words(threat.rest or "", threat) == "when did Russia do so?"  # no troops spoken of: the name


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("was the claim true?", True),
        ("Is it false?", True),
        ("were those claims accurate", True),
        ("were they true?", True),
        ("was the claim made in 2020?", False),
        ("when did they leave?", False),
    ],
)
def test_a_question_of_whether_a_claim_was_true(text: str, truth: bool) -> None:
    assert asks_truth(text) is truth


# -- wordings the reader was not written for, by family ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "predicate", "subjects", "objects"),
    [
        ("who slammed Russia", "CONDEMNED", [], ["russia"]),
        ("Did Moldova criticise Russia?", "CONDEMNED", ["moldova"], ["russia"]),
        ("who bankrolls Transnistria", "SUPPORTS", [], ["transnistria"]),
        ("Who is backing Transnistria?", "SUPPORTS", [], ["transnistria"]),  # a gerund is read as its verb
        ("who arms Moldova", "SUPPLIES_WEAPONS_TO", [], ["moldova"]),
        ("Which armed groups does Russia support?", "SUPPORTS", ["russia"], []),  # "armed" is weaker than "support"
        ("who leads Moldova", "HOLDS_POSITION", [], ["moldova"]),
        ("Who led the invasion of Moldova?", "INVADED", [], ["moldova"]),  # "lead" is weaker than "invasion"
        ("Which country demanded that Russia quit Moldova", "REQUESTED_WITHDRAWAL", [], ["russia"]),
        ("Does Russia still have fighters in Transnistria?", "DEPLOYED_IN", ["russia"], ["transnistria"]),
    ],
)
def test_other_verbs_and_nouns(
    index: NameIndex, question: str, predicate: str, subjects: list[str], objects: list[str]
) -> None:
    reading = read(question, index)
    assert reading.predicates[0] == predicate, reading
    assert (ids(reading.subjects), ids(reading.objects)) == (subjects, objects), reading


@pytest.mark.parametrize(
    ("question", "kind", "wanted", "focus"),
    [
        ("Has anyone asked Russia to leave Moldova?", "who", None, "subject"),
        ("Are there any countries that recognise Kosovo?", "which", "State", "subject"),
        ("Did any country condemn Russia?", "which", "State", "subject"),
        ("List the countries that recognize Kosovo", "which", "State", "subject"),
        ("Which African countries condemned Russia?", "which", "State", "subject"),
        ("What armed groups does Russia support?", "which", "Organization", "object"),
    ],
)
def test_other_ways_of_asking_who(index: NameIndex, question: str, kind: str, wanted: str | None, focus: str) -> None:
    reading = read(question, index)
    assert (reading.kind, reading.wanted, reading.focus) == (kind, wanted, focus), reading
    assert reading.unknown == []  # "African" is not taken for a misspelt name


@pytest.mark.parametrize(
    "question",
    [
        "how big is the Russian troop presence in Transnistria",
        "What is the size of the Russian garrison in Transnistria?",
        "number of Russian soldiers in Transnistria",
        "How large is Russia's military contingent in Transnistria?",
    ],
)
def test_other_ways_of_asking_how_many(index: NameIndex, question: str) -> None:
    reading = read(question, index)
    assert reading.kind == "how_many" and reading.troops and reading.predicates[0] == "DEPLOYED_IN", reading
    assert ids(reading.subjects) == ["russia"] and ids(reading.objects) == ["transnistria"]


@pytest.mark.parametrize(
    ("question", "focus", "subjects", "objects", "places"),
    [
        ("Who are Transnistria's backers?", "subject", [], ["transnistria"], []),  # an agent noun
        ("Which countries host Russian troops?", "object", ["russia"], [], []),  # the host is the object
        ("Which countries have Russian troops?", "object", ["russia"], [], []),
        ("Does Moldova host Russian soldiers?", None, ["russia"], ["moldova"], []),
        ("What role does Maia Sandu have?", "object", ["maia-sandu"], [], []),  # the noun asked for
        ("What position does Maia Sandu hold?", "object", ["maia-sandu"], [], []),
        ("Who has urged Russia to get its soldiers out of Moldova?", "subject", [], ["russia"], ["moldova"]),
        ("Who refused to leave Transnistria?", "subject", [], [], ["transnistria"]),  # the place left
        ("Whom did Moldova ask to withdraw from Transnistria?", "object", ["moldova"], [], ["transnistria"]),
        ("Who requested the withdrawal of Russian forces from Moldova?", "subject", [], ["russia"], ["moldova"]),
    ],
)
def test_roles_in_other_word_orders(
    index: NameIndex, question: str, focus: str | None, subjects: list[str], objects: list[str], places: list[str]
) -> None:
    reading = read(question, index)
    assert reading.focus == focus, reading
    assert (ids(reading.subjects), ids(reading.objects), ids(reading.places)) == (subjects, objects, places), reading


def test_a_bodys_forces_stand_for_its_missions() -> None:
    """ "The UN peacekeepers" are the UN or one of its bodies in the graph; the place keeps its role."""
    bodies = [
        {"id": "united-nations", "type": "Organization", "name": "United Nations", "aliases": ["UN"]},
        {"id": "unmt", "type": "Organization", "name": "UN Mission in Transnistria", "aliases": []},
    ]
    index = build_index([*GRAPH, *bodies], default_gazetteer())
    reading = read("Who asked the UN peacekeepers to leave Transnistria?", index)
    assert ids(reading.objects) == ["united-nations", "unmt"] and ids(reading.places) == ["transnistria"]
    reading = read("How many US troops are in Moldova?", index)  # a state's troops are the state's
    assert ids(reading.subjects) == ["united-states"] and reading.troops


def test_word_sets_are_declared_once_and_checked() -> None:
    words = lexicon().words
    assert {"ask", "leave"} <= words.keys()
    with pytest.raises(SchemaError, match=r"\$nowhere"):
        parse_lexicon(
            {
                "predicates": {"OCCUPIES": {"phrases": ["$nowhere occupy"]}},
                "entity_types": {},
                "forces": [],
                "uninvited": [],
                "connections": [],
            },
            ONTOLOGY,
        )


@pytest.mark.parametrize(
    ("question", "predicate", "focus"),
    [
        ("who ocupies Transnistria", "OCCUPIES", "subject"),  # misspelt verbs
        ("who reconised Kosovo", "RECOGNIZED", "subject"),
        ("who condemed Russia", "CONDEMNED", "subject"),
        ("Which troops did Moldova expel?", "REQUESTED_WITHDRAWAL", "object"),  # the verb after the troops asked of
        ("Whose troops has Moldova's president confirmed are stationed in Transnistria?", "DEPLOYED_IN", "subject"),
    ],
)
def test_misspelt_verbs_and_the_troops_asked_of(index: NameIndex, question: str, predicate: str, focus: str) -> None:
    reading = read(question, index)
    assert (reading.predicates[0], reading.focus) == (predicate, focus), reading


def test_a_request_to_leave_a_region_concerns_its_states() -> None:
    from kg.fits import within, within_any

    index = build_index(
        [*GRAPH, {"id": "sahel", "type": "Territory", "name": "Sahel", "aliases": []}], default_gazetteer()
    )
    niger = read("Who asked France to leave Niger?", index).places
    sahel = read("Who asked France to leave the Sahel?", index).places
    assert within("niger", "sahel", index) and within_any("niger", sahel, index)
    # A fact placed in the Sahel does not answer a question about one of its states.
    assert not within_any("sahel", niger, index)
    # A place the graph lacks (Gagauzia) is widened to the one it is part of.
    assert within_any("moldova", read("Who asked Russia to leave Gagauzia?", index).places, index)
    assert not within("moldova", "sahel", index)


@pytest.mark.parametrize(
    ("question", "predicate", "focus", "subjects", "objects", "places"),
    [
        ("Which group is backed by Russia in Transnistria?", "SUPPORTS", "object", ["russia"], [], ["transnistria"]),
        (
            "What military presence does Russia have in Transnistria?",
            "DEPLOYED_IN",
            "object",
            ["russia"],
            [],
            ["transnistria"],
        ),
        ("Who stands behind Transnistria?", "SUPPORTS", "subject", [], ["transnistria"], []),
        ("Which states acknowledge Kosovo as independent?", "RECOGNIZED", "subject", [], ["kosovo"], []),
        ("Name the territories Russia supports", "SUPPORTS", "object", ["russia"], [], []),  # a reduced relative
        ("Who got Russia to leave Moldova?", "REQUESTED_WITHDRAWAL", "subject", [], ["russia"], ["moldova"]),
        ("Who is the emir of Moldova?", "HOLDS_POSITION", "subject", [], ["moldova"], []),
        ("Where is Russia active?", "DEPLOYED_IN", "object", ["russia"], [], []),
        (
            "Who has called for the OSCE mission in Moldova to be terminated?",
            "REQUESTED_WITHDRAWAL",
            "subject",
            [],
            ["osce-moldova"],
            [],
        ),
    ],
)
def test_passives_with_their_agent_and_longer_phrases(
    index: NameIndex,
    question: str,
    predicate: str,
    focus: str,
    subjects: list[str],
    objects: list[str],
    places: list[str],
) -> None:
    reading = read(question, index)
    assert (reading.predicates[0], reading.focus) == (predicate, focus), reading
    assert (ids(reading.subjects), ids(reading.objects), ids(reading.places)) == (subjects, objects, places), reading


def test_an_annexation_answers_who_occupies(index: NameIndex) -> None:
    assert read("Who seized Transnistria?", index).predicates == ["OCCUPIES", "ANNEXED"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who raised the number of soldiers in Moldova?", "who"),  # a count word after a verb
        ("Where did the scale of the Russian deployment grow?", "where"),
        ("What is the size of the Russian force in Transnistria?", "how_many"),
        ("How big is Russia's contingent in Moldova?", "how_many"),
    ],
)
def test_a_count_word_asks_how_many_only_after_small_words(index: NameIndex, question: str, kind: str) -> None:
    assert read(question, index).kind == kind


PLAIN = [
    {"id": "georgia", "type": "State", "name": "Georgia", "aliases": []},
    {"id": "lebanon", "type": "State", "name": "Lebanon", "aliases": []},
    {"id": "nato", "type": "Organization", "name": "NATO", "aliases": []},
    {"id": "un", "type": "Organization", "name": "United Nations", "aliases": ["UN"]},
]


@pytest.mark.parametrize(
    "question",
    [
        "What is the governing party in Georgia?",  # an "-ing" word that qualifies a noun
        "Who is heading the negotiations on Moldova?",  # a weak verb whose object is no name
        "How did Russia's role in Moldova become so big?",  # "role" not asked for
        "Which countries are present in the UN?",  # a body is no place to keep troops
        "Which states are active members of NATO?",
        "Who is the Russian envoy to the UN?",  # an official's noun, not the main verb
        "Who called Russia an aggressor?",  # an agent noun after another verb
    ],
)
def test_plain_questions_are_not_read_as_relations(question: str) -> None:
    index = build_index([*GRAPH, *PLAIN], default_gazetteer())
    assert read(question, index).kind == "unread", read(question, index)


@pytest.mark.parametrize(
    ("question", "predicate", "focus"),
    [
        ("Who leads NATO?", "HOLDS_POSITION", "subject"),
        ("What role does Maia Sandu have?", "HOLDS_POSITION", "object"),
        ("Where is the OSCE Mission to Moldova active?", "DEPLOYED_IN", "object"),
        ("Where do Russian soldiers operate?", "DEPLOYED_IN", "object"),
        ("Which peacekeepers were attacked in Lebanon?", "DEPLOYED_IN", "subject"),  # a weak phrase replaces none
    ],
)
def test_weak_phrases_as_the_main_verb(question: str, predicate: str, focus: str) -> None:
    index = build_index([*GRAPH, *PLAIN], default_gazetteer())
    reading = read(question, index)
    assert (reading.predicates[0], reading.focus) == (predicate, focus), reading


def test_a_bodys_peacekeepers_are_its_missions_not_its_other_bodies() -> None:
    bodies = [
        {"id": "united-nations", "type": "Organization", "name": "United Nations", "aliases": ["UN"]},
        {"id": "un-security-council", "type": "Organization", "name": "UN Security Council", "aliases": []},
        {"id": "un-general-assembly", "type": "Organization", "name": "UN General Assembly", "aliases": []},
        {"id": "unifil", "type": "Organization", "name": "UNIFIL", "aliases": ["UN Interim Force in Lebanon"]},
        {"id": "cyprus", "type": "State", "name": "Cyprus", "aliases": []},
    ]
    index = build_index([*GRAPH, *bodies], default_gazetteer())
    reading = read("Where are UN peacekeepers stationed?", index)
    assert {"united-nations", "unifil"} <= set(ids(reading.subjects)), reading
    assert not {"un-security-council", "un-general-assembly"} & set(ids(reading.subjects)), reading


def test_the_hosting_predicate_is_the_lexicons(index: NameIndex) -> None:
    """Keeping forces in a host is the predicate with phrases for the host's side, not a name in the reader."""
    from kg.phrases import hosting

    assert hosting() == {"DEPLOYED_IN"}
    reading = read("Which countries have Russian troops?", index)
    assert (reading.predicates[0], reading.focus, ids(reading.subjects)) == ("DEPLOYED_IN", "object", ["russia"])


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("Who is the president of Moldova?", "president"),
        ("Who is Moldova's defense minister?", "defense minister"),
        ("Who is the Moldovan president's spokesperson?", "spokesperson"),  # the head of the phrase
        ("Who leads Moldova?", None),  # no post named
        ("Who is the leader of Moldova?", None),  # too general to tell posts apart
    ],
)
def test_the_post_a_question_asks_about(index: NameIndex, question: str, post: str | None) -> None:
    assert read(question, index).post == post


def test_the_state_whose_post_is_asked_is_where_it_is_held(index: NameIndex) -> None:
    reading = read("Who is Moldova's foreign minister?", index)
    assert (reading.focus, [r.id for r in reading.subjects], [r.id for r in reading.objects]) == (
        "subject",
        [],
        ["moldova"],
    )


def test_a_role_holds_the_post_asked_unless_a_word_makes_it_another() -> None:
    from kg.posts import holds_post

    assert holds_post("Minister of Foreign Affairs", "foreign minister")
    assert holds_post("Foreign Minister", "minister of foreign affairs")
    assert holds_post("Defense Minister", "defence minister")
    assert holds_post("Spokesman", "spokesperson")
    assert not holds_post("Vice President", "president")
    assert not holds_post("Spokesperson", "president")
    assert not holds_post(None, "president")


@pytest.mark.parametrize(
    ("question", "predicate", "subjects", "objects"),
    [
        ("Did the president of Moldova condemn Russia?", "CONDEMNED", ["moldova"], ["russia"]),
        ("Has Moldova's foreign minister asked Russia to leave?", "REQUESTED_WITHDRAWAL", ["moldova"], ["russia"]),
        ("Did the prime minister of Russia recognize Kosovo?", "RECOGNIZED", ["russia"], ["kosovo"]),
    ],
)
def test_a_post_before_another_predicate_names_who_acted(
    index: NameIndex, question: str, predicate: str, subjects: list[str], objects: list[str]
) -> None:
    """The question asks the later predicate of the post's state, not who holds the post."""
    reading = read(question, index)
    assert (reading.kind, reading.predicates[0], reading.post) == ("did", predicate, None), reading
    assert (ids(reading.subjects), ids(reading.objects)) == (subjects, objects), reading


@pytest.mark.parametrize(
    ("question", "post", "body"),
    [
        ("Who is NATO's secretary general?", "secretary general", "nato"),
        ("Who is the secretary-general of the UN?", "secretary-general", "united-nations"),
        ("Who is the UN secretary-general?", "secretary-general", "united-nations"),
        ("Who is Moldova's chief of the general staff?", "chief of the general staff", "moldova"),
    ],
)
def test_a_post_of_several_words_of_a_state_or_a_body(index: NameIndex, question: str, post: str, body: str) -> None:
    bodies = [
        {"id": "nato", "type": "Organization", "name": "NATO", "aliases": []},
        {"id": "united-nations", "type": "Organization", "name": "United Nations", "aliases": ["UN"]},
    ]
    reading = read(question, build_index([*GRAPH, *bodies], default_gazetteer()))
    assert (reading.kind, reading.predicates[0], reading.post) == ("who", "HOLDS_POSITION", post), reading
    assert (reading.focus, ids(reading.subjects), ids(reading.objects)) == ("subject", [], [body]), reading


@pytest.mark.parametrize(
    ("question", "predicate", "rest"),
    [
        ("Does Russia have troops in Moldova, and who asked it to leave?", "DEPLOYED_IN", "who asked it to leave?"),
        ("Did Russia recognize Kosovo, and when?", "RECOGNIZED", "when?"),
        ("Has Russia deployed soldiers to Transnistria, and which states asked it to go?", "DEPLOYED_IN", None),
    ],
)
def test_a_yes_no_question_is_read_without_the_question_joined_to_it(
    index: NameIndex, question: str, predicate: str, rest: str | None
) -> None:
    """The wh-word of a second question ("..., and who asked ...") does not make the first a who-question."""
    reading = read(question, index)
    assert (reading.kind, reading.predicates[0], ids(reading.subjects)) == ("did", predicate, ["russia"]), reading
    assert rest is None or reading.rest == rest


def test_there_is_the_one_place_the_first_answer_found_and_else_is_left_to_the_caller(index: NameIndex) -> None:
    first = read("Where does Russia keep soldiers, and who else has forces there?", index)
    transnistria = index.entities["transnistria"].ref
    assert in_own_words(first.rest or "", first, found=(transnistria,)) == "who has forces in Transnistria?"
    moldova = index.entities["moldova"].ref
    two = in_own_words(first.rest or "", first, found=(transnistria, moldova))
    assert two == "who has forces there?"  # two places: "there" is not read as one
    assert asks_else(first.rest or "")


def test_else_is_not_a_name() -> None:
    """ "what else did it recognize?" asks what Russia recognized besides what the first answer gave (the caller
    excludes it), not what recognized Russia; "who else" likewise."""
    index = build_index(GRAPH, default_gazetteer())
    first = read("Did Russia recognize Kosovo, and what else did it recognize?", index)
    own = in_own_words(first.rest or "", first)
    assert own == "what did Russia recognize?" and asks_else(first.rest or "")
    assert (read(own, index).focus, ids(read(own, index).subjects)) == ("object", ["russia"])
    assert not asks_else("Did Russia recognize Kosovo?") and not asks_else("Who elsewhere recognized Kosovo?")


@pytest.mark.parametrize(
    ("region", "member"),
    [("the Horn of Africa", "somalia"), ("the Middle East", "syria"), ("the Gulf states", "qatar")],
)
def test_regions_beyond_russias_neighbours(region: str, member: str) -> None:
    graph = [*GRAPH, {"id": member, "type": "State", "name": member.title(), "aliases": []}]
    reading = read(f"Who has troops in {region}?", build_index(graph, default_gazetteer()))
    assert ids(reading.objects) == [member] and reading.unknown == reading.not_in_graph == [], reading


def test_a_person_of_the_graph_is_named_by_surname_as_written() -> None:
    people = [
        {"id": "abd-rabbuh-mansur-hadi", "type": "Person", "name": "Abd Rabbuh Mansur Hadi", "aliases": []},
        {"id": "ann-smith", "type": "Person", "name": "Ann Smith", "aliases": []},
        {"id": "bob-smith", "type": "Person", "name": "Bob Smith", "aliases": []},
        {"id": "omar-haddou", "type": "Person", "name": "Omar Haddou", "aliases": []},
        {"id": "haddou-karimi", "type": "Person", "name": "Haddou Karimi", "aliases": []},
        {"id": "tariq-bin-nasser", "type": "Person", "name": "Tariq bin Nasser", "aliases": []},
        {"id": "xi-jinping", "type": "Person", "name": "Xi Jinping", "aliases": []},
        {"id": "ayse-ozdemir", "type": "Person", "name": "Ayşe Özdemir", "aliases": []},
        {"id": "carl-austrio", "type": "Person", "name": "Carl Austrio", "aliases": []},
    ]
    index = build_index([*GRAPH, *people], default_gazetteer())
    assert ids(read("Who backs Hadi?", index).objects) == ["abd-rabbuh-mansur-hadi"]
    assert ids(read("Who backs Sandu?", index).objects) == ["maia-sandu"]
    assert ids(read("Who backs Ozdemir?", index).objects) == ["ayse-ozdemir"]  # accents folded
    assert ids(read("Who backs Özdemir?", index).objects) == ["ayse-ozdemir"]
    assert read("Who backs Smith?", index).objects == []  # two people share it: neither is meant
    for word, person in [
        ("Haddou", "omar-haddou"),  # another person's given name
        ("Nasser", "tariq-bin-nasser"),  # after a particle
        ("Jinping", "xi-jinping"),  # the family name comes first
        ("Austrio", "carl-austrio"),  # near a name the reader knows (Austria)
    ]:
        assert (person, "surname") not in index.surfaces.get(word.lower(), []), word


def test_the_reader_names_no_predicate_in_code() -> None:
    """What sets MADE_CLAIM, REFUSED_WITHDRAWAL and the troop predicates apart is declared in phrases.yaml: the
    reader and the answers that depend on it name none of them."""
    from pathlib import Path

    import kg

    words = lexicon().predicates
    assert [p for p, w in words.items() if w.said] == ["MADE_CLAIM"]
    assert [p for p, w in words.items() if w.refusal] == ["REFUSED_WITHDRAWAL"]
    assert {p for p, w in words.items() if w.of_forces} == {"DEPLOYED_IN", "REQUESTED_WITHDRAWAL", "REFUSED_WITHDRAWAL"}
    for module in ("questions.py", "second.py", "answers.py", "fits.py"):
        code = (Path(kg.__file__).parent / module).read_text(encoding="utf-8")
        assert not [p for p in ONTOLOGY.predicate_names if f'"{p}"' in code], module


@pytest.mark.parametrize(
    "question",
    [
        "Was Shoigu Russia's defence minister at the time of the annexation of Transnistria?",
        "Is Maia Sandu the president of Moldova, a country Russia threatened?",
        "Did Russia's defence minister resign after the recognition of Kosovo?",
    ],
)
def test_a_post_asked_about_stays_the_question(question: str) -> None:
    """A post is who acted only after "do" or "have", with no person named before it, and before a verb: "was X
    the P of Y" asks about the post, and "the annexation of" is no act of its holder."""
    shoigu = {"id": "sergei-shoigu", "type": "Person", "name": "Sergei Shoigu", "aliases": []}
    reading = read(question, build_index([*GRAPH, shoigu], default_gazetteer()))
    assert (reading.kind, reading.predicates[0]) == ("did", "HOLDS_POSITION"), reading
    assert reading.post in ("president", "defence minister"), reading


@pytest.mark.parametrize(
    ("question", "kind", "predicate", "objects", "since"),
    [
        ("Which states, and which bodies, condemned Russia in 2022?", "which", "CONDEMNED", ["russia"], "2022"),
        ("Which countries, and how many, recognized Kosovo?", "which", "RECOGNIZED", ["kosovo"], None),
        (
            "Has Russia kept troops in Moldova, and has it done so since 1992?",
            "did",
            "DEPLOYED_IN",
            ["moldova"],
            "1992",
        ),
    ],
)
def test_a_question_is_read_whole_when_its_parts_are_no_two_questions(
    index: NameIndex, question: str, kind: str, predicate: str, objects: list[str], since: str | None
) -> None:
    """ ", and ..." splits off a second question only when the first part names a relation and the second does more
    than add a time to it."""
    reading = read(question, index)
    assert (reading.kind, reading.predicates[0], ids(reading.objects)) == (kind, predicate, objects), reading
    assert (reading.since[:4] if reading.since else None) == since, reading
