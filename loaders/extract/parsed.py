"""Syntax read from a dependency parse (loaders/parse.py): :class:`Parsed` answers the questions of
:class:`loaders.extract.syntax.Syntax` from arcs, and word order where the parse gives none."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from loaders.extract.sentences import Sentence
from loaders.gazetteer import Mention
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

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
from loaders.extract.syntax import WordOrder

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
# Acts of forces, whose owner is named after "of" ("the deployment of NATO troops", "the presence of US forces").
_OWNED_ACTS = frozenset(
    {"deployment", "presence", "stationing", "incursion", "intervention", "buildup", "build-up", "aggression"}
)
# Acts of force, whose doer may be named after "by" ("the attack by X on Y").
_AGENT_ACTS = frozenset(
    {"attack", "strike", "airstrike", "offensive", "invasion", "incursion", "shelling", "bombing", "bombardment",
     "raid", "assault", "operation", "annexation", "occupation", "aggression", "killing", "seizure", "blockade",
     "violation"}
)  # fmt: skip
# Nouns of a government, which a place after "in" or "of" names ("the government in Kyiv").
_GOVERNMENTS = frozenset(
    {"government", "authority", "leadership", "administration", "regime", "junta", "official", "ruler", "ministry",
     "parliament", "presidency", "cabinet", "legislature", "army", "military"}
)  # fmt: skip
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
    if lemma in _AGENT_ACTS:  # "deplored the attack by X on Y": the one who acts, not whom the act is aimed at
        agents = [m for p in token.children if p.dep_ == "prep" and p.lower_ == "by"
                  for c in p.children if c.dep_ == "pobj" for m in _named(sentence, c, types)]  # fmt: skip
        if agents:
            return agents
    if not inside and lemma in _OWNED_ACTS:  # "condemned the deployment of NATO troops": whose act it is
        return [m for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
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


def _shared_adverb(verb: Token) -> bool:
    """Whether an adverb before a verb with no auxiliary qualifies the verbs joined to it too ("never", "reportedly"
    before "sent ... and deployed"); after an auxiliary ("will not withdraw") it is the auxiliary's own."""
    before = [c for c in verb.children if c.i < verb.i]
    return not any(c.dep_ == "aux" for c in before) and any(c.dep_ in ("neg", "advmod") for c in before)
