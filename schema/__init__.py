"""The ontology, loaded from ``schema/ontology.yaml`` into frozen, validated objects.

Everything that depends on the ontology (store tables, constraints, RDF, API models)
reads it from here, so adding a predicate is one edit in the YAML file.

>>> ONTOLOGY.predicate("OCCUPIES").subject_types
('State', 'Organization', 'Person', 'Territory')
"""

from __future__ import annotations

from functools import cache, cached_property
from importlib import resources
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PlainValidator

from core.errors import SchemaError
from schema.kinds import VOTE_KEYS, Kind, ValueKind

__all__ = ["VOTE_KEYS", "Kind", "ValueKind"]  # and the ontology's types below


#: A kind as a field: named in the YAML (``kind: date``), one :class:`ValueKind` object in Python.
KindField = Annotated[ValueKind, PlainValidator(Kind.by_name), PlainSerializer(str, return_type=str)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PropertySpec(_Frozen):
    """A node property or a relation qualifier."""

    name: str = ""
    kind: KindField
    description: str = ""
    indexed: bool = False
    key: bool = Field(default=False, description="part of the fact id (qualifiers only)")


class NodeType(_Frozen):
    """A node type: an entity type, or a structural one (Article, Evidence)."""

    name: str
    entity: bool
    description: str
    properties: tuple[PropertySpec, ...]

    @cached_property
    def property_map(self) -> dict[str, PropertySpec]:
        return {p.name: p for p in self.properties}


class Predicate(_Frozen):
    """A relation type with the node types it connects and its qualifiers."""

    name: str
    description: str
    subject_types: tuple[str, ...]
    object_types: tuple[str, ...]
    qualifiers: tuple[PropertySpec, ...]
    # Predicates that a fact of this one implies between the same two (the extractor infers them).
    implies: tuple[str, ...] = ()

    @cached_property
    def qualifier_map(self) -> dict[str, PropertySpec]:
        return {q.name: q for q in self.qualifiers}

    @property
    def key_qualifiers(self) -> tuple[str, ...]:
        return tuple(q.name for q in self.qualifiers if q.key)

    def connects(self, subject_type: str, object_type: str) -> bool:
        return subject_type in self.subject_types and object_type in self.object_types


class Link(_Frozen):
    """A structural edge that is not a fact (e.g. evidence cited in an article)."""

    name: str
    from_types: tuple[str, ...]
    to_types: tuple[str, ...]


# Properties every relation carries, whatever its predicate.
RELATION_PROPERTIES: tuple[PropertySpec, ...] = (
    PropertySpec(name="fact_id", kind=Kind.TEXT, indexed=True),
    PropertySpec(name="polarity", kind=Kind.TEXT),
    PropertySpec(name="modality", kind=Kind.TEXT),
    PropertySpec(name="confidence", kind=Kind.FLOAT),
    PropertySpec(name="evidence_ids", kind=Kind.TEXT_LIST),
)

POLARITIES = ("affirmed", "negated")
MODALITIES = ("asserted", "planned", "conditional", "hypothetical")


class Ontology(_Frozen):
    """The whole ontology: node types, predicates and structural links."""

    node_types: tuple[NodeType, ...]
    predicates: tuple[Predicate, ...]
    links: tuple[Link, ...]

    @cached_property
    def _nodes(self) -> dict[str, NodeType]:
        return {n.name: n for n in self.node_types}

    @cached_property
    def _predicates(self) -> dict[str, Predicate]:
        return {p.name: p for p in self.predicates}

    @property
    def entity_types(self) -> tuple[str, ...]:
        return tuple(n.name for n in self.node_types if n.entity)

    @property
    def predicate_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.predicates)

    def node_type(self, name: str) -> NodeType:
        try:
            return self._nodes[name]
        except KeyError:
            raise SchemaError(f"unknown node type {name!r}") from None

    def predicate(self, name: str) -> Predicate:
        try:
            return self._predicates[name]
        except KeyError:
            raise SchemaError(f"unknown predicate {name!r}") from None

    def has_predicate(self, name: str) -> bool:
        return name in self._predicates

    @cached_property
    def qualifiers(self) -> dict[str, PropertySpec]:
        """Every predicate's qualifiers by name (a name has one kind whatever the predicate)."""
        return _qualifier_union(self.predicates)


