"""The speed-ups are optimisations only: with and without them, extraction is the same."""

from __future__ import annotations

import re

import pytest

from bench.corpus import generate
from loaders.article_files import read_file
from loaders.extract import extract_document, read_article
from loaders.gazetteer import default_gazetteer
from loaders.patterns import WordStart
from loaders.reading import Document, read_text
from loaders.triggers import TRIGGERS
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


def test_word_start_patterns_find_what_their_leading_word_boundary_found() -> None:
    gazetteer = default_gazetteer()
    texts = [s.masked for doc in _documents() for s in read_article(doc, gazetteer).sentences if s.mentions]
    # Matches inside words, right after them, and at the very start.
    texts += ["preoccupied by ⟦0⟧, they occupied ⟦1⟧", "occupied ⟦0⟧", "reannexed ⟦0⟧ and annexed ⟦1⟧", "_invaded ⟦2⟧"]
    checked = 0
    for trigger in TRIGGERS:
        pattern = trigger.compiled()
        if not isinstance(pattern, WordStart):
            continue
        with_boundary = re.compile(r"\b" + pattern.regex.pattern)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in with_boundary.finditer(text)]
        checked += 1
    assert checked >= 20
