"""The predicates' English phrases (schema/phrases.yaml), and how a question's words match them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import simplemma
from rapidfuzz import fuzz, process

from kg.words import Token, word_key
from schema import PredicateWords, lexicon


@dataclass(frozen=True)
class Phrase:
    """One phrase of the lexicon: a word (alternatives) per position. A weak phrase counts only when no
    other phrase matches ("who leads NATO", but "who led the invasion" asks who invaded); an agent noun names
    the subject ("the Houthis' backers"); an inverse phrase has the object for its grammatical subject
    ("Japan hosts US troops")."""

    predicate: str
    words: tuple[frozenset[str], ...]
    negated: bool = False
    weak: bool = False
    agent: bool = False
    inverse: bool = False
    asked: bool = False


def _alternatives(part: str) -> frozenset[str]:
    """The words one position of a phrase admits: "ask/urge", a word set "$leave", or both."""
    words = [w for alt in part.split("/") for w in (lexicon().word_set(alt[1:]) if alt[:1] == "$" else (alt,))]
    return frozenset(word_key(w) for w in words)


def _phrase(text: str, predicate: str = "", **form: bool) -> Phrase:
    return Phrase(predicate, tuple(_alternatives(part) for part in text.split()), **form)


@cache
def phrases() -> tuple[Phrase, ...]:
    out = []
    for name, words in lexicon().predicates.items():
        out += [_phrase(p, name) for p in words.phrases]
        out += [_phrase(p, name, negated=True) for p in words.negated]
        out += [_phrase(p, name, weak=True) for p in words.weak]
        out += [_phrase(p, name, agent=True) for p in words.agents]
        out += [_phrase(p, name, inverse=True) for p in words.inverse]
        out += [_phrase(p, name, weak=True, asked=True) for p in words.asked]
    return tuple(out)


@cache
def lexicon_words() -> frozenset[str]:
    lex = lexicon()
    words = {w for p in phrases() for alternatives in p.words for w in alternatives}
    words |= {word_key(n) for nouns in lex.entity_types.values() for n in nouns}
    words |= {word_key(n) for n in (*lex.forces, *lex.modifiers)}
    cued = (p for section in ("uninvited", "connections", "counts") for p in cues(section))
    words |= {w for p in cued for alternatives in p.words for w in alternatives}
    return frozenset(words)


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", ""))
_RESPELT_CUTOFF = 85


def respelt(token: Token) -> str:
    """A word's key, or, for a misspelling of a word the lexicon knows ("ocupies", "reconised"), that word's."""
    key = token.key
    if key in lexicon_words() or len(token.lower) < 5 or not token.lower.isalpha():
        return key
    if simplemma.is_known(token.lower, lang="en"):
        return key
    stems = {key, *(key[: -len(end)] + new for end, new in _SUFFIXES if key.endswith(end))}
    found = [process.extractOne(s, _known_words(), scorer=fuzz.ratio, score_cutoff=_RESPELT_CUTOFF) for s in stems]
    best = max((f for f in found if f), key=lambda f: f[1], default=None)
    return best[0] if best else key


@cache
def _known_words() -> list[str]:
    return sorted(w for w in lexicon_words() if len(w) >= 4)


@cache
def cues(section: str) -> tuple[Phrase, ...]:
    return tuple(_phrase(p) for p in getattr(lexicon(), section))


@cache
def type_nouns() -> dict[str, str]:
    return {word_key(n): t for t, nouns in lexicon().entity_types.items() for n in nouns}


@cache
def modifiers() -> frozenset[str]:
    """Words that may qualify the noun a question asks for ("which African countries", "what armed groups")."""
    return frozenset(word_key(n) for n in lexicon().modifiers)


@cache
def leaving() -> frozenset[str]:
    """Words after which a name is the place left ("leave Moldova", "withdraw from Moldova")."""
    return frozenset(word_key(w) for w in (*lexicon().word_set("leave"), "from"))


@cache
def hosting() -> frozenset[str]:
    """The predicates of keeping forces in a host, those with phrases for the host's side ("host US troops")."""
    return frozenset(name for name, words in lexicon().predicates.items() if words.inverse)


def words_of(predicate: str) -> PredicateWords:
    """What phrases.yaml declares of a predicate."""
    return lexicon().predicates[predicate]


def said(predicate: str) -> bool:
    """Whether the predicate's object is a statement (a claim)."""
    return words_of(predicate).said


@cache
def forces() -> frozenset[str]:
    return frozenset(word_key(n) for n in lexicon().forces)


_MAX_GAP = 5


@dataclass(frozen=True)
class PhraseMatch:
    phrase: Phrase
    start: int  # unit index of the first word
    end: int  # unit index after the last word
    gaps: int

    @property
    def score(self) -> tuple[bool, int, int, int]:
        return (not self.phrase.weak, len(self.phrase.words), -self.start, -self.gaps)


def _match(phrase: Phrase, keys: list[str | None], start: int, max_gap: int = _MAX_GAP) -> PhraseMatch | None:
    """The phrase read from unit ``start`` on, each next word within ``max_gap`` units of the last."""
    if keys[start] not in phrase.words[0]:
        return None
    at, gaps = start, 0
    for alternatives in phrase.words[1:]:
        for step in range(1, max_gap + 2):
            if at + step >= len(keys):
                return None
            if keys[at + step] in alternatives:
                gaps += step - 1
                at += step
                break
        else:
            return None
    return PhraseMatch(phrase, start, at + 1, gaps)


def best_match(
    candidates: Iterable[Phrase],
    keys: list[str | None],
    before: int,
    max_gap: int = _MAX_GAP,
    keep: Callable[[PhraseMatch], bool] = lambda m: True,
) -> PhraseMatch | None:
    """The phrase with the most words that starts before unit ``before``, at most ``max_gap`` units between
    its words, of those ``keep`` admits; the earliest and tightest wins ties, and a weak phrase only when
    nothing else matches."""
    found = [
        m for p in candidates for s in range(min(before, len(keys))) if (m := _match(p, keys, s, max_gap)) and keep(m)
    ]
    return max(found, key=lambda m: m.score, default=None)
