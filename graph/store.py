"""The GraphStore interface, and the write statements both adapters share.

Statements are generated from the ontology: labels and property names come from
schema/, never from user input, and every value travels as a parameter.

>>> from graph import open_store
>>> store = open_store(settings)                       # doctest: +SKIP
>>> store.init_schema()                                # doctest: +SKIP
>>> store.upsert(articles, entities, relations)         # doctest: +SKIP
>>> store.query("fact_evidence", fact_id=rel.fact_id)  # doctest: +SKIP
[{'fact_id': ..., 'text': 'Russian troops occupy ...', 'article': ..., ...}]
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from kg.errors import KeyConflict, NotFound, ReadOnlyViolation
from queries import load_query
from schema import ONTOLOGY, RELATION_PROPERTIES, NodeType, PropertySpec
from schema.records import Article, Entity, Relation

Row = dict[str, Any]
T = TypeVar("T")
#: Run a statement in the open transaction and return its rows.
ReadRows = Callable[[str, Row], list[Row]]
#: Run a statement with ``$rows`` (in batches) in the open transaction.
WriteRows = Callable[[str, Sequence[Row]], None]


@dataclass(frozen=True)
class StoreSchema:
    """The node and relationship types a store has declared."""

    node_types: frozenset[str]
    relation_types: frozenset[str]


@dataclass(frozen=True)
class RetractSummary:
    """What retracting one article removed."""

    evidence: int
    relations: int


@dataclass(frozen=True)
class WriteSummary:
    """How many records one upsert call wrote."""

    articles: int = 0
    entities: int = 0
    relations: int = 0
    evidence: int = 0


# Clauses that read or write outside the graph (files, URLs, extensions, other databases). A read-only
# transaction does not stop these, so they are refused before the query reaches the store.
_OUTSIDE = re.compile(r"\b(?:LOAD|COPY|EXPORT|IMPORT|INSTALL|ATTACH|DETACH\s+DATABASE|USE)\b|\bCALL\s+\w+\s*=", re.I)
_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def refuse_side_effects(statement: str) -> None:
    """Refuse LOAD CSV, COPY, EXPORT and the like, looking past string literals and comments."""
    found = _OUTSIDE.search(_LITERALS.sub(" ", statement))
    if found:
        raise ReadOnlyViolation(f"{found.group().strip()} is not allowed in a read-only query")


def quoted(name: str) -> str:
    """A property or label name escaped for Cypher (qualifiers such as ``where`` are keywords)."""
    return f"`{name}`"


def chunks(rows: Sequence[Row], size: int) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class GraphStore(ABC):
    """One interface over the embedded store and Neo4j. Callers never branch on the backend."""

    #: Name used for query overrides in ``queries/<dialect>/``.
    dialect: str
    #: Rows per write statement.
    batch_size: int = 1000
    #: Insert keys the store lacks without MERGE (off: every row is merged, one statement per batch).
    bulk: bool = True

    # -- what each adapter provides -------------------------------------------------

    @abstractmethod
    def init_schema(self) -> None:
        """Create every node type, relation type, constraint and index of the ontology."""

    @abstractmethod
    def existing_schema(self) -> StoreSchema:
        """The node and relation types the store has declared."""

    @abstractmethod
    def server_version(self) -> str:
        """The product and version of the store behind this adapter."""

    @abstractmethod
    def _write(self, statement: str, rows: Sequence[Row]) -> None:
        """Run one write statement with ``$rows`` in one transaction."""

    @abstractmethod
    def _read(self, statement: str, params: Row) -> list[Row]:
        """Run one read statement and return its rows as dicts."""

    @abstractmethod
    def _in_write_transaction(self, work: Callable[[ReadRows, WriteRows], T]) -> T:
        """Run ``work`` with statements that read and write in one write transaction (retried whole, if at all)."""

    @abstractmethod
    def _read_only(self, statement: str, params: Row, timeout: float, max_rows: int) -> tuple[list[str], list[Row]]:
        """Run a caller's query in a transaction the store itself keeps read-only, within ``timeout``."""

    def run_read_only(
        self, statement: str, params: Row | None = None, *, timeout: float = 5.0, max_rows: int = 1000
    ) -> tuple[list[str], list[Row], bool]:
        """A power user's Cypher: refused if it writes (by the store) or reaches files or the network.

        Returns the columns, at most ``max_rows`` rows, and whether more rows were cut.
        """
        refuse_side_effects(statement)
        columns, rows = self._read_only(statement, params or {}, timeout, max_rows + 1)
        return columns, rows[:max_rows], len(rows) > max_rows

    @abstractmethod
    def close(self) -> None:
        """Release the store."""

    @abstractmethod
    def _entity_labels(self, node_type: str) -> str:
        """The label expression used when writing an entity of ``node_type``."""

    def _typed(self, expression: str, spec: PropertySpec) -> str:
        """``expression`` as a value of the property's kind (a hook for stores that infer types)."""
        return expression

    def _lock_clause(self, variable: str, prop: str) -> str:
        """A clause that takes the write lock of ``variable`` before it is read, where writers run concurrently
        (by writing its ``prop`` unchanged). None by default: the store has one writer at a time."""
        return ""

    # -- shared behaviour ------------------------------------------------------------

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(self, name: str, **params: Any) -> list[Row]:
        """Run the named query ``queries/<name>.cypher`` with parameters."""
        return self._read(load_query(name, self.dialect), params)

    def counts(self) -> dict[str, int]:
        """Node counts per type and relation counts per predicate (zeros included)."""
        out: dict[str, int] = {}
        for node in ONTOLOGY.node_types:
            rows = self._read(f"MATCH (n:{node.name}) RETURN count(n) AS n", {})
            out[node.name] = int(rows[0]["n"])
        for pred in ONTOLOGY.predicates:
            rows = self._read(f"MATCH ()-[r:{pred.name}]->() RETURN count(r) AS n", {})
            out[pred.name] = int(rows[0]["n"])
        return out

    def clear(self) -> None:
        """Delete every node and relation; the schema stays."""
        for node in ONTOLOGY.node_types:
            self._write(f"MATCH (n:{node.name}) DETACH DELETE n", [])

    def upsert(
        self,
        articles: Iterable[Article] = (),
        entities: Iterable[Entity] = (),
        relations: Iterable[Relation] = (),
    ) -> WriteSummary:
        """Write articles, then entities, then relations with their evidence. Idempotent."""
        with self._transaction():
            a = self.upsert_articles(articles)
            e = self.upsert_entities(entities)
            r, ev = self.upsert_relations(relations)
        return WriteSummary(articles=a, entities=e, relations=r, evidence=ev)

    def _transaction(self) -> AbstractContextManager[None]:
        """One transaction around an upsert, where the store wants one (nested calls join the outer one).

        By default each write statement is its own transaction.
        """
        return nullcontext()

    def upsert_articles(self, articles: Iterable[Article]) -> int:
        node = ONTOLOGY.node_type("Article")
        rows = [
            _node_row(
                node,
                {
                    "id": a.id,
                    "title": a.title,
                    "publisher": a.publisher,
                    "url": a.url,
                    "published": a.published,
                    "sha256": a.sha256,
                },
            )
            for a in articles
        ]
        with self._transaction():
            self._write_nodes(node, _unique_by_id(rows))
        return len(rows)

    def upsert_entities(self, entities: Iterable[Entity]) -> int:
        """Write entities; one the store holds, or given twice, is combined with the other (Entity.combined)."""
        unique: dict[str, Entity] = {}
        for ent in entities:
            unique[ent.id] = unique[ent.id].combined(ent) if ent.id in unique else ent
        by_type: dict[str, list[Row]] = defaultdict(list)
        for ent in unique.values():
            by_type[ent.type].append(_entity_row(ent))
        with self._transaction():
            for type_name, rows in by_type.items():
                self._write_nodes(ONTOLOGY.node_type(type_name), rows)
        return len(unique)

    def upsert_relations(self, relations: Iterable[Relation]) -> tuple[int, int]:
        """Write each supporting sentence as an Evidence node with its own qualifiers, and relations as typed
        edges whose qualifiers sum up all of their evidence (see :func:`summaries`).

        A relation whose subject or object the store lacks is dropped with its evidence.
        """
        relations = list(relations)
        for rel in relations:
            rel.validate()
        with self._transaction():
            kept = self._with_stored_ends(relations)
            evidence = _unique_by_id(_evidence_rows(kept))
            # Evidence first: a writer that finds a fact stored sums it up from evidence already written.
            self._write_evidence(evidence)
            published = self._published(sorted({ev["article_id"] for ev in evidence}))
            by_fact: dict[str, list[Row]] = defaultdict(list)
            for ev in evidence:
                by_fact[ev["fact_id"]].append(ev | {"published": published.get(ev["article_id"])})
            groups = _fact_rows(kept)
            for (pred_name, s_type, o_type), rows in groups.items():
                summed = summaries(pred_name, [ev for fact_id in rows for ev in by_fact[fact_id]])
                self._write_relations(pred_name, s_type, o_type, [row | summed[key] for key, row in rows.items()])
        return sum(len(r) for r in groups.values()), len(evidence)

    def _published(self, article_ids: list[str]) -> dict[str, str | None]:
        """The publication date of each stored article of ``article_ids``."""
        match = "MATCH (a:Article {id: key}) RETURN a.id AS id, a.published AS published"
        return {row["id"]: row["published"] for row in self._find_rows(match, article_ids)}

    def _with_stored_ends(self, relations: list[Relation]) -> list[Relation]:
        """The relations whose subject and object the store holds; the others, and their evidence, are dropped."""
        ids: dict[str, set[str]] = defaultdict(set)
        for rel in relations:
            ids[rel.subject_type].add(rel.subject_id)
            ids[rel.object_type].add(rel.object_id)
        stored = {t: self._find_keys(_id_match(t), sorted(v)) for t, v in ids.items()}
        return [r for r in relations if r.subject_id in stored[r.subject_type] and r.object_id in stored[r.object_type]]

    # -- write paths ------------------------------------------------------------------
    # Keys the store lacks are inserted (UNWIND ... CREATE, or an adapter's bulk load); only keys
    # it holds go through UNWIND ... MERGE. With ``bulk`` off, every row goes through MERGE.

    def _write_nodes(self, node: NodeType, rows: list[Row]) -> None:
        """Write nodes of one type (rows unique by id); a stored entity is combined with its row."""
        labels = self._entity_labels(node.name) if node.entity else node.name
        stored = self._stored_ids(node.name, [r["id"] for r in rows])
        statement = self._merge_node_statement(node, labels)
        merge = partial(self._combine_entities, node, statement) if node.entity else self._batches(statement)
        self._insert_or_merge(lambda new: self._insert_nodes(node, labels, new), merge, rows, stored, "id")

    def _combine_entities(self, node: NodeType, merge: str, rows: list[Row]) -> None:
        """Merge entity rows into the stored nodes, each combined with what is stored (Entity.combined), in one
        transaction that holds the nodes' write locks: the result does not depend on the order of the writes."""
        if not rows:
            return
        given = {row["id"]: row for row in rows}

        def work(read: ReadRows, write: WriteRows) -> None:
            stored = read(
                f"UNWIND $ids AS key MATCH (n:{node.name} {{id: key}}) {self._lock_clause('n', 'name')} "
                "RETURN properties(n) AS properties",
                {"ids": sorted(given)},
            )
            for row in stored:
                known = _entity(node, row["properties"])
                given[known.id] = _entity_row(known.combined(_entity(node, given[known.id])))
            write(merge, [given[key] for key in sorted(given)])

        self._in_write_transaction(work)

    def _write_relations(self, predicate: str, subject_type: str, object_type: str, rows: list[Row]) -> None:
        """Write relations of one predicate between two node types (rows unique by fact id, each summing up its
        evidence in this batch). A fact the store holds already is summed up again from all of its evidence."""
        stored = self._stored_keys(
            f"MATCH ()-[r:{predicate}]->() WHERE r.fact_id = key RETURN r.fact_id", [r["fact_id"] for r in rows]
        )
        statement = self._merge_relation_statement(predicate, subject_type, object_type)

        def merge(merged: list[Row]) -> None:
            self._write_batches(statement, merged)
            self._summarize(predicate, {row["fact_id"]: row["evidence_ids"] for row in merged})

        insert = partial(self._insert_relations, predicate, subject_type, object_type)
        self._insert_or_merge(insert, merge, rows, stored, "fact_id")

    def _summarize(self, predicate: str, gained: dict[str, list[str]], lost: frozenset[str] = frozenset()) -> int:
        """Sum up each fact of ``gained`` (fact id: the evidence ids it gains) again from all of its evidence but
        ``lost``, in one transaction that holds the facts' write locks; a fact left without evidence is deleted.

        Returns how many facts were deleted.
        """
        if not gained:
            return 0
        match = f"UNWIND $rows AS row MATCH ()-[r:{predicate}]->() WHERE r.fact_id = row.fact_id"
        facts = [{"fact_id": fact_id} for fact_id in sorted(gained)]  # one lock order for every writer
        sets = ", ".join(
            f"r.{quoted(p.name)} = {self._typed(f'row.{quoted(p.name)}', p)}"
            for p in relation_properties(predicate)
            if p.name not in ("fact_id", "polarity", "modality")
        )

        def work(read: ReadRows, write: WriteRows) -> int:
            stored = read(
                f"{match} {self._lock_clause('r', 'evidence_ids')} RETURN r.fact_id AS fact_id, r.evidence_ids AS ids",
                {"rows": facts},
            )
            ids = {row["fact_id"]: (set(row["ids"] or ()) | set(gained[row["fact_id"]])) - lost for row in stored}
            wanted = sorted(set().union(*ids.values()))
            summed = summaries(predicate, read(_evidence_sources(predicate), {"ids": wanted}) if wanted else [])
            write(f"{match} SET {sets}", [{"fact_id": key} | summed[key] for key in sorted(ids) if key in summed])
            gone = [{"fact_id": key} for key in sorted(ids) if key not in summed]
            write(f"{match} DELETE r", gone)
            return len(gone)

        return self._in_write_transaction(work)

    def _write_evidence(self, rows: list[Row]) -> None:
        """Write evidence nodes (rows unique by id), each linked to its article."""
        stored = self._stored_ids("Evidence", [r["id"] for r in rows])
        merge = self._batches(self._merge_evidence_statement())
        self._insert_or_merge(self._insert_evidence, merge, rows, stored, "id")

    def _insert_or_merge(
        self,
        insert: Callable[[list[Row]], None],
        merge: Callable[[list[Row]], None],
        rows: list[Row],
        stored: set[str],
        key: str,
    ) -> None:
        """Insert the rows whose key is not stored and merge the others; if another writer stored one of the
        new keys meanwhile, merge the new rows too."""
        new = [r for r in rows if r[key] not in stored]
        merged = [r for r in rows if r[key] in stored]
        try:
            insert(new)
        except KeyConflict:
            merged += new
        merge(merged)

    def _batches(self, statement: str) -> Callable[[Sequence[Row]], None]:
        """Run ``statement`` on rows, in batches."""
        return partial(self._write_batches, statement)

    def _stored_ids(self, node_type: str, ids: list[str]) -> set[str]:
        """Which of ``ids`` the store holds as nodes of ``node_type`` (all of them when not bulk)."""
        return self._stored_keys(_id_match(node_type), ids)

    def _stored_keys(self, match: str, keys: list[str]) -> set[str]:
        """Which of ``keys`` a ``match`` on ``key`` finds; every key when not bulk (all rows MERGE)."""
        if not self.bulk:
            return set(keys)
        return self._find_keys(match, sorted(set(keys))) if keys else set()

    def _find_keys(self, match: str, keys: list[str]) -> set[str]:
        """The first column of ``match`` run for each of ``keys`` (distinct) as ``key``."""
        return {next(iter(row.values())) for row in self._find_rows(match, keys)}

    def _find_rows(self, match: str, keys: list[str]) -> list[Row]:
        """The rows of ``match`` run for each of ``keys`` (distinct) as ``key``."""
        rows: list[Row] = []
        for batch in chunks(keys, 10 * self.batch_size):
            rows += self._read(f"UNWIND $keys AS key {match}", {"keys": batch})
        return rows

    def _insert_nodes(self, node: NodeType, labels: str, rows: list[Row]) -> None:
        """Create nodes the store lacks."""
        self._write_batches(f"UNWIND $rows AS row\nCREATE (n:{labels})\nSET n = row", rows)

    def _insert_relations(self, predicate: str, subject_type: str, object_type: str, rows: list[Row]) -> None:
        """Create relations the store lacks; a row whose ends are not stored is dropped, as with MERGE."""
        columns = ", ".join(f".{quoted(p.name)}" for p in relation_properties(predicate))
        self._write_batches(
            "UNWIND $rows AS row\n"
            f"MATCH (s:{subject_type} {{id: row.subject_id}})\n"
            f"MATCH (o:{object_type} {{id: row.object_id}})\n"
            f"CREATE (s)-[r:{predicate}]->(o)\n"
            f"SET r = row {{{columns}}}",
            rows,
        )

    def _insert_evidence(self, rows: list[Row]) -> None:
        """Create evidence nodes the store lacks, each linked to its article."""
        columns = ", ".join(f".{quoted(p.name)}" for p in ONTOLOGY.node_type("Evidence").properties)
        self._write_batches(
            "UNWIND $rows AS row\n"
            "MATCH (a:Article {id: row.article_id})\n"
            f"CREATE (n:Evidence)-[:CITED_IN]->(a)\n"
            f"SET n = row {{{columns}}}",
            rows,
        )

    def iter_facts(self, page: int = 5000) -> Iterator[list[Row]]:
        """Every relation as a flat row (predicate, subject_id, object_id and the relation's stored properties,
        a qualifier absent as None), in pages of one predicate keyed by fact id."""
        for pred in ONTOLOGY.predicates:
            columns = "".join(f", r.{quoted(p.name)} AS {quoted(p.name)}" for p in relation_properties(pred.name))
            yield from self._pages(
                f"MATCH (s:Entity)-[r:{pred.name}]->(o:Entity) WHERE r.fact_id > $after "
                f"RETURN '{pred.name}' AS predicate, s.id AS subject_id, o.id AS object_id{columns} "
                "ORDER BY r.fact_id LIMIT $limit",
                page,
                key="fact_id",
            )

    def iter_nodes(self, node_type: str, page: int = 5000) -> Iterator[list[Row]]:
        """Every node of one type (Article, or an entity type) with its properties, in pages keyed by id."""
        ONTOLOGY.node_type(node_type)
        yield from self._pages(
            f"MATCH (n:{node_type}) WHERE n.id > $after RETURN n.id AS key, properties(n) AS properties "
            "ORDER BY n.id LIMIT $limit",
            page,
        )

    def iter_evidence(self, page: int = 5000) -> Iterator[list[Row]]:
        """Every evidence node (id, fact_id, article, text, start, end and its qualifiers), in pages keyed by id."""
        qualifiers = "".join(f", e.{quoted(name)} AS {quoted(name)}" for name in ONTOLOGY.qualifiers)
        yield from self._pages(
            "MATCH (e:Evidence) WHERE e.id > $after RETURN e.id AS id, e.fact_id AS fact_id, "
            f"e.article_id AS article, e.text AS text, e.start_char AS start, e.end_char AS `end`{qualifiers} "
            "ORDER BY e.id LIMIT $limit",
            page,
            key="id",
        )

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

    def mark_articles_loaded(self, hashes: dict[str, str]) -> None:
        """Record each article's content hash, last: an article without one was not fully written."""
        rows = [{"id": article_id, "sha256": sha} for article_id, sha in hashes.items()]
        self._write_batches("UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.sha256 = row.sha256", rows)

    def article_sha256(self, article_id: str) -> str | None:
        """The content hash of a stored article; "" for one not fully written; None for none stored."""
        rows = self._read("MATCH (a:Article {id: $id}) RETURN coalesce(a.sha256, '') AS sha256", {"id": article_id})
        return rows[0]["sha256"] if rows else None

    def retract_article(self, article_id: str) -> RetractSummary:
        """Remove an article and its evidence; a relation no other article supports goes with it.

        Entities left without any relation are removed too.
        """
        cited = self._read(
            "MATCH (e:Evidence)-[:CITED_IN]->(a:Article {id: $id}) RETURN e.id AS id, e.fact_id AS fact_id",
            {"id": article_id},
        )
        if not cited and self.article_sha256(article_id) is None:
            raise NotFound(f"no article {article_id!r}")
        gone = frozenset(row["id"] for row in cited)
        fact_ids = sorted({row["fact_id"] for row in cited})
        removed = 0
        touched: set[str] = set()
        for pred in ONTOLOGY.predicates if fact_ids else ():
            rows = self._read(
                f"MATCH (s)-[r:{pred.name}]->(o) WHERE r.fact_id IN $fact_ids "
                "RETURN r.fact_id AS fact_id, s.id AS subject, o.id AS object",
                {"fact_ids": fact_ids},
            )
            # What the other articles support stays, summed up again from their evidence alone.
            removed += self._summarize(pred.name, {r["fact_id"]: [] for r in rows}, gone)
            touched.update(r["subject"] for r in rows)
            touched.update(r["object"] for r in rows)
        self._write(
            "UNWIND $rows AS row MATCH (e:Evidence)-[:CITED_IN]->(a:Article {id: row.id}) DETACH DELETE e",
            [{"id": article_id}],
        )
        self._write("UNWIND $rows AS row MATCH (a:Article {id: row.id}) DETACH DELETE a", [{"id": article_id}])
        self._write_batches(
            "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) WHERE NOT EXISTS { MATCH (n)-[]-() } DELETE n",
            [{"id": entity_id} for entity_id in sorted(touched)],
        )
        return RetractSummary(evidence=len(gone), relations=removed)

    def _write_batches(self, statement: str, rows: Sequence[Row]) -> None:
        if not rows:
            return
        for batch in chunks(rows, self.batch_size):
            self._write(statement, batch)

    def _merge_relation_statement(self, predicate: str, subject_type: str, object_type: str) -> str:
        """The relation of each row, created if missing; :meth:`_summarize` then sets what it sums up."""
        return (
            "UNWIND $rows AS row\n"
            f"MATCH (s:{subject_type} {{id: row.subject_id}})\n"
            f"MATCH (o:{object_type} {{id: row.object_id}})\n"
            f"MERGE (s)-[r:{predicate} {{fact_id: row.fact_id}}]->(o)\n"
            "ON CREATE SET r.`polarity` = row.`polarity`, r.`modality` = row.`modality`, "
            "r.`evidence_ids` = row.`evidence_ids`"
        )

    def _merge_node_statement(self, node: NodeType, labels: str) -> str:
        sets = ", ".join(
            f"n.{quoted(p.name)} = coalesce({self._typed(f'row.{quoted(p.name)}', p)}, n.{quoted(p.name)})"
            for p in node.properties
            if p.name != "id"
        )
        return f"UNWIND $rows AS row\nMERGE (n:{labels} {{id: row.id}})\nSET {sets}"

    def _merge_evidence_statement(self) -> str:
        return (
            self._merge_node_statement(ONTOLOGY.node_type("Evidence"), "Evidence")
            + "\nWITH n, row\nMATCH (a:Article {id: row.article_id})\nMERGE (n)-[:CITED_IN]->(a)"
        )


