"""Linked data on both stores: dumps parse back and validate, SPARQL answers, IRIs dereference."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import httpx
import pyshacl
import pytest
import rdflib
from fastapi import FastAPI

from api.app import create_app
from core.settings import DEFAULT_BASE_IRI, Settings
from graph import GraphStore
from rdf.export import FORMATS, write_dump
from rdf.ontology import SCHEMA_DIR, ontology_turtle, shapes_turtle
from rdf.vocab import Vocabulary
from tests.api.served import served_client

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
def app(seeded_store: GraphStore) -> FastAPI:
    return create_app(store=seeded_store)


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[httpx.Client]:
    with served_client(app) as test_client:
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


def test_sparql_who_requested_russias_withdrawal(client: httpx.Client) -> None:
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


def test_sparql_refuses_updates_and_caps_results(client: httpx.Client, app: FastAPI) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    refused = client.post("/sparql", data={"query": update})
    assert refused.status_code == 403 and refused.headers["content-type"].startswith("application/problem+json")
    asked = client.get("/sparql", params={"query": "ASK { <http://example.org/a> ?p ?o }"}).json()
    assert asked["boolean"] is False
    app.state.sparql.max_results = 3
    try:
        capped = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert len(capped.json()["results"]["bindings"]) == 3 and capped.headers["x-results-truncated"] == "true"
    finally:
        app.state.sparql.max_results = 10_000
    assert client.get("/sparql").status_code == 422


def test_entity_iris_negotiate(client: httpx.Client) -> None:
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
    assert "deployed in" in html.text and "DEPLOYED_IN" not in html.text  # words, not predicate ids
    assert 'href="/articles/' in html.text  # each quote links to its article
    assert client.get(path, headers={"accept": "application/json"}).json()["id"] == "transnistria"
    assert client.get(path, params={"format": "turtle"}).headers["content-type"].startswith("text/turtle")
    refused = client.get(path, headers={"accept": "image/png"})
    assert refused.status_code == 406 and refused.headers["content-type"].startswith("application/problem+json")


def test_head_on_the_dump_answers_its_headers_without_reading_the_graph(
    client: httpx.Client, seeded_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    for name in ("iter_facts", "iter_nodes", "iter_evidence"):
        read = getattr(seeded_store, name)
        monkeypatch.setattr(
            seeded_store, name, lambda *a, _read=read, _name=name, **k: (reads.append(_name), _read(*a, **k))[1]
        )
    for fmt, (_, media, _) in FORMATS.items():
        head = client.head("/export", params={"format": fmt})
        assert head.status_code == 200 and head.content == b"" and head.headers["content-type"].startswith(media)
    assert reads == []
    assert client.head("/export", params={"format": "xml"}).status_code == 422
    assert client.get("/export", params={"format": "ntriples"}).content and reads  # a GET reads it


def test_dumps_ontology_shapes_and_void_over_http(client: httpx.Client, dumps: dict[str, bytes]) -> None:
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


def _resource_iris(dump: bytes, kind: str) -> list[str]:
    """The IRIs of facts, evidence or articles that are subjects in an N-Triples dump, fragments cut off."""
    graph = rdflib.Graph().parse(data=dump, format="nt")
    prefix = f"{VOCAB.base}{kind}/"
    return sorted({str(s).partition("#")[0] for s in graph.subjects() if str(s).startswith(prefix)})


@pytest.mark.parametrize("kind", ["facts", "evidence", "articles", "publishers"])
def test_fact_evidence_article_and_publisher_iris_in_the_dump_dereference(
    client: httpx.Client, dumps: dict[str, bytes], graph: rdflib.Graph, kind: str
) -> None:
    iris = _resource_iris(dumps["ntriples"], kind)
    assert len(iris) >= (1 if kind == "publishers" else 5)
    for iri in iris[:: max(1, len(iris) // 8)]:  # a spread of them, about 8
        path = iri.removeprefix(VOCAB.base.rstrip("/"))
        turtle = client.get(path, headers={"accept": "text/turtle"})
        assert turtle.status_code == 200 and turtle.headers["content-type"].startswith("text/turtle"), path
        described = rdflib.Graph().parse(data=turtle.text, format="turtle")
        own = {(s, p, o) for s, p, o in graph if str(s).partition("#")[0] == iri}
        assert own and own <= set(described), path  # every triple the dump has about it, fragments included
        for media, fmt in (("application/ld+json", "json-ld"), ("application/n-triples", "nt")):
            answer = client.get(path, headers={"accept": media})
            assert answer.headers["content-type"].startswith(media)
            assert len(rdflib.Graph().parse(data=answer.text, format=fmt)) == len(described), (path, media)
        for accept in ("application/json", "text/html,application/xhtml+xml;q=0.9"):
            view = client.get(path, headers={"accept": accept})
            assert view.headers["content-type"] == "application/json", (path, accept)
            if kind in ("articles", "publishers"):
                assert view.json()["id"] == iri.rsplit("/", 1)[1]
            else:
                assert "fact_id" in view.json()
    missing = client.get(f"/{kind}/no-such-{kind}", headers={"accept": "text/turtle"})
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    refused = client.get(iris[0].removeprefix(VOCAB.base.rstrip("/")), headers={"accept": "image/png"})
    assert refused.status_code == 406 and refused.headers["content-type"] == "application/problem+json"


def test_an_evidence_iri_in_json_is_its_fact_with_that_sentence(client: httpx.Client, graph: rdflib.Graph) -> None:
    annotation = next(graph.subjects(rdflib.RDF.type, OA.Annotation))
    target = graph.value(annotation, OA.hasTarget)
    exact = next(str(e) for sel in graph.objects(target, OA.hasSelector) for e in graph.objects(sel, OA.exact))
    view = client.get(str(annotation).removeprefix(VOCAB.base.rstrip("/"))).json()
    assert view["fact_id"] == str(graph.value(annotation, OA.hasBody)).rsplit("/", 1)[1]
    assert [ev["text"] for ev in view["evidence"]] == [exact]


def _negotiated_paths(client: httpx.Client, dumps: dict[str, bytes]) -> list[str]:
    one = {kind: _resource_iris(dumps["ntriples"], kind)[0] for kind in ("facts", "evidence", "articles")}
    return [
        "/entities/transnistria",
        *(iri.removeprefix(VOCAB.base.rstrip("/")) for iri in one.values()),
        "/ontology",
        "/shapes",
        "/.well-known/void",
        "/sparql?query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D",
    ]


def test_negotiated_routes_vary_by_accept_and_answer_head(client: httpx.Client, dumps: dict[str, bytes]) -> None:
    for path in _negotiated_paths(client, dumps):
        for accept in ("text/turtle", "application/json", "*/*"):
            got = client.get(path, headers={"accept": accept})
            head = client.head(path, headers={"accept": accept})
            assert "Accept" in got.headers.get("vary", ""), (path, accept, got.status_code)
            assert head.status_code == got.status_code and head.content == b"", (path, accept)
            for name in ("content-type", "content-length", "vary", "content-security-policy"):
                assert head.headers.get(name) == got.headers.get(name), (path, accept, name)
    assert "Accept" in client.get("/entities/no-such-entity").headers["vary"]  # errors vary too
    assert "vary" not in client.get("/stats").headers  # a route with one type does not
    assert client.head("/stats").status_code == 200


def test_vary_keeps_cors_origin(seeded_store: GraphStore) -> None:
    settings = Settings(store="embedded", cors_origins=["https://newsroom.example"])
    with served_client(create_app(settings, store=seeded_store)) as cors_client:
        got = cors_client.get("/ontology", headers={"origin": "https://newsroom.example"})
        assert got.headers["access-control-allow-origin"] == "https://newsroom.example"
        assert {v.strip() for v in got.headers["vary"].split(",")} == {"Origin", "Accept"}
        preflight = cors_client.options(
            "/sparql", headers={"origin": "https://newsroom.example", "access-control-request-method": "POST"}
        )
        assert preflight.status_code == 200
        assert set(preflight.headers["access-control-allow-methods"].split(", ")) == {"GET", "POST", "DELETE"}


SYNTAX_ERROR = "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?s = ) }"


def test_sparql_refuses_what_it_cannot_answer_with_problems(client: httpx.Client) -> None:
    def problem(response: httpx.Response, status: int) -> str:
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert "Accept" in response.headers["vary"]
        return str(response.json()["detail"])

    select, construct = "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"
    assert "text/csv" in problem(client.get("/sparql", params={"query": select}, headers={"accept": "image/png"}), 406)
    assert "application/sparql-results+json" in problem(
        client.get("/sparql", params={"query": select}, headers={"accept": "text/turtle"}), 406
    )
    assert "text/turtle" in problem(
        client.post("/sparql", data={"query": construct}, headers={"accept": "text/csv"}), 406
    )
    graph = client.get("/sparql", params={"query": construct}, headers={"accept": "application/n-triples"})
    assert graph.headers["content-type"].startswith("application/n-triples") and len(graph.text.splitlines()) == 1
    solutions = client.get("/sparql", params={"query": select}, headers={"accept": "application/json"})
    assert len(solutions.json()["results"]["bindings"]) == 1
    detail = problem(client.post("/sparql", data={"query": SYNTAX_ERROR}), 400)
    assert "line 3, column 3" in detail and "updates" not in detail
    raw = client.post("/sparql", content=SYNTAX_ERROR, headers={"content-type": "application/sparql-query"})
    assert "line 3" in problem(raw, 400)
    assert "prefix" in problem(client.get("/sparql", params={"query": "SELECT * { ?s nope:x ?o }"}), 400).lower()
    federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert "SERVICE" in problem(client.get("/sparql", params={"query": federated}), 400)
    for update in ("INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }", "DELETE WHERE { ?s ?p ?o }"):
        assert "updates are refused" in problem(client.post("/sparql", data={"query": update}), 403)
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_jsonld_carries_the_ontologys_context_and_its_terms_expand_to_the_projects_iris(
    client: httpx.Client, dumps: dict[str, bytes], graph: rdflib.Graph
) -> None:
    document = json.loads(dumps["jsonld"])
    context = document["@context"]
    assert context["kg"] == VOCAB.ns
    ontology = rdflib.Graph().parse(data=ontology_turtle(), format="turtle")
    kinds = (rdflib.OWL.Class, rdflib.OWL.ObjectProperty, rdflib.OWL.DatatypeProperty)
    declared = {str(s) for kind in kinds for s in ontology.subjects(rdflib.RDF.type, kind) if s.startswith(VOCAB.ns)}
    terms = [term for term in context if term not in VOCAB.prefixes]
    assert len(terms) == len(declared) > 40
    probe = {"@context": context, "@id": "http://example.org/a", **{t: {"@id": "http://example.org/b"} for t in terms}}
    expanded = rdflib.Graph().parse(data=json.dumps(probe), format="json-ld")
    assert {str(p) for p in expanded.predicates()} == declared  # each term is the project's IRI of its name
    nodes = document["@graph"]
    keys = {key for node in nodes for key in node}
    types = {kind for node in nodes for kind in node.get("@type", [])}
    assert {"polarity", "modality", "requestedWithdrawal", "occupies"} <= keys
    assert {"Fact", "Evidence", "State", "Territory", "oa:Annotation", "schema:NewsArticle"} <= types
    assert not [name for name in keys | types if name.startswith(("kg:", VOCAB.ns))]  # no kg: IRI left uncompacted
    assert set(rdflib.Graph().parse(data=dumps["jsonld"], format="json-ld")) == set(graph)
    entity = client.get("/entities/transnistria", headers={"accept": "application/ld+json"}).json()
    assert entity["@context"] == context
