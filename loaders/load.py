"""Loading articles into a store: extract, then write in batches. Idempotent.

An article already stored with the same sha256 is skipped; a changed one has its old evidence
retracted first. A file that cannot be read or extracted is reported and the rest go on.

>>> summary = load_paths(store, [Path("articles/")])   # doctest: +SKIP
>>> summary.articles, summary.failures
(120, [])
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from itertools import chain
from pathlib import Path

from core.errors import BadInput
from core.iterables import batched
from graph import GraphStore
from loaders.article_files import iter_article_files, read_file
from loaders.extract import Extraction, extract_each
from loaders.extract.pipeline import BATCH_ARTICLES
from loaders.reading import Document

ProgressCallback = Callable[[Path | BadInput], None]


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
    # Articles read fine in which no relation was found: loaded, with nothing extracted.
    empty: list[str] = field(default_factory=list)


def example_corpus() -> Path:
    """The small corpus the project ships, loaded when no path is given."""
    return Path(str(resources.files("loaders").joinpath("data", "examples")))


def load_paths(
    store: GraphStore,
    paths: Iterable[Path],
    *,
    batch_articles: int = 50,
    workers: int = 1,
    on_file: ProgressCallback | None = None,
    on_batch: Callable[[LoadSummary], None] | None = None,
) -> LoadSummary:
    """Extract every article under ``paths`` and write it to ``store``.

    With ``workers`` > 1, files are read and extracted in that many processes; this process is the
    one writer, and takes their results in file order, so batches and transactions stay ordered.
    ``on_file`` is called after each file is read, ``on_batch`` after each batch is committed.
    """
    summary = LoadSummary()
    pending: list[Extraction] = []
    files = list(iter_article_files(list(paths)))

    def commit() -> None:
        if pending:
            _write(store, pending, summary)
            if on_batch is not None:
                on_batch(summary)

    with extraction_pool(workers) as extract_files:
        for path, result in zip(files, extract_files(files), strict=True):
            summary.files += 1
            _stage(store, result, pending, summary)
            if len(pending) >= batch_articles:
                commit()
            if on_file is not None:
                on_file(path)
    commit()
    return summary


def load_documents(store: GraphStore, documents: Iterable[Document], source: str = "request") -> LoadSummary:
    """Extract and write documents already read (e.g. posted to the API)."""
    summary = LoadSummary()
    pending: list[Extraction] = []
    _stage(store, _extract_documents(documents, source), pending, summary)
    _write(store, pending, summary)
    return summary


@dataclass
class FileResult:
    """What reading and extracting one file gave: its articles, and a line for each problem."""

    extractions: list[Extraction] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)


def extract_file(path: Path | BadInput) -> FileResult:
    """Read one file and extract each article in it (:func:`extract_files` of one)."""
    return extract_files([path])[0]


def extract_files(paths: list[Path | BadInput]) -> list[FileResult]:
    """Read files and extract each article in them, parsed together; problems become lines, never exceptions.

    A path may be a problem the directory walk met in a file's place (a symlink loop): it is reported.
    """
    results = [FileResult() for _ in paths]
    read = [
        (result, str(path), doc)
        for path, result in zip(paths, results, strict=True)
        for doc in _read_documents(path, result)
    ]
    for (result, source, doc), extraction in zip(read, extract_each(doc for _, _, doc in read), strict=True):
        _keep(result, source, doc.id, extraction)
    return results


def _read_documents(path: Path | BadInput, result: FileResult) -> list[Document]:
    """The articles of one file; a file that cannot be read gives none, and a line in ``result``."""
    if isinstance(path, BadInput):
        result.failures.append(str(path))
        return []
    try:
        return read_file(path, result.failures)
    except BadInput as exc:
        result.failures.append(str(exc))
    except Exception as exc:  # one file must not stop a load; it is reported
        result.failures.append(f"{path}: cannot read ({type(exc).__name__}: {exc})")
    return []


def _extract_documents(documents: Iterable[Document], source: str) -> FileResult:
    result = FileResult()
    documents = list(documents)
    for doc, extraction in zip(documents, extract_each(documents), strict=True):
        _keep(result, source, doc.id, extraction)
    return result


def _keep(result: FileResult, source: str, article_id: str, extraction: Extraction | Exception) -> None:
    """Add one article's extraction to ``result``, or the line saying why it failed."""
    if isinstance(extraction, Exception):  # one article must not stop a load; it is reported
        result.failures.append(
            f"{source}: extraction of {article_id} failed ({type(extraction).__name__}: {extraction})"
        )
        return
    if not extraction.entities:
        result.empty.append(f"{source}: no relation found in {article_id}; nothing extracted")
    result.extractions.append(extraction)


@contextmanager
def extraction_pool(workers: int) -> Iterator[Callable[[list[Path | BadInput]], Iterator[FileResult]]]:
    """A function from files to their results in order: in this process, or in a pool of ``workers``.
    Files go ``BATCH_ARTICLES`` at a time, so that their articles are parsed together."""
    if workers <= 1:
        yield lambda files: chain.from_iterable(map(extract_files, batched(files, BATCH_ARTICLES)))
        return
    # spawn: workers start clean, without the parent's open store or its threads.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        yield lambda files: chain.from_iterable(pool.imap(extract_files, batched(files, BATCH_ARTICLES)))


def _stage(store: GraphStore, result: FileResult, pending: list[Extraction], summary: LoadSummary) -> None:
    """Record a file's problems; queue each article that is new or changed, retracting a changed one."""
    summary.failures += result.failures
    summary.empty += result.empty
    for extraction in result.extractions:
        article = extraction.article
        stored = store.article_sha256(article.id)
        if stored == article.sha256:
            summary.unchanged += 1
            continue
        if stored is not None:
            store.retract_article(article.id)
            summary.replaced += 1
        pending.append(extraction)


def _write(store: GraphStore, extractions: list[Extraction], summary: LoadSummary) -> None:
    if not extractions:
        return
    # The hash is written last, as a commit marker: a load killed before it leaves articles without
    # one, and the next load replaces them whole.
    written = store.upsert(
        [replace(e.article, sha256=None) for e in extractions],
        [entity for e in extractions for entity in e.entities.values()],  # one given twice is combined
        [r for e in extractions for r in e.relations],
    )
    store.mark_articles_loaded({e.article.id: e.article.sha256 for e in extractions if e.article.sha256})
    summary.articles += written.articles
    summary.entities += written.entities
    summary.relations += written.relations
    summary.evidence += written.evidence
    extractions.clear()
