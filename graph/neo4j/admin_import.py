"""Neo4j's offline bulk path: an archive's rows as CSV files, imported by `neo4j-admin database import full`.

For a new database and a large archive; the server must be stopped. neo4j-admin refuses a database that
exists unless ``replace`` is given, which replaces it whole.
Constraints and indexes are created when the server is up again (``kg init``), from the imported data.

    AdminImport(["neo4j-admin"], "neo4j", Path("import/")).run(plan_archive(articles, entities, relations))

Each file has a typed header (``id:ID(Entity)``, ``aliases:string[]``, ``:START_ID(Entity)``); entities share
one id space, as the ``Entity`` label's constraint does. An empty field is no property, as a None is to an
upsert; every string is quoted, so an empty string stays one.
"""

from __future__ import annotations

import shlex
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import BadInput, StoreUnavailable
from graph.archive import ArchiveImporter, ArchivePlan
from graph.rows import Row
from graph.statements import relation_properties
from schema import ONTOLOGY, PropertySpec

ENTITY_LABEL = "Entity"
#: Between the items of a list value: a control character that no text of an article holds.
ARRAY_DELIMITER = "\x1f"
# The header type of each store type (a string is the default, and needs none).
_HEADER_TYPES = {"STRING": "", "INT64": ":long", "DOUBLE": ":double", "STRING[]": ":string[]", "INT64[]": ":long[]"}


class AdminImport(ArchiveImporter):
    """`neo4j-admin database import full` of CSV files written in ``directory`` (for a run, a temporary one if None).

    ``admin`` is the neo4j-admin command line, e.g. ``["neo4j-admin"]`` or ``["scripts/neo4j-server", "admin"]``.
    """

    def __init__(self, admin: Sequence[str], database: str, directory: Path | None = None) -> None:
        self.admin, self.database, self.directory = list(admin), database, directory

    def check_prepare(self) -> None:
        if self.directory is None:
            raise BadInput("the import files need a directory (--csv-dir)")

    def run(self, plan: ArchivePlan, *, replace: bool = False) -> str:
        if self.directory is not None:
            run_import(self.admin, self.database, write_import_files(plan, self.directory), replace=replace)
        else:
            with tempfile.TemporaryDirectory(prefix="kg-import-") as directory:
                run_import(self.admin, self.database, write_import_files(plan, Path(directory)), replace=replace)
        return f"imported {plan.describe()} into {self.database}; start the server and run `kg init`"

    def prepare(self, plan: ArchivePlan, *, replace: bool = False) -> str:
        self.check_prepare()
        assert self.directory is not None
        files = write_import_files(plan, self.directory)
        return shlex.join(import_command(self.admin, self.database, files, replace=replace))


@dataclass
class ImportFiles:
    """The files of one import, in ``directory``: ``(labels or type, path)`` for nodes and for relationships."""

    directory: Path
    nodes: list[tuple[str, Path]] = field(default_factory=list)
    relationships: list[tuple[str, Path]] = field(default_factory=list)

    def arguments(self) -> list[str]:
        """The ``--nodes`` and ``--relationships`` options of `neo4j-admin database import full`."""
        return [f"--nodes={labels}={path}" for labels, path in self.nodes] + [
            f"--relationships={kind}={path}" for kind, path in self.relationships
        ]


def write_import_files(plan: ArchivePlan, directory: Path) -> ImportFiles:
    """Write the plan's rows as CSV files in ``directory`` (created if missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    files = ImportFiles(directory)

    def nodes(labels: str, id_space: str, node_type: str, rows: list[Row]) -> None:
        properties = ONTOLOGY.node_type(node_type).properties
        header = [f"id:ID({id_space})"] + [_column(p) for p in properties if p.name != "id"]
        path = directory / f"nodes-{node_type}.csv"
        _write_csv(path, header, ([row.get(p.name) for p in properties] for row in rows))
        files.nodes.append((labels, path))

    nodes("Article", "Article", "Article", plan.articles)
    nodes("Evidence", "Evidence", "Evidence", plan.evidence)
    for node_type, rows in sorted(plan.entities.items()):
        nodes(f"{node_type}:{ENTITY_LABEL}", ENTITY_LABEL, node_type, rows)
    cited = directory / "relationships-CITED_IN.csv"
    _write_csv(
        cited, [":START_ID(Evidence)", ":END_ID(Article)"], ([ev["id"], ev["article_id"]] for ev in plan.evidence)
    )
    files.relationships.append(("CITED_IN", cited))
    for predicate, rows in sorted(plan.facts.items()):
        properties = relation_properties(predicate)
        header = [f":START_ID({ENTITY_LABEL})", f":END_ID({ENTITY_LABEL})"] + [_column(p) for p in properties]
        path = directory / f"relationships-{predicate}.csv"
        values = ([row["subject_id"], row["object_id"]] + [row.get(p.name) for p in properties] for row in rows)
        _write_csv(path, header, values)
        files.relationships.append((predicate, path))
    return files


def import_command(admin: Sequence[str], database: str, files: ImportFiles, *, replace: bool = False) -> list[str]:
    """The command line that imports ``files`` into ``database``; ``replace``: an existing one is replaced whole."""
    return [
        *admin,
        "database",
        "import",
        "full",
        database,  # before the file options, which take every argument after them as a file
        f"--overwrite-destination={str(replace).lower()}",
        f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
        "--multiline-fields=true",
        f"--report-file={files.directory / 'import.report'}",  # bad rows, if any; by default in the working directory
        *files.arguments(),
    ]


def run_import(admin: Sequence[str], database: str, files: ImportFiles, *, replace: bool = False) -> str:
    """Run :func:`import_command`; returns neo4j-admin's report, or raises with its last line."""
    try:
        done = subprocess.run(
            import_command(admin, database, files, replace=replace), capture_output=True, text=True, check=False
        )
    except OSError as exc:
        raise StoreUnavailable(f"cannot run {admin[0]} (set KG_NEO4J_ADMIN): {exc}") from None
    if done.returncode != 0:
        lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip() and not line[0].isspace()]
        reason = lines[-1] if lines else f"exit status {done.returncode}"
        raise StoreUnavailable(f"neo4j-admin database import failed: {reason}")
    return done.stdout


def _column(spec: PropertySpec) -> str:
    return f"{spec.name}{_HEADER_TYPES[spec.kind.store_type]}"


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        for row in rows:
            out.write(",".join(_field(value) for value in row) + "\n")


def _field(value: Any) -> str:
    """A CSV field: nothing for None, a number as it is, any other value quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise BadInput(f"no store type holds a boolean ({value!r})")
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        items = [str(item) for item in value]
        if any(ARRAY_DELIMITER in item for item in items):
            raise BadInput(f"a list item holds the array delimiter U+{ord(ARRAY_DELIMITER):04X}: {items!r}")
        value = ARRAY_DELIMITER.join(items)
    return '"' + str(value).replace('"', '""') + '"'
