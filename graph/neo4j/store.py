"""The Neo4j adapter: the official driver over Bolt (`bolt://` or routing `neo4j://` URIs)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, ManagedTransaction

from core.errors import QueryFailed, ReadOnlyViolation, SchemaError, StoreUnavailable
from graph.cypher import ReadRows, WriteRows, chunks
from graph.neo4j.errors import time_limit
from graph.neo4j.errors import translated_errors as _translated_errors
from graph.planning import PlannedStore
from graph.statements import quoted
from graph.store import Row, StoreSchema
from schema import ONTOLOGY

ENTITY_LABEL = "Entity"
T = TypeVar("T")

# What the planner says a query does (EXPLAIN runs nothing). Only "r", a read, may run for a caller.
_QUERY_TYPES = {"rw": "reads and writes", "w": "writes", "s": "is a schema or administration command"}
# Operators of a read plan that read the server or what is outside the graph: SHOW ... and TERMINATE ...
# commands (settings, transactions, other clients' queries), and LOAD CSV (files and URLs).
_SERVER_OPERATORS = ("Show", "Terminate", "LoadCSV")


class Neo4jStore(PlannedStore):
    """A GraphStore on a Neo4j server. Entities carry an extra `Entity` label for id lookups."""

    dialect = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        *,
        retry_seconds: float = 0.5,
        reader: tuple[str, str] | None = None,
    ) -> None:
        """``reader``: the user and password a caller's Cypher runs as (``run_read_only``); none: ``user``."""
        self.uri = uri
        self.database = database
        self._retry_seconds = retry_seconds
        self._driver = self._connect((user, password))
        try:
            self._reader = self._connect(reader) if reader else self._driver
        except StoreUnavailable:
            self._driver.close()
            raise
        self._admin_procedures: frozenset[str] | None = None

    def _connect(self, auth: tuple[str, str]) -> neo4j.Driver:
        with _translated_errors(self.uri):
            driver = GraphDatabase.driver(
                self.uri,
                auth=auth,
                # Fail fast when the server is gone (the API answers 503 within a second or two);
                # transient errors are retried with the driver's exponential backoff for retry_seconds.
                connection_timeout=2.0,
                connection_acquisition_timeout=2.0,
                max_transaction_retry_time=self._retry_seconds,
                # Queries name qualifiers that a young graph may not hold yet; that is not worth a warning.
                notifications_min_severity="OFF",
            )
            driver.verify_connectivity()
            return driver

    def _session(self) -> neo4j.Session:
        return self._driver.session(database=self.database)

    def _write(self, statement: str, rows: Sequence[Row]) -> None:
        def work(tx: ManagedTransaction) -> None:
            tx.run(statement, rows=list(rows)).consume()

        with _translated_errors(self.uri), self._session() as session:
            session.execute_write(work)

    def _in_write_transaction(self, work: Callable[[ReadRows, WriteRows], T]) -> T:
        def unit(tx: ManagedTransaction) -> T:
            def read(statement: str, params: Row) -> list[Row]:
                return [record.data() for record in tx.run(statement, params)]

            def write(statement: str, rows: Sequence[Row]) -> None:
                for batch in chunks(rows, self.batch_size):
                    tx.run(statement, rows=list(batch)).consume()

            return work(read, write)

        with _translated_errors(self.uri), self._session() as session:
            return session.execute_write(unit)

    def _read(self, statement: str, params: Row, timeout: float | None = None) -> list[Row]:
        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: ManagedTransaction) -> list[Row]:
            return [record.data() for record in tx.run(statement, params)]

        with time_limit(timeout), _translated_errors(self.uri), self._session() as session:
            return session.execute_read(work)

    def _read_only(self, statement: str, params: Row, timeout: float, max_rows: int) -> tuple[list[str], list[Row]]:
        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: ManagedTransaction) -> tuple[list[str], list[Row]]:
            result = tx.run(statement, params)
            rows = []
            for record in result:
                rows.append(record.data())
                if len(rows) >= max_rows:
                    break
            return list(result.keys()), rows

        try:
            with (
                time_limit(timeout),
                _translated_errors(self.uri),
                self._reader.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session,
            ):
                summary = session.run(neo4j.Query(f"EXPLAIN {statement}", timeout=timeout), params).consume()
                refusal = self._refusal(summary)
                if refusal:
                    raise ReadOnlyViolation(f"this endpoint runs reads of the graph only, and this query {refusal}")
                return session.execute_read(work)
        except ReadOnlyViolation:
            raise
        except QueryFailed as exc:
            message = str(exc)
            if "exactly one statement" in message:
                raise ReadOnlyViolation("one statement per query: this endpoint refuses several") from None
            if "AccessMode" in message or "read access mode" in message.lower():
                raise ReadOnlyViolation(f"the query writes, and this endpoint is read-only: {message}") from None
            raise

    def _refusal(self, summary: neo4j.ResultSummary) -> str | None:
        """Why the planner's plan for a caller's query is not a read of this graph; None if it is one.

        Neo4j Community has no roles, so every user may run admin commands: the plan is what tells them apart.
        """
        if summary.query_type != "r":
            return _QUERY_TYPES.get(summary.query_type or "", f"has the query type {summary.query_type!r}")
        for operator, details in _operators(summary.plan or {}):
            name, _, database = operator.partition("@")
            if database and database != self.database:
                return f"runs on the {database} database"
            if name.startswith(_SERVER_OPERATORS):
                return f"reads the server or outside the graph ({name})"
            procedure = details.partition("(")[0]
            if name == "ProcedureCall" and procedure in self._admin_only():
                return f"calls {procedure}, which the database marks as an admin procedure"
        return None

    def _admin_only(self) -> frozenset[str]:
        """The procedures the database itself marks as admin-only."""
        if self._admin_procedures is None:
            rows = self._read("SHOW PROCEDURES YIELD name, admin WHERE admin RETURN collect(name) AS names", {})
            self._admin_procedures = frozenset(rows[0]["names"])
        return self._admin_procedures

    def _run_admin(self, statement: str) -> None:
        """Schema statements run in auto-commit transactions."""
        with _translated_errors(self.uri), self._session() as session:
            session.run(statement).consume()

    def close(self) -> None:
        self._reader.close()
        self._driver.close()

    def server_version(self) -> str:
        rows = self._read(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
            {},
        )
        return ", ".join(f"{r['name']} {r['version']} {r['edition']}" for r in rows)

    def _entity_labels(self, node_type: str) -> str:
        return f"{node_type}:{ENTITY_LABEL}"

    def _lock_clause(self, variable: str, prop: str) -> str:
        # Writing a property takes the write lock, even when the value does not change: writers of one fact
        # or entity read it and write it back in turn.
        return f"SET {variable}.{quoted(prop)} = {variable}.{quoted(prop)}"

    def clear(self) -> None:
        with _translated_errors(self.uri), self._session() as session:
            # Relationships first, so that no batch holds a node with all of its relationships.
            session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def init_schema(self) -> None:
        self._run_admin(f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE")
        for node in ONTOLOGY.node_types:
            self._run_admin(
                f"CREATE CONSTRAINT {node.name.lower()}_id IF NOT EXISTS FOR (n:{node.name}) REQUIRE n.id IS UNIQUE"
            )
            for prop in node.properties:
                if prop.indexed:
                    self._run_admin(
                        f"CREATE INDEX {node.name.lower()}_{prop.name} IF NOT EXISTS "
                        f"FOR (n:{node.name}) ON (n.`{prop.name}`)"
                    )
        for pred in ONTOLOGY.predicates:
            # A unique fact id (earlier stores had a plain index on it): concurrent writers of one fact
            # conflict, and the loser merges, instead of both creating it.
            self._run_admin(f"DROP INDEX {pred.name.lower()}_fact_id IF EXISTS")
            self._run_admin(
                f"CREATE CONSTRAINT {pred.name.lower()}_fact_id_unique IF NOT EXISTS "
                f"FOR ()-[r:{pred.name}]-() REQUIRE r.fact_id IS UNIQUE"
            )
        with _translated_errors(self.uri), self._session() as session:
            session.run("CALL db.awaitIndexes(60)").consume()
        # Every entity holds a list of aliases, empty if need be; neo4j-admin import cannot write an empty list.
        self._write(f"MATCH (n:{ENTITY_LABEL}) WHERE n.aliases IS NULL SET n.aliases = []", [])
        # Evidence written before it kept its own qualifiers (and confidence) would sum facts up without them.
        if self._read("MATCH (e:Evidence) WHERE e.confidence IS NULL RETURN e.id AS id LIMIT 1", {}):
            raise SchemaError(
                f"evidence in {self.uri} was written by an older version, without its qualifiers: "
                "run `kg init --reset` (which empties the store) and load the articles again"
            )

    def existing_schema(self) -> StoreSchema:
        rows = self._read(
            "SHOW INDEXES YIELD entityType, labelsOrTypes "
            "WHERE labelsOrTypes IS NOT NULL RETURN entityType, labelsOrTypes",
            {},
        )
        nodes = {t for r in rows if r["entityType"] == "NODE" for t in r["labelsOrTypes"]}
        rels = {t for r in rows if r["entityType"] == "RELATIONSHIP" for t in r["labelsOrTypes"]}
        return StoreSchema(node_types=frozenset(nodes - {ENTITY_LABEL}), relation_types=frozenset(rels))


def _operators(plan: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Each operator of an EXPLAIN plan, as (operator type, details)."""
    yield plan.get("operatorType", ""), str(plan.get("args", {}).get("Details", ""))
    for child in plan.get("children", []):
        yield from _operators(child)
