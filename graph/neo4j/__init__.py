"""The server backend: Neo4j (driver, transactions, error mapping, constraints)."""

from graph.neo4j.store import Neo4jStore

__all__ = ["Neo4jStore"]
