"""The embedded adapter: LadybugDB, in-process, in a directory on disk."""

from __future__ import annotations

import contextlib
import re
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import ladybug

from graph.store import GraphStore, ReadRows, Row, StoreSchema, WriteRows, quoted, relation_properties
from kg.errors import QueryFailed, QueryTimeout, ReadOnlyViolation, SchemaError, StoreLocked, StoreUnavailable
from schema import ONTOLOGY, Kind, NodeType, PropertySpec

# Ladybug has no multi-label nodes: the shared queries' `:Entity` label stands for the
# union of the entity tables, which Ladybug writes as `:State:Territory:...`.
_ENTITY_LABEL = re.compile(r"(?<=[\w(]):Entity\b")
_ENTITY_UNION = ":" + ":".join(ONTOLOGY.entity_types)
# A lookup by id through the union does not use the primary-key index: where the id is a parameter,
# the adapter names the entity's own table instead (`(o:Entity {id: $actor})` -> `(o:State {...})`).
_ENTITY_BY_ID = re.compile(r"(\(\w*):Entity(\s*\{id:\s*\$(\w+)\})")
# SKIP and LIMIT given as parameters make LadybugDB sort every row (2.5 ms more at 100k relations): a
# page of at most _TOP_K rows has its integers written into the statement, so only the top rows are kept.
# (For the large pages of an export, the literal costs memory instead: 40 MB more at 10k relations.)
_TOP_K = 1000
_PAGING = re.compile(r"\b(SKIP|LIMIT)\s+\$(\w+)", re.I)
_SKIP = re.compile(r"\bSKIP\s+\$(\w+)", re.I)
# LadybugDB 0.22's top-k operator (ORDER BY with SKIP and LIMIT) crashes the process when SKIP is large:
# `RETURN 1 AS x ORDER BY x SKIP 300000 LIMIT 1` is a segfault, and the API's own page queries crash from
# a SKIP of about 6,000 on a small store. Such queries are planned without the optimizer, which then sorts
# instead: the API's pages past _TOP_K, and a caller's query whose plan has a top-k.
_TOP_K_OPERATOR = re.compile(r"\bTOP_K\[\d+\]")
_NO_TOP_K = "CALL enable_plan_optimizer=false"
# Ladybug names a relationship's table with label(r) where Cypher says type(r).
_TYPE_FUNCTION = re.compile(r"\btype\((\w+)\)")
T = TypeVar("T")


