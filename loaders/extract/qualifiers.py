"""Qualifiers: what a relation asserts (polarity and modality) and the values it carries (dates, troops, places)."""

from __future__ import annotations

import datetime
import re

from loaders.dates import DateMention
from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity, Mention
from loaders.lexicon import (
    ADDED_COUNT,
    ASIDE_WORDS,
    ATTEMPTED,
    CHANGE_AFTER,
    CLOSED_RELATIVE,
    COMES_AFTER,
    COMING_TIME,
    CONDITIONAL,
    CONDITIONS,
    CONTINUES_TO,
    DE_FACTO,
    DECIDED_TO,
    DENIED_AS,
    DENIED_BEFORE,
    DENIES_REPORTED,
    DISPUTED_AFTER,
    DUE_AFTER,
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
    NOW_COUNT,
    NOW_COUNT_BEFORE,
    ONCE_HELD,
    OPENS_RELATIVE,
    PAST,
    PLANNED,
    QUOTE_INTRO,
    RANKED_INFINITIVE,
    REASON,
    REJECTION,
    REPORTED,
    RIGHT_BOUNDARY,
    SIMPLE_PAST,
    SPEAKS_AFTER,
    SPOKEN_OF,
    STILL_HOLDS,
    SUPPOSED_AFTER,
    SUPPOSED_BEFORE,
    TO_COME,
    TO_COUNT,
    TROOPS,
    USED_TO,
)
from loaders.patterns import POSITION, Frame, for_lowered, lower_aligned
from loaders.triggers import FRAME_OF
from schema import ONTOLOGY

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD_NUMBERS = (
    {word: n for n, word in enumerate(_UNITS.split())}
    | {word: 10 * n for n, word in enumerate(_TENS.split("|"), start=2)}
    | {"one hundred": 100}
)
# A count in digits or words ("1,500", "sixty-four", "twelve").
NUMBER = (
    r"(?<![\w/.,-])(?P<n>\d{1,3}(?:,\d{3})*|(?:"
    + _TENS
    + r")-(?:one|two|three|four|five|six|seven|eight|nine)|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")"
)
FROM_PLACE = for_lowered(
    r"\b(?:(?:from|in|out\s+of|leave|leaving|quit|vacate|exit)\s+(?:\w+\s+){0,4}?|occupation\s+of\s+(?:the\s+)?)$"
)  # "end the occupation of X": X is left
IN_PLACE = for_lowered(r"\b(?:in|inside|into|on)\s+(?:\w+\s+){0,2}?$")
_ASIDE = re.compile(rf"\s*\(({ASIDE_WORDS})\)")  # a short aside in brackets right after a name
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$", re.I)
# A date that ends a state ("until 1982"): neither when it began nor when it was said.
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?$", re.I)


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
    supposed, changed, clause = False, False, window
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
    if nominal and _rejects_another(sentence, trigger_span, subject_at):
        clause = REJECTION.sub(" ", clause)  # "Kyiv rejected Russia's annexation of X": it happened all the same
    if nominal and NEGATION.search(clause) and frame.refuses is None:
        polarity = "negated"  # "not with the participation of X soldiers in": the clause's negation holds
    if (
        frame.holds
        and modality in ("planned", "hypothetical")
        and polarity == "affirmed"
        and CONTINUES_TO.search(window)
        and HOLDING_VERB.match(masked, trigger_span[0])  # "continue to keep troops in", not "continue to send"
        and not CONDITIONAL.search(masked, trigger_span[1])  # "may continue to keep troops there if asked"
    ):
        modality = "asserted"  # "would continue to base troops in X": they are there now
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
_OWNER_PRONOUN = re.compile(r"its|their", re.I)
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


# A relative clause right after an object, whose words are the act's own, not what the act is about; not a "that"
# without a comma, which opens what was said ("warned X that ...").
_RELATIVE_AFTER = re.compile(r"\s*(?:,\s*(?:which|that|where|whom?)|which|where|whom?)\b", re.I)


