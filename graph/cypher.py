"""What both adapters share beneath the interface: a Cypher store on a few primitives each adapter provides
(run a write, run a read, one write transaction, a caller's read-only query), and the reads of the whole store.

Statements come from :mod:`graph.statements` and the named queries of ``queries/``; a difference between the
stores is a capability of the adapter (``entity_label``, ``_typed``, ``_lock_clause``) or a query file of its
own in ``queries/<dialect>/``.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

from core.errors import QueryTimeout, ReadOnlyViolation
from graph import statements
from graph.store import GraphStore, Row
from queries import NamedQuery, load_query
from schema import ONTOLOGY, PropertySpec

T = TypeVar("T")
#: Run a statement in the open transaction and return its rows.
ReadRows = Callable[[str, Row], list[Row]]
#: Run a statement with ``$rows`` (in batches) in the open transaction.
WriteRows = Callable[[str, Sequence[Row]], None]

# Clauses that read or write outside the graph (files, URLs, extensions, other databases). A read-only
# transaction does not stop these, so they are refused before the query reaches the store.
_OUTSIDE = re.compile(r"\b(?:LOAD|COPY|EXPORT|IMPORT|INSTALL|ATTACH|DETACH\s+DATABASE|USE)\b|\bCALL\s+\w+\s*=", re.I)
_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def refuse_side_effects(statement: str) -> None:
    """Refuse LOAD CSV, COPY, EXPORT and the like, looking past string literals and comments (a check only:
    the statement itself is passed on unchanged)."""
    found = _OUTSIDE.search(_LITERALS.sub(" ", statement))
    if found:
        raise ReadOnlyViolation(f"{found.group().strip()} is not allowed in a read-only query")


def chunks(rows: Sequence[Row], size: int) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class CypherStore(GraphStore):
    """A GraphStore that speaks Cypher through the primitives below."""

    #: The label that matches every entity (Neo4j gives entities an extra label; LadybugDB names the union).
    entity_label: str = "Entity"
    #: The function that names a relationship's type.
    type_function: str = "type"

    # -- primitives each adapter provides ---------------------------------------------

    @abstractmethod
    def _write(self, statement: str, rows: Sequence[Row]) -> None:
        """Run one write statement with ``$rows`` in one transaction."""

    @abstractmethod
    def _read(self, statement: str, params: Row, timeout: float | None = None) -> list[Row]:
        """Run one read statement and return its rows as dicts; past ``timeout`` seconds, QueryTimeout."""

    @abstractmethod
    def _in_write_transaction(self, work: Callable[[ReadRows, WriteRows], T]) -> T:
        """Run ``work`` with statements that read and write in one write transaction (retried whole, if at all)."""

    @abstractmethod
    def _read_only(self, statement: str, params: Row, timeout: float, max_rows: int) -> tuple[list[str], list[Row]]:
        """Run a caller's query in a transaction the store itself keeps read-only, within ``timeout``."""

    def _transaction(self) -> AbstractContextManager[None]:
        """One transaction around an upsert, where the store wants one (nested calls join the outer one).

        By default each write statement is its own transaction.
        """
        return nullcontext()

    # -- capabilities (defaults: Neo4j's) -------------------------------------------------

    def _entity_labels(self, node_type: str) -> str:
        """The label expression used when writing an entity of ``node_type``."""
        return node_type

    def _typed(self, expression: str, spec: PropertySpec) -> str:
        """``expression`` as a value of the property's kind (a hook for stores that infer types)."""
        return expression

    def _lock_clause(self, variable: str, prop: str) -> str:
        """A clause that takes the write lock of ``variable`` before it is read, where writers run concurrently
        (by writing its ``prop`` unchanged). None by default: the store has one writer at a time."""
        return ""

    def _run_named(self, query: NamedQuery, params: Row) -> list[Row]:
        """Run a named query within ``query_timeout`` (adapters that fill it per call override this)."""
        return self._read(query.text, params, self.query_timeout)

    # -- the interface, on the primitives -------------------------------------------------

    def query(self, name: str, **params: Any) -> list[Row]:
        try:
            return self._run_named(load_query(name, self.dialect, self.type_function), params)
        except QueryTimeout:
            raise QueryTimeout(
                f"the query {name} ran past {self.query_timeout:g} s and was stopped (KG_QUERY_TIMEOUT_S)"
            ) from None

    def run_read_only(
        self, statement: str, params: Row | None = None, *, timeout: float = 5.0, max_rows: int = 1000
    ) -> tuple[list[str], list[Row], bool]:
        refuse_side_effects(statement)
        columns, rows = self._read_only(statement, params or {}, timeout, max_rows + 1)
        return columns, rows[:max_rows], len(rows) > max_rows

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for node in ONTOLOGY.node_types:
            out[node.name] = int(self._read(statements.count_nodes(node.name), {})[0]["n"])
        for pred in ONTOLOGY.predicates:
            out[pred.name] = int(self._read(statements.count_relations(pred.name), {})[0]["n"])
        return out

    def clear(self) -> None:
        for node in ONTOLOGY.node_types:
            self._write(statements.delete_nodes(node.name), [])

    def mark_articles_loaded(self, hashes: dict[str, str]) -> None:
        rows = [{"id": article_id, "sha256": sha} for article_id, sha in hashes.items()]
        self._write_batches(statements.MARK_LOADED, rows)

    def article_sha256(self, article_id: str) -> str | None:
        rows = self._read(statements.ARTICLE_SHA256, {"id": article_id})
        return rows[0]["sha256"] if rows else None

    def iter_facts(self, page: int = 5000) -> Iterator[list[Row]]:
        for pred in ONTOLOGY.predicates:
            yield from self._pages(statements.facts_page(pred.name, self.entity_label), page, key="fact_id")

    def iter_nodes(self, node_type: str, page: int = 5000) -> Iterator[list[Row]]:
        ONTOLOGY.node_type(node_type)
        yield from self._pages(statements.nodes_page(node_type), page)

    def iter_evidence(self, page: int = 5000) -> Iterator[list[Row]]:
        yield from self._pages(statements.evidence_page(), page, key="id")

    def _pages(self, statement: str, page: int, key: str = "key") -> Iterator[list[Row]]:
        after = ""
        while True:
            rows = self._read(statement, {"after": after, "limit": page})
            if not rows:
                return
            yield rows
            if len(rows) < page:
                return
            after = rows[-1][key]

    def _write_batches(self, statement: str, rows: Sequence[Row]) -> None:
        if not rows:
            return
        for batch in chunks(rows, self.batch_size):
            self._write(statement, batch)
