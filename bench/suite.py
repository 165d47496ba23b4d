"""The benchmark suite: extraction, load, questions through the API and export, each beside its baseline.

    .venv/bin/python -m bench                     # the default: a few minutes
    .venv/bin/python -m bench --scale             # 1M relations, 1,000 articles, ~1M-triple export
    source .neo4j/neo4j.env && .venv/bin/python -m bench --neo4j   # Neo4j as well (its database is CLEARED)

Every figure stands beside a baseline measured in the same run:
- extraction: N worker processes against one;
- load: the bulk path (insert what the store lacks, merge the rest, in batches) against one MERGE
  statement per row, on a sample, since row-by-row writing is slow;
- questions: the same named question answered in-process, without HTTP;
- export: streaming N-Triples against an rdflib Graph of the same triples.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.api_bench import time_routes
from bench.corpus import generate
from bench.export_bench import run as run_exporter
from bench.extract_bench import stated_facts
from bench.graph_gen import SyntheticGraph, batches, benchmark_graph, entities, write_graph
from core.settings import Settings
from graph import GraphStore, archive_importer, open_store
from graph.archive import plan_archive
from loaders.load import FileResult, extraction_pool

console = Console(width=None if Console().is_terminal else 160)


def progress(written: int) -> None:
    console.print(f"  {written:,} relations written", end="\r")


@dataclass(frozen=True)
class Figure:
    """One measured figure, with its baseline from the same run where there is one."""

    section: str
    measure: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    target: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


# -- extraction -----------------------------------------------------------------------


def bench_extraction(articles: int, workers: int, repeat: int) -> list[Figure]:
    """Articles/s per core with 1 and with ``workers`` processes, and recall of the generated facts."""
    corpus = Path(tempfile.mkdtemp(prefix="kg-bench-corpus-"))
    stated: dict[str, set[tuple[str, str, str]]] = {}
    for article_id, text, facts in generate(articles, size=5000):
        (corpus / f"{article_id}.txt").write_text(text)
        stated[article_id] = set(facts)
    files = sorted(corpus.glob("*.txt"))

    def rate(n: int) -> tuple[float, list[FileResult]]:
        with extraction_pool(n) as extract_files:
            list(extract_files(files[: 2 * n]))  # workers started and warm
            best = 0.0
            for _ in range(repeat):
                started = time.perf_counter()
                results = list(extract_files(files))
                best = max(best, len(files) / (time.perf_counter() - started))
        return best, results

    one, results = rate(1)
    many, _ = rate(workers)
    found = expected = 0
    for result in results:
        for extraction in result.extractions:
            facts = stated[extraction.article.id]
            expected += len(facts)
            found += len(facts & stated_facts(extraction))
    cores = min(workers, os.cpu_count() or 1)
    return [
        Figure("extraction", "articles/s, 1 process (per core)", one, "art/s", target=">= 500"),
        Figure(
            "extraction",
            f"articles/s, {workers} processes",
            many,
            "art/s",
            one,
            "1 process",
            f">= {1.7 * one:.0f} (1.7x)" if workers == 2 else "",
        ),
        Figure("extraction", f"articles/s per core, {workers} processes", many / cores, "art/s"),
        Figure("extraction", f"recall of generated facts ({expected} facts)", found / max(expected, 1), ""),
    ]


# -- load and questions -------------------------------------------------------------------


def per_row_rate(store: GraphStore, sample: int) -> float:
    """Relations per second when every row is one MERGE statement in its own transaction."""
    kept = store.bulk, store.batch_size
    store.bulk, store.batch_size = False, 1
    try:
        return write_graph(store, SyntheticGraph(states=200, territories=500, persons=500, relations=sample), sample)
    finally:
        store.bulk, store.batch_size = kept


def bench_store(
    name: str, open_fresh: Callable[[], GraphStore], spec: SyntheticGraph, sample: int, requests: int, batch: int
) -> list[Figure]:
    with open_fresh() as store:
        label = store.server_version()
        baseline = per_row_rate(store, sample)
    bulk = write_graph(open_fresh(), spec, batch=batch, progress=progress, close=True)
    console.print()
    target = ">= 200k" if name == "embedded" else ">= 50k, >= 30x"
    figures = [
        Figure(
            f"load: {label}",
            f"relations/s, bulk path ({spec.relations:,} in upserts of {batch:,})",
            bulk,
            "rel/s",
            baseline,
            f"one MERGE per row ({sample:,})",
            target,
        )
    ]
    with open_fresh() as store:  # reopened, as `kg serve` opens what `kg load` wrote
        sequential = time_routes(store, spec, requests, clients=1)
        concurrent = time_routes(store, spec, requests, clients=4)
    for one, four in zip(sequential, concurrent, strict=True):
        section = f"questions: {label}"
        figures += [
            Figure(section, f"{one.route} API p50", one.api_p50, "ms", one.direct_p50, "in-process p50", "<= 5"),
            Figure(section, f"{one.route} API p99", one.api_p99, "ms", one.direct_p99, "in-process p99", "<= 25"),
            Figure(section, f"{one.route} API req/s, 4 clients", four.api_rps, "req/s"),
        ]
    return figures


def bench_import(settings: Settings, spec: SyntheticGraph, upserts: Figure) -> Figure:
    """`kg bulk-import`'s path into a new store (generated, planned and imported within the time, as
    write_graph generates within it), beside the upserts of the same run."""
    started = time.perf_counter()
    articles, relations = [], []
    for batch_articles, batch_relations in batches(spec, batch=50_000):
        articles += batch_articles
        relations += batch_relations
    plan = plan_archive(articles, entities(spec), relations)
    archive_importer(settings).run(plan)
    rate = plan.relations / (time.perf_counter() - started)
    return Figure(
        upserts.section,
        f"relations/s, bulk import ({spec.relations:,} into a new store)",
        rate,
        "rel/s",
        upserts.value,
        "upserts (above)",
        ">= 100k",
    )


# -- export ---------------------------------------------------------------------------------


def bench_export(relations: int) -> list[Figure]:
    settings = Settings(store="embedded", data_dir=Path(tempfile.mkdtemp(prefix="kg-bench-export-")))
    spec = benchmark_graph(relations)
    with open_store(settings) as store:
        write_graph(store, spec, batch=50_000, progress=progress)
    console.print()
    out = Path(tempfile.mkdtemp(prefix="kg-bench-nt-"))
    measured = {}
    for mode in ("streaming", "rdflib"):
        seconds, peak, lines = run_exporter(mode, settings, out / f"{mode}.nt", 64)
        measured[mode] = (lines / seconds, peak, lines)
    stream, rdflib_ = measured["streaming"], measured["rdflib"]
    return [
        Figure(
            "export",
            f"N-Triples triples/s ({stream[2]:,} triples)",
            stream[0],
            "triples/s",
            rdflib_[0],
            "rdflib Graph",
            ">= 400k, >= 10x",
        ),
        Figure("export", "peak RSS, streaming", stream[1], "MB", rdflib_[1], "rdflib Graph", "<= 100"),
    ]


# -- the suite --------------------------------------------------------------------------------


def cells(f: Figure) -> tuple[str, str, str, str, str, str]:
    """A figure's row: section, measure, value, baseline, ratio, target."""
    baseline = f"{f.baseline:,.1f} {f.unit} ({f.baseline_label})" if f.baseline is not None else ""
    ratio = f"{f.ratio:.1f}x" if f.ratio is not None else ""
    value = f"{f.value:,.3f}" if f.unit == "" else f"{f.value:,.1f} {f.unit}"
    return f.section, f.measure, value, baseline, ratio, f.target


