"""Neo4j's offline bulk path: an archive imported by `neo4j-admin database import full` into a stopped server
holds what upserts into an empty database write: the same counts, facts, node properties and RDF export lines."""

from __future__ import annotations

import io
import os
import shlex
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from core.errors import StoreUnavailable
from graph import GraphStore, open_store
from graph.archive import plan_archive
from graph.neo4j.admin_import import run_import, write_import_files
from loaders.load import extract_file
from rdf.export import write_dump
from rdf.vocab import Vocabulary
from schema import ONTOLOGY
from schema.records import Article, Entity, Evidence, Relation
from tests.conftest import KG, NEO4J_SCRIPT, SEEDS, graph_state, neo4j_server
from tests.graph.test_store import ART_A, ART_B, ASKED, DEPLOYED, DEPLOYED_AGAIN, ENTITIES, RUSSIA

# Values a CSV file must carry through: quotes, commas, a line break, an empty string, an empty list.
ODD = Entity("odd-place", "Territory", 'The "Odd", Place', (), None, {"status": ""})
ART_C = Article("c3", 'A "quoted", title', "Desk", "https://example.org/c3", None, "cc")
ODD_FACT = Relation(
    "OCCUPIES",
    "russia",
    "State",
    "odd-place",
    "Territory",
    {"since": "2014"},
    confidence=0.7,
    evidence=(Evidence("c3", 5, 70, 'Russia holds "the Odd Place",\nsays one line, since 2014.'),),
)
ODD_ASK = Relation(
    "REQUESTED_WITHDRAWAL",
    "moldova",
    "State",
    "russia",
    "State",
    {"territory": "odd-place", "years": [2014, 2015]},
    evidence=(Evidence("c3", 71, 99, "Moldova asked, in 2014 and 2015."),),
)
# Dropped, as an upsert drops it: its subject is not given.
DANGLING = Relation(
    "OCCUPIES",
    "nowhere",
    "State",
    "transnistria",
    "Territory",
    evidence=(Evidence("a1", 0, 9, "Nowhere holds it."),),
)


def archive() -> tuple[list[Article], list[Entity], list[Relation]]:
    """The seed articles as extracted, and hand-written records with values that are hard to write as CSV."""
    extractions = [e for path in sorted(SEEDS.glob("*")) for e in extract_file(path).extractions]
    assert extractions
    articles = [e.article for e in extractions] + [ART_A, ART_B, ART_C]
    entities = [x for e in extractions for x in e.entities.values()] + ENTITIES + [ODD, replace(RUSSIA, aliases=())]
    relations = [r for e in extractions for r in e.relations] + [
        DEPLOYED,
        ASKED,
        DEPLOYED_AGAIN,
        ODD_FACT,
        ODD_ASK,
        DANGLING,
    ]
    return articles, entities, relations


def contents(store: GraphStore) -> tuple[object, ...]:
    """Everything a store holds, in an order that does not depend on how it was written."""
    nodes = {t.name: [row for page in store.iter_nodes(t.name) for row in page] for t in ONTOLOGY.node_types}
    evidence = sorted((row for page in store.iter_evidence() for row in page), key=lambda row: row["id"])
    facts = sorted((row for page in store.iter_facts() for row in page), key=lambda row: row["fact_id"])
    out = io.BytesIO()
    write_dump(store, Vocabulary("http://kg.test/"), "ntriples", out)
    return graph_state(store), nodes, evidence, facts, sorted(out.getvalue().decode().splitlines())


def assert_holds_as_upserted(
    store: GraphStore, records: tuple[list[Article], list[Entity], list[Relation]], upserted: tuple[object, ...]
) -> None:
    """The imported store holds what upserts wrote, and is an ordinary one: loading the same records again
    changes nothing, and an article can be retracted."""
    for part, (got, want) in enumerate(zip(contents(store), upserted, strict=True)):
        assert got == want, f"part {part} differs"
    store.upsert(*records)
    assert contents(store) == upserted
    occupies = store.counts()["OCCUPIES"]
    store.retract_article("c3")
    assert store.counts()["OCCUPIES"] == occupies - 1


def test_import_holds_what_upserts_write(tmp_path: Path) -> None:
    articles, entities, relations = archive()
    files = write_import_files(plan_archive(articles, entities, relations), tmp_path / "csv")
    with neo4j_server(tmp_path / "neo4j", heap="512m") as (settings, env):
        admin = ["env", f"KG_NEO4J_HOME={env['KG_NEO4J_HOME']}", NEO4J_SCRIPT, "admin"]
        with open_store(settings) as store:
            store.init_schema()
            store.upsert(articles, entities, relations)
            upserted = contents(store)
            counts = upserted[0][0]
            assert counts["OCCUPIES"] >= 1 and counts["Evidence"] >= 4

            # The database is in use while the server runs: the command refuses in one line, and nothing is lost.
            refused = subprocess.run(
                [KG, "bulk-import", str(SEEDS), "--csv-dir", str(tmp_path / "cli")],
                env={**env, "KG_STORE": "neo4j", "KG_NEO4J_ADMIN": shlex.join(admin)},
                capture_output=True,
                text=True,
                check=False,
            )
            assert refused.returncode == 1
            assert refused.stderr.startswith("kg: neo4j-admin database import failed:")
            assert len(refused.stderr.splitlines()) == 1, refused.stderr
            assert contents(store) == upserted

        subprocess.run([NEO4J_SCRIPT, "stop"], env=env, capture_output=True, check=True)
        # The database exists: without --replace the import refuses in one line.
        with pytest.raises(StoreUnavailable, match="neo4j-admin database import failed"):
            run_import(admin, settings.neo4j_database, files)
        assert "IMPORT DONE" in run_import(admin, settings.neo4j_database, files, replace=True)
        subprocess.run([NEO4J_SCRIPT, "resume"], env=env, capture_output=True, check=True)
        with open_store(settings) as store:
            store.init_schema()  # the constraints and indexes, built from the imported data
            assert_holds_as_upserted(store, (articles, entities, relations), upserted)


def test_csv_only_writes_the_files_and_prints_the_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [KG, "bulk-import", str(SEEDS), "--csv-dir", str(tmp_path), "--csv-only"],
        env={
            **os.environ,
            "KG_STORE": "neo4j",
            "KG_NEO4J_ADMIN": "/opt/neo4j/bin/neo4j-admin",
            "NEO4J_DATABASE": "archive",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    command = shlex.split(done.stdout.splitlines()[-1])
    assert command[:6] == [
        "/opt/neo4j/bin/neo4j-admin",
        "database",
        "import",
        "full",
        "archive",
        "--overwrite-destination=false",
    ]
    named = {
        arg.partition("=")[2].partition("=")[2] for arg in command if arg.startswith(("--nodes=", "--relationships="))
    }
    assert named == {str(path) for path in tmp_path.glob("*.csv")}
    header = (tmp_path / "nodes-State.csv").read_text().splitlines()[0]
    assert header.startswith("id:ID(Entity),") and "aliases:string[]" in header
