"""The GraphStore contract, on both backends."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from pydantic import SecretStr

from bench.graph_gen import SyntheticGraph, batches, entities
from core.errors import KGError, NotFound, QueryFailed, SchemaError, StoreLocked, StoreUnavailable
from core.settings import Settings
from graph import GraphStore, open_store
from kg.scope import EVERYWHERE
from schema import ONTOLOGY
from schema.records import Article, Entity, Evidence, Relation
from tests.conftest import graph_state

RUSSIA = Entity("russia", "State", "Russia", ("Russian Federation", "Moscow"), "Q159")
MOLDOVA = Entity("moldova", "State", "Moldova", (), "Q217")
TRANSNISTRIA = Entity(
    "transnistria", "Territory", "Transnistria", ("Pridnestrovie",), "Q907112", {"status": "breakaway"}
)
UNGA = Entity("un-general-assembly", "Organization", "UN General Assembly", ("UNGA",), "Q47423")
RESOLUTION = Entity(
    "res-2018",
    "Resolution",
    "A 2018 resolution",
    (),
    None,
    {"date": "2018-06-22", "votes": {"for": 64, "against": 15, "abstain": 83}},
)
ART_A = Article("a1", "Troops stay on", "Example Wire", None, "2021-03-01", "aa")
ART_B = Article("b2", "Another report", "Other Desk", None, "2022-05-04", "bb")

DEPLOYED = Relation(
    "DEPLOYED_IN",
    "russia",
    "State",
    "transnistria",
    "Territory",
    {"troops": 1500, "since": "1992"},
    confidence=0.9,
    evidence=(Evidence("a1", 10, 60, "Russia keeps about 1,500 soldiers in Transnistria."),),
)
ASKED = Relation(
    "REQUESTED_WITHDRAWAL",
    "res-2018",
    "Resolution",
    "russia",
    "State",
    {"territory": "moldova", "years": [2018]},
    evidence=(Evidence("b2", 0, 40, "The resolution urged Russia to pull out."),),
)
ADOPTED = Relation(
    "ADOPTED",
    "un-general-assembly",
    "Organization",
    "res-2018",
    "Resolution",
    {"date": "2018-06-22", "votes": {"for": 64, "against": 15, "abstain": 83}},
    evidence=(Evidence("b2", 41, 90, "The assembly adopted it by 64 votes to 15."),),
)
# The same fact as DEPLOYED, from a sentence of the other article.
DEPLOYED_AGAIN = Relation(
    "DEPLOYED_IN",
    "russia",
    "State",
    "transnistria",
    "Territory",
    {"troops": 1500},
    evidence=(Evidence("b2", 100, 150, "Russian forces remain in Transnistria."),),
)
ENTITIES = [RUSSIA, MOLDOVA, TRANSNISTRIA, UNGA, RESOLUTION]


def load_sample(store: GraphStore) -> None:
    store.upsert([ART_A, ART_B], ENTITIES, [DEPLOYED, ASKED, ADOPTED])


def test_schema_exists_after_init(store: GraphStore) -> None:
    declared = store.existing_schema()
    assert set(ONTOLOGY.node_types and (n.name for n in ONTOLOGY.node_types)) <= declared.node_types
    assert set(ONTOLOGY.predicate_names) <= declared.relation_types


def test_init_twice_is_harmless(store: GraphStore) -> None:
    load_sample(store)
    store.init_schema()
    assert store.counts()["DEPLOYED_IN"] == 1


def test_round_trip_through_named_queries(store: GraphStore) -> None:
    load_sample(store)
    [entity] = store.query("entity", id="transnistria")
    assert entity.pop("properties")["status"] == "breakaway"
    assert entity == {
        "id": "transnistria",
        "type": "Territory",
        "name": "Transnistria",
        "aliases": ["Pridnestrovie"],
        "wikidata": "Q907112",
    }
    [fact] = store.query("fact", fact_id=DEPLOYED.fact_id)
    assert (fact["predicate"], fact["subject_id"], fact["object_id"]) == ("DEPLOYED_IN", "russia", "transnistria")
    assert fact["relation"]["troops"] == 1500
    assert fact["relation"]["since"] == "1992"
    assert fact["relation"]["confidence"] == pytest.approx(0.9)
    [evidence] = store.query("fact_evidence", fact_id=DEPLOYED.fact_id)
    assert evidence["text"] == "Russia keeps about 1,500 soldiers in Transnistria."
    assert (evidence["article"], evidence["start"], evidence["end"]) == ("a1", 10, 60)
    assert evidence["title"] == "Troops stay on"


def test_qualifier_kinds_survive(store: GraphStore) -> None:
    load_sample(store)
    [adopted] = store.query("fact", fact_id=ADOPTED.fact_id)
    votes = ONTOLOGY.predicate("ADOPTED").qualifier_map["votes"].kind.from_store(adopted["relation"]["votes"])
    assert votes == {"for": 64, "against": 15, "abstain": 83}
    [asked] = store.query("fact", fact_id=ASKED.fact_id)
    assert asked["relation"]["years"] == [2018]
    assert asked["relation"]["territory"] == "moldova"


def test_writes_are_idempotent(store: GraphStore) -> None:
    load_sample(store)
    before = store.counts()
    load_sample(store)
    assert store.counts() == before
    assert before["DEPLOYED_IN"] == 1 and before["Evidence"] == 3 and before["State"] == 2
    [fact] = store.query("fact", fact_id=DEPLOYED.fact_id)
    assert len(fact["relation"]["evidence_ids"]) == 1


def test_a_fact_keeps_every_supporting_sentence(store: GraphStore) -> None:
    load_sample(store)
    again = replace(DEPLOYED_AGAIN, confidence=0.7)
    assert again.fact_id == DEPLOYED.fact_id
    store.upsert_relations([again])
    rows = store.query("fact_evidence", fact_id=DEPLOYED.fact_id)
    assert [r["article"] for r in rows] == ["a1", "b2"]
    [fact] = store.query("fact", fact_id=DEPLOYED.fact_id)
    assert fact["relation"]["confidence"] == pytest.approx(0.9)
    assert fact["relation"]["since"] == "1992"


def test_clear_empties_the_store(store: GraphStore) -> None:
    load_sample(store)
    store.clear()
    assert set(store.counts().values()) == {0}


def test_errors_are_the_projects_own(store: GraphStore) -> None:
    with pytest.raises(NotFound):
        store.query("no_such_query")
    with pytest.raises(QueryFailed):
        store._read("MATCH (n RETURN n", {})
    with pytest.raises(SchemaError):
        store.upsert_relations([Relation("OCCUPIES", "russia", "State", "res-2018", "Resolution")])
    with pytest.raises(SchemaError):
        store.upsert_relations([Relation("NOT_A_PREDICATE", "a", "State", "b", "State")])
    assert issubclass(QueryFailed, KGError) and issubclass(StoreUnavailable, KGError)


def test_neo4j_bad_password_is_store_unavailable(neo4j_settings: Settings) -> None:
    wrong = neo4j_settings.model_copy(update={"neo4j_password": SecretStr("not-the-password")})
    with pytest.raises(StoreUnavailable, match="refused the credentials"):
        open_store(wrong)


def test_neo4j_unreachable_is_store_unavailable(neo4j_settings: Settings) -> None:
    gone = neo4j_settings.model_copy(update={"neo4j_uri": "bolt://127.0.0.1:1"})
    with pytest.raises(StoreUnavailable):
        open_store(gone)


def test_neo4j_routing_uri_works(neo4j_settings: Settings) -> None:
    routed = neo4j_settings.model_copy(update={"neo4j_uri": neo4j_settings.neo4j_uri.replace("bolt://", "neo4j://")})
    with open_store(routed) as store:
        store.init_schema()
        assert "Neo4j Kernel 5." in store.server_version()
        store.upsert_entities([RUSSIA])
        assert store.query("entity", id="russia")[0]["name"] == "Russia"


def test_embedded_store_held_by_another_process(tmp_path: Path) -> None:
    settings = Settings(store="embedded", data_dir=tmp_path)
    with open_store(settings) as store:
        store.init_schema()
        code = (
            "import sys\n"
            "from graph import open_store\n"
            "from core.errors import StoreLocked\n"
            "from core.settings import Settings\n"
            f"try:\n    open_store(Settings(store='embedded', data_dir={str(tmp_path)!r}))\n"
            "except StoreLocked as exc:\n    print('locked:', exc); sys.exit(3)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 3, done.stderr
    assert "held by another process" in done.stdout
    assert StoreLocked.__mro__[1] is StoreUnavailable


def test_retracting_an_article_keeps_what_others_support(store: GraphStore) -> None:
    load_sample(store)
    store.upsert_relations([DEPLOYED_AGAIN])
    summary = store.retract_article("a1")
    assert (summary.evidence, summary.relations) == (1, 0)
    assert [r["article"] for r in store.query("fact_evidence", fact_id=DEPLOYED.fact_id)] == ["b2"]
    assert store.article_sha256("a1") is None

    summary = store.retract_article("b2")
    assert summary.relations == 3
    counts = store.counts()
    assert counts["DEPLOYED_IN"] == counts["ADOPTED"] == counts["Evidence"] == counts["Article"] == 0
    # Entities the retracted relations left bare are gone; one never in a relation is not touched.
    assert store.query("entity", id="russia") == [] and counts["Resolution"] == 0
    states = store.query("search", q="", type="State", skip=0, limit=10, **EVERYWHERE)
    assert [e["id"] for e in states] == ["moldova"]


def test_retracting_an_unknown_article_is_not_found(store: GraphStore) -> None:
    with pytest.raises(NotFound):
        store.retract_article("never-loaded")


def test_one_fact_from_two_articles_in_one_batch(store: GraphStore) -> None:
    store.upsert_articles([ART_A, ART_B])
    store.upsert_entities(ENTITIES)
    relations, evidence = store.upsert_relations([DEPLOYED, DEPLOYED_AGAIN])
    assert (relations, evidence) == (1, 2)
    [fact] = store.query("fact", fact_id=DEPLOYED.fact_id)
    assert len(fact["relation"]["evidence_ids"]) == 2
    assert [r["article"] for r in store.query("fact_evidence", fact_id=DEPLOYED.fact_id)] == ["a1", "b2"]


def generated(relations: int) -> SyntheticGraph:
    return SyntheticGraph(states=40, territories=60, persons=30, relations=relations)


def write_generated(store: GraphStore, relations: int) -> None:
    spec = generated(relations)
    store.upsert_entities(entities(spec))
    for articles, batch in batches(spec, batch=700):
        store.upsert(articles, (), batch)


def test_bulk_path_equals_the_merge_path_and_is_idempotent(store: GraphStore) -> None:
    """New keys are inserted in bulk, stored keys merged: the graph is the one row-by-row MERGE makes."""
    write_generated(store, 2000)
    bulk = graph_state(store)
    assert bulk[0]["Evidence"] > 1900 and sum(bulk[0][p.name] for p in ONTOLOGY.predicates) > 1800

    write_generated(store, 2000)  # every key is stored now: all of it goes through MERGE
    assert graph_state(store) == bulk

    store.clear()
    store.bulk = False
    try:
        write_generated(store, 2000)
    finally:
        store.bulk = True
    assert graph_state(store) == bulk


def test_bulk_path_keeps_retraction(store: GraphStore) -> None:
    write_generated(store, 500)
    before = store.counts()
    summary = store.retract_article("synthetic-0000000")
    after = store.counts()
    assert summary.evidence == 20 and summary.relations == 20
    assert after["Evidence"] == before["Evidence"] - 20
    assert after["Article"] == before["Article"] - 1


def test_evidence_pages_hold_each_stored_evidence_once_after_a_retraction(store: GraphStore) -> None:
    write_generated(store, 500)
    store.retract_article("synthetic-0000000")  # its evidence leaves deleted rows among the stored ones
    pages = list(store.iter_evidence(page=7))
    ids = [row["id"] for page in pages for row in page]
    assert len(ids) == len(set(ids)) == store.counts()["Evidence"] > 0
    assert all(0 < len(page) <= 7 for page in pages)


def test_a_relation_whose_end_is_missing_is_dropped_with_its_evidence(store: GraphStore) -> None:
    summary = store.upsert([ART_A], [RUSSIA], [DEPLOYED])  # Transnistria is not stored
    assert (summary.relations, summary.evidence) == (0, 0)
    assert store.counts()["DEPLOYED_IN"] == 0 and store.counts()["Evidence"] == 0


def test_concurrent_writers_of_the_same_keys_leave_one_copy(store: GraphStore) -> None:
    """Threads writing overlapping batches (as concurrent POST /articles do) neither fail nor duplicate."""
    write_generated(store, 600)
    expected = graph_state(store)
    store.clear()
    with ThreadPoolExecutor(4) as pool:
        for done in [pool.submit(write_generated, store, 600) for _ in range(4)]:
            done.result()
    assert graph_state(store) == expected
    assert store.counts()["State"] == generated(600).states
