"""Fuzzing the readers and the extractor: any input gives documents and relations, or BadInput."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import BadInput
from loaders.article_files import read_bytes
from loaders.extract import extract_document

WORDS = [
    "Russia",
    "Russian troops",
    "occupy",
    "Moldova",
    "asked",
    "to withdraw",
    "not",
    "if",
    "Kyiv",
    "Crimea",
    "annexed",
    "in 2014",
    "On March 3,",
    "the UN General Assembly adopted a resolution",
    "“",
    "”",
    "\n",
    ",",
    ".",
    "President Maia Sandu",
    "Transnistria",
    "refused",
    "warned",
    "targets",
    "5,000",
    "troops",
    "That is false.",
]


def check(kind: str, data: bytes) -> None:
    try:
        docs = read_bytes("fuzz", data, kind)
    except BadInput:
        return
    for doc in docs:
        result = extract_document(doc)
        for relation in result.relations:
            relation.validate()
            for ev in relation.evidence:
                assert 0 <= ev.start <= ev.end <= len(doc.original)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["text", "html", "json", "jsonl"]))
def test_arbitrary_bytes(data: bytes, kind: str) -> None:
    check(kind, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000), st.sampled_from(["text", "html"]))
def test_arbitrary_text(text: str, kind: str) -> None:
    check(kind, text.encode("utf-8"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_news_like_word_salad(words: list[str]) -> None:
    check("text", " ".join(words).encode("utf-8"))
