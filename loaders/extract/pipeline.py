"""Extraction: a Document becomes typed entities and relations, each cited to its sentence.

>>> from loaders.reading import read_text
>>> result = extract_document(read_text("x", "Russian troops occupy parts of Moldova."))
>>> [(r.subject_id, r.object_id, r.polarity) for r in result.relations]
[('russia', 'moldova', 'affirmed')]
"""

from __future__ import annotations

import re

import ahocorasick

from loaders.dates import DateMention
from loaders.extract.coreference import resolve_anaphors
from loaders.extract.mentions import find_mentions
from loaders.extract.records import Extraction, Records, slug
from loaders.extract.sentences import Sentence, split_sentences, with_mention
from loaders.gazetteer import GazEntity, Gazetteer, Mention, default_gazetteer, literal_automaton
from loaders.lexicon import (
    ATTEMPTED,
    CLAIM_VERB,
    CONDITIONAL,
    CONDITIONS,
    COORDINATED_VERB_BEFORE,
    COORDINATION_GAP,
    DE_FACTO,
    DENIED_BEFORE,
    HEARSAY,
    HYPOTHETICAL,
    INFINITIVE,
    NEGATION,
    PARTICIPLE_BEFORE,
    PLANNED,
    PREPOSITION_BEFORE,
    PRONOUN_SUBJECT,
    REASON,
    RIGHT_BOUNDARY,
    TROOPS,
    VERDICTS,
)
from loaders.patterns import (
    ADOPTION,
    CLAIM,
    CONTAINMENT,
    POSITION,
    TRIGGERS,
    Frame,
    Trigger,
    for_lowered,
)
from loaders.reading import Document
from schema import ONTOLOGY
from schema.records import Entity, stable_hash

_COMPILED = [(t, t.compiled(), re.compile(t.requires, re.I) if t.requires else None) for t in TRIGGERS]


def _cue_automaton() -> ahocorasick.Automaton:
    """Every trigger's cue stems, each mapped to the triggers it admits."""
    admits: dict[str, list[int]] = {}
    for index, trigger in enumerate(TRIGGERS):
        for cue in trigger.cues:
            admits.setdefault(cue, []).append(index)
    return literal_automaton(admits.items())