def qualifiers(
    ctx: Context,
    frame: Frame,
    sentence: Sentence,
    match: re.Match[str],
    subject: Mention,
    obj: Mention,
    modality: str = "asserted",
    *,
    nominal: bool = False,
) -> dict:
    """The qualifiers the frame's predicate takes (schema/ontology.yaml), as the sentence gives them; a fact of the
    ``modality`` asserted takes no count that a change to come aims at, but the count there now next to it. A
    ``nominal`` trigger's words after its object are what the sentence says of it, not what it is about."""
    wanted = ONTOLOGY.predicate(frame.predicate).qualifier_map
    text = sentence.text
    clause_start = sentence.masked_to_text[sentence.clause_start(match.start())]
    clause_end_masked = RIGHT_BOUNDARY.search(sentence.masked, match.end())
    clause_end = sentence.masked_to_text[clause_end_masked.start()] if clause_end_masked else len(text)
    trig_text_start = sentence.masked_to_text[match.start()]
    q: dict = {}
    dates = [d for d in ctx.dates if sentence.start <= d.start and d.end <= sentence.end and d.year]
    placed = [(d, ctx.syntax.in_clause(sentence, match.span(), d.start - sentence.start)) for d in dates]
    if any(inside is not None for _, inside in placed):
        in_clause = [d for d, inside in placed if inside]  # a date qualifies only a fact of its own clause
    else:
        in_clause = [d for d in dates if clause_start <= d.start - sentence.start < clause_end] or dates
    in_clause = _listed_dates(sentence, in_clause, (subject, obj))
    if "years" in wanted or "date" in wanted or "since" in wanted:
        years = sorted({d.year for d in in_clause if d.year})
        # a date of the trigger's own clause before one of a clause it shares ("took X in 1967 and annexed Y in 1980")
        own = [
            d
            for d in (in_clause if len(in_clause) > 1 else ())
            if ctx.syntax.in_clause(sentence, match.span(), d.start - sentence.start, own=True)
        ]
        best = nearest(own or in_clause, sentence.start + trig_text_start)
        if "years" in wanted and len(years) > 1:
            q["years"] = years
        elif best is not None and not (frame.holds and _UNTIL.search(ctx.text, max(0, best.start - 20), best.start)):
            after_since = _SINCE.search(ctx.text, max(0, best.start - 12), best.start)
            key = "since" if "since" in wanted and (after_since or "date" not in wanted) else "date"
            q[key] = best.iso
    if "troops" in wanted:
        span = match.span()
        counts = [t for t in TROOPS.finditer(text) if ctx.syntax.in_clause(sentence, span, t.start()) is not False]
        words_end = sentence.masked_to_text[match.end() - 1] + 1
        # the trigger's own count first, then the nearest ("2,000 left X, and 500 US troops are based in Y": 500)
        counts.sort(key=lambda t: max(trig_text_start - t.end(), t.start() - words_end, 0))
        lowered = ctx.lowered[sentence.start : sentence.end]
        to_come = {t.start() for t in counts if modality == "asserted" and count_to_come(lowered, t)}
        troops = next((t.group("number") for t in counts if t.start() not in to_come), None)
        if troops is None:  # "to 3,000 troops, up from 1,700": the count there now
            troops = next(filter(None, (now_count(lowered, t) for t in counts if t.start() in to_come)), None)
        if troops:
            q["troops"] = to_int(troops)
    if "territory" in wanted:
        place = place_after(sentence, match.end(), FROM_PLACE)
        if place is None:
            adjectives = [m for m in sentence.mentions if m.kind == "place-adjective"]
            place = adjectives[0].entity if adjectives else None
        if place is None and frame.own_territory:
            # A leader or state asking for a withdrawal without naming a place means its own country.
            if subject.entity.type == "Person":
                place = ctx.gaz.get(subject.entity.country or "") or position_state(ctx, subject.entity.id)
            elif subject.entity.type == "State":
                place = subject.entity
        if place is not None:
            q["territory"] = place.id
    if "where" in wanted:
        place = place_after(sentence, match.end(), IN_PLACE)
        if place is not None:
            q["where"] = place.id
    if "status" in wanted:
        before = sentence.masked[max(0, match.start() - 30) : match.start()]
        if DE_FACTO.search(before):
            q["status"] = "de-facto"
        elif ATTEMPTED.search(text[:clause_end]):
            q["status"] = "attempted"
    if "reason" in wanted:
        reason = REASON.search(text)
        if reason:
            q["reason"] = reason.group("reason").strip()
    if "conditions" in wanted:
        cond = CONDITIONS.search(text)
        if cond:
            q["conditions"] = cond.group("text").strip()
    if ("about" in wanted or "what" in wanted) and not nominal:
        obj_pos = sentence.position(obj)
        if obj_pos is not None:
            tail_start = sentence.masked_to_text[obj_pos] + (obj.end - obj.start)
            speaker = subject.start - sentence.start  # "..., Peskov warned": the reported words end there
            tail_end = speaker if tail_start <= speaker <= len(text) else len(text)
            tail = re.split(r"[;.]\s|\s[—–]\s|,\s+(?:and|but|while|whereas)\s", text[tail_start:tail_end] + " ")[0]
            words = re.sub(r"^\s*(?:’s|'s)\s*", "", tail).split()[:12]
            if words and not _RELATIVE_AFTER.match(tail):  # "X, which Y condemned": the act's own words
                q["about" if "about" in wanted else "what"] = " ".join(words).strip(' ,.;:"“”')
    return {k: v for k, v in q.items() if k in wanted and v not in (None, "", [])}


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


