"""Streaming RDF dumps of the graph: Turtle, N-Triples, JSON-LD and TriG (one named graph per article).

The store is read in pages and the triples are generated as they are serialized, so memory stays
bounded whatever the size of the graph.

>>> with open("dump.nt", "wb") as out:                                  # doctest: +SKIP
...     write_dump(store, Vocabulary("http://127.0.0.1:8000/"), "ntriples", out)
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import IO, Any

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from graph import GraphStore
from kg.answers import fact_from_row
from kg.errors import BadInput, NotFound
from rdf.vocab import (
    OA,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    STANDARD_PROPERTIES,
    WD,
    XSD,
    Vocabulary,
    camel,
    iri,
    property_locals,
)
from schema import ONTOLOGY, VOTE_KEYS, Kind

A = iri(RDF + "type")
# Constant terms, built once: a dump makes millions of triples with them.
LABEL, ALT_LABEL, SAME_AS = iri(RDFS + "label"), iri(SKOS + "altLabel"), iri(OWL + "sameAs")
STATEMENT, SUBJECT, PREDICATE, OBJECT = (iri(RDF + x) for x in ("Statement", "subject", "predicate", "object"))
DERIVED_FROM = iri(PROV + "wasDerivedFrom")
ANNOTATION, HAS_BODY, HAS_TARGET, HAS_SOURCE, HAS_SELECTOR = (
    iri(OA + x) for x in ("Annotation", "hasBody", "hasTarget", "hasSource", "hasSelector")
)
QUOTE_SELECTOR, POSITION_SELECTOR, EXACT, START, END = (
    iri(OA + x) for x in ("TextQuoteSelector", "TextPositionSelector", "exact", "start", "end")
)
FORMATS: dict[str, tuple[RdfFormat, str, bool]] = {
    # name: (format, media type, has named graphs)
    "turtle": (RdfFormat.TURTLE, "text/turtle", False),
    "ntriples": (RdfFormat.N_TRIPLES, "application/n-triples", False),
    "jsonld": (RdfFormat.JSON_LD, "application/ld+json", False),
    "trig": (RdfFormat.TRIG, "application/trig", True),
}
Term = NamedNode | Literal


def date_literal(value: str) -> Literal:
    """ISO dates keep their precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value))
    return Literal(value, datatype=iri(XSD + datatype)) if datatype else Literal(value)


def value_terms(vocab: Vocabulary, name: str, kind: Kind, value: Any) -> list[tuple[NamedNode, Term]]:
    """The (property, value) pairs for one qualifier or node property, typed by its kind."""
    if value is None:
        return []
    if kind is Kind.VOTES:
        counts = [value.get(k) for k in VOTE_KEYS] if isinstance(value, dict) else list(value)
        return [
            (vocab.term(local), Literal(int(n)))
            for local, n in zip(property_locals(name, kind), counts, strict=False)
            if n is not None
        ]
    prop = vocab.term(camel(name))
    if kind is Kind.ENTITY:
        return [(prop, vocab.entity(str(value)))]
    if kind is Kind.DATE:
        return [(prop, date_literal(str(value)))]
    if kind in (Kind.INT_LIST, Kind.TEXT_LIST):
        return [(prop, Literal(v)) for v in value]
    if kind is Kind.FLOAT:
        return [(prop, Literal(float(value)))]
    return [(prop, Literal(value))]


def entity_triples(vocab: Vocabulary, type_name: str, props: dict[str, Any]) -> Iterator[Triple]:
    node = vocab.entity(props["id"])
    yield Triple(node, A, vocab.term(type_name))
    if props.get("name"):
        yield Triple(node, LABEL, Literal(props["name"]))
    for alias in props.get("aliases") or []:
        yield Triple(node, ALT_LABEL, Literal(alias))
    if props.get("wikidata"):
        yield Triple(node, SAME_AS, iri(WD + props["wikidata"]))
    for spec in ONTOLOGY.node_type(type_name).properties:
        if spec.name not in STANDARD_PROPERTIES:
            for prop, term in value_terms(vocab, spec.name, spec.kind, props.get(spec.name)):
                yield Triple(node, prop, term)
    if type_name == "Claim":
        yield from claim_triples(vocab, node, props)


