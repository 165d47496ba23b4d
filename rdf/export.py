"""Streaming RDF dumps of the graph: N-Triples, Turtle, JSON-LD and TriG (one named graph per article).

The RDF model is written once, as N-Triples/N-Quads lines built from the store's rows page by page.
An N-Triples dump is those lines as they are made; the other formats parse them back with pyoxigraph
and serialize as they go, so memory stays bounded whatever the size of the graph.

>>> with open("dump.nt", "wb") as out:                                  # doctest: +SKIP
...     write_dump(store, Vocabulary("http://127.0.0.1:8000/"), "ntriples", out)
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from json.encoder import encode_basestring
from typing import IO, Any

from pyoxigraph import QuadParser, RdfFormat, Triple, parse, serialize

from graph import GraphStore
from kg.answers import Fact, fact_from_row
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
    property_locals,
    property_name,
)
from schema import ONTOLOGY, VOTE_KEYS, Kind

FORMATS: dict[str, tuple[RdfFormat, str, bool]] = {
    # name: (format, media type, has named graphs)
    "turtle": (RdfFormat.TURTLE, "text/turtle", False),
    "ntriples": (RdfFormat.N_TRIPLES, "application/n-triples", False),
    "jsonld": (RdfFormat.JSON_LD, "application/ld+json", False),
    "trig": (RdfFormat.TRIG, "application/trig", True),
}


def ref(iri: str) -> str:
    """An IRI as an N-Triples term."""
    return f"<{iri}>"


def text(value: Any) -> str:
    """A plain string literal as an N-Triples term (JSON's string escapes are N-Triples' escapes)."""
    return encode_basestring(str(value))


def typed(lexical: Any, datatype: str) -> str:
    """A literal of an XSD datatype (its lexical form needs no escaping)."""
    return f'"{lexical}"^^<{XSD}{datatype}>'


def date_literal(value: str) -> str:
    """ISO dates keep their precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value))
    return typed(value, datatype) if datatype else text(value)


A = ref(RDF + "type")
# Constant terms, built once: a dump writes millions of triples with them.
LABEL, ALT_LABEL, SAME_AS = ref(RDFS + "label"), ref(SKOS + "altLabel"), ref(OWL + "sameAs")
STATEMENT, SUBJECT, PREDICATE, OBJECT = (ref(RDF + x) for x in ("Statement", "subject", "predicate", "object"))
DERIVED_FROM = ref(PROV + "wasDerivedFrom")
ANNOTATION, HAS_BODY, HAS_TARGET, HAS_SOURCE, HAS_SELECTOR = (
    ref(OA + x) for x in ("Annotation", "hasBody", "hasTarget", "hasSource", "hasSelector")
)
QUOTE_SELECTOR, POSITION_SELECTOR, EXACT, START, END = (
    ref(OA + x) for x in ("TextQuoteSelector", "TextPositionSelector", "exact", "start", "end")
)
S = {
    local: ref(SCHEMA + local)
    for local in (
        "Claim",
        "ClaimReview",
        "Rating",
        "Organization",
        "NewsArticle",
        "text",
        "author",
        "dateCreated",
        "itemReviewed",
        "reviewRating",
        "alternateName",
        "name",
        "headline",
        "datePublished",
        "url",
        "publisher",
    )
}


@lru_cache(maxsize=1024)
def term(vocab: Vocabulary, local: str) -> str:
    """A kg: vocabulary term."""
    return ref(vocab.ns + local)


@lru_cache(maxsize=65536)  # entities recur in many facts; bounded
def entity(vocab: Vocabulary, entity_id: str) -> str:
    return ref(vocab.entity(entity_id))


def value_terms(vocab: Vocabulary, name: str, kind: Kind, value: Any) -> list[tuple[str, str]]:
    """The (property, value) pairs for one qualifier or node property, typed by its kind."""
    if value is None:
        return []
    if kind is Kind.VOTES:
        counts = [value.get(k) for k in VOTE_KEYS] if isinstance(value, dict) else list(value)
        return [
            (term(vocab, local), typed(int(n), "integer"))
            for local, n in zip(property_locals(name, kind), counts, strict=False)
            if n is not None
        ]
    prop = term(vocab, camel(name))
    if kind is Kind.ENTITY:
        return [(prop, entity(vocab, str(value)))]
    if kind is Kind.DATE:
        return [(prop, date_literal(str(value)))]
    if kind is Kind.INT_LIST:
        return [(prop, typed(int(v), "integer")) for v in value]
    if kind is Kind.TEXT_LIST:
        return [(prop, text(v)) for v in value]
    if kind is Kind.FLOAT:
        return [(prop, typed(float(value), "double"))]
    if kind is Kind.INT:
        return [(prop, typed(int(value), "integer"))]
    return [(prop, text(value))]


