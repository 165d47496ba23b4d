"""The embedded adapter: LadybugDB, in-process, in a directory on disk."""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import ladybug

from core.errors import QueryFailed
from graph.archive import ArchivePlan
from graph.cypher import ReadRows, WriteRows
from graph.ladybug import bulk, errors
from graph.ladybug.schema import existing_schema, schema_statements, upgrade_statements
from graph.planning import PlannedStore
from graph.statements import evidence_columns, id_match, relation_properties
from graph.store import Row, StoreSchema
from queries import NamedQuery
from schema import ONTOLOGY, NodeType, PropertySpec

T = TypeVar("T")

# A dump reads the evidence by table offset, a LadybugDB function: its last offset, then slices of the table.
_LAST_EVIDENCE_OFFSET = "MATCH (e:Evidence) RETURN max(offset(id(e))) AS last"
_EVIDENCE_SLICE = (
    f"MATCH (e:Evidence) WHERE offset(id(e)) >= $start AND offset(id(e)) < $stop RETURN {evidence_columns()}"
)
# Ladybug has no second label on a node: the entities are the union of their tables.
_ENTITY_UNION = ":".join(ONTOLOGY.entity_types)
# A lookup by id through the union does not use the primary-key index (4 ms against 0.09 ms at 20k relations):
# where a named query looks an entity up by a parameter, its slot names the entity's own table.
_TYPE_LOOKUP = " UNION ALL ".join(f"MATCH (n:{t} {{id: $id}}) RETURN '{t}' AS type" for t in ONTOLOGY.entity_types)
# SKIP and LIMIT given as parameters make LadybugDB sort every row (2.5 ms more at 100k relations): a
# page of at most _TOP_K rows has its integers written into the statement, so only the top rows are kept.
# (For the large pages of an export, the literal costs memory instead: 40 MB more at 10k relations.)
_TOP_K = 1000
# LadybugDB 0.22's top-k operator (ORDER BY with SKIP and LIMIT) crashes the process when SKIP is large:
# `RETURN 1 AS x ORDER BY x SKIP 300000 LIMIT 1` is a segfault, and the API's own page queries crash from
# a SKIP of about 6,000 on a small store. Such queries are planned without the optimizer, which then sorts
# instead: the API's pages past _TOP_K, and a caller's query whose plan has a top-k.
_TOP_K_OPERATOR = "TOP_K["
_NO_TOP_K = "CALL enable_plan_optimizer=false"


