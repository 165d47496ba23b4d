"""Named Cypher queries, one ``.cypher`` file each, loaded by name.

A query is written once, in Neo4j's Cypher. A store dialect may replace a query with
``queries/<dialect>/<name>.cypher`` where its Cypher differs. Queries take parameters only; nothing
of a caller is ever spliced into their text, only the conditions of queries/scope.py, generated from
the ontology, for a line ``//+ <part> [PREDICATE ...]``. Three words of a query are slots, filled from the
adapter's capabilities when it runs (see :class:`NamedQuery`):

- ``:Entity``: the label of every entity (LadybugDB has no second label, and names a table or the union);
- ``type(``: the function that names a relationship's type (LadybugDB calls it ``label``);
- ``SKIP $x`` and ``LIMIT $x``: a page's bounds (LadybugDB keeps only the top rows for a literal bound);
- ``//+ <part> ...``: a scope's conditions, left out of a statement whose parameters ask for no such bound
  (``.text`` keeps them all).

>>> q = load_query("entity", "neo4j")
>>> q.lookups
('id',)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from core.errors import NotFound
from queries.scope import PARTS, part_condition

_ROOT = resources.files("queries")
_ENTITY = ":Entity"
_TYPE = "type("
_PAGING = ("SKIP $", "LIMIT $")
_PART = "//+ "

#: The label for an entity slot, given the id the slot looks up (None: it looks none up, or it is no string).
EntityLabel = Callable[[Any], str]
#: The bound of a page as written in the statement, given the keyword, the parameter name and its value.
PageBound = Callable[[str, str, Any], str]


def _identifier(text: str) -> str:
    """The identifier ``text`` starts with."""
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[:end]


def _next_slot(text: str, start: int) -> tuple[int, str] | None:
    """The position and marker of the first slot at or after ``start``."""
    found = [(text.find(marker, start), marker) for marker in (_ENTITY, *_PAGING, _PART)]
    found = [(at, marker) for at, marker in found if at >= 0]
    return min(found) if found else None


@dataclass(frozen=True)
class NamedQuery:
    """A query file cut at its slots: ``parts[0] slot[0] parts[1] slot[1] ...``."""

    name: str
    text: str
    parts: tuple[str, ...]
    #: Each slot: ("entity", the parameter whose id it looks up, or ""), ("SKIP"/"LIMIT", the parameter) or
    #: ("part", its line: ``<part> [PREDICATE ...]``).
    slots: tuple[tuple[str, str], ...]

    @property
    def lookups(self) -> tuple[str, ...]:
        """The parameters whose ids an entity slot looks up (``(x:Entity {id: $p})``)."""
        return tuple(arg for kind, arg in self.slots if kind == "entity" and arg)

    def statement(self, params: dict[str, Any], entity: EntityLabel, bound: PageBound | None = None) -> str:
        """The statement with its slots filled for ``params``."""
        out = [self.parts[0]]
        for (kind, arg), part in zip(self.slots, self.parts[1:], strict=True):
            if kind == "entity":
                out.append(":" + entity(params.get(arg) if arg else None))
            elif kind == "part":
                out.append(part_condition(arg, params))
            else:
                value = params.get(arg)
                out.append(bound(kind, arg, value) if bound else f"{kind} ${arg}")
            out.append(part)
        return "".join(out)


def _compile(name: str, text: str, type_function: str) -> NamedQuery:
    """Cut ``text`` at its slots, with ``type_function`` for ``type(``."""
    pieces = text.split(_TYPE)
    for i in range(1, len(pieces)):  # a `type(` that ends a longer name (`subject_type(`) is no slot
        joined = pieces[i - 1][-1:].isalnum() or pieces[i - 1].endswith("_")
        pieces[i] = (_TYPE if joined else f"{type_function}(") + pieces[i]
    text = "".join(pieces)
    parts: list[str] = []
    slots: list[tuple[str, str]] = []
    start = 0
    while (hit := _next_slot(text, start)) is not None:
        at, marker = hit
        after = text[at + len(marker) :]
        if marker == _ENTITY:
            rest = after.lstrip()
            param = _identifier(rest[len("{id: $") :]) if rest.startswith("{id: $") else ""
            slots.append(("entity", param))
            end = at + len(marker)
        elif marker == _PART:
            line = after.split("\n", 1)[0]
            slots.append(("part", line.strip()))
            end = at + len(marker) + len(line) + 1
        else:
            param = _identifier(after)
            slots.append((marker.split()[0], param))
            end = at + len(marker) + len(param)
        parts.append(text[start:at])
        start = end
    parts.append(text[start:])
    return NamedQuery(name, _with_parts(text), tuple(parts), tuple(slots))


def query_names() -> list[str]:
    """The names of all named queries."""
    return sorted(p.name.removesuffix(".cypher") for p in _ROOT.iterdir() if p.name.endswith(".cypher"))


@cache
def load_query(name: str, dialect: str, type_function: str = "type") -> NamedQuery:
    """Query ``name`` for ``dialect`` (its own file, else the shared one), with the dialect's ``type_function``."""
    if name not in query_names():
        raise NotFound(f"no named query {name!r}")
    override = _ROOT.joinpath(dialect, f"{name}.cypher")
    source = override if override.is_file() else _ROOT.joinpath(f"{name}.cypher")
    return _compile(name, source.read_text(encoding="utf-8"), type_function)


def _with_parts(text: str) -> str:
    """``text`` with each ``//+ <part> [PREDICATE ...]`` line replaced by that part's conditions."""
    lines = []
    for line in text.splitlines(keepends=True):
        words = line.split()
        if words[:1] == ["//+"] and len(words) > 1:
            line = PARTS[words[1]](words[2:]) + "\n"
        lines.append(line)
    return "".join(lines)
