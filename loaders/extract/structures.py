"""Relations read from a structure of the text rather than from a trigger: a title before a name, the parties an
agreement's phrase names, the forces a mission's or a base's name places."""

from __future__ import annotations

import re

from loaders.extract.assertion import assertion
from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity
from loaders.lexicon import AGREEMENT_SOUGHT, PROSPECTIVE, STATE_TITLE, TERRITORY_TITLE
from loaders.patterns import DEPLOYMENT, PARTY, POSITION


def read_titles(ctx: Context, sentence: Sentence) -> None:
    """ "Chadian Foreign Minister Ali Musa", "Ali Musa, Chad's defence minister": the person holds a position in
    the state or body the title names (else their listed country's), with the title as its role."""
    for t in ctx.titled:
        if not sentence.start <= t.name_start < sentence.end:
            continue
        body = t.body or (ctx.gaz.get(t.person.country or "") if t.own_state else None)
        if body is None and t.own_state and STATE_TITLE.search(t.title):
            body = _context_state(ctx, sentence, t.title_start)
        if body is None:
            continue
        role = t.title
        if role.islower():  # "Chad's foreign minister Ali Musa"
            role = " ".join(w if w in ("of", "the") else w[0].upper() + w[1:] for w in role.split())
        role = role[0].upper() + role[1:]
        if body.type == "Territory" and not TERRITORY_TITLE.search(role):
            continue  # "the Crimea commander", "the envoy for Kosovo": another body's post there
        ctx.records.add(POSITION.predicate, t.person, body, {"role": role}, sentence, confidence=0.9)


def _context_state(ctx: Context, sentence: Sentence, before: int) -> GazEntity | None:
    """The state of a state's title that names none ("President Ali Musa said"): the one state named in the
    sentence before the title and in the sentence before it, if only one is."""
    if any(0 <= before - m.end <= 3 for m in sentence.mentions):
        return None  # "Kosovo Prime Minister": the title names its own polity, a territory
    at = ctx.sentences.index(sentence)
    start = ctx.sentences[at - 1].start if at else sentence.start
    states = [m for m in ctx.mentions if start <= m.start < before and m.entity.type == "State"]
    # the states that open a clause, else those named other than after a preposition
    for test in (_CLAUSE_OPENING, _PREPOSITION_BEFORE):
        named = {m.entity.id: m.entity for m in states if _stands(test, ctx.text, m.start)}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _stands(test: re.Pattern[str], text: str, start: int) -> bool:
    found = test.search(text, max(0, start - 30), start) is not None
    return found if test is _CLAUSE_OPENING else not found


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
        # the clause before it, and the verb's auxiliaries right after it and the parties it names after it ("the
        # pact could be signed", "a truce between X and Y could be agreed")
        named_after = [sentence.token_end(p) for p in parties if (sentence.position(p) or 0) > at]
        after = _AUXILIARIES.match(sentence.masked, max([span[1], *named_after]))
        window = sentence.masked[sentence.clause_start(at) : at] + (after.group() if after else "")
        polarity, modality = assertion(PARTY, sentence, window, span, None)
        if modality == "asserted" and AGREEMENT_SOUGHT.search(sentence.masked, max(0, at - 60), at):
            modality = "hypothetical"  # "called for a truce between X and Y": not one made
        year = mention.entity.entity.properties.get("date")
        for party in parties:
            quals = {"date": str(year)} if year else {}
            ctx.records.add(PARTY.predicate, party.entity, mention.entity, quals, sentence, polarity, modality, 0.8)


def read_stationed(ctx: Context, sentence: Sentence) -> None:
    """Forces that a name places: a mission named ("UNIFIL said ...") is in its places of deployment (gazetteer
    ``deployed_in``), and a base named ("drones struck Camp Lemonnier") holds the foreign forces it hosts (``hosts``),
    in the state it stands for; as much as the clause that names it asserts it."""
    for mention in sentence.mentions:
        pairs = [(mention.entity, ctx.gaz.get(p)) for p in mention.entity.deployed_in]
        if mention.place is not None:
            pairs += [(ctx.gaz.get(h), mention.entity) for h in mention.place.hosts]
        pairs = [(a, p) for a, p in pairs if a is not None and p is not None and a.id != p.id]
        at = sentence.position(mention) if pairs else None
        if at is None or _ACRONYM_AFTER.search(sentence.masked, 0, at):
            continue  # "the ... Mission in X (ACRONYM)": read at the name
        span = (at, sentence.token_end(mention))
        after = _AUXILIARIES.match(sentence.masked, span[1])
        window = sentence.masked[sentence.clause_start(at) : span[1]] + (after.group() if after else "")
        polarity, modality = assertion(DEPLOYMENT, sentence, window, span, at)  # "to" before a name: no infinitive
        if PROSPECTIVE.search(sentence.masked, max(0, at - 30), at):
            modality = "planned"
        for actor, place in pairs:
            ctx.records.add(DEPLOYMENT.predicate, actor, place, {}, sentence, polarity, modality, 0.8)


_ACTORS = ("State", "Territory", "Organization")
# A name that opens a clause: where a state stands as an actor ("Chad said", "..., Chad's army"), not as a place or
# what an act is about ("troops in Chad", "talks with Chad", "asked the Chadian troops").
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|to|of|from|on|at|with|by|against|over|toward|towards|near|across|for|about|between|"
    r"outside|inside|within|through|via|under|than)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.,:;!?—–(“\"\n]|\b(?:that|and|but|while|as|when|where|which|who|after|because|since|though|although))\s*(?:the\s+)?$",
    re.I,
)
_ACRONYM_AFTER = re.compile(r"⟦\d+⟧\s*\(\s*$")
_AUXILIARIES = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|could|would|might|may|will|shall|should|must|can|not|never|be|been|"
    r"being|yet|still|to|expected|set|due|likely|unlikely|also|now|n[’']t))+\b"
)
