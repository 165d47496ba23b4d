"""Which facts a list keeps: those concerning a territory, and those whose event falls in a period.

The queries that take a scope include queries/parts/in_territory.cypher and in_period.cypher;
:meth:`Scope.params` gives their parameters, the territory resolved from an id or a name to it and its parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.errors import NotFound
from kg.names import NameIndex
from kg.words import surface_key

#: The parameters of no scope: every fact.
EVERYWHERE: dict[str, Any] = {
    "territory": "",
    "territories": [""],  # never empty: LadybugDB cannot type an empty list parameter
    "since": "",
    "until": "",
    "since_year": 0,
    "until_year": 9999,
}


@dataclass(frozen=True)
class Scope:
    """A territory (entity id or name) and a period (ISO dates, year or month precision allowed)."""

    territory: str | None = None
    since: str | None = None
    until: str | None = None

    def params(self, names: Callable[[], NameIndex]) -> dict[str, Any]:
        """The query parameters of this scope; NotFound for a territory no name or id stands for. The graph's
        names are read (``names()``) only when a territory is given."""
        out = dict(EVERYWHERE)
        if self.territory:
            index = names()
            found = territory_ids(self.territory, index)
            out["territory"] = found[0]
            out["territories"] = [*found, *sorted(i for i, e in index.entities.items() if e.part_of in found)]
        if self.since:
            out["since"], out["since_year"] = self.since, int(self.since[:4])
        if self.until:
            out["until"], out["until_year"] = self.until, int(self.until[:4])
        return out


def territory_ids(given: str, index: NameIndex) -> list[str]:
    """The entity an id or a name stands for (one the graph holds, if any), or the states of a region's name
    ("Central Asia", schema/phrases.yaml)."""
    if given in index.entities:
        return [given]
    ids, kind = index.senses(surface_key(given))
    if not ids:
        raise NotFound(f"no territory {given!r}: give an entity id or a name the graph knows")
    return list(ids) if kind == "region" else [ids[0]]
