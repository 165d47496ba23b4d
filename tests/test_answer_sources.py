"""A source named in a question ("according to Smith") is found in a cited sentence by a surname only when
the surname can stand alone."""

from __future__ import annotations

import pytest

from kg.fits import surname_of


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Jane Smith", "smith"),
        ("Anna Novak-Berg", "novak-berg"),
        ("Kim Jong Un", None),  # "un" would be found in every sentence naming the UN
        ("Ferdinand Marcos Jr.", None),
        ("Wang Yi", None),
        ("Madonna", None),
    ],
)
def test_a_surname_stands_alone_only_when_no_other_word_shares_it(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname
