"""Answers a journalist can trust: the place asked about, citations, event and publication dates kept apart,
and asserted facts apart from the rest. On an article written for the test, through HTTP, on both stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from api.app import create_app
from graph import GraphStore
from loaders.load import load_paths
from tests.api.served import served_client

ARTICLE = {
    "id": "capitals",
    "title": "Three capitals and one garrison",
    "publisher": "Test Gazette",
    "published": "2024-05-01",
    "url": "https://news.test/capitals",
    "text": "Three capitals and one garrison\n\n"
    "Moldova asked Russia to withdraw its troops from Transnistria in 2019. "
    "Georgia demanded that Russia pull its forces out of Abkhazia in 2021. "
    "Ukraine called on Russia to withdraw its troops from Crimea. "
    "Russia keeps about 1,500 soldiers in Transnistria. "
    "Russia plans to send troops to Belarus. "
    "Russia has not deployed troops in Armenia.",
}
DATELINED = (
    "A garrison on the river\n\n"
    "CHISINAU, June 3, 2023 (Test Wire) - About 900 Russian soldiers are stationed in Transnistria, a strip of "
    "land the world recognizes as part of Moldova.\n"
)


def answers_on(store: GraphStore, tmp_path: Path, *questions: str) -> list[dict[str, Any]]:
    (tmp_path / "capitals.json").write_text(json.dumps(ARTICLE))
    (tmp_path / "datelined.txt").write_text(DATELINED)
    assert load_paths(store, [tmp_path]).failures == []
    with served_client(create_app(store=store)) as client:
        responses = [client.get("/ask", params={"q": q}) for q in questions]
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
    return [r.json() for r in responses]


def test_the_place_asked_about_the_citations_and_the_dates(store: GraphStore, tmp_path: Path) -> None:
    moldova, anywhere, when, timeline_dates = answers_on(
        store,
        tmp_path,
        "Who asked Russia to leave Moldova?",
        "Who asked Russia to leave?",
        "When did Moldova ask Russia to withdraw?",
        "How many Russian troops are in Transnistria?",
    )
    # Only the request about Moldova (Transnistria is part of it): not Georgia's, not Ukraine's.
    assert [f["subject"]["name"] for f in moldova["rows"]] == ["Moldova"]
    assert {f["subject"]["name"] for f in anywhere["rows"]} == {"Moldova", "Georgia", "Ukraine"}
    [evidence] = moldova["rows"][0]["evidence"]
    assert evidence == {
        "text": "Moldova asked Russia to withdraw its troops from Transnistria in 2019.",
        "start": evidence["start"],
        "end": evidence["end"],
        "article": "capitals",
        "title": "Three capitals and one garrison",
        "publisher": "Test Gazette",
        "published": "2024-05-01",
        "url": "https://news.test/capitals",
        "qualifiers": {"date": "2019", "territory": "transnistria"},  # as read from this sentence
    }
    # The event's date is the sentence's year, not the article's publication date.
    assert when["rows"][0]["date"] == "2019" and when["summary"] == "2019 (Moldova → Russia)"
    # A dateline's date is when the article was filed, not when the troops were there.
    datelined = [f for f in timeline_dates["rows"] if f["evidence"][0]["article"] == "datelined"]
    assert datelined and all(f["date"] is None and "date" not in f["qualifiers"] for f in datelined)


def test_asserted_planned_and_denied_stand_apart(store: GraphStore, tmp_path: Path) -> None:
    where, belarus, armenia, since = answers_on(
        store,
        tmp_path,
        "Where does Russia have troops?",
        "Did Russia send troops to Belarus?",
        "Has Russia deployed troops in Armenia?",
        "Who asked Russia to leave since 2020?",
    )
    # Troops stated to be in Transnistria, and those asked out of Abkhazia and Crimea, which places them there.
    assert {f["object"]["id"] for f in where["rows"]} == {"transnistria", "abkhazia", "crimea"}
    assert {(f["object"]["id"], f["status"]) for f in where["unconfirmed"]} == {
        ("belarus", "planned"),
        ("armenia", "denied"),
    }
    assert belarus["verdict"] == "only planned" and belarus["rows"] == []
    assert armenia["verdict"] == "no" and armenia["unconfirmed"][0]["status"] == "denied"
    # 2019 is before the time asked about; Ukraine's request gives no date, so it stays.
    assert {f["subject"]["name"] for f in since["rows"]} == {"Georgia", "Ukraine"}


MISSIONS = (
    "Two missions\n\n"
    "Georgia told the EU Monitoring Mission in Georgia to leave its headquarters in Tbilisi last week.\n\n"
    "Armenia asked the EU Mission in Armenia to stay.\n"
)


def test_a_body_named_by_description(store: GraphStore, tmp_path: Path) -> None:
    """ "The EU monitoring mission ... Georgia" is the mission whose name holds those words, not the EU in Georgia;
    "the EU mission" alone is either mission."""
    (tmp_path / "missions.txt").write_text(MISSIONS)
    assert load_paths(store, [tmp_path]).failures == []
    with served_client(create_app(store=store)) as client:
        named, either = (
            client.get("/ask", params={"q": q}).json()
            for q in ("Who told the EU monitoring mission to leave Georgia?", "Did Georgia ask the EU mission to go?")
        )
    assert [e["id"] for e in named["understood"]["objects"]] == ["eumm-georgia"] and named["understood"]["places"] == []
    assert named["summary"] == "Georgia" and [f["object"]["id"] for f in named["rows"]] == ["eumm-georgia"]
    assert {e["id"] for e in either["understood"]["objects"]} == {"eumm-georgia", "euma-armenia"}
    assert either["verdict"] == "yes"