_CUES = _cue_automaton()
_RESOLUTION = re.compile(
    r"\b(?P<verb>adopt(?:ed|s)?|pass(?:ed|es)?|issu(?:ed|es)|approv(?:ed|es)|endors(?:ed|es))\s+"
    r"(?:(?:a|an|the)\s+)?(?:new\s+|non-binding\s+|binding\s+)?resolution\b"
    r"(?:\s+(?:No\.?\s*)?(?P<number>(?:ES-)?\d{1,3}/\d{1,4})\b)?"
    r"(?:\s+(?:titled\s+|entitled\s+|called\s+)?[\"“](?P<title>[^\"”]{3,120}?)[,.]?[\"”])?",
    re.I,
)
# What may stand between a title's modifier and the title: "Russian Foreign Minister", "Moldova's President".
_TITLE_MODIFIER_GAP = re.compile(r"(?:’s|'s)?\s{1,2}$")
# A clause that opens with coordinated mentions before its subject: "NATO and the", "Germany, France and".
_COORDINATED_HEAD = for_lowered(r"^\s*(?:the\s+)?⟦\d+⟧(?:\s*,\s*(?:the\s+)?⟦\d+⟧)*\s*,?\s+and\s+(?:the\s+)?$")
# The reported words end with a comma (or a closing quote) just before the speaker: "..., Peskov warned."
_REPORTED_HEAD = re.compile(r"[,”\"]\s*(?:[\w⟦⟧]+\s+){0,4}$")
# A quotation (its words, of at least 8 characters, up to the closing mark).
_QUOTED = re.compile(r"[“\"](?P<words>[^”\"]{8,})[”\"]")
_VERDICT_LENGTH = 60  # a verdict is a sentence of its own, at most about 30 characters ("That claim is mostly false.")
_TOKEN = re.compile(r"⟦(\d+)⟧")  # a masked mention, with its index
_POSSESSIVE_BEFORE = re.compile(r"\s*(?:’s|'s)\s")  # "Russia's ..."
_POSSESSOR = re.compile(r"\s*(?:’s|'s)\s+⟦")  # "Russia's ⟦1⟧"
_POSSESSED_MENTION = re.compile(r"\s*(?:[\w-]+\s+){0,2}?⟦")  # "... Foreign Ministry", after a possessive
_CLAIM_LABEL = re.compile(r"\s*claim\s*:", re.I)
_NOT_ADOPTED = re.compile(r"\b(?:(?:failed|fails|refused|declined)\s+to|(?:did|does|could)\s+not|never)\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$", re.I)
# A mention followed by one of these is the subject of a clause of its own, not an item of a list.
_FINITE_VERB_AFTER = for_lowered(r"\s+(?:has|have|had|is|are|was|were|will|would|said|says|did|does)\b")
_SPEECH_ACTS = {t.predicate for t in TRIGGERS if t.frame.speech_act}
_FRAMES = {t.predicate: t.frame for t in TRIGGERS}
_WORD_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "one hundred": 100,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER = (
    r"(?<![\w/.,-])(?P<n>\d{1,3}(?:,\d{3})*|(?:"
    + _TENS
    + r")-(?:one|two|three|four|five|six|seven|eight|nine)|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")"
)
_FROM_PLACE = for_lowered(r"\b(?:from|in|out\s+of|leave|leaving|quit|vacate|exit)\s+(?:\w+\s+){0,4}?$")
_IN_PLACE = for_lowered(r"\b(?:in|inside|into|on)\s+(?:\w+\s+){0,2}?$")
# Words between a count and what it counts; a number there would be a count of its own.
_GAP = r"\s+(?:[^\W\d][\w.]*\s+){0,3}?"
# A tally: "passed 64-15", "adopted by a vote of 100 to 11".
_TALLY = r"(?:passed|adopted|approved|carried|vote\s+of)\s+(?:by\s+)?(?:a\s+vote\s+of\s+)?"
_TO = r"\s*(?:[-–]|to)\s*"
_VOTES = {
    "for": re.compile(
        _NUMBER
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
        + _NUMBER
        + r"\s+against\b|"
        + _NUMBER.replace("?P<n>", "?P<n2>")
        + _GAP
        + r"(?:voted|voting)\s+against|against[^.\d]{0,20}?\b"
        + _NUMBER.replace("?P<n>", "?P<n3>"),
        re.I,
    ),
    "abstain": re.compile(_NUMBER + _GAP + r"(?:abstain(?:ed|ing)?|abstentions)", re.I),
}


