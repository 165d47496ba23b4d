"""Relations read from a structure of the text rather than from a trigger: a title before a name."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.patterns import POSITION

# What may stand between a title's modifier and the title: "Russian Foreign Minister", "Moldova's President".
_TITLE_MODIFIER_GAP = re.compile(r"(?:’s|'s)?\s{1,2}$")


def read_titles(ctx: Context, sentence: Sentence) -> None:
    """ "Russian Deputy Foreign Minister Andrei Rudenko": the person holds that position, with its role."""
    for m in ctx.titled:
        if not sentence.start <= m.start() < m.end() <= sentence.end:
            continue
        start = m.start("name")
        person = next((x for x in sentence.mentions if x.start == start and x.entity.type == "Person"), None)
        if person is None:
            person = next(
                (x for x in sentence.mentions if x.start >= start and x.end <= m.end() and x.entity.type == "Person"),
                None,
            )
        if person is None:
            continue
        title_start = m.start("title")
        modifier = next(
            (
                x
                for x in reversed(sentence.mentions)
                if x.end <= title_start
                and _TITLE_MODIFIER_GAP.match(sentence.text, x.end - sentence.start, title_start - sentence.start)
                and x.entity.type in ("State", "Organization")
            ),
            None,
        )
        org = modifier.entity if modifier else ctx.gaz.get(person.entity.country or "")
        if org is None:
            continue
        role = re.sub(r"\s+", " ", m.group("title"))
        if role.islower():  # "Hungary's foreign minister Peter Szijjarto"
            role = " ".join(w if w in ("of", "the") else w[0].upper() + w[1:] for w in role.split())
        role = role[0].upper() + role[1:]
        ctx.records.add(POSITION.predicate, person.entity, org, {"role": role}, sentence, confidence=0.9)
