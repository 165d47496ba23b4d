"""N-Triples terms are written by hand for speed; awkward text must still parse back exactly."""

from __future__ import annotations

import rdflib

from core.settings import DEFAULT_BASE_IRI
from rdf.lines import Lines
from rdf.vocab import Vocabulary

VOCAB = Vocabulary(DEFAULT_BASE_IRI)
AWKWARD = 'He said "leave" \\ now,\nthen\r\tpaused\x01 — Молдова 🇲🇩'


def test_awkward_text_and_ids_parse_back_exactly() -> None:
    props = {"id": 'Trans Dniester/"Pridnestrovie"#1', "name": AWKWARD, "aliases": ["a\\b", "ü"], "wikidata": "Q1"}
    lines = Lines(VOCAB).of_entity("Territory", props)
    graph = rdflib.Graph().parse(data="".join(f"{line} .\n" for line in lines), format="nt")
    node = rdflib.URIRef(VOCAB.entity(props["id"]))
    assert str(graph.value(node, rdflib.RDFS.label)) == AWKWARD
    assert {str(o) for o in graph.objects(node, rdflib.SKOS.altLabel)} == {"a\\b", "ü"}
    assert len(graph) == len(lines) == 5
