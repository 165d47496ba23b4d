"""The question reader: a plain-English question parsed into its kind, predicate, entities and constraints.

What it knows of English comes from schema/phrases.yaml (each predicate's verbs and nouns, the nouns
that ask for a type); the names it knows are the store's entities (names and aliases) and the
gazetteer's (also demonyms such as "Russian" and metonyms such as "Moscow"), matched exactly or,
for misspellings, with rapidfuzz. kg/answers.py turns a :class:`Reading` into a query.

>>> reading = read("Who asked Russia to leave Moldova?", index)          # doctest: +SKIP
>>> reading.kind, reading.predicates, [e.id for e in reading.objects], [e.id for e in reading.places]
('who', ['REQUESTED_WITHDRAWAL'], ['russia'], ['moldova'])
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import simplemma
from rapidfuzz import fuzz, process

from kg.views import EntityRef, Reading
from loaders.gazetteer import Gazetteer
from schema import lexicon

# -- words -------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|'s\b|\d[\d,.]*\d|\d|\w[\w\-]*|[^\w\s]")
_MONTHS = [name.lower() for name in calendar.month_name[1:]]
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = re.compile(
    rf"\b(?P<prep>in|during|since|from|after|before|until|till|by|between|as\s+of)?\s*(?:the\s+)?"
    rf"(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)(?P<decade>s)?"
    rf"(?:\s+and\s+(?:(?P<month2>{_MONTH})\s+)?(?P<year2>(?:19|20)\d\d))?\b",
    re.I,
)
_WH = {"who", "whom", "whose", "which", "what", "where", "when", "how"}
_AUX = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
_BE = {"is", "are", "was", "were", "been", "being", "be"}
_NEGATION = {"not", "never", "no", "nobody", "none"}
_REFUSAL = {"refuse", "fail", "decline"}
_EXCEPT = {"besides", "except", "excluding", "apart", "other", "aside", "beyond"}
_CONJ = {"and", "or", ",", "&", "nor", "as", "well"}
_CLAUSE = {"that", "because", "while", "although", "whether", "according", "though"}
_TIME_CLAUSE = {"after", "before", "when"}
# Words a question is made of that never start a name, so are not looked up as misspellings.
_FUNCTION = (
    _WH
    | _AUX
    | _BE
    | _NEGATION
    | _EXCEPT
    | _CONJ
    | _CLAUSE
    | _TIME_CLAUSE
    | {
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "into",
        "out",
        "its",
        "their",
        "his",
        "her",
        "it",
        "they",
        "them",
        "there",
        "many",
        "much",
        "any",
        "some",
        "all",
        "still",
        "ever",
        "also",
        "tell",
        "me",
        "show",
        "list",
        "about",
        "please",
        "i",
        "want",
        "know",
        "give",
        "did",
        "so",
        "far",
        "yet",
        "own",
        "now",
        "today",
        "currently",
        "recently",
        "again",
        "first",
        "last",
        "year",
        "years",
        "true",
        "false",
    }
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    key: str
    start: int
    end: int


@lru_cache(maxsize=50_000)
def word_key(word: str) -> str:
    """A word as the reader compares it: its lemma, spelled the American way, without a final e."""
    lower = word.lower()
    lemma = simplemma.lemmatize(lower, lang="en") if lower.isalpha() else lower
    lemma = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", lemma)
    return lemma.rstrip("e") or lemma


def normalize(text: str) -> str:
    """Straight quotes, and "n't" as " not"."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"n't\b", " not", text)


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.group().lower(), word_key(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def surface_key(text: str) -> str:
    """A name as the index keys it: its tokens in lower case."""
    return " ".join(m.group().lower() for m in _TOKEN.finditer(normalize(text)))


# -- names -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Named:
    """An entity the reader can name."""

    id: str
    type: str
    name: str
    part_of: str | None
    in_graph: bool

    @property
    def ref(self) -> EntityRef:
        return EntityRef(id=self.id, type=self.type, name=self.name)


@dataclass(frozen=True, slots=True)
class Mention:
    """Tokens [start, end) of a question that name one entity (or one of several, when ambiguous)."""

    start: int
    end: int
    ids: tuple[str, ...]
    kind: str  # name | demonym | metonym | fuzzy


@dataclass
class NameIndex:
    """Every name the reader knows, keyed by its lower-case tokens."""

    entities: dict[str, Named]
    surfaces: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # Short upper-case names ("US", "UN") match only as written, not as the words "us" or "un".
    cased: dict[str, set[str]] = field(default_factory=dict)
    longest: int = 1

    def add(self, surface: str, entity_id: str, kind: str) -> None:
        key = surface_key(surface)
        if not key:
            return
        for variant in {key, key.removeprefix("the ")}:
            senses = self.surfaces.setdefault(variant, [])
            if all(s[0] != entity_id for s in senses):
                senses.append((entity_id, kind))
            self.longest = max(self.longest, variant.count(" ") + 1)
        if surface.isupper() and len(surface) <= 3:
            self.cased.setdefault(key, set()).add(surface)

    def _choices(self) -> list[str]:
        if not hasattr(self, "_fuzzy"):
            # Cities and bases match only as written: thousands of town names would catch any misspelling.
            self._fuzzy = [
                s
                for s, senses in self.surfaces.items()
                if len(s) >= 4 and s not in self.cased and any(kind != "locality" for _, kind in senses)
            ]
        return self._fuzzy

    def names_of(self, entity_id: str) -> list[str]:
        """The lower-case names, aliases and demonyms the reader knows for an entity."""
        if not hasattr(self, "_names"):
            self._names: dict[str, list[str]] = {}
            for surface, senses in self.surfaces.items():
                for sense_id, _ in senses:
                    self._names.setdefault(sense_id, []).append(surface)
        return self._names.get(entity_id, [])

    def senses(self, key: str) -> tuple[tuple[str, ...], str]:
        """The entities a name stands for (those in the graph, if any are) and how it names them."""
        found = self.surfaces.get(key, [])
        in_graph = [s for s in found if self.entities[s[0]].in_graph]
        chosen = in_graph or found
        return tuple(s[0] for s in chosen), (chosen[0][1] if chosen else "name")

    def find(self, tokens: list[Token]) -> list[Mention]:
        """Names in the tokens, longest first, left to right; then close spellings of the words left over."""
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                key = " ".join(t.lower for t in tokens[i : i + n])
                if key not in self.surfaces or (key in self.cased and tokens[i].text not in self.cased[key]):
                    continue
                if n == 1 and key in _FUNCTION:
                    continue
                ids, kind = self.senses(key)
                mentions.append(Mention(i, i + n, ids, kind))
                i += n
                break
            else:
                i += 1
        return self._fuzzy_mentions(tokens, mentions)

    def _fuzzy_mentions(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        taken = {i for m in mentions for i in range(m.start, m.end)}
        words = _lexicon_words()
        out = list(mentions)
        i = 0
        while i < len(tokens):
            if i in taken or not _name_like(tokens[i], words):
                i += 1
                continue
            for n in (2, 1):
                span = tokens[i : i + n]
                if len(span) < n or any(j in taken or not _name_like(t, words) for j, t in enumerate(span, i)):
                    continue
                query = " ".join(t.lower for t in span)
                best = process.extractOne(query, self._choices(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
                if best:
                    ids, _ = self.senses(best[0])
                    out.append(Mention(i, i + n, ids, "fuzzy"))
                    i += n
                    break
            else:
                i += 1
        return sorted(out, key=lambda m: m.start)

    def close_names(self, text: str, limit: int = 3) -> list[str]:
        """Names spelled like ``text``, for "did you mean"."""
        found = process.extract(surface_key(text), self._choices(), scorer=fuzz.ratio, limit=limit * 3)
        names: list[str] = []
        for key, score, _ in found:
            for entity_id in self.senses(key)[0]:
                name = self.entities[entity_id].name
                if score >= 70 and self.entities[entity_id].in_graph and name not in names:
                    names.append(name)
        return names[:limit]


_FUZZY_CUTOFF = 80


def _name_like(token: Token, words: frozenset[str]) -> bool:
    """A word that may be a misspelt name: long enough, not a question word, not a known English word
    (unless capitalized)."""
    if len(token.lower) < 5 or not token.lower.replace("-", "").isalpha():
        return False
    if token.lower in _FUNCTION or token.key in words:
        return False
    return token.text[:1].isupper() or not simplemma.is_known(token.lower, lang="en")


def build_index(graph_entities: Iterable[dict[str, Any]], gazetteer: Gazetteer) -> NameIndex:
    """The names of the graph's entities and the gazetteer's (whose entities may not be in the graph)."""
    entities: dict[str, Named] = {}
    index = NameIndex(entities)
    for row in graph_entities:
        if row["type"] == "Claim":  # a claim's name is a sentence
            continue
        entities[row["id"]] = Named(row["id"], row["type"], row["name"] or row["id"], row.get("part_of"), True)
        for surface in (row["name"], *(row.get("aliases") or ())):
            if surface:
                index.add(surface, row["id"], "name")
    for gaz in gazetteer.entities.values():
        if gaz.id not in entities:
            entities[gaz.id] = Named(gaz.id, gaz.type, gaz.entity.name, gaz.part_of, False)
    for surface, (_, senses) in gazetteer.automaton.items():
        for entity_id, kind in senses:
            place = gazetteer.places.get(entity_id)
            if place is not None:  # a city or base stands for the state or territory it is in
                if place.part_of not in entities:
                    continue
                entity_id, kind = place.part_of, "locality"
            index.add(surface, entity_id, kind)
    return index


# -- the lexicon -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """One phrase of the lexicon: a word (alternatives) per position."""

    predicate: str
    words: tuple[frozenset[str], ...]
    negated: bool = False


def _phrase(text: str, predicate: str = "", negated: bool = False) -> Phrase:
    return Phrase(predicate, tuple(frozenset(word_key(w) for w in part.split("/")) for part in text.split()), negated)


@cache
def phrases() -> tuple[Phrase, ...]:
    out = []
    for name, words in lexicon().predicates.items():
        out += [_phrase(p, name) for p in words.phrases]
        out += [_phrase(p, name, negated=True) for p in words.negated]
    return tuple(out)


@cache
def _lexicon_words() -> frozenset[str]:
    lex = lexicon()
    words = {w for p in phrases() for alternatives in p.words for w in alternatives}
    words |= {word_key(n) for nouns in lex.entity_types.values() for n in nouns}
    words |= {word_key(n) for n in lex.forces}
    words |= {w for p in (*_cues("uninvited"), *_cues("connections")) for alternatives in p.words for w in alternatives}
    return frozenset(words)


@cache
def _cues(section: str) -> tuple[Phrase, ...]:
    return tuple(_phrase(p) for p in getattr(lexicon(), section))


@cache
def _type_nouns() -> dict[str, str]:
    return {word_key(n): t for t, nouns in lexicon().entity_types.items() for n in nouns}


@cache
def _forces() -> frozenset[str]:
    return frozenset(word_key(n) for n in lexicon().forces)


_MAX_GAP = 5


@dataclass(frozen=True)
class PhraseMatch:
    phrase: Phrase
    start: int  # unit index of the first word
    end: int  # unit index after the last word
    gaps: int

    @property
    def score(self) -> tuple[int, int, int]:
        return (len(self.phrase.words), -self.start, -self.gaps)


def _match(phrase: Phrase, keys: list[str | None], start: int) -> PhraseMatch | None:
    """The phrase read from unit ``start`` on, each next word within _MAX_GAP units of the last."""
    if keys[start] not in phrase.words[0]:
        return None
    at, gaps = start, 0
    for alternatives in phrase.words[1:]:
        for step in range(1, _MAX_GAP + 2):
            if at + step >= len(keys):
                return None
            if keys[at + step] in alternatives:
                gaps += step - 1
                at += step
                break
        else:
            return None
    return PhraseMatch(phrase, start, at + 1, gaps)


def best_match(candidates: Iterable[Phrase], keys: list[str | None], before: int) -> PhraseMatch | None:
    """The phrase with the most words that starts before unit ``before``; the earliest and tightest wins ties."""
    found = [m for p in candidates for s in range(min(before, len(keys))) if (m := _match(p, keys, s))]
    return max(found, key=lambda m: m.score, default=None)


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A token, or a run of tokens that names an entity."""

    token: Token
    mention: Mention | None = None

    @property
    def key(self) -> str | None:
        return None if self.mention else self.token.key


def read(text: str, index: NameIndex) -> Reading:
    """Read a question: its kind, predicate, entities in their roles, and constraints of place and time."""
    return _Reader(text, index).reading()


class _Reader:
    def __init__(self, text: str, index: NameIndex) -> None:
        self.index = index
        self.text = normalize(" ".join(text.split()))
        self.since, self.until, without_times = _times(self.text)
        tokens = tokenize(without_times)
        mentions = index.find(tokens)
        self.units = _units(tokens, mentions)
        self.keys = [u.key for u in self.units]
        self.lowers = [u.token.lower for u in self.units]
        self.unknown = _unknown(self.units, tokens)

    # The parts of the reading, in order.

    def reading(self) -> Reading:
        units, lowers = self.units, self.lowers
        names = [u for u in units if u.mention]
        wh_at = next((i for i, w in enumerate(lowers) if w in _WH), None)
        kind = self._kind(wh_at)
        base = {"since": self.since, "until": self.until, "unknown": self.unknown}
        if kind in ("what_is", "entity"):
            return Reading(kind=kind, subjects=self._refs(names[:1]), not_in_graph=self._absent(names), **base)
        cut = self._clause_end(wh_at)
        if kind == "path":
            return Reading(kind=kind, subjects=self._refs(names[:1]), objects=self._refs(names[1:2]), **base)
        match = best_match(phrases(), self.keys, cut)
        if match is None:
            return Reading(kind="unread", subjects=self._refs(names), not_in_graph=self._absent(names), **base)
        predicate = match.phrase.predicate
        span_end = max(cut, self._clause_end(match.end - 1))
        roles = self._roles(kind, wh_at, match, span_end)
        if predicate == "DEPLOYED_IN" and best_match(_cues("uninvited"), self.keys, len(units)):
            kind = "uninvited"
        if predicate == "MADE_CLAIM" and roles["subjects"] and kind in ("which", "who", "list") and roles["focus"]:
            kind = "claims" if roles["focus"] == "object" else kind
        wanted = self._wanted(wh_at)
        also = lexicon().predicates[predicate].also
        return Reading(
            kind=kind,
            predicates=[predicate, *also],
            focus=roles["focus"],
            wanted=wanted,
            subjects=self._refs(roles["subjects"]),
            objects=self._refs(roles["objects"]),
            places=self._refs(roles["places"]),
            excluded=self._refs(roles["excluded"]),
            about=self._refs(roles["about"]),
            polarity="negated" if self._negated(match, kind) else "affirmed",
            troops=kind == "how_many" and wanted is None,
            not_in_graph=self._absent(names),
            **base,
        )

    def _kind(self, wh_at: int | None) -> str:
        lowers, units = self.lowers, self.units
        words = [i for i, u in enumerate(units) if not (u.token.lower in "?.!,;:\"'" and not u.mention)]
        content = [units[i] for i in words]
        if len(content) == 1 and content[0].mention:
            return "entity"
        if wh_at is None:
            if content and content[0].token.lower in _AUX:
                return "did"
            bare = [u for u in content if u.mention or u.token.lower not in ("the", "about", "tell", "me", "show")]
            return "entity" if len(bare) == 1 and bare[0].mention else "list"
        wh = lowers[wh_at]
        rest = [u for u in content if content.index(u) > words.index(wh_at)] if wh_at in words else []
        if wh in ("what", "who") and len(rest) >= 2 and rest[0].token.lower in _BE:
            named = [u for u in rest[1:] if u.mention or u.token.lower not in ("the", "a", "an")]
            if len(named) == 1 and named[0].mention:
                return "what_is"
        if wh == "how":
            following = lowers[wh_at + 1] if wh_at + 1 < len(lowers) else ""
            if following in ("many", "much"):
                return "how_many"
            if best_match(_cues("connections"), self.keys, len(units)):
                return "path"
            return "list"
        return {"who": "who", "whom": "who", "whose": "who", "which": "which", "what": "which"}.get(wh, wh)

    def _clause_end(self, after: int | None) -> int:
        """Where the clause holding unit ``after`` ends: at "that", "because", ", and" ... after it."""
        lowers = self.lowers
        for i in range((after or 0) + 1, len(lowers)):
            word = lowers[i]
            following = lowers[i + 1] if i + 1 < len(lowers) else ""
            if self.units[i].mention:
                continue
            if word in _CLAUSE and i > 1:
                return i
            if word in _TIME_CLAUSE and i > 1 and following not in ("?", ""):
                return i
            if word in (",", ";") and following in ("and", "or", "but", "according", "and/or"):
                return i
        return len(lowers)

    def _wanted(self, wh_at: int | None) -> str | None:
        """The type a "which countries" or "how many states" asks for."""
        if wh_at is None:
            return None
        after = self.keys[wh_at + 1 : wh_at + 3]
        for key in after:
            if key in _type_nouns():
                return _type_nouns()[key]
            if key not in ("many", "much", "other"):
                break
        return None

    def _negated(self, match: PhraseMatch, kind: str) -> bool:
        if match.phrase.negated:
            return True
        if kind == "did" or match.phrase.predicate == "REFUSED_WITHDRAWAL":
            return False
        window = self.keys[max(0, match.start - 4) : match.start]
        return any(k in _NEGATION or k in _REFUSAL for k in window if k)

    def _roles(self, kind: str, wh_at: int | None, match: PhraseMatch, span_end: int) -> dict:  # type: ignore[type-arg]
        """Who does what to whom: the question's names as subjects, objects, places and exclusions."""
        units, lowers = self.units, self.lowers
        groups = _groups(units[:span_end])
        excluded = [g for g in groups if _after_any(lowers, g[0], _EXCEPT)]
        agents = [g for g in groups if g[0] > match.start and _after_any(lowers, g[0], {"by"})]
        wh_end = self._wh_end(wh_at)
        pool = [g for g in groups if g not in excluded and g not in agents and g[0] >= wh_end]
        before = [g for g in pool if g[0] < match.start]
        after = [g for g in pool if g[0] >= match.start]
        # "Russian troops are stationed": a demonym before a forces noun is the actor, whatever the voice.
        actors = [g for g in before if self._forces_after(g)]
        passive = self._passive(wh_at, match) and not actors
        focus: str | None = None
        subjects: list[list[int]] = []
        objects: list[list[int]] = []
        if kind in ("who", "which", "list", "claims") or (kind == "how_many" and self._wanted(wh_at)):
            whose = wh_at is not None and lowers[wh_at] == "whose"
            asks_after_aux = wh_at is not None and wh_end < len(lowers) and lowers[wh_end] in _AUX
            if before and asks_after_aux and not whose:
                focus = "subject" if passive else "object"
                (objects if passive else subjects).extend(before)
            else:
                focus = "object" if passive and not agents else "subject"
                after = before + after
        elif kind in ("where", "uninvited"):
            focus = "object"
            subjects.extend(before)
        else:  # when, did, how many troops: every role is named
            if before:
                (objects if passive else subjects).extend(before[:1])
                after = before[1:] + after
        subjects.extend(agents)
        rest = list(after)
        open_roles = [
            r for r, filled in (("subjects", subjects), ("objects", objects)) if not filled and r[:-1] != focus
        ]
        named: dict[str, list[list[int]]] = {"subjects": subjects, "objects": objects}
        for role in open_roles:
            if rest:
                named[role].append(rest.pop(0))
        places = rest
        about: list[list[int]] = []
        if match.phrase.predicate == "MADE_CLAIM":
            about = [g for g in _groups(units) if g[0] >= match.end and g not in excluded]
            places = []
        return {
            "focus": focus,
            "subjects": [i for g in subjects for i in g],
            "objects": [i for g in objects for i in g],
            "places": [i for g in places for i in g],
            "excluded": [i for g in excluded for i in g],
            "about": [i for g in about for i in g],
        }

    def _wh_end(self, wh_at: int | None) -> int:
        """The unit after the wh-phrase ("which countries", "how many", "whose troops")."""
        if wh_at is None:
            return 0
        end = wh_at + 1
        while end < len(self.keys) and self.keys[end] in ("many", "much", "other") | _type_nouns().keys():
            end += 1
        if self.lowers[wh_at] == "whose" and end < len(self.keys) and self.keys[end] in _forces():
            end += 1
        return end

    def _forces_after(self, group: list[int]) -> bool:
        end = group[-1] + 1
        return any(k in _forces() for k in self.keys[end : end + 2] if k)

    def _passive(self, wh_at: int | None, match: PhraseMatch) -> bool:
        """ "Was Crimea annexed", "who was asked to leave": a form of "be" before a participle."""
        verb = self.units[match.start].token
        if verb.lower == verb.key or not verb.lower.endswith(("ed", "en", "wn")):
            return False
        window = self.lowers[(wh_at or 0) : match.start]
        return any(w in _BE for w in window)

    def _refs(self, picked: Iterable[Unit | int]) -> list[EntityRef]:
        refs: list[EntityRef] = []
        for item in picked:
            unit = self.units[item] if isinstance(item, int) else item
            for entity_id in unit.mention.ids if unit.mention else ():
                ref = self.index.entities[entity_id].ref
                if ref not in refs:
                    refs.append(ref)
        return refs

    def _absent(self, names: list[Unit]) -> list[str]:
        out = []
        for unit in names:
            entities = [self.index.entities[i] for i in unit.mention.ids] if unit.mention else []
            if entities and not any(e.in_graph for e in entities) and entities[0].name not in out:
                out.append(entities[0].name)
        return out


def _units(tokens: list[Token], mentions: list[Mention]) -> list[Unit]:
    units: list[Unit] = []
    by_start = {m.start: m for m in mentions}
    i = 0
    while i < len(tokens):
        mention = by_start.get(i)
        if mention:
            first = tokens[mention.start]
            last = tokens[mention.end - 1]
            text = " ".join(t.text for t in tokens[mention.start : mention.end])
            units.append(Unit(Token(text, text.lower(), "", first.start, last.end), mention))
            i = mention.end
        else:
            units.append(Unit(tokens[i]))
            i += 1
    return units


def _groups(units: list[Unit]) -> list[list[int]]:
    """Names joined by "and", "or" or commas, as lists of unit indexes."""
    groups: list[list[int]] = []
    last_end = -2
    for i, unit in enumerate(units):
        if not unit.mention:
            continue
        between = [u.token.lower for u in units[last_end + 1 : i]]
        if groups and between and all(w in _CONJ for w in between) or groups and not between and last_end == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
        last_end = i
    return groups


def _after_any(lowers: list[str], at: int, words: set[str]) -> bool:
    """Whether one of ``words`` stands just before unit ``at`` ("besides Russia", "other than Russia")."""
    window = lowers[max(0, at - 2) : at]
    return any(w in words for w in window)


def _unknown(units: list[Unit], tokens: list[Token]) -> list[str]:
    """Capitalized words, past the first, that name nothing the reader knows ("Vorlandia")."""
    words = _lexicon_words()
    out: list[str] = []
    run: list[str] = []
    for i, unit in enumerate(units):
        token = unit.token
        if (
            not unit.mention
            and i > 0
            and token.text[:1].isupper()
            and token.lower not in _FUNCTION
            and token.key not in words
            and token.text.isalpha()
        ):
            run.append(token.text)
            continue
        if run:
            out.append(" ".join(run))
            run = []
    if run:
        out.append(" ".join(run))
    return out


def _times(text: str) -> tuple[str | None, str | None, str]:
    """The time a question asks about (since, until, as ISO dates of year or month precision), and the
    question without it."""
    since = until = None
    for m in _TIME.finditer(text):
        prep = (m.group("prep") or "in").lower()
        first = _iso(m.group("year"), m.group("month"))
        if m.group("decade"):
            since, until = first, str(int(m.group("year")) + 9)
        elif m.group("year2"):
            since, until = first, _iso(m.group("year2"), m.group("month2"))
        elif prep in ("since", "from", "after"):
            since = first
        elif prep in ("before", "until", "till", "by", "as of"):
            until = first
        else:
            since = until = first
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return since, until, text


def _iso(year: str, month: str | None) -> str:
    if not month:
        return year
    number = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month.lower().rstrip(".")[:3]))
    return f"{year}-{number:02d}"


def question_for(predicate: str, about: str, name: str) -> str | None:
    """The lexicon's question about one end of a predicate: about="subject" asks who; "object" asks what."""
    words = lexicon().predicates.get(predicate)
    template = (words.who if about == "subject" else words.what) if words else None
    if template is None:
        return None
    return template.format(subject=name, object=name)
