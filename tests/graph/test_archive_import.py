"""LadybugDB's bulk path: an archive COPYed into an empty store holds what upserts into an empty store write (the
same counts, facts, nodes, evidence and N-Triples lines), and a store that holds a graph is not overwritten
unless asked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import BadInput, StoreUnavailable
from core.settings import Settings
from graph import archive_importer
from graph.archive import plan_archive
from graph.ladybug import LadybugStore
from schema.records import Article, Entity, Relation
from tests.conftest import KG, PROJECT, SEEDS
from tests.graph.test_admin_import import archive, assert_holds_as_upserted, contents


def upserted_into(path: Path, records: tuple[list[Article], list[Entity], list[Relation]]) -> tuple[object, ...]:
    """What upserts of the records write into an empty store at the path."""
    with LadybugStore(path) as store:
        store.init_schema()
        store.upsert(*records)
        return contents(store)


def test_import_holds_what_upserts_write(tmp_path: Path) -> None:
    articles, entities, relations = archive()
    upserted = upserted_into(tmp_path / "upserted", (articles, entities, relations))
    counts = upserted[0][0]
    assert counts["OCCUPIES"] >= 1 and counts["Evidence"] >= 4

    importer = archive_importer(Settings(data_dir=tmp_path / "imported"))
    said = importer.run(plan_archive(articles, entities, relations))
    assert said.startswith(f"imported {counts['Article']} articles")
    with LadybugStore(tmp_path / "imported" / "graph.lbug") as store:
        assert_holds_as_upserted(store, (articles, entities, relations), upserted)


def test_a_store_holding_a_graph_is_replaced_only_when_asked(tmp_path: Path) -> None:
    articles, entities, relations = archive()
    plan = plan_archive(articles, entities, relations)
    importer = archive_importer(Settings(data_dir=tmp_path))
    with LadybugStore(tmp_path / "graph.lbug") as store:
        store.init_schema()  # an empty store, as `kg init` leaves it, is imported into
        store.upsert(articles[:1], entities[:3])
        partial = contents(store)
    with pytest.raises(StoreUnavailable, match="holds a graph: give --replace"):
        importer.run(plan)
    with LadybugStore(tmp_path / "graph.lbug") as store:
        assert contents(store) == partial
    importer.run(plan, replace=True)
    with LadybugStore(tmp_path / "graph.lbug") as store:
        imported = contents(store)
    importer.run(plan, replace=True)  # the same archive again: the same store
    with LadybugStore(tmp_path / "graph.lbug") as store:
        assert contents(store) == imported
    with pytest.raises(BadInput, match="leave out --csv-only"):
        importer.prepare(plan)


# Imports the test archive into the store at argv[1] and kills itself with SIGKILL after its evidence is copied.
KILLED_AFTER_EVIDENCE = """
import os, signal, sys
from pathlib import Path
from graph.archive import plan_archive
from graph.ladybug import LadybugStore
from tests.graph.test_admin_import import archive

store = LadybugStore(Path(sys.argv[1]))
store.init_schema()
execute = store._execute

def execute_then_die(conn, statement, params, **options):
    done = execute(conn, statement, params, **options)
    if statement.startswith("COPY CITED_IN"):
        os.kill(os.getpid(), signal.SIGKILL)
    return done

store._execute = execute_then_die
store.import_archive(plan_archive(*archive()))
"""


def test_a_killed_import_leaves_an_empty_store_that_the_next_import_takes(tmp_path: Path) -> None:
    articles, entities, relations = archive()
    upserted = upserted_into(tmp_path / "upserted", (articles, entities, relations))
    path = tmp_path / "graph.lbug"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_EVIDENCE, str(path)], cwd=PROJECT, capture_output=True, timeout=300
    )
    assert killed.returncode == -9, killed.stderr
    with LadybugStore(path) as store:  # one transaction: nothing of it was committed
        assert not any(store.counts().values())
    archive_importer(Settings(data_dir=tmp_path)).run(plan_archive(articles, entities, relations))
    with LadybugStore(path) as store:
        assert contents(store) == upserted


def test_cli_imports_once_and_refuses_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "KG_STORE": "embedded", "KG_DATA_DIR": str(tmp_path)}

    def kg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([KG, *args], env=env, capture_output=True, text=True, check=False)

    done = kg("bulk-import", str(SEEDS))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported ") and str(tmp_path) in done.stdout
    first = kg("export", "--format", "ntriples")
    assert first.returncode == 0 and first.stdout.count("\n") > 10
    for args, message in [
        (("bulk-import", str(SEEDS)), "holds a graph: give --replace to replace it whole"),
        (("bulk-import", str(SEEDS), "--csv-only", "--replace"), "leave out --csv-only"),
    ]:
        refused = kg(*args)
        assert refused.returncode == 1
        assert refused.stderr.startswith("kg: ") and message in refused.stderr
        assert len(refused.stderr.splitlines()) == 1, refused.stderr
    # A path that holds no article: a line for it, one for the import, and the store stays as it was.
    missing = kg("bulk-import", str(tmp_path / "no-such-article.txt"), "--replace")
    assert missing.returncode == 1
    lines = missing.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("kg: ") for line in lines), lines
    assert "no-such-article.txt" in lines[0] and lines[1] == "kg: no article was read: nothing imported"
    assert kg("export", "--format", "ntriples").stdout == first.stdout
