"""Records: the relations of one article as they are found, merged and cited, and the Extraction they make."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity
from loaders.patterns import Frame
from loaders.reading import Document, ends_as_sentence
from loaders.triggers import FRAME_OF
from schema import ONTOLOGY
from schema.records import Article, Entity, Evidence, Relation

# The predicates whose requests a refusal answers: each of their relations is kept as a request.
_REQUESTS = {frame.refuses.predicate for frame in FRAME_OF.values() if frame.refuses}


@dataclass
class Extraction:
    """What one article yields."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)


class Records:
    """Relations keyed by (predicate, subject, object, polarity, modality): the same one found again is merged,
    with the qualifiers found first kept (a body sentence's over a headline's) and each new sentence added to its
    evidence."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple, Relation] = {}
        self.requests: list[Relation] = []  # as first recorded, in order
        self._headline_qualifiers: set[tuple] = set()  # keys whose qualifiers so far come from headlines only

    def add(
        self,
        predicate: str,
        subject: GazEntity,
        obj: GazEntity,
        qualifiers: dict,
        sentence: Sentence,
        polarity: str = "affirmed",
        modality: str = "asserted",
        confidence: float = 0.85,
    ) -> None:
        if subject.id == obj.id or not ONTOLOGY.predicate(predicate).connects(subject.type, obj.type):
            return  # a relation the ontology does not declare between these types is no fact
        start, end = self.doc.span_in_original(sentence.start, sentence.end)
        evidence = Evidence(self.doc.id, start, end, sentence.text)
        key = (predicate, subject.id, obj.id, polarity, modality)
        existing = self.relations.get(key)
        headline = not ends_as_sentence(sentence.text)  # a headline rounds its figures; a body sentence's win
        if existing is not None:
            if key in self._headline_qualifiers and not headline:
                self._headline_qualifiers.discard(key)
                merged = {**existing.qualifiers, **qualifiers}
            else:
                merged = {**qualifiers, **existing.qualifiers}
            evidence_all = existing.evidence + ((evidence,) if evidence not in existing.evidence else ())
            self.relations[key] = Relation(
                predicate,
                subject.id,
                subject.type,
                obj.id,
                obj.type,
                merged,
                polarity,
                modality,
                max(confidence, existing.confidence),
                evidence_all,
            )
            return
        self.entities.setdefault(subject.id, subject.entity)
        self.entities.setdefault(obj.id, obj.entity)
        relation = Relation(
            predicate,
            subject.id,
            subject.type,
            obj.id,
            obj.type,
            qualifiers,
            polarity,
            modality,
            confidence,
            (evidence,),
        )
        self.relations[key] = relation
        if headline:
            self._headline_qualifiers.add(key)
        if predicate in _REQUESTS:
            self.requests.append(relation)

    def derive(
        self,
        predicate: str,
        source: Relation,
        qualifiers: dict,
        *,
        subject: str | None = None,
        obj: GazEntity | None = None,
    ) -> None:
        """A fact that follows from ``source``, cited to its evidence; never one the article already states."""
        subject_id = subject or source.subject_id
        subject_entity = self.entities.get(subject_id)
        object_entity = obj.entity if obj else self.entities.get(source.object_id)
        if subject_entity is None or object_entity is None:
            return
        if not ONTOLOGY.predicate(predicate).connects(subject_entity.type, object_entity.type):
            return
        key = (predicate, subject_entity.id, object_entity.id)
        if any(k[:3] == key for k in self.relations):
            return
        self.entities[object_entity.id] = object_entity
        relation = Relation(
            predicate,
            subject_entity.id,
            subject_entity.type,
            object_entity.id,
            object_entity.type,
            qualifiers,
            "affirmed",
            "asserted",
            0.7,
            source.evidence,
        )
        self.relations[(*key, "affirmed", "asserted")] = relation

    def dispute(
        self, sentences: Sequence[Sentence], predicates: Collection[str], names: set[str] | None, *, both: bool = False
    ) -> None:
        """The relations of ``predicates`` that only ``sentences`` assert, whose subject or object (or, if ``both``,
        subject and object) are among ``names`` (any, if None), are one side's word, which the article does not
        vouch for (the next sentence denies it, a fact-check rates it): no longer asserted."""
        spans = {self.doc.span_in_original(s.start, s.end) for s in sentences}
        for key, r in list(self.relations.items()):
            only_there = all((e.start, e.end) in spans for e in r.evidence)
            named = names is None or len(names & {r.subject_id, r.object_id}) >= (2 if both else 1)
            if key[0] in predicates and key[4] == "asserted" and only_there and named:
                del self.relations[key]
                supposed = (*key[:4], "hypothetical")
                held = self.relations.get(supposed)  # the same fact, only supposed elsewhere: one record
                self.relations[supposed] = (
                    replace(held, evidence=held.evidence + r.evidence) if held else replace(r, modality="hypothetical")
                )

    def rename(self, old_id: str, entity: Entity) -> None:
        """The entity ``old_id`` is ``entity`` (a name found once the article is read): its relations follow."""
        self.entities.pop(old_id, None)
        self.entities[entity.id] = entity

        def moved(r: Relation) -> Relation:
            if old_id not in (r.subject_id, r.object_id):
                return r
            subject_id = entity.id if r.subject_id == old_id else r.subject_id
            return replace(r, subject_id=subject_id, object_id=entity.id if r.object_id == old_id else r.object_id)

        self.relations = {
            (key[0], *(entity.id if k == old_id else k for k in key[1:3]), *key[3:]): moved(r)
            for key, r in self.relations.items()
        }
        self.requests = [moved(r) for r in self.requests]

    def request_to(self, frame: Frame, entity_id: str) -> Relation | None:
        """The latest request of ``frame`` made of ``entity_id``: a refusal answers it."""
        return next(
            (r for r in reversed(self.requests) if r.predicate == frame.predicate and r.object_id == entity_id), None
        )

    def extraction(self) -> Extraction:
        doc = self.doc
        article = Article(doc.id, doc.title, doc.publisher, doc.url, doc.published, doc.sha256)
        return Extraction(article, self.entities, list(self.relations.values()))


# Letters that Unicode does not decompose into an ASCII letter and a mark ("Støre", "Błaszczak").
_OWN_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)


def slug(text: str) -> str:
    """An entity id made from a name: ASCII, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