def claim_triples(vocab: Vocabulary, claim: NamedNode, props: dict[str, Any]) -> Iterator[Triple]:
    """schema:Claim, and a schema:ClaimReview with its rating where a verdict is known."""
    yield Triple(claim, A, iri(SCHEMA + "Claim"))
    if props.get("text"):
        yield Triple(claim, iri(SCHEMA + "text"), Literal(props["text"]))
    if props.get("claimant"):
        yield Triple(claim, iri(SCHEMA + "author"), vocab.entity(props["claimant"]))
    if props.get("date"):
        yield Triple(claim, iri(SCHEMA + "dateCreated"), date_literal(props["date"]))
    if not props.get("verdict"):
        return
    review = NamedNode(claim.value + "#review")
    rating = NamedNode(claim.value + "#rating")
    yield Triple(review, A, iri(SCHEMA + "ClaimReview"))
    yield Triple(review, iri(SCHEMA + "itemReviewed"), claim)
    yield Triple(review, iri(SCHEMA + "reviewRating"), rating)
    yield Triple(rating, A, iri(SCHEMA + "Rating"))
    yield Triple(rating, iri(SCHEMA + "alternateName"), Literal(props["verdict"]))
    if props.get("reviewed_by"):
        yield from organization(vocab, review, iri(SCHEMA + "author"), props["reviewed_by"])


def organization(vocab: Vocabulary, subject: NamedNode, prop: NamedNode, name: str) -> Iterator[Triple]:
    org = vocab.publisher(name)
    yield Triple(subject, prop, org)
    yield Triple(org, A, iri(SCHEMA + "Organization"))
    yield Triple(org, iri(SCHEMA + "name"), Literal(name))


def article_triples(vocab: Vocabulary, props: dict[str, Any]) -> Iterator[Triple]:
    node = vocab.article(props["id"])
    yield Triple(node, A, iri(SCHEMA + "NewsArticle"))
    yield Triple(node, A, vocab.term("Article"))
    if props.get("title"):
        yield Triple(node, iri(SCHEMA + "headline"), Literal(props["title"]))
    if props.get("published"):
        yield Triple(node, iri(SCHEMA + "datePublished"), date_literal(str(props["published"])[:10]))
    if props.get("url"):
        yield Triple(node, iri(SCHEMA + "url"), Literal(props["url"]))
    if props.get("publisher"):
        yield from organization(vocab, node, iri(SCHEMA + "publisher"), props["publisher"])


def fact_triples(vocab: Vocabulary, fact: dict[str, Any], evidence: list[dict[str, Any]]) -> Iterator[Triple]:
    """The direct triple (when affirmed and asserted), the statement, and its evidence."""
    subject, obj = vocab.entity(fact["subject"]["id"]), vocab.entity(fact["object"]["id"])
    prop = vocab.predicate(fact["predicate"])
    if fact["polarity"] == "affirmed" and fact["modality"] == "asserted":
        yield Triple(subject, prop, obj)
    node = vocab.fact(fact["fact_id"])
    yield Triple(node, A, vocab.term("Fact"))
    yield Triple(node, A, STATEMENT)
    yield Triple(node, SUBJECT, subject)
    yield Triple(node, PREDICATE, prop)
    yield Triple(node, OBJECT, obj)
    yield Triple(node, vocab.term("polarity"), Literal(fact["polarity"]))
    yield Triple(node, vocab.term("modality"), Literal(fact["modality"]))
    if fact.get("confidence") is not None:
        yield Triple(node, vocab.term("confidence"), Literal(float(fact["confidence"])))
    qualifiers = ONTOLOGY.predicate(fact["predicate"]).qualifier_map
    for name, value in fact["qualifiers"].items():
        for q_prop, term in value_terms(vocab, name, qualifiers[name].kind, value):
            yield Triple(node, q_prop, term)
    for ev in evidence:
        annotation = vocab.evidence(ev["id"])
        target, quote, position = (vocab.evidence(ev["id"], part) for part in ("target", "quote", "position"))
        yield Triple(node, DERIVED_FROM, annotation)
        yield Triple(annotation, A, ANNOTATION)
        yield Triple(annotation, A, vocab.term("Evidence"))
        yield Triple(annotation, HAS_BODY, node)
        yield Triple(annotation, HAS_TARGET, target)
        yield Triple(target, HAS_SOURCE, vocab.article(ev["article"]))
        yield Triple(target, HAS_SELECTOR, quote)
        yield Triple(target, HAS_SELECTOR, position)
        yield Triple(quote, A, QUOTE_SELECTOR)
        yield Triple(quote, EXACT, Literal(ev["text"]))
        yield Triple(position, A, POSITION_SELECTOR)
        yield Triple(position, START, Literal(int(ev["start"])))
        yield Triple(position, END, Literal(int(ev["end"])))


