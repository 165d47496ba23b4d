"""Frames: triggers to relations. A trigger's pattern matches a masked sentence; its frame's predicate, with
the types the ontology admits, decides which mentions are its subject and objects (asked of the syntax stage),
and the qualifiers stage says what the relation asserts and carries."""

from __future__ import annotations

import re
from typing import NamedTuple

import ahocorasick

from loaders.extract.antecedents import refer_back
from loaders.extract.assertion import assertion, quoted_line
from loaders.extract.context import Context
from loaders.extract.qualifiers import IN_PLACE, home_state, place_after, qualifiers
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity, Mention, literal_automaton
from loaders.lexicon import (
    ADOPTS_RESOLUTION,
    BORDER_AFTER,
    LOCATIVE_BEFORE,
    NOT_FOR_STATE,
    OPENS_RELATIVE_AT_END,
    OPPOSED_GAP,
    PARTICIPLE_BEFORE,
    THEIR_FORCES,
)
from loaders.patterns import Frame, Trigger
from loaders.triggers import TRIGGERS
from schema import ONTOLOGY
from schema.records import Relation

_COMPILED = [(t, t.compiled(), re.compile(t.requires, re.I) if t.requires else None) for t in TRIGGERS]
_CO_PARTY_CONFIDENCE = 0.8  # a party named after "with", not as the subject


class _Window(NamedTuple):
    """The words of the masked sentence whose negation, plans or conditions qualify a trigger, and where they
    start in it."""

    text: str
    start: int


def _window(sentence: Sentence, start: int, end: int) -> _Window:
    return _Window(sentence.masked[start:end], start)


def _year(published: str | None) -> int | None:
    """The year of an ISO publication date, if it has one."""
    return int(published[:4]) if published and published[:4].isdigit() else None


def _past_closed_relative(sentence: Sentence, window: _Window, trigger_start: int) -> _Window:
    """A window that opens inside a relative clause closed before the trigger ("X, which cannot ignore Y, deployed")
    starts after the clause, whose words speak of its antecedent only."""
    close = window.text.find(",")
    opens_inside = OPENS_RELATIVE_AT_END.search(sentence.masked, 0, window.start)
    if close < 0 or not opens_inside or "," in sentence.masked[window.start + close + 1 : trigger_start]:
        return window  # not closed before the trigger, or another comma after it ("which cannot, they say, send")
    return _window(sentence, window.start + close + 1, window.start + len(window.text))


def _cue_automaton() -> ahocorasick.Automaton:
    """Every trigger's cue stems, each mapped to the triggers it admits."""
    admits: dict[str, list[int]] = {}
    for index, trigger in enumerate(TRIGGERS):
        for cue in trigger.cues:
            admits.setdefault(cue, []).append(index)
    return literal_automaton(admits.items())


_CUES = _cue_automaton()


def find_triggers(ctx: Context, sentence: Sentence) -> list[tuple[Trigger, re.Match[str]]]:
    """Every match of a trigger in the sentence. With the prefilter on, only the triggers whose cue words the
    sentence holds are tried. A sentence with a match is a candidate: the syntax stage parses it."""
    lowered = ctx.lowered[sentence.start : sentence.end]
    adopts_resolution = "resolution" in lowered and bool(ADOPTS_RESOLUTION.search(sentence.text))
    if ctx.prefilter:
        admitted = {i for _, indices in _CUES.iter(lowered) for i in indices}
        candidates = [_COMPILED[i] for i in sorted(admitted)]
    else:
        candidates = _COMPILED
    found = []
    for trigger, regex, required in candidates:
        if required and not required.search(sentence.text):
            continue
        if adopts_resolution and trigger.frame.resolution_act:
            continue  # said of the resolution; see resolutions.py
        found += [(trigger, match) for match in regex.finditer(sentence.masked)]
    return found


def read_triggers(ctx: Context, sentence: Sentence, found: list[tuple[Trigger, re.Match[str]]]) -> None:
    """The triggers that matched the sentence (:func:`find_triggers`), applied; a refusal after the requests it
    may answer ("X asked Y to leave, but it refused")."""
    for trigger, match in sorted(found, key=lambda f: f[0].frame.refuses is not None):
        apply(ctx, trigger, match, sentence)


def read_resolution_acts(ctx: Context, sentence: Sentence) -> None:
    """The triggers of what a resolution can do, on a sentence in which the resolution is a mention."""
    for trigger, regex, _ in _COMPILED:
        if trigger.frame.resolution_act:
            for match in regex.finditer(sentence.masked):
                apply(ctx, trigger, match, sentence)


