"""The cue prefilter is an optimisation only: with and without it, extraction is the same."""

from __future__ import annotations

import pytest

from bench.corpus import generate
from loaders.extract import extract_document
from loaders.reading import Document, read_file, read_text
from tests.conftest import SEEDS
from tests.loaders.test_predicates import ASSERTED, NOT_ASSERTED


def _documents() -> list[Document]:
    docs = [doc for path in sorted(SEEDS.glob("*.txt")) for doc in read_file(path)]
    docs += [read_text(f"own-{n}", text) for n, (text, _) in enumerate(ASSERTED + NOT_ASSERTED)]
    docs += [read_text(article_id, text) for article_id, text, _ in generate(40, seed=11)]
    return docs


@pytest.mark.parametrize("doc", _documents(), ids=lambda d: d.id)
def test_prefilter_changes_nothing(doc: Document) -> None:
    fast = extract_document(doc)
    full = extract_document(doc, prefilter=False)
    assert fast.relations == full.relations
    assert fast.entities == full.entities
