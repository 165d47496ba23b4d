"""Relations read from a structure of the text rather than from a trigger: a title before a name, and a
contested territory named with its state."""

from __future__ import annotations

from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.patterns import CONTAINMENT, POSITION


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
        ctx.records.add(POSITION.predicate, t.person, body, {"role": role}, sentence, confidence=0.9)


def read_containment(ctx: Context, sentence: Sentence) -> None:
    """A contested territory named with its recognized state ("Ukraine's Crimea")."""
    present = {m.entity.id for m in sentence.mentions}
    for m in sentence.mentions:
        gaz = m.entity
        if gaz.type == "Territory" and gaz.contested and gaz.part_of in present and m.kind != "anaphor":
            parent = ctx.gaz.get(gaz.part_of)
            if parent is not None:
                ctx.records.add(CONTAINMENT.predicate, gaz, parent, {}, sentence, confidence=0.75)
