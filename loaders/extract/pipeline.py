"""The pipeline: the stages in the order they run, from a Document to its Extraction."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from core.errors import ExtractionFailed, ModelRefused
from core.iterables import batched
from loaders.extract.agreements import name_by_parties
from loaders.extract.assertion import dispute_reported
from loaders.extract.claims import read_claims
from loaders.extract.containment import read_containment
from loaders.extract.context import Context
from loaders.extract.coreference import resolve_anaphors
from loaders.extract.fact_checks import read_fact_check
from loaders.extract.frames import find_triggers, read_triggers
from loaders.extract.inferences import infer
from loaders.extract.mentions import find_mentions
from loaders.extract.parsed import Parsed
from loaders.extract.records import Extraction, Records
from loaders.extract.resolutions import read_resolutions
from loaders.extract.sentences import Sentence, split_sentences
from loaders.extract.structures import read_agreements, read_stationed, read_titles
from loaders.extract.syntax import Syntax, WordOrder
from loaders.gazetteer import Gazetteer, default_gazetteer
from loaders.parse import parse as parse_sentences
from loaders.patterns import Trigger
from loaders.reading import Document
from loaders.spacy_model import load_pipeline

# Articles whose candidate sentences are parsed together: one batch of the parser is much cheaper than many.
BATCH_ARTICLES = 16


def extract_document(
    doc: Document, gazetteer: Gazetteer | None = None, *, prefilter: bool = True, parse: bool = True
) -> Extraction:
    """Extract the entities and relations of one article.

    ``prefilter`` skips the triggers whose cue words a sentence lacks; it changes speed, not output.
    ``parse`` reads the argument structure of candidate sentences from a dependency parse (else word order).
    """
    return extract_documents([doc], gazetteer, prefilter=prefilter, parse=parse)[0]


def extract_documents(
    docs: Iterable[Document], gazetteer: Gazetteer | None = None, *, prefilter: bool = True, parse: bool = True
) -> list[Extraction]:
    """Extract several articles, in order, as :func:`extract_document` does each, parsing the candidate
    sentences of all of them in one batch. An exception in any article is raised for the whole call."""
    gaz = gazetteer or default_gazetteer()
    read = [_Triggered.of(read_article(doc, gaz, prefilter=prefilter)) for doc in docs]
    syntaxes = parsed_each([r.candidates for r in read]) if parse else [r.ctx.syntax for r in read]
    return [r.extraction(syntax) for r, syntax in zip(read, syntaxes, strict=True)]


def extract_each(
    docs: Iterable[Document], gazetteer: Gazetteer | None = None
) -> Iterator[Extraction | ExtractionFailed]:
    """The extraction of each article in order, ``BATCH_ARTICLES`` at a time (:func:`extract_documents`).
    An article whose extraction fails gives an ExtractionFailed in its place, and the others go on."""
    for batch in batched(docs, BATCH_ARTICLES):
        try:
            yield from extract_documents(batch, gazetteer)
        except Exception:  # one of them failed: each on its own, to tell which
            for doc in batch:
                try:
                    yield extract_document(doc, gazetteer)
                except Exception as exc:
                    yield ExtractionFailed(f"extraction of {doc.id} failed ({type(exc).__name__}: {exc})")


@dataclass
class _Triggered:
    """An article read up to its relations, with the triggers each sentence matched."""

    ctx: Context
    found: dict[int, list[tuple[Trigger, re.Match[str]]]]  # by id of the sentence

    @classmethod
    def of(cls, ctx: Context) -> _Triggered:
        # only sentences that name something are read for relations; those where a trigger matched are parsed
        return cls(ctx, {id(sentence): find_triggers(ctx, sentence) for sentence in ctx.sentences if sentence.mentions})

    @property
    def candidates(self) -> list[Sentence]:
        return [sentence for sentence in self.ctx.sentences if self.found.get(id(sentence))]

    def extraction(self, syntax: Syntax) -> Extraction:
        ctx = self.ctx
        ctx.syntax = syntax
        previous = None
        for sentence in ctx.sentences:
            dispute_reported(ctx, sentence, previous)
            previous = sentence
            if sentence.mentions:
                read_titles(ctx, sentence)
                read_agreements(ctx, sentence)
                read_stationed(ctx, sentence)
                read_triggers(ctx, sentence, self.found[id(sentence)])
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
    sentences = split_sentences(found.text, found.mentions, found.sentence_bounds)
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


def parsed_each(groups: list[list[Sentence]]) -> list[Syntax]:
    """The syntax of each group of sentences (one article's), from one parse of them all; word order if the model
    is refused (said once)."""
    if not any(groups) or not parser_ready():
        return [WordOrder() for _ in groups]
    docs = iter(parse_sentences([s.text for group in groups for s in group]))
    return [Parsed({s.start: next(docs) for s in group}) if group else WordOrder() for group in groups]


@cache
def parser_ready() -> bool:
    """Whether the checked spaCy model loads; if not, one line says why and word order is used."""
    try:
        load_pipeline()
    except ModelRefused as refused:
        logging.getLogger(__name__).warning("%s; reading argument structure from word order", refused)
        return False
    return True
