"""Articles extracted in batches, their candidate sentences parsed together, give what each gives alone."""

from __future__ import annotations

from pathlib import Path

import pytest

import loaders.extract.pipeline as pipeline
from bench.corpus import generate
from core.errors import ExtractionFailed
from core.iterables import batched
from loaders.extract import extract_document, extract_documents, extract_each
from loaders.load import extract_files
from loaders.reading import Document, read_text


def _relations(extraction: object) -> list[str]:
    assert not isinstance(extraction, ExtractionFailed), extraction
    return [repr(r) for r in extraction.relations]  # type: ignore[attr-defined]


def test_a_batch_gives_what_each_article_gives_alone() -> None:
    docs = [read_text(article_id, text) for article_id, text, _ in generate(2 * pipeline.BATCH_ARTICLES + 3)]
    docs.append(read_text("short", "Nothing here names a state."))
    alone = [_relations(extract_document(doc)) for doc in docs]
    assert [_relations(e) for e in extract_documents(docs)] == alone
    assert [_relations(e) for e in extract_each(docs)] == alone
    assert sum(map(len, alone)) > 100


def test_one_failing_article_does_not_stop_its_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Russia invaded Georgia in 2008.", "Mali asked France to withdraw its troops.", "Serbia annexed Chad."]
    docs = [read_text(f"a{i}", text) for i, text in enumerate(texts)]
    real = pipeline.read_article

    def flaky(doc: Document, *args: object, **kwargs: object) -> object:
        if doc.id == "a1":
            raise RuntimeError("broken on purpose")
        return real(doc, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_article", flaky)
    with pytest.raises(RuntimeError):
        extract_documents(docs)
    first, failed, last = extract_each(docs)
    assert isinstance(failed, ExtractionFailed)
    assert str(failed) == "extraction of a1 failed (RuntimeError: broken on purpose)"
    assert _relations(first) == _relations(extract_document(docs[0]))
    assert [r.predicate for r in last.relations] == ["ANNEXED"]  # type: ignore[union-attr]


def test_files_in_one_batch_keep_their_own_results(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russian troops occupy parts of Moldova.\n")
    (tmp_path / "b.json").write_text("{not json")
    (tmp_path / "c.txt").write_text("The weather was mild all week.\n")
    (tmp_path / "d.txt").write_text("Russia invaded Georgia in August 2008.\n")
    a, b, c, d = extract_files(sorted(tmp_path.iterdir()))
    assert [r.predicate for e in a.extractions for r in e.relations] == ["OCCUPIES"] and not a.failures
    assert not b.extractions and len(b.failures) == 1 and "b.json" in b.failures[0]
    assert not c.failures and len(c.empty) == 1 and "c.txt" in c.empty[0]
    assert [r.predicate for e in d.extractions for r in e.relations] == ["INVADED"] and not d.failures


def test_batched_keeps_order_and_sizes() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []
    with pytest.raises(ValueError):
        list(batched([1], 0))
