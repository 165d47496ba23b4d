"""Named Cypher queries, one ``.cypher`` file each, loaded by name.

A store dialect may override a query with ``queries/<dialect>/<name>.cypher`` where its
Cypher differs. Queries take parameters only; nothing is ever spliced into their text.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.errors import NotFound

_ROOT = resources.files("queries")


def query_names() -> list[str]:
    """The names of all named queries."""
    return sorted(p.name.removesuffix(".cypher") for p in _ROOT.iterdir() if p.name.endswith(".cypher"))


@cache
def load_query(name: str, dialect: str) -> str:
    """The text of query ``name`` for ``dialect``, falling back to the shared one."""
    if name not in query_names():
        raise NotFound(f"no named query {name!r}")
    override = _ROOT.joinpath(dialect, f"{name}.cypher")
    source = override if override.is_file() else _ROOT.joinpath(f"{name}.cypher")
    return source.read_text(encoding="utf-8")
