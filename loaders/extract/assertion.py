"""Assertion: whether the text affirms or negates a relation, and as what (asserted, planned, hypothetical,
conditional), from the words around its trigger; and facts that a later sentence reports as disputed."""

from __future__ import annotations

import datetime
import re

from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.lexicon import (
    CHANGE_AFTER,
    CLOSED_RELATIVE,
    COMING_TIME,
    CONDITIONAL,
    CONTINUES_TO,
    DECIDED_TO,
    DENIED_AS,
    DENIED_BEFORE,
    DENIES_REPORTED,
    DISPUTED_AFTER,
    ENDED_AFTER,
    ENDED_BEFORE,
    EXISTS_AFTER,
    FAILED_BEFORE,
    FORMER_BEFORE,
    FORMER_OWNED,
    GAVE_UP_OWN,
    HEARSAY,
    HELD_UNTIL,
    HOLDING_VERB,
    HYPOTHETICAL,
    INFINITIVE,
    LEFT_AFTER,
    LEFT_PLACE_NOUNS,
    MAY,
    MAY_MONTH_AFTER,
    MAY_MONTH_BEFORE,
    MAY_NAME_AFTER,
    MAY_NAME_BEFORE,
    NEGATION,
    NOT_YET_AN_ACT,
    ONCE_HELD,
    OPENS_RELATIVE,
    PAST,
    PLANNED,
    QUOTE_INTRO,
    RANKED_INFINITIVE,
    REJECTION,
    REPORTED,
    RIGHT_BOUNDARY,
    SIMPLE_PAST,
    SPEAKS_AFTER,
    SPOKEN_OF,
    STILL_HOLDS,
    SUPPOSED_AFTER,
    SUPPOSED_BEFORE,
    USED_TO,
)
from loaders.patterns import STAY_ON, Frame, lower_aligned
from loaders.triggers import FRAME_OF

_STAYS = re.compile(STAY_ON, re.I)
# Only small words, or a word for a mere idea of the act, between a negation and the noun phrase it negates ("not
# with X units in", "dismissed talk of a"); a verb between them is what the negation is of ("did not condemn
# Russia's annexation": the annexation happened).
_FUNCTION_WORDS = re.compile(
    r"(?:\s+(?:with|the|a|an|any|of|for|in|under|by|from|through|its|their|participation|presence|involvement|"
    r"deployment|arrival|talk|idea|possibility|prospect|suggestions?|notion|reports?|claims?|rumou?rs?))*\s*",
    re.I,
)