def apply(ctx: Context, trigger: Trigger, match: re.Match[str], sentence: Sentence) -> None:
    """Record the relations that one match of a trigger states."""
    frame = trigger.frame
    pred = ONTOLOGY.predicate(frame.predicate)
    subject, window = _subject(ctx, trigger, match, sentence, trigger.subject_types or pred.subject_types)
    if subject is None:
        return
    if trigger.subject_kinds and subject.entity.entity.properties.get("kind") not in trigger.subject_kinds:
        return
    window = _past_closed_relative(sentence, window, match.start())
    objects, window, request = _objects(ctx, trigger, match, sentence, subject, window, pred.object_types)
    subject_at = sentence.position(subject)
    words = _without_earlier_conjunct(ctx, sentence, match, subject, window)
    polarity, modality = assertion(
        frame, sentence, words, match.span(), subject_at, nominal=trigger.nominal, year=_year(ctx.doc.published)
    )
    if not frame.speech_act and frame.refuses is None and ctx.syntax.denied(sentence, match.span()):
        polarity = "negated"  # "denies that Russian troops are in X": a denial of the clause from outside it
    if trigger.presupposed and modality != "conditional":
        polarity, modality = "affirmed", "asserted"
    subjects = [subject, *ctx.syntax.coordinated(sentence, subject, pred.subject_types)]
    if trigger.passive and subject_at is not None:  # "by Germany and the Netherlands"
        subjects = ctx.syntax.objects_after(sentence, (subject_at, subject_at), pred.subject_types) or subjects
    named = {id(m) for m in (_mention_at(sentence, match, "s"), _mention_at(sentence, match, "o")) if m is not None}
    first = objects[0] if objects else None
    if frame.place_object and first is not None and id(first) not in named and _opposed(sentence, match.end(), first):
        return  # "deployed to fight against X", "sent troops to help X": X is fought or helped, not the place
    if not frame.speech_act and quoted_line(ctx, sentence) and modality == "asserted":
        modality = "hypothetical"  # 'The post read: "..."': the article quotes it, and does not say it
    for subject, obj in ((s, o) for s in subjects for o in objects):
        if obj is None or obj.entity.id == subject.entity.id:
            continue
        if (frame.foreign_place or trigger.subject_kinds) and _own_place(subject.entity, obj.entity):
            continue  # "Wagner fighters occupied a headquarters in Rostov", "X retook its own region"
        if any(id(m) not in named and _modifier(sentence, m, match.start()) for m in (subject, obj)):
            continue  # "the UN-recognised government", "Iran-backed militias": the name qualifies another noun
        if frame.speech_act and not frame.targets_forces and id(obj) not in named and _placed(sentence, obj):
            continue  # "condemned the fencing in Georgia": where the act was, not whom it is aimed at
        if not pred.connects(subject.entity.type, obj.entity.type):
            continue
        if frame.place_object and obj.kind in ("metonym", "demonym") and not _capital_place(frame, sentence, obj):
            continue  # "Russian troops", "troops sent by Moscow"; but "troops arrived in Bangui" are in its state
        if frame.holds and _before_border(sentence, obj):
            continue  # "sent troops to the Belarus border": the border is the sender's side of it
        values = qualifiers(ctx, frame, sentence, match, subject, obj, modality, nominal=trigger.nominal)
        if request is not None:  # a refusal is about the place the request named
            values.pop("territory", None)
            if "territory" in request.qualifiers:
                values["territory"] = request.qualifiers["territory"]
        actor = (frame.by_mission and ctx.gaz.mission(subject.entity.id, obj.entity.id)) or subject.entity
        if frame.for_state:
            actor = _state_of(ctx, actor)
        target = obj.entity
        if frame.own_territory and target.type == "Organization" and "territory" in values:
            target = ctx.gaz.mission(target.id, values["territory"]) or target  # "asked the UN mission to leave"
        ctx.records.add(frame.predicate, actor, target, values, sentence, polarity, modality, trigger.confidence)
        if frame.refuses is not None and request is None and id(obj) in named:
            # "rejected Israel's request to leave": the request it names was made
            asked = frame.refuses.predicate
            ctx.records.add(asked, obj.entity, actor, {}, sentence, "affirmed", modality, trigger.confidence)
        if frame.co_parties:
            for party in ctx.syntax.co_parties(sentence, obj):
                party_entity = _state_of(ctx, party.entity)
                ctx.records.add(
                    frame.predicate, party_entity, obj.entity, {}, sentence, polarity, modality, _CO_PARTY_CONFIDENCE
                )


def _without_earlier_conjunct(
    ctx: Context, sentence: Sentence, match: re.Match[str], subject: Mention, window: _Window
) -> str:
    """The window without the verb phrase before the trigger's own that shares its subject: in "X ended the pact
    and expelled Y's troops", "ended" does not negate the expulsion. What comes before the subject stays."""
    joint = ctx.syntax.own_conjunct(sentence, match.span())
    start, end = window.start, window.start + len(window.text)
    if joint is None or not start < joint < min(end, match.end()):
        return window.text
    subject_at = sentence.position(subject)
    own = sentence.masked[joint:end]
    if subject_at is not None and start <= subject_at < joint:
        return sentence.masked[start : sentence.token_end(subject)] + " " + own
    return own


