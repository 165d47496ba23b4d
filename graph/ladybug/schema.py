"""LadybugDB's tables, derived from the ontology: a node table per node type, a relation table per predicate
and link (LadybugDB needs each property's column type, which Neo4j does not)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from core.errors import SchemaError
from graph.statements import quoted, relation_properties
from graph.store import StoreSchema
from schema import ONTOLOGY

Read = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


def schema_statements() -> Iterator[str]:
    """CREATE ... IF NOT EXISTS for every table of the ontology."""
    for node in ONTOLOGY.node_types:
        columns = ", ".join(
            f"{quoted(p.name)} {p.kind.store_type}" + (" PRIMARY KEY" if p.name == "id" else "")
            for p in node.properties
        )
        yield f"CREATE NODE TABLE IF NOT EXISTS {node.name}({columns})"
    for link in ONTOLOGY.links:
        yield f"CREATE REL TABLE IF NOT EXISTS {link.name}({_pairs(link.from_types, link.to_types)})"
    for pred in ONTOLOGY.predicates:
        pairs = _pairs(pred.subject_types, pred.object_types)
        columns = ", ".join(f"{quoted(p.name)} {p.kind.store_type}" for p in relation_properties(pred.name))
        yield f"CREATE REL TABLE IF NOT EXISTS {pred.name}({pairs}, {columns})"


def upgrade_statements(read: Read, path: Path) -> Iterator[str]:
    """The columns a store made by an older ontology lacks, added to tables with no rows; SchemaError when such
    a table has rows (they would lack what the columns hold)."""
    tables = [(n.name, n.properties, f"MATCH (n:{n.name})") for n in ONTOLOGY.node_types]
    tables += [(p.name, relation_properties(p.name), f"MATCH ()-[n:{p.name}]->()") for p in ONTOLOGY.predicates]
    for table, properties, match in tables:
        have = {row["name"] for row in read(f"CALL table_info('{table}') RETURN name", {})}
        missing = [p for p in properties if p.name not in have]
        if missing and read(f"{match} RETURN n LIMIT 1", {}):
            raise SchemaError(
                f"{table} in {path} lacks {[p.name for p in missing]}: run `kg init --reset` "
                "(which empties the store) and load the articles again"
            )
        for spec in missing:
            yield f"ALTER TABLE {table} ADD {quoted(spec.name)} {spec.kind.store_type}"


def existing_schema(read: Read) -> StoreSchema:
    rows = read("CALL show_tables() RETURN name, type", {})
    return StoreSchema(
        node_types=frozenset(r["name"] for r in rows if r["type"] == "NODE"),
        relation_types=frozenset(r["name"] for r in rows if r["type"] == "REL"),
    )


def _pairs(from_types: Sequence[str], to_types: Sequence[str]) -> str:
    return ", ".join(f"FROM {s} TO {o}" for s in from_types for o in to_types)
