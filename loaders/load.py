"""Loading articles into a store: extract, then write in batches. Idempotent.

An article already stored with the same sha256 is skipped; a changed one has its old evidence
retracted first. A file that cannot be read or extracted is reported and the rest go on.

>>> summary = load_paths(store, [Path("articles/")])   # doctest: +SKIP
>>> summary.articles, summary.failures
(120, [])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from graph import GraphStore
from kg.errors import BadInput
from loaders.extract import Extraction, extract_document
from loaders.reading import Document, iter_article_files, read_file
from schema.records import Entity

ProgressCallback = Callable[[Path], None]


@dataclass
class LoadSummary:
    """What a load wrote, skipped and could not read."""

    files: int = 0
    articles: int = 0
    unchanged: int = 0
    replaced: int = 0
    entities: int = 0
    relations: int = 0
    evidence: int = 0
    failures: list[str] = field(default_factory=list)
    # Articles read fine but naming no known actor or place: loaded, with nothing extracted.
    empty: list[str] = field(default_factory=list)


def example_corpus() -> Path:
    """The small corpus the project ships, loaded when no path is given."""
    return Path(str(resources.files("loaders").joinpath("data", "examples")))


def load_paths(
    store: GraphStore,
    paths: Iterable[Path],
    *,
    batch_articles: int = 50,
    on_file: ProgressCallback | None = None,
) -> LoadSummary:
    """Extract every article under ``paths`` and write it to ``store``."""
    summary = LoadSummary()
    pending: list[Extraction] = []
    for path in iter_article_files(list(paths)):
        summary.files += 1
        try:
            documents = read_file(path)
        except BadInput as exc:
            summary.failures.append(str(exc))
            documents = []
        _stage(store, documents, str(path), pending, summary)
        if len(pending) >= batch_articles:
            _write(store, pending, summary)
        if on_file is not None:
            on_file(path)
    _write(store, pending, summary)
    return summary


def load_documents(store: GraphStore, documents: Iterable[Document], source: str = "request") -> LoadSummary:
    """Extract and write documents already read (e.g. posted to the API)."""
    summary = LoadSummary()
    pending: list[Extraction] = []
    _stage(store, documents, source, pending, summary)
    _write(store, pending, summary)
    return summary


def _stage(
    store: GraphStore, documents: Iterable[Document], source: str, pending: list[Extraction], summary: LoadSummary
) -> None:
    """Extract each document that is new or changed; retract the stored version of a changed one."""
    for doc in documents:
        try:
            extraction = extract_document(doc)
        except Exception as exc:  # one article must not stop a load; it is reported
            summary.failures.append(f"{source}: extraction of {doc.id} failed ({type(exc).__name__}: {exc})")
            continue
        if not extraction.entities:
            summary.empty.append(f"{source}: no known actor or place in {doc.id}; nothing extracted")
        stored = store.article_sha256(doc.id)
        if stored == doc.sha256:
            summary.unchanged += 1
            continue
        if stored is not None:
            store.retract_article(doc.id)
            summary.replaced += 1
        pending.append(extraction)


def _write(store: GraphStore, extractions: list[Extraction], summary: LoadSummary) -> None:
    if not extractions:
        return
    entities: dict[str, Entity] = {}
    for extraction in extractions:
        entities.update(extraction.entities)
    # The hash is written last, as a commit marker: a load killed before it leaves articles without
    # one, and the next load replaces them whole.
    written = store.upsert(
        [replace(e.article, sha256=None) for e in extractions],
        entities.values(),
        [r for e in extractions for r in e.relations],
    )
    store.mark_articles_loaded({e.article.id: e.article.sha256 for e in extractions if e.article.sha256})
    summary.articles += written.articles
    summary.entities += written.entities
    summary.relations += written.relations
    summary.evidence += written.evidence
    extractions.clear()
