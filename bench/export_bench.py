"""Export throughput and peak memory: the streaming exporter against an rdflib Graph of the same data.

    .venv/bin/python -m bench.export_bench --relations 43000  # 1.04M triples; 3400 make 106k
    source .neo4j/neo4j.env && .venv/bin/python -m bench.export_bench --relations 43000 --neo4j

Builds a generated graph in a fresh embedded store, or in Neo4j (about 24 triples a relation), then, each in a
child process of its own so that peak RSS is its own:
- streaming: rdf.export.write_dump to N-Triples (pages read from the store, lines written as made);
- rdflib: the same triples added to an rdflib Graph, then serialized to N-Triples.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.graph_gen import benchmark_graph, build_and_report
from core.settings import Settings
from graph import open_store

CHILD = """
import sys, time
from pathlib import Path
from graph import open_store
from core.settings import DEFAULT_BASE_IRI, Settings
from rdf.export import dump_statements, write_dump
from rdf.vocab import Vocabulary

mode, store_kind, data_dir, out, buffer_mb = sys.argv[1:]
settings = Settings(store=store_kind, data_dir=Path(data_dir), embedded_buffer_mb=int(buffer_mb))
store = open_store(settings, read_only=True)
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


def run(mode: str, settings: Settings, out: Path, buffer_mb: int) -> tuple[float, float, int]:
    """Export the store ``settings`` name in a child process: seconds, its peak RSS in MB, and lines written."""
    command = [sys.executable, "-c", CHILD, mode, settings.store, str(settings.data_dir), str(out), str(buffer_mb)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds, peak = (float(x) for x in done.stdout.split())
    with out.open("rb") as f:
        lines = sum(1 for _ in f)
    return seconds, peak, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=43_000, help="about 24 triples each, with the entities")
    parser.add_argument("--buffer-mb", type=int, default=64, help="the embedded store's buffer pool while exporting")
    parser.add_argument("--neo4j", action="store_true", help="use the Neo4j in NEO4J_URI (its database is CLEARED)")
    args = parser.parse_args()
    settings = Settings(store="neo4j" if args.neo4j else "embedded", data_dir=Path(tempfile.mkdtemp()))
    spec = benchmark_graph(args.relations)
    with open_store(settings) as store:
        build_and_report(store, spec, settings.store)
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process, which built the graph, peaked at {baseline_rss:.0f} MB)")
    print(f"{'exporter':10} {'triples':>9} {'seconds':>8} {'triples/s':>10} {'peak RSS MB':>12}")
    results = {}
    for mode in ("streaming", "rdflib"):
        seconds, peak, lines = run(mode, settings, Path(tempfile.mkdtemp()) / f"{mode}.nt", args.buffer_mb)
        results[mode] = lines / seconds
        print(f"{mode:10} {lines:9d} {seconds:8.2f} {lines / seconds:10.0f} {peak:12.0f}")
    print(f"streaming is {results['streaming'] / results['rdflib']:.1f}x rdflib")
    if not args.neo4j:
        print(f"embedded buffer pool while exporting: {args.buffer_mb} MiB")


if __name__ == "__main__":
    main()
