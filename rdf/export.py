"""Streaming RDF dumps of the graph: N-Triples, Turtle, JSON-LD and TriG (one named graph per article).

The RDF model is written once, as N-Triples/N-Quads lines built from the store's rows page by page.
An N-Triples dump is those lines as they are made; the other formats parse them back with pyoxigraph
and serialize as they go, so memory stays bounded whatever the size of the graph.

>>> with open("dump.nt", "wb") as out:                                  # doctest: +SKIP
...     write_dump(store, Vocabulary("http://127.0.0.1:8000/"), "ntriples", out)
"""

from __future__ import annotations

import contextlib
import io
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from json.encoder import encode_basestring
from typing import IO, Any, TypeVar

from pyoxigraph import QuadParser, RdfFormat, Triple, parse, serialize

from core.errors import BadInput, NotFound
from graph import GraphStore
from rdf.jsonld import jsonld_chunks
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
    property_name,
)
from schema import ONTOLOGY, Kind, ValueKind

T = TypeVar("T")
#: A bound past any entity's relations: an entity's description holds them all.
EVERY = 10**9

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
    """ISO dates keep their precision: xsd:date, xsd:gYearMonth or xsd:gYear (the date kind's literal)."""
    ((_, lexical, datatype),) = Kind.DATE.rdf("date", value)
    return typed(lexical, datatype) if datatype else text(lexical)


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


