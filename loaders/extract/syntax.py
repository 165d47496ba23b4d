"""Syntax: the argument structure of a sentence, as the frames stage asks about it.

The frames stage asks for a trigger's subject and objects, their coordinated companions and the words a
speaker reports through :class:`Syntax`. :class:`WordOrder` answers from the order of the masked
sentence: clause boundaries, prepositions, coordination and possessives. A dependency parse answers the same
questions from arcs; it plugs in as another implementation of :class:`Syntax`, set on the Context by
pipeline.read_article. It is asked only about sentences in which a trigger matched (those with a trigger's
cue word and a mention), so a parser needs to parse only those, when first asked.
Positions are offsets in ``Sentence.masked``; ``types`` are the node types a predicate admits there.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Protocol

from loaders.extract.sentences import Sentence
from loaders.gazetteer import Mention
from loaders.lexicon import (
    ASIDE_WORDS,
    BRACKETED_ASIDE,
    COORDINATED_VERB_BEFORE,
    COORDINATION_GAP,
    PARTICIPLE_BEFORE,
    PREPOSITION_BEFORE,
    RIGHT_BOUNDARY,
)
from loaders.parse import (
    DENIAL_VERBS,
    VERBS,
    Argument,
    appositions,
    arguments,
    char_range,
    clause,
    conjuncts,
    finite,
    governor,
    negation,
    phrase,
    span_at,
    token_at,
)
from loaders.patterns import for_lowered

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A clause that opens with coordinated mentions before its subject: "NATO and the", "Germany, France and".
# A list of mentions that opens a clause, as its subject: "NATO and the", "Germany, France and", "Only X, Y and Z".
_ASIDE_OPEN = re.compile(rf"⟦\d+⟧\s*\({ASIDE_WORDS}$")  # a name, then an aside opened and not closed
_LISTED = rf"(?:the\s+)?⟦\d+⟧{BRACKETED_ASIDE}"
_COORDINATED_HEAD = for_lowered(
    rf"\s*(?:(?:only|both|so\s+far\s+only)\s+)?{_LISTED}(?:\s*,\s*{_LISTED})*\s*,?\s+and\s+{_LISTED}"
)
# The reported words end with a comma (or a closing quote) just before the speaker: "..., Peskov warned."
_REPORTED_HEAD = re.compile(r"[,”\"]\s*(?:[\w⟦⟧]+\s+){0,4}$")
_TOKEN = re.compile(r"⟦(\d+)⟧")  # a masked mention, with its index
# "with X and Y"; "along with X, Y and Z", whose names end the clause or meet a preposition ("along with X in
# Rome"), not a possessor or a noun ("along with X's backing")
_LIST = r"((?:⟦\d+⟧)(?:\s*(?:,|and|,\s*and)\s*⟦\d+⟧)*)"
_PARTIES = re.compile(
    r"\s+(?:with|between)\s+"
    + _LIST
    + r"|,?\s+(?:(?:along|together)\s+with|alongside|as\s+well\s+as)\s+(?>"  # all the names, or none
    + _LIST
    + r")(?=\s*(?:[,.;:)”\"—–]|$)|\s+(?:in|on|at|for|to|from|by|during|after|before|last|this|under|over|as)\b)"
)
_POSSESSIVE_BEFORE = re.compile(r"\s*(?:’s|'s)\s")  # "Russia's ..."
_POSSESSOR = re.compile(r"\s*(?:’s|'s)\s+⟦")  # "Russia's ⟦1⟧"
_POSSESSED_MENTION = re.compile(r"\s*(?:[\w-]+\s+){0,2}?⟦")  # "... Foreign Ministry", after a possessive
# A mention followed by one of these is the subject of a clause of its own, not an item of a list.
_FINITE_VERB_AFTER = for_lowered(r"\s+(?:has|have|had|is|are|was|were|will|would|said|says|did|does)\b")


class Syntax(Protocol):
    """The questions about argument structure that the frames stage asks."""

    def subject_before(
        self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...], *, passive: bool = False
    ) -> Mention | None:
        """The subject of the trigger at ``span`` (the patient, named before it, when ``passive``)."""
        ...

    def objects_after(self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...]) -> list[Mention]:
        """The trigger's first object after it, with the mentions coordinated with it. An empty span is a
        position: the mention there, with those coordinated with it ("by Germany and the Netherlands")."""
        ...

    def in_clause(self, sentence: Sentence, span: tuple[int, int], at: int, *, own: bool = False) -> bool | None:
        """Whether the word at ``at`` (an offset in ``Sentence.text``) is in the trigger's clause, or in one that
        governs it or is its conjunct (only its own with ``own``); None when this syntax cannot tell (the
        qualifiers stage then reads clauses from word order)."""
        ...

    def denied(self, sentence: Sentence, span: tuple[int, int]) -> bool:
        """Whether the trigger's clause is denied from outside it ("denies Russian troops are in X")."""
        ...

    def own_conjunct(self, sentence: Sentence, span: tuple[int, int]) -> int | None:
        """Where, in ``sentence.masked``, the trigger's verb phrase begins when it is a finite verb joined to an
        earlier one that shares its subject ("X rejected the plan and asked Y to leave": "and asked"); None
        otherwise. What the earlier verb phrase says ("rejected") does not qualify the trigger."""
        ...

    def coordinated(self, sentence: Sentence, subject: Mention, types: tuple[str, ...]) -> list[Mention]:
        """Mentions coordinated with ``subject``: listed before it ("NATO and the EU demanded ..."), or with a
        parse on either side ("Russian and Belarusian soldiers")."""
        ...

    def co_parties(self, sentence: Sentence, agreement: Mention) -> list[Mention]:
        """The mentions an agreement is made with ("signed a treaty with X and Y")."""
        ...

    def reported_objects(
        self, sentence: Sentence, speaker: Mention, position: int, types: tuple[str, ...]
    ) -> list[Mention]:
        """Mentions in the words a speaker reports before being named ("Russia would hit back, Peskov warned.");
        ``position`` is where the speech verb ends."""
        ...


