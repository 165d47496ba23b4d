"""Coreference: words that stand for entities named before them.

"the two separatist regions" (the contested territories named last), "the peninsula", "recognised them as
independent"; and a pronoun or "the statement" as a subject (the actor before it, or the last speaker).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator

from loaders.extract.context import Context
from loaders.extract.mentions import Mentions
from loaders.extract.people import TITLE_WORDS
from loaders.extract.sentences import Sentence, split_sentences
from loaders.gazetteer import GazEntity, Mention, literal_automaton
from loaders.lexicon import DEFINITE_ANAPHORS, PRONOUN_SUBJECT
from loaders.patterns import FRAME_OF

_ANAPHOR = re.compile(
    r"\b(?:the|both|these|those)\s+(?P<count>two\s+|three\s+)?(?:separatist|breakaway|self-proclaimed|rebel)\s+"
    r"(?:regions|entities|republics|territories|statelets)\b(?!\s+(?:of|in)\b)"
    r"|\b(?:both|the\s+(?P<count2>two|three))\s+(?:regions|republics|territories)\b(?!\s+(?:of|in)\b)"
    r"|\bthe\s+(?:(?:separatist|breakaway|self-proclaimed|rebel|occupied|annexed)\s+(?:region|republic|territory)|"
    r"enclave|(?P<peninsula>peninsula))\b(?!\s+(?:of|in)\b)"
    # "recognised them as independent states": the territories named before
    r"|(?:(?<=recogni[sz]ed\s)|(?<=recogni[sz]e\s)|(?<=recogni[sz]ing\s))(?P<them>them)"
    r"(?=\s+as\s+(?:an?\s+)?(?:independent|sovereign))",
    re.I,
)
# "the country", "the bloc": the article right before the noun, and no "of"/"in" phrase after it that would
# name something else ("the republic of ...", "the mission in ...").
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s$")
_NOT_AFTER = re.compile(r"[\w-]|\s+(?:of|in|on|with|between|to|for|that|which)\b")
_DEFINITE_NOUNS = literal_automaton((noun, noun) for noun in DEFINITE_ANAPHORS)
# A capitalised word right before or after a surname makes it part of another name ("Irfaan Ali").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z]\w")
_SPEECH_ACTS = {predicate for predicate, frame in FRAME_OF.items() if frame.speech_act}
# The nouns _ANAPHOR ends with, in lower case: found first, they say where to look (much faster than
# running _ANAPHOR over the whole text). One inside a longer word ("anthem") only costs a search.
_ANAPHOR_NOUNS = literal_automaton(
    (noun, noun) for noun in ("region", "republic", "territor", "entities", "statelet", "enclave", "peninsula", "them")
)


def link_surnames(found: Mentions) -> Mentions:
    """A titled person named later by surname alone ("Musa said ..."), within the article. A surname that two
    people share, or that runs on into another capitalised word, stays unlinked."""
    people: dict[str, tuple[int, GazEntity]] = {}
    shared: set[str] = set()
    for t in found.titled:
        surname = found.text[t.name_start : t.name_end].split()[-1]
        if surname in people and people[surname][1].id != t.person.id:
            shared.add(surname)
        people.setdefault(surname, (t.name_end, t.person))
    links = []
    for surname, (after, person) in people.items():
        if surname in shared:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", found.text[after:]):
            start, end = after + m.start(), after + m.end()
            before = found.text[max(0, start - 30) : start]
            word = _NAME_BEFORE.search(before)
            if (word and word.group().strip().lower() not in TITLE_WORDS) or _NAME_AFTER.match(found.text, end):
                continue
            if not any(x.start < end and start < x.end for x in found.mentions):
                links.append(Mention(start, end, person, "created"))
    if not links:
        return found
    return dataclasses.replace(found, mentions=sorted([*found.mentions, *links], key=lambda m: m.start))


def resolve_anaphors(found: Mentions) -> Mentions:
    """The mentions with the surnames linked and the anaphors added, each standing for the territories it
    refers to."""
    found = link_surnames(found)
    anaphors = []
    for m in _anaphor_matches(found.text, found.lowered):
        earlier: list[GazEntity] = []
        for x in reversed([x for x in found.mentions if x.end <= m.start()]):
            fits = not m.group("peninsula") or any("peninsula" in a.lower() for a in x.entity.entity.aliases)
            if x.entity.contested and x.entity.type == "Territory" and x.entity not in earlier and fits:
                earlier.append(x.entity)
        plural = bool(m.group("them")) or m.group().lower().split()[-1].endswith("s")
        count = (3 if "three" in (m.group("count") or m.group("count2") or "").lower() else 2) if plural else 1
        for gaz in reversed(earlier[:count]):
            anaphors.append(Mention(m.start(), m.end(), gaz, "anaphor"))
    anaphors += _definite_anaphors(found, anaphors)
    if not anaphors:
        return found
    return dataclasses.replace(found, mentions=sorted([*found.mentions, *anaphors], key=lambda m: m.start))


def _definite_anaphors(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "the country", "the bloc", "the treaty" ...: each stands for the one entity of its type (and kind)
    named before it in the same or the previous sentence. Two such entities there leave it unlinked."""
    out: list[Mention] = []
    starts: list[int] | None = None
    for last_char, noun in _DEFINITE_NOUNS.iter(found.lowered):
        end = last_char + 1
        start = end - len(noun)
        text = found.text
        if not text[start].islower() or not _THE_BEFORE.search(text, max(0, start - 5), start):
            continue
        if _NOT_AFTER.match(text, end):
            continue
        if any(x.start < end and start < x.end for x in (*found.mentions, *taken)):
            continue
        if starts is None:
            starts = [s.start for s in split_sentences(text, [])]
        window = starts[max(0, bisect.bisect_right(starts, start) - 2)]
        type_, kinds, named = DEFINITE_ANAPHORS[noun]
        candidates = {
            x.entity.id: x.entity
            for x in found.mentions
            if window <= x.start and x.end <= start and x.entity.type == type_ and _fits(x.entity, kinds, named)
        }
        if len(candidates) == 1:
            out.append(Mention(start - 4, end, next(iter(candidates.values())), "anaphor"))
    return out


