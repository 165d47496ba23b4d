"""The bulk path of LadybugDB: keys the store lacks go in with COPY from Arrow tables, and keys are looked up
from an Arrow table (LOAD FROM), three times faster than a list parameter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.statements import quoted
from schema import PropertySpec

Row = dict[str, Any]


def for_each_key(match: str) -> str:
    """``match`` run for each ``key`` of the Arrow table ``$keys``."""
    return f"LOAD FROM $keys {match}"


def key_table(keys: list[str]) -> Any:
    import pyarrow as pa  # only writers need it (50 MB), so readers such as `kg export` do not load it

    return pa.table({"key": pa.array(keys, pa.string())})


def copy_nodes(table: str, columns: Sequence[PropertySpec]) -> str:
    """COPY rows (``$rows``, an Arrow table) into a node table."""
    return f"COPY {_named(table, columns)} FROM $rows"


def copy_relations(table: str, from_type: str, to_type: str, columns: Sequence[PropertySpec]) -> str:
    """COPY rows (``$rows``, an Arrow table whose ``from`` and ``to`` are the ends' ids) into a relation table."""
    return f"COPY {_named(table, columns)} FROM $rows (from='{from_type}', to='{to_type}')"


def arrow(columns: Sequence[PropertySpec], rows: list[Row], *, ends: tuple[str, str] | None = None) -> Any:
    """Rows as an Arrow table with the store's columns in their declared order; ``ends``: first the ``from`` and
    ``to`` of a relation table, taken from these two keys of each row."""
    import pyarrow as pa

    arrays = {}
    if ends:
        arrays = {
            name: pa.array([r[key] for r in rows], pa.string()) for name, key in zip(("from", "to"), ends, strict=True)
        }
    if columns:  # converted in C, a missing key as null
        table = pa.Table.from_pylist(rows, schema=pa.schema([(c.name, c.kind.arrow_type()) for c in columns]))
        arrays.update(zip(table.column_names, table.columns, strict=True))
    return pa.table(arrays)


def _named(table: str, columns: Sequence[PropertySpec]) -> str:
    """A table with the columns a COPY fills, by name: a column added to an older store comes last in it."""
    return f"{table}({', '.join(quoted(c.name) for c in columns)})" if columns else table
