"""Value kinds: what a property or qualifier holds, and every form its values take.

Each kind owns its Python (and JSON) type, the column type of the embedded store, the form both stores
keep, how several sources' values sum up, and its RDF: the XSD datatype of its range and the literal of a
value. A kind is named in ``schema/ontology.yaml`` (``kind: date``) and is one object here.

>>> Kind.DATE.rdf("since", "2014-03")
[('since', '2014-03', 'gYearMonth')]
>>> Kind.VOTES.to_store({"for": 64, "against": 15})
[64, 15, 0]
>>> Kind.by_name("int_list").store_type
'INT64[]'
"""

from __future__ import annotations

from typing import Any, ClassVar

VOTE_KEYS = ("for", "against", "abstain")

#: One RDF value of a property: (property name, lexical form, XSD datatype or None for a plain string).
RdfValue = tuple[str, str, "str | None"]


class ValueKind:
    """A kind of value. Subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    #: The Python type of a value, as the API's JSON models declare it.
    json_type: ClassVar[Any] = str
    #: The column type in the embedded store (Neo4j needs none).
    store_type: ClassVar[str] = "STRING"
    #: The XSD datatype of the property's range in the OWL ontology; None: no single one.
    xsd: ClassVar[str | None] = "string"
    #: A value is an entity id, written in RDF as the entity's IRI.
    iri: ClassVar[bool] = False
    #: What the OWL ontology says of the property's values, where no range says it.
    comment: ClassVar[str | None] = None

    def __repr__(self) -> str:
        return f"Kind.{self.name.upper()}"

    def __str__(self) -> str:
        return self.name

    def to_store(self, value: Any) -> Any:
        """A Python value as both stores keep it (primitives and flat lists)."""
        return None if value is None else str(value)

    def from_store(self, value: Any) -> Any:
        """A stored value back in its Python (and JSON) form."""
        return value

    def summarize(self, values: list[Any]) -> Any:
        """One stored value from those of several sources, first source first: the first source's value."""
        return next((value for value in values if value is not None), None)

    def rdf_names(self, name: str) -> list[str]:
        """The property names a value of this kind is written with in RDF."""
        return [name]

    def rdf(self, name: str, value: Any) -> list[RdfValue]:
        """The RDF values of ``value`` (None: none)."""
        return [] if value is None else [(name, str(value), None)]

    def arrow_type(self) -> Any:
        """The Arrow type of the store's column (for bulk loads)."""
        import pyarrow as pa  # only writers need it (50 MB)

        scalar = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64()}
        base = self.store_type.removesuffix("[]")
        return pa.list_(scalar[base]) if self.store_type.endswith("[]") else scalar[base]


class Text(ValueKind):
    name = "text"


class EntityRef(ValueKind):
    """The id of an entity; an IRI in RDF."""

    name = "entity"
    xsd = None
    iri = True


class Count(ValueKind):
    """A whole number, such as troops or a character offset."""

    name = "int"
    json_type = int
    store_type = "INT64"
    xsd = "integer"

    def to_store(self, value: Any) -> Any:
        return None if value is None else int(value)

    def rdf(self, name: str, value: Any) -> list[RdfValue]:
        return [] if value is None else [(name, str(int(value)), "integer")]


class Number(ValueKind):
    """A real number, such as a confidence."""

    name = "float"
    json_type = float
    store_type = "DOUBLE"
    xsd = "double"

    def to_store(self, value: Any) -> Any:
        return None if value is None else float(value)

    def rdf(self, name: str, value: Any) -> list[RdfValue]:
        return [] if value is None else [(name, str(float(value)), "double")]


class Date(ValueKind):
    """An ISO 8601 date of day, month or year precision, kept as text."""

    name = "date"
    xsd = None
    comment = "An xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the source."
    _DATATYPES: ClassVar[dict[int, str]] = {10: "date", 7: "gYearMonth", 4: "gYear"}

    def rdf(self, name: str, value: Any) -> list[RdfValue]:
        if value is None:
            return []
        text = str(value)
        return [(name, text, self._DATATYPES.get(len(text)))]


class _List(ValueKind):
    """A list: several sources sum up to every item any of them gives, sorted, once each."""

    def from_store(self, value: Any) -> Any:
        return None if value is None else list(value)

    def summarize(self, values: list[Any]) -> Any:
        given = [value for value in values if value is not None]
        return sorted({item for value in given for item in value}) if given else None


class TextList(_List):
    name = "text_list"
    json_type = list[str]
    store_type = "STRING[]"

    def to_store(self, value: Any) -> Any:
        return None if value is None else [str(v) for v in value]

    def rdf(self, name: str, value: Any) -> list[RdfValue]:
        return [(name, str(v), None) for v in value or ()]


class IntList(_List):
    """A list of whole numbers, such as years."""

    name = "int_list"
    json_type = list[int]
    store_type = "INT64[]"
    xsd = "integer"

    def to_store(self, value: Any) -> Any:
        return None if value is None else [int(v) for v in value]

    def rdf(self, name: str, value: Any) -> list[RdfValue]:
        return [(name, str(int(v)), "integer") for v in value or ()]


class Votes(ValueKind):
    """A vote's counts for, against and abstaining; stored as three integers, three properties in RDF."""

    name = "votes"
    json_type = dict[str, int]
    store_type = "INT64[]"
    xsd = "integer"

    def to_store(self, value: Any) -> Any:
        return None if value is None else [int(value.get(k, 0) or 0) for k in VOTE_KEYS]

    def from_store(self, value: Any) -> Any:
        return None if value is None else dict(zip(VOTE_KEYS, value, strict=False))

    def rdf_names(self, name: str) -> list[str]:
        return [f"votes_{key}" for key in VOTE_KEYS]

    def rdf(self, name: str, value: Any) -> list[RdfValue]:
        if value is None:
            return []
        counts = [value.get(k) for k in VOTE_KEYS] if isinstance(value, dict) else list(value)
        return [
            (prop, str(int(n)), "integer")
            for prop, n in zip(self.rdf_names(name), counts, strict=False)
            if n is not None
        ]


class Kind:
    """The value kinds by name: ``Kind.DATE``, or ``Kind.by_name("date")`` for the ontology's names."""

    TEXT: ClassVar[ValueKind] = Text()
    INT: ClassVar[ValueKind] = Count()
    FLOAT: ClassVar[ValueKind] = Number()
    DATE: ClassVar[ValueKind] = Date()
    TEXT_LIST: ClassVar[ValueKind] = TextList()
    INT_LIST: ClassVar[ValueKind] = IntList()
    VOTES: ClassVar[ValueKind] = Votes()
    ENTITY: ClassVar[ValueKind] = EntityRef()
    ALL: ClassVar[tuple[ValueKind, ...]] = (TEXT, INT, FLOAT, DATE, TEXT_LIST, INT_LIST, VOTES, ENTITY)

    @classmethod
    def by_name(cls, name: str | ValueKind) -> ValueKind:
        """The kind the ontology names ``name`` (a kind is itself)."""
        if isinstance(name, ValueKind):
            return name
        for kind in cls.ALL:
            if kind.name == name:
                return kind
        raise ValueError(f"unknown kind {name!r}: one of {[k.name for k in cls.ALL]}")