class LadybugStore(PlannedStore):
    """A GraphStore on LadybugDB. One process may open it for writing at a time.

    Writes go through one connection under a lock; reads use a connection per thread, so
    the API's worker threads read concurrently. An upsert is one transaction: keys the store
    lacks are bulk-loaded with COPY from Arrow tables, and only keys it has go through MERGE.
    """

    dialect = "ladybug"
    entity_label = _ENTITY_UNION
    #: Ladybug names a relationship's table with label(r) where Cypher says type(r).
    type_function = "label"
    #: Rows per MERGE statement for keys already stored (new keys go in one COPY each).
    batch_size = 5000

    def __init__(self, path: Path, *, read_only: bool = False, buffer_mb: int = 0) -> None:
        self.path = path
        with errors.opening(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = _open_database(path, read_only, buffer_mb)
            self._conn = ladybug.Connection(self._db)
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: weakref.WeakSet[ladybug.Connection] = weakref.WeakSet()  # a thread's closes as it ends
        self._depth = 0
        self._entity_types: dict[str, str] = {}

    # -- connections -------------------------------------------------------------------

    def _reader(self, *, top_k: bool = True, page: bool = False) -> ladybug.Connection:
        """This thread's read connection (a Ladybug connection is not shared between threads).

        ``top_k=False``: one whose plans keep no top-k operator (a connection's cached plans must not mix).
        ``page``: one that runs each query on a single thread, for the named queries and key lookups, which
        read a page by index: waking LadybugDB's other worker threads for them cost more time than it saved.
        """
        name = f"{'page' if page else 'scan'}_{'top_k' if top_k else 'sorting'}"
        conn = getattr(self._local, name, None)
        if conn is None:
            conn = ladybug.Connection(self._db, num_threads=1 if page else 0)
            if not top_k:
                self._execute(conn, _NO_TOP_K, {})
            setattr(self._local, name, conn)
            with self._lock:
                self._readers.add(conn)
        return conn

    def _execute(self, conn: ladybug.Connection, statement: str, params: Row, *, alone: bool = False) -> Any:
        """Run ``statement``; ``alone``: prepared on its own, so that a string of several statements is refused
        by LadybugDB (which runs them all when a string is executed) and the binding does not rewrite it."""
        if conn is self._conn:  # the writing connection (MERGE, COPY): remembered entity tables may change
            self._entity_types.clear()
        with errors.running():
            if not alone:
                return conn.execute(statement, params)
            prepared = ladybug.PreparedStatement(conn, statement)
            if not prepared.is_success():
                raise RuntimeError(prepared.get_error_message())
            return conn.execute(prepared, params)

    def _rows(self, conn: ladybug.Connection, statement: str, params: Row, timeout: float | None = None) -> list[Row]:
        with errors.time_limit(conn, timeout):
            result = self._execute(conn, statement, params)
            names = result.get_column_names()
            return [_row(names, values) for values in result.get_all()]

    # -- reading a dump ------------------------------------------------------------------

    def iter_evidence(self, page: int = 5000) -> Iterator[list[Row]]:
        # By table offset, not by id: each page ordered by id sorts every row after it in the buffer pool (a
        # dump's memory then grows with the store, and a 24 MiB pool runs out at 1M triples).
        last = self._read(_LAST_EVIDENCE_OFFSET, {})[0]["last"]
        for start in range(0, 0 if last is None else last + 1, page):
            rows = self._read(_EVIDENCE_SLICE, {"start": start, "stop": start + page})
            if rows:  # a slice of deleted rows is empty
                yield rows

    # -- primitives ----------------------------------------------------------------------

    def _write(self, statement: str, rows: Sequence[Row]) -> None:
        with self._lock:
            self._execute(self._conn, statement, {"rows": list(rows)} if "$rows" in statement else {})

    def _read(self, statement: str, params: Row, timeout: float | None = None) -> list[Row]:
        return self._rows(self._reader(), statement, params, timeout)

    def _run_named(self, query: NamedQuery, params: Row) -> list[Row]:
        statement = query.statement(params, self._entity_table, _page_bound)
        deep = any(kind == "SKIP" and _int(params.get(arg)) > _TOP_K for kind, arg in query.slots)
        return self._rows(self._reader(top_k=not deep, page=True), statement, params, self.query_timeout)

    def _entity_table(self, entity_id: Any) -> str:
        """The table of the stored entity ``entity_id``; the union of the entity tables for any other."""
        if not isinstance(entity_id, str):
            return _ENTITY_UNION
        if entity_id not in self._entity_types:
            found = self._execute(self._reader(page=True), _TYPE_LOOKUP, {"id": entity_id}).get_all()
            if not found:
                return _ENTITY_UNION
            self._entity_types[entity_id] = found[0][0]
        return self._entity_types[entity_id]

    def _in_write_transaction(self, work: Callable[[ReadRows, WriteRows], T]) -> T:
        # Reads go through the writing connection, which sees the transaction's own writes.
        with self._transaction():
            return work(lambda statement, params: self._rows(self._conn, statement, params), self._write_batches)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # A failed COPY outside a transaction leaves the primary-key index broken in LadybugDB 0.22;
        # inside one, it rolls back cleanly. Nested calls join the outer transaction. A COMMIT after a COPY
        # checkpoints, which costs most of a bulk load's time, but is kept: COPY is not in the WAL, so with
        # `auto_checkpoint=false` a writer killed after its COMMIT loses the copied rows (BENCHMARKS.md).
        with self._lock:
            self._depth += 1
            try:
                if self._depth == 1:
                    self._execute(self._conn, "BEGIN TRANSACTION", {})
                try:
                    yield
                except BaseException:
                    if self._depth == 1:
                        with contextlib.suppress(QueryFailed):  # a failed statement has rolled back already
                            self._execute(self._conn, "ROLLBACK", {})
                    raise
                if self._depth == 1:
                    self._execute(self._conn, "COMMIT", {})
            finally:
                self._depth -= 1

    def _read_only(self, statement: str, params: Row, timeout: float, max_rows: int) -> tuple[list[str], list[Row]]:
        # A connection of its own, in a READ ONLY transaction, one statement alone: LadybugDB refuses a write
        # and a second statement (a COMMIT could otherwise end the transaction before one).
        conn = ladybug.Connection(self._db)
        try:
            with errors.time_limit(conn, timeout), errors.read_only():
                self._execute(conn, "BEGIN TRANSACTION READ ONLY", {})
                try:
                    [[plan]] = self._execute(conn, f"EXPLAIN {statement}", params, alone=True).get_all()
                    if _TOP_K_OPERATOR in plan:
                        self._execute(conn, _NO_TOP_K, {})
                    result = self._execute(conn, statement, params, alone=True)
                    columns = result.get_column_names()
                    rows = []
                    while result.has_next() and len(rows) < max_rows:
                        rows.append(_row(columns, result.get_next()))
                    return columns, rows
                finally:
                    with contextlib.suppress(QueryFailed):  # an interrupted query has rolled back already
                        self._execute(conn, "ROLLBACK", {})
        finally:
            conn.close()

    # -- the bulk path ----------------------------------------------------------------

    def _insert_nodes(self, node: NodeType, labels: str, rows: list[Row]) -> None:
        self._copy(bulk.copy_nodes(node.name, node.properties), node.properties, rows)

    def _insert_relations(self, predicate: str, subject_type: str, object_type: str, rows: list[Row]) -> None:
        # Both ends are stored (upsert_relations drops the others), as COPY needs.
        columns = relation_properties(predicate)
        statement = bulk.copy_relations(predicate, subject_type, object_type, columns)
        self._copy(statement, columns, rows, ends=("subject_id", "object_id"))

    def import_archive(self, plan: ArchivePlan) -> None:
        """COPY an archive's rows into the empty tables of this store, in one transaction (one checkpoint)."""
        types = {row["id"]: type_name for type_name, rows in plan.entities.items() for row in rows}
        with self._transaction():
            self._insert_nodes(ONTOLOGY.node_type("Article"), "Article", plan.articles)
            for type_name, rows in sorted(plan.entities.items()):
                self._insert_nodes(ONTOLOGY.node_type(type_name), type_name, rows)
            self._copy_evidence(plan.evidence)
            for predicate, rows in sorted(plan.facts.items()):
                by_ends: dict[tuple[str, str], list[Row]] = defaultdict(list)
                for row in rows:
                    by_ends[types[row["subject_id"]], types[row["object_id"]]].append(row)
                for (subject_type, object_type), group in sorted(by_ends.items()):
                    self._insert_relations(predicate, subject_type, object_type, group)

    def _insert_evidence(self, rows: list[Row]) -> None:
        articles = self._stored_keys(id_match("Article"), [r["article_id"] for r in rows])
        self._copy_evidence([r for r in rows if r["article_id"] in articles])

    def _copy_evidence(self, rows: list[Row]) -> None:
        """COPY evidence nodes whose articles are stored, each with its CITED_IN link."""
        columns = ONTOLOGY.node_type("Evidence").properties
        self._copy(bulk.copy_nodes("Evidence", columns), columns, rows)
        self._copy(bulk.copy_relations("CITED_IN", "Evidence", "Article", ()), (), rows, ends=("id", "article_id"))

    def _find_rows(self, match: str, keys: list[str]) -> list[Row]:
        # On the writing connection, since the transaction's own writes must be seen.
        with self._lock:
            return self._rows(self._conn, bulk.for_each_key(match), {"keys": bulk.key_table(keys)})

    def _copy(
        self, statement: str, columns: Sequence[PropertySpec], rows: list[Row], *, ends: tuple[str, str] | None = None
    ) -> None:
        if rows:
            self._execute(self._conn, statement, {"rows": bulk.arrow(columns, rows, ends=ends)})

    # -- capabilities and schema --------------------------------------------------------

    def _typed(self, expression: str, spec: PropertySpec) -> str:
        # Ladybug infers a parameter's type from its values: a batch of nulls would be STRING.
        return f"CAST({expression} AS {spec.kind.store_type})"

    def close(self) -> None:
        with self._lock:
            for conn in list(self._readers):
                conn.close()
            self._conn.close()
            self._db.close()

    def server_version(self) -> str:
        return f"LadybugDB {ladybug.__version__}"

    def init_schema(self) -> None:
        for statement in schema_statements():
            self._write(statement, [])
        for statement in upgrade_statements(self._read, self.path):
            self._write(statement, [])

    def existing_schema(self) -> StoreSchema:
        return existing_schema(self._read)


def _page_bound(keyword: str, param: str, value: Any) -> str:
    """A page's bound as a literal where it keeps the top-k operator (see _TOP_K), else as its parameter."""
    return f"{keyword} {value}" if type(value) is int and 0 <= value <= _TOP_K else f"{keyword} ${param}"


def _row(names: list[str], values: list[Any]) -> Row:
    """A result row by column name, its maps made plain (the common row without maps built in C)."""
    if dict not in map(type, values):
        return dict(zip(names, values, strict=True))
    return {name: _plain(value) for name, value in zip(names, values, strict=True)}


def _plain(value: Any) -> Any:
    """A node, relation or property map as the Neo4j driver gives it: set properties, no internal keys."""
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if not k.startswith("_") and v is not None}
    return value


def _int(value: Any) -> int:
    """``value`` if it is an int (a bool is not), else 0."""
    return value if type(value) is int else 0


def _open_database(path: Path, read_only: bool, buffer_mb: int) -> ladybug.Database:
    """Open the database; a read-only open after a killed writer first lets a writable open recover it."""
    buffer = buffer_mb * 1024 * 1024
    try:
        return ladybug.Database(str(path), read_only=read_only, buffer_pool_size=buffer)
    except RuntimeError as exc:
        if not (read_only and "recovery is pending" in str(exc)):
            raise
    ladybug.Database(str(path), buffer_pool_size=buffer).close()
    return ladybug.Database(str(path), read_only=True, buffer_pool_size=buffer)
