"""Relations read from a structure of the text rather than from a trigger: a title before a name."""

from __future__ import annotations

from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.patterns import POSITION


def read_titles(ctx: Context, sentence: Sentence) -> None:
    """ "Chadian Foreign Minister Ali Musa", "Ali Musa, Chad's defence minister": the person holds a position in
    the state or body the title names (else their listed country's), with the title as its role."""
    for t in ctx.titled:
        if not sentence.start <= t.name_start < sentence.end:
            continue
        body = t.body or (ctx.gaz.get(t.person.country or "") if t.own_state else None)
        if body is None:
            continue
        role = t.title
        if role.islower():  # "Chad's foreign minister Ali Musa"
            role = " ".join(w if w in ("of", "the") else w[0].upper() + w[1:] for w in role.split())
        role = role[0].upper() + role[1:]
        ctx.records.add(POSITION.predicate, t.person, body, {"role": role}, sentence, confidence=0.9)
