"""Write planning, shared by both adapters: what to insert, what to merge, and how facts are summed up.

Keys the store lacks are inserted (UNWIND ... CREATE, or an adapter's bulk load); only keys it holds go
through UNWIND ... MERGE. With ``bulk`` off, every row goes through MERGE. Statements come from
:mod:`graph.statements`; rows from :mod:`graph.rows`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import partial

from core.errors import KeyConflict, NotFound
from graph import statements
from graph.cypher import CypherStore, ReadRows, WriteRows, chunks
from graph.rows import (
    Row,
    article_row,
    entity_row,
    entity_rows,
    evidence_rows,
    fact_rows,
    keyed,
    stored_entity,
    summaries,
    summary,
    unique_by_id,
)
from graph.store import RetractSummary, WriteSummary
from schema import ONTOLOGY, NodeType
from schema.records import Article, Entity, Relation


class PlannedStore(CypherStore):
    """A CypherStore that writes records: insert what is new, merge what is stored, sum facts up."""

    def upsert(
        self, articles: Iterable[Article] = (), entities: Iterable[Entity] = (), relations: Iterable[Relation] = ()
    ) -> WriteSummary:
        with self._transaction():
            a = self.upsert_articles(articles)
            e = self.upsert_entities(entities)
            r, ev = self.upsert_relations(relations)
        return WriteSummary(articles=a, entities=e, relations=r, evidence=ev)

    def upsert_articles(self, articles: Iterable[Article]) -> int:
        rows = [article_row(a) for a in articles]
        with self._transaction():
            self._write_nodes(ONTOLOGY.node_type("Article"), unique_by_id(rows))
        return len(rows)

    def upsert_entities(self, entities: Iterable[Entity]) -> int:
        unique, by_type = entity_rows(entities)
        with self._transaction():
            for type_name, rows in by_type.items():
                self._write_nodes(ONTOLOGY.node_type(type_name), rows)
        return len(unique)

    def upsert_relations(self, relations: Iterable[Relation]) -> tuple[int, int]:
        """Each supporting sentence becomes an Evidence node with its own qualifiers, and each fact a typed edge
        whose qualifiers sum up all of its evidence (see :func:`graph.rows.summary`)."""
        relations = list(relations)
        for rel in relations:
            rel.validate()
        with self._transaction():
            kept = keyed(self._with_stored_ends(relations))
            evidence = unique_by_id(evidence_rows(kept))
            # Evidence first: a writer that finds a fact stored sums it up from evidence already written.
            self._write_evidence(evidence)
            published = self._published(sorted({ev["article_id"] for ev in evidence}))
            by_fact: dict[str, list[Row]] = {}
            for ev in evidence:
                by_fact.setdefault(ev["fact_id"], []).append(ev)
            groups = fact_rows(kept)
            for (pred_name, s_type, o_type), rows in groups.items():
                qualifiers = ONTOLOGY.predicate(pred_name).qualifiers
                for fact_id, row in rows.items():
                    row.update(summary(qualifiers, by_fact[fact_id], published))
                self._write_relations(pred_name, s_type, o_type, list(rows.values()))
        return sum(len(r) for r in groups.values()), len(evidence)

    def retract_article(self, article_id: str) -> RetractSummary:
        cited = self._read(statements.CITED, {"id": article_id})
        if not cited and self.article_sha256(article_id) is None:
            raise NotFound(f"no article {article_id!r}")
        gone = frozenset(row["id"] for row in cited)
        fact_ids = sorted({row["fact_id"] for row in cited})
        removed = 0
        touched: set[str] = set()
        for pred in ONTOLOGY.predicates if fact_ids else ():
            rows = self._read(statements.facts_among(pred.name), {"fact_ids": fact_ids})
            # What the other articles support stays, summed up again from their evidence alone.
            removed += self._summarize(pred.name, {r["fact_id"]: [] for r in rows}, gone)
            touched.update(r["subject"] for r in rows)
            touched.update(r["object"] for r in rows)
        self._write(statements.DELETE_CITED, [{"id": article_id}])
        self._write(statements.DELETE_ARTICLE, [{"id": article_id}])
        self._write_batches(
            statements.delete_unrelated(self.entity_label), [{"id": entity_id} for entity_id in sorted(touched)]
        )
        return RetractSummary(evidence=len(gone), relations=removed)

    def _published(self, article_ids: list[str]) -> dict[str, str | None]:
        """The publication date of each stored article of ``article_ids``."""
        return {row["id"]: row["published"] for row in self._find_rows(statements.PUBLISHED, article_ids)}

    def _with_stored_ends(self, relations: list[Relation]) -> list[Relation]:
        """The relations whose subject and object the store holds; the others, and their evidence, are dropped."""
        ids: dict[str, set[str]] = defaultdict(set)
        for rel in relations:
            ids[rel.subject_type].add(rel.subject_id)
            ids[rel.object_type].add(rel.object_id)
        stored = {t: self._find_keys(statements.id_match(t), sorted(v)) for t, v in ids.items()}
        return [r for r in relations if r.subject_id in stored[r.subject_type] and r.object_id in stored[r.object_type]]

    # -- write paths ------------------------------------------------------------------

    def _write_nodes(self, node: NodeType, rows: list[Row]) -> None:
        """Write nodes of one type (rows unique by id); a stored entity is combined with its row."""
        labels = self._entity_labels(node.name) if node.entity else node.name
        stored = self._stored_keys(statements.id_match(node.name), [r["id"] for r in rows])
        statement = statements.merge_node(node, labels, self._typed)
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
                statements.stored_properties(node.name, self._lock_clause("n", "name")), {"ids": sorted(given)}
            )
            for row in stored:
                known = stored_entity(node, row["properties"])
                given[known.id] = entity_row(known.combined(stored_entity(node, given[known.id])))
            write(merge, [given[key] for key in sorted(given)])

        self._in_write_transaction(work)

    def _write_relations(self, predicate: str, subject_type: str, object_type: str, rows: list[Row]) -> None:
        """Write relations of one predicate between two node types (rows unique by fact id, each summing up its
        evidence in this batch). A fact the store holds already is summed up again from all of its evidence."""
        stored = self._stored_keys(statements.fact_match(predicate), [r["fact_id"] for r in rows])
        statement = statements.merge_relation(predicate, subject_type, object_type)

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
        facts = [{"fact_id": fact_id} for fact_id in sorted(gained)]  # one lock order for every writer

        def work(read: ReadRows, write: WriteRows) -> int:
            stored = read(statements.summed_facts(predicate, self._lock_clause("r", "evidence_ids")), {"rows": facts})
            ids = {row["fact_id"]: (set(row["ids"] or ()) | set(gained[row["fact_id"]])) - lost for row in stored}
            wanted = sorted(set().union(*ids.values()))
            sources = read(statements.evidence_sources(predicate), {"ids": wanted}) if wanted else []
            summed = summaries(predicate, sources)
            write(
                statements.set_summaries(predicate, self._typed),
                [{"fact_id": key} | summed[key] for key in sorted(ids) if key in summed],
            )
            gone = [{"fact_id": key} for key in sorted(ids) if key not in summed]
            write(statements.delete_facts(predicate), gone)
            return len(gone)

        return self._in_write_transaction(work)

    def _write_evidence(self, rows: list[Row]) -> None:
        """Write evidence nodes (rows unique by id), each linked to its article."""
        stored = self._stored_keys(statements.id_match("Evidence"), [r["id"] for r in rows])
        merge = self._batches(statements.merge_evidence(self._typed))
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

    def _batches(self, statement: str) -> Callable[[list[Row]], None]:
        """Run ``statement`` on rows, in batches."""
        return partial(self._write_batches, statement)

    def _stored_keys(self, match: str, keys: list[str]) -> set[str]:
        """Which of ``keys`` a ``match`` on ``key`` finds; every key when not bulk (all rows MERGE)."""
        if not self.bulk:
            return set(keys)
        return self._find_keys(match, sorted(set(keys))) if keys else set()

    def _find_keys(self, match: str, keys: list[str]) -> set[str]:
        """The first column of ``match`` run for each of ``keys`` (distinct) as ``key``."""
        return {next(iter(row.values())) for row in self._find_rows(match, keys)}

    # -- the insert path (an adapter's bulk load replaces these) ----------------------------

    def _find_rows(self, match: str, keys: list[str]) -> list[Row]:
        """The rows of ``match`` run for each of ``keys`` (distinct) as ``key``."""
        rows: list[Row] = []
        for batch in chunks(keys, 10 * self.batch_size):
            rows += self._read(statements.for_each_key(match), {"keys": batch})
        return rows

    def _insert_nodes(self, node: NodeType, labels: str, rows: list[Row]) -> None:
        """Create nodes the store lacks."""
        self._write_batches(statements.insert_nodes(labels), rows)

    def _insert_relations(self, predicate: str, subject_type: str, object_type: str, rows: list[Row]) -> None:
        """Create relations the store lacks."""
        self._write_batches(statements.insert_relations(predicate, subject_type, object_type), rows)

    def _insert_evidence(self, rows: list[Row]) -> None:
        """Create evidence nodes the store lacks, each linked to its article."""
        self._write_batches(statements.insert_evidence(), rows)
