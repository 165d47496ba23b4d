"""Export throughput and peak memory: streaming pyoxigraph against an rdflib Graph of the same data.

    .venv/bin/python -m bench.export_bench --relations 60000

Builds a generated graph in a fresh embedded store (about 18 triples a relation), then, each in a
child process of its own so that peak RSS is its own:
- streaming: rdf.export.write_dump to N-Triples (pages read from the store, triples serialized as made);
- rdflib: the same triples added to an rdflib Graph, then serialized to N-Triples.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.graph_gen import SyntheticGraph, batches, entities
from graph import open_store
from kg.settings import Settings

CHILD = """
import sys, time
from pathlib import Path
from graph import open_store
from kg.settings import DEFAULT_BASE_IRI, Settings
from rdf.export import dump_statements, write_dump
from rdf.vocab import Vocabulary

mode, data_dir, out = sys.argv[1], sys.argv[2], sys.argv[3]
store = open_store(Settings(store="embedded", data_dir=Path(data_dir), embedded_buffer_mb=int(sys.argv[4])),
                   read_only=True)
vocab = Vocabulary(DEFAULT_BASE_IRI)
started = time.perf_counter()
if mode == "streaming":
    with open(out, "wb") as f:
        write_dump(store, vocab, "ntriples", f)
else:
    import rdflib
    graph = rdflib.Graph()
    for t in dump_statements(store, vocab, named_graphs=False):
        graph.add(tuple(rdflib.URIRef(x.value) if type(x).__name__ == "NamedNode" else rdflib.Literal(
            x.value, datatype=rdflib.URIRef(x.datatype.value)) for x in (t.subject, t.predicate, t.object)))
    graph.serialize(out, format="nt", encoding="utf-8")
elapsed = time.perf_counter() - started
# VmHWM is this process's own peak; ru_maxrss would include the parent's, inherited at fork.
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024
print(f"{elapsed:.3f} {peak:.1f}")
"""


def run(mode: str, data_dir: str, out: Path, buffer_mb: int) -> tuple[float, float, int]:
    command = [sys.executable, "-c", CHILD, mode, data_dir, str(out), str(buffer_mb)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds, peak = (float(x) for x in done.stdout.split())
    with out.open("rb") as f:
        lines = sum(1 for _ in f)
    return seconds, peak, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=43_000, help="about 24 triples each, with the entities")
    parser.add_argument("--buffer-mb", type=int, default=64, help="the embedded store's buffer pool while exporting")
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp()
    spec = SyntheticGraph(states=2000, territories=5000, persons=5000, relations=args.relations)
    store = open_store(Settings(store="embedded", data_dir=Path(data_dir)))
    store.init_schema()
    store.upsert_entities(entities(spec))
    started = time.perf_counter()
    for articles, relations in batches(spec):
        store.upsert_articles(articles)
        store.upsert_relations(relations)
    print(f"graph of {args.relations} relations built in {time.perf_counter() - started:.0f} s")
    store.close()
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process, which built the graph, peaked at {baseline_rss:.0f} MB)")
    print(f"{'exporter':10} {'triples':>9} {'seconds':>8} {'triples/s':>10} {'peak RSS MB':>12}")
    results = {}
    for mode in ("streaming", "rdflib"):
        seconds, peak, lines = run(mode, data_dir, Path(tempfile.mkdtemp()) / f"{mode}.nt", args.buffer_mb)
        results[mode] = lines / seconds
        print(f"{mode:10} {lines:9d} {seconds:8.2f} {lines / seconds:10.0f} {peak:12.0f}")
    print(f"streaming is {results['streaming'] / results['rdflib']:.1f}x rdflib")
    print(f"embedded buffer pool while exporting: {args.buffer_mb} MiB")


if __name__ == "__main__":
    main()
