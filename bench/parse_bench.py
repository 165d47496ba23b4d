"""Parser speed: words/s of the spaCy pipeline on one core, with and without ner, and the cost of loading it.

    .venv/bin/python -m bench.parse_bench --articles 40 --repeat 5

The sentences of generated ~5 KB articles (bench/corpus.py) are parsed in batches by loaders.parse.parse,
the two pipelines alternating so that the machine's drift falls on both; the median and the best repeat
are printed, per CPU second of this process (steady when other processes share the core) and by the
wall clock. Loading is measured in a fresh process each: import, the sha256 check, and spacy.load.

Measured 2026-11-30 with the command above (--articles 40 --repeat 7), spaCy 3.8.18, while other jobs
kept the 2-core machine at a load average of about 9 (so wall clock got a third of a core):
- all sentences, without ner: 9,895 words per CPU second (best 10,327), 12.0 whole articles/s;
- all sentences, with ner: 5,279 (best 5,516), 6.4 articles/s: ner costs 47% of the throughput;
- candidate sentences only (the generator's 1 in 4), without ner: 69.7 articles/s;
- loading: about 1.2 s of CPU (import spacy, sha256 check 0.1 s, spacy.load); RSS +123 MiB
  without ner, +138 MiB with it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

from bench.corpus import FILLER, generate

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LOAD_PROBE = """
import json, time
def rss():
    return int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]) // 1024
started, before = time.perf_counter(), rss()
import spacy
imported = time.perf_counter()
from loaders.spacy_model import load_pipeline, verified_model
verified_model()
checked = time.perf_counter()
load_pipeline({ner})
loaded = time.perf_counter()
print(json.dumps({{"import": imported - started, "check": checked - imported, "load": loaded - checked,
                   "cpu": time.process_time(), "rss_before": before, "rss_after": rss()}}))
"""


def sentences(articles: int, size: int) -> list[str]:
    return [s for _, text, _ in generate(articles, size=size) for s in _SENTENCE_END.split(text) if s.strip()]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def load_cost(ner: bool) -> dict[str, float]:
    """Seconds and MiB of loading the pipeline, in a fresh process."""
    probe = subprocess.run(
        [sys.executable, "-c", _LOAD_PROBE.format(ner=ner)], capture_output=True, text=True, check=True
    )
    return json.loads(probe.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--size", type=int, default=5000, help="characters per article")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch", type=int, default=256, help="texts per nlp.pipe batch")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, whatever the libraries would use

    from loaders.parse import parse

    texts = sentences(args.articles, args.size)
    filler = set(_SENTENCE_END.split(FILLER.strip()))
    candidates = [t for t in texts if t not in filler]  # the filler names nothing and has no cue
    runs = {  # name: (sentences, ner)
        "all sentences, without ner": (texts, False),
        "all sentences, with ner": (texts, True),
        "candidates only, without ner": (candidates, False),
    }
    for ner in (False, True):
        parse(texts[:50], ner=ner)  # load and warm up outside the timing
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, (batch, ner) in runs.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            parse(batch, ner=ner, batch_size=args.batch)
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
    print(f"articles                  {args.articles} of {args.size} chars, {len(texts)} sentences, x {args.repeat}")
    for name, (batch, _) in runs.items():
        count = words(batch)
        median = statistics.median(cpu[name])
        print(
            f"{name:29} {len(batch)} sentences, {count} words; per CPU second: {count / median:,.0f} words/s "
            f"(best {count / min(cpu[name]):,.0f}), {args.articles / median:.1f} articles/s; "
            f"wall clock: {count / statistics.median(wall[name]):,.0f} words/s (best {count / min(wall[name]):,.0f})"
        )
    for ner in (False, True):
        cost = load_cost(ner)
        print(
            f"load {'with' if ner else 'without'} ner{'   ' if ner else ''}       "
            f"import spacy {cost['import']:.2f} s, sha256 check {cost['check']:.2f} s, "
            f"spacy.load {cost['load']:.2f} s (wall; {cost['cpu']:.2f} s CPU in all); "
            f"RSS {cost['rss_before']} -> {cost['rss_after']} MiB"
        )
    print(f"cpu cores on machine      {os.cpu_count()} (this run pinned to one)")


if __name__ == "__main__":
    main()
