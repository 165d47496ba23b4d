"""Linked data on both stores: dumps parse back and validate, SPARQL answers, IRIs dereference."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pyshacl
import pytest
import rdflib
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import DEFAULT_BASE_IRI
from graph import GraphStore
from rdf.export import FORMATS, write_dump
from rdf.ontology import SCHEMA_DIR, ontology_turtle, shapes_turtle
from rdf.vocab import Vocabulary

VOCAB = Vocabulary(DEFAULT_BASE_IRI)
RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig"}
SCHEMA = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
SANDU_SENTENCE = "publicly asked Russia to remove its approximately 1,500 troops in 2020 and again in 2021."


@pytest.fixture(scope="module")
def dumps(seeded_store: GraphStore) -> dict[str, bytes]:
    out = {}
    for fmt in FORMATS:
        buffer = io.BytesIO()
        write_dump(seeded_store, VOCAB, fmt, buffer)
        out[fmt] = buffer.getvalue()
    return out


@pytest.fixture(scope="module")
def graph(dumps: dict[str, bytes]) -> rdflib.Graph:
    return rdflib.Graph().parse(data=dumps["turtle"], format="turtle")


@pytest.fixture(scope="module")
def client(seeded_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=seeded_store)) as test_client:
        yield test_client


def test_every_format_parses_back_with_the_same_triples(dumps: dict[str, bytes]) -> None:
    counts = {}
    for fmt, data in dumps.items():
        if FORMATS[fmt][2]:
            dataset = rdflib.Dataset()
            dataset.parse(data=data, format="trig")
            counts[fmt] = len({(s, p, o) for s, p, o, _ in dataset.quads()})
            article_graphs = {str(g.identifier) for g in dataset.graphs() if "/articles/" in str(g.identifier)}
            assert len(article_graphs) == 5
        else:
            counts[fmt] = len(rdflib.Graph().parse(data=data, format=RDFLIB_FORMAT[fmt]))
    assert len(set(counts.values())) == 1, counts
    assert counts["turtle"] > 1000


def test_the_dump_conforms_to_the_shapes(graph: rdflib.Graph) -> None:
    shapes = rdflib.Graph().parse(SCHEMA_DIR / "shapes.ttl")
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
    assert conforms, report


def test_the_shapes_catch_a_broken_statement(graph: rdflib.Graph) -> None:
    broken = rdflib.Graph()
    for triple in graph:
        broken.add(triple)
    fact = next(broken.subjects(rdflib.RDF.type, rdflib.URIRef(VOCAB.ns + "Fact")))
    broken.remove((fact, rdflib.URIRef(VOCAB.ns + "polarity"), None))
    broken.add((fact, rdflib.URIRef(VOCAB.ns + "polarity"), rdflib.Literal("maybe")))
    conforms, _, _ = pyshacl.validate(broken, shacl_graph=rdflib.Graph().parse(SCHEMA_DIR / "shapes.ttl"))
    assert not conforms


def test_wikidata_claim_reviews_and_provenance(graph: rdflib.Graph) -> None:
    russia = rdflib.URIRef(VOCAB.entity("russia"))
    assert (russia, rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q159")) in graph
    ratings = {}
    for review in graph.subjects(rdflib.RDF.type, SCHEMA.ClaimReview):
        claim = graph.value(review, SCHEMA.itemReviewed)
        author = graph.value(claim, SCHEMA.author)
        ratings[str(graph.value(author, rdflib.RDFS.label))] = str(
            graph.value(graph.value(review, SCHEMA.reviewRating), SCHEMA.alternateName)
        )
    assert ratings["Sergei Lavrov"] == "False" and ratings["Sergey Shoigu"] == "Misleading"
    quotes = {str(q) for q in graph.objects(None, OA.exact)}
    assert any(SANDU_SENTENCE in q for q in quotes)
    derived = list(graph.subject_objects(PROV.wasDerivedFrom))
    assert derived and all((o, rdflib.RDF.type, OA.Annotation) in graph for _, o in derived)


def test_sparql_who_requested_russias_withdrawal(client: TestClient) -> None:
    russia = VOCAB.entity("russia")
    query = f"SELECT ?name WHERE {{ ?who kg:requestedWithdrawal <{russia}> ; rdfs:label ?name . }} ORDER BY ?name"
    response = client.get("/sparql", params={"query": query}, headers={"accept": "application/sparql-results+json"})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    names = [b["name"]["value"] for b in response.json()["results"]["bindings"]]
    assert names == ["Maia Sandu", "UN resolution (2018)"]
    csv = client.post("/sparql", data={"query": query}, headers={"accept": "text/csv"})
    assert csv.text.splitlines() == ["name", "Maia Sandu", "UN resolution (2018)"]
    raw = client.post("/sparql", content="ASK { ?s ?p ?o }", headers={"content-type": "application/sparql-query"})
    assert raw.json()["boolean"] is True


def test_sparql_refuses_updates_and_caps_results(client: TestClient) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    refused = client.post("/sparql", data={"query": update})
    assert refused.status_code == 422 and refused.headers["content-type"].startswith("application/problem+json")
    asked = client.get("/sparql", params={"query": "ASK { <http://example.org/a> ?p ?o }"}).json()
    assert asked["boolean"] is False
    client.app.state.sparql.max_results = 3  # type: ignore[attr-defined]
    try:
        capped = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert len(capped.json()["results"]["bindings"]) == 3 and capped.headers["x-results-truncated"] == "true"
    finally:
        client.app.state.sparql.max_results = 10_000  # type: ignore[attr-defined]
    assert client.get("/sparql").status_code == 422


def test_entity_iris_negotiate(client: TestClient) -> None:
    iri = VOCAB.entity("transnistria")
    path = "/entities/transnistria"
    turtle = client.get(path, headers={"accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    described = rdflib.Graph().parse(data=turtle.text, format="turtle")
    assert (rdflib.URIRef(iri), rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q907112")) in described
    jsonld = client.get(path, headers={"accept": "application/ld+json"})
    assert len(rdflib.Graph().parse(data=jsonld.text, format="json-ld")) == len(described)
    nt = client.get(path, headers={"accept": "application/n-triples"})
    assert len(rdflib.Graph().parse(data=nt.text, format="nt")) == len(described)
    html = client.get(path, headers={"accept": "text/html,application/xhtml+xml;q=0.9"})
    assert html.headers["content-type"].startswith("text/html") and "<h1>Transnistria</h1>" in html.text
    assert client.get(path, headers={"accept": "application/json"}).json()["id"] == "transnistria"
    assert client.get(path, params={"format": "turtle"}).headers["content-type"].startswith("text/turtle")
    refused = client.get(path, headers={"accept": "image/png"})
    assert refused.status_code == 406 and refused.headers["content-type"].startswith("application/problem+json")


def test_dumps_ontology_shapes_and_void_over_http(client: TestClient, dumps: dict[str, bytes]) -> None:
    for fmt, (_, media, _) in FORMATS.items():
        response = client.get("/export", params={"format": fmt})
        assert response.headers["content-type"].startswith(media) and response.content == dumps[fmt]
    assert client.get("/export", params={"format": "xml"}).status_code == 422
    ontology = rdflib.Graph().parse(data=client.get("/ontology").text, format="turtle")
    assert (rdflib.URIRef(VOCAB.ns + "occupies"), rdflib.RDF.type, rdflib.OWL.ObjectProperty) in ontology
    assert len(rdflib.Graph().parse(data=client.get("/shapes").text, format="turtle")) > 100
    void = rdflib.Graph().parse(data=client.get("/.well-known/void").text, format="turtle")
    triples = int(next(void.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#triples"))))
    assert triples == len(rdflib.Graph().parse(data=dumps["turtle"], format="turtle"))
    assert len(list(void.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#dataDump")))) == 4


def test_committed_ontology_and_shapes_are_current() -> None:
    assert (SCHEMA_DIR / "ontology.ttl").read_bytes() == ontology_turtle(), "run python -m rdf.ontology --write"
    assert (SCHEMA_DIR / "shapes.ttl").read_bytes() == shapes_turtle(), "run python -m rdf.ontology --write"
