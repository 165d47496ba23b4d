"""Coreference: words that stand for entities named before them.

"the two separatist regions" (the contested territories named last), "the peninsula", "recognised them as
independent"; a definite description ("the country", "the West African nation", "the bloc", "the accord": the
one entity of its type named just before, else none); and a pronoun or "the statement" as a subject (the actor
before it in the sentence, the actor opening the sentence before, or the last speaker).
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
from loaders.lexicon import (
    CONJOINED_PRONOUN,
    DEFINITE_ANAPHORS,
    DESCRIBED_ONLY_MODIFIED,
    LEFT_BOUNDARY,
    NOT_DESCRIPTION_MODIFIERS,
    POSSESSIVE_CLAUSE_OPENS,
    POSSESSIVE_PRONOUN,
    PREPOSITION_BEFORE,
    PRONOUN_SUBJECT,
    RELATIVE_PRONOUN,
)
from loaders.triggers import FRAME_OF

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
# "the country", "the bloc": no "of"/"in" phrase after the noun that would name something else ("the
# republic of ...", "the mission in ...").
_NOT_AFTER = re.compile(
    r"[\w-]|\s+(?:of|on|with|between|to|for|that|which)\b|\s+[A-Z]"
    r"|\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|\d|"
    r"early|late|mid|recent|the\s+(?:past|last|coming|next|first|second))\b)"
)
_DEFINITE_NOUNS = literal_automaton((noun, noun) for noun in DEFINITE_ANAPHORS)
# A capitalised word right before or after a surname makes it part of another name ("Irfaan Ali").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z]\w")
# What may come before a sentence's subject: an adverbial set off by a comma ("On Monday, ") and an article.
_SUBJECT_OPENING = re.compile(r"^\s*[\"“]?(?:[^,;:\"“”]{0,60},\s*)?(?:the\s+)?$")
_COORDINATED_AFTER = re.compile(r"\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s+(?:the\s+)?⟦")
# After a demonym, the plural nouns that make it troops or people of that state ("French soldiers").
_PLURAL_ACTOR = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:troops|forces|soldiers|servicemen|units|contingents|peacekeepers|mercenaries|"
    r"officials|diplomats|authorities|fighters|instructors|marines|sailors|pilots|advisers|advisors)\b"
)
_SPEECH_ACTS = {predicate for predicate, frame in FRAME_OF.items() if frame.speech_act}
_WORD = re.compile(r"[\w’'-]+")
_MODIFIERS = 3
# A description noun before another, which is the head ("the island nation", "the tiny island nations of").
_HEAD_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(DEFINITE_ANAPHORS, key=len, reverse=True)) + r"|countries|nations|states)\b"
)
# Troops of a state in the place a description names: the host, which may be the clause's subject.
_HOSTED = re.compile(
    r"\b(?:troops|forces|soldiers|servicemen|personnel|units|bases?)\s+(?:\w+\s+)?(?:stationed|based|deployed)\s+"
    r"(?:in|inside|across|around)\s+$"
)
# Words that open a clause within a sentence for a description's search ("said that the country ...").
_THAT = re.compile(r"\b(?:that|where)\b")
# Speech verbs whose object is the one addressed, and that object ("told the Yemeni government").
_ADDRESSING = re.compile(r"\b(?:told|tells|warned|warns|accused|accuses|urged|urges)\s*$")
_ADDRESSED = re.compile(r"\s*(?:the\s+)?(?:[\w’'.()-]+\s+){0,4}?[\w’'.()-]+(?=\s+(?:not\s+)?(?:to|of|that)\b)")
# A description set after an unknown name ("the Tutsi, the ethnic group"): it stands for that name.
_APPOSITION = re.compile(r"\b[A-Z][\w’'-]*,\s+$")
_TROOPS_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:troops|forces|soldiers|servicemen|units|contingents?|peacekeepers|mercenaries|"
    r"instructors|fighters|military|army|navy|marines)\b",
    re.I,
)
_COMMA_ONLY = re.compile(r"\s*,\s*")
_OWNED_AFTER = re.compile(r"(?:’s|'s|’|')\s")
_AND_AFTER = re.compile(r"\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s")
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
    anaphors += _possessives(found, anaphors)
    anaphors += _conjoined_pronouns(found, anaphors)
    if not anaphors:
        return found
    return dataclasses.replace(found, mentions=sorted([*found.mentions, *anaphors], key=lambda m: m.start))


def _definite_anaphors(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "the country", "the bloc", "the North African country", "the treaty" ...: each stands for the one entity
    of its type (and kind) named before it in the same or the previous sentence. Two such entities there leave
    it unlinked. The subject or object of its own clause is not one of them ("Turkey sent troops to the
    country"), nor, for a place ("in the country"), a state named only as an actor ("Russian troops")."""
    out: list[Mention] = []
    starts: list[int] | None = None
    text = found.text
    for last_char, noun in _DEFINITE_NOUNS.iter(found.lowered):
        end = last_char + 1
        start = end - len(noun)
        if not text[start].islower() or _NOT_AFTER.match(text, end) or _HEAD_AFTER.match(found.lowered, end):
            continue
        article = _article_before(text, start, modified_only=noun in DESCRIBED_ONLY_MODIFIED)
        if article is None:
            continue
        if any(x.start < end and article < x.end for x in (*found.mentions, *taken)):
            continue
        before = _APPOSITION.search(text, max(0, article - 40), article)
        if before and not any(x.start <= before.start() < x.end for x in found.mentions):
            continue
        if starts is None:
            starts = [s.start for s in split_sentences(text, [])]
        sentence_at = bisect.bisect_right(starts, start) - 1
        window = starts[max(0, sentence_at - 1)]
        type_, kinds, named = DEFINITE_ANAPHORS[noun]
        clause = _clause_start(found.lowered, starts[max(0, sentence_at)], article)
        place = PREPOSITION_BEFORE.search(found.lowered, max(0, article - 30), article)
        if place and place.group().startswith("outside"):
            continue  # "a base outside the country": the country of whoever has the base
        hosted = _HOSTED.search(found.lowered, max(0, article - 60), article)  # "troops based in the country"
        candidates: dict[str, GazEntity | None] = {}
        subjects: set[str | None] = set()
        for x in found.mentions:
            if not (window <= x.start and x.end <= article) or found.text.startswith("-", x.end):
                continue  # a name inside a compound ("Israel-Hezbollah clashes") is no antecedent
            if (
                x.start >= clause
                and not hosted
                and not PREPOSITION_BEFORE.search(found.lowered, max(0, x.start - 30), x.start)
            ):
                subjects.add(x.entity.id)  # the subject or object of its own clause is not what it stands for
                continue
            if x.entity.type != type_:
                # a state's person or body ("Iraq's parliament") names the state too, but only as a rival
                if type_ == "State" and x.entity.country:
                    candidates.setdefault(x.entity.country, None)
                continue
            if not _fits(x.entity, kinds, named) or (place and _troops(found.text, x)):
                continue
            candidates[x.entity.id] = x.entity
        for entity_id in subjects:
            candidates.pop(entity_id or "", None)
        (only,) = candidates.values() if len(candidates) == 1 else (None,)
        if only is not None:
            out.append(Mention(article, end, only, "anaphor"))
    return out