def _shared_adverb(verb: Token) -> bool:
    """Whether an adverb before a verb with no auxiliary qualifies the verbs joined to it too ("never", "reportedly"
    before "sent ... and deployed"); after an auxiliary ("will not withdraw") it is the auxiliary's own."""
    before = [c for c in verb.children if c.i < verb.i]
    return not any(c.dep_ == "aux" for c in before) and any(c.dep_ in ("neg", "advmod") for c in before)


def _list_end(masked: str, position: int) -> int:
    """Where the clause after ``position`` ends: the first right boundary that does not close an aside after a
    listed name ("Russia (2008), Nicaragua (2008) and ...")."""
    for stop in RIGHT_BOUNDARY.finditer(masked, position):
        if not (stop.group() == ")" and _ASIDE_OPEN.search(masked, position, stop.start())):
            return stop.start()
    return len(masked)


class WordOrder:
    """Syntax read from word order in the masked sentence."""

    def subject_before(
        self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...], *, passive: bool = False
    ) -> Mention | None:
        position = span[0]
        masked = sentence.masked
        before = masked[:position]
        if PARTICIPLE_BEFORE.search(before):
            first = next((m for m in sentence.mentions if m.entity.type in types and m.kind != "place-adjective"), None)
            return first
        start = sentence.clause_start(position)
        if COORDINATED_VERB_BEFORE.search(before):
            # "Russia invaded Georgia and then recognized ...": the clause's first actor is the subject.
            return next(
                (
                    m
                    for m in sentence.mentions
                    if start <= sentence.spans[id(m)][0] < position
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
            if pos < start or pos >= position:
                continue
            if m.entity.type not in types or m.kind == "place-adjective":
                continue
            if PREPOSITION_BEFORE.search(masked[max(start, pos - 40) : pos]):
                continue
            after = masked[sentence.token_end(m) : position]
            if _POSSESSOR.match(after):
                continue  # a possessor before another mention ("Russia's Foreign Ministry")
            best = m
        return best

    def objects_after(self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...]) -> list[Mention]:
        position = span[1]
        masked = sentence.masked
        limit = _list_end(masked, position)
        found: list[Mention] = []
        last_end = position
        for m in sentence.mentions:
            pos, token_end = sentence.spans[id(m)][0], sentence.token_end(m)
            if pos < position or pos >= limit:
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

    def coordinated(self, sentence: Sentence, subject: Mention, types: tuple[str, ...]) -> list[Mention]:
        position = sentence.position(subject)
        if position is None:
            return []
        listed = _COORDINATED_HEAD.match(sentence.masked, sentence.clause_start(position))
        if not listed or listed.end() <= position:
            return []
        tokens = [sentence.mentions[int(t)] for t in _TOKEN.findall(listed.group(0))]
        return [m for m in tokens if m is not subject and m.entity.type in types and m.kind != "place-adjective"]

    def denied(self, sentence: Sentence, span: tuple[int, int]) -> bool:
        return False  # the lexicon's window says it (qualifiers.assertion)

    def own_conjunct(self, sentence: Sentence, span: tuple[int, int]) -> int | None:
        return None

    def in_clause(self, sentence: Sentence, span: tuple[int, int], at: int, *, own: bool = False) -> bool | None:
        return None

    def co_parties(self, sentence: Sentence, agreement: Mention) -> list[Mention]:
        if sentence.position(agreement) is None:
            return []
        listed = _PARTIES.match(sentence.masked[sentence.token_end(agreement) :])
        if not listed:
            return []
        return [sentence.mentions[int(t)] for t in _TOKEN.findall(listed.group(1) or listed.group(2))]

    def reported_objects(
        self, sentence: Sentence, speaker: Mention, position: int, types: tuple[str, ...]
    ) -> list[Mention]:
        speaker_at = sentence.position(speaker)
        if (
            speaker_at is None
            or sentence.masked[position:].strip(" .,;!\"”’'")
            or not _REPORTED_HEAD.search(sentence.masked[:speaker_at])
        ):
            return []
        return [
            m
            for m in sentence.mentions
            if sentence.spans[id(m)][1] <= speaker_at and m.entity.type in types and m.kind != "place-adjective"
        ]


class Parsed(WordOrder):
    """Syntax read from a dependency parse of the candidate sentences (loaders/parse.py); word order answers
    where the parse gives none: a sentence not parsed, a role with no filler, or fillers that name no mention."""

    def __init__(self, docs: dict[int, Doc]) -> None:
        self.docs = docs  # by the sentence's start in the article
        # each match's words and head, by its sentence's identity and span (the sentence is kept, so that its
        # id is not reused by another)
        self._matches: dict[tuple[int, int, int], tuple[Sentence, Span | None, Token | None]] = {}

    def subject_before(
        self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...], *, passive: bool = False
    ) -> Mention | None:
        trigger = self._trigger(sentence, span)
        if trigger is not None:
            roles = ("patient",) if passive else ("agent",)
            if _qualified(sentence, trigger, roles, before=True):
                return None  # "no UN member state recognises": the states, not the UN
            found = _fillers(sentence, trigger, roles, types, before=True)
            if found:
                return found[0]
        return super().subject_before(sentence, span, types, passive=passive)

    def objects_after(self, sentence: Sentence, span: tuple[int, int], types: tuple[str, ...]) -> list[Mention]:
        trigger = self._trigger(sentence, span)
        if trigger is not None:
            if _qualified(sentence, trigger, OBJECT_ROLES, before=False):
                return []  # "backed a UN plan": the plan, not the UN
            found = _fillers(sentence, trigger, OBJECT_ROLES, types, before=False)
            if found:
                return found
            if _part_named(trigger):
                return []  # "occupation of seven districts of B": the districts, not B
        return super().objects_after(sentence, span, types)

    def coordinated(self, sentence: Sentence, subject: Mention, types: tuple[str, ...]) -> list[Mention]:
        doc = self.docs.get(sentence.start)
        head = _head(doc, sentence, subject) if doc is not None else None
        if head is None:
            return super().coordinated(sentence, subject, types)
        others = [t for t in conjuncts(head) if t.i != head.i]
        found = [m for t in others for m in _named(sentence, t, types) if m is not subject]
        return found + [m for m in super().coordinated(sentence, subject, types) if m not in found]  # parse lost some

    def denied(self, sentence: Sentence, span: tuple[int, int]) -> bool:
        trigger = self._trigger(sentence, span)
        cue = negation(trigger) if trigger is not None and trigger.pos_ in VERBS else None
        return cue is not None and cue.lemma_.lower() in DENIAL_VERBS

    def own_conjunct(self, sentence: Sentence, span: tuple[int, int]) -> int | None:
        trigger, words = self._trigger(sentence, span), self._words(sentence, span)
        verb = trigger if trigger is not None and trigger.pos_ in VERBS else (governor(words) if words else None)
        while verb is not None and verb.dep_ == "xcomp":  # "and decided to keep its troops in"
            verb = verb.head
        if verb is None or verb.pos_ not in VERBS or verb.dep_ != "conj" or not finite(verb):
            return None
        first = verb.head
        if first.pos_ not in VERBS or first.i > verb.i:
            return None
        joint = next((c for c in first.children if c.dep_ == "cc" and first.i < c.i < verb.i), verb.left_edge)
        if joint.lower_ in ("or", "nor") or _shared_adverb(first):
            return None  # "never sent troops or deployed jets", "reportedly invaded X and kept troops in Y"
        return bisect.bisect_left(sentence.masked_to_text, joint.idx)

    def in_clause(self, sentence: Sentence, span: tuple[int, int], at: int, *, own: bool = False) -> bool | None:
        trigger = self._trigger(sentence, span)
        word = token_at(trigger.doc, at) if trigger is not None else None
        if word is None:
            return None
        # the trigger's clause, the clauses that govern it ("announced it had annexed") and its conjuncts
        # ("occupied X and began Y in 2014"); not a clause below it ("where 30,000 soldiers took part")
        head = clause(trigger)
        related = {clause(t).i for t in self._words(sentence, span) or ()}  # "allowed X to station troops"
        related.add(head.i)
        if not own:
            related |= {c.i for c in _clauses_above(head)} | {c.i for c in conjuncts(head)}
        held = clause(word)
        if held.dep_ == "acl" and held.tag_ == "VBN":  # a participle on a noun of the clause ("a truce signed in 2015")
            held = clause(held.head)
        return held.i in related

    def _words(self, sentence: Sentence, span: tuple[int, int]) -> Span | None:
        """The tokens of the trigger's match."""
        return self._match(sentence, span)[1]

    def _trigger(self, sentence: Sentence, span: tuple[int, int]) -> Token | None:
        """The head of the trigger's words: the verb (or noun) the rest of the match hangs on."""
        return self._match(sentence, span)[2]

    def _match(self, sentence: Sentence, span: tuple[int, int]) -> tuple[Sentence, Span | None, Token | None]:
        """The match's words and head, read once: each trigger asks several times."""
        key = (id(sentence), *span)
        if key not in self._matches:
            doc = self.docs.get(sentence.start)
            words = None
            if doc is not None and span[0] < span[1]:
                words = span_at(doc, sentence.masked_to_text[span[0]], sentence.masked_to_text[span[1] - 1] + 1)
            self._matches[key] = (sentence, words, self._head_of(sentence, words))
        return self._matches[key]

    @staticmethod
    def _head_of(sentence: Sentence, words: Span | None) -> Token | None:
        if words is None:
            return None
        inside = range(words.start, words.end)
        named = _covered(sentence)
        heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
        heads = [t for t in heads if t.idx not in named] or heads
        verbs = [t for t in words if t.pos_ == "VERB" and t.idx not in named]  # "war that X launched against"
        head = verbs[0] if verbs else next((t for t in heads if t.pos_ in VERBS), heads[0] if heads else None)
        # "stations troops in" parsed as a noun phrase: a trigger headed by its forces is a parse gone wrong
        return None if head is None or head.lemma_.lower() in _FORCES else head


