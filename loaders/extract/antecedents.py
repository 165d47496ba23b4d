"""Antecedents of a subject pronoun or "the statement" opening a clause: the actor before it in the sentence,
the actor opening the sentence before, or the last speaker.
"""

from __future__ import annotations

import bisect
import re

from loaders.extract.clauses import SUBJECT_OPENING, names_troops
from loaders.extract.context import Context
from loaders.extract.qualifiers import home_state
from loaders.extract.sentences import Sentence
from loaders.gazetteer import Mention
from loaders.lexicon import (
    COORDINATORS,
    PRONOUN_SUBJECT,
    QUOTE_OPENS,
    QUOTED_PRONOUN_SPEAKER,
    QUOTED_SPEAKER,
    QUOTING_SPEAKER,
)
from loaders.triggers import FRAME_OF

_COORDINATED_AFTER = re.compile(rf"\s*(?:,\s*|\s+)(?:{COORDINATORS})\s+(?:the\s+)?⟦")
# After a demonym, the plural nouns that make it troops or people of that state ("French soldiers").
_PLURAL_ACTOR = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:troops|forces|soldiers|servicemen|units|contingents|peacekeepers|mercenaries|"
    r"officials|diplomats|authorities|fighters|instructors|marines|sailors|pilots|advisers|advisors)\b"
)
_SPEECH_ACTS = {predicate for predicate, frame in FRAME_OF.items() if frame.speech_act}
# Forces named by a definite article alone, opening the clause ("The troops arrived in ...").
_FORCES_OPENING = re.compile(r"^\s*(?:the|these|those)\s+(?:troops|soldiers|forces|officers|peacekeepers)\s*$")


def refer_back(
    ctx: Context, sentence: Sentence, clause_start: int, position: int, types: tuple[str, ...], speech_act: bool
) -> Mention | None:
    """The actor that a pronoun or "the statement" opening the clause before ``position`` stands for ("Russia
    announced it had annexed ..."): the subject of the clause before, or for a speech act the last speaker."""
    if _FORCES_OPENING.match(sentence.masked[clause_start:position]):
        return troops_owner(ctx, sentence, types)
    pronoun = _pronoun(sentence.masked[clause_start:position])
    if pronoun is None:
        return None
    if pronoun == "we" and QUOTE_OPENS.search(sentence.masked, 0, clause_start) and not _by_pronoun(sentence, position):
        return _speaking_for(ctx, quoted_speaker(sentence, clause_start, position, types), types)
    boundary = sentence.boundary_before(position)
    before = ctx.syntax.subject_before(sentence, (boundary, boundary), types)
    if before is None and pronoun in ("it", "they") and not _named_before(sentence, clause_start):
        before = previous_subject(ctx, sentence, types, plural=pronoun == "they")
    return before or (last_speaker(ctx, types) if speech_act else None)


def _speaking_for(ctx: Context, speaker: Mention | None, types: tuple[str, ...]) -> Mention | None:
    """A person's "we" is the state they speak for ("we call on X," the spokeswoman said), when it is known."""
    state = ctx.gaz.get(home_state(ctx, speaker) or "") if speaker is not None else None
    return Mention(0, 0, state) if state is not None and state.type in types else speaker


def _by_pronoun(sentence: Sentence, position: int) -> bool:
    """Whether the quote that holds ``position`` is said by a pronoun ('"...," she said')."""
    masked = sentence.masked
    close = _quote_close(masked, position)
    return close is not None and bool(QUOTED_PRONOUN_SPEAKER.match(masked, close))


def _quote_close(masked: str, position: int) -> int | None:
    """Where the quote that holds ``position`` closes, if it does."""
    return next((i for i in range(position, len(masked)) if masked[i] in '”"'), None)


def quoted_speaker(sentence: Sentence, opening: int, position: int, types: tuple[str, ...]) -> Mention | None:
    """The speaker named right after the quote that holds ``position``, or right before it (its words opening at
    ``opening``), whose "we" the quote says."""
    masked = sentence.masked
    close = _quote_close(masked, position)
    found = (
        QUOTED_SPEAKER.match(masked, close - 1 if close and masked[close - 1] in ",.!?" else close) if close else None
    )
    found = found or QUOTING_SPEAKER.search(masked, 0, opening)
    if found is None:
        return None
    speaker = sentence.mentions[int(found.group("speaker")[1:-1])]
    # placed nowhere in the clause, so that the words before the trigger ("we will never") still qualify it
    return Mention(0, 0, speaker.entity) if speaker.entity.type in types else None


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
    opening = next((m for m in previous.mentions if SUBJECT_OPENING.match(masked[: previous.spans[id(m)][0]])), None)
    if opening is None or opening.entity.type not in types:
        return None
    end = previous.token_end(opening)
    if _COORDINATED_AFTER.match(masked, end):
        return None
    troops = opening.kind == "demonym" and bool(_PLURAL_ACTOR.match(masked, end))
    fits = troops if plural else opening.entity.type == "State" and not troops
    return opening if fits or opening.entity.type == "Organization" else None


def troops_owner(ctx: Context, sentence: Sentence, types: tuple[str, ...]) -> Mention | None:
    """Whose "the troops" are: the actor whose forces the two sentences before last named ("Jamaican troops")."""
    index = bisect.bisect_left([s.start for s in ctx.sentences], sentence.start)
    for previous in reversed(ctx.sentences[max(0, index - 2) : index]):
        for m in reversed(previous.mentions):
            if m.entity.type in types and names_troops(ctx.text, m):
                return Mention(0, 0, m.entity)  # placed nowhere in this sentence, as a quoted speaker is
    return None


def _pronoun(clause: str) -> str | None:
    """The first word of the pronoun or description that opens ``clause`` as its subject, if one does."""
    found = PRONOUN_SUBJECT.match(clause)
    return found.group("pronoun").split()[0] if found else None


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
