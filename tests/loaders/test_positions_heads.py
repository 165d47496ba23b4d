"""A person said to lead a body or a state by a verb right after their name ("Ali Musa commands the Sahel
Brigade", "Ali Musa, known as Abu Ali, heads ...") or in a clause ("who seized power in Chad"); on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_people import positions

HELD = [
    ("Ali Musa Kebir commands the Rapid Support Forces.", ("ali-musa-kebir", "rapid-support-forces")),
    ("Ali Musa Kebir, known as Abu Ali, commands the Sahel Brigade.", ("ali-musa-kebir", "sahel-brigade")),
    ("Ali Musa Kebir, better known as Abu Ali, leads the Wagner Group.", ("ali-musa-kebir", "wagner-group")),
    ("Ali Musa Kebir heads the Wagner Group, which has men in three countries.", ("ali-musa-kebir", "wagner-group")),
    ("Ali Musa Kebir leads the Sahel Brigade, a militia in the north.", ("ali-musa-kebir", "sahel-brigade")),
    ("Ali Musa Kebir runs the Wagner Group from an office in the capital.", ("ali-musa-kebir", "wagner-group")),
    ("Ali Musa Kebir now commands the Sahel Brigade.", ("ali-musa-kebir", "sahel-brigade")),
    ("Ali Musa Kebir has led the Sahel Brigade since 2019.", ("ali-musa-kebir", "sahel-brigade")),
    ("Ali Musa Kebir founded the Sahel Brigade in 2014.", ("ali-musa-kebir", "sahel-brigade")),
    (
        "Ali Musa Kebir, who leads the paramilitary Rapid Support Forces, said the border would stay closed.",
        ("ali-musa-kebir", "rapid-support-forces"),
    ),
    ("General Ali Musa Kebir, who commands Chad's army, rejected the claim.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir, who seized power in Chad last year, addressed the nation.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir, who took power in Chad in a coup, addressed the nation.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir, who came to power in Chad, addressed the nation.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir seized power in Chad and expelled the envoy.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir leads Chad.", ("ali-musa-kebir", "chad")),
    # a body whose name opens with its state's
    ("Maria Reyes, who heads US Africa Command, told senators the jets had landed.", ("maria-reyes", "africa-command")),
    ("Ali Musa Kebir has led Chad since 2021.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir rules Chad with an iron hand.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir heads the Wagner Group and its companies.", ("ali-musa-kebir", "wagner-group")),
    ("Ali Musa Kebir has ruled Chad since 2021.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir, who has ruled Chad since 2021, addressed the nation.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir still governs Chad.", ("ali-musa-kebir", "chad")),
    # a participle after the name's comma
    ("Gen. Rosa Lind, commanding US Africa Command, said the jets had landed.", ("rosa-lind", "africa-command")),
    ("Colonel Ali Musa Kebir, commanding Chad's army in the east, spoke.", ("ali-musa-kebir", "chad")),
    ("Ali Musa Kebir, heading the Sahel Brigade since 2019, spoke.", ("ali-musa-kebir", "sahel-brigade")),
]


@pytest.mark.parametrize(("text", "held"), HELD)
def test_a_verb_of_leading_after_a_name_holds_the_body_or_state(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_HELD = [
    "Ali Musa Kebir leads Chad's delegation to the talks.",
    "Ali Musa Kebir heads to Chad on Monday.",
    "Ali Musa Kebir led the Wagner Group until 2020.",
    "Ali Musa Kebir does not command the Rapid Support Forces.",
    "Soldiers seized power in Chad in 2022.",
    "Ali Musa Kebir would lead the Sahel Brigade if elected.",
    "Ali Musa Kebir heads the talks with the Wagner Group.",
    # a body's name qualifying a noun, or owning one, is not the body led
    "Antony Blinken leads NATO efforts to arm Ukraine.",
    "Emmanuel Macron heads the European Union delegation.",
    "Recep Tayyip Erdogan heads NATO's summit in Ankara.",
    "Ali Musa Kebir leads the Wagner Group team at the talks.",
    "Ali Musa Kebir chairs the African Union mission to Chad.",
    # a state led at an event or in talks: a delegate, not its leader
    "Sergey Lavrov leads Russia at the G20 summit.",
    "Antony Blinken leads the United States in talks with China.",
    "Ali Musa Kebir heads Chad at the donors' conference.",
    "Ali Musa Kebir, leading Chad at the talks, spoke.",
    "Ali Musa Kebir, leading the delegation to Chad, spoke.",
    "Ali Musa Kebir, heading to Chad, spoke.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_no_leader_without_a_verb_of_leading_now(text: str) -> None:
    assert not positions(text)


LED_BY = [
    ("The Sahel Brigade, led by Ali Musa Kebir, took the town.", ("ali-musa-kebir", "sahel-brigade")),
    ("The Wagner Group is a mercenary outfit run by Ali Musa Kebir.", ("ali-musa-kebir", "wagner-group")),
    (
        "The Rapid Support Forces, now commanded by Ali Musa Kebir, shelled the city.",
        ("ali-musa-kebir", "rapid-support-forces"),
    ),
    (
        "The Government of National Accord chaired by Ali Musa Kebir met in Tripoli.",
        ("ali-musa-kebir", "government-of-national-accord"),
    ),
    ("Chad, led by Ali Musa Kebir since 2021, left the bloc.", ("ali-musa-kebir", "chad")),
    (
        "The Sahel Brigade, which has been led by Ali Musa Kebir for two decades, struck.",
        ("ali-musa-kebir", "sahel-brigade"),
    ),
]


@pytest.mark.parametrize(("text", "held"), LED_BY)
def test_a_body_led_by_a_person_named_after_it(text: str, held: tuple[str, str]) -> None:
    assert held in positions(text)


NOT_LED_BY = [
    "French troops in Chad, led by Ali Musa Kebir, withdrew.",  # the troops are led, not the place they are in
    "A summit with NATO, led by Ali Musa Kebir, ended early.",
    "The Wagner Group, led by Ali Musa Kebir until his death, fought in Mali.",
    "Chad, led by Ali Musa Kebir at the talks, spoke first.",  # a delegation's head
    "The Chadian delegation, led by Ali Musa Kebir, arrived.",
    "The Sahel Brigade was led by Ali Musa Kebir in 2015.",
    "The Sahel Brigade, led by Ali Musa Kebir's son Omar, is recruiting again.",
    "The Sahel Brigade, led by Ali Musa Kebir for 20 years before his death, vowed revenge.",
    "The Sahel Brigade, led by Ali Musa Kebir from 2010 to 2020, grew fast.",
    "The Sahel Brigade, led by Ali Musa Kebir, who was killed in May, fell apart.",
]


@pytest.mark.parametrize("text", NOT_LED_BY)
def test_no_body_led_by(text: str) -> None:
    assert not positions(text)
