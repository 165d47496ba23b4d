"""The rows a new, empty store holds after loading an archive: what an upsert into an empty store writes,
planned without a store, for a store's bulk import (``neo4j-admin database import``, LadybugDB's COPY).

The same rules as :class:`graph.planning.PlannedStore`: an entity given twice is combined, a relation whose
subject or object is not given is dropped with its evidence, evidence is cited only in a given article, and
each fact sums up all of its evidence (:func:`graph.rows.summaries`).

>>> plan = plan_archive(articles, entities, relations)  # doctest: +SKIP
>>> len(plan.facts["OCCUPIES"]), len(plan.evidence)      # doctest: +SKIP
(1, 2)
"""

from __future__ import annotations

import contextlib
import gc
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from graph.rows import Row, article_row, entity_rows, evidence_rows, fact_rows, keyed, summaries, unique_by_id
from schema.records import Article, Entity, Relation


@dataclass
class ArchivePlan:
    """Rows by kind: articles, entities by type, evidence, and facts by predicate."""

    articles: list[Row] = field(default_factory=list)
    entities: dict[str, list[Row]] = field(default_factory=dict)
    evidence: list[Row] = field(default_factory=list)
    facts: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def relations(self) -> int:
        return sum(len(rows) for rows in self.facts.values())

    def describe(self) -> str:
        entities = sum(len(rows) for rows in self.entities.values())
        return (
            f"{len(self.articles)} articles, {entities} entities, {self.relations} relations, "
            f"{len(self.evidence)} evidence"
        )


class ArchiveImporter(ABC):
    """A store's bulk path for an archive into a new or empty store (``graph.archive_importer`` picks one).

    >>> archive_importer(settings).run(plan)  # doctest: +SKIP
    'imported 5000 articles, ... into ...'
    """

    @abstractmethod
    def run(self, plan: ArchivePlan, *, replace: bool = False) -> str:
        """Import the plan and say in one line what was done and what is left to do. A store that holds
        anything is refused (StoreUnavailable, nothing lost) unless ``replace``, which replaces it whole."""

    @abstractmethod
    def prepare(self, plan: ArchivePlan, *, replace: bool = False) -> str:
        """Write the files an offline import reads and return the command that runs it; BadInput (from
        ``check_prepare``) for a store that imports in-process."""

    @abstractmethod
    def check_prepare(self) -> None:
        """BadInput if ``prepare`` cannot write files, said before any article is read."""


def plan_archive(articles: Iterable[Article], entities: Iterable[Entity], relations: Iterable[Relation]) -> ArchivePlan:
    """The rows of an empty store after ``upsert(articles, entities, relations)``."""
    with _no_cycle_collection():
        return _plan(articles, entities, relations)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: the rows hold no cycles, and each full collection walks every object
    made so far (30% of the plan's CPU at 300,000 relations)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _plan(articles: Iterable[Article], entities: Iterable[Entity], relations: Iterable[Relation]) -> ArchivePlan:
    article_rows = unique_by_id([article_row(a) for a in articles])
    unique, by_type = entity_rows(entities)
    kept = []
    for rel in relations:
        rel.validate()
        subject, obj = unique.get(rel.subject_id), unique.get(rel.object_id)
        if subject and obj and subject.type == rel.subject_type and obj.type == rel.object_type:
            kept.append(rel)
    keyed_relations = keyed(kept)
    evidence = unique_by_id(evidence_rows(keyed_relations))
    published = {row["id"]: row["published"] for row in article_rows}
    by_fact: dict[str, list[Row]] = defaultdict(list)
    for ev in evidence:
        by_fact[ev["fact_id"]].append(ev)
    facts: dict[str, list[Row]] = defaultdict(list)
    for (predicate, _, _), rows in fact_rows(keyed_relations).items():
        summed = summaries(predicate, [ev for fact_id in rows for ev in by_fact[fact_id]], published)
        facts[predicate] += [row | summed[key] for key, row in rows.items()]
    return ArchivePlan(
        articles=article_rows,
        entities=dict(by_type),
        evidence=[ev for ev in evidence if ev["article_id"] in published],
        facts=dict(facts),
    )
