"""The graph is a function of the articles alone: not of the batch size, the workers or the order of the files.

Each supporting sentence keeps the qualifiers read from it; a fact's own qualifiers are derived from all of
its evidence, and derived again when an article is forgotten.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from api.app import create_app
from bench.corpus import generate
from core.settings import Settings
from graph import GraphStore
from kg.scope import EVERYWHERE
from loaders.article_files import iter_article_files
from loaders.load import load_paths
from rdf.export import write_dump
from rdf.vocab import Vocabulary
from schema.records import Entity
from tests.api.served import served_client
from tests.conftest import PROJECT, SEEDS

VOCAB = Vocabulary("http://kg.test/")
YEARS = "<http://kg.test/ontology#years>"
TROOPS = "<http://kg.test/ontology#troops>"


def ntriples(store: GraphStore) -> list[str]:
    """The whole graph as sorted N-Triples lines."""
    out = io.BytesIO()
    write_dump(store, VOCAB, "ntriples", out)
    return sorted(out.getvalue().decode().splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The seeds, the held-out articles, and generated articles that state the same facts with other numbers."""
    generated = tmp_path_factory.mktemp("generated")
    for article_id, text, _ in generate(60, seed=11, size=1500):
        (generated / f"{article_id}.txt").write_text(text)
    files = [f for f in iter_article_files([SEEDS, PROJECT / "tests" / "data" / "heldout", generated])]
    assert all(isinstance(f, Path) for f in files) and len(files) > 80
    return files  # type: ignore[return-value]


def test_the_graph_does_not_depend_on_batches_workers_or_file_order(store: GraphStore, corpus: list[Path]) -> None:
    shuffled = corpus.copy()
    random.Random(5).shuffle(shuffled)
    graphs = []
    for files, batch, workers in ((corpus, 50, 1), (corpus, 500, 1), (shuffled, 7, 1), (shuffled[::-1], 13, 2)):
        store.clear()
        summary = load_paths(store, files, batch_articles=batch, workers=workers)
        assert summary.failures == [] and summary.articles == len(corpus)
        graphs.append(ntriples(store))
    assert len(graphs[0]) > 1000
    for other in graphs[1:]:
        assert set(other) ^ set(graphs[0]) == set()
        assert other == graphs[0]


def write_article(directory: Path, article_id: str, published: str, text: str) -> Path:
    path = directory / f"{article_id}.json"
    path.write_text(json.dumps({"id": article_id, "title": "A Report", "published": published, "text": text}))
    return path


@pytest.fixture
def two_requests(tmp_path: Path) -> tuple[Path, Path]:
    """Two articles that state one fact (Sandu asked Russia to withdraw) with their own years and numbers."""
    earlier = write_article(
        tmp_path,
        "earlier",
        "2021-03-01",
        "Maia Sandu asked Russia to withdraw its 1,500 troops from Transnistria in 2019 and again in 2020.",
    )
    later = write_article(
        tmp_path,
        "later",
        "2023-06-01",
        "Maia Sandu asked Russia to withdraw its 1,800 troops from Transnistria in 2021 and again in 2022.",
    )
    return earlier, later


def sandu_fact(store: GraphStore) -> dict:  # type: ignore[type-arg]
    [row] = store.query("withdrawal_requests", actor="russia", skip=0, limit=10, **EVERYWHERE)
    return row["relation"]


