"""A store written before evidence kept its own qualifiers: refused with one clear line, usable again after a reset."""

from __future__ import annotations

import pytest

from core.errors import SchemaError
from graph import GraphStore
from tests.graph.test_store import load_sample


def test_a_store_with_evidence_from_before_is_refused_until_reset(store: GraphStore) -> None:
    load_sample(store)
    if store.dialect == "ladybug":  # a table as an older ontology made it
        store._write("ALTER TABLE Evidence DROP confidence", [])
    else:
        store._write("MATCH (e:Evidence) REMOVE e.confidence", [])
    with pytest.raises(SchemaError, match=r"kg init --reset"):
        store.init_schema()
    store.clear()  # what `kg init --reset` does first
    store.init_schema()
    load_sample(store)
    assert store.counts()["Evidence"] == 3