def _fits(gaz: GazEntity, kinds: tuple[str, ...], named: str) -> bool:
    """Whether a body's kind is one of ``kinds`` (any when none are given) and its name or an alias holds the
    word ``named`` (if one is given); a city is not a territory."""
    if gaz.locality:
        return False
    kind = str(gaz.entity.properties.get("kind") or "")
    names = (gaz.entity.name, *gaz.entity.aliases)
    return (not kinds or any(k in kind for k in kinds)) and (not named or any(named in n.lower() for n in names))


def _anaphor_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """What ``_ANAPHOR.finditer(text)`` finds, looked for only around the nouns it ends with."""
    last = 0
    for last_char, noun in _ANAPHOR_NOUNS.iter(lowered):
        noun_end = last_char + 1
        m = _ANAPHOR.search(text, max(last, noun_end - len(noun) - 60), noun_end + 40)
        if m and m.end() >= noun_end:
            last = m.end()
            yield m


def refer_back(
    ctx: Context, sentence: Sentence, clause_start: int, position: int, types: tuple[str, ...], speech_act: bool
) -> Mention | None:
    """The actor that a pronoun or "the statement" opening the clause before ``position`` stands for ("Russia
    announced it had annexed ..."): the subject of the clause before, or for a speech act the last speaker."""
    if not PRONOUN_SUBJECT.match(sentence.masked[clause_start:position]):
        return None
    boundary = sentence.boundary_before(position)
    before = ctx.syntax.subject_before(sentence, (boundary, boundary), types)
    return before or (last_speaker(ctx, types) if speech_act else None)


def last_speaker(ctx: Context, types: tuple[str, ...]) -> Mention | None:
    """The actor of the latest speech act, for "the statement warned ..." and "he said ..."."""
    for rel in reversed(list(ctx.records.relations.values())):
        if rel.predicate in _SPEECH_ACTS and rel.subject_type in types:
            gaz = ctx.gaz.get(rel.subject_id)
            if gaz is not None:
                return Mention(0, 0, gaz)
    return None
