"""kg load and kg forget on both stores: idempotent, changed articles replaced, failures reported."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.corpus import generate
from core.settings import Settings
from graph import GraphStore
from kg.scope import EVERYWHERE
from loaders.load import example_corpus, load_paths
from tests.conftest import KG, SEEDS, graph_state

SANDU = "000_e57a5c32ea2b03d7"


def test_loading_twice_changes_nothing(store: GraphStore) -> None:
    first = load_paths(store, [SEEDS])
    counts = store.counts()
    second = load_paths(store, [SEEDS])
    assert (first.articles, second.articles, second.unchanged) == (5, 0, 5)
    assert store.counts() == counts and counts["Article"] == 5


def test_workers_load_the_graph_one_process_loads(store: GraphStore, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article_id, text, _ in generate(40, seed=3, size=2000):
        (corpus / f"{article_id}.txt").write_text(text)
    (corpus / "broken.json").write_text("[")
    one = load_paths(store, [SEEDS, corpus], batch_articles=7)
    expected = graph_state(store)
    store.clear()
    two = load_paths(store, [SEEDS, corpus], batch_articles=7, workers=2)
    assert (two.articles, two.relations, two.failures) == (one.articles, one.relations, one.failures)
    assert two.articles == 45 and len(two.failures) == 1
    assert graph_state(store) == expected


def test_a_changed_article_replaces_its_evidence(store: GraphStore, tmp_path: Path) -> None:
    article = tmp_path / f"{SANDU}.txt"
    shutil.copy(SEEDS / f"{SANDU}.txt", article)
    load_paths(store, [article])
    assert store.query("withdrawal_requests", actor="russia", skip=0, limit=10, **EVERYWHERE)
    text = article.read_text().replace("publicly asked Russia to remove", "publicly discussed")
    text = text.replace("calling for Russia to remove its troops", "about the region")
    article.write_text(text)
    summary = load_paths(store, [article])
    assert (summary.articles, summary.replaced) == (1, 1)
    assert store.query("withdrawal_requests", actor="russia", skip=0, limit=10, **EVERYWHERE) == []
    assert store.article_sha256(SANDU) is not None and store.counts()["Article"] == 1


def test_a_failing_file_is_reported_and_the_rest_loaded(store: GraphStore, tmp_path: Path) -> None:
    shutil.copy(SEEDS / f"{SANDU}.txt", tmp_path)
    (tmp_path / "broken.json").write_text('{"text": ')
    summary = load_paths(store, [tmp_path])
    assert summary.articles == 1 and len(summary.failures) == 1 and "broken.json" in summary.failures[0]


def test_example_corpus_answers_the_main_question(store: GraphStore) -> None:
    summary = load_paths(store, [example_corpus()])
    assert summary.failures == [] and summary.articles == len(list(example_corpus().glob("*.txt")))
    askers = {
        r["subject_name"] for r in store.query("withdrawal_requests", actor="russia", skip=0, limit=50, **EVERYWHERE)
    }
    assert {"Maia Sandu", "OSCE", "NATO"} <= askers


def run_kg(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(data_dir)}
    return subprocess.run([KG, *args], capture_output=True, text=True, env=env, check=False)


def test_cli_load_ask_forget(tmp_path: Path) -> None:
    loaded = run_kg("load", data_dir=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert "0 failures" in loaded.stdout
    answer = run_kg("ask", "Who asked Russia to leave?", data_dir=tmp_path)
    assert "Maia Sandu REQUESTED_WITHDRAWAL Russia" in answer.stdout and "ex01_dniester_garrison" in answer.stdout
    forgot = run_kg("forget", "ex01_dniester_garrison", data_dir=tmp_path)
    assert forgot.returncode == 0 and "forgot ex01_dniester_garrison" in forgot.stdout
    answer = run_kg("ask", "Who asked Russia to leave?", data_dir=tmp_path)
    assert "Maia Sandu" not in answer.stdout
    missing = run_kg("forget", "never-loaded", data_dir=tmp_path)
    assert missing.returncode == 1 and missing.stderr.strip() == "kg: no article 'never-loaded'"


def test_cli_load_while_the_embedded_store_is_held(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom graph import open_store\nfrom core.settings import Settings\n"
            f"s = open_store(Settings(store='embedded', data_dir={str(tmp_path)!r}))\nprint('open', flush=True)\n"
            "time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        done = run_kg("load", str(SEEDS), data_dir=tmp_path)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert "held by another process" in line and "stop it" in line
    assert Settings(store="embedded", data_dir=tmp_path).embedded_path.exists()


def test_cli_reports_each_kind_of_bad_input_in_one_line(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    shutil.copy(SEEDS / f"{SANDU}.txt", articles)
    (articles / "scripted.html").write_text(
        "<html><head><script>alert('Russia invaded Poland')</script></head>"
        "<body><p>Russian troops occupy parts of Moldova.</p></body></html>"
    )
    (articles / "nobody.txt").write_text("The weather was mild and the harvest was good this year.\n")
    (articles / "broken.jsonl").write_text('{"id": "a", "text": "fine"}\n{"id": \n')
    (articles / "binary.txt").write_bytes(b"\x00\x01" * 100)
    (articles / "latin1.txt").write_bytes("Transnistria caf\xe9".encode("latin-1"))
    done = run_kg("load", str(articles), "--workers", "2", data_dir=tmp_path / "data")  # failures cross processes
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert all(line.startswith("kg: ") for line in lines) and len(lines) == 5
    for name in ("nobody.txt", "binary.txt", "latin1.txt"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    # The JSONL file's bad line is named, and its good line (which names no one) is loaded.
    assert sorted(line.split(": ", 2)[2] for line in lines if "broken.jsonl" in line) == [
        "malformed JSON (Expecting value: column 8)",
        "no relation found in a; nothing extracted",
    ]
    assert "4 articles written" in done.stdout  # the seed, the HTML page, and the two naming no one
    answer = run_kg("ask", "Where does Russia have troops?", data_dir=tmp_path / "data")
    assert "Moldova" in answer.stdout and "Poland" not in answer.stdout

    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "empty.txt").write_text("")
    assert run_kg("load", str(nothing), data_dir=tmp_path / "data").returncode == 1