def print_table(figures: list[Figure]) -> None:
    table = Table(title="kg benchmark suite")
    for column in ("section", "measure", "value", "baseline (same run)", "ratio", "target"):
        table.add_column(column, justify="right" if column in ("value", "ratio") else "left")
    for f in figures:
        table.add_row(*cells(f))
    console.print(table)


def markdown(figures: list[Figure]) -> str:
    """The figures as a Markdown table, for BENCHMARKS.md."""
    lines = ["| section | measure | value | baseline (same run) | ratio | target |", "|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(cells(f)) + " |" for f in figures]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", action="store_true", help="1M relations, 1,000 articles, a ~1M-triple export")
    parser.add_argument("--relations", type=int, help="relations in the load and question graph")
    parser.add_argument("--articles", type=int, help="generated articles for extraction")
    parser.add_argument("--export-relations", type=int, help="relations in the export graph (~24 triples each)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--write-batch", type=int, default=50_000, help="relations per upsert when loading")
    parser.add_argument("--requests", type=int, default=200, help="HTTP requests per question route")
    parser.add_argument("--neo4j", action="store_true", help="also the Neo4j in NEO4J_URI (its database is CLEARED)")
    parser.add_argument("--only", choices=["extraction", "load", "export"], action="append")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--markdown", type=Path, help="also write the figures as a Markdown table")
    args = parser.parse_args()
    relations = args.relations or (1_000_000 if args.scale else 100_000)
    articles = args.articles or (1000 if args.scale else 200)
    export_relations = args.export_relations or (43_000 if args.scale else 10_000)
    sections = set(args.only or ["extraction", "load", "export"])
    console.print(
        f"machine: {os.cpu_count()} cores, {_memory_gib():.0f} GiB, Python {platform.python_version()}; "
        f"{relations:,} relations, {articles:,} articles, export of {export_relations:,} relations"
    )

    figures: list[Figure] = []
    if "extraction" in sections:
        figures += bench_extraction(articles, args.workers, repeat=3)
    if "load" in sections:
        # Entities grow with relations, so an entity's degree (and an answer's size) stays about the same:
        # 2,000 states, 5,000 territories and 5,000 persons per 100,000 relations.
        spec = SyntheticGraph(
            states=relations // 50, territories=relations // 20, persons=relations // 20, relations=relations
        )
        data_dir = Path(tempfile.mkdtemp(prefix="kg-bench-graph-"))
        embedded = Settings(store="embedded", data_dir=data_dir)
        batch = args.write_batch
        stored = bench_store("embedded", lambda: open_store(embedded), spec, 2000, args.requests, batch)
        new = Settings(store="embedded", data_dir=Path(tempfile.mkdtemp(prefix="kg-bench-import-")))
        figures += [stored[0], bench_import(new, spec, stored[0]), *stored[1:]]
        if args.neo4j:
            neo4j = Settings(store="neo4j")
            figures += bench_store("neo4j", lambda: open_store(neo4j), spec, 1000, args.requests, batch)
    if "export" in sections:
        figures += bench_export(export_relations)
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps([asdict(f) | {"ratio": f.ratio} for f in figures], indent=2))
    if args.markdown:
        args.markdown.write_text(markdown(figures))


def _memory_gib() -> float:
    with open("/proc/meminfo") as meminfo:
        return int(meminfo.readline().split()[1]) / 1024**2


if __name__ == "__main__":
    main()
