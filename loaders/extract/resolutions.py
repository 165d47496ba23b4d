"""Resolutions: a body adopting one makes it a node, with its date and votes, and what it does ("a resolution
demanding ...") is read with the resolution as the subject."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.frames import read_resolution_acts
from loaders.extract.qualifiers import NUMBER, nearest, to_int
from loaders.extract.records import slug
from loaders.extract.sentences import Sentence, with_mention
from loaders.gazetteer import GazEntity, Mention
from loaders.lexicon import ADOPTS_RESOLUTION
from loaders.patterns import ADOPTION
from schema.records import Entity

_NOT_ADOPTED = re.compile(r"\b(?:(?:failed|fails|refused|declined)\s+to|(?:did|does|could)\s+not|never)\s+$", re.I)
# Words between a count and what it counts; a number there would be a count of its own.
_GAP = r"\s+(?:[^\W\d][\w.]*\s+){0,3}?"
# A tally: "passed 64-15", "adopted by a vote of 100 to 11".
_TALLY = r"(?:passed|adopted|approved|carried|vote\s+of)\s+(?:by\s+)?(?:a\s+vote\s+of\s+)?"
_TO = r"\s*(?:[-–]|to)\s*"
_VOTES = {
    "for": re.compile(
        NUMBER
        + _GAP
        + r"(?:supported|voted\s+(?:in\s+favou?r|for)|in\s+favou?r|backed)|"
        + _TALLY
        + r"(?P<n1>\d{1,3})(?="
        + _TO
        + r"\d)",
        re.I,
    ),
    "against": re.compile(
        _TALLY
        + r"\d{1,3}"
        + _TO
        + r"(?P<n4>\d{1,3})\b|"
        + NUMBER
        + r"\s+against\b|"
        + NUMBER.replace("?P<n>", "?P<n2>")
        + _GAP
        + r"(?:voted|voting)\s+against|against[^.\d]{0,20}?\b"
        + NUMBER.replace("?P<n>", "?P<n3>"),
        re.I,
    ),
    "abstain": re.compile(NUMBER + _GAP + r"(?:abstain(?:ed|ing)?|abstentions)", re.I),
}


def read_resolutions(ctx: Context, sentence: Sentence) -> None:
    """A body adopting a resolution: the resolution becomes a node with its date and votes."""
    if "resolution" not in ctx.lowered[sentence.start : sentence.end]:
        return
    for m in ADOPTS_RESOLUTION.finditer(sentence.text):
        at = sentence.start + m.start()
        body = next((x for x in reversed(sentence.mentions) if x.end <= at and x.entity.type == "Organization"), None)
        if body is None:
            continue
        dates = [d for d in ctx.dates if sentence.start <= d.start < sentence.end and d.year]
        when = nearest(dates, at)
        short = body.entity.short or body.entity.entity.name
        number = m.group("number") or _number(sentence, ctx.sentences)
        numbered = f"{short} resolution {number}" if number else None
        dated = f"{short} resolution ({when.iso})" if when else None
        purpose = _PURPOSE.match(sentence.text, m.end())
        described = f"{short} resolution {purpose.group(0).strip()}" if purpose else None
        # Named by what identifies it in any article: its number, else its day; the same resolution read from
        # two articles is then one node. One with neither is this article's own.
        name = m.group("title") or numbered or dated or described or f"{short} resolution"
        key = numbered or dated or f"{name} {ctx.doc.id}"
        votes = _votes(sentence, ctx.sentences)
        props = {"date": when.iso if when else None, "votes": votes}
        alias = tuple(dict.fromkeys(a for a in (numbered, dated, described, f"{short} resolution") if a and a != name))
        resolution = Entity(
            slug(f"resolution {key}"),
            "Resolution",
            name,
            alias,
            None,
            {k: v for k, v in props.items() if v},
        )
        res_gaz = GazEntity(resolution)
        quals = {k: v for k, v in {"date": when.iso if when else None, "votes": votes}.items() if v}
        if _NOT_ADOPTED.search(sentence.text[max(0, m.start() - 30) : m.start()]):
            # "failed to adopt a resolution demanding ...": nothing was adopted, so nothing was demanded.
            ctx.records.add(ADOPTION.predicate, body.entity, res_gaz, quals, sentence, "negated", confidence=0.9)
            continue
        ctx.records.add(ADOPTION.predicate, body.entity, res_gaz, quals, sentence, confidence=0.9)
        # What the resolution itself does, said in the same sentence ("a resolution calling for ...").
        res_mention = Mention(sentence.start + m.start(), sentence.start + m.end(), res_gaz, "created")
        read_resolution_acts(ctx, with_mention(sentence, res_mention))


# A resolution's number: "resolution 2231", "Resolution No. 68/262", "resolution ES-11/4".
_NUMBER = re.compile(
    r"\bresolution\s+(?:No\.?\s*)?(?P<number>(?:ES-)?\d{1,3}/\d{1,4}|\d{3,4})\b(?!\s*(?:troops|votes))", re.I
)
# What it does, said right after it: "a resolution calling for a ceasefire in the city".
_PURPOSE = re.compile(
    r"\s+(?:calling|demanding|urging|authori[sz]ing|extending|terminating|condemning|on|renewing|establishing)"
    r"\b(?:\s+[\w’'-]+){1,7}?(?=[,.;]|\s+(?:and|after|on|in|by|with|which|that)\b|$)",
    re.I,
)


def _number(sentence: Sentence, sentences: list[Sentence]) -> str | None:
    """The resolution's number, given in its sentence or the two after it."""
    index = sentences.index(sentence)
    window = " ".join(s.text for s in sentences[index : index + 3])
    found = _NUMBER.search(window)
    return found.group("number") if found else None


def _votes(sentence: Sentence, sentences: list[Sentence]) -> dict | None:
    """The tally in the sentence or the two after it: at least two of for, against and abstain."""
    index = sentences.index(sentence)
    window = " ".join(s.text for s in sentences[index : index + 3])
    votes = {}
    for key, regex in _VOTES.items():
        vm = regex.search(window)
        if vm:
            votes[key] = to_int(next(n for n in vm.groups() if n))
    return votes if len(votes) >= 2 else None