def _state_of(ctx: Context, actor: GazEntity) -> GazEntity:
    """The state an official acts for: the state a current title of theirs names in the article ("Kenya's President
    X"), not a body's country ("Wagner chief X"), nor their listed country alone ("former president X"); not for a
    go-between or the opposition ("envoy", "mediator"). Any other actor is itself."""
    if actor.type != "Person":
        return actor
    offices = (t for t in ctx.titled if t.person.id == actor.id and not NOT_FOR_STATE.search(t.title))
    return next((t.body for t in offices if t.body is not None and t.body.type == "State"), actor)


def _subject(
    ctx: Context, trigger: Trigger, match: re.Match[str], sentence: Sentence, types: tuple[str, ...]
) -> tuple[Mention | None, _Window]:
    """The trigger's subject, and the window of words whose negation, plans or conditions qualify it."""
    masked = sentence.masked
    trig_start, trig_end = match.span()
    subject = _mention_at(sentence, match, "s")
    window_start = sentence.clause_start(trig_start)
    if subject is not None and trigger.passive:
        return subject, _window(sentence, window_start, trig_start)
    if subject is not None:
        return subject, _window(sentence, min(window_start, sentence.position(subject) or window_start), trig_end)
    subject = ctx.syntax.subject_before(sentence, match.span(), types)
    participle = PARTICIPLE_BEFORE.search(masked[:trig_start])
    if participle:
        window = _window(sentence, participle.start(), trig_start)
    elif subject is not None:
        window = _window(sentence, min(window_start, sentence.position(subject) or window_start), trig_start)
    else:
        window = _window(sentence, window_start, trig_start)
    if subject is None:
        subject = refer_back(ctx, sentence, window_start, trig_start, types, trigger.frame.speech_act)
        subject_pos = sentence.position(subject) if subject else None
        if subject_pos is not None:
            window = _window(sentence, subject_pos, trig_start)
    return subject, window


def _objects(
    ctx: Context,
    trigger: Trigger,
    match: re.Match[str],
    sentence: Sentence,
    subject: Mention,
    window: _Window,
    types: tuple[str, ...],
) -> tuple[list[Mention], _Window, Relation | None]:
    """The trigger's objects, the window (from the speaker on when the objects are in words reported), and for
    a refusal the request it answers."""
    frame = trigger.frame
    trig_start, trig_end = match.span()
    named = _mention_at(sentence, match, "o")
    objects = [named, *ctx.syntax.coordinated(sentence, named, types)] if named is not None else []
    if named is not None and sentence.position(named) == trig_start:  # an antecedent: not a name after its clause
        objects = [m for m in objects if (sentence.position(m) or 0) < trig_end]
    if not objects and trigger.passive:  # the patient before it, with those coordinated or one anaphor stands for
        before = ctx.syntax.subject_before(sentence, match.span(), types, passive=True)
        objects = [before, *_alongside(ctx, sentence, before, types)] if before else []
    elif not objects:
        objects = ctx.syntax.objects_after(sentence, match.span(), types)
    if not objects and frame.speech_act:
        objects = _reported(ctx, sentence, subject, trig_end, types)
        if objects:  # what the speaker did is read from the speaker on, not from the words reported
            window = _window(sentence, sentence.position(subject) or 0, trig_start)
    if frame.targets_forces and named is None:  # one the trigger names ("sanctions on X") is the target
        objects = _threatened(ctx, sentence, trig_end, subject, objects)
    request = None
    if frame.refuses is not None:
        request = ctx.records.request_to(frame.refuses, subject.entity.id)
        if named is None:
            objects = [_mention_of(ctx, request.subject_id)] if request else []
        elif request is not None and request.subject_id != named.entity.id:
            request = None  # "rejected Israel's request": the asker named, not an earlier one
    return objects, window, request


def _alongside(ctx: Context, sentence: Sentence, mention: Mention, types: tuple[str, ...]) -> list[Mention]:
    """The mentions coordinated with ``mention``, and the others of its span ("the two regions" for two)."""
    span = sentence.spans.get(id(mention))
    same = [m for m in sentence.mentions if m is not mention and span and sentence.spans.get(id(m)) == span]
    found = [m for m in ctx.syntax.coordinated(sentence, mention, types) if m not in same]
    return [*same, *found]


