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
from pyparsing import ParseBaseException
from rdflib.plugins.sparql.algebra import translateQuery, traverse
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from core.errors import BadQuery, NotAcceptable, NotSupported, ReadOnlyViolation

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}


@dataclass(frozen=True)
class SparqlTask:
    """A query and how to answer it: ``kind`` for solutions and booleans, ``graph_media`` for graphs (None: the
    Accept header allows none of them; ``graph_types`` are those offered)."""

    dataset: str  # path of the N-Quads copy of the graph
    text: str
    prefixes: dict[str, str]
    kind: str | None
    graph_media: str | None
    graph_types: tuple[str, ...]
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
    form = read_query(task.text, task.prefixes)
    if form in ("ConstructQuery", "DescribeQuery") and task.graph_media is None:
        raise NotAcceptable(list(task.graph_types))
    if form in ("SelectQuery", "AskQuery") and task.kind is None:
        raise NotAcceptable(list(RESULT_TYPES))
    try:
        result = _dataset(task.dataset).query(task.text, use_default_graph_as_union=True, prefixes=task.prefixes)
    except SyntaxError as exc:  # read by rdflib's parser, not by pyoxigraph's; its message says where
        raise BadQuery(f"not a SPARQL 1.1 query: {exc}") from None
    kind = task.kind or "json"  # a kind is known for solutions: checked above
    if isinstance(result, ox.QueryBoolean):
        return SparqlResult(_boolean(bool(result), kind), _media(kind), False)
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if len(rows) == task.max_results:
                return SparqlResult(_solutions(variables, rows, kind), _media(kind), True)
            rows.append([solution[v] for v in variables])
        return SparqlResult(_solutions(variables, rows, kind), _media(kind), False)
    triples = []
    for triple in result:
        if len(triples) == task.max_results:
            break
        triples.append(triple)
    media = task.graph_media or task.graph_types[0]  # a type is known for graphs: checked above
    body = ox.serialize(triples, format=ox.RdfFormat.from_media_type(media), prefixes=task.prefixes)
    return SparqlResult(body, media, len(triples) == task.max_results)


def read_query(text: str, prefixes: dict[str, str]) -> str:
    """The query's form (SelectQuery, AskQuery, ConstructQuery or DescribeQuery), once it is known to be a
    query this endpoint answers: an update is refused (ReadOnlyViolation), a syntax error is a BadQuery that
    says where, and a query whose algebra holds a SERVICE anywhere is refused (pyoxigraph would fetch it).

    pyoxigraph neither exposes its parse nor lets SERVICE be switched off, so rdflib's SPARQL 1.1
    parser reads the query; a query it cannot read is not evaluated.
    """
    try:
        parsed = parseQuery(text)
    except ParseBaseException as exc:
        if _is_update(text):
            raise ReadOnlyViolation("updates are refused: this endpoint answers queries only") from None
        found = f", near {exc.line.strip()[:60]!r}" if exc.line.strip() else ""
        raise BadQuery(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}{found}: {exc.msg}") from None
    try:
        algebra = translateQuery(parsed, initNs=prefixes).algebra
    except Exception as exc:  # rdflib raises plain Exception too (an unknown prefix)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BadQuery(f"not a SPARQL 1.1 query this endpoint can read: {reason}") from None
    services: list[CompValue] = []

    def visit(node: object) -> None:
        if isinstance(node, CompValue) and node.name == "ServiceGraphPattern":
            services.append(node)

    traverse(algebra, visitPre=visit)
    if services:
        raise NotSupported("federated queries (SERVICE) are off: this endpoint answers from its own graph only")
    return str(parsed[1].name)


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except ParseBaseException:
        return False
    return True


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