# The roles that hold a trigger's object: its patient, recipient, or a place it goes to, is in or leaves.
OBJECT_ROLES = ("patient", "recipient", "to", "in", "into", "inside", "on", "from", "out of", "of", "against", "at")
# Heads whose modifiers own them ("Russian troops"): the owner is an actor, never the place or the target.
_FORCES = frozenset(
    {"troop", "force", "soldier", "serviceman", "peacekeeper", "unit", "contingent", "personnel", "base",
     "brigade", "battalion", "fighter", "mercenary", "army", "military", "servicemember", "garrison", "police",
     "officer", "gendarme", "instructor", "trainer", "adviser", "advisor", "marine", "paratrooper"}
)  # fmt: skip

# Nouns that a body's name before them only qualifies: its acts ("a UN plan"), and its members when a quantifier
# counts them ("no UN member state", "few NATO countries"). A state's act stands for the state ("the US decision").
_ACTS = frozenset(
    {"plan", "resolution", "proposal", "initiative", "roadmap", "blueprint", "framework", "charter", "mandate",
     "report", "declaration", "ruling"}
)  # fmt: skip
_MEMBERS = frozenset({"member", "state", "country", "nation", "government", "capital", "ally"})
_QUANTIFIERS = frozenset({"no", "few", "none", "neither", "any", "single"})
# Nouns of a share of a place, which stand for the place ("parts of Georgia").
_SHARES = frozenset(
    {"part", "area", "territory", "portion", "swath", "swathe", "half", "rest", "most", "much", "percent"}
)
# Nouns of a government, which a place after "in" or "of" names ("the government in Kyiv").
_GOVERNMENTS = frozenset(
    {"government", "authority", "leadership", "administration", "regime", "junta", "official", "ruler"}
)
# The land of a state named by its adjective ("Georgian territory", "on Ukrainian soil"): the state is the place.
_LAND_AFTER = re.compile(r"\s+(?:territory|territories|soil|land|lands|waters|airspace)\b", re.I)


