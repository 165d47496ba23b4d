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


class NotFound(KGError):
    """A named thing (entity, article, fact, query) does not exist."""


class BadInput(KGError):
    """Input that cannot be read or is not valid."""


class ExtractionFailed(KGError):
    """Extraction of one readable article failed; the other articles go on."""