def entity_lines(vocab: Vocabulary, type_name: str, props: dict[str, Any]) -> list[str]:
    node = entity(vocab, props["id"])
    lines = [f"{node} {A} {term(vocab, type_name)}"]
    if props.get("name"):
        lines.append(f"{node} {LABEL} {text(props['name'])}")
    lines += [f"{node} {ALT_LABEL} {text(alias)}" for alias in props.get("aliases") or []]
    if props.get("wikidata"):
        lines.append(f"{node} {SAME_AS} {ref(WD + props['wikidata'])}")
    for spec in ONTOLOGY.node_type(type_name).properties:
        if spec.name not in STANDARD_PROPERTIES:
            lines += [f"{node} {p} {o}" for p, o in value_terms(vocab, spec.name, spec.kind, props.get(spec.name))]
    if type_name == "Claim":
        lines += claim_lines(vocab, node, props)
    return lines


def claim_lines(vocab: Vocabulary, claim: str, props: dict[str, Any]) -> list[str]:
    """schema:Claim, and a schema:ClaimReview with its rating where a verdict is known."""
    lines = [f"{claim} {A} {S['Claim']}"]
    if props.get("text"):
        lines.append(f"{claim} {S['text']} {text(props['text'])}")
    if props.get("claimant"):
        lines.append(f"{claim} {S['author']} {entity(vocab, props['claimant'])}")
    if props.get("date"):
        lines.append(f"{claim} {S['dateCreated']} {date_literal(props['date'])}")
    if not props.get("verdict"):
        return lines
    review, rating = claim[:-1] + "#review>", claim[:-1] + "#rating>"
    lines += [
        f"{review} {A} {S['ClaimReview']}",
        f"{review} {S['itemReviewed']} {claim}",
        f"{review} {S['reviewRating']} {rating}",
        f"{rating} {A} {S['Rating']}",
        f"{rating} {S['alternateName']} {text(props['verdict'])}",
    ]
    if props.get("reviewed_by"):
        lines += organization(vocab, review, S["author"], props["reviewed_by"])
    return lines


def organization(vocab: Vocabulary, subject: str, prop: str, name: str) -> list[str]:
    org = ref(vocab.publisher(name))
    return [f"{subject} {prop} {org}", f"{org} {A} {S['Organization']}", f"{org} {S['name']} {text(name)}"]


def article_lines(vocab: Vocabulary, props: dict[str, Any]) -> list[str]:
    node = ref(vocab.article(props["id"]))
    lines = [f"{node} {A} {S['NewsArticle']}", f"{node} {A} {term(vocab, 'Article')}"]
    if props.get("title"):
        lines.append(f"{node} {S['headline']} {text(props['title'])}")
    if props.get("published"):
        lines.append(f"{node} {S['datePublished']} {date_literal(str(props['published'])[:10])}")
    if props.get("url"):
        lines.append(f"{node} {S['url']} {text(props['url'])}")
    if props.get("publisher"):
        lines += organization(vocab, node, S["publisher"], props["publisher"])
    return lines


def fact_lines(vocab: Vocabulary, fact: dict[str, Any], evidence: list[dict[str, Any]]) -> list[str]:
    """The direct triple (when affirmed and asserted), the statement, and its evidence."""
    subject, obj = entity(vocab, fact["subject"]["id"]), entity(vocab, fact["object"]["id"])
    prop = term(vocab, property_name(fact["predicate"]))
    node = ref(vocab.fact(fact["fact_id"]))
    lines = [f"{subject} {prop} {obj}"] if fact["polarity"] == "affirmed" and fact["modality"] == "asserted" else []
    lines += [
        f"{node} {A} {term(vocab, 'Fact')}",
        f"{node} {A} {STATEMENT}",
        f"{node} {SUBJECT} {subject}",
        f"{node} {PREDICATE} {prop}",
        f"{node} {OBJECT} {obj}",
        f"{node} {term(vocab, 'polarity')} {text(fact['polarity'])}",
        f"{node} {term(vocab, 'modality')} {text(fact['modality'])}",
    ]
    if fact.get("confidence") is not None:
        lines.append(f"{node} {term(vocab, 'confidence')} {typed(float(fact['confidence']), 'double')}")
    qualifiers = ONTOLOGY.predicate(fact["predicate"]).qualifier_map
    for name, value in fact["qualifiers"].items():
        lines += [f"{node} {p} {o}" for p, o in value_terms(vocab, name, qualifiers[name].kind, value)]
    for ev in evidence:
        iri = vocab.evidence(ev["id"])
        annotation, target, quote, position = (ref(iri + part) for part in ("", "#target", "#quote", "#position"))
        lines += [
            f"{node} {DERIVED_FROM} {annotation}",
            f"{annotation} {A} {ANNOTATION}",
            f"{annotation} {A} {term(vocab, 'Evidence')}",
            f"{annotation} {HAS_BODY} {node}",
            f"{annotation} {HAS_TARGET} {target}",
            f"{target} {HAS_SOURCE} {ref(vocab.article(ev['article']))}",
            f"{target} {HAS_SELECTOR} {quote}",
            f"{target} {HAS_SELECTOR} {position}",
            f"{quote} {A} {QUOTE_SELECTOR}",
            f"{quote} {EXACT} {text(ev['text'])}",
            f"{position} {A} {POSITION_SELECTOR}",
            f"{position} {START} {typed(int(ev['start']), 'integer')}",
            f"{position} {END} {typed(int(ev['end']), 'integer')}",
        ]
    return lines


