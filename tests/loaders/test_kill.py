"""`kg load` killed with SIGKILL after its first committed batch: rerunning it gives the graph a clean load gives."""

from __future__ import annotations

import io
import os
import signal
import subprocess
from pathlib import Path

from bench.corpus import generate
from core.settings import Settings
from graph import open_store
from rdf.export import write_dump
from rdf.vocab import Vocabulary
from tests.conftest import KG

ARTICLES = 400


def env_for(settings: Settings) -> dict[str, str]:
    env = {**os.environ, "KG_STORE": settings.store, "KG_DATA_DIR": str(settings.data_dir)}
    if settings.store == "neo4j":
        env |= {
            "NEO4J_URI": settings.neo4j_uri,
            "NEO4J_USER": settings.neo4j_user,
            "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
            "NEO4J_DATABASE": settings.neo4j_database,
        }
    return env


def graph(settings: Settings) -> tuple[int, list[str]]:
    """The number of articles, and the whole graph as sorted N-Triples lines."""
    with open_store(settings, read_only=True) as store:
        out = io.BytesIO()
        write_dump(store, Vocabulary("http://kg.test/"), "ntriples", out)
        return store.counts()["Article"], sorted(out.getvalue().decode().splitlines())


def test_load_killed_and_rerun_equals_a_clean_load(store_settings: Settings, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article_id, text, _ in generate(ARTICLES, seed=21, size=3000):
        (corpus / f"{article_id}.txt").write_text(text)
    env = env_for(store_settings)
    load = [KG, "load", str(corpus), "--batch", "10"]

    def clear() -> None:
        with open_store(store_settings) as store:
            store.init_schema()
            store.clear()

    clear()
    clean = subprocess.run(load, env=env, capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
    articles, expected = graph(store_settings)
    assert articles == ARTICLES and len(expected) > 10_000

    # Killed as soon as it says its first batch is committed: the second is being read or written then.
    clear()
    victim = subprocess.Popen(
        [*load, "--verbose"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert victim.stdout is not None
    first = victim.stdout.readline()
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    victim.stdout.close()
    assert first.startswith("committed 10 articles"), first
    assert victim.returncode == -signal.SIGKILL, "the load finished before it was killed"
    articles, _ = graph(store_settings)
    assert 10 <= articles < ARTICLES

    rerun = subprocess.run(load, env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    articles, after = graph(store_settings)
    assert articles == ARTICLES
    assert set(after) ^ set(expected) == set()
    assert after == expected
