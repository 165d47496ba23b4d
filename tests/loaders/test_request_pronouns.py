"""The one asked to leave named by a pronoun ("asked it to withdraw"), and a refusal by the one asked ("but it
refused"); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.test_speech_acts import facts

ASKED = [
    # "it": a state or a body named before, in the sentence or the one before
    ("The African Union sent observers to Sudan, and Khartoum requested it leave.", ("sudan", "african-union")),
    ("NATO sent a training team to Iraq. Baghdad later asked it to withdraw.", ("iraq", "nato")),
    ("Mali criticised ECOWAS sharply and told it to get out.", ("mali", "ecowas")),
    # "them": a body, or troops named by their state
    ("French soldiers were based in Chad for years. Then Chad asked them to leave.", ("chad", "france")),
    # a body's forces in a place stand for its mission there
    ("A spokesman for UN troops in Mali said Bamako had asked them to depart.", ("mali", "minusma")),
]


@pytest.mark.parametrize(("text", "pair"), ASKED)
def test_pronoun_asked_to_leave(text: str, pair: tuple[str, str]) -> None:
    assert pair in facts(text, "REQUESTED_WITHDRAWAL")


_NOT_ASKED = ("niger", "georgia", "kenya", "haiti", "chad", "sudan", "egypt")


@pytest.mark.parametrize(
    "text",
    [
        "Niger met France in Paris, and it asked to leave the talks early.",  # no one asked
        "Georgia asked it to leave.",  # no one before it but the asker
        "Chad's envoy met Sudan's minister in Cairo, and Libya had requested it leave.",  # owners and a place
        "Kenya sent police to Haiti, where the government told it to stay.",  # not leaving
    ],
)
def test_no_pronoun_asked_to_leave(text: str) -> None:
    assert not {pair for pair in facts(text, "REQUESTED_WITHDRAWAL") if pair[1] in _NOT_ASKED}


REFUSALS = [
    ("Somalia asked Ethiopia to withdraw its soldiers, but it refused.", ("ethiopia", "somalia")),
    ("Mali had asked the UN mission in Mali to leave, but it had refused.", ("minusma", "mali")),
    ("Baghdad asked NATO to pull out its trainers. It has declined.", ("nato", "iraq")),
    ("Lebanon told them to leave, and they refused, after Syria sent troops.", None),  # nothing asked before
]


@pytest.mark.parametrize(("text", "pair"), REFUSALS)
def test_refusal_by_the_one_asked(text: str, pair: tuple[str, str] | None) -> None:
    refused = facts(text, "REFUSED_WITHDRAWAL")
    if pair is None:
        assert not refused
    else:
        assert pair in refused
        assert pair[::-1] not in refused  # the asker did not refuse


def test_pronoun_refusal_answers_the_latest_request() -> None:
    text = "Libya asked Turkey to leave last year. This month Sudan asked Egypt to withdraw, but it has refused."
    assert facts(text, "REFUSED_WITHDRAWAL") == {("egypt", "sudan")}
