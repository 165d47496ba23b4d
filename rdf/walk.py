"""Walking the graph for a dump: the store read page by page, each page as N-Triples or N-Quads lines."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from graph import GraphStore
from rdf.lines import Lines, statements
from rdf.rows import evidence_by_fact
from rdf.threads import read_ahead
from rdf.vocab import Vocabulary
from schema import ONTOLOGY


def _read_pages(store: GraphStore, *, named_graphs: bool, page: int) -> Iterator[tuple[str, Any]]:
    """What a dump reads from the store, page by page, each page tagged with what it holds."""
    for type_name in [*ONTOLOGY.entity_types, "Article"]:
        for rows in store.iter_nodes(type_name, page):
            yield type_name, rows
    for facts in store.iter_facts(page):
        yield "facts", (facts, evidence_by_fact(store, facts) if named_graphs else {})
    if not named_graphs:  # the evidence of every fact, read once, in its own pages
        for rows in store.iter_evidence(page):
            yield "evidence", rows


def _page_text(lines: Lines, kind: str, content: Any, *, named_graphs: bool) -> str:
    """One page read by ``_read_pages`` as N-Triples, or N-Quads when each article has its graph."""
    if kind == "facts" and named_graphs:
        facts, by_fact = content
        return "".join(_fact_in_graphs(lines, fact, by_fact.get(fact["fact_id"], [])) for fact in facts)
    if kind == "facts":
        return statements([line for fact in content[0] for line in lines.of_fact(fact)])
    if kind == "evidence":
        return statements([line for ev in content for line in lines.of_evidence(ev)])
    if kind == "Article":
        return statements([line for row in content for line in lines.of_article(row["properties"])])
    return statements([line for row in content for line in lines.of_entity(kind, row["properties"])])


def _fact_in_graphs(lines: Lines, fact: dict[str, Any], evidence: list[dict[str, Any]]) -> str:
    """A fact in the graph of each article that supports it, with that article's evidence."""
    evidence = sorted(evidence, key=lambda e: (e["article"], e["start"]))
    quads = []
    for article in sorted({e["article"] for e in evidence}) or [None]:
        own = [e for e in evidence if e["article"] == article]
        graph = lines.article(article) if article else ""
        quads.append(statements(lines.of_cited_fact(fact, own), graph))
    return "".join(quads)


def dump_text(store: GraphStore, vocab: Vocabulary, *, named_graphs: bool, page: int = 2000) -> Iterator[str]:
    """The graph as N-Triples (or N-Quads, each article's facts in the article's graph), a page at a time.

    Each page is read in a thread while the one before it is written: the store's queries release the GIL.
    """
    lines = Lines(vocab)
    for kind, content in read_ahead(partial(_read_pages, store, named_graphs=named_graphs, page=page)):
        yield _page_text(lines, kind, content, named_graphs=named_graphs)
