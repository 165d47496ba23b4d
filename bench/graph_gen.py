"""A deterministic synthetic graph: many distinct actors, places and facts, each with evidence.

Used where a benchmark needs a graph of a given size rather than text to extract.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from graph import GraphStore
from schema import ONTOLOGY
from schema.records import Article, Entity, Evidence, Relation

# (predicate, subject type, object type) the generator draws from, all allowed by the ontology.
SHAPES = [
    ("DEPLOYED_IN", "State", "Territory"),
    ("OCCUPIES", "State", "Territory"),
    ("REQUESTED_WITHDRAWAL", "Person", "State"),
    ("REQUESTED_WITHDRAWAL", "State", "State"),
    ("RECOGNIZED", "State", "Territory"),
    ("CONDEMNED", "State", "State"),
    ("SUPPLIES_WEAPONS_TO", "State", "State"),
    ("PART_OF", "Territory", "State"),
]
assert all(ONTOLOGY.predicate(p).connects(s, o) for p, s, o in SHAPES)


@dataclass(frozen=True)
class SyntheticGraph:
    states: int
    territories: int
    persons: int
    relations: int
    relations_per_article: int = 20


def entities(spec: SyntheticGraph) -> list[Entity]:
    out = [Entity(f"state-{i}", "State", f"State {i}", (f"S{i}",)) for i in range(spec.states)]
    out += [
        Entity(f"territory-{i}", "Territory", f"Territory {i}", (), None, {"part_of": f"state-{i % spec.states}"})
        for i in range(spec.territories)
    ]
    out += [Entity(f"person-{i}", "Person", f"Person {i}") for i in range(spec.persons)]
    return out


def batches(spec: SyntheticGraph, seed: int = 5, batch: int = 5000) -> Iterator[tuple[list[Article], list[Relation]]]:
    """Articles and relations in batches; every relation is a distinct fact with one sentence."""
    rng = random.Random(seed)
    counts = {"State": spec.states, "Territory": spec.territories, "Person": spec.persons}
    articles: list[Article] = []
    relations: list[Relation] = []
    for n in range(spec.relations):
        if n % spec.relations_per_article == 0:
            articles.append(
                Article(
                    f"synthetic-{n // spec.relations_per_article:07d}",
                    f"Report {n}",
                    "Synthetic",
                    None,
                    f"20{10 + n % 15:02d}-0{1 + n % 9}-1{n % 9}",
                )
            )
        predicate, s_type, o_type = SHAPES[n % len(SHAPES)]
        subject = f"{s_type.lower()}-{rng.randrange(counts[s_type])}"
        obj = f"{o_type.lower()}-{rng.randrange(counts[o_type])}"
        if subject == obj:
            obj = f"{o_type.lower()}-{(int(obj.rsplit('-', 1)[1]) + 1) % counts[o_type]}"
        year = 1990 + n % 35
        qualifiers = {"date": str(year)} if "date" in ONTOLOGY.predicate(predicate).qualifier_map else {}
        # A distinct key qualifier-free fact per n: vary the modality-free key through a salted object pick.
        text = f"Sentence {n}: {subject} {predicate.lower()} {obj} in {year}."
        relations.append(
            Relation(
                predicate,
                subject,
                s_type,
                obj,
                o_type,
                qualifiers,
                "affirmed",
                "asserted",
                0.8,
                (Evidence(articles[-1].id, 0, len(text), text),),
            )
        )
        if len(relations) >= batch:
            yield articles, relations
            articles, relations = [], []
    if relations:
        yield articles, relations


def benchmark_graph(relations: int) -> SyntheticGraph:
    """The graph the benchmarks build: 2,000 states, 5,000 territories and 5,000 persons."""
    return SyntheticGraph(states=2000, territories=5000, persons=5000, relations=relations)


def build_and_report(store: GraphStore, spec: SyntheticGraph, label: str) -> None:
    """Write the graph in upserts of 50,000 relations and say how long it took."""
    started = time.perf_counter()
    write_graph(store, spec, batch=50_000)
    print(f"graph of {spec.relations} relations built in {time.perf_counter() - started:.0f} s ({label})")


def write_graph(
    store: GraphStore,
    spec: SyntheticGraph,
    batch: int,
    progress: Callable[[int], None] | None = None,
    *,
    close: bool = False,
) -> float:
    """Write the generated graph into a cleared store; relations per second (entities, articles and evidence
    included). ``progress`` is told the relations written after each batch. ``close``: the store is closed
    within the time, since a store may finish its writes then (LadybugDB checkpoints)."""
    store.init_schema()
    store.clear()
    started = time.perf_counter()
    store.upsert_entities(entities(spec))
    written = 0
    for articles, relations in batches(spec, batch=batch):
        written += store.upsert(articles, (), relations).relations
        if progress:
            progress(written)
    if close:
        store.close()
    return written / (time.perf_counter() - started)
