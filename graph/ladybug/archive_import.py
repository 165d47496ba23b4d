"""LadybugDB's bulk path for an archive: the plan's rows COPYed into empty tables in one transaction.

A COMMIT after a COPY checkpoints, which is most of the cost of an upsert into a large store; one transaction
for the whole archive pays it once, and COPY into an empty table skips the key lookups and merges.
"""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

from core.errors import BadInput, StoreUnavailable
from graph.archive import ArchiveImporter, ArchivePlan
from graph.ladybug.store import LadybugStore


class CopyImport(ArchiveImporter):
    """The import of an archive into the embedded store at ``path`` (created if missing)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, plan: ArchivePlan, *, replace: bool = False) -> str:
        with LadybugStore(self.path) as store:
            store.init_schema()
            if any(store.counts().values()):
                if not replace:
                    raise StoreUnavailable(f"{self.path} holds a graph: give --replace to replace it whole")
                store.clear()
            store.import_archive(plan)
        return f"imported {plan.describe()} into {self.path}"

    def prepare(self, plan: ArchivePlan, *, replace: bool = False) -> NoReturn:
        self.check_prepare()

    def check_prepare(self) -> NoReturn:
        raise BadInput("the embedded store imports in-process and writes no files: leave out --csv-only")
