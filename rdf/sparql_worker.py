"""One SPARQL query, evaluated in a worker process that the endpoint kills when the query runs late.

The worker reads the endpoint's copy of the graph from an N-Quads file, refuses federated queries
(SERVICE) on the parsed query's algebra, evaluates with pyoxigraph and serializes the answer. It
imports no more than that needs, so that a fresh worker starts fast.
"""

from __future__ import annotations

import csv
import io
import json
import signal
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

import pyoxigraph as ox
from rdflib.plugins.sparql.algebra import translateQuery, traverse
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from core.errors import BadInput, NotSupported

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}


@dataclass(frozen=True)
class SparqlTask:
    """A query and how to answer it: ``kind`` for solutions and booleans, ``graph_media`` for graphs."""

    dataset: str  # path of the N-Quads copy of the graph
    text: str
    prefixes: dict[str, str]
    kind: str
    graph_media: str
    max_results: int


@dataclass(frozen=True)
class SparqlResult:
    body: bytes
    media_type: str
    truncated: bool


def start_worker() -> None:
    """Let SIGTERM end the worker at once. The pool's own handler runs only between Python bytecodes,
    which a query inside the engine does not reach: the pool would wait 3 s, then send SIGKILL."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def evaluate(task: SparqlTask) -> SparqlResult:
    """Evaluate ``task`` over its dataset. Runs in a worker process."""
    refuse_federation(task.text, task.prefixes)
    try:
        result = _dataset(task.dataset).query(task.text, use_default_graph_as_union=True, prefixes=task.prefixes)
    except SyntaxError as exc:
        raise BadInput(f"not a read-only SPARQL query (updates are refused): {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return SparqlResult(_boolean(bool(result), task.kind), _media(task.kind), False)
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if len(rows) == task.max_results:
                return SparqlResult(_solutions(variables, rows, task.kind), _media(task.kind), True)
            rows.append([solution[v] for v in variables])
        return SparqlResult(_solutions(variables, rows, task.kind), _media(task.kind), False)
    triples = []
    for triple in result:
        if len(triples) == task.max_results:
            break
        triples.append(triple)
    fmt = ox.RdfFormat.from_media_type(task.graph_media)
    body = ox.serialize(triples, format=fmt, prefixes=task.prefixes)
    return SparqlResult(body, task.graph_media, len(triples) == task.max_results)


def refuse_federation(text: str, prefixes: dict[str, str]) -> None:
    """Refuse a query whose algebra holds a SERVICE anywhere (pyoxigraph would fetch its address).

    pyoxigraph neither exposes its parse nor lets SERVICE be switched off, so rdflib's SPARQL 1.1
    parser reads the query; a query it cannot read is refused too.
    """
    try:
        algebra = translateQuery(parseQuery(text), initNs=prefixes).algebra
    except Exception as exc:  # rdflib raises plain Exception too (an unknown prefix); unread is refused
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BadInput(f"not a read-only SPARQL 1.1 query (updates are refused): {reason}") from None
    services: list[CompValue] = []

    def visit(node: object) -> None:
        if isinstance(node, CompValue) and node.name == "ServiceGraphPattern":
            services.append(node)

    traverse(algebra, visitPre=visit)
    if services:
        raise NotSupported("federated queries (SERVICE) are off: this endpoint answers from its own graph only")


@lru_cache(maxsize=1)
def _dataset(path: str) -> ox.Store:
    """The graph copy at ``path``; the one before is dropped when the endpoint writes a new one."""
    dataset = ox.Store()
    dataset.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    return dataset


def _media(kind: str) -> str:
    return next(media for media, name in RESULT_TYPES.items() if name == kind)


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
