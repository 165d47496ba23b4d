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
from loaders.lexicon import ADOPTS_RESOLUTION, PARLIAMENT, VOTES_TO_ACT
from loaders.patterns import ADOPTION
from schema.records import Entity

_NOT_ADOPTED = re.compile(
    r"\b(?:(?:failed|fails|refused|declined)\s+to|(?:did|does|could)\s+not|never)\s+(?:\w+\s+)?$", re.I
)
# "is expected to vote to extend", "will adopt": not (yet) adopted.
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_NOT_YET = re.compile(
    r"\b(?:will|would|could|may|might|shall|expected\s+to|set\s+to|due\s+to|plans?\s+to|is\s+to|are\s+to|"
    r"aims?\s+to|seeks?\s+to|likely\s+to|about\s+to|if)\s+(?:\w+\s+)?$",
    re.I,
)
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
    """A body adopting a resolution (or a parliament a motion), or a UN organ voting to act ("the Security Council
    voted to extend the mission"): the resolution becomes a node with its date and votes."""
    lowered = ctx.lowered[sentence.start : sentence.end]
    if "resolution" in lowered or "motion" in lowered:
        for m in ADOPTS_RESOLUTION.finditer(sentence.text):
            body = _body(ctx, sentence, m.start(), voter=bool(m.group("vote")))
            if body is not None:
                noun = m.group("noun").lower()
                written = _ARTICLE.sub("", sentence.text[m.end("verb") : m.end("noun")].split(",")[-1].strip())
                _adopted(ctx, sentence, m, body, noun, m.group("number"), m.group("title"), written)
    if "voted" in lowered or "mandate" in lowered:
        for m in VOTES_TO_ACT.finditer(sentence.text):
            body = _body(ctx, sentence, m.start(), voter=True)
            if body is not None and _acts_by_resolution(body.entity):
                _adopted(ctx, sentence, m, body, "resolution", None, None, None)


def _adopted(
    ctx: Context,
    sentence: Sentence,
    m: re.Match[str],
    body: Mention,
    noun: str,
    number: str | None,
    title: str | None,
    written: str | None,
) -> None:
    """The resolution ``m`` says ``body`` adopted, named, dated and counted; ``written`` is how the text words it
    ("nonbinding resolution")."""
    at = sentence.start + m.start()
    dates = [d for d in ctx.dates if sentence.start <= d.start < sentence.end and d.year]
    when = nearest(dates, at)
    short = body.entity.short or body.entity.entity.name
    number = number or (_number(sentence, ctx.sentences) if noun == "resolution" else None)
    numbered = f"{short} {noun} {number}" if number else None
    dated = f"{short} {noun} ({when.iso})" if when else None
    purpose = _PURPOSE.match(sentence.text, m.end())
    described = f"{short} {noun} {purpose.group(0).strip()}" if purpose else None
    # Named by what identifies it in any article: its number, else its day; the same resolution read from
    # two articles is then one node. One with neither is this article's own.
    name = title or numbered or dated or described or f"{short} {noun}"
    key = numbered or dated or f"{name} {ctx.doc.id}"
    votes = _votes(sentence, ctx.sentences)
    props = {"date": when.iso if when else None, "votes": votes}
    # as the text words it: "a nonbinding resolution calling for talks", "the motion"
    whole = _WHOLE_PURPOSE.match(sentence.text, m.end())
    as_written = [f"{written}{whole.group(0)}" if written and whole else None, written if written != noun else None]
    alias = tuple(
        dict.fromkeys(a for a in (numbered, dated, described, f"{short} {noun}", *as_written) if a and a != name)
    )
    resolution = Entity(
        slug(f"resolution {key}"), "Resolution", name, alias, None, {k: v for k, v in props.items() if v}
    )
    res_gaz = GazEntity(resolution)
    quals = {k: v for k, v in {"date": when.iso if when else None, "votes": votes}.items() if v}
    before = sentence.text[max(0, m.start() - 30) : m.start()]
    if _NOT_ADOPTED.search(before):
        # "failed to adopt a resolution demanding ...": nothing was adopted, so nothing was demanded.
        ctx.records.add(ADOPTION.predicate, body.entity, res_gaz, quals, sentence, "negated", confidence=0.9)
        return
    if _NOT_YET.search(before):
        ctx.records.add(ADOPTION.predicate, body.entity, res_gaz, quals, sentence, modality="planned", confidence=0.9)
        return
    ctx.records.add(ADOPTION.predicate, body.entity, res_gaz, quals, sentence, confidence=0.9)
    # What the resolution itself does, said in the same sentence ("a resolution calling for ...").
    res_mention = Mention(sentence.start + m.start(), sentence.start + m.end(), res_gaz, "created")
    read_resolution_acts(ctx, with_mention(sentence, res_mention))


def _body(ctx: Context, sentence: Sentence, position: int, *, voter: bool) -> Mention | None:
    """The body that adopts: a state's parliament named right before the verb ("Iraq's parliament voted"), else
    the last body named before it; a voter must be the last actor named before the verb (a state that voted
    for a resolution did not adopt it)."""
    at = sentence.start + position
    before = [x for x in sentence.mentions if x.end <= at]
    parliament = PARLIAMENT.search(sentence.text, 0, position)
    if parliament is not None:
        owner = next((x for x in reversed(before) if x.end <= sentence.start + parliament.start()), None)
        gap = sentence.text[owner.end - sentence.start : parliament.start()] if owner is not None else "x"
        if owner is not None and owner.entity.type == "State" and re.fullmatch(r"(?:[’']s)?\s+", gap):
            return _parliament(ctx, owner, sentence.start + parliament.end("noun"))
    body = next((x for x in reversed(before) if x.entity.type == "Organization"), None)
    if voter and before and body is not before[-1]:
        return None
    return body


def _parliament(ctx: Context, state: Mention, end: int) -> Mention:
    """A state's parliament: the one the gazetteer lists for it, else one named after the state."""
    listed = next(
        (
            g
            for g in ctx.gaz.entities.values()
            if g.type == "Organization"
            and g.country == state.entity.id
            and g.entity.properties.get("kind") == "parliament"
        ),
        None,
    )
    written = ctx.text[state.start : end]
    if listed is None:
        name = f"Parliament of {state.entity.entity.name}"
        listed = GazEntity(
            Entity(slug(name), "Organization", name, (written,), None, {"kind": "parliament"}),
            country=state.entity.id,
            short=name,
        )
    return Mention(state.start, end, listed, "created")


def _acts_by_resolution(body: GazEntity) -> bool:
    """A UN organ: what it votes to do, it does by resolution. A parliament's vote to act ("voted to expel US
    forces") names no resolution: it says what the parliament asked, not that one was adopted."""
    return body.entity.properties.get("kind") == "UN organ"


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


# All it does, as written, to the end of its clause: "a motion calling for an extension of the deployment in Libya".
_WHOLE_PURPOSE = re.compile(
    r"\s+(?:calling|demanding|urging|authori[sz]ing|extending|terminating|condemning|on|renewing|establishing)"
    r"\b(?:\s+[\w’'-]+){1,12}?(?=[,.;:]|\s+(?:and|after|which|that|by|with|for\s+(?:another|a\s+further|the\s+next|\d+))\b|$)",
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
