"""Extraction throughput on a generated corpus of ~5 KB articles, in one process (one core).

.venv/bin/python -m bench.extract_bench --articles 2000
"""

from __future__ import annotations

import argparse
import os
import time

from bench.corpus import generate
from loaders.extract import extract_document
from loaders.gazetteer import default_gazetteer
from loaders.reading import read_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--size", type=int, default=5000, help="characters per article")
    args = parser.parse_args()
    corpus = list(generate(args.articles, size=args.size))
    default_gazetteer()
    expected = found = 0
    started = time.perf_counter()
    for article_id, text, facts in corpus:
        result = extract_document(read_text(article_id, text))
        names = {e.id: e.name for e in result.entities.values()}
        got = {(r.predicate, names[r.subject_id], names[r.object_id]) for r in result.relations if r.is_fact}
        expected += len(set(facts))
        found += len(set(facts) & got)
    elapsed = time.perf_counter() - started
    chars = sum(len(t) for _, t, _ in corpus)
    print(f"articles            {len(corpus)}")
    print(f"mean size           {chars / len(corpus):.0f} chars")
    print(f"seconds             {elapsed:.2f}")
    print(f"articles/s (1 core) {len(corpus) / elapsed:.0f}")
    print(f"recall of generated facts {found / expected:.3f} ({found}/{expected})")
    print(f"cpu cores on machine {os.cpu_count()}")


if __name__ == "__main__":
    main()