def _fillers(
    sentence: Sentence, trigger: Token, roles: tuple[str, ...], types: tuple[str, ...], *, before: bool
) -> list[Mention]:
    """The mentions of the first filler of one of ``roles`` that names one, with its coordinated fillers."""
    found: list[Mention] = []
    role = None
    args = arguments(trigger)
    direct = [a.via for a in args if a.via in ("nsubj", "nsubjpass", "dobj")]
    if len(direct) != len(set(direct)):
        return []  # two subjects or two objects of one verb: a parse gone wrong ("Russia ally Kazakhstan refuses")
    for arg in args:
        if arg.role not in roles or (before and arg.via == "noun prep"):
            continue
        if not before and arg.token.i < trigger.i and arg.role != "patient":
            continue  # a patient may come first ("the region, which Russia occupied"); a place comes after
        if role is not None and (arg.role != role or arg.via not in ("conj", "including")):
            continue
        named = _named(sentence, arg.token, types, owners=before)
        if named:
            role = role or arg.role
            found += [m for m in named if m not in found]
    return found


def _named(sentence: Sentence, token: Token, types: tuple[str, ...], *, owners: bool = True) -> list[Mention]:
    """The eligible mentions a filler names: the one its head is in, else those in its phrase ("British and
    French forces"); the owners of forces ("Russian troops") only when ``owners``."""
    start, end = char_range(phrase(token))
    head, inside, lands = [], [], []  # an anaphor standing for several entities is several mentions of one span
    for m in sentence.mentions:
        m_start, m_end = m.start - sentence.start, m.end - sentence.start
        if m.kind == "place-adjective" and m.entity.type in types and start <= m_start and m_end <= end:
            lands += [m] if _LAND_AFTER.match(sentence.text, m_end) else []
        if m.entity.type not in types or m.kind == "place-adjective":
            continue
        if m_start <= token.idx < m_end:
            head.append(m)
        elif start <= m_start and m_end <= end:
            inside.append(m)
    lemma = token.lemma_.lower()
    if head or (not owners and lemma in _FORCES):
        return head
    named = [m for a in appositions(token) if a.i > token.i for m in _named(sentence, a, types)]
    if named:  # "Moldova's president, Maia Sandu,": the one named
        return named
    if not inside and lemma in _GOVERNMENTS:  # "the government in Kyiv", "the authorities of Mali"
        return [m for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                for c in p.children if c.dep_ == "pobj" for m in _named(sentence, c, types)]  # fmt: skip
    return inside or lands[:1]