def relation_properties(predicate: str) -> tuple[PropertySpec, ...]:
    """Every property a relation of ``predicate`` carries in the stores."""
    return RELATION_PROPERTIES + ONTOLOGY.predicate(predicate).qualifiers


def _id_match(node_type: str) -> str:
    """A match of the node of ``node_type`` whose id is ``key``, returning its id."""
    return f"MATCH (n:{node_type} {{id: key}}) RETURN n.id"


def _fact_rows(relations: list[Relation]) -> dict[tuple[str, str, str], dict[str, Row]]:
    """One row per fact (its ends, polarity and modality), by (predicate, subject type, object type) and fact id.

    The same fact from several articles of a batch is one row, since a MERGE that meets its own key twice in
    one statement is not reliable on every store.
    """
    groups: dict[tuple[str, str, str], dict[str, Row]] = defaultdict(dict)
    for rel in relations:
        groups[(rel.predicate, rel.subject_type, rel.object_type)][rel.fact_id] = {
            "subject_id": rel.subject_id,
            "object_id": rel.object_id,
            "fact_id": rel.fact_id,
            "polarity": rel.polarity,
            "modality": rel.modality,
        }
    return groups


def _evidence_rows(relations: list[Relation]) -> list[Row]:
    """A row per supporting sentence, with the relation's confidence and qualifiers as read in its article."""
    node = ONTOLOGY.node_type("Evidence")
    return [
        _node_row(
            node,
            {
                "id": ev.id_for(rel.fact_id),
                "fact_id": rel.fact_id,
                "article_id": ev.article_id,
                "start_char": ev.start,
                "end_char": ev.end,
                "text": ev.text,
                "confidence": float(rel.confidence),
                **rel.qualifiers,
            },
        )
        for rel in relations
        for ev in rel.evidence
    ]


