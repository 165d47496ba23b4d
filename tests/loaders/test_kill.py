"""`kg load` killed with SIGKILL mid-run: rerunning it completes, with no duplicate and no lost relation."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import generate
from graph import open_store
from kg.settings import Settings

KG = str(Path(sys.executable).parent / "kg")


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


def snapshot(settings: Settings) -> tuple[dict[str, int], list[str]]:
    with open_store(settings, read_only=True) as store:
        facts = sorted(row["fact_id"] for rows in store.iter_facts() for row in rows)
        return store.counts(), facts


def test_load_killed_and_rerun_equals_a_clean_load(store_settings: Settings, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article_id, text, _ in generate(400, seed=21, size=3000):
        (corpus / f"{article_id}.txt").write_text(text)
    env = env_for(store_settings)

    def clear() -> None:
        with open_store(store_settings) as store:
            store.init_schema()
            store.clear()

    clear()
    started = time.monotonic()
    clean = subprocess.run([KG, "load", str(corpus), "--batch", "10"], env=env, capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
    duration = time.monotonic() - started
    expected = snapshot(store_settings)
    assert expected[0]["Article"] == 400

    # Kill it part-way; a run that finishes first is tried again with an earlier kill.
    for fraction in (0.3, 0.15, 0.05):
        clear()
        victim = subprocess.Popen(
            [KG, "load", str(corpus), "--batch", "10"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(duration * fraction)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        if victim.returncode == -signal.SIGKILL:
            break
    assert victim.returncode == -signal.SIGKILL, "every load finished before it was killed"
    partial = snapshot(store_settings)
    assert partial[0]["Article"] < 400

    rerun = subprocess.run([KG, "load", str(corpus), "--batch", "10"], env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(store_settings) == expected
