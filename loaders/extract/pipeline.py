"""The pipeline: the stages in the order they run, from a Document to its Extraction."""

from __future__ import annotations

import logging
from functools import cache

from core.errors import ModelRefused
from loaders.extract.agreements import name_by_parties
from loaders.extract.claims import read_claims, read_fact_check
from loaders.extract.containment import read_containment
from loaders.extract.context import Context
from loaders.extract.coreference import resolve_anaphors
from loaders.extract.frames import find_triggers, read_triggers
from loaders.extract.inferences import infer
from loaders.extract.mentions import find_mentions
from loaders.extract.qualifiers import dispute_reported
from loaders.extract.records import Extraction, Records
from loaders.extract.resolutions import read_resolutions
from loaders.extract.sentences import Sentence, split_sentences
from loaders.extract.structures import read_agreements, read_stationed, read_titles
from loaders.extract.syntax import Parsed, Syntax, WordOrder
from loaders.gazetteer import Gazetteer, default_gazetteer
from loaders.parse import parse as parse_sentences
from loaders.reading import Document
from loaders.spacy_model import load_pipeline


def extract_document(
    doc: Document, gazetteer: Gazetteer | None = None, *, prefilter: bool = True, parse: bool = True
) -> Extraction:
    """Extract the entities and relations of one article.

    ``prefilter`` skips the triggers whose cue words a sentence lacks; it changes speed, not output.
    ``parse`` reads the argument structure of candidate sentences from a dependency parse (else word order).
    """
    ctx = read_article(doc, gazetteer or default_gazetteer(), prefilter=prefilter)
    # only sentences that name something are read for relations; those where a trigger matched are parsed
    triggered = {id(sentence): find_triggers(ctx, sentence) for sentence in ctx.sentences if sentence.mentions}
    if parse:
        ctx.syntax = parsed([sentence for sentence in ctx.sentences if triggered.get(id(sentence))])
    previous = None
    for sentence in ctx.sentences:
        dispute_reported(ctx, sentence, previous)
        previous = sentence
        if sentence.mentions:
            read_titles(ctx, sentence)
            read_agreements(ctx, sentence)
            read_stationed(ctx, sentence)
            read_triggers(ctx, sentence, triggered[id(sentence)])
            read_resolutions(ctx, sentence)
            read_containment(ctx, sentence)
        read_claims(ctx, sentence)  # a claimant may be a post or a name that no list holds
    read_fact_check(ctx)
    infer(ctx)
    name_by_parties(ctx.records, ctx.agreements)
    return ctx.records.extraction()


def read_article(doc: Document, gazetteer: Gazetteer, *, prefilter: bool = True) -> Context:
    """The stages before the relations: mentions, coreference and sentences."""
    found = resolve_anaphors(find_mentions(doc, gazetteer), gazetteer)
    sentences = split_sentences(found.text, found.mentions)
    return Context(
        doc,
        found.text,
        found.lowered,
        found.dates,
        found.titled,
        found.mentions,
        sentences,
        gazetteer,
        Records(doc),
        WordOrder(),  # syntax from word order until the candidate sentences are parsed
        prefilter,
        found.agreements,
    )


def parsed(sentences: list[Sentence]) -> Syntax:
    """Syntax from a parse of the sentences, in one batch; word order if the model is refused (said once)."""
    if not sentences or not parser_ready():
        return WordOrder()
    docs = parse_sentences([s.text for s in sentences])
    return Parsed({s.start: d for s, d in zip(sentences, docs, strict=True)})


@cache
def parser_ready() -> bool:
    """Whether the checked spaCy model loads; if not, one line says why and word order is used."""
    try:
        load_pipeline()
    except ModelRefused as refused:
        logging.getLogger(__name__).warning("%s; reading argument structure from word order", refused)
        return False
    return True