def test_each_evidence_keeps_its_qualifiers_and_the_fact_sums_them_up(
    store: GraphStore, two_requests: tuple[Path, Path]
) -> None:
    earlier, later = two_requests
    load_paths(store, [earlier])
    load_paths(store, [later])  # another batch, written after
    fact = sandu_fact(store)
    assert fact["years"] == [2019, 2020, 2021, 2022]  # every year any sentence gives
    assert fact["troops"] == 1500  # the number of the earliest-published article
    assert fact["territory"] == "transnistria"

    dump = ntriples(store)
    annotations = {line.split()[0] for line in dump if line.split()[1] == YEARS and "/evidence/" in line}
    assert len(annotations) == 2
    per_evidence = {
        a: (
            sorted(int(line.split('"')[1]) for line in dump if line.startswith(f"{a} {YEARS}")),
            [int(line.split('"')[1]) for line in dump if line.startswith(f"{a} {TROOPS}")],
        )
        for a in annotations
    }
    assert sorted(per_evidence.values()) == [([2019, 2020], [1500]), ([2021, 2022], [1800])]

    with served_client(create_app(store=store)) as client:
        [row] = client.get("/questions/withdrawal_requests", params={"actor": "russia"}).json()["rows"]
        assert row["qualifiers"]["years"] == [2019, 2020, 2021, 2022]
        shown = [(e["article"], e["qualifiers"]["years"], e["qualifiers"]["troops"]) for e in row["evidence"]]
        assert shown == [("earlier", [2019, 2020], 1500), ("later", [2021, 2022], 1800)]
        evidence = client.get(f"/facts/{row['fact_id']}/evidence").json()["evidence"]
        assert [e["qualifiers"]["troops"] for e in evidence] == [1500, 1800]

    store.retract_article("earlier")
    fact = sandu_fact(store)
    assert (fact["years"], fact["troops"], len(fact["evidence_ids"])) == ([2021, 2022], 1800, 1)


def test_the_summary_is_the_same_whichever_article_comes_first(
    store: GraphStore, two_requests: tuple[Path, Path]
) -> None:
    earlier, later = two_requests
    load_paths(store, [earlier])
    load_paths(store, [later])
    apart = ntriples(store)
    assert sandu_fact(store)["troops"] == 1500
    for files in ([earlier, later], [later, earlier]):
        store.clear()
        load_paths(store, files, batch_articles=5)  # one batch
        assert ntriples(store) == apart


def test_an_entity_two_articles_name_differently_is_the_same_in_either_order(store: GraphStore) -> None:
    plain = Entity("nicolas-maduro", "Person", "Nicolas Maduro", ("Maduro",))
    accented = Entity("nicolas-maduro", "Person", "Nicolás Maduro", ("President Maduro",), "Q57413")
    stored = []
    for first, second in ((plain, accented), (accented, plain)):
        store.clear()
        store.upsert_entities([first])
        store.upsert_entities([second])
        apart = store.query("entity", id="nicolas-maduro")
        store.clear()
        store.upsert_entities([first, second])
        assert store.query("entity", id="nicolas-maduro") == apart
        stored.append(apart)
    assert stored[0] == stored[1]
    [row] = stored[0]
    assert row["name"] == "Nicolás Maduro" and row["wikidata"] == "Q57413"
    assert row["aliases"] == ["Maduro", "Nicolas Maduro", "President Maduro"]


def test_articles_posted_later_do_not_replace_the_first_report(store: GraphStore) -> None:
    """Through the API: a fact keeps the first report's number however many later articles give others."""
    key = "test-key-0123456789"
    auth = {"Authorization": f"Bearer {key}"}

    def post(article_id: str, published: str, troops: int, year: int) -> None:
        text = f"Maia Sandu asked Russia to withdraw its {troops:,} troops from Transnistria in {year}."
        article = {"id": article_id, "title": "A Report", "published": published, "text": text}
        assert client.post("/articles", json=article, headers=auth).status_code == 201

    def summary() -> dict:  # type: ignore[type-arg]
        [row] = client.get("/questions/withdrawal_requests", params={"actor": "russia"}).json()["rows"]
        return row["qualifiers"]

    with served_client(create_app(Settings(store="embedded", api_keys=[key]), store=store)) as client:
        post("first", "2021-03-01", 1500, 2020)
        for n in range(5):
            post(f"later-{n}", f"2024-0{n + 1}-01", 2000 + n, 2024)
        assert summary()["troops"] == 1500 and summary()["date"] == "2020"
        post("older", "2019-05-01", 1200, 2019)  # an earlier report, found later
        assert summary()["troops"] == 1200 and summary()["date"] == "2019"
        assert client.delete("/articles/older", headers=auth).status_code == 200
        assert summary()["troops"] == 1500
