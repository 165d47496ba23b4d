"""Mentions: what an article names. Gazetteer names, people introduced by a title, agreements, and dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.dates import DateMention, find_dates, latest_dated, parse_iso, resolve
from loaders.extract.agreements import Agreement, find_agreements
from loaders.extract.bodies import find_bodies
from loaders.extract.people import find_titled
from loaders.extract.sentences import Bounds, sentence_bounds
from loaders.extract.titles import Titled
from loaders.gazetteer import Gazetteer, Mention
from loaders.patterns import lower_aligned
from loaders.reading import Document, wire_credits


@dataclass(frozen=True)
class Mentions:
    """What the mentions stage finds in an article's text."""

    text: str
    lowered: str  # the text in lower case, offset for offset
    dates: list[DateMention]
    titled: list[Titled]  # people named with their title, anywhere in the text
    mentions: list[Mention]  # in order of start
    sentence_bounds: list[Bounds]  # the sentences, as the pipeline splits them
    agreements: list[Agreement] = field(default_factory=list)  # the agreement phrases, with the parties they name

    @property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, for the resolvers that look back a sentence or two."""
        return [b.start for b in self.sentence_bounds]


def find_mentions(doc: Document, gazetteer: Gazetteer) -> Mentions:
    """The article's dates and mentions. An undated article takes its date from its dateline."""
    text = doc.text
    lowered = lower_aligned(text)
    dates = _dates(doc)
    credits = wire_credits(text)
    found = [m for m in gazetteer.find(text) if not any(start <= m.start < end for start, end in credits)]
    titled, mentions = find_titled(text, gazetteer, find_bodies(text, gazetteer, found))
    agreements = find_agreements(doc.id, text, lowered, gazetteer, mentions)
    places = {id(m) for a in agreements for m in a.places}
    mentions = [m for m in mentions if id(m) not in places] + [a.mention for a in agreements]
    ordered = sorted(mentions, key=lambda m: m.start)
    return Mentions(text, lowered, dates, titled, ordered, sentence_bounds(text), agreements)


def _dates(doc: Document) -> list[DateMention]:
    """The dates in the text, each resolved against the publication date (or the latest full date given). A
    dateline that gives its year dates the article, and so the days named without one ("on March 3")."""
    if doc.dateline and not doc.published:
        line_dates = find_dates(doc.dateline)
        if line_dates and line_dates[0].year and line_dates[0].day:
            doc.published = line_dates[0].iso
    published = parse_iso(doc.published)
    if published:
        reference, after = published, False
        dates = find_dates(doc.text, published)
    else:
        unresolved = find_dates(doc.text)
        reference, after = latest_dated(unresolved), True
        dates = resolve(unresolved, reference, after=True)
    if doc.dateline and not doc.published:
        line_dates = find_dates(doc.dateline, reference, after=after)
        if line_dates and line_dates[0].iso and line_dates[0].day:
            doc.published = line_dates[0].iso
    return dates
