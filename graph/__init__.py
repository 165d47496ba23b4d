"""The GraphStore interface and its two adapters, chosen by one factory."""

from __future__ import annotations

from pathlib import Path

from core.settings import Settings
from graph.archive import ArchiveImporter
from graph.store import GraphStore, RetractSummary, StoreSchema, WriteSummary


def open_store(settings: Settings, *, read_only: bool = False) -> GraphStore:
    """Open the store the settings select: the embedded one by default, or Neo4j."""
    store = _open(settings, read_only)
    store.query_timeout = settings.query_timeout_s
    if settings.write_batch:
        store.batch_size = settings.write_batch
    return store


def _open(settings: Settings, read_only: bool) -> GraphStore:
    if settings.store == "neo4j":
        from graph.neo4j import Neo4jStore

        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            settings.neo4j_database,
            retry_seconds=settings.neo4j_retry_s,
            reader=(settings.neo4j_read_user, settings.neo4j_read_password.get_secret_value())
            if settings.neo4j_read_user
            else None,
        )
    from graph.ladybug import LadybugStore

    return LadybugStore(settings.embedded_path, read_only=read_only, buffer_mb=settings.embedded_buffer_mb)


def archive_importer(settings: Settings, files: Path | None = None) -> ArchiveImporter:
    """The bulk path of the store the settings select, for an archive into a new or empty store: COPY on the
    embedded store, `neo4j-admin database import` on Neo4j (``files``: where its CSV files are written)."""
    if settings.store == "neo4j":
        import shlex

        from graph.neo4j.admin_import import AdminImport

        return AdminImport(shlex.split(settings.neo4j_admin), settings.neo4j_database, files)
    from graph.ladybug.archive_import import CopyImport

    return CopyImport(settings.embedded_path)


__all__ = [
    "ArchiveImporter",
    "archive_importer",
    "GraphStore",
    "RetractSummary",
    "StoreSchema",
    "WriteSummary",
    "open_store",
]
