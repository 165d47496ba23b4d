"""The GraphStore interface: what callers use, whichever store is behind it.

Callers get a store from :func:`graph.open_store` and never branch on the backend.

>>> from graph import open_store
>>> store = open_store(settings)                       # doctest: +SKIP
>>> store.init_schema()                                # doctest: +SKIP
>>> store.upsert(articles, entities, relations)        # doctest: +SKIP
WriteSummary(articles=1, entities=2, relations=1, evidence=1)
>>> store.query("fact_evidence", fact_id=rel.fact_id)  # doctest: +SKIP
[{'fact_id': ..., 'text': 'Russian troops occupy ...', 'article': ..., ...}]
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from schema.records import Article, Entity, Relation

Row = dict[str, Any]


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


class GraphStore(ABC):
    """One interface over the embedded store and Neo4j."""

    #: Name of the backend, and of its query overrides in ``queries/<dialect>/``.
    dialect: str
    #: Rows per write statement.
    batch_size: int = 1000
    #: Insert keys the store lacks without MERGE (off: every row is merged, one statement per batch).
    bulk: bool = True
    #: Seconds a named query may run before it is stopped with QueryTimeout (open_store: query_timeout_s).
    query_timeout: float = 30.0

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None:
        """Release the store."""

    @abstractmethod
    def server_version(self) -> str:
        """The product and version of the store, e.g. ``'LadybugDB 0.22.0'``."""

    @abstractmethod
    def init_schema(self) -> None:
        """Create every node type, relation type, constraint and index of the ontology."""

    @abstractmethod
    def existing_schema(self) -> StoreSchema:
        """The node and relation types the store has declared."""

    @abstractmethod
    def query(self, name: str, **params: Any) -> list[Row]:
        """Run the named query ``queries/<name>.cypher`` with parameters: ``store.query("entity", id="russia")``.

        QueryTimeout when it runs past ``query_timeout``."""

    @abstractmethod
    def run_read_only(
        self, statement: str, params: Row | None = None, *, timeout: float = 5.0, max_rows: int = 1000
    ) -> tuple[list[str], list[Row], bool]:
        """A power user's Cypher in the store's dialect: refused if it writes or reaches files or the network.

        Returns the columns, at most ``max_rows`` rows, and whether more rows were cut.
        """

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Node counts per type and relation counts per predicate (zeros included)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relation; the schema stays."""

    @abstractmethod
    def upsert(
        self, articles: Iterable[Article] = (), entities: Iterable[Entity] = (), relations: Iterable[Relation] = ()
    ) -> WriteSummary:
        """Write articles, then entities, then relations with their evidence, in one transaction. Idempotent."""

    @abstractmethod
    def upsert_articles(self, articles: Iterable[Article]) -> int:
        """Write articles; returns how many were given."""

    @abstractmethod
    def upsert_entities(self, entities: Iterable[Entity]) -> int:
        """Write entities; one the store holds, or given twice, is combined with the other (Entity.combined)."""

    @abstractmethod
    def upsert_relations(self, relations: Iterable[Relation]) -> tuple[int, int]:
        """Write relations with their evidence; returns (facts, evidence). A relation whose subject or object
        the store lacks is dropped with its evidence."""

    @abstractmethod
    def mark_articles_loaded(self, hashes: dict[str, str]) -> None:
        """Record each article's content hash, last: an article without one was not fully written."""

    @abstractmethod
    def article_sha256(self, article_id: str) -> str | None:
        """The content hash of a stored article; "" for one not fully written; None for none stored."""

    @abstractmethod
    def retract_article(self, article_id: str) -> RetractSummary:
        """Remove an article and its evidence; a relation no other article supports goes with it, and so do
        entities left without any relation. NotFound for an article the store lacks."""

    @abstractmethod
    def iter_facts(self, page: int = 5000) -> Iterator[list[Row]]:
        """Every relation as a flat row (predicate, subject_id, object_id and its stored properties, a qualifier
        absent as None), in pages of one predicate keyed by fact id."""

    @abstractmethod
    def iter_nodes(self, node_type: str, page: int = 5000) -> Iterator[list[Row]]:
        """Every node of one type (Article, or an entity type) as ``{key, properties}``, in pages keyed by id."""

    @abstractmethod
    def iter_evidence(self, page: int = 5000) -> Iterator[list[Row]]:
        """Every evidence node (id, fact_id, article, text, start, end and its qualifiers), in pages in no set order."""
