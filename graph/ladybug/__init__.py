"""The embedded backend: LadybugDB (connection, transactions, error mapping, bulk path, tables)."""

from graph.ladybug.store import LadybugStore

__all__ = ["LadybugStore"]