def count_to_come(lowered: str, count: re.Match[str]) -> bool:
    """Whether a count of troops is one that a change to come aims at ("plans to raise it to 3,000 troops", "will
    send 500 more troops", "a further 800 soldiers are due"), not the count there now."""
    start = count.start()
    if DUE_AFTER.match(lowered, count.end()):
        return True  # "3,000 marines due to sail": those a change to come counts
    change = TO_COUNT.search(lowered, max(0, start - 120), start)
    if change is None and not ADDED_COUNT.search(count.group()):
        return False
    if change is not None and change.group("plan"):
        return True  # "plans for 4,000 troops"
    # the words before the change's verb ("plans to raise"), or before the count it adds to ("will send 500 more")
    if change is not None and (change.group("change") or change.group("has")):
        word_start, word_end = change.span("change") if change.group("change") else change.span("has")
    else:
        word_start, word_end = start, start + len(count.group("number"))
    return bool(TO_COME.search(lowered, max(0, word_start - 60), word_end) or COMES_AFTER.match(lowered, count.end()))


def now_count(lowered: str, target: re.Match[str]) -> str | None:
    """The count there now that a sentence gives next to a target to come ("to 3,000 troops, up from 1,700";
    "from 5,000 to 2,500 soldiers"), if any."""
    now = NOW_COUNT.match(lowered, target.end()) or NOW_COUNT_BEFORE.search(
        lowered, max(0, target.start() - 80), target.start()
    )
    return now.group("from") if now else None


def _listed_dates(sentence: Sentence, dates: list[DateMention], ends: tuple[Mention, Mention]) -> list[DateMention]:
    """In a list whose names each carry a date in brackets ("Russia (2008), Nauru (2009)"), a fact takes the date
    of its own subject or object, and never another item's."""
    owned: dict[int, list[DateMention]] = {}
    for m in sentence.mentions:
        aside = _ASIDE.match(sentence.text, m.end - sentence.start)
        if aside:
            start, end = sentence.start + aside.start(1), sentence.start + aside.end(1)
            owned[id(m)] = [d for d in dates if start <= d.start and d.end <= end]
    owned = {k: v for k, v in owned.items() if v}
    if len(owned) < 2:
        return dates
    own = [d for m in ends for d in owned.get(id(m), [])]
    others = {id(d) for found in owned.values() for d in found}
    return own or [d for d in dates if id(d) not in others]


def place_after(sentence: Sentence, masked_pos: int, cue_re: re.Pattern[str]) -> GazEntity | None:
    """The first state or territory after ``masked_pos`` that ``cue_re`` introduces ("from", "in")."""
    for m in sentence.mentions:
        pos = sentence.spans[id(m)][0]
        if pos < masked_pos or m.entity.type not in ("State", "Territory") or m.kind == "metonym":
            continue
        if _OWNER_PRONOUN.fullmatch(sentence.text, m.start - sentence.start, m.end - sentence.start):
            continue  # "to vacate its base at X": the owner, not the place
        if cue_re.search(sentence.masked[max(0, pos - 40) : pos]):  # the cue may end the trigger ("leave")
            return m.entity
    return None


def home_state(ctx: Context, actor: Mention) -> str | None:
    """The state a person speaks for: their country, or the state they hold a position in."""
    if actor.entity.type != "Person":
        return None
    state = ctx.gaz.get(actor.entity.country or "") or position_state(ctx, actor.entity.id)
    return state.id if state else None


def position_state(ctx: Context, person_id: str) -> GazEntity | None:
    for rel in ctx.records.relations.values():
        if rel.predicate == POSITION.predicate and rel.subject_id == person_id and rel.object_type == "State":
            return ctx.gaz.get(rel.object_id)
    return None


def nearest(dates: list[DateMention], position: int) -> DateMention | None:
    """The date closest to ``position``; of two as close, one with a day."""
    if not dates:
        return None
    return min(dates, key=lambda d: (abs(d.start - position), -(d.day is not None)))


def to_int(value: str) -> int | None:
    """A count in digits or words: "1,500", "2.5 thousand", "sixty-four"."""
    value = value.strip().lower()
    if value in _WORD_NUMBERS:
        return _WORD_NUMBERS[value]
    tens, _, ones = value.partition("-")
    if tens in _WORD_NUMBERS and ones in _WORD_NUMBERS:  # "sixty-four"
        return _WORD_NUMBERS[tens] + _WORD_NUMBERS[ones]
    multiplier = 1
    for word, factor in (("thousand", 1000), ("million", 1_000_000)):
        if word in value:
            value, multiplier = value.replace(word, "").strip(), factor
    try:
        return int(float(value.replace(",", "")) * multiplier)
    except ValueError:
        return None