def assertion(
    frame: Frame,
    sentence: Sentence,
    window: str,
    trigger_span: tuple[int, int],
    subject_at: int | None,
    *,
    nominal: bool = False,
    year: int | None = None,
) -> tuple[str, str]:
    """Polarity and modality, from the words of the trigger's clause (``window``), of the trigger itself, and
    right before its subject. A ``nominal`` trigger (a noun phrase) reads only the few words before it, and what
    its clause says of it after. ``year``: when the article was written (else this year); a state held "until" a
    later year has not ended."""
    masked = sentence.masked
    supposed, changed = False, False
    end = RIGHT_BOUNDARY.search(masked, trigger_span[1])
    after = masked[trigger_span[1] : end.start() if end else len(masked)]
    if nominal:
        start = min(trigger_span[0], subject_at if subject_at is not None else trigger_span[0])
        window = masked[start : trigger_span[1]]
        object_end = re.match(r"(?:\s+\S+){0,3}?\s*⟦\d+⟧", after)  # the place the phrase names, then its clause
        said = object_end is not None and SPEAKS_AFTER.match(after[object_end.end() :])
        supposed = bool((not said and SUPPOSED_AFTER.search(after)) or SUPPOSED_BEFORE.search(masked, 0, start))
        changed = object_end is not None and bool(CHANGE_AFTER.match(after[object_end.end() :]))
    # "to" right before a verb of the trigger ("plans to send troops", "urged X to expel"); not a preposition that ends
    # the trigger ("deployed to") or that comes before its subject ("due to Russia's annexation"); a speech act
    # decided is made ("voted to oust X troops")
    before = masked[max(0, trigger_span[0] - 40) : trigger_span[0]]
    infinitive = (
        not (frame.speech_act and DECIDED_TO.search(before))
        and subject_at != trigger_span[0]
        and not masked.startswith("⟦", trigger_span[0])  # "flew to X, which Y annexed": a preposition before a name
        and bool(INFINITIVE.search(before))
        and not RANKED_INFINITIVE.search(before)
    )
    polarity, modality = _polarity_modality(window, frame, infinitive, modal_may(sentence.text))
    if nominal and frame.refuses is None:
        before_phrase = masked[: min(trigger_span[0], subject_at if subject_at is not None else trigger_span[0])]
        if _rejects_another(sentence, trigger_span, subject_at):  # "Kyiv rejected Russia's annexation of X"
            before_phrase = REJECTION.sub(lambda r: " " * len(r.group()), before_phrase)  # it happened all the same
        phrase_start = len(before_phrase)
        negations = [n for n in NEGATION.finditer(before_phrase + masked[phrase_start:]) if n.start() < phrase_start]
        last = negations[-1] if negations else None
        # "not with X units in", "ended its presence in", "no X troops in"
        if last is not None and (last.end() >= phrase_start or _FUNCTION_WORDS.fullmatch(before_phrase, last.end())):
            polarity = "negated"
    if (
        frame.holds
        and modality in ("planned", "hypothetical")
        and polarity == "affirmed"
        and (
            (CONTINUES_TO.search(window) and HOLDING_VERB.match(masked, trigger_span[0]))  # not "continue to send"
            or _STAYS.search(masked, *trigger_span)  # "the troops will remain in X"
        )
        and not CONDITIONAL.search(masked, trigger_span[1])  # "may continue to keep troops there if asked"
    ):
        modality = "asserted"  # "would continue to base troops in X", "will stay in X": they are there now
    if supposed and modality == "asserted":
        modality = "hypothetical"
    if modality == "asserted" and not frame.speech_act and subject_at != trigger_span[0] and SPOKEN_OF.search(before):
        modality = "hypothetical"  # "warned Paris against sending troops", "talk of annexing"
    before_subject = masked[:subject_at] if subject_at else ""
    # "has denied sending troops to": a denial inside the trigger's own words; "denied that Russia had sent".
    denied = (
        NEGATION.search(masked[trigger_span[0] : trigger_span[1]])
        or (DENIED_BEFORE.search(before_subject) and not changed)  # "denies that its force in Y is growing"
        or FAILED_BEFORE.search(masked, 0, trigger_span[0])
    )
    existence_denied = nominal and bool(EXISTS_AFTER.match(after))  # "denied that X's threats were real"
    if denied and (not frame.speech_act or existence_denied) and frame.refuses is None:
        polarity = "negated"
    own_words = masked[trigger_span[0] : trigger_span[1]]
    until = HELD_UNTIL.search(after) if frame.holds and SIMPLE_PAST.search(own_words) else None
    held_before = (
        until is not None
        and not STILL_HOLDS.search(own_words + window)
        and (until.group("year") is None or int(until.group("year")) <= (year or datetime.date.today().year))
    )
    ended = (ENDED_AFTER.search(after) and PAST.search(own_words + window)) or held_before
    if not frame.speech_act and (ended or (frame.holds and _ended(sentence, window, trigger_span, subject_at, after))):
        polarity = "negated"  # "had been stationed in X until 2019", "the former X base in Y": it holds no more
    if modality == "asserted" and not frame.speech_act and DISPUTED_AFTER.match(masked[trigger_span[1] :]):
        modality = "hypothetical"  # "X says Y troops are in Z, which Y denies": one side's word
    # "accused Russia of violating ...", "reports that Chinese troops ...": unverified, so not asserted.
    if modality == "asserted" and HEARSAY.search(before_subject):
        modality = "hypothetical"
    if modality == "asserted" and sentence.text.rstrip().endswith("?"):
        modality = "hypothetical"  # a question asserts nothing ("Did Poland send troops to Ukraine?")
    if modality == "asserted" and not frame.speech_act and not nominal and COMING_TIME.match(after):
        modality = "planned"  # "X sends troops to Y next month"
    return polarity, modality


