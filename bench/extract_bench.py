"""Extraction throughput on a generated corpus of ~5 KB articles, in one process (one core).

    .venv/bin/python -m bench.extract_bench --articles 300 --repeat 5

Each repeat extracts the whole corpus; the median and the best repeat are printed, since
this machine's timings are noisy. Articles go through the pipeline as the loader sends them, ``BATCH_ARTICLES``
at a time. Recall is checked against the facts the generator wrote, and one more
pass times the dependency parser's share of the work (the candidate sentences' parse, as the pipeline calls it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from typing import Any, NamedTuple

import loaders.extract.pipeline as pipeline
from bench.corpus import generate
from core.errors import ExtractionFailed
from loaders.extract import Extraction, extract_each
from loaders.gazetteer import default_gazetteer
from loaders.reading import read_text


def stated_facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    """The asserted facts of one extraction as (predicate, subject name, object name), as the generator states them."""
    names = {e.id: e.name for e in extraction.entities.values()}
    return {(r.predicate, names[r.subject_id], names[r.object_id]) for r in extraction.relations if r.is_fact}


class Pass(NamedTuple):
    """One pass over the corpus: wall and CPU seconds, facts expected and found."""

    seconds: float
    cpu: float
    expected: int
    found: int


def run_once(corpus: list[tuple[str, str, list[tuple[str, str, str]]]]) -> Pass:
    """One pass over the corpus."""
    expected = found = 0
    started, used = time.perf_counter(), time.process_time()
    extractions = extract_each(read_text(article_id, text) for article_id, text, _ in corpus)
    for (_, _, facts), extraction in zip(corpus, extractions, strict=True):
        if isinstance(extraction, ExtractionFailed):
            raise extraction
        expected += len(set(facts))
        found += len(set(facts) & stated_facts(extraction))
    return Pass(time.perf_counter() - started, time.process_time() - used, expected, found)


def parser_share(corpus: list[tuple[str, str, list[tuple[str, str, str]]]]) -> float:
    """The share of one pass's wall time spent in the parse of candidate sentences."""
    parse: Callable[..., Any] = pipeline.parse_sentences
    spent = 0.0

    def timed(*args: Any, **kwargs: Any) -> Any:
        nonlocal spent
        started = time.perf_counter()
        try:
            return parse(*args, **kwargs)
        finally:
            spent += time.perf_counter() - started

    pipeline.parse_sentences = timed
    try:
        seconds = run_once(corpus).seconds
    finally:
        pipeline.parse_sentences = parse
    return spent / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--size", type=int, default=5000, help="characters per article")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    corpus = list(generate(args.articles, size=args.size))
    default_gazetteer()
    runs = [run_once(corpus) for _ in range(args.repeat)]
    seconds = [r.seconds for r in runs]
    expected, found = runs[0].expected, runs[0].found
    chars = sum(len(t) for _, t, _ in corpus)
    print(f"articles                  {len(corpus)} x {args.repeat} repeats")
    print(f"mean size                 {chars / len(corpus):.0f} chars")
    print(f"articles/s, median        {len(corpus) / statistics.median(seconds):.0f} (one core)")
    print(f"articles/s, best          {len(corpus) / min(seconds):.0f} (one core)")
    cpu = statistics.median(r.cpu for r in runs)
    print(f"articles per CPU-second   {len(corpus) / cpu:.1f} (median; steadier on a busy machine)")
    print(f"recall of generated facts {found / expected:.3f} ({found}/{expected})")
    print(f"parser's share of time    {parser_share(corpus):.0%} (one more pass)")
    print(f"cpu cores on machine      {os.cpu_count()}")


if __name__ == "__main__":
    main()
