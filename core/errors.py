"""The project's error types. Adapters and loaders map foreign exceptions onto these."""

from __future__ import annotations


class KGError(Exception):
    """Root of every error the project raises on purpose."""


class SchemaError(KGError):
    """The ontology, or a record checked against it, is invalid."""


class StoreUnavailable(KGError):
    """The graph store cannot be reached, opened or authenticated against."""


class StoreLocked(StoreUnavailable):
    """The embedded store is held by another process."""


class QueryFailed(KGError):
    """A query was refused or failed inside the store."""


class KeyConflict(QueryFailed):
    """An insert met a key another writer stored first; merging the same rows resolves it."""


class ReadOnlyViolation(QueryFailed):
    """A query given as read-only tried to write, or to reach files or the network."""


class QueryTimeout(QueryFailed):
    """A query ran past its time limit and was stopped."""


class NotFound(KGError):
    """A named thing (entity, article, fact, query) does not exist."""


class BadInput(KGError):
    """Input that cannot be read or is not valid."""


class ExtractionFailed(KGError):
    """Extraction of one readable article failed; the other articles go on."""


class ModelRefused(KGError):
    """The language model is not installed, or its files differ from the sha256 the project records."""


class BadQuery(BadInput):
    """A query that cannot be parsed; the message says where (line and column)."""


class NotAcceptable(KGError):
    """No media type the resource offers matches the Accept header."""

    def __init__(self, offered: list[str]) -> None:
        super().__init__(f"acceptable types here: {', '.join(offered)}")
        self.offered = offered

    def __reduce__(self) -> tuple[type, tuple[list[str]]]:  # raised in a SPARQL worker, pickled back
        return (type(self), (self.offered,))


class NotSupported(BadInput):
    """Valid input asking for something this service does not do (a federated SPARQL query, say)."""
