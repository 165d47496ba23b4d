"""A read-only SPARQL 1.1 endpoint over the graph, with pyoxigraph.

The endpoint answers from an in-memory copy of the RDF dump (every article's named graph; the
default graph is their union), rebuilt when the store's counts change. pyoxigraph's ``query``
parses queries only, so an update is refused by the engine itself, not by a keyword filter.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pyoxigraph as ox

from graph import GraphStore
from kg.errors import BadInput, QueryTimeout
from rdf.conneg import best_match
from rdf.export import FORMATS, dump_statements
from rdf.vocab import Vocabulary

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {media: name for name, (_, media, _) in FORMATS.items() if name != "trig"}


@dataclass(frozen=True)
class SparqlResult:
    body: bytes
    media_type: str
    truncated: bool


class SparqlEndpoint:
    """Answers SPARQL queries over the store's RDF; refreshes its copy when the store changes."""

    def __init__(
        self,
        store: GraphStore,
        vocab: Vocabulary,
        *,
        timeout: float = 10.0,
        max_results: int = 10_000,
        check_every: float = 5.0,
    ) -> None:
        self.store, self.vocab = store, vocab
        self.timeout, self.max_results, self.check_every = timeout, max_results, check_every
        self._dataset: ox.Store | None = None
        self._signature: tuple[int, ...] | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sparql")

    def dataset(self) -> ox.Store:
        """The RDF copy, rebuilt when the store's counts have changed since it was made."""
        with self._lock:
            now = time.monotonic()
            if self._dataset is not None and now - self._checked < self.check_every:
                return self._dataset
            signature = tuple(self.store.counts().values())
            if self._dataset is None or signature != self._signature:
                dataset = ox.Store()
                dataset.extend(dump_statements(self.store, self.vocab, named_graphs=True))
                self._dataset, self._signature = dataset, signature
            self._checked = now
            return self._dataset

    def triples_count(self) -> int:
        dataset = self.dataset()
        return len({(q.subject, q.predicate, q.object) for q in dataset})

    def query(self, text: str, accept: str) -> SparqlResult:
        """Evaluate a query and serialize its result for the best type in ``accept``."""
        dataset = self.dataset()
        future = self._pool.submit(self._evaluate, dataset, text, accept)
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            raise QueryTimeout(f"the query ran past {self.timeout:g} s") from None

    def _evaluate(self, dataset: ox.Store, text: str, accept: str) -> SparqlResult:
        try:
            result = dataset.query(text, use_default_graph_as_union=True, prefixes=self.vocab.prefixes)
        except SyntaxError as exc:
            raise BadInput(f"not a read-only SPARQL query (updates are refused): {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            kind = _choose(accept, RESULT_TYPES) or "json"
            return SparqlResult(_boolean(bool(result), kind), _media(kind), False)
        if isinstance(result, ox.QuerySolutions):
            kind = _choose(accept, RESULT_TYPES) or "json"
            variables = [v.value for v in result.variables]
            rows = []
            for solution in result:
                if len(rows) == self.max_results:
                    return SparqlResult(_solutions(variables, rows, kind), _media(kind), True)
                rows.append([solution[v] for v in variables])
            return SparqlResult(_solutions(variables, rows, kind), _media(kind), False)
        fmt = _choose(accept, GRAPH_TYPES) or "turtle"
        triples = []
        for triple in result:
            if len(triples) == self.max_results:
                break
            triples.append(triple)
        body = ox.serialize(triples, format=FORMATS[fmt][0], prefixes=self.vocab.prefixes)
        return SparqlResult(body, FORMATS[fmt][1], len(triples) == self.max_results)


def _media(kind: str) -> str:
    return next(media for media, name in RESULT_TYPES.items() if name == kind)


def _choose(accept: str, offered: dict[str, str]) -> str | None:
    """The offered format the Accept header prefers (``*/*`` or nothing takes the first)."""
    media = best_match(accept or "*/*", list(offered))
    return offered[media] if media else None


def _term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> dict[str, str] | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _solutions(variables: list[str], rows: list[list[object]], kind: str) -> bytes:
    if kind == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode()
    if kind in ("csv", "tsv"):
        out = io.StringIO()
        if kind == "csv":
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(variables)
            writer.writerows([[getattr(t, "value", "") if t is not None else "" for t in row] for row in rows])
        else:
            out.write("\t".join(f"?{v}" for v in variables) + "\n")
            out.writelines("\t".join(str(t) if t is not None else "" for t in row) + "\n" for row in rows)
        return out.getvalue().encode()
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    parts += [f'<variable name="{escape(v)}"/>' for v in variables]
    parts.append("</head><results>")
    for row in rows:
        parts.append("<result>")
        for v, term in zip(variables, row, strict=True):
            binding = _term_json(term)  # type: ignore[arg-type]
            if binding is None:
                continue
            tag = {"uri": "uri", "bnode": "bnode", "literal": "literal"}[binding["type"]]
            attrs = "".join(
                f' {k if k != "xml:lang" else "xml:lang"}="{escape(binding[k])}"'
                for k in ("datatype", "xml:lang")
                if k in binding
            )
            parts.append(f'<binding name="{escape(v)}"><{tag}{attrs}>{escape(binding["value"])}</{tag}></binding>')
        parts.append("</result>")
    parts.append("</results></sparql>")
    return "".join(parts).encode()


def _boolean(value: bool, kind: str) -> bytes:
    if kind == "xml":
        return (
            f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{str(value).lower()}</boolean></sparql>"
        ).encode()
    if kind in ("csv", "tsv"):
        return f"{str(value).lower()}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode()