class LadybugStore(GraphStore):
    """A GraphStore on LadybugDB. One process may open it for writing at a time.

    Writes go through one connection under a lock; reads use a connection per thread, so
    the API's worker threads read concurrently. An upsert is one transaction: keys the store
    lacks are bulk-loaded with COPY from Arrow tables, and only keys it has go through MERGE.
    """

    dialect = "ladybug"
    #: Rows per MERGE statement for keys already stored (new keys go in one COPY each).
    batch_size = 5000

    def __init__(self, path: Path, *, read_only: bool = False, buffer_mb: int = 0) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = _open_database(path, read_only, buffer_mb)
            self._conn = ladybug.Connection(self._db)
        except (RuntimeError, OSError) as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreLocked(
                    f"the embedded store at {path} is held by another process (a running `kg serve`?): "
                    "stop it first, or POST the articles to its /articles API (with a KG_API_KEYS key)"
                ) from None
            raise StoreUnavailable(f"cannot open the embedded store at {path}: {message}") from None
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: weakref.WeakSet[ladybug.Connection] = weakref.WeakSet()  # a thread's closes as it ends
        self._depth = 0
        self._entity_types: dict[str, str] = {}
        self._type_lookup = " UNION ALL ".join(
            f"MATCH (n:{t} {{id: $id}}) RETURN '{t}' AS type" for t in ONTOLOGY.entity_types
        )

    def _reader(self, *, top_k: bool = True) -> ladybug.Connection:
        """This thread's read connection (a Ladybug connection is not shared between threads).

        ``top_k=False``: one whose plans keep no top-k operator (a connection's cached plans must not mix).
        """
        name = "conn" if top_k else "sorting_conn"
        conn = getattr(self._local, name, None)
        if conn is None:
            conn = ladybug.Connection(self._db)
            if not top_k:
                self._execute(conn, _NO_TOP_K, {})
            setattr(self._local, name, conn)
            with self._lock:
                self._readers.add(conn)
        return conn

    def _execute(self, conn: ladybug.Connection, statement: str, params: Row, *, alone: bool = False) -> Any:
        """Run ``statement``; ``alone``: prepared on its own, so that a string of several statements is refused
        by LadybugDB (which runs them all when a string is executed) and the binding does not rewrite it."""
        statement = _TYPE_FUNCTION.sub(r"label(\1)", _ENTITY_LABEL.sub(_ENTITY_UNION, statement))
        if conn is self._conn:  # the writing connection (MERGE, COPY): remembered entity tables may change
            self._entity_types.clear()
        try:
            if not alone:
                return conn.execute(statement, params)
            prepared = ladybug.PreparedStatement(conn, statement)
            if not prepared.is_success():
                raise RuntimeError(prepared.get_error_message())
            return conn.execute(prepared, params)
        except RuntimeError as exc:
            message = str(exc).splitlines()[0]
            if not message.startswith("Unable to cast Python instance"):
                raise QueryFailed(message) from None
            raise QueryFailed("cannot pass these parameters to the store: a value is out of range") from None
        except (ValueError, TypeError) as exc:  # parameters the binding cannot convert
            raise QueryFailed(f"cannot pass these parameters to the store: {str(exc).splitlines()[0]}") from None

    def _write(self, statement: str, rows: Sequence[Row]) -> None:
        with self._lock:
            self._execute(self._conn, statement, {"rows": list(rows)} if "$rows" in statement else {})

    def _in_write_transaction(self, work: Callable[[ReadRows, WriteRows], T]) -> T:
        # Reads go through the writing connection, which sees the transaction's own writes.
        def read(statement: str, params: Row) -> list[Row]:
            result = self._execute(self._conn, statement, params)
            names = result.get_column_names()
            return [_row(names, values) for values in result.get_all()]

        with self._transaction():
            return work(read, self._write_batches)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # A failed COPY outside a transaction leaves the primary-key index broken in LadybugDB 0.22;
        # inside one, it rolls back cleanly. Nested calls join the outer transaction.
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

    # -- the bulk path ----------------------------------------------------------------

    def _insert_nodes(self, node: NodeType, labels: str, rows: list[Row]) -> None:
        self._copy(node.name, node.properties, rows)

    def _insert_relations(self, predicate: str, subject_type: str, object_type: str, rows: list[Row]) -> None:
        # Both ends are stored (upsert_relations drops the others), as COPY needs.
        ended = [{"from": r["subject_id"], "to": r["object_id"], **r} for r in rows]
        self._copy_relations(predicate, subject_type, object_type, relation_properties(predicate), ended)

    def _insert_evidence(self, rows: list[Row]) -> None:
        articles = self._stored_ids("Article", [r["article_id"] for r in rows])
        rows = [r for r in rows if r["article_id"] in articles]
        self._copy("Evidence", ONTOLOGY.node_type("Evidence").properties, rows)
        self._copy_relations(
            "CITED_IN", "Evidence", "Article", (), [{"from": r["id"], "to": r["article_id"]} for r in rows]
        )

    def _find_rows(self, match: str, keys: list[str]) -> list[Row]:
        # On the writing connection, since the transaction's own writes must be seen; the keys go in
        # as an Arrow table (LOAD FROM), three times faster than a list parameter.
        table = _arrow([PropertySpec(name="key", kind=Kind.TEXT)], [{"key": k} for k in keys])
        with self._lock:
            result = self._execute(self._conn, f"LOAD FROM $keys {match}", {"keys": table})
            names = result.get_column_names()
            return [_row(names, values) for values in result.get_all()]

    def _copy(self, table: str, columns: Sequence[PropertySpec], rows: list[Row]) -> None:
        if rows:
            self._execute(self._conn, f"COPY {_named(table, columns)} FROM $rows", {"rows": _arrow(columns, rows)})

    def _copy_relations(
        self, table: str, from_type: str, to_type: str, columns: Sequence[PropertySpec], rows: list[Row]
    ) -> None:
        """COPY relations; each row names its ends' ids in ``from`` and ``to``."""
        if rows:
            data = _arrow(columns, rows, ends=True)
            copy = f"COPY {_named(table, columns)} FROM $rows (from='{from_type}', to='{to_type}')"
            self._execute(self._conn, copy, {"rows": data})

    def _read(self, statement: str, params: Row) -> list[Row]:
        statement = _ENTITY_BY_ID.sub(lambda m: self._typed_lookup(m, params), statement)
        deep = any(_int(params.get(name)) > _TOP_K for name in _SKIP.findall(statement))
        statement = _PAGING.sub(lambda m: _literal_int(m, params), statement)
        result = self._execute(self._reader(top_k=not deep), statement, params)
        names = result.get_column_names()
        return [_row(names, values) for values in result.get_all()]

    def _typed_lookup(self, match: re.Match[str], params: Row) -> str:
        """``(x:Entity {id: $p})`` with the table of the entity ``$p`` names, when the store holds it."""
        entity_id = params.get(match.group(3))
        if not isinstance(entity_id, str):
            return match.group(0)
        if entity_id not in self._entity_types:
            found = self._execute(self._reader(), self._type_lookup, {"id": entity_id}).get_all()
            if not found:
                return match.group(0)
            self._entity_types[entity_id] = found[0][0]
        return f"{match.group(1)}:{self._entity_types[entity_id]}{match.group(2)}"

    def _read_only(self, statement: str, params: Row, timeout: float, max_rows: int) -> tuple[list[str], list[Row]]:
        # A connection of its own, in a READ ONLY transaction, one statement alone: LadybugDB refuses a write
        # and a second statement (a COMMIT could otherwise end the transaction before one).
        conn = ladybug.Connection(self._db)
        try:
            conn.set_query_timeout(int(timeout * 1000))
            self._execute(conn, "BEGIN TRANSACTION READ ONLY", {})
            try:
                [[plan]] = self._execute(conn, f"EXPLAIN {statement}", params, alone=True).get_all()
                if _TOP_K_OPERATOR.search(plan):
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
        except QueryFailed as exc:
            message = str(exc)
            if "multiple statements" in message:
                raise ReadOnlyViolation("one statement per query: this endpoint refuses several") from None
            if "read-only transaction" in message or "read-only database" in message:
                raise ReadOnlyViolation(f"the query writes, and this endpoint is read-only: {message}") from None
            if "Interrupted" in message:
                raise QueryTimeout(f"the query ran past {timeout:g} s") from None
            raise
        finally:
            conn.close()

    def close(self) -> None:
        with self._lock:
            for conn in list(self._readers):
                conn.close()
            self._conn.close()
            self._db.close()

    def server_version(self) -> str:
        return f"LadybugDB {ladybug.__version__}"

    def _entity_labels(self, node_type: str) -> str:
        return node_type

    def _typed(self, expression: str, spec: PropertySpec) -> str:
        # Ladybug infers a parameter's type from its values: a batch of nulls would be STRING.
        return f"CAST({expression} AS {spec.kind.store_type})"

    def init_schema(self) -> None:
        for node in ONTOLOGY.node_types:
            columns = ", ".join(
                f"{quoted(p.name)} {p.kind.store_type}" + (" PRIMARY KEY" if p.name == "id" else "")
                for p in node.properties
            )
            self._write(f"CREATE NODE TABLE IF NOT EXISTS {node.name}({columns})", [])
        for link in ONTOLOGY.links:
            pairs = _pairs(link.from_types, link.to_types)
            self._write(f"CREATE REL TABLE IF NOT EXISTS {link.name}({pairs})", [])
        for pred in ONTOLOGY.predicates:
            pairs = _pairs(pred.subject_types, pred.object_types)
            columns = ", ".join(f"{quoted(p.name)} {p.kind.store_type}" for p in relation_properties(pred.name))
            self._write(f"CREATE REL TABLE IF NOT EXISTS {pred.name}({pairs}, {columns})", [])
        self._check_columns()

    def _check_columns(self) -> None:
        """Add the columns a store made by an older ontology lacks, to tables with no rows; fail clearly when
        such a table has rows (they would lack what the columns hold)."""
        tables = [(n.name, n.properties, f"MATCH (n:{n.name})") for n in ONTOLOGY.node_types]
        tables += [(p.name, relation_properties(p.name), f"MATCH ()-[n:{p.name}]->()") for p in ONTOLOGY.predicates]
        for table, properties, match in tables:
            have = {row["name"] for row in self._read(f"CALL table_info('{table}') RETURN name", {})}
            missing = [p for p in properties if p.name not in have]
            if missing and self._read(f"{match} RETURN n LIMIT 1", {}):
                raise SchemaError(
                    f"{table} in {self.path} lacks {[p.name for p in missing]}: run `kg init --reset` "
                    "(which empties the store) and load the articles again"
                )
            for spec in missing:
                self._write(f"ALTER TABLE {table} ADD {quoted(spec.name)} {spec.kind.store_type}", [])

    def existing_schema(self) -> StoreSchema:
        rows = self._read("CALL show_tables() RETURN name, type", {})
        return StoreSchema(
            node_types=frozenset(r["name"] for r in rows if r["type"] == "NODE"),
            relation_types=frozenset(r["name"] for r in rows if r["type"] == "REL"),
        )


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


