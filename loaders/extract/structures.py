"""Relations read from a structure of the text rather than from a trigger: a title before a name, the parties an
agreement's phrase names."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.qualifiers import assertion
from loaders.extract.sentences import Sentence
from loaders.patterns import PARTY, POSITION


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


def read_agreements(ctx: Context, sentence: Sentence) -> None:
    """ "the X-Y defence pact", "the agreement between X and Y", "X's (or its) security deal with Y": the
    parties an agreement's own phrase names are parties to it, as much as the clause asserts it."""
    for agreement in ctx.agreements:
        mention = agreement.mention
        if not sentence.start <= mention.start < sentence.end:
            continue
        at = sentence.position(mention)
        if at is None:
            continue
        span = (at, sentence.token_end(mention))
        parties = list(agreement.parties)
        if agreement.with_parties and agreement.owned:
            owner = agreement.possessor or ctx.syntax.subject_before(sentence, span, _ACTORS)
            parties += [owner, *agreement.with_parties] if owner is not None else []
        parties = [p for p in {p.entity.id: p for p in parties}.values() if p.entity.type in _ACTORS]
        if len(parties) < 2:
            continue
        # the clause before it, and the verb's auxiliaries right after it ("the pact could be signed")
        after = _AUXILIARIES.match(sentence.masked, span[1])
        window = sentence.masked[sentence.clause_start(at) : at] + (after.group() if after else "")
        polarity, modality = assertion(PARTY, sentence, window, span, None)
        year = mention.entity.entity.properties.get("date")
        for party in parties:
            quals = {"date": str(year)} if year else {}
            ctx.records.add(PARTY.predicate, party.entity, mention.entity, quals, sentence, polarity, modality, 0.8)


_ACTORS = ("State", "Territory", "Organization")
_AUXILIARIES = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|could|would|might|may|will|shall|should|must|can|not|never|be|been|"
    r"being|yet|still|to|expected|set|due|likely|unlikely|also|now|n[’']t))+\b"
)