def _statements(lines: list[str], graph: str = "") -> str:
    """Lines as N-Triples, or as N-Quads in ``graph``."""
    end = f" {graph} .\n" if graph else " .\n"
    return end.join(lines) + end if lines else ""


def _evidence_by_fact(store: GraphStore, facts: list[Fact]) -> dict[str, list[dict[str, Any]]]:
    """The facts' evidence (one query), by fact id."""
    ids = [i for f in facts for i in f["evidence_ids"]]
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for ev in store.query("evidence", ids=ids) if ids else []:
        by_fact.setdefault(ev["fact_id"], []).append(ev)
    return by_fact


def dump_text(store: GraphStore, vocab: Vocabulary, *, named_graphs: bool, page: int = 2000) -> Iterator[str]:
    """The graph as N-Triples (or N-Quads, each article's facts in the article's graph), read page by page."""
    for type_name in ONTOLOGY.entity_types:
        for rows in store.iter_nodes(type_name, page):
            yield from (_statements(entity_lines(vocab, type_name, row["properties"])) for row in rows)
    for rows in store.iter_nodes("Article", page):
        yield from (_statements(article_lines(vocab, row["properties"])) for row in rows)
    for rows in store.iter_facts(page):
        facts = [fact_from_row(row) for row in rows]
        by_fact = _evidence_by_fact(store, facts)
        for fact in facts:
            evidence = sorted(by_fact.get(fact["fact_id"], []), key=lambda e: (e["article"], e["start"]))
            if not named_graphs:
                yield _statements(fact_lines(vocab, fact, evidence))
                continue
            for article in sorted({e["article"] for e in evidence}) or [None]:
                own = [e for e in evidence if e["article"] == article]
                yield _statements(fact_lines(vocab, fact, own), ref(vocab.article(article)) if article else "")


class _TextReader(io.RawIOBase):
    """A binary file over text chunks as they are made, for pyoxigraph's parser."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = (chunk.encode() for chunk in chunks)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def dump_statements(store: GraphStore, vocab: Vocabulary, *, named_graphs: bool) -> QuadParser:
    """The dump as pyoxigraph quads, parsed as it is made (for serializers and stores that take terms)."""
    chunks = dump_text(store, vocab, named_graphs=named_graphs)
    return parse(_TextReader(chunks), RdfFormat.N_QUADS if named_graphs else RdfFormat.N_TRIPLES)


def dump_format(fmt: str) -> tuple[RdfFormat, str, bool]:
    """(pyoxigraph format, media type, has named graphs) of a dump format; BadInput for an unknown one."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[fmt]


def write_dump(store: GraphStore, vocab: Vocabulary, fmt: str, output: IO[bytes]) -> None:
    """Serialize the whole graph to ``output`` as it is read from the store."""
    rdf_format, _, named_graphs = dump_format(fmt)
    if rdf_format is RdfFormat.N_TRIPLES:
        for chunk in dump_text(store, vocab, named_graphs=False):
            output.write(chunk.encode())
        return
    serialize(dump_statements(store, vocab, named_graphs=named_graphs), output, rdf_format, prefixes=vocab.prefixes)


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
    dump_format(fmt)  # fail fast on a bad format
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
    lines = entity_lines(vocab, rows[0]["type"], rows[0]["properties"] | {"id": entity_id})
    facts = [fact_from_row(row) for row in store.query("entity_relations", id=entity_id)]
    by_fact = _evidence_by_fact(store, facts)
    for fact in facts:
        lines += fact_lines(vocab, fact, by_fact.get(fact["fact_id"], []))
    return [quad.triple for quad in parse(_statements(lines), RdfFormat.N_TRIPLES)]


def serialize_triples(triples: Iterable[Triple], fmt: str, vocab: Vocabulary) -> bytes:
    return serialize(triples, format=FORMATS[fmt][0], prefixes=vocab.prefixes)