def _literal_int(match: re.Match[str], params: Row) -> str:
    value = params.get(match.group(2))
    return f"{match.group(1)} {value}" if type(value) is int and 0 <= value <= _TOP_K else match.group(0)


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


def _arrow(columns: Sequence[PropertySpec], rows: list[Row], *, ends: bool = False) -> Any:
    """Rows as an Arrow table with the store's columns in their declared order (after ``from``, ``to``)."""
    import pyarrow as pa  # only writers need it (50 MB), so readers such as `kg export` do not load it

    arrow_types = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64()}
    arrow_types |= {"STRING[]": pa.list_(pa.string()), "INT64[]": pa.list_(pa.int64())}
    names = (["from", "to"] if ends else []) + [c.name for c in columns]
    types = ([pa.string()] * 2 if ends else []) + [arrow_types[c.kind.store_type] for c in columns]
    return pa.table({n: pa.array([r.get(n) for r in rows], t) for n, t in zip(names, types, strict=True)})


def _named(table: str, columns: Sequence[PropertySpec]) -> str:
    """A table with the columns a COPY fills, by name: a column added to an older store comes last in it."""
    return f"{table}({', '.join(quoted(c.name) for c in columns)})" if columns else table


def _pairs(from_types: Sequence[str], to_types: Sequence[str]) -> str:
    return ", ".join(f"FROM {s} TO {o}" for s in from_types for o in to_types)