def _possessives(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "its troops", "their soldiers" opening a clause ("NATO said its troops would stay", "Its forces remain
    in ..."), or anywhere with where they are ("its bases in") or a seizure ("its annexation of"): the one actor
    (a state or a body) that its sentence names before it, not as a place, as troops, as a possessor or inside a
    compound; failing one, opening the sentence, the subject that opens the sentence before. "whose" is the
    name just before it ("Russia, whose troops ..."). Two such actors, coordinated ones, a quote, or none leave
    it unlinked. A possessive after a verb with no place ("sent its troops to") is read with the verb's subject.
    """
    out: list[Mention] = []
    starts: list[int] | None = None
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    for m in POSSESSIVE_PRONOUN.finditer(found.lowered):
        start, end = m.span("word")
        if starts is None:
            starts = [s.start for s in split_sentences(found.text, [])]
        sentence_at = bisect.bisect_right(starts, start) - 1
        sentence_start = starts[max(0, sentence_at)]
        before = found.lowered[sentence_start:start]
        if m.group("word") == "whose":  # "Russia, whose troops ...": the name just before
            owner = next((x for x in named if x.end <= start and _COMMA_ONLY.fullmatch(found.text, x.end, start)), None)
            if owner is not None and _actor(found, owner):
                out.append(Mention(start, end, owner.entity, "anaphor"))
            continue
        opens = _SUBJECT_OPENING.match(before) or POSSESSIVE_CLAUSE_OPENS.search(before)
        if _in_quote(before) or not (opens or m.group("placed")):
            continue
        candidates = [x for x in named if sentence_start <= x.start and x.end <= start and _actor(found, x)]
        if any(_AND_AFTER.match(found.text, x.end) for x in candidates):
            continue  # "Mali and Niger said their troops ...": the possessive stands for both
        actors = {x.entity.id: x.entity for x in candidates}
        missions = {k: v for k, v in actors.items() if "mission" in str(v.entity.properties.get("kind") or "")}
        if "peacekeepers" in m.group() and len(missions) == 1:
            actors = missions  # "Mali expelled the mission; its peacekeepers left": a mission's peacekeepers
        if not actors and _SUBJECT_OPENING.match(before) and sentence_at > 0:
            opening = _opening_subject(found, named, starts[sentence_at - 1], sentence_start)
            actors = {opening.entity.id: opening.entity} if opening is not None else {}
        if len(actors) == 1:
            out.extend(Mention(start, end, gaz, "anaphor") for gaz in actors.values())
    return out


def _conjoined_pronouns(found: Mentions, taken: list[Mention]) -> list[Mention]:
    """ "it" or "they" as the subject of a clause joined by "and" or "but" ("Russia invaded X in 2022, and it
    later annexed Y") or of a relative clause on troops ("withdrew the jets it had stationed in X"): the actor
    that opens the clause before it as its subject; "it" a state or a body, "they" a body. An "it" that opens
    nothing ("and it is unclear"), a quote, or no such subject leave it unlinked."""
    out: list[Mention] = []
    starts: list[int] | None = None
    named = sorted([*found.mentions, *taken], key=lambda m: m.start)
    blanked: str | None = None
    for m in (*CONJOINED_PRONOUN.finditer(found.lowered), *RELATIVE_PRONOUN.finditer(found.lowered)):
        start, end = m.span("word")
        if starts is None:
            starts = [s.start for s in split_sentences(found.text, [])]
        sentence_start = starts[max(0, bisect.bisect_right(starts, start) - 1)]
        if _in_quote(found.lowered[sentence_start:start]):
            continue
        if blanked is None:  # names blanked out: "United States" holds no speech verb that opens a clause
            blanked = _blanked(found.lowered, named)
        clause = _clause_start(blanked, sentence_start, m.start())
        opening = _opening_subject(found, named, clause, m.start())
        types = ("Organization",) if m.group("word") == "they" else ("State", "Organization")
        if opening is not None and opening.entity.type in types:
            out.append(Mention(start, end, opening.entity, "anaphor"))
    return out


def _blanked(lowered: str, named: list[Mention]) -> str:
    """The text with each named span's letters replaced by "x"."""
    chars = list(lowered)
    for x in named:
        chars[x.start : x.end] = ["x" if c.isalpha() else c for c in lowered[x.start : x.end]]
    return "".join(chars)


def _in_quote(text: str) -> bool:
    """Whether a quote opened in ``text`` is still open at its end."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _actor(found: Mentions, mention: Mention) -> bool:
    """Whether a mention can own troops as the subject of its clause: a state or a body, not named as a place
    ("in Syria"), as troops ("Russian soldiers"), as a possessor ("Russia's army") or inside a compound."""
    return (
        mention.entity.type in ("State", "Organization")
        and mention.kind not in ("place-adjective", "locality", "demonym")
        and not found.text.startswith("-", mention.end)
        and not found.text.endswith("-", 0, mention.start)
        and not _OWNED_AFTER.match(found.text, mention.end)
        and not _troops(found.text, mention)
        and not PREPOSITION_BEFORE.search(found.lowered, max(0, mention.start - 30), mention.start)
    )


def _opening_subject(found: Mentions, named: list[Mention], start: int, end: int) -> Mention | None:
    """The actor that opens the text from ``start`` to ``end`` as its subject, if it is not one of several."""
    first = next((x for x in named if start <= x.start and x.end <= end), None)
    if first is None or not _SUBJECT_OPENING.match(found.lowered[start : first.start]) or not _actor(found, first):
        return None
    return None if _AND_AFTER.match(found.text, first.end) else first


def _troops(text: str, mention: Mention) -> bool:
    """Whether the mention names troops ("Russian soldiers", "US troops"), who are not the place they are in."""
    return mention.kind in ("demonym", "name") and bool(_TROOPS_AFTER.match(text, mention.end))


def _article_before(text: str, start: int, *, modified_only: bool) -> int | None:
    """Where "the" begins before the noun at ``start``, with at most three modifiers between them ("the North
    African country", "the war-torn country"); None if another word comes between ("the other country")."""
    gap = start
    for modifiers, word in enumerate(reversed(list(_WORD.finditer(text, max(0, start - 60), start)))):
        if text[word.end() : gap].strip():
            return None  # punctuation between the words
        if word.group() in ("the", "The"):
            return word.start() if modifiers or not modified_only else None
        if (
            modifiers == _MODIFIERS
            or word.group().lower() in NOT_DESCRIPTION_MODIFIERS
            or word.group().endswith(("'s", "’s"))
        ):
            return None
        gap = word.start()
    return None


def _clause_start(lowered: str, sentence_start: int, position: int) -> int:
    """Where the clause holding ``position`` begins, in the sentence that begins at ``sentence_start``; after
    "told X", "warned X", the clause begins after X, the person addressed ("warned Belarus not to ...")."""
    found = sentence_start
    for m in LEFT_BOUNDARY.finditer(lowered, sentence_start, position):
        if m.group() in ("(", "["):
            continue  # a name set in brackets ("the Emirates (UAE)") opens no clause
        found = m.end()
        addressed = _ADDRESSED.match(lowered, found, position) if _ADDRESSING.search(m.group()) else None
        found = addressed.end() if addressed else found
    for m in _THAT.finditer(lowered, found, position):
        found = m.end()
    return found


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
    pronoun = _pronoun(sentence.masked[clause_start:position])
    if pronoun is None:
        return None
    boundary = sentence.boundary_before(position)
    before = ctx.syntax.subject_before(sentence, (boundary, boundary), types)
    if before is None and pronoun in ("it", "they") and not _named_before(sentence, clause_start):
        before = previous_subject(ctx, sentence, types, plural=pronoun == "they")
    return before or (last_speaker(ctx, types) if speech_act else None)


def previous_subject(
    ctx: Context, sentence: Sentence, types: tuple[str, ...], *, plural: bool, depth: int = 2
) -> Mention | None:
    """What "it" or "they" opening a sentence stands for: the subject that opens the sentence before ("The
    alliance met on Monday. It condemned ..."), if it is one actor of a fitting number: a state or a body for
    "it", troops named by their state ("Russian troops") or a body for "they". Two actors coordinated there,
    or none, leave it unlinked; a pronoun opening that sentence is followed back once more."""
    index = bisect.bisect_left([s.start for s in ctx.sentences], sentence.start) - 1
    if index < 0 or depth == 0 or not ctx.sentences[index].mentions:
        return None
    previous = ctx.sentences[index]
    masked = previous.masked
    if _pronoun(masked) in ("it", "they"):
        return previous_subject(ctx, previous, types, plural=plural, depth=depth - 1)
    opening = next((m for m in previous.mentions if _SUBJECT_OPENING.match(masked[: previous.spans[id(m)][0]])), None)
    if opening is None or opening.entity.type not in types:
        return None
    end = previous.token_end(opening)
    if _COORDINATED_AFTER.match(masked, end):
        return None
    troops = opening.kind == "demonym" and bool(_PLURAL_ACTOR.match(masked, end))
    fits = troops if plural else opening.entity.type == "State" and not troops
    return opening if fits or opening.entity.type == "Organization" else None


def _pronoun(clause: str) -> str | None:
    """The first word of the pronoun or description that opens ``clause`` as its subject, if one does."""
    found = PRONOUN_SUBJECT.match(clause)
    return found.group().split()[0] if found else None


def _named_before(sentence: Sentence, position: int) -> bool:
    """Whether the sentence names something before ``position`` (of its masked text)."""
    return any(start < position for start, _ in sentence.spans.values())


def last_speaker(ctx: Context, types: tuple[str, ...]) -> Mention | None:
    """The actor of the latest speech act, for "the statement warned ..." and "he said ..."."""
    for rel in reversed(list(ctx.records.relations.values())):
        if rel.predicate in _SPEECH_ACTS and rel.subject_type in types:
            gaz = ctx.gaz.get(rel.subject_id)
            if gaz is not None:
                return Mention(0, 0, gaz)
    return None
