"""Fact-checks: the verdict ("That is false."), the claim under review (the quotation near it, or the sentence in
which a person claims something), who made it and when. What only the quotation under review states is no longer
asserted, unless the verdict agrees with it."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.records import slug
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity
from loaders.lexicon import AGREEING_VERDICTS, CLAIM_VERB, VERDICTS
from loaders.patterns import CLAIM, POSITION
from schema import ONTOLOGY
from schema.records import Entity, stable_hash

# A quotation (its words, of at least 8 characters, up to the closing mark).
_QUOTED = re.compile(r"[“\"](?P<words>[^”\"]{8,})[”\"]")
_VERDICT_LENGTH = 60  # a verdict is a sentence of its own, at most about 30 characters ("That claim is mostly false.")
_CLAIM_LABEL = re.compile(r"\s*claim\s*:", re.I)


def verdict_of(ctx: Context) -> tuple[Sentence, str] | None:
    """A fact-check's verdict ("That is false."), with its sentence; None in an article that gives none."""
    short = (s for s in ctx.sentences if len(s.text) <= _VERDICT_LENGTH)
    verdicts = ((s, VERDICTS.match(s.text.strip())) for s in short)
    sentence, match = next(((s, m) for s, m in verdicts if m), (None, None))
    if sentence is None or match is None:
        return None
    verdict = match.group("verdict")
    return sentence, verdict[0].upper() + verdict[1:].lower()


def read_fact_check(ctx: Context) -> None:
    """A fact-check: the claim (the quote near the top), who made it, when, and the verdict."""
    sentences = ctx.sentences
    found = verdict_of(ctx)
    if found is None:
        return
    verdict_sentence, verdict = found
    # The claim is the first quotation near the verdict, or a quotation on a line labelled "Claim:"; its
    # author is named after it, or else before it. Failing a quotation, it is the first sentence before the
    # verdict in which a person claims something.
    horizon = max(verdict_sentence.end, verdict_sentence.start + 2000)
    quote = next((s for s in sentences if s.text.lstrip().startswith(("“", '"')) and s.start < horizon), None)
    claim_line = next((s for s in sentences if s.end <= verdict_sentence.start and CLAIM_VERB.search(s.text)), None)
    if quote is None and claim_line is not None and _CLAIM_LABEL.match(claim_line.text):
        quote = claim_line if _QUOTED.search(claim_line.text) else None
    quoted = _QUOTED.search(quote.text) if quote is not None else None
    if quote is not None:
        opening = quote.start + (quoted.start() if quoted else 0)
        closing = quote.start + (quoted.end() if quoted else len(quote.text))
        people = [m for m in quote.mentions if m.entity.type == "Person"]
        after = [m for m in people if m.start >= closing]  # '"...," Putin said'
        introduced = [m for m in people if m.end <= opening]  # 'Claim: Putin said that "..."'
        earlier = [m for m in ctx.mentions if m.entity.type == "Person" and m.end <= quote.start]
        before = after[:1] or introduced[-1:] or earlier
    else:
        quote = claim_line
        verb = CLAIM_VERB.search(quote.text) if quote else None
        said_at = quote.start + verb.start() if quote and verb else -1
        before = [m for m in quote.mentions if m.entity.type == "Person" and m.end <= said_at] if quote else []
    if quote is None:
        return
    claim_text = (quoted.group("words") if quoted else quote.text).strip(' ,“”"')
    if quoted is not None and verdict not in AGREEING_VERDICTS:
        _rated(ctx, claim_text)
    if not before:
        return  # a claim whose author the gazetteer does not know (a video, "posts online") has no claimant
    claimant = before[-1].entity
    # Where the claim was made: the quotation's own sentence when it names the claimant, else the first
    # sentence from it on that names the claimant and a day.
    said = next(
        (
            s
            for s in sentences
            if s.start >= quote.start
            and any(m.entity.id == claimant.id for m in s.mentions)
            and (s is quote or any(d.start >= s.start and d.end <= s.end and d.day for d in ctx.dates))
        ),
        None,
    )
    when = None
    if said is not None:
        when = next((d for d in ctx.dates if d.start >= said.start and d.end <= said.end and d.day), None)
    claim = Entity(
        slug("claim " + stable_hash(claimant.id, claim_text)),
        "Claim",
        shorten(claim_text, 120),
        (),
        None,
        {
            k: v
            for k, v in {
                "text": claim_text,
                "date": when.iso if when else None,
                "claimant": claimant.id,
                "verdict": verdict,
                "reviewed_by": ctx.doc.publisher,
            }.items()
            if v
        },
    )
    evidence_sentence = said or quote
    quals = {"date": when.iso if when else None, "verdict": verdict}
    ctx.records.add(
        CLAIM.predicate,
        claimant,
        GazEntity(claim),
        {k: v for k, v in quals.items() if v},
        evidence_sentence,
        confidence=0.9,
    )


_NOT_WORDS = re.compile(r"\W+")
# What a quotation under review may state: not its claim (made apart), nor a title (most often the speaker's, said
# outside the quotation marks).
_RATED_FACTS = frozenset(ONTOLOGY.predicate_names) - {CLAIM.predicate, POSITION.predicate}


def _rated(ctx: Context, claim_text: str) -> None:
    """The facts that only the quotation under review states (where it first stands and wherever the same words
    are quoted again) are the claimant's words, which the fact-check rates as not true: no longer asserted."""
    words = _bare(claim_text)
    quoting = [s for s in ctx.sentences if [_bare(q.group("words")) for q in _QUOTED.finditer(s.text)] == [words]]
    ctx.records.dispute(quoting, _RATED_FACTS, None)  # a sentence that quotes another too may state its facts


def _bare(text: str) -> str:
    """The words of a text, in lower case, without punctuation ("... have begun" and "……have begun" alike)."""
    return _NOT_WORDS.sub(" ", text.lower()).strip()


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