def _sections(
    store: GraphStore, vocab: Vocabulary, *, named_graphs: bool, page: int
) -> Iterator[tuple[NamedNode | None, Iterable[Triple]]]:
    """The graph as (named graph or None for the default graph, triples) sections, read page by page."""
    for type_name in ONTOLOGY.entity_types:
        for rows in store.iter_nodes(type_name, page):
            yield None, (t for row in rows for t in entity_triples(vocab, type_name, row["properties"]))
    for rows in store.iter_nodes("Article", page):
        yield None, (t for row in rows for t in article_triples(vocab, row["properties"]))
    for rows in store.iter_facts(page):
        facts = [fact_from_row(row) for row in rows]
        ids = [i for f in facts for i in f["evidence_ids"]]
        by_fact: dict[str, list[dict[str, Any]]] = {}
        for ev in store.query("evidence", ids=ids) if ids else []:
            by_fact.setdefault(ev["fact_id"], []).append(ev)
        for fact in facts:
            evidence = sorted(by_fact.get(fact["fact_id"], []), key=lambda e: (e["article"], e["start"]))
            if not named_graphs:
                yield None, fact_triples(vocab, fact, evidence)
                continue
            for article in sorted({e["article"] for e in evidence}) or [None]:
                own = [e for e in evidence if e["article"] == article]
                yield (vocab.article(article) if article else None), fact_triples(vocab, fact, own)


def iter_quads(store: GraphStore, vocab: Vocabulary, *, named_graphs: bool, page: int = 2000) -> Iterator[Quad]:
    """The whole graph as quads; with ``named_graphs`` each article's facts go in the article's graph."""
    default = DefaultGraph()
    for graph, triples in _sections(store, vocab, named_graphs=named_graphs, page=page):
        name = graph or default
        for t in triples:
            yield Quad(t.subject, t.predicate, t.object, name)


def iter_triples(store: GraphStore, vocab: Vocabulary, page: int = 2000) -> Iterator[Triple]:
    """The whole graph as triples (every article's facts together)."""
    for _, triples in _sections(store, vocab, named_graphs=False, page=page):
        yield from triples


def statements(store: GraphStore, vocab: Vocabulary, fmt: str) -> Iterable[Triple] | Iterable[Quad]:
    """What a dump of format ``fmt`` serializes."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    if FORMATS[fmt][2]:
        return iter_quads(store, vocab, named_graphs=True)
    return iter_triples(store, vocab)


def write_dump(store: GraphStore, vocab: Vocabulary, fmt: str, output: IO[bytes]) -> None:
    """Serialize the whole graph to ``output`` as it is read from the store."""
    serialize(statements(store, vocab, fmt), output, FORMATS[fmt][0], prefixes=vocab.prefixes)


class _QueueWriter:
    """A binary file the serializer writes to; its chunks go to a queue a response reads."""

    def __init__(self, chunks: queue.Queue[bytes | None | BaseException]) -> None:
        self.chunks = chunks

    def write(self, data: bytes) -> int:
        self.chunks.put(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def stream_dump(store: GraphStore, vocab: Vocabulary, fmt: str) -> Iterator[bytes]:
    """The dump as chunks of bytes, for a streaming HTTP response (the serializer runs in a thread)."""
    statements(store, vocab, "turtle" if fmt not in FORMATS else fmt)  # fail fast on a bad format
    chunks: queue.Queue[bytes | None | BaseException] = queue.Queue(maxsize=64)

    def produce() -> None:
        try:
            write_dump(store, vocab, fmt, _QueueWriter(chunks))  # type: ignore[arg-type]
            chunks.put(None)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            chunks.put(exc)

    threading.Thread(target=produce, daemon=True).start()
    while True:
        chunk = chunks.get()
        if chunk is None:
            return
        if isinstance(chunk, BaseException):
            raise chunk
        yield chunk


def describe_entity(store: GraphStore, vocab: Vocabulary, entity_id: str) -> list[Triple]:
    """An entity's own triples, and every relation in or out of it with its statement and evidence."""
    rows = store.query("entity", id=entity_id)
    if not rows:
        raise NotFound(f"no entity {entity_id!r}")
    triples = list(entity_triples(vocab, rows[0]["type"], rows[0]["properties"] | {"id": entity_id}))
    facts = [fact_from_row(row) for row in store.query("entity_relations", id=entity_id)]
    ids = [i for f in facts for i in f["evidence_ids"]]
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for ev in store.query("evidence", ids=ids) if ids else []:
        by_fact.setdefault(ev["fact_id"], []).append(ev)
    for fact in facts:
        triples += fact_triples(vocab, fact, by_fact.get(fact["fact_id"], []))
    return triples


def serialize_triples(triples: Iterable[Triple], fmt: str, vocab: Vocabulary) -> bytes:
    return serialize(triples, format=FORMATS[fmt][0], prefixes=vocab.prefixes)
