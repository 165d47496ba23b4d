"""The OWL ontology and the SHACL shapes, both generated from schema/.

    .venv/bin/python -m rdf.ontology --write     # regenerate schema/ontology.ttl and schema/shapes.ttl

The committed files use the default base IRI; the API serves them for its configured base.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from core.settings import DEFAULT_BASE_IRI
from rdf.vocab import OA, OWL, PROV, RDF, RDFS, SCHEMA, SH, STANDARD_PROPERTIES, XSD, Vocabulary, iri, property_locals
from schema import MODALITIES, ONTOLOGY, POLARITIES, Kind, ValueKind

A = iri(RDF + "type")
LABEL = iri(RDFS + "label")
COMMENT = iri(RDFS + "comment")
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"

# Node types that are entities of the graph but also have a schema.org class.
SCHEMA_CLASSES = {"Claim": "Claim", "Article": "NewsArticle"}


def _label(name: str) -> str:
    return name.replace("_", " ").lower()


def _rdf_list(items: list[NamedNode | BlankNode | Literal], key: str) -> tuple[BlankNode, list[Triple]]:
    """An RDF collection with stable blank node names (so generated files do not churn)."""
    nodes = [BlankNode(f"{key}-{i}") for i in range(len(items))]
    triples = []
    for i, (node, item) in enumerate(zip(nodes, items, strict=True)):
        rest = nodes[i + 1] if i + 1 < len(nodes) else iri(RDF + "nil")
        triples += [Triple(node, iri(RDF + "first"), item), Triple(node, iri(RDF + "rest"), rest)]
    return nodes[0], triples


def ontology_triples(vocab: Vocabulary) -> Iterator[Triple]:
    """OWL: classes, object properties with domain and range, datatype properties, labels, comments."""
    onto = iri(vocab.ns.rstrip("#"))
    yield Triple(onto, A, iri(OWL + "Ontology"))
    yield Triple(onto, LABEL, Literal("Actors, territories and military deployments"))
    yield Triple(
        onto,
        COMMENT,
        Literal(
            "Generated from schema/ontology.yaml. Relations are direct triples; "
            "each is also a kg:Fact statement with qualifiers and provenance."
        ),
    )
    for node in ONTOLOGY.node_types:
        cls = vocab.term(node.name)
        yield from _declared(cls, "Class", _label(node.name), node.description)
        if node.name in SCHEMA_CLASSES:
            yield Triple(cls, iri(RDFS + "subClassOf"), iri(SCHEMA + SCHEMA_CLASSES[node.name]))
        if node.name == "Evidence":
            yield Triple(cls, iri(RDFS + "subClassOf"), iri(OA + "Annotation"))
    fact = vocab.term("Fact")
    yield from _declared(
        fact,
        "Class",
        "fact",
        "A relation as a statement: subject, predicate, object, qualifiers, "
        "polarity, modality, confidence, and the evidence it was derived from.",
    )
    yield Triple(fact, iri(RDFS + "subClassOf"), iri(RDF + "Statement"))
    for pred in ONTOLOGY.predicates:
        prop = vocab.predicate(pred.name)
        yield from _declared(prop, "ObjectProperty", _label(pred.name), pred.description)
        for relation, types in ((iri(RDFS + "domain"), pred.subject_types), (iri(RDFS + "range"), pred.object_types)):
            if len(types) == 1:
                yield Triple(prop, relation, vocab.term(types[0]))
                continue
            union = BlankNode(f"{pred.name.lower()}-{'domain' if 'domain' in relation.value else 'range'}")
            head, items = _rdf_list([vocab.term(t) for t in types], union.value + "-list")
            yield Triple(prop, relation, union)
            yield Triple(union, A, iri(OWL + "Class"))
            yield Triple(union, iri(OWL + "unionOf"), head)
            yield from items
    for local, (kind, domain) in sorted(data_properties().items()):
        prop = vocab.term(local)
        yield Triple(prop, A, iri(OWL + ("ObjectProperty" if kind.iri else "DatatypeProperty")))
        yield Triple(prop, LABEL, Literal(local))
        if domain:
            yield Triple(prop, iri(RDFS + "domain"), vocab.term(domain))
        if kind.comment:
            yield Triple(prop, COMMENT, Literal(kind.comment))
        if kind.xsd:
            yield Triple(prop, iri(RDFS + "range"), iri(XSD + kind.xsd))


def _declared(term: NamedNode, owl_type: str, label: str, comment: str) -> Iterator[Triple]:
    """An OWL class or property with its label and comment."""
    yield Triple(term, A, iri(OWL + owl_type))
    yield Triple(term, LABEL, Literal(label))
    yield Triple(term, COMMENT, Literal(comment))


def data_properties() -> dict[str, tuple[ValueKind, str | None]]:
    """Every kg: property the dumps write besides the relations: local name -> (kind, domain or None)."""
    found: dict[str, tuple[ValueKind, set[str]]] = {}

    def add(name: str, kind: ValueKind, domain: str) -> None:
        for local in property_locals(name, kind):
            found.setdefault(local, (kind, set()))[1].add(domain)

    for pred in ONTOLOGY.predicates:
        for q in pred.qualifiers:
            add(q.name, q.kind, "Fact")
            add(q.name, q.kind, "Evidence")  # each sentence keeps the qualifiers read from it
    for name, kind in (("confidence", Kind.FLOAT), ("polarity", Kind.TEXT), ("modality", Kind.TEXT)):
        add(name, kind, "Fact")
    for node in ONTOLOGY.node_types:
        if node.entity:
            for spec in node.properties:
                if spec.name not in STANDARD_PROPERTIES:
                    add(spec.name, spec.kind, node.name)
    return {
        local: (kind, next(iter(domains)) if len(domains) == 1 else None) for local, (kind, domains) in found.items()
    }


def shapes_triples(vocab: Vocabulary) -> Iterator[Triple]:
    """SHACL: what entities, facts, evidence, articles and claim reviews must look like."""
    sh = SH

    def node_shape(name: str, target: NamedNode, properties: list[list[tuple[str, object]]]) -> Iterator[Triple]:
        shape = vocab.term(f"{name}Shape")
        yield Triple(shape, A, iri(sh + "NodeShape"))
        yield Triple(shape, iri(sh + "targetClass"), target)
        for i, constraints in enumerate(properties):
            prop = BlankNode(f"{name.lower()}-property-{i}")
            yield Triple(shape, iri(sh + "property"), prop)
            for key, value in constraints:
                if isinstance(value, list):
                    head, items = _rdf_list(value, f"{name.lower()}-{i}-{key}")
                    yield Triple(prop, iri(sh + key), head)
                    yield from items
                else:
                    yield Triple(prop, iri(sh + key), value)  # type: ignore[arg-type]

    one = Literal(1)
    for entity_type in ONTOLOGY.entity_types:
        yield from node_shape(
            entity_type,
            vocab.term(entity_type),
            [
                [("path", LABEL), ("minCount", one), ("maxCount", one), ("datatype", iri(XSD + "string"))],
                [("path", iri(OWL + "sameAs")), ("nodeKind", iri(sh + "IRI"))],
            ],
        )
    yield from node_shape(
        "Fact",
        vocab.term("Fact"),
        [
            [("path", iri(RDF + "subject")), ("minCount", one), ("maxCount", one), ("nodeKind", iri(sh + "IRI"))],
            [
                ("path", iri(RDF + "predicate")),
                ("minCount", one),
                ("maxCount", one),
                ("in", [vocab.predicate(p) for p in ONTOLOGY.predicate_names]),
            ],
            [("path", iri(RDF + "object")), ("minCount", one), ("maxCount", one), ("nodeKind", iri(sh + "IRI"))],
            [
                ("path", vocab.term("polarity")),
                ("minCount", one),
                ("maxCount", one),
                ("in", [Literal(p) for p in POLARITIES]),
            ],
            [
                ("path", vocab.term("modality")),
                ("minCount", one),
                ("maxCount", one),
                ("in", [Literal(m) for m in MODALITIES]),
            ],
            [
                ("path", vocab.term("confidence")),
                ("maxCount", one),
                ("datatype", iri(XSD + "double")),
                ("minInclusive", Literal(0.0)),
                ("maxInclusive", Literal(1.0)),
            ],
            [("path", iri(PROV + "wasDerivedFrom")), ("minCount", one), ("class", iri(OA + "Annotation"))],
        ],
    )
    yield from node_shape(
        "Evidence",
        iri(OA + "Annotation"),
        [
            [("path", iri(OA + "hasTarget")), ("minCount", one), ("maxCount", one)],
        ],
    )
    yield from node_shape(
        "TextQuoteSelector",
        iri(OA + "TextQuoteSelector"),
        [
            [("path", iri(OA + "exact")), ("minCount", one), ("maxCount", one), ("datatype", iri(XSD + "string"))],
        ],
    )
    yield from node_shape(
        "TextPositionSelector",
        iri(OA + "TextPositionSelector"),
        [
            [("path", iri(OA + "start")), ("minCount", one), ("datatype", iri(XSD + "integer"))],
            [("path", iri(OA + "end")), ("minCount", one), ("datatype", iri(XSD + "integer"))],
        ],
    )
    yield from node_shape(
        "NewsArticle",
        iri(SCHEMA + "NewsArticle"),
        [
            [("path", iri(SCHEMA + "headline")), ("maxCount", one)],
        ],
    )
    yield from node_shape(
        "ClaimReview",
        iri(SCHEMA + "ClaimReview"),
        [
            [
                ("path", iri(SCHEMA + "itemReviewed")),
                ("minCount", one),
                ("maxCount", one),
                ("class", iri(SCHEMA + "Claim")),
            ],
            [
                ("path", iri(SCHEMA + "reviewRating")),
                ("minCount", one),
                ("maxCount", one),
                ("class", iri(SCHEMA + "Rating")),
            ],
        ],
    )
    yield from node_shape(
        "Rating",
        iri(SCHEMA + "Rating"),
        [
            [("path", iri(SCHEMA + "alternateName")), ("minCount", one), ("maxCount", one)],
        ],
    )
    # Each relation triple points from an entity of an allowed type to one of an allowed type.
    for pred in ONTOLOGY.predicates:
        shape = vocab.term(f"{property_name_cap(pred.name)}Shape")
        prop = BlankNode(f"{pred.name.lower()}-object")
        yield Triple(shape, A, iri(sh + "NodeShape"))
        yield Triple(shape, iri(sh + "targetSubjectsOf"), vocab.predicate(pred.name))
        yield Triple(shape, iri(sh + "property"), prop)
        yield Triple(prop, iri(sh + "path"), vocab.predicate(pred.name))
        alternatives = []
        for t in pred.object_types:
            alt = BlankNode(f"{pred.name.lower()}-object-{t.lower()}")
            alternatives.append(alt)
            yield Triple(alt, iri(sh + "class"), vocab.term(t))
        head, items = _rdf_list(alternatives, f"{pred.name.lower()}-object-or")
        yield Triple(prop, iri(sh + "or"), head)
        yield from items


def property_name_cap(predicate: str) -> str:
    return "".join(word.capitalize() for word in predicate.split("_"))


def turtle(triples: Iterator[Triple], vocab: Vocabulary) -> bytes:
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return serialize(ordered, format=RdfFormat.TURTLE, prefixes=vocab.prefixes)


def ontology_turtle(base: str = DEFAULT_BASE_IRI) -> bytes:
    vocab = Vocabulary(base)
    return turtle(ontology_triples(vocab), vocab)


def shapes_turtle(base: str = DEFAULT_BASE_IRI) -> bytes:
    vocab = Vocabulary(base)
    return turtle(shapes_triples(vocab), vocab)


def main() -> None:
    parser = argparse.ArgumentParser(description="Regenerate schema/ontology.ttl and schema/shapes.ttl")
    parser.add_argument("--write", action="store_true", help="write the files (default: only check them)")
    args = parser.parse_args()
    stale = []
    for path, content in (
        (SCHEMA_DIR / "ontology.ttl", ontology_turtle()),
        (SCHEMA_DIR / "shapes.ttl", shapes_turtle()),
    ):
        if args.write:
            path.write_bytes(content)
        elif not path.exists() or path.read_bytes() != content:
            stale.append(path.name)
    if stale:
        raise SystemExit(f"stale: {', '.join(stale)}; run python -m rdf.ontology --write")


if __name__ == "__main__":
    main()