def _ended(sentence: Sentence, window: str, span: tuple[int, int], subject_at: int | None, after: str) -> bool:
    """Whether the words around a state say it ended: right after its place ("left the country", "left Y", where Y
    is its place), or before it ("Until 2019, ...", "the former X base in", "used to have")."""
    masked = sentence.masked
    # forces named in a relative clause, then what they did ("X's troops, who had been in Y since 2020, left in 2024")
    if OPENS_RELATIVE.search(masked, span[0], span[1]):
        after = masked[span[1] :]
    elif masked.endswith("⟧", 0, span[1]):  # a trigger that ends with its place: "overran Y in 2014 and was driven out"
        after = masked[masked.rindex("⟦", 0, span[1]) : span[1]] + after
    left = LEFT_AFTER.match(after)
    if left and (not left.group("place") or _same_place(sentence, left.group("place"), after)):
        return True
    start = min(span[0], subject_at if subject_at is not None else span[0])
    if FORMER_BEFORE.search(masked, max(0, start - 30), start) or FORMER_BEFORE.search(masked, 0, span[0]):
        return True
    if FORMER_OWNED.search(masked, start, span[1]):
        return True  # "France's former base in X"
    once = ONCE_HELD.search(masked, start, span[1])
    if once and _STILL_AFTER.search(masked, span[1]):
        once = None  # "X once kept a base in Y, and it still keeps troops there"
    for given_up in (GAVE_UP_OWN.search(masked, max(0, start - 40), span[1]), once):
        if given_up and not _ANOTHER_CLAUSE.search(masked, given_up.start(), span[0]):
            return True  # "X closed its last base in Y", "X once kept a base in Y"; not "..., but still has troops in"
    for at in (start, span[0]):
        used = USED_TO.search(masked, max(0, at - 30), at + 8)
        if used and not _ANOTHER_CLAUSE.search(masked, min(used.end(), span[0]), span[0]):
            return True  # "X used to have troops in"; not "X, which used to be an ally, keeps troops in"
    after_ending = masked[start : span[0]]
    return bool(
        PAST.search(masked[span[0] : span[1]] + window)
        and ENDED_BEFORE.search(masked, 0, start)
        and not _ANOTHER_CLAUSE.search(after_ending)  # "Until 2019, X had troops in Y, and it still keeps ..."
    )


def _same_place(sentence: Sentence, left: str, after: str) -> bool:
    """Whether the place forces left (a noun, "the country", or a mention) is the state's place: the first mention
    after the trigger, or another naming the same entity ("Y ... left the region")."""
    if left in LEFT_PLACE_NOUNS:
        return True
    place = _MENTION.search(after)
    if place is None or not _MENTION.fullmatch(left):
        return False
    return sentence.mentions[int(left[1:-1])].entity == sentence.mentions[int(place.group(0)[1:-1])].entity


_MENTION = re.compile(r"⟦\d+⟧")
# A clause joined after a state once held that says it still holds ("X once kept a base in Y, and it still keeps
# troops there"); not a word of another's clause ("Y, which now hosts Z's ships").
_STILL_AFTER = re.compile(r"\b(?:and|but)\s+(?:it\s+|they\s+|⟦\d+⟧\s+)?(?:still|now|today|remains?|continues?)\b")
# What starts another clause, or a state still held, between an ending's words and a trigger.
_ANOTHER_CLAUSE = re.compile(r",|\b(?:which|who|and|but|still|now)\b")


