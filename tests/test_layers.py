"""The packages import downward only: core (settings, errors) at the bottom imports nothing of the project,
and no package imports one above it. Imports are read with ast, so nothing is run."""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# Lowest first: a module may import its own layer and those below. kg.cli is the command line, above all.
LAYERS = [
    {"core"},
    {"schema"},
    {"queries"},
    {"graph"},
    {"loaders", "rdf"},
    {"kg"},
    {"api"},
    {"kg.cli"},
]


def _layer(module: str) -> int | None:
    """The layer of a module of the project (its longest named prefix), or None for another package."""
    for name in (module.rsplit(".", depth)[0] for depth in range(module.count(".") + 1)):
        for index in range(len(LAYERS) - 1, -1, -1):
            if name in LAYERS[index]:
                return index
    return None


def _imports() -> list[tuple[str, str]]:
    """Every (module, imported module) of the project's packages, the imports inside functions too."""
    found = []
    for top in sorted(set().union(*LAYERS)):
        if "." in top:
            continue
        for path in sorted((PROJECT / top).rglob("*.py")):
            module = ".".join(path.relative_to(PROJECT).with_suffix("").parts).removesuffix(".__init__")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found += [(module, alias.name) for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found += [(module, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _upward() -> set[tuple[str, str]]:
    out = set()
    for module, imported in _imports():
        below, above = _layer(module), _layer(imported)
        if below is not None and above is not None and above > below:
            out.add((module, imported))
    return out


def test_no_package_imports_one_above_it() -> None:
    upward = _upward()
    assert not upward, f"upward imports: {sorted(upward)}"


def test_core_imports_nothing_of_the_project() -> None:
    assert not [(m, i) for m, i in _imports() if m.startswith("core") and _layer(i) not in (None, 0)]
