"""JSON-LD with one `@context`: the vocabulary's prefixes and a term for every class and property of the ontology.

The context is derived from the OWL ontology (itself generated from schema/): `"occupies": "kg:occupies"`,
`"Fact": "kg:Fact"`. Triples are written as they come, a node object for each run of triples with the same
subject, so a dump streams in bounded memory; JSON-LD merges node objects that share an `@id`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from rdf.ontology import ontology_triples
from rdf.vocab import OWL, RDF, XSD, Vocabulary

_DECLARED = {NamedNode(OWL + kind) for kind in ("Class", "ObjectProperty", "DatatypeProperty")}
_TYPE = NamedNode(RDF + "type")
_STRING = XSD + "string"


@lru_cache(maxsize=8)
def context(vocab: Vocabulary) -> dict[str, str]:
    """The prefixes, then a term for each class and property the ontology declares in the kg: namespace."""
    terms = sorted(
        str(t.subject.value).removeprefix(vocab.ns)
        for t in ontology_triples(vocab)
        if t.predicate == _TYPE and t.object in _DECLARED and t.subject.value.startswith(vocab.ns)
    )
    return {**vocab.prefixes, **{term: f"kg:{term}" for term in terms}}


class Compactor:
    """IRIs in their shortest form under :func:`context`: a term where the key or type is one, else a prefix."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.context = dict(context(vocab))
        terms = {vocab.ns + term: term for term in self.context if term not in vocab.prefixes}
        self._prefixes = sorted(vocab.prefixes.items(), key=lambda item: -len(item[1]))  # longest namespace first
        self.prefixed = lru_cache(maxsize=65536)(self._prefixed)  # bounded; a dump repeats its IRIs
        self.vocab_term = lru_cache(maxsize=4096)(lambda iri: terms.get(iri) or self.prefixed(iri))

    def _prefixed(self, iri: str) -> str:
        for prefix, namespace in self._prefixes:
            local = iri.removeprefix(namespace)
            if local != iri and local and not local.startswith("/"):
                return f"{prefix}:{local}"
        return iri

    def value(self, term: NamedNode | BlankNode | Literal) -> object:
        if isinstance(term, NamedNode):
            return {"@id": self.prefixed(term.value)}
        if isinstance(term, BlankNode):
            return {"@id": f"_:{term.value}"}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _STRING:
            return term.value
        return {"@value": term.value, "@type": self.prefixed(term.datatype.value)}

    def node(self, subject: NamedNode | BlankNode, triples: list[Triple]) -> dict[str, object]:
        node: dict[str, object] = {"@id": self.value(subject)["@id"]}  # type: ignore[index]
        for triple in triples:
            if triple.predicate == _TYPE and isinstance(triple.object, NamedNode):
                key, value = "@type", self.vocab_term(triple.object.value)
            else:
                key, value = self.vocab_term(triple.predicate.value), self.value(triple.object)
            node.setdefault(key, []).append(value)  # type: ignore[union-attr]
        return node


def jsonld_chunks(triples: Iterable[Triple], vocab: Vocabulary) -> Iterator[str]:
    """A JSON-LD document of ``triples``, `{"@context": ..., "@graph": [...]}`, in chunks as they are read."""
    compact = Compactor(vocab)
    yield '{"@context": ' + json.dumps(compact.context, indent=1) + ',\n"@graph": [\n'
    batch: list[str] = []  # written a thousand node objects at a time
    separator = ""
    run: list[Triple] = []
    for triple in chain(triples, [None]):
        if run and (triple is None or triple.subject != run[0].subject):
            batch.append(json.dumps(compact.node(run[0].subject, run), ensure_ascii=False))
            run = []
            if len(batch) == 1000:
                yield separator + ",\n".join(batch)
                separator, batch = ",\n", []
        if triple is not None:
            run.append(triple)
    yield (separator + ",\n".join(batch) if batch else "") + "\n]}\n"