class _ArticleExtractor:
    """Holds the state of one article while its sentences are read."""

    def __init__(self, doc: Document, gazetteer: Gazetteer, *, prefilter: bool = True) -> None:
        self.doc = doc
        self.prefilter = prefilter
        self.gaz = gazetteer
        self.records = Records(doc)
        found = resolve_anaphors(find_mentions(doc, gazetteer))
        self.text = found.text
        self.lowered = found.lowered
        self.dates = found.dates
        self.titled = found.titled
        self.mentions = found.mentions

    # -- relations ----------------------------------------------------------------------

    def run(self) -> Extraction:
        sentences = split_sentences(self.text, self.mentions)
        for sentence in sentences:
            if sentence.mentions:
                self._titles(sentence)
                self._triggers(sentence)
                self._resolutions(sentence, sentences)
                self._part_of(sentence)
        self._fact_check(sentences)
        self._inferences()
        return self.records.extraction()

    def _triggers(self, sentence: Sentence) -> None:
        lowered = self.lowered[sentence.start : sentence.end]
        adopts_resolution = "resolution" in lowered and bool(_RESOLUTION.search(sentence.text))
        if self.prefilter:
            admitted = {i for _, indices in _CUES.iter(lowered) for i in indices}
            candidates = [_COMPILED[i] for i in sorted(admitted)]
        else:
            candidates = _COMPILED
        for trigger, regex, required in candidates:
            if required and not required.search(sentence.text):
                continue
            if adopts_resolution and trigger.frame.resolution_act:
                continue  # said of the resolution; see _resolutions
            for match in regex.finditer(sentence.masked):
                self._apply(trigger, match, sentence)

    def _apply(self, trigger: Trigger, match: re.Match[str], sentence: Sentence) -> None:
        frame = trigger.frame
        pred = ONTOLOGY.predicate(frame.predicate)
        masked = sentence.masked
        trig_start, trig_end = match.span()
        subject = _mention_at(sentence, match, "s")
        named_object = _mention_at(sentence, match, "o")
        objects = [named_object] if named_object is not None else []
        window_start = sentence.clause_start(trig_start)
        passive = trigger.passive
        if subject is not None and passive:
            window = masked[window_start:trig_start]
        elif subject is not None:
            window_start = min(window_start, sentence.position(subject) or window_start)
            window = masked[window_start:trig_end]
        else:
            subject = self._subject_left(sentence, trig_start, pred.subject_types)
            participle = PARTICIPLE_BEFORE.search(masked[:trig_start])
            if participle:
                window = masked[participle.start() : trig_start]
            elif subject is not None:
                window = masked[min(window_start, sentence.position(subject) or window_start) : trig_start]
            else:
                window = masked[window_start:trig_start]
        if subject is None and PRONOUN_SUBJECT.match(masked[window_start:trig_start]):
            boundary = sentence.boundary_before(trig_start)
            subject = self._subject_left(sentence, boundary, pred.subject_types) or (
                self._last_speaker(pred.subject_types) if frame.speech_act else None
            )
            subject_pos = sentence.position(subject) if subject else None
            if subject_pos is not None:
                window = masked[subject_pos:trig_start]
        if subject is None:
            return
        if not objects and passive:
            before = self._subject_left(sentence, trig_start, pred.object_types)
            objects = [before] if before else []
        elif not objects:
            objects = self._objects_right(sentence, trig_end, pred.object_types, subject)
        if not objects and frame.speech_act:
            objects = self._reported_objects(sentence, subject, trig_end, pred.object_types)
            if objects:  # what the speaker did is read from the speaker on, not from the words reported
                window = masked[sentence.position(subject) or 0 : trig_start]
        if frame.targets_forces:
            # A spokesman's "Moscow would retaliate" threatens others, not Moscow; failing another target,
            # the place where the threat applies is threatened ("weapons in Ukraine would be targets").
            home = self._home_state(subject)
            targets = self._threat_targets(sentence, trig_end, subject) or objects
            objects = [o for o in targets if o is not None and o.entity.id != home]
            place = self._place_after(sentence, trig_end, _IN_PLACE) if targets and not objects else None
            objects = objects or [m for m in sentence.mentions if place is not None and m.entity.id == place.id][:1]
        request = None
        if frame.refuses is not None:
            request = self.records.request_to(frame.refuses, subject.entity.id)
            objects = [self._mention_of(request.subject_id)] if request else []
        polarity, modality = _polarity_modality(window, trigger)
        subject_at = sentence.position(subject)
        before_subject = masked[:subject_at] if subject_at else ""
        # "has denied sending troops to": a denial inside the trigger's own words; "denied that Russia had sent".
        denied = NEGATION.search(masked[trig_start:trig_end]) or DENIED_BEFORE.search(before_subject)
        if denied and not frame.speech_act and frame.refuses is None:
            polarity = "negated"
        # "accused Russia of violating ...", "reports that Chinese troops ...": unverified, so not asserted.
        if modality == "asserted" and not frame.speech_act and HEARSAY.search(before_subject):
            modality = "hypothetical"
        if modality == "asserted" and sentence.text.rstrip().endswith("?"):
            modality = "hypothetical"  # a question asserts nothing ("Did Poland send troops to Ukraine?")
        subjects = [subject, *self._co_subjects(sentence, subject, pred.subject_types)]
        if passive and subject_at is not None:  # "by Germany and the Netherlands"
            subjects = self._objects_right(sentence, subject_at, pred.subject_types, subject) or subjects
        for subject, obj in ((s, o) for s in subjects for o in objects):
            if obj is None or obj.entity.id == subject.entity.id:
                continue
            if not pred.connects(subject.entity.type, obj.entity.type):
                continue
            if frame.place_object and obj.kind in ("metonym", "demonym"):
                continue
            qualifiers = self._qualifiers(frame, sentence, match, subject, obj)
            if request is not None:  # a refusal is about the place the request named
                qualifiers.pop("territory", None)
                if "territory" in request.qualifiers:
                    qualifiers["territory"] = request.qualifiers["territory"]
            self.records.add(
                trigger.predicate,
                subject.entity,
                obj.entity,
                qualifiers,
                sentence,
                polarity,
                modality,
                trigger.confidence,
            )
            if frame.co_parties:
                for party in self._co_parties(sentence, obj):
                    self.records.add(frame.predicate, party.entity, obj.entity, {}, sentence, polarity, modality, 0.8)

    def _reported_objects(
        self, sentence: Sentence, speaker: Mention, trig_end: int, types: tuple[str, ...]
    ) -> list[Mention]:
        """ "Russia would hit back if Kyiv struck, Peskov warned.": the object is in the words reported before
        the speaker, and it is not the speaker's own state."""
        position = sentence.position(speaker)
        if (
            position is None
            or sentence.masked[trig_end:].strip(" .,;!\"”’'")
            or not _REPORTED_HEAD.search(sentence.masked[:position])
        ):
            return []
        home = self._home_state(speaker)
        return [
            m
            for m in sentence.mentions
            if sentence.spans[id(m)][1] <= position
            and m.entity.type in types
            and m.kind != "place-adjective"
            and m.entity.id not in (home, speaker.entity.id)
        ][:1]

    def _co_subjects(self, sentence: Sentence, subject: Mention, types: tuple[str, ...]) -> list[Mention]:
        """ "NATO and the EU demanded ...": mentions coordinated with the subject at the head of its clause."""
        position = sentence.position(subject)
        if position is None:
            return []
        head = sentence.masked[sentence.clause_start(position) : position]
        listed = _COORDINATED_HEAD.match(head)
        if not listed:
            return []
        tokens = [sentence.mentions[int(t)] for t in _TOKEN.findall(listed.group(0))]
        return [m for m in tokens if m.entity.type in types and m.kind != "place-adjective"]

    def _co_parties(self, sentence: Sentence, agreement: Mention) -> list[Mention]:
        """ "signed a treaty with X and Y": X and Y are parties too."""
        if sentence.position(agreement) is None:
            return []
        tail = sentence.masked[sentence.token_end(agreement) :]
        listed = re.match(r"\s+(?:with|between)\s+((?:⟦\d+⟧)(?:\s*(?:,|and)\s*⟦\d+⟧)*)", tail)
        if not listed:
            return []
        return [sentence.mentions[int(t)] for t in _TOKEN.findall(listed.group(1))]

    def _threat_targets(self, sentence: Sentence, trig_end: int, subject: Mention) -> list[Mention]:
        """The forces a threat names ("including German ones"), wherever they stand after the verb."""
        return [
            m
            for m in sentence.mentions
            if m.kind == "demonym" and m.entity.id != subject.entity.id and sentence.spans[id(m)][0] > trig_end
        ]

    def _last_speaker(self, types: tuple[str, ...]) -> Mention | None:
        """The actor of the latest speech act, for "the statement warned ..." and "he said ..."."""
        for rel in reversed(list(self.records.relations.values())):
            if rel.predicate in _SPEECH_ACTS and rel.subject_type in types:
                gaz = self.gaz.get(rel.subject_id)
                if gaz is not None:
                    return Mention(0, 0, gaz)
        return None

    def _subject_left(self, sentence: Sentence, trig_start: int, types: tuple[str, ...]) -> Mention | None:
        masked = sentence.masked
        before = masked[:trig_start]
        if PARTICIPLE_BEFORE.search(before):
            first = next((m for m in sentence.mentions if m.entity.type in types and m.kind != "place-adjective"), None)
            return first
        start = sentence.clause_start(trig_start)
        if COORDINATED_VERB_BEFORE.search(before):
            # "Russia invaded Georgia and then recognized ...": the clause's first actor is the subject.
            return next(
                (
                    m
                    for m in sentence.mentions
                    if start <= sentence.spans[id(m)][0] < trig_start
                    and m.entity.type in types
                    and m.kind != "place-adjective"
                    and not PREPOSITION_BEFORE.search(
                        sentence.masked[max(start, sentence.spans[id(m)][0] - 40) : sentence.spans[id(m)][0]]
                    )
                ),
                None,
            )
        best = None
        for m in sentence.mentions:
            pos = sentence.spans[id(m)][0]
            if pos < start or pos >= trig_start:
                continue
            if m.entity.type not in types or m.kind == "place-adjective":
                continue
            if PREPOSITION_BEFORE.search(masked[max(start, pos - 40) : pos]):
                continue
            after = masked[sentence.token_end(m) : trig_start]
            if _POSSESSOR.match(after):
                continue  # a possessor before another mention ("Russia's Foreign Ministry")
            best = m
        return best

    def _objects_right(
        self, sentence: Sentence, trig_end: int, types: tuple[str, ...], subject: Mention
    ) -> list[Mention]:
        masked = sentence.masked
        stop = RIGHT_BOUNDARY.search(masked, trig_end)
        limit = stop.start() if stop else len(masked)
        found: list[Mention] = []
        last_end = trig_end
        for m in sentence.mentions:
            pos, token_end = sentence.spans[id(m)][0], sentence.token_end(m)
            if pos < trig_end or pos >= limit:
                continue
            gap = masked[last_end:pos]
            if found and not COORDINATION_GAP.match(gap):
                break
            if not found and len(gap.split()) > 9:
                break
            after = masked[token_end:limit]
            possessive = _POSSESSIVE_BEFORE.match(after)
            if possessive and _POSSESSED_MENTION.match(after, possessive.end()):
                last_end = token_end
                continue  # possessor: the possessed mention is the object
            if found and (possessive or _FINITE_VERB_AFTER.match(after)):
                break  # "to Russia, South Korea's agency said", "in Latvia, and the US has sent": a new clause
            if m.entity.type in types and m.kind != "place-adjective":
                found.append(m)
            elif found:
                break
            last_end = token_end
        return found

    def _mention_of(self, entity_id: str) -> Mention:
        """A mention, outside any sentence, of an entity already recorded for this article."""
        return Mention(0, 0, self.gaz.get(entity_id) or GazEntity(self.records.entities[entity_id]))

    # -- qualifiers ---------------------------------------------------------------------------

    def _qualifiers(
        self, frame: Frame, sentence: Sentence, match: re.Match[str], subject: Mention, obj: Mention
    ) -> dict:
        wanted = ONTOLOGY.predicate(frame.predicate).qualifier_map
        text = sentence.text
        clause_start = sentence.masked_to_text[sentence.clause_start(match.start())]
        clause_end_masked = RIGHT_BOUNDARY.search(sentence.masked, match.end())
        clause_end = sentence.masked_to_text[clause_end_masked.start()] if clause_end_masked else len(text)
        trig_text_start = sentence.masked_to_text[match.start()]
        q: dict = {}
        dates = [d for d in self.dates if sentence.start <= d.start and d.end <= sentence.end and d.year]
        in_clause = [d for d in dates if clause_start <= d.start - sentence.start < clause_end] or dates
        if "years" in wanted or "date" in wanted or "since" in wanted:
            years = sorted({d.year for d in in_clause if d.year})
            best = _nearest(in_clause, sentence.start + trig_text_start)
            if "years" in wanted and len(years) > 1:
                q["years"] = years
            elif best is not None:
                after_since = _SINCE.search(self.text, max(0, best.start - 12), best.start)
                key = "since" if "since" in wanted and (after_since or "date" not in wanted) else "date"
                q[key] = best.iso
        if "troops" in wanted:
            troops = TROOPS.search(text)
            if troops:
                q["troops"] = _to_int(troops.group("number"))
        if "territory" in wanted:
            place = self._place_after(sentence, match.end(), _FROM_PLACE)
            if place is None:
                adjectives = [m for m in sentence.mentions if m.kind == "place-adjective"]
                place = adjectives[0].entity if adjectives else None
            if place is None and frame.own_territory:
                # A leader or state asking for a withdrawal without naming a place means its own country.
                if subject.entity.type == "Person":
                    place = self.gaz.get(subject.entity.country or "") or self._position_state(subject.entity.id)
                elif subject.entity.type == "State":
                    place = subject.entity
            if place is not None:
                q["territory"] = place.id
        if "where" in wanted:
            place = self._place_after(sentence, match.end(), _IN_PLACE)
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
        if "about" in wanted or "what" in wanted:
            obj_pos = sentence.position(obj)
            if obj_pos is not None:
                tail_start = sentence.masked_to_text[obj_pos] + (obj.end - obj.start)
                speaker = subject.start - sentence.start  # "..., Peskov warned": the reported words end there
                tail_end = speaker if tail_start <= speaker <= len(text) else len(text)
                tail = re.split(r"[;.]\s|\s[—–]\s|,\s+(?:and|but|while|whereas)\s", text[tail_start:tail_end] + " ")[0]
                words = re.sub(r"^\s*(?:’s|'s)\s*", "", tail).split()[:12]
                if words:
                    q["about" if "about" in wanted else "what"] = " ".join(words).strip(' ,.;:"“”')
        return {k: v for k, v in q.items() if k in wanted and v not in (None, "", [])}

    def _place_after(self, sentence: Sentence, masked_pos: int, cue_re: re.Pattern[str]) -> GazEntity | None:
        for m in sentence.mentions:
            pos = sentence.spans[id(m)][0]
            if pos < masked_pos or m.entity.type not in ("State", "Territory") or m.kind == "metonym":
                continue
            if cue_re.search(sentence.masked[max(0, pos - 40) : pos]):  # the cue may end the trigger ("leave")
                return m.entity
        return None

    def _home_state(self, actor: Mention) -> str | None:
        """The state a person speaks for: their country, or the state they hold a position in."""
        if actor.entity.type != "Person":
            return None
        state = self.gaz.get(actor.entity.country or "") or self._position_state(actor.entity.id)
        return state.id if state else None

    def _position_state(self, person_id: str) -> GazEntity | None:
        for rel in self.records.relations.values():
            if rel.predicate == POSITION.predicate and rel.subject_id == person_id and rel.object_type == "State":
                return self.gaz.get(rel.object_id)
        return None

    # -- structures that patterns do not cover ----------------------------------------------

    def _titles(self, sentence: Sentence) -> None:
        """ "Russian Deputy Foreign Minister Andrei Rudenko": the person holds that position, with its role."""
        for m in self.titled:
            if not sentence.start <= m.start() < m.end() <= sentence.end:
                continue
            start = m.start("name")
            person = next((x for x in sentence.mentions if x.start == start and x.entity.type == "Person"), None)
            if person is None:
                person = next(
                    (
                        x
                        for x in sentence.mentions
                        if x.start >= start and x.end <= m.end() and x.entity.type == "Person"
                    ),
                    None,
                )
            if person is None:
                continue
            title_start = m.start("title")
            modifier = next(
                (
                    x
                    for x in reversed(sentence.mentions)
                    if x.end <= title_start
                    and _TITLE_MODIFIER_GAP.match(sentence.text, x.end - sentence.start, title_start - sentence.start)
                    and x.entity.type in ("State", "Organization")
                ),
                None,
            )
            org = modifier.entity if modifier else self.gaz.get(person.entity.country or "")
            if org is None:
                continue
            role = re.sub(r"\s+", " ", m.group("title"))
            if role.islower():  # "Hungary's foreign minister Peter Szijjarto"
                role = " ".join(w if w in ("of", "the") else w[0].upper() + w[1:] for w in role.split())
            role = role[0].upper() + role[1:]
            self.records.add(POSITION.predicate, person.entity, org, {"role": role}, sentence, confidence=0.9)

    def _resolutions(self, sentence: Sentence, sentences: list[Sentence]) -> None:
        """A body adopting a resolution: the resolution becomes a node with its date and votes."""
        if "resolution" not in self.lowered[sentence.start : sentence.end]:
            return
        for m in _RESOLUTION.finditer(sentence.text):
            at = sentence.start + m.start()
            body = next(
                (x for x in reversed(sentence.mentions) if x.end <= at and x.entity.type == "Organization"), None
            )
            if body is None:
                continue
            dates = [d for d in self.dates if sentence.start <= d.start < sentence.end and d.year]
            when = _nearest(dates, at)
            short = body.entity.short or body.entity.entity.name
            dated = f"{short} resolution ({when.iso if when else 'undated'})"
            numbered = f"{short} resolution {m.group('number')}" if m.group("number") else None
            name = m.group("title") or numbered or dated
            votes = self._votes(sentence, sentences)
            props = {"date": when.iso if when else None, "votes": votes}
            alias = tuple(dict.fromkeys(a for a in (numbered, dated if when else None) if a and a != name))
            resolution = Entity(
                slug(f"resolution {name} {when.iso if when else ''}"),
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
                self.records.add(ADOPTION.predicate, body.entity, res_gaz, quals, sentence, "negated", confidence=0.9)
                continue
            self.records.add(ADOPTION.predicate, body.entity, res_gaz, quals, sentence, confidence=0.9)
            # What the resolution itself does, said in the same sentence ("a resolution calling for ...").
            res_mention = Mention(sentence.start + m.start(), sentence.start + m.end(), res_gaz, "created")
            extended = with_mention(sentence, res_mention)
            for trigger, regex, _ in _COMPILED:
                if trigger.frame.resolution_act:
                    for tm in regex.finditer(extended.masked):
                        self._apply(trigger, tm, extended)

    def _votes(self, sentence: Sentence, sentences: list[Sentence]) -> dict | None:
        index = sentences.index(sentence)
        window = " ".join(s.text for s in sentences[index : index + 3])
        votes = {}
        for key, regex in _VOTES.items():
            vm = regex.search(window)
            if vm:
                votes[key] = _to_int(next(n for n in vm.groups() if n))
        return votes if len(votes) >= 2 else None

    def _part_of(self, sentence: Sentence) -> None:
        """A contested territory named with its recognized state ("Ukraine's Crimea")."""
        present = {m.entity.id for m in sentence.mentions}
        for m in sentence.mentions:
            gaz = m.entity
            if gaz.type == "Territory" and gaz.contested and gaz.part_of in present and m.kind != "anaphor":
                parent = self.gaz.get(gaz.part_of)
                if parent is not None:
                    self.records.add(CONTAINMENT.predicate, gaz, parent, {}, sentence, confidence=0.75)

    def _fact_check(self, sentences: list[Sentence]) -> None:
        """A fact-check: the claim (the quote near the top), who made it, when, and the verdict."""
        short = (s for s in sentences if len(s.text) <= _VERDICT_LENGTH)
        verdicts = ((s, VERDICTS.match(s.text.strip())) for s in short)
        verdict_sentence, verdict_match = next(((s, m) for s, m in verdicts if m), (None, None))
        if verdict_sentence is None or verdict_match is None:
            return
        verdict = verdict_match.group("verdict")
        verdict = verdict[0].upper() + verdict[1:].lower()
        # The claim is the first quotation near the verdict, or a quotation on a line labelled "Claim:"; its
        # author is named after it, or else before it. Failing a quotation, it is the first sentence before the
        # verdict in which a person claims something.
        horizon = max(verdict_sentence.end, verdict_sentence.start + 2000)
        quote = next((s for s in sentences if s.text.lstrip().startswith(("“", '"')) and s.start < horizon), None)
        claim_line = next((s for s in sentences if s.end <= verdict_sentence.start and CLAIM_VERB.search(s.text)), None)
        if quote is None and claim_line is not None and _CLAIM_LABEL.match(claim_line.text):
            quote = claim_line if _QUOTED.search(claim_line.text) else None
        quoted = _QUOTED.search(quote.text) if quote is not None else None
        if quote is not None:
            opening = quote.start + (quoted.start() if quoted else 0)
            closing = quote.start + (quoted.end() if quoted else len(quote.text))
            people = [m for m in quote.mentions if m.entity.type == "Person"]
            after = [m for m in people if m.start >= closing]  # '"...," Putin said'
            introduced = [m for m in people if m.end <= opening]  # 'Claim: Putin said that "..."'
            earlier = [m for m in self.mentions if m.entity.type == "Person" and m.end <= quote.start]
            before = after[:1] or introduced[-1:] or earlier
        else:
            quote = claim_line
            verb = CLAIM_VERB.search(quote.text) if quote else None
            said_at = quote.start + verb.start() if quote and verb else -1
            before = [m for m in quote.mentions if m.entity.type == "Person" and m.end <= said_at] if quote else []
        if not before or quote is None:
            return  # a claim whose author the gazetteer does not know (a video, "posts online") has no claimant
        claimant = before[-1].entity
        claim_text = (quoted.group("words") if quoted else quote.text).strip(' ,“”"')
        # Where the claim was made: the quotation's own sentence when it names the claimant, else the first
        # sentence from it on that names the claimant and a day.
        said = next(
            (
                s
                for s in sentences
                if s.start >= quote.start
                and any(m.entity.id == claimant.id for m in s.mentions)
                and (s is quote or any(d.start >= s.start and d.end <= s.end and d.day for d in self.dates))
            ),
            None,
        )
        when = None
        if said is not None:
            when = next((d for d in self.dates if d.start >= said.start and d.end <= said.end and d.day), None)
        claim = Entity(
            slug("claim " + stable_hash(claimant.id, claim_text)),
            "Claim",
            _shorten(claim_text, 120),
            (),
            None,
            {
                k: v
                for k, v in {
                    "text": claim_text,
                    "date": when.iso if when else None,
                    "claimant": claimant.id,
                    "verdict": verdict,
                    "reviewed_by": self.doc.publisher,
                }.items()
                if v
            },
        )
        evidence_sentence = said or quote
        quals = {"date": when.iso if when else None, "verdict": verdict}
        self.records.add(
            CLAIM.predicate,
            claimant,
            GazEntity(claim),
            {k: v for k, v in quals.items() if v},
            evidence_sentence,
            confidence=0.9,
        )

    def _inferences(self) -> None:
        """Facts that follow from others in the same sentence."""
        for rel in list(self.records.relations.values()):
            if not rel.is_fact:
                continue
            frame = _FRAMES.get(rel.predicate)
            if frame is None:
                continue
            if frame.implies is not None and rel.object_type == "Territory":
                # An annexed (or all but annexed) territory is held by the annexing state.
                self.records.derive(frame.implies.predicate, rel, {})
            if frame.locates_troops is not None and "troops" in rel.qualifiers:
                # Asking a state to remove its troops says where they are: a contested territory of
                # the place in question when the sentence names one, else the place itself.
                place_id = rel.qualifiers.get("territory")
                place = self.gaz.get(place_id or "")
                sentence_text = rel.evidence[0].text if rel.evidence else ""
                inner = next(
                    (
                        g
                        for g in self.gaz.entities.values()
                        if g.contested
                        and g.part_of == place_id
                        and any(n in sentence_text for n in (g.entity.name, *g.entity.aliases))
                    ),
                    None,
                )
                target = inner or place
                if target is not None and rel.object_type == "State":
                    self.records.derive(
                        frame.locates_troops.predicate,
                        rel,
                        {"troops": rel.qualifiers["troops"]},
                        subject=rel.object_id,
                        obj=target,
                    )


def _mention_at(sentence: Sentence, match: re.Match[str], group: str) -> Mention | None:
    token = match.groupdict().get(group)
    if not token:
        return None
    return sentence.mentions[int(token[1:-1])]


def _polarity_modality(window: str, trigger: Trigger) -> tuple[str, str]:
    polarity = "negated" if NEGATION.search(window) and trigger.frame.refuses is None else "affirmed"
    if CONDITIONAL.search(window):
        return polarity, "conditional"
    if HYPOTHETICAL.search(window):
        return polarity, "hypothetical"
    if PLANNED.search(window):
        return polarity, "planned"
    if not trigger.frame.speech_act and INFINITIVE.search(window):
        return polarity, "planned"
    return polarity, "asserted"


def _nearest(dates: list[DateMention], position: int) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (abs(d.start - position), -(d.day is not None)))


def _to_int(value: str) -> int | None:
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


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def extract_document(doc: Document, gazetteer: Gazetteer | None = None, *, prefilter: bool = True) -> Extraction:
    """Extract the entities and relations of one article.

    ``prefilter`` skips the triggers whose cue words a sentence lacks; it changes speed, not output.
    """
    return _ArticleExtractor(doc, gazetteer or default_gazetteer(), prefilter=prefilter).run()
