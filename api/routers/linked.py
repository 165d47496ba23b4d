"""Linked data: dumps, the ontology and shapes, VoID, and the SPARQL endpoint."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from pyoxigraph import Literal, NamedNode, Triple
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep
from api.negotiation import NEGOTIATED, RDF_TYPES, choose, head_only
from api.openapi import READ, errors, media
from core.errors import BadInput
from rdf.export import FORMATS, dump_format, serialize_triples, stream_dump
from rdf.ontology import ontology_triples, shapes_triples
from rdf.sparql import RESULT_TYPES, SparqlEndpoint
from rdf.vocab import DCTERMS, RDF, VOID, Vocabulary, iri

router = APIRouter(tags=["linked data"])
MAX_QUERY = 20_000  # characters of a SPARQL query
LICENSE = "https://creativecommons.org/licenses/by/4.0/"


def vocab_of(request: Request) -> Vocabulary:
    return request.app.state.vocab


def rdf_response(request: Request, triples: list[Triple]) -> Response:
    """Triples in the RDF format the client prefers (Turtle when it does not say); 406 otherwise."""
    media = choose(request, list(RDF_TYPES))
    return Response(serialize_triples(triples, RDF_TYPES[media], vocab_of(request)), media_type=media)


@router.get(
    "/export",
    summary="The whole graph as an RDF dump (streamed)",
    response_class=Response,
    responses={**media(*(media_type for _, media_type, _ in FORMATS.values())), **errors(READ)},
)
def export_graph(
    request: Request,
    store: StoreDep,
    format: Annotated[str, Query(pattern="^(" + "|".join(FORMATS) + ")$", description="RDF format")] = "turtle",
) -> StreamingResponse:
    dump_format(format)  # fails fast on a bad format, before the stream starts
    if head_only(request):  # the headers a GET would send, without making the dump
        return StreamingResponse(iter(()), media_type=FORMATS[format][1])
    return StreamingResponse(stream_dump(store, vocab_of(request), format), media_type=FORMATS[format][1])


#: What an RDF document here answers: Turtle unless Accept asks for another RDF format, else 406.
_RDF_RESPONSES = {**media("text/turtle", *RDF_TYPES), **errors(406)}


@router.get(
    "/ontology",
    summary="The OWL ontology, generated from schema/",
    response_class=Response,
    responses=_RDF_RESPONSES,
    dependencies=[NEGOTIATED],
)
def get_ontology(request: Request) -> Response:
    return rdf_response(request, list(ontology_triples(vocab_of(request))))


@router.get(
    "/shapes",
    summary="The SHACL shapes, generated from schema/",
    response_class=Response,
    responses=_RDF_RESPONSES,
    dependencies=[NEGOTIATED],
)
def get_shapes(request: Request) -> Response:
    return rdf_response(request, list(shapes_triples(vocab_of(request))))


@router.get(
    "/.well-known/void",
    summary="VoID description of the dataset",
    response_class=Response,
    responses={**_RDF_RESPONSES, **errors(503)},
    dependencies=[NEGOTIATED],
)
def get_void(request: Request) -> Response:
    vocab = vocab_of(request)
    endpoint: SparqlEndpoint = request.app.state.sparql
    dataset = NamedNode(f"{vocab.base}.well-known/void#dataset")
    triples = [
        Triple(dataset, iri(RDF + "type"), iri(VOID + "Dataset")),
        Triple(dataset, iri(DCTERMS + "title"), Literal("Actors, territories and military deployments")),
        Triple(dataset, iri(DCTERMS + "license"), iri(LICENSE)),
        Triple(dataset, iri(VOID + "triples"), Literal(endpoint.triples_count())),
        Triple(dataset, iri(VOID + "sparqlEndpoint"), iri(f"{vocab.base}sparql")),
        Triple(dataset, iri(VOID + "uriSpace"), Literal(f"{vocab.base}entities/")),
        Triple(dataset, iri(VOID + "vocabulary"), iri(vocab.ns.rstrip("#"))),
    ]
    triples += [Triple(dataset, iri(VOID + "dataDump"), iri(f"{vocab.base}export?format={name}")) for name in FORMATS]
    triples += [
        Triple(dataset, iri(VOID + "vocabulary"), iri(v))
        for v in (
            "http://schema.org/",
            "http://www.w3.org/ns/prov#",
            "http://www.w3.org/ns/oa#",
            "http://www.w3.org/2004/02/skos/core#",
            "http://www.w3.org/2002/07/owl#",
        )
    ]
    return rdf_response(request, triples)


def _sparql(request: Request, query: str | None) -> Response:
    if not query:
        raise BadInput("give a SPARQL query as `query`")
    if len(query) > MAX_QUERY:
        raise BadInput(f"a SPARQL query here is at most {MAX_QUERY:,} characters")
    endpoint: SparqlEndpoint = request.app.state.sparql
    result = endpoint.query(query, request.headers.get("accept", ""))
    headers = {"X-Results-Truncated": "true"} if result.truncated else {}
    return Response(result.body, media_type=result.media_type, headers=headers)


#: The statuses a SPARQL query may answer with.
_SPARQL_RESPONSES = {**media(*RESULT_TYPES, *RDF_TYPES), **errors(READ, 400, 403, 406)}


@router.get(
    "/sparql",
    summary="Read-only SPARQL 1.1 query",
    response_class=Response,
    responses=_SPARQL_RESPONSES,
    dependencies=[NEGOTIATED],
)
def query_sparql(request: Request, query: Annotated[str | None, Query(max_length=MAX_QUERY)] = None) -> Response:
    return _sparql(request, query)


@router.post(
    "/sparql",
    summary="Read-only SPARQL 1.1 query (form or application/sparql-query body)",
    response_class=Response,
    responses={**_SPARQL_RESPONSES, **errors(413)},
    dependencies=[NEGOTIATED],
)
async def query_sparql_post(request: Request) -> Response:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/sparql-query"):
        query = (await request.body()).decode("utf-8", errors="replace")
    else:
        form = await request.form()
        value = form.get("query")
        query = value if isinstance(value, str) else None
    # In a worker thread, like the GET route: waiting on the query must not hold up the event loop.
    return await run_in_threadpool(_sparql, request, query)
