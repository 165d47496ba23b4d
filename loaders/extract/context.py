"""What the relation stages share while one article is read."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.dates import DateMention
from loaders.extract.agreements import Agreement
from loaders.extract.records import Records
from loaders.extract.sentences import Sentence
from loaders.extract.syntax import Syntax
from loaders.extract.titles import Titled
from loaders.gazetteer import Gazetteer, Mention
from loaders.reading import Document


@dataclass
class Context:
    """An article as the mention, coreference and sentence stages left it, and the records made of it so far."""

    doc: Document
    text: str
    lowered: str  # the text in lower case, offset for offset
    dates: list[DateMention]
    titled: list[Titled]  # people named with their title
    mentions: list[Mention]  # in order of start, anaphors included
    sentences: list[Sentence]
    gaz: Gazetteer
    records: Records
    syntax: Syntax
    prefilter: bool = True  # skip the triggers whose cue words a sentence lacks (speed only)
    agreements: list[Agreement] = field(default_factory=list)  # agreement phrases, with the parties they name