class Lines:
    """The RDF model as N-Triples lines (subject, predicate, object; no final dot), under one vocabulary.

    The vocabulary's terms are made once: a dump writes millions of lines with them.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.term = lru_cache(maxsize=1024)(lambda local: ref(vocab.ns + local))
        self.entity = lru_cache(maxsize=65536)(lambda entity_id: ref(vocab.entity(entity_id)))  # bounded
        self.article = lru_cache(maxsize=4096)(lambda article_id: ref(vocab.article(article_id)))
        self.fact_type, self.evidence_type = self.term("Fact"), self.term("Evidence")
        self.polarity, self.modality = self.term("polarity"), self.term("modality")
        self.confidence = self.term("confidence")
        self.predicates = {pred.name: self.term(property_name(pred.name)) for pred in ONTOLOGY.predicates}

    def values(self, name: str, kind: ValueKind, value: Any) -> list[tuple[str, str]]:
        """The (property, value) pairs of one qualifier or node property, typed by its kind."""
        if kind.iri:
            return [(self.term(camel(prop)), self.entity(lexical)) for prop, lexical, _ in kind.rdf(name, value)]
        return [
            (self.term(camel(prop)), typed(lexical, datatype) if datatype else text(lexical))
            for prop, lexical, datatype in kind.rdf(name, value)
        ]

    def of_entity(self, type_name: str, props: dict[str, Any]) -> list[str]:
        node = self.entity(props["id"])
        lines = [f"{node} {A} {self.term(type_name)}"]
        if props.get("name"):
            lines.append(f"{node} {LABEL} {text(props['name'])}")
        lines += [f"{node} {ALT_LABEL} {text(alias)}" for alias in props.get("aliases") or []]
        if props.get("wikidata"):
            lines.append(f"{node} {SAME_AS} {ref(WD + props['wikidata'])}")
        for spec in ONTOLOGY.node_type(type_name).properties:
            if spec.name not in STANDARD_PROPERTIES:
                lines += [f"{node} {p} {o}" for p, o in self.values(spec.name, spec.kind, props.get(spec.name))]
        if type_name == "Claim":
            lines += self.of_claim(node, props)
        return lines

    def of_claim(self, claim: str, props: dict[str, Any]) -> list[str]:
        """schema:Claim, and a schema:ClaimReview with its rating where a verdict is known."""
        lines = [f"{claim} {A} {S['Claim']}"]
        written = [("text", "text", text), ("claimant", "author", self.entity), ("date", "dateCreated", date_literal)]
        lines += _present(claim, props, written)
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
            lines += self.of_organization(review, S["author"], props["reviewed_by"])
        return lines

    def of_organization(self, subject: str, prop: str, name: str) -> list[str]:
        return [f"{subject} {prop} {ref(self.vocab.publisher(name))}", *self.organization(name)]

    def organization(self, name: str) -> list[str]:
        org = ref(self.vocab.publisher(name))
        return [f"{org} {A} {S['Organization']}", f"{org} {S['name']} {text(name)}"]

    def of_article(self, props: dict[str, Any]) -> list[str]:
        node = self.article(props["id"])
        lines = [f"{node} {A} {S['NewsArticle']}", f"{node} {A} {self.term('Article')}"]
        published = ("published", "datePublished", lambda day: date_literal(str(day)[:10]))
        lines += _present(node, props, [("title", "headline", text), published, ("url", "url", text)])
        if props.get("publisher"):
            lines += self.of_organization(node, S["publisher"], props["publisher"])
        return lines

    def of_fact(self, fact: dict[str, Any]) -> list[str]:
        """The direct triple (when affirmed and asserted) and the statement with its qualifiers.

        ``fact`` is a row of ``GraphStore.iter_facts``: predicate, subject_id, object_id and the stored properties.
        """
        subject, obj = self.entity(fact["subject_id"]), self.entity(fact["object_id"])
        prop = self.predicates[fact["predicate"]]
        node = ref(self.vocab.fact(fact["fact_id"]))
        polarity, modality = fact["polarity"], fact["modality"]
        lines = [f"{subject} {prop} {obj}"] if polarity == "affirmed" and modality == "asserted" else []
        lines += [
            f"{node} {A} {self.fact_type}",
            f"{node} {A} {STATEMENT}",
            f"{node} {SUBJECT} {subject}",
            f"{node} {PREDICATE} {prop}",
            f"{node} {OBJECT} {obj}",
            f"{node} {self.polarity} {text(polarity)}",
            f"{node} {self.modality} {text(modality)}",
        ]
        if fact.get("confidence") is not None:
            lines.append(f"{node} {self.confidence} {typed(float(fact['confidence']), 'double')}")
        for q in ONTOLOGY.predicate(fact["predicate"]).qualifiers:
            lines += [f"{node} {p} {o}" for p, o in self.values(q.name, q.kind, fact.get(q.name))]
        return lines

    def of_evidence(self, ev: dict[str, Any]) -> list[str]:
        """One supporting sentence: the statement derived from it, and its annotation with both selectors and
        the qualifiers read from this sentence."""
        node = ref(self.vocab.fact(ev["fact_id"]))
        iri = self.vocab.evidence(ev["id"])
        annotation, target, quote, position = (ref(iri + part) for part in ("", "#target", "#quote", "#position"))
        qualifiers = [
            f"{annotation} {p} {o}"
            for q in ONTOLOGY.qualifiers.values()
            for p, o in self.values(q.name, q.kind, ev.get(q.name))
        ]
        return qualifiers + [
            f"{node} {DERIVED_FROM} {annotation}",
            f"{annotation} {A} {ANNOTATION}",
            f"{annotation} {A} {self.evidence_type}",
            f"{annotation} {HAS_BODY} {node}",
            f"{annotation} {HAS_TARGET} {target}",
            f"{target} {HAS_SOURCE} {self.article(ev['article'])}",
            f"{target} {HAS_SELECTOR} {quote}",
            f"{target} {HAS_SELECTOR} {position}",
            f"{quote} {A} {QUOTE_SELECTOR}",
            f"{quote} {EXACT} {text(ev['text'])}",
            f"{position} {A} {POSITION_SELECTOR}",
            f"{position} {START} {typed(int(ev['start']), 'integer')}",
            f"{position} {END} {typed(int(ev['end']), 'integer')}",
        ]

    def of_cited_fact(self, fact: dict[str, Any], evidence: list[dict[str, Any]]) -> list[str]:
        """A fact's lines and those of its evidence."""
        return self.of_fact(fact) + [line for ev in evidence for line in self.of_evidence(ev)]


def _present(node: str, props: dict[str, Any], fields: list[tuple[str, str, Callable[[Any], str]]]) -> list[str]:
    """Lines for the properties ``node`` has: (property key, schema: term, how its value is written)."""
    return [f"{node} {S[local]} {write(props[key])}" for key, local, write in fields if props.get(key)]


def _statements(lines: list[str], graph: str = "") -> str:
    """Lines as N-Triples, or as N-Quads in ``graph``."""
    end = f" {graph} .\n" if graph else " .\n"
    return end.join(lines) + end if lines else ""


def _evidence(store: GraphStore, ids: list[str]) -> list[dict[str, Any]]:
    """Evidence rows by id (one query), each with its qualifiers as keys."""
    rows = store.query("evidence", ids=ids) if ids else []
    return [_with_qualifiers(ev, ev.pop("properties") or {}) for ev in rows]


