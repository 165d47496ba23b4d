"""Mentions: what an article names. Gazetteer names, people introduced by a title, agreements, and dates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.dates import DateMention, find_dates, latest_dated, parse_iso, resolve
from loaders.extract.bodies import find_bodies
from loaders.extract.people import Titled, find_titled
from loaders.extract.records import slug
from loaders.gazetteer import GazEntity, Gazetteer, Mention
from loaders.patterns import lower_aligned
from loaders.reading import Document
from schema.records import Entity

_AGREEMENT = re.compile(
    r"\b(?:a|an|the)\s+(?P<name>(?:(?:bilateral|new|peace|ceasefire|cease-fire|security|defen[cs]e|military|"
    r"friendship|partnership)\s+)*(?:treaty|agreement|accord|pact|memorandum)\s+(?:on|of)\s+"
    r"(?:[a-z]+(?:,\s+|\s+and\s+|\s+)){0,4}?(?:assistance|cooperation|friendship|security|partnership|defen[cs]e|"
    r"peace|ceasefire|alliance|integration))\b"
    r"|\b(?:a|an|the)\s+(?P<kind>ceasefire|cease-fire|peace|truce)\s+(?:agreement|deal|accord)\s+"
    r"(?:signed|agreed|reached)\s+in\s+(?P<place>[A-Z][a-z]+)",
)
# Words without which _AGREEMENT cannot match: a cheap test before the regex.
_AGREEMENT_WORDS = ("treaty", "agreement", "accord", "pact", "memorandum", "deal")


@dataclass(frozen=True)
class Mentions:
    """What the mentions stage finds in an article's text."""

    text: str
    lowered: str  # the text in lower case, offset for offset
    dates: list[DateMention]
    titled: list[Titled]  # people named with their title, anywhere in the text
    mentions: list[Mention]  # in order of start


def find_mentions(doc: Document, gazetteer: Gazetteer) -> Mentions:
    """The article's dates and mentions. An undated article takes its date from its dateline."""
    text = doc.text
    lowered = lower_aligned(text)
    dates = _dates(doc)
    titled, mentions = find_titled(text, gazetteer, find_bodies(text, gazetteer, gazetteer.find(text)))
    mentions += _agreements(text, lowered, gazetteer, mentions)
    return Mentions(text, lowered, dates, titled, sorted(mentions, key=lambda m: m.start))


def _dates(doc: Document) -> list[DateMention]:
    """The dates in the text, each resolved against the publication date (or the latest full date given)."""
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


def _agreements(text: str, lowered: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Treaties and accords named by a common phrase ("a treaty on friendship and cooperation")."""
    out: list[Mention] = []
    if not any(word in lowered for word in _AGREEMENT_WORDS):
        return out
    for m in _AGREEMENT.finditer(text):
        if any(x.start < m.end() and m.start() < x.end and x.entity.type == "Agreement" for x in mentions):
            continue
        if m.group("name"):
            name = re.sub(r"\s+", " ", m.group("name"))
            span = m.span("name")
        else:
            name = f"{m.group('place')} {m.group('kind').lower()} agreement"
            span = (m.start(), m.end())
        known = gazetteer.lookup(name, "Agreement")
        gaz = known or GazEntity(Entity(slug(name), "Agreement", name))
        out.append(Mention(span[0], span[1], gaz, "created"))
    return out
