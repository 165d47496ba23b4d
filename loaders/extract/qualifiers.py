"""Qualifiers: the values a relation carries (dates, troops, places); what it asserts is assertion.py's."""

from __future__ import annotations

import re

from loaders.dates import DateMention
from loaders.extract.context import Context
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity, Mention
from loaders.lexicon import (
    ADDED_COUNT,
    ASIDE_WORDS,
    ATTEMPTED,
    COMES_AFTER,
    CONDITIONS,
    DE_FACTO,
    DUE_AFTER,
    NOW_COUNT,
    NOW_COUNT_BEFORE,
    REASON,
    RIGHT_BOUNDARY,
    TO_COME,
    TO_COUNT,
    TROOPS,
)
from loaders.patterns import COUNT, POSITION, Frame, for_lowered
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
# A share of a count before it: "over half of the 3,000", "a third of some 900".
_SHARE_OF = re.compile(
    r"\b(?:half|third|quarter|most|some|part|majority|fraction|share|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:approximately|about|around|roughly|some|nearly|estimated|an\s+estimated)\s+)?$",
    re.I,
)
# A date that ends a state ("until 1982"): neither when it began nor when it was said.
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?$", re.I)
_OWNER_PRONOUN = re.compile(r"its|their", re.I)
# A count right before a place, its forces left unsaid ("and some 900 in Y", "and 200 more to Y").
_COUNT_BEFORE_PLACE = re.compile(
    r"\b(?:and|while)\s+(?:another\s+)?(?P<count>" + COUNT + r")(?:more\s+)?(?:to|in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


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
    own_count = (
        _COUNT_BEFORE_PLACE.search(sentence.masked, 0, sentence.position(obj) or 0) if "troops" in wanted else None
    )
    own_number = re.search(NUMBER, own_count.group("count")) if own_count else None
    if own_number:  # "2,500 troops in X and some 900 in Y": Y's own count
        q["troops"] = to_int(own_number.group("n"))
    elif "troops" in wanted:
        span = match.span()
        counts = [
            t
            for t in TROOPS.finditer(text)
            if ctx.syntax.in_clause(sentence, span, t.start()) is not False
            # "X hosts half of the 3,000 troops": the count of all of them, not of X's share named before it
            and not (
                obj.start - sentence.start < t.start() and _SHARE_OF.search(text, max(0, t.start() - 40), t.start())
            )
        ]
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