def _reported(
    ctx: Context, sentence: Sentence, speaker: Mention, trig_end: int, types: tuple[str, ...]
) -> list[Mention]:
    """ "Russia would hit back if Kyiv struck, Peskov warned.": the object is in the words reported before the
    speaker, and it is neither the speaker nor the speaker's own state."""
    candidates = ctx.syntax.reported_objects(sentence, speaker, trig_end, types)
    if not candidates:
        return []
    home = home_state(ctx, speaker)
    return [m for m in candidates if m.entity.id not in (home, speaker.entity.id)][:1]


def _threatened(
    ctx: Context, sentence: Sentence, trig_end: int, subject: Mention, objects: list[Mention]
) -> list[Mention]:
    """A spokesman's "Moscow would retaliate" threatens others, not Moscow: the forces named after the verb
    ("including German ones"), else the objects; failing another target, the place where the threat applies
    ("weapons in Ukraine would be targets")."""
    home = home_state(ctx, subject)
    forces = [
        m
        for m in sentence.mentions
        if m.kind == "demonym" and m.entity.id != subject.entity.id and sentence.spans[id(m)][0] > trig_end
    ]
    targets = forces or objects
    threatened = [o for o in targets if o is not None and o.entity.id != home]
    if not threatened and THEIR_FORCES.search(sentence.masked, trig_end):
        threatened = _other_party(ctx, sentence, trig_end, subject)
    place = place_after(sentence, trig_end, IN_PLACE) if targets and not threatened else None
    return threatened or [m for m in sentence.mentions if place is not None and m.entity.id == place.id][:1]


def _other_party(ctx: Context, sentence: Sentence, trig_end: int, subject: Mention) -> list[Mention]:
    """Whose "their instructors" a threat names: the one state other than the speaker's that the sentence names
    before the trigger, itself or as a person's ("answered the British minister's remarks, saying ...")."""
    own = {subject.entity.id, home_state(ctx, subject)}
    states: dict[str, Mention] = {}
    for m in sentence.mentions:
        span = sentence.spans.get(id(m))
        state = m.entity if m.entity.type == "State" else ctx.gaz.get(home_state(ctx, m) or "")
        if span is None or span[1] > trig_end or state is None or state.id in own:
            continue
        states[state.id] = Mention(0, 0, state)  # placed nowhere in this sentence, as a quoted speaker is
    return list(states.values()) if len(states) == 1 else []


def _modifier(sentence: Sentence, mention: Mention, trigger_at: int) -> bool:
    """Whether the mention is the first part of a compound modifier ("UN-recognised", "Saudi-led") other than the
    trigger ("Russian-occupied")."""
    span = sentence.spans.get(id(mention))
    return (
        span is not None
        and sentence.masked[span[1] : span[1] + 1] == "-"
        and sentence.masked[span[1] + 1 : span[1] + 2].isalpha()
        and span[1] + 1 != trigger_at
    )


def _opposed(sentence: Sentence, trigger_end: int, mention: Mention) -> bool:
    """Whether the mention is introduced as one fought or helped ("against", "to help"), or a war's place."""
    span = sentence.spans.get(id(mention))
    return span is not None and bool(OPPOSED_GAP.search(sentence.masked, trigger_end, span[0]))


def _placed(sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention is introduced as a place ("in Georgia", "across the region of X")."""
    span = sentence.spans.get(id(mention))
    return span is not None and bool(LOCATIVE_BEFORE.search(sentence.masked, max(0, span[0] - 30), span[0]))


def _before_border(sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention names the state on the other side of a border ("the Belarus border", "X's frontier")."""
    span = sentence.spans.get(id(mention))
    return span is not None and bool(BORDER_AFTER.match(sentence.masked, span[1]))


def _capital_place(frame: Frame, sentence: Sentence, mention: Mention) -> bool:
    """Whether a metonym of a state is its capital city, as written ("Bangui"), not its government or forces, and
    the frame may have a city for its state: where forces are, or whom one recognises; not an invasion or an
    annexation, which is of a whole place ("an offensive on Tripoli" is a battle)."""
    surface = sentence.text[mention.start - sentence.start : mention.end - sentence.start]
    whole_place = frame.foreign_place and not frame.holds
    return mention.kind == "metonym" and surface in mention.entity.capitals and not whole_place


def _own_place(actor: GazEntity, place: GazEntity) -> bool:
    """Whether the place is the actor's own state, or a territory recognised as part of it."""
    owner = actor.country or (actor.id if actor.type == "State" else None)
    return owner is not None and owner in (place.id, place.part_of)


def _mention_at(sentence: Sentence, match: re.Match[str], group: str) -> Mention | None:
    token = match.groupdict().get(group)
    if not token:
        return None
    return sentence.mentions[int(token[1:-1])]


def _mention_of(ctx: Context, entity_id: str) -> Mention:
    """A mention, outside any sentence, of an entity already recorded for this article."""
    return Mention(0, 0, ctx.gaz.get(entity_id) or GazEntity(ctx.records.entities[entity_id]))
