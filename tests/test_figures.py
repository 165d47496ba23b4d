"""Which of a fact's figures an answer gives when its sentences differ: a body sentence over a headline, an
exact figure over an approximate one; the others kept as variants with their sources."""

from __future__ import annotations

from typing import Any

import pytest

from kg import qualified
from kg.views import Evidence


def sentence(text: str, article: str, title: str | None = None, **qualifiers: Any) -> Evidence:
    return Evidence(
        text=text,
        start=0,
        end=len(text),
        article=article,
        title=title,
        publisher=None,
        published=None,
        qualifiers=qualifiers,
    )


HEADLINE = sentence("Norway sends nearly 600 soldiers to Latvia", "a", troops=600)
BODY = sentence("Norway has deployed 587 soldiers to Latvia, its ministry said.", "b", troops=587)
ROUGH = sentence("About 610 Norwegian soldiers are stationed in Latvia.", "c", troops=610)
TITLED = sentence(
    "Norway deploys 590 soldiers to Latvia.", "d", title="Norway deploys 590 soldiers to Latvia.", troops=590
)


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("Nearly 2,000 troops arrived.", 2000, "nearly"),
        ("The army sent more than 1500 soldiers.", 1500, "more than"),
        ("Some 300 police officers landed.", 300, "some"),
        ("It deployed 1,960 peacekeepers.", 1960, None),
        ("About 12 of its 1,960 peacekeepers left.", 1960, None),  # the hedge is another number's
    ],
)
def test_a_figure_is_approximate_by_the_word_before_it(text: str, value: int, hedge: str | None) -> None:
    assert qualified.hedge(text, value) == hedge


def test_a_headline_is_the_title_or_a_line_without_a_full_stop() -> None:
    assert qualified.headline(HEADLINE) and qualified.headline(TITLED)
    assert not qualified.headline(BODY) and not qualified.headline(ROUGH)


@pytest.mark.parametrize(
    ("evidence", "troops"),
    [
        ([HEADLINE, BODY], 587),  # a body sentence over a headline, though the headline came first
        ([ROUGH, BODY], 587),  # an exact figure over an approximate one
        ([HEADLINE, ROUGH], 610),  # a sentence over a headline, even an approximate one
        ([TITLED, BODY], 587),  # the article's title is a headline, full stop or not
        ([BODY, sentence("Norway keeps 640 soldiers in Latvia.", "e", troops=640)], 587),  # else source order
    ],
)
def test_the_figure_a_journalist_would_quote(evidence: list[Evidence], troops: int) -> None:
    first = evidence[0].qualifiers or {}
    assert qualified.preferred({"troops": first["troops"], "since": "2020"}, evidence) == {
        "troops": troops,
        "since": "2020",
    }


def test_sentences_that_agree_leave_the_facts_value() -> None:
    same = [BODY, sentence("Norway's 587 soldiers are in Latvia.", "f", troops=587)]
    assert qualified.preferred({"troops": 587}, same) == {"troops": 587}


def test_the_other_figures_as_written_with_their_sentences() -> None:
    found = qualified.variants("troops", 587, [HEADLINE, BODY, ROUGH, sentence("Nearly 600 went.", "g", troops=600)])
    assert [(written, ev.article) for written, ev in found] == [("nearly 600", "a"), ("about 610", "c")]
