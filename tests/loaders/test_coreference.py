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


def test_an_unlinked_description_yields_no_fact() -> None:
    text = "Slovakia and Hungary met in Vienna. The country later sent 200 soldiers to Kosovo."
    assert not {f for f in facts(text) if f[0] == "DEPLOYED_IN"}
