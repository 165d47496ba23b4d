"""A body that is a force in itself placed where it operates, a request to set about leaving, a threat to take a
place, and a date that belongs to its own clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract_document
from loaders.reading import read_text
from tests.loaders.test_precision import facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Wagner has been operating in the Central African Republic since 2018.",
            ("wagner-group", "central-african-republic"),
        ),
        ("Wagner mercenaries are deployed in Mali.", ("wagner-group", "mali")),
        ("The Africa Corps is now active in Burkina Faso.", ("africa-corps", "burkina-faso")),
        ("Wagner fighters arrived in Libya in 2019.", ("wagner-group", "libya")),
        ("Wagner operates in Sudan, a report found.", ("wagner-group", "sudan")),
    ],
)
def test_an_armed_body_where_it_operates_is_deployed_there(text: str, fact: tuple[str, str]) -> None:
    assert ("DEPLOYED_IN", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wagner is in talks with the rulers of Mali.",
        "Wagner's founder died in a plane crash in Russia.",
        "Russia is active in Mali, its critics say.",  # a state is not a force in itself
        "The Sudanese Armed Forces are fighting in Sudan.",  # its own country
    ],
)
def test_no_armed_body_placed(text: str) -> None:
    assert not facts(text, "DEPLOYED_IN")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Congolese government asked MONUSCO to begin leaving the country.",
            ("democratic-republic-of-the-congo", "monusco"),
        ),
        ("Congo asked MONUSCO to begin its withdrawal by December.", ("democratic-republic-of-the-congo", "monusco")),
        ("Mali told MINUSMA to speed up its departure.", ("mali", "minusma")),
        ("Niger ordered French troops to begin pulling out.", ("niger", "france")),
        ("Somalia urged Kenya to start to withdraw its soldiers.", ("somalia", "kenya")),
    ],
)
def test_a_request_to_set_about_leaving(text: str, fact: tuple[str, str]) -> None:
    assert ("REQUESTED_WITHDRAWAL", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Congo asked MONUSCO to begin patrolling the border.",
        "Congo wants to begin talks with Rwanda.",
    ],
)
def test_setting_about_something_else_is_no_request(text: str) -> None:
    assert not facts(text, "REQUESTED_WITHDRAWAL")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("China threatened to invade Taiwan.", ("china", "taiwan")),
        ("Beijing has vowed to take Taiwan by force if necessary.", ("china", "taiwan")),
        ("China has vowed to bring Taiwan under its control by force.", ("china", "taiwan")),
        ("Turkey threatened to take over Cyprus.", ("turkey", "cyprus")),
        ("Moscow threatened to seize Moldova's breakaway region.", ("russia", "moldova")),
    ],
)
def test_a_threat_to_take_a_place(text: str, fact: tuple[str, str]) -> None:
    assert ("THREATENED", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president vowed to take Poland to court.",
        "Iran threatened to take part in the talks with Iraq.",
        "Biden warned that Russia could invade Ukraine.",
    ],
)
def test_no_threat_to_take_a_place(text: str) -> None:
    assert not facts(text, "THREATENED")


def test_a_threat_to_take_a_place_that_is_denied_is_negated() -> None:
    found = {
        (r.predicate, r.polarity)
        for r in extract_document(read_text("t", "Russia denied that it had threatened to invade Ukraine.")).relations
    }
    assert ("THREATENED", "negated") in found and ("THREATENED", "affirmed") not in found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Israel occupied the West Bank in 1967 and annexed East Jerusalem in 1980.", "1980"),
        ("Israel captured the city in 1967 and annexed East Jerusalem in 1980.", "1980"),
        ("Israel annexed East Jerusalem in 1980.", "1980"),
    ],
)
def test_a_date_of_the_acts_own_clause_comes_first(text: str, date: str) -> None:
    dates = {
        r.qualifiers.get("date") for r in extract_document(read_text("t", text)).relations if r.predicate == "ANNEXED"
    }
    assert dates == {date}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The United States has provided more than $60 billion in military aid to Ukraine.",
            ("united-states", "ukraine"),
        ),
        ("Germany sent €2bn worth of weapons to Ukraine last year.", ("germany", "ukraine")),
        ("Britain has given about 500 million pounds of military assistance to Kyiv.", ("united-kingdom", "ukraine")),
        ("Germany is Ukraine's second-largest supplier of weapons.", ("germany", "ukraine")),
        ("Russia was India's largest arms supplier for decades.", ("russia", "india")),
        ("China is the main supplier of drones to Ethiopia.", ("china", "ethiopia")),
    ],
)
def test_weapons_given_as_a_sum_or_a_supplier_named(text: str, fact: tuple[str, str]) -> None:
    assert ("SUPPLIES_WEAPONS_TO", *fact) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States provided $2 billion in humanitarian aid to Gaza.",
        "Germany is Ukraine's largest supplier of gas.",
        "Norway gave $300 million to Ukraine.",
        "France has given permission to Ukraine.",
    ],
)
def test_no_weapons_given(text: str) -> None:
    assert not facts(text, "SUPPLIES_WEAPONS_TO")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Nicholas Haysom, head of the UN mission in South Sudan, warned of a relapse.", ("nicholas-haysom", "unmiss")),
        ("Aroldo Lazaro, the commander of the UN force in Lebanon, toured the border.", ("aroldo-lazaro", "unifil")),
        # no mission of the body known there: the body itself
        ("Maria Ruiz, the head of the UN mission in Colombia, said the accord held.", ("maria-ruiz", "united-nations")),
    ],
)
def test_the_head_of_a_bodys_mission_in_a_place_holds_a_post_in_that_mission(text: str, fact: tuple[str, str]) -> None:
    assert ("HOLDS_POSITION", *fact) in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Amadou Sy, who was sworn in as Senegal's president in April, called for talks.", ("amadou-sy", "senegal")),
        ("Petra Novak, elected Slovakia's president last year, backed the plan.", ("petra-novak", "slovakia")),
        ("Jon Berg, who became Finland's president in March, visited Kyiv.", ("jon-berg", "finland")),
        ("John Mwangi, who was named Kenya's defence minister, toured the camp.", ("john-mwangi", "kenya")),
    ],
)
def test_a_title_taken_in_a_relative_clause_is_held(text: str, fact: tuple[str, str]) -> None:
    assert ("HOLDS_POSITION", *fact) in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kyiv condemned the Russian strike.", ("CONDEMNED", "ukraine", "russia")),
        ("Egypt condemned the Israeli incursion into Rafah.", ("CONDEMNED", "egypt", "israel")),
        ("Poland condemned the Belarusian provocation.", ("CONDEMNED", "poland", "belarus")),
        ("Lebanon denounced the Israeli air strikes on Tyre.", ("CONDEMNED", "lebanon", "israel")),
        ("The UN condemned the Russian annexation of Crimea.", ("CONDEMNED", "united-nations", "russia")),
        ("The UN condemned the Russian annexation of Crimea.", ("ANNEXED", "russia", "crimea")),
    ],
)
def test_an_act_named_by_its_authors_adjective(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_the_place_of_an_act_named_by_its_authors_adjective_is_not_condemned() -> None:
    assert ("CONDEMNED", "united-nations", "crimea") not in facts("The UN condemned the Russian annexation of Crimea.")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Chad urged Sudan to begin withdrawing its complaint at the UN.", ("REQUESTED_WITHDRAWAL", "chad", "sudan")),
        (
            "The EU called on Serbia to begin leaving the Russian orbit.",
            ("REQUESTED_WITHDRAWAL", "european-union", "serbia"),
        ),
        (
            "The UN urged Britain to speed up the departure of refugees.",
            ("REQUESTED_WITHDRAWAL", "united-nations", "united-kingdom"),
        ),
        ("China vowed to take Taiwan, not by force but through talks.", ("THREATENED", "china", "taiwan")),
        ("Israel warned of the Iranian threat to the region.", ("THREATENED", "israel", "iran")),
        (
            "Amadou Sy, who was sworn in as Senegal's president in 1990, died in 2010.",
            ("HOLDS_POSITION", "amadou-sy", "senegal"),
        ),
        (
            "Petra Novak, who was elected Slovakia's president in 2004, resigned in 2009.",
            ("HOLDS_POSITION", "petra-novak", "slovakia"),
        ),
        (
            "Jo Lund, head of the UN fact-finding mission in Sudan, presented the report.",
            ("HOLDS_POSITION", "jo-lund", "unitams"),
        ),
    ],
)
def test_near_misses_of_the_new_families(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Niger asked France to begin leaving on 1 September.", ("REQUESTED_WITHDRAWAL", "niger", "france")),
        (
            "Burkina Faso urged France to speed up the withdrawal of its forces.",
            ("REQUESTED_WITHDRAWAL", "burkina-faso", "france"),
        ),
        ("Chad asked France to accelerate the departure of its soldiers.", ("REQUESTED_WITHDRAWAL", "chad", "france")),
        ("Japan condemned Chinese threats against Taiwan.", ("CONDEMNED", "japan", "china")),
        ("Japan condemned Chinese threats against Taiwan.", ("THREATENED", "china", "taiwan")),
        (
            "Omar Tall, who was sworn in as Chad's president in May, said his rival had been killed.",
            ("HOLDS_POSITION", "omar-tall", "chad"),
        ),
        (
            "Ida Dia, who became Mali's president in 2022, said her predecessor had resigned.",
            ("HOLDS_POSITION", "ida-dia", "mali"),
        ),
    ],
)
def test_the_near_misses_keep_what_they_should(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Washington urged Israel to speed up the exit of foreign nationals from Gaza.",
            ("REQUESTED_WITHDRAWAL", "united-states", "israel"),
        ),
        ("Japan condemned Chinese threats against Taiwan.", ("CONDEMNED", "japan", "taiwan")),
        (
            "Ali Ndong, who was elected Gabon's president in 2009, was later toppled in a coup.",
            ("HOLDS_POSITION", "ali-ndong", "gabon"),
        ),
        ("China vowed to take Taiwan, but not necessarily by force.", ("THREATENED", "china", "taiwan")),
    ],
)
def test_more_near_misses_of_the_new_families(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts(text)
