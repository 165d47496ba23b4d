"""The pipeline: the stages in the order they run, from a Document to its Extraction."""

from __future__ import annotations

from loaders.extract.claims import read_claims, read_fact_check
from loaders.extract.containment import read_containment
from loaders.extract.context import Context
from loaders.extract.coreference import resolve_anaphors
from loaders.extract.frames import read_triggers
from loaders.extract.inferences import infer
from loaders.extract.mentions import find_mentions
from loaders.extract.records import Extraction, Records
from loaders.extract.resolutions import read_resolutions
from loaders.extract.sentences import split_sentences
from loaders.extract.structures import read_titles
from loaders.extract.syntax import WordOrder
from loaders.gazetteer import Gazetteer, default_gazetteer
from loaders.reading import Document


def extract_document(doc: Document, gazetteer: Gazetteer | None = None, *, prefilter: bool = True) -> Extraction:
    """Extract the entities and relations of one article.

    ``prefilter`` skips the triggers whose cue words a sentence lacks; it changes speed, not output.
    """
    ctx = read_article(doc, gazetteer or default_gazetteer(), prefilter=prefilter)
    for sentence in ctx.sentences:
        if sentence.mentions:  # only sentences that name something are read for relations
            read_titles(ctx, sentence)
            read_triggers(ctx, sentence)
            read_resolutions(ctx, sentence)
            read_containment(ctx, sentence)
        read_claims(ctx, sentence)  # a claimant may be a post or a name that no list holds
    read_fact_check(ctx)
    infer(ctx)
    return ctx.records.extraction()


def read_article(doc: Document, gazetteer: Gazetteer, *, prefilter: bool = True) -> Context:
    """The stages before the relations: mentions, coreference and sentences."""
    found = resolve_anaphors(find_mentions(doc, gazetteer))
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
        WordOrder(),  # syntax from word order; a dependency parse is another Syntax (see syntax.py)
        prefilter,
    )