def _with_qualifiers(ev: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    return ev | {name: own.get(name) for name in ONTOLOGY.qualifiers}


def _evidence_by_fact(store: GraphStore, facts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The facts' evidence (one query), by fact id."""
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for ev in _evidence(store, [i for f in facts for i in f["evidence_ids"]]):
        by_fact.setdefault(ev["fact_id"], []).append(ev)
    return by_fact


class _Abandoned(Exception):
    """The consumer of a producing thread has stopped reading."""


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException


_DONE = object()


def produced_in_thread(produce: Callable[[Callable[[T], None]], None], *, ahead: int) -> Iterator[T]:
    """What ``produce`` hands to its callback, run in a thread and read here; at most ``ahead`` items wait.

    An error in the thread is raised here; when the reader stops early, the thread stops at its next item.
    """
    items: queue.Queue[Any] = queue.Queue(maxsize=ahead)
    abandoned = threading.Event()

    def put(item: Any) -> None:
        while not abandoned.is_set():
            with contextlib.suppress(queue.Full):
                items.put(item, timeout=0.5)
                return
        raise _Abandoned

    def run() -> None:
        try:
            produce(put)
            put(_DONE)
        except _Abandoned:
            pass
        except BaseException as exc:  # handed to the reader, which raises it
            with contextlib.suppress(_Abandoned):
                put(_Failed(exc))

    def read() -> Iterator[T]:
        threading.Thread(target=run, daemon=True).start()
        try:
            while (item := items.get()) is not _DONE:
                if isinstance(item, _Failed):
                    raise item.error
                yield item
        finally:
            abandoned.set()

    return read()


def read_ahead(items: Callable[[], Iterable[T]]) -> Iterator[T]:
    """The items of an iterable made and run in a thread, one item ahead of the reader."""

    def produce(put: Callable[[T], None]) -> None:
        for item in items():
            put(item)

    return produced_in_thread(produce, ahead=1)


def _read_pages(store: GraphStore, *, named_graphs: bool, page: int) -> Iterator[tuple[str, Any]]:
    """What a dump reads from the store, page by page, each page tagged with what it holds."""
    for type_name in [*ONTOLOGY.entity_types, "Article"]:
        for rows in store.iter_nodes(type_name, page):
            yield type_name, rows
    for facts in store.iter_facts(page):
        yield "facts", (facts, _evidence_by_fact(store, facts) if named_graphs else {})
    if not named_graphs:  # the evidence of every fact, read once, in its own pages
        for rows in store.iter_evidence(page):
            yield "evidence", rows


def _page_text(lines: Lines, kind: str, content: Any, *, named_graphs: bool) -> str:
    """One page read by ``_read_pages`` as N-Triples, or N-Quads when each article has its graph."""
    if kind == "facts" and named_graphs:
        facts, by_fact = content
        return "".join(_fact_in_graphs(lines, fact, by_fact.get(fact["fact_id"], [])) for fact in facts)
    if kind == "facts":
        return _statements([line for fact in content[0] for line in lines.of_fact(fact)])
    if kind == "evidence":
        return _statements([line for ev in content for line in lines.of_evidence(ev)])
    if kind == "Article":
        return _statements([line for row in content for line in lines.of_article(row["properties"])])
    return _statements([line for row in content for line in lines.of_entity(kind, row["properties"])])


def _fact_in_graphs(lines: Lines, fact: dict[str, Any], evidence: list[dict[str, Any]]) -> str:
    """A fact in the graph of each article that supports it, with that article's evidence."""
    evidence = sorted(evidence, key=lambda e: (e["article"], e["start"]))
    quads = []
    for article in sorted({e["article"] for e in evidence}) or [None]:
        own = [e for e in evidence if e["article"] == article]
        graph = lines.article(article) if article else ""
        quads.append(_statements(lines.of_cited_fact(fact, own), graph))
    return "".join(quads)


def dump_text(store: GraphStore, vocab: Vocabulary, *, named_graphs: bool, page: int = 2000) -> Iterator[str]:
    """The graph as N-Triples (or N-Quads, each article's facts in the article's graph), a page at a time.

    Each page is read in a thread while the one before it is written: the store's queries release the GIL.
    """
    lines = Lines(vocab)
    for kind, content in read_ahead(partial(_read_pages, store, named_graphs=named_graphs, page=page)):
        yield _page_text(lines, kind, content, named_graphs=named_graphs)


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
    if rdf_format is RdfFormat.JSON_LD:  # with the ontology's @context
        statements = dump_statements(store, vocab, named_graphs=False)
        for chunk in jsonld_chunks((quad.triple for quad in statements), vocab):
            output.write(chunk.encode())
        return
    if rdf_format is RdfFormat.N_TRIPLES:
        for chunk in dump_text(store, vocab, named_graphs=False):
            output.write(chunk.encode())
        return
    serialize(dump_statements(store, vocab, named_graphs=named_graphs), output, rdf_format, prefixes=vocab.prefixes)


class _CallbackWriter:
    """A binary file the serializer writes to; its chunks go to a callback."""

    def __init__(self, put: Callable[[bytes], None]) -> None:
        self.put = put

    def write(self, data: bytes) -> int:
        self.put(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def stream_dump(store: GraphStore, vocab: Vocabulary, fmt: str) -> Iterator[bytes]:
    """The dump as chunks of bytes, for a streaming HTTP response (the serializer runs in a thread)."""
    dump_format(fmt)  # fail fast on a bad format
    return produced_in_thread(lambda put: write_dump(store, vocab, fmt, _CallbackWriter(put)), ahead=64)  # type: ignore[arg-type]


def _triples(lines: list[str]) -> list[Triple]:
    return [quad.triple for quad in parse(_statements(lines), RdfFormat.N_TRIPLES)]


def _cited_facts(store: GraphStore, model: Lines, rows: list[dict[str, Any]]) -> list[str]:
    """The lines of facts (rows of the `fact` or `entity_relations` query) and of their evidence."""
    facts = [
        {"predicate": row["predicate"], "subject_id": row["subject_id"], "object_id": row["object_id"]}
        | row["relation"]
        for row in rows
    ]
    by_fact = _evidence_by_fact(store, facts)
    return [line for fact in facts for line in model.of_cited_fact(fact, by_fact.get(fact["fact_id"], []))]


def describe_entity(store: GraphStore, vocab: Vocabulary, entity_id: str) -> list[Triple]:
    """An entity's own triples, and every relation in or out of it with its statement and evidence."""
    rows = store.query("entity", id=entity_id)
    if not rows:
        raise NotFound(f"no entity {entity_id!r}")
    model = Lines(vocab)
    lines = model.of_entity(rows[0]["type"], rows[0]["properties"] | {"id": entity_id})
    relations = store.query("entity_relations", id=entity_id, dated=False, skip=0, limit=EVERY)
    return _triples(lines + _cited_facts(store, model, relations))


def describe_fact(store: GraphStore, vocab: Vocabulary, fact_id: str) -> list[Triple]:
    """A fact: its direct triple, its statement with the qualifiers, and its evidence (as in the dump)."""
    rows = store.query("fact", fact_id=fact_id)
    if not rows:
        raise NotFound(f"no fact {fact_id!r}")
    return _triples(_cited_facts(store, Lines(vocab), rows))


def describe_evidence(store: GraphStore, vocab: Vocabulary, evidence_id: str) -> list[Triple]:
    """One supporting sentence: its annotation, target and selectors, and the statement derived from it."""
    rows = _evidence(store, [evidence_id])
    if not rows:
        raise NotFound(f"no evidence {evidence_id!r}")
    return _triples(Lines(vocab).of_evidence(rows[0]))


def describe_article(store: GraphStore, vocab: Vocabulary, article_id: str) -> list[Triple]:
    """An article's own triples (type, headline, date, address and publisher)."""
    rows = store.query("article", id=article_id)
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    return _triples(Lines(vocab).of_article(rows[0]))


def describe_organization(vocab: Vocabulary, name: str) -> list[Triple]:
    """An organization's own triples (type and name), as the dump has them."""
    return _triples(Lines(vocab).organization(name))


def serialize_triples(triples: Iterable[Triple], fmt: str, vocab: Vocabulary) -> bytes:
    if FORMATS[fmt][0] is RdfFormat.JSON_LD:  # with the ontology's @context, a node object per subject
        return "".join(jsonld_chunks(sorted(triples, key=lambda t: str(t.subject)), vocab)).encode()
    return serialize(triples, format=FORMATS[fmt][0], prefixes=vocab.prefixes)
