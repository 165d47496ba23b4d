"""The facts interface: relations as JSON objects (one per line), as ONTOLOGY.md specifies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.errors import BadInput, ExtractionFailed, KGError
from core.iterables import batched
from kg.views import EntityCard, ExtractedFact, Quote
from loaders.article_files import iter_article_files, read_file
from loaders.extract import Extraction, extract_each
from loaders.extract.pipeline import BATCH_ARTICLES
from loaders.reading import Document
from schema.records import Entity, Relation


def entity_card(entity: Entity) -> EntityCard:
    return EntityCard(
        id=entity.id, type=entity.type, name=entity.name, wikidata=entity.wikidata, aliases=list(entity.aliases)
    )


def fact_json(extraction: Extraction, relation: Relation) -> dict[str, Any]:
    """One line of the facts interface: the typed view kg/views.py shares with the API, as JSON."""
    evidence = relation.evidence[0]
    return ExtractedFact(
        article=extraction.article.id,
        predicate=relation.predicate,
        subject=entity_card(extraction.entities[relation.subject_id]),
        object=entity_card(extraction.entities[relation.object_id]),
        qualifiers=relation.qualifiers,
        polarity=relation.polarity,
        modality=relation.modality,
        confidence=round(relation.confidence, 3),
        evidence=Quote(text=evidence.text, start=evidence.start, end=evidence.end),
        fact_id=relation.fact_id,
    ).model_dump(mode="json")


def extract_paths(paths: list[Path]) -> Iterator[Extraction | KGError]:
    """Extract every article under ``paths``, ``BATCH_ARTICLES`` files at a time (their articles parsed together).

    A file that cannot be read yields its BadInput; an article whose extraction fails yields
    ExtractionFailed. Either way the other articles go on.
    """
    for files in batched(iter_article_files(paths), BATCH_ARTICLES):
        read: list[tuple[Path, Document]] = []
        for path in files:
            if isinstance(path, BadInput):
                yield path
                continue
            problems: list[str] = []
            try:
                read += [(path, doc) for doc in read_file(path, problems)]
            except BadInput as exc:
                yield exc
            yield from map(BadInput, problems)
        for (path, _), extraction in zip(read, extract_each(doc for _, doc in read), strict=True):
            # an article that failed is reported with its file; the others go on
            yield ExtractionFailed(f"{path}: {extraction}") if isinstance(extraction, ExtractionFailed) else extraction
