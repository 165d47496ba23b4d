"""A read-only SPARQL 1.1 endpoint over the graph, with pyoxigraph, in worker processes.

The endpoint answers from a copy of the RDF dump (every article's named graph; the default graph is
their union), written as an N-Quads file when the store's counts change. Queries run in a pool of
worker processes (rdf/sparql_worker.py): a query past its time limit is stopped by ending its
worker, which the pool replaces, since pyoxigraph cannot cancel an evaluation (an aggregate or an
ORDER BY does all its work before the first answer). pyoxigraph's ``query`` parses queries only, so
an update is refused by the engine itself; SERVICE is refused on the parsed query's algebra.
"""

from __future__ import annotations

import multiprocessing
import shutil
import tempfile
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pyoxigraph as ox
from pebble import ProcessExpired, ProcessPool

from core.errors import NotAcceptable, QueryFailed, QueryTimeout
from graph import GraphStore
from rdf.conneg import best_match
from rdf.export import FORMATS, dump_statements
from rdf.sparql_worker import RESULT_TYPES, SparqlResult, SparqlTask, evaluate, start_worker
from rdf.vocab import Vocabulary

__all__ = ["GRAPH_TYPES", "RESULT_TYPES", "SparqlEndpoint", "SparqlResult"]

GRAPH_TYPES = {media: name for name, (_, media, _) in FORMATS.items() if name != "trig"}


class SparqlEndpoint:
    """Answers SPARQL queries over the store's RDF; refreshes its copy when the store changes."""

    def __init__(
        self,
        store: GraphStore,
        vocab: Vocabulary,
        *,
        timeout: float = 10.0,
        max_results: int = 10_000,
        check_every: float = 5.0,
        workers: int = 2,
    ) -> None:
        self.store, self.vocab = store, vocab
        self.timeout, self.max_results, self.check_every = timeout, max_results, check_every
        self._folder = Path(tempfile.mkdtemp(prefix="kg-sparql-"))
        self._copies = 0
        self._path: Path | None = None
        self._triples = 0
        self._signature: tuple[int, ...] | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        # spawn: a worker starts from a clean interpreter, not a fork of this threaded server.
        self._pool = ProcessPool(
            max_workers=workers, initializer=start_worker, context=multiprocessing.get_context("spawn")
        )

    def dataset(self) -> Path:
        """The N-Quads copy, written again when the store's counts have changed since the last one."""
        with self._lock:
            now = time.monotonic()
            if self._path is not None and now - self._checked < self.check_every:
                return self._path
            signature = tuple(self.store.counts().values())
            if self._path is None or signature != self._signature:
                dataset = ox.Store()
                dataset.extend(dump_statements(self.store, self.vocab, named_graphs=True))
                self._triples = len({(q.subject, q.predicate, q.object) for q in dataset})
                self._copies += 1
                path = self._folder / f"graph-{self._copies}.nq"
                ox.serialize(dataset, output=str(path.with_suffix(".part")), format=ox.RdfFormat.N_QUADS)
                path.with_suffix(".part").rename(path)
                # The copy before stays for queries already on their way to a worker.
                (self._folder / f"graph-{self._copies - 2}.nq").unlink(missing_ok=True)
                self._path, self._signature = path, signature
            self._checked = now
            return self._path

    def triples_count(self) -> int:
        self.dataset()
        return self._triples

    def query(self, text: str, accept: str) -> SparqlResult:
        """Evaluate a query and serialize its result for the best type in ``accept``: a result type for
        solutions and booleans, an RDF type for graphs; NotAcceptable when ``accept`` allows none of them."""
        kind = _choose(accept, {**RESULT_TYPES, "application/json": "json"})
        graph_media = best_match(accept or "*/*", list(GRAPH_TYPES))
        if kind is None and graph_media is None:
            raise NotAcceptable([*RESULT_TYPES, *GRAPH_TYPES])
        task = SparqlTask(
            dataset=str(self.dataset()),
            text=text,
            prefixes=self.vocab.prefixes,
            kind=kind,
            graph_media=graph_media,
            graph_types=tuple(GRAPH_TYPES),
            max_results=self.max_results,
        )
        future = self._pool.schedule(evaluate, args=(task,))
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            future.cancel()  # ends the worker running it, or drops it from the queue
            raise QueryTimeout(f"the query ran past {self.timeout:g} s and was stopped") from None
        except ProcessExpired as exc:
            raise QueryFailed(f"the query's worker ended abnormally (exit code {exc.exitcode})") from None

    def close(self) -> None:
        """Stop the workers and delete the copies."""
        self._pool.stop()
        self._pool.join()
        shutil.rmtree(self._folder, ignore_errors=True)


def _choose(accept: str, offered: dict[str, str]) -> str | None:
    """The offered format the Accept header prefers (``*/*`` or nothing takes the first)."""
    media = best_match(accept or "*/*", list(offered))
    return offered[media] if media else None