def _evidence_sources(predicate: str) -> str:
    """Evidence by id (``$ids``), with what a summary of a ``predicate`` fact reads: confidence, qualifiers and
    the position of the sentence among the sources."""
    qualifiers = "".join(f", e.{quoted(q.name)} AS {quoted(q.name)}" for q in ONTOLOGY.predicate(predicate).qualifiers)
    return (
        "UNWIND $ids AS eid MATCH (e:Evidence {id: eid}) WITH e MATCH (a:Article {id: e.article_id}) "
        "RETURN e.id AS id, e.fact_id AS fact_id, e.article_id AS article_id, e.start_char AS start_char, "
        f"e.confidence AS confidence, a.published AS published{qualifiers}"
    )


def summaries(predicate: str, evidence: Iterable[Row]) -> dict[str, Row]:
    """What each fact's relation sums up from its evidence rows (with their article's ``published``).

    The result does not depend on the order of the rows: the evidence ids sorted, the highest confidence,
    and each qualifier summed up by its kind (:meth:`schema.Kind.summarize`) over the sentences in source order.
    """
    by_fact: dict[str, list[Row]] = defaultdict(list)
    for ev in sorted(evidence, key=source_order):
        by_fact[ev["fact_id"]].append(ev)
    qualifiers = ONTOLOGY.predicate(predicate).qualifiers
    return {
        fact_id: {
            "evidence_ids": sorted(ev["id"] for ev in rows),
            "confidence": max((ev["confidence"] for ev in rows if ev["confidence"] is not None), default=None),
            **{q.name: q.kind.summarize([ev.get(q.name) for ev in rows]) for q in qualifiers},
        }
        for fact_id, rows in by_fact.items()
    }


