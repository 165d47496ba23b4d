"""The RDF model as N-Triples lines: the terms, and the lines of an entity, article, fact and evidence."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from rdf.vocab import (
    OA,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    STANDARD_PROPERTIES,
    WD,
    XSD,
    Vocabulary,
    camel,
    property_name,
)
from schema import ONTOLOGY, Kind, ValueKind


def ref(iri: str) -> str:
    """An IRI as an N-Triples term."""
    return f"<{iri}>"


def text(value: Any) -> str:
    """A plain string literal as an N-Triples term (JSON's string escapes are N-Triples' escapes)."""
    return encode_basestring(str(value))


def typed(lexical: Any, datatype: str) -> str:
    """A literal of an XSD datatype (its lexical form needs no escaping)."""
    return f'"{lexical}"^^<{XSD}{datatype}>'


def date_literal(value: str) -> str:
    """ISO dates keep their precision: xsd:date, xsd:gYearMonth or xsd:gYear (the date kind's literal)."""
    ((_, lexical, datatype),) = Kind.DATE.rdf("date", value)
    return typed(lexical, datatype) if datatype else text(lexical)


A = ref(RDF + "type")
# Constant terms, built once: a dump writes millions of triples with them.
LABEL, ALT_LABEL, SAME_AS = ref(RDFS + "label"), ref(SKOS + "altLabel"), ref(OWL + "sameAs")
STATEMENT, SUBJECT, PREDICATE, OBJECT = (ref(RDF + x) for x in ("Statement", "subject", "predicate", "object"))
DERIVED_FROM = ref(PROV + "wasDerivedFrom")
ANNOTATION, HAS_BODY, HAS_TARGET, HAS_SOURCE, HAS_SELECTOR = (
    ref(OA + x) for x in ("Annotation", "hasBody", "hasTarget", "hasSource", "hasSelector")
)
QUOTE_SELECTOR, POSITION_SELECTOR, EXACT, START, END = (
    ref(OA + x) for x in ("TextQuoteSelector", "TextPositionSelector", "exact", "start", "end")
)
S = {
    local: ref(SCHEMA + local)
    for local in (
        "Claim",
        "ClaimReview",
        "Rating",
        "Organization",
        "NewsArticle",
        "text",
        "author",
        "dateCreated",
        "itemReviewed",
        "reviewRating",
        "alternateName",
        "name",
        "headline",
        "datePublished",
        "url",
        "publisher",
    )
}


class Lines:
    """The RDF model as N-Triples lines (subject, predicate, object; no final dot), under one vocabulary.

    The vocabulary's terms are made once: a dump writes millions of lines with them.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.term = lru_cache(maxsize=1024)(lambda local: ref(vocab.ns + local))
        self.entity = lru_cache(maxsize=65536)(lambda entity_id: ref(vocab.entity(entity_id)))  # bounded
        self.article = lru_cache(maxsize=4096)(lambda article_id: ref(vocab.article(article_id)))
        self.fact_type, self.evidence_type = self.term("Fact"), self.term("Evidence")
        self.polarity, self.modality = self.term("polarity"), self.term("modality")
        self.confidence = self.term("confidence")
        self.predicates = {pred.name: self.term(property_name(pred.name)) for pred in ONTOLOGY.predicates}

    def values(self, name: str, kind: ValueKind, value: Any) -> list[tuple[str, str]]:
        """The (property, value) pairs of one qualifier or node property, typed by its kind."""
        if kind.iri:
            return [(self.term(camel(prop)), self.entity(lexical)) for prop, lexical, _ in kind.rdf(name, value)]
        return [
            (self.term(camel(prop)), typed(lexical, datatype) if datatype else text(lexical))
            for prop, lexical, datatype in kind.rdf(name, value)
        ]

    def of_entity(self, type_name: str, props: dict[str, Any]) -> list[str]:
        node = self.entity(props["id"])
        lines = [f"{node} {A} {self.term(type_name)}"]
        if props.get("name"):
            lines.append(f"{node} {LABEL} {text(props['name'])}")
        lines += [f"{node} {ALT_LABEL} {text(alias)}" for alias in props.get("aliases") or []]
        if props.get("wikidata"):
            lines.append(f"{node} {SAME_AS} {ref(WD + props['wikidata'])}")
        for spec in ONTOLOGY.node_type(type_name).properties:
            if spec.name not in STANDARD_PROPERTIES:
                lines += [f"{node} {p} {o}" for p, o in self.values(spec.name, spec.kind, props.get(spec.name))]
        if type_name == "Claim":
            lines += self.of_claim(node, props)
        return lines

    def of_claim(self, claim: str, props: dict[str, Any]) -> list[str]:
        """schema:Claim, and a schema:ClaimReview with its rating where a verdict is known."""
        lines = [f"{claim} {A} {S['Claim']}"]
        written = [("text", "text", text), ("claimant", "author", self.entity), ("date", "dateCreated", date_literal)]
        lines += _present(claim, props, written)
        if not props.get("verdict"):
            return lines
        review, rating = claim[:-1] + "#review>", claim[:-1] + "#rating>"
        lines += [
            f"{review} {A} {S['ClaimReview']}",
            f"{review} {S['itemReviewed']} {claim}",
            f"{review} {S['reviewRating']} {rating}",
            f"{rating} {A} {S['Rating']}",
            f"{rating} {S['alternateName']} {text(props['verdict'])}",
        ]
        if props.get("reviewed_by"):
            lines += self.of_organization(review, S["author"], props["reviewed_by"])
        return lines

    def of_organization(self, subject: str, prop: str, name: str) -> list[str]:
        return [f"{subject} {prop} {ref(self.vocab.publisher(name))}", *self.organization(name)]

    def organization(self, name: str) -> list[str]:
        org = ref(self.vocab.publisher(name))
        return [f"{org} {A} {S['Organization']}", f"{org} {S['name']} {text(name)}"]

    def of_article(self, props: dict[str, Any]) -> list[str]:
        node = self.article(props["id"])
        lines = [f"{node} {A} {S['NewsArticle']}", f"{node} {A} {self.term('Article')}"]
        published = ("published", "datePublished", lambda day: date_literal(str(day)[:10]))
        lines += _present(node, props, [("title", "headline", text), published, ("url", "url", text)])
        if props.get("publisher"):
            lines += self.of_organization(node, S["publisher"], props["publisher"])
        return lines

    def of_fact(self, fact: dict[str, Any]) -> list[str]:
        """The direct triple (when affirmed and asserted) and the statement with its qualifiers.

        ``fact`` is a row of ``GraphStore.iter_facts``: predicate, subject_id, object_id and the stored properties.
        """
        subject, obj = self.entity(fact["subject_id"]), self.entity(fact["object_id"])
        prop = self.predicates[fact["predicate"]]
        node = ref(self.vocab.fact(fact["fact_id"]))
        polarity, modality = fact["polarity"], fact["modality"]
        lines = [f"{subject} {prop} {obj}"] if polarity == "affirmed" and modality == "asserted" else []
        lines += [
            f"{node} {A} {self.fact_type}",
            f"{node} {A} {STATEMENT}",
            f"{node} {SUBJECT} {subject}",
            f"{node} {PREDICATE} {prop}",
            f"{node} {OBJECT} {obj}",
            f"{node} {self.polarity} {text(polarity)}",
            f"{node} {self.modality} {text(modality)}",
        ]
        if fact.get("confidence") is not None:
            lines.append(f"{node} {self.confidence} {typed(float(fact['confidence']), 'double')}")
        for q in ONTOLOGY.predicate(fact["predicate"]).qualifiers:
            lines += [f"{node} {p} {o}" for p, o in self.values(q.name, q.kind, fact.get(q.name))]
        return lines

    def of_evidence(self, ev: dict[str, Any]) -> list[str]:
        """One supporting sentence: the statement derived from it, and its annotation with both selectors and
        the qualifiers read from this sentence."""
        node = ref(self.vocab.fact(ev["fact_id"]))
        iri = self.vocab.evidence(ev["id"])
        annotation, target, quote, position = (ref(iri + part) for part in ("", "#target", "#quote", "#position"))
        qualifiers = [
            f"{annotation} {p} {o}"
            for q in ONTOLOGY.qualifiers.values()
            for p, o in self.values(q.name, q.kind, ev.get(q.name))
        ]
        return qualifiers + [
            f"{node} {DERIVED_FROM} {annotation}",
            f"{annotation} {A} {ANNOTATION}",
            f"{annotation} {A} {self.evidence_type}",
            f"{annotation} {HAS_BODY} {node}",
            f"{annotation} {HAS_TARGET} {target}",
            f"{target} {HAS_SOURCE} {self.article(ev['article'])}",
            f"{target} {HAS_SELECTOR} {quote}",
            f"{target} {HAS_SELECTOR} {position}",
            f"{quote} {A} {QUOTE_SELECTOR}",
            f"{quote} {EXACT} {text(ev['text'])}",
            f"{position} {A} {POSITION_SELECTOR}",
            f"{position} {START} {typed(int(ev['start']), 'integer')}",
            f"{position} {END} {typed(int(ev['end']), 'integer')}",
        ]

    def of_cited_fact(self, fact: dict[str, Any], evidence: list[dict[str, Any]]) -> list[str]:
        """A fact's lines and those of its evidence."""
        return self.of_fact(fact) + [line for ev in evidence for line in self.of_evidence(ev)]


def _present(node: str, props: dict[str, Any], fields: list[tuple[str, str, Callable[[Any], str]]]) -> list[str]:
    """Lines for the properties ``node`` has: (property key, schema: term, how its value is written)."""
    return [f"{node} {S[local]} {write(props[key])}" for key, local, write in fields if props.get(key)]


def statements(lines: list[str], graph: str = "") -> str:
    """Lines as N-Triples, or as N-Quads in ``graph``."""
    end = f" {graph} .\n" if graph else " .\n"
    return end.join(lines) + end if lines else ""
