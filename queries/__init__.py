"""Named Cypher queries, one ``.cypher`` file each, loaded by name.

A store dialect may override a query with ``queries/<dialect>/<name>.cypher`` where its
Cypher differs. Queries take parameters only; nothing is ever spliced into their text but
the conditions of queries/scope.py, generated from the ontology: a line ``//+ <part> [PREDICATE ...]``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kg.errors import NotFound
from queries.scope import PARTS

_ROOT = resources.files("queries")
_PART = re.compile(r"^\s*//\+ (\w+)((?: \w+)*)\s*$", re.M)


def query_names() -> list[str]:
    """The names of all named queries."""
    return sorted(p.name.removesuffix(".cypher") for p in _ROOT.iterdir() if p.name.endswith(".cypher"))


@cache
def load_query(name: str, dialect: str) -> str:
    """The text of query ``name`` for ``dialect``, falling back to the shared one, with its parts in."""
    if name not in query_names():
        raise NotFound(f"no named query {name!r}")
    override = _ROOT.joinpath(dialect, f"{name}.cypher")
    source = override if override.is_file() else _ROOT.joinpath(f"{name}.cypher")
    return _PART.sub(_part_text, source.read_text(encoding="utf-8"))


def _part_text(match: re.Match[str]) -> str:
    return PARTS[match.group(1)](match.group(2).split())