def _qualified(sentence: Sentence, trigger: Token, roles: tuple[str, ...], *, before: bool) -> bool:
    """Whether the trigger's first filler of ``roles`` is a noun, naming no entity itself, that the bodies named
    in its phrase only qualify ("no UN member state", "a UN plan")."""
    first = next((a.token for a in arguments(trigger) if a.role in roles and (before or a.token.i > trigger.i)), None)
    lemma = first.lemma_.lower() if first is not None and first.pos_ == "NOUN" else ""
    counted = lemma in _MEMBERS and any(d.lower_ in _QUANTIFIERS for d in first.subtree if d.i < first.i)
    if lemma not in _ACTS and not counted:
        return False
    start, end = char_range(phrase(first))
    inside = [m for m in sentence.mentions if start <= m.start - sentence.start and m.end - sentence.start <= end]
    if any(m.start - sentence.start <= first.idx < m.end - sentence.start for m in inside):
        return False  # the noun is part of a name ("the Islamic State")
    return bool(inside) and all(m.entity.type == "Organization" for m in inside)


def _clauses_above(head: Token) -> list[Token]:
    """A clause's head and the heads of the clauses that govern it, up to the sentence's root."""
    found = [head]
    while head.head.i != head.i:
        head = clause(head.head)
        found.append(head)
    return found


def _part_named(trigger: Token) -> bool:
    """Whether the trigger's first object is a part of a place that names no entity itself ("seven districts
    of B"); a share of the place ("parts of B", "the territory of B") stands for it."""
    first = next((a.token for a in arguments(trigger) if a.role in OBJECT_ROLES and a.token.i > trigger.i), None)
    if first is None or first.pos_ != "NOUN" or first.lemma_.lower() in _SHARES:
        return False
    return any(a.role == "of" and a.token.pos_ == "PROPN" for a in _of(first))


def _of(token: Token) -> list[Argument]:
    return [
        Argument("of", c, "prep")
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj"
    ]


def _head(doc: Doc, sentence: Sentence, mention: Mention) -> Token | None:
    words = span_at(doc, mention.start - sentence.start, mention.end - sentence.start)
    return words.root if words is not None else None


def _covered(sentence: Sentence) -> set[int]:
    return {i for m in sentence.mentions for i in range(m.start - sentence.start, m.end - sentence.start)}