def dispute_reported(ctx: Context, sentence: Sentence, previous: Sentence | None) -> None:
    """ "Seoul said X had sent troops to Y. Moscow and Pyongyang denied the reports.": what the sentence before
    reports, and this one denies, is one side's word; not so of what a speaker did (a demand, a threat)."""
    # a sentence that names nothing is not masked: its own words, in lower case ("Officials denied the reports.")
    denial = DENIES_REPORTED.search(sentence.masked or lower_aligned(sentence.text)) if previous else None
    if previous is None or denial is None or not REPORTED.search(previous.masked):
        return
    # who denies it (before the denial), or, where the report is named by what it is about, what it names (both sides)
    about = denial.group("about") or denial.group("about2")
    if not about and denial.group("verify"):
        names = None  # "could not verify the report": whatever it reported
    else:
        cut = denial.end() if about else denial.start()
        names = {
            m.entity.id
            for m in sentence.mentions
            if (span := sentence.spans.get(id(m))) and (span[0] >= cut) == bool(about)
        }
    ctx.records.dispute([previous], _STATES_OF_AFFAIRS, names, both=bool(about))  # "the reports of X troops in Y"


_STATES_OF_AFFAIRS = {f.predicate for f in FRAME_OF.values() if not f.speech_act and f.refuses is None}


def quoted_line(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence is words that the line before it introduces as quoted ("It stated:", "The post read:")."""
    at = next((i for i, s in enumerate(ctx.sentences) if s.start == sentence.start), 0)
    return at > 0 and bool(QUOTE_INTRO.search(ctx.sentences[at - 1].text.lower()))


def modal_may(text: str) -> bool:
    """Whether "may" in ``text`` (original case) is ever the modal: not "May" the month or a name ("in May",
    "9 May", "May 2020", "under Theresa May"); a sentence's first "May" is the modal unless a number follows."""
    return any(m.group() == "may" or not _may_is_a_word(text, m.start(), m.end()) for m in MAY.finditer(text))


def _may_is_a_word(text: str, start: int, end: int) -> bool:
    """Whether the "May" at ``start`` is the month or a name."""
    if MAY_MONTH_BEFORE.search(text, 0, start) or MAY_MONTH_AFTER.match(text, end):
        return True
    return bool(MAY_NAME_BEFORE.search(text, 0, start) and MAY_NAME_AFTER.match(text, end))


def _polarity_modality(window: str, frame: Frame, infinitive: bool, may: bool = True) -> tuple[str, str]:
    """``may``: whether a "may" of the sentence is the modal (:func:`modal_may`)."""
    window = CLOSED_RELATIVE.sub(",", window)  # "X, which cannot ignore Y, deployed": of X only
    polarity = "negated" if NEGATION.search(window) and frame.refuses is None else "affirmed"
    if CONDITIONAL.search(window):
        return polarity, "conditional"
    if any(h.group() != "may" or may for h in HYPOTHETICAL.finditer(window)):
        return polarity, "hypothetical"
    if PLANNED.search(window):
        return polarity, "planned"
    if infinitive:
        return polarity, "planned"
    return polarity, "asserted"


def _rejects_another(sentence: Sentence, trigger_span: tuple[int, int], subject_at: int | None) -> bool:
    """Whether a rejection before a nominal trigger is another's objection to the act, not a denial of it: not by
    the act's own author ("Moscow rejected Russia's presence in X"), not of "any" or "talk of a" such act, nor "as
    a fiction"."""
    masked = sentence.masked
    rejection = next(reversed(list(REJECTION.finditer(masked, 0, trigger_span[0]))), None)
    if rejection is None or DENIED_AS.match(masked, trigger_span[1]):
        return False
    if NOT_YET_AN_ACT.search(masked, rejection.end(), trigger_span[0]):
        return False  # "dismissed talk of a Russian base in X", "rejected any presence": there is none to object to
    placed = [(sentence.position(m), m) for m in sentence.mentions]  # in order of start
    rejecter = next((m for at, m in reversed(placed) if at is not None and at < rejection.start()), None)
    author = next((m for at, m in placed if at is not None and at == subject_at), None)
    return rejecter is None or author is None or rejecter.entity.id != author.entity.id
