"""A place named as a state's base, or as home to its forces, in an apposition; forces held there "until" a time
just past have left."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text


def deployments(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (r.subject_id, r.object_id, r.polarity, r.modality)
        for r in extract_document(read_text("t", text)).relations
        if r.predicate == "DEPLOYED_IN"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister toured Djibouti, China's only overseas military base.", ("china", "djibouti")),
        ("Officials said Chad, France's last permanent base in the Sahel, would expel them.", ("france", "chad")),
        ("Djibouti, home to China's only overseas military base, sits on a busy strait.", ("china", "djibouti")),
        ("Qatar, also home to thousands of American troops, hosted the talks.", ("united-states", "qatar")),
    ],
)
def test_a_place_named_as_a_states_base(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "affirmed", "asserted") in deployments(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chad, France's former base in the Sahel, expelled the French.",
        "In Gabon, France's army base is shrinking.",  # the place opens the sentence: not an apposition
        "Near Gyumri, Pashinyan's aide said the base would stay.",
        "Kenya, home to the UN's regional offices, hosted the talks.",
    ],
)
def test_no_base_apposition(text: str) -> None:
    assert {d for d in deployments(text) if d[2:] == ("affirmed", "asserted")} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Niger hosted hundreds of American troops until last year.",
        "American troops were stationed in Niger until recently.",
        "The United States kept a drone base in Niger until earlier this year.",
    ],
)
def test_forces_held_until_a_time_just_past_have_left(text: str) -> None:
    assert deployments(text) == {("united-states", "niger", "negated", "asserted")}


def test_forces_held_until_a_time_to_come_are_there() -> None:
    assert deployments("American troops have been stationed in Niger and will stay until next year.") == {
        ("united-states", "niger", "affirmed", "asserted")
    }


def test_a_states_former_base_is_its_base_no_longer() -> None:
    assert deployments("France's former base in Chad now stands empty.") == {("france", "chad", "negated", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Gabon, China's planned naval base on the Atlantic, denied the talks.",
        "Djibouti, Russia's proposed base, has not opened.",
    ],
)
def test_a_base_to_come_is_no_base(text: str) -> None:
    assert deployments(text) == set()


def test_home_to_forces_until_a_time_just_past() -> None:
    text = "Djibouti, home to the command of France's troops in Africa until last year, held elections."
    assert deployments(text) == {("france", "djibouti", "negated", "asserted")}
