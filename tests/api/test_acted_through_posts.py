"""Over HTTP on the seed articles: a post before another predicate names the state that acted through its holder;
a post of several words is read; a yes/no question is answered apart from the wh-question joined to it. Every
answer cites its sources."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.api.test_follow_up import ids
from tests.api.test_questions import ask


def cited(facts: list[dict[str, Any]]) -> bool:
    return bool(facts) and all(f["evidence"] and all(e["text"] for e in f["evidence"]) for f in facts)


@pytest.mark.parametrize(
    ("question", "predicate", "state", "holder"),
    [
        ("Did the president of Moldova ask Russia to leave?", "REQUESTED_WITHDRAWAL", "moldova", "maia-sandu"),
        (
            "Did the Russian president recognize the Donetsk People's Republic?",
            "RECOGNIZED",
            "russia",
            "vladimir-putin",
        ),
    ],
)
def test_a_state_acts_through_the_holder_of_its_post(
    api: httpx.Client, question: str, predicate: str, state: str, holder: str
) -> None:
    answer = ask(api, question)
    understood = answer["understood"]
    assert (understood["predicates"][0], ids(understood["subjects"]), understood["post"]) == (predicate, [state], None)
    assert answer["summary"] == "Yes"
    assert holder in {f["subject"]["id"] for f in answer["rows"]} and cited(answer["rows"])


def test_a_post_of_several_words(api: httpx.Client) -> None:
    answer = ask(api, "Who is the US secretary of state?")
    assert (answer["understood"]["predicates"][0], answer["understood"]["post"]) == (
        "HOLDS_POSITION",
        "secretary of state",
    )
    assert {f["subject"]["id"] for f in answer["rows"]} == {"antony-blinken"} and cited(answer["rows"])


def test_a_yes_no_question_then_who(api: httpx.Client) -> None:
    answer = ask(api, "Does Russia have troops in Transnistria, and who asked it to leave?")
    assert answer["understood"]["kind"] == "did" and answer["summary"] == "Yes" and cited(answer["rows"])
    then = answer["follow_up"]
    assert then["understood"]["predicates"][0] == "REQUESTED_WITHDRAWAL" and ids(then["understood"]["objects"]) == [
        "russia"
    ]
    assert "maia-sandu" in {f["subject"]["id"] for f in then["rows"]} and cited(then["rows"])


def test_there_is_never_who_the_first_answer_named(api: httpx.Client) -> None:
    """After "who has troops in X", the state that has is no place: "there" is not read as Russia."""
    answer = ask(api, "Who has troops in Transnistria, and how many troops are there?")
    assert "russia" in {f["subject"]["id"] for f in answer["rows"]} and cited(answer["rows"])
    then = answer["follow_up"]
    assert then is None or "russia" not in ids(then["understood"]["objects"]) + ids(then["understood"]["places"])


def test_who_else_is_besides_whom_the_first_answer_gave(api: httpx.Client) -> None:
    answer = ask(api, "Does Russia have troops in Transnistria, and who else has forces there?")
    assert answer["summary"] == "Yes" and cited(answer["rows"])
    then = answer["follow_up"]
    assert (ids(then["understood"]["excluded"]), ids(then["understood"]["objects"])) == (["russia"], ["transnistria"])
    assert "russia" not in {f["subject"]["id"] for f in then["rows"]}
