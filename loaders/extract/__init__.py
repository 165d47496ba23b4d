"""Extraction: a Document becomes typed entities and relations, each cited to its sentence.

The stages, one module each, in the order they run (pipeline.py), with the records between them:

- reading (loaders/reading.py): a file becomes a ``Document``, its text cleaned, its offsets kept;
- mentions: gazetteer names, people introduced by a title (people.py, with names.py, titles.py, heads.py,
  counterparts.py and title_lists.py), agreements and dates (``Mentions``);
- coreference: anaphors ("the two breakaway regions", "the country", "its troops") join the mentions;
- sentences: the text split into ``Sentence`` records, each masked (mentions become tokens) with its clauses;
- syntax: the argument structure the frames ask about (``Syntax``: ``Parsed`` where a trigger matched, from a
  dependency parse, else ``WordOrder``);
- frames: triggers to relations (loaders/patterns.py declares the frames, loaders/triggers/ the triggers), and
  the relations read from structures: titles and containment (structures.py), resolutions, claims (claims.py) and
  fact-checks (fact_checks.py);
- qualifiers: the polarity and modality of each relation (assertion.py), and its dates, troops and places
  (qualifiers.py);
- records: relations merged and cited (``Records``), inferences drawn, and the ``Extraction`` returned.

>>> from loaders.reading import read_text
>>> result = extract_document(read_text("x", "Russian troops occupy parts of Moldova."))
>>> [(r.subject_id, r.object_id, r.polarity) for r in result.relations]
[('russia', 'moldova', 'affirmed')]
"""

from loaders.extract.pipeline import extract_document, extract_documents, extract_each, read_article
from loaders.extract.records import Extraction

__all__ = ["Extraction", "extract_document", "extract_documents", "extract_each", "read_article"]