def _expand(names: list[str], groups: dict[str, list[str]], known: set[str], where: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        for member in groups.get(name, [name]):
            if member not in known:
                raise SchemaError(f"{where}: unknown node type {member!r}")
            if member not in out:
                out.append(member)
    return tuple(out)


def _props(raw: dict[str, Any] | None, where: str) -> tuple[PropertySpec, ...]:
    try:
        return tuple(PropertySpec(name=name, **spec) for name, spec in (raw or {}).items())
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{where}: {exc}") from None


def _qualifier_union(predicates: list[Predicate] | tuple[Predicate, ...]) -> dict[str, PropertySpec]:
    """The qualifiers of all ``predicates`` by name, as plain properties; SchemaError if a name has two kinds."""
    union: dict[str, PropertySpec] = {}
    for pred in predicates:
        for q in pred.qualifiers:
            known = union.setdefault(q.name, PropertySpec(name=q.name, kind=q.kind, description=q.description))
            if known.kind is not q.kind:
                raise SchemaError(f"qualifier {q.name!r} is {known.kind} and, in {pred.name}, {q.kind}")
    return union


def parse_ontology(doc: dict[str, Any]) -> Ontology:
    """Build an :class:`Ontology` from the YAML document, failing fast on bad references."""
    groups: dict[str, list[str]] = doc.get("groups") or {}
    shared = _props(doc.get("entity_properties"), "entity_properties")
    node_specs: dict[str, dict[str, Any]] = doc.get("node_types") or {}
    known = set(node_specs)
    predicates = [
        Predicate(
            name=name,
            description=spec.get("description", ""),
            subject_types=_expand(spec["from"], groups, known, f"predicate {name}"),
            object_types=_expand(spec["to"], groups, known, f"predicate {name}"),
            qualifiers=_props(spec.get("qualifiers"), f"predicate {name}"),
            implies=tuple(spec.get("implies") or ()),
        )
        for name, spec in (doc.get("predicates") or {}).items()
    ]
    predicate_names = {p.name for p in predicates}
    for pred in predicates:
        for implied in pred.implies:
            if implied not in predicate_names:
                raise SchemaError(f"predicate {pred.name} implies an unknown predicate {implied}")
    qualifiers = tuple(_qualifier_union(predicates).values())
    nodes = []
    for name, spec in node_specs.items():
        entity = bool(spec.get("entity"))
        own = _props(spec.get("properties"), f"node type {name}")
        # A node type with `qualifiers: true` (evidence) also has every predicate's qualifiers.
        carried = qualifiers if spec.get("qualifiers") else ()
        properties = (PropertySpec(name="id", kind=Kind.TEXT),) + (shared if entity else ()) + own + carried
        names = [p.name for p in properties]
        if len(set(names)) < len(names):
            raise SchemaError(f"node type {name}: a property is declared twice in {names}")
        nodes.append(NodeType(name=name, entity=entity, description=spec.get("description", ""), properties=properties))
    links = [
        Link(
            name=name,
            from_types=_expand(spec["from"], groups, known, f"link {name}"),
            to_types=_expand(spec["to"], groups, known, f"link {name}"),
        )
        for name, spec in (doc.get("links") or {}).items()
    ]
    return Ontology(node_types=tuple(nodes), predicates=tuple(predicates), links=tuple(links))


def load_ontology() -> Ontology:
    text = resources.files("schema").joinpath("ontology.yaml").read_text(encoding="utf-8")
    return parse_ontology(yaml.safe_load(text))


ONTOLOGY: Ontology = load_ontology()


class PredicateWords(_Frozen):
    """The English of one predicate: the phrases that name it, and a question about each end."""

    phrases: tuple[str, ...] = ()
    negated: tuple[str, ...] = Field(default=(), description="phrases that name the predicate denied")
    weak: tuple[str, ...] = Field(default=(), description="phrases that count only when no other phrase matches")
    agents: tuple[str, ...] = Field(default=(), description="nouns for the subject, whose names are objects")
    inverse: tuple[str, ...] = Field(default=(), description="phrases whose grammatical subject is the object")
    asked: tuple[str, ...] = Field(default=(), description="nouns that name it only as the thing asked for")
    also: tuple[str, ...] = Field(default=(), description="predicates whose facts answer the same questions")
    said: bool = Field(default=False, description="its object is a statement: names after it are what was said about")
    refusal: bool = Field(default=False, description="its phrases refuse: a refusal word before them negates nothing")
    of_forces: bool = Field(default=False, description="about troops: a follow-up's 'they' are the actor's troops")
    who: str | None = Field(default=None, description="a question about the subject; {object} is a name")
    what: str | None = Field(default=None, description="a question about the object; {subject} is a name")


class Lexicon(_Frozen):
    """The English of the ontology, from ``schema/phrases.yaml``: what the question reader knows."""

    predicates: dict[str, PredicateWords]
    entity_types: dict[str, tuple[str, ...]]
    forces: tuple[str, ...]
    uninvited: tuple[str, ...]
    connections: tuple[str, ...]
    counts: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    words: dict[str, tuple[str, ...]] = {}
    regions: dict[str, tuple[str, ...]] = {}

    def word_set(self, name: str) -> tuple[str, ...]:
        """The words a phrase's ``$name`` stands for: a set of ``words``, or the ``forces`` nouns."""
        return self.forces if name == "forces" else self.words[name]

    def phrase_texts(self) -> list[str]:
        """Every phrase the lexicon declares, as written."""
        texts = [
            p
            for w in self.predicates.values()
            for p in (*w.phrases, *w.negated, *w.weak, *w.agents, *w.inverse, *w.asked)
        ]
        return texts + [*self.uninvited, *self.connections, *self.counts]


def parse_lexicon(doc: dict[str, Any], ontology: Ontology) -> Lexicon:
    """Build the lexicon, failing fast on a predicate or type the ontology lacks."""
    try:
        lexicon = Lexicon(**doc)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"phrases.yaml: {exc}") from None
    named = set(lexicon.predicates) | {p for w in lexicon.predicates.values() for p in w.also}
    unknown = sorted(named - set(ontology.predicate_names))
    unknown += sorted(set(lexicon.entity_types) - set(ontology.entity_types))
    if unknown:
        raise SchemaError(f"phrases.yaml: unknown predicate or type {unknown}")
    sets = {"forces", *lexicon.words}
    refs = {w[1:] for p in lexicon.phrase_texts() for part in p.split() for w in part.split("/") if w[:1] == "$"}
    if refs - sets:
        raise SchemaError(f"phrases.yaml: unknown word sets {sorted('$' + r for r in refs - sets)}")
    return lexicon


@cache
def lexicon() -> Lexicon:
    text = resources.files("schema").joinpath("phrases.yaml").read_text(encoding="utf-8")
    return parse_lexicon(yaml.safe_load(text), ONTOLOGY)
