"""Namespaces and the IRIs of the project's resources.

Entity IRIs resolve against the running API by default (``KG_BASE_IRI``): an entity is
``{base}entities/{id}``, a fact ``{base}facts/{fact_id}``, the vocabulary ``{base}ontology#``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import NamedNode

from schema import ValueKind

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "http://schema.org/"
SH = "http://www.w3.org/ns/shacl#"
DCTERMS = "http://purl.org/dc/terms/"
VOID = "http://rdfs.org/ns/void#"
WD = "http://www.wikidata.org/entity/"


def iri(value: str) -> NamedNode:
    return NamedNode(value)


# Node properties written with standard vocabularies (or internal), not as kg: properties.
STANDARD_PROPERTIES = frozenset(
    {
        "id",
        "type",
        "name",
        "aliases",
        "wikidata",
        "search",
        "part_of",  # a gazetteer hint for queries; the asserted PART_OF facts are exported as relations
        "sha256",
        "title",
        "publisher",
        "published",
        "url",
        "text",
        "claimant",
        "verdict",
        "reviewed_by",
        "date",
    }
)


def camel(name: str) -> str:
    """A property name in lower camel case: reviewed_by -> reviewedBy."""
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


def property_locals(name: str, kind: ValueKind) -> list[str]:
    """The kg: local names a value of ``kind`` is written with (votes become three counts)."""
    return [camel(local) for local in kind.rdf_names(name)]


def property_name(predicate: str) -> str:
    """The RDF local name of a predicate: OCCUPIES -> occupies, DEPLOYED_IN -> deployedIn."""
    head, *rest = predicate.lower().split("_")
    return head + "".join(word.capitalize() for word in rest)


@dataclass(frozen=True)
class Vocabulary:
    """IRIs under one base."""

    base: str

    @property
    def ns(self) -> str:
        return f"{self.base}ontology#"

    @property
    def prefixes(self) -> dict[str, str]:
        return {
            "kg": self.ns,
            "rdf": RDF,
            "rdfs": RDFS,
            "owl": OWL,
            "xsd": XSD,
            "skos": SKOS,
            "prov": PROV,
            "oa": OA,
            "schema": SCHEMA,
            "sh": SH,
            "dcterms": DCTERMS,
            "wd": WD,
        }

    @lru_cache(maxsize=1024)  # noqa: B019 - a few hundred vocabulary terms, reused for every triple
    def term(self, local: str) -> NamedNode:
        return NamedNode(self.ns + local)

    def predicate(self, name: str) -> NamedNode:
        return self.term(property_name(name))

    # The resources' IRIs, as strings: the exporter writes them straight into N-Triples lines.
    def entity(self, entity_id: str) -> str:
        return f"{self.base}entities/{quote(entity_id, safe='')}"

    def fact(self, fact_id: str) -> str:
        return f"{self.base}facts/{fact_id}"

    def evidence(self, evidence_id: str) -> str:
        return f"{self.base}evidence/{evidence_id}"

    def article(self, article_id: str) -> str:
        return f"{self.base}articles/{quote(article_id, safe='')}"

    def publisher(self, name: str) -> str:
        """The IRI of an organization that publishes articles or reviews claims, by its name."""
        return f"{self.base}publishers/{quote(organization_key(name), safe='')}"


def organization_key(name: str) -> str:
    """The last segment of an organization's IRI: its name in lower case, spaces as hyphens."""
    return name.lower().replace(" ", "-")