def source_order(evidence: Row) -> tuple[bool, str, str, int, str]:
    """Sentences in source order: the earliest-published article first (undated ones last), then by article id
    and position. The first report is the one later articles repeat or revise."""
    published = evidence.get("published")
    return published is None, str(published or ""), evidence["article_id"], evidence["start_char"], evidence["id"]


def _node_row(node: NodeType, values: Row) -> Row:
    return {p.name: p.kind.to_store(values.get(p.name)) for p in node.properties}


# An entity's fields, besides the properties of its type.
_ENTITY_FIELDS = ("id", "type", "search", "name", "aliases", "wikidata")


def _entity_row(ent: Entity) -> Row:
    values = {
        "id": ent.id,
        "type": ent.type,
        "search": ent.search_key,
        "name": ent.name,
        "aliases": list(ent.aliases),
        "wikidata": ent.wikidata,
        **ent.properties,
    }
    return _node_row(ONTOLOGY.node_type(ent.type), values)


def _entity(node: NodeType, stored: Row) -> Entity:
    """The entity of a stored row (or of properties read from the store)."""
    properties = {
        p.name: p.kind.from_store(stored[p.name])
        for p in node.properties
        if p.name not in _ENTITY_FIELDS and stored.get(p.name) is not None
    }
    aliases = tuple(stored.get("aliases") or ())
    return Entity(stored["id"], node.name, stored["name"], aliases, stored.get("wikidata"), properties)


def _unique_by_id(rows: list[Row]) -> list[Row]:
    return list({row["id"]: row for row in rows}.values())
