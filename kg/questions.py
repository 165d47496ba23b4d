"""The question reader: a plain-English question parsed into its kind, predicate, entities and constraints.

What it knows of English comes from schema/phrases.yaml (each predicate's verbs and nouns, the nouns
that ask for a type); the names it knows are the store's entities (names and aliases) and the
gazetteer's (also demonyms such as "Russian" and metonyms such as "Moscow"), matched exactly or,
for misspellings, with rapidfuzz. kg/answers.py turns a :class:`Reading` into a query.

Its parts: kg/words.py (tokens and function words), kg/phrases.py (the predicates' phrases and how words
match them), kg/names.py (the names it knows), kg/described.py (bodies named by description), kg/times.py
(the time asked about), kg/second.py (a second question joined to the first); this module reads a
question with them.

>>> reading = read("Who asked Russia to leave Moldova?", index)          # doctest: +SKIP
>>> reading.kind, reading.predicates, [e.id for e in reading.objects], [e.id for e in reading.places]
('who', ['REQUESTED_WITHDRAWAL'], ['russia'], ['moldova'])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg import qualified
from kg.described import described
from kg.names import Mention, NameIndex
from kg.phrases import (
    PhraseMatch,
    best_match,
    cues,
    forces,
    hosting,
    leaving,
    lexicon_words,
    modifiers,
    phrases,
    respelt,
    said,
    type_nouns,
    words_of,
)
from kg.posts import is_title, post_in
from kg.second import split_question
from kg.times import times_in
from kg.views import EntityRef, Reading
from kg.words import (
    AUX,
    BE,
    CLAUSE,
    CONJ,
    DENIAL,
    EXCEPT,
    FUNCTION,
    IMPERATIVE,
    INDEFINITE,
    NEGATION,
    REFUSAL,
    TIME_CLAUSE,
    WH,
    Token,
    normalize,
    tokenize,
)
from schema import ONTOLOGY, lexicon


@dataclass(frozen=True)
class Unit:
    """A token, or a run of tokens that names an entity."""

    token: Token
    mention: Mention | None = None

    @property
    def key(self) -> str | None:
        return None if self.mention else self.token.key


def read(text: str, index: NameIndex) -> Reading:
    """Read a question: its kind, predicate, entities in their roles, and constraints of place and time. A
    second question joined to it is read apart ("Does Russia have troops there, and who asked it to leave?"),
    unless the first part names no relation ("Which states, and which bodies, condemned ...?") or the second
    only adds a time to it ("..., and has it done so since 1992?")."""
    whole = normalize(" ".join(text.split()))
    first, rest = split_question(whole)
    if rest is not None:
        reading = _Reader(first, index).reading()
        if reading.kind != "unread" and not _Reader(rest, index).only_a_time():
            return reading.model_copy(update={"rest": rest})
    return _Reader(whole, index).reading().model_copy(update={"rest": rest})


def _held_by_people(predicate: str) -> bool:
    """Whether the predicate is a post held: people are its subjects and a role qualifies it."""
    found = ONTOLOGY.predicate(predicate)
    return "role" in found.qualifier_map and set(found.subject_types) == {"Person"}


def _may_hold(predicate: str, refs: list[EntityRef]) -> bool:
    """Whether the entities may be the predicate's subjects (a state holds no post; its officials do)."""
    return all(str(r.type) in ONTOLOGY.predicate(predicate).subject_types for r in refs)


class _Reader:
    def __init__(self, text: str, index: NameIndex) -> None:
        self.index = index
        self.text = normalize(" ".join(text.split()))
        self.since, self.until, without_times = times_in(self.text)
        tokens = tokenize(without_times)
        tokens, mentions = described(tokens, index.find(tokens), index)
        self.units = _units(tokens, mentions)
        self.keys = [respelt(u.token) if u.key else None for u in self.units]
        self.lowers = [u.token.lower for u in self.units]
        self.unknown = _unknown(self.units, tokens)

    def only_a_time(self) -> bool:
        """Whether the question gives a time and no relation of its own ("has it done so since 1992?")."""
        timed = self.since is not None or self.until is not None
        return timed and best_match(phrases(), self._verbs(), len(self.units)) is None

    # The parts of the reading, in order.

    def reading(self) -> Reading:
        units = self.units
        names = [u for u in units if u.mention]
        wh_at = self._asker()
        kind = self._kind(wh_at)
        base = {"since": self.since, "until": self.until, "unknown": self.unknown}
        if kind in ("what_is", "entity"):
            return Reading(kind=kind, subjects=self._refs(names[:1]), not_in_graph=self._absent(names), **base)
        cut = self._clause_end(wh_at, self._wh_end(wh_at) if wh_at is not None else None)
        if kind == "path":
            return Reading(kind=kind, subjects=self._refs(names[:1]), objects=self._refs(names[1:2]), **base)

        def keep(m: PhraseMatch) -> bool:
            return self._may_count(m, wh_at)

        match = best_match(phrases(), self._verbs(), cut, keep=keep)
        wh_end = self._wh_end(wh_at)
        # "Which troops did Niger expel?": a phrase of another predicate after the wh-phrase is the one asked,
        # unless it is weak and the first is not ("which peacekeepers were attacked").
        later = best_match(phrases(), [None] * wh_end + self._verbs()[wh_end:], cut, keep=keep)
        if match and later and match.start < wh_end and later.phrase.predicate != match.phrase.predicate:
            match = later if match.phrase.weak or not later.phrase.weak else match
        if match and _held_by_people(match.phrase.predicate) and match.start >= wh_end and self._post_acts(match):
            # "Did the president of Moldova condemn Russia?": a post before another predicate's verb names who
            # acted, and the question asks that predicate of the post's state or body.
            acted = best_match(phrases(), [None] * match.end + self._verbs()[match.end :], cut, keep=keep)
            match = acted if acted and not acted.phrase.weak and self._is_verb_at(acted.start) else match
        if match is None:
            return Reading(kind="unread", subjects=self._refs(names), not_in_graph=self._absent(names), **base)
        predicate = match.phrase.predicate
        span_end = max(cut, self._clause_end(match.end - 1))
        roles = self._roles(kind, wh_at, match, span_end)
        if predicate in hosting() and best_match(cues("uninvited"), self.keys, len(units)):
            kind = "uninvited"
        words = words_of(predicate)
        if words.said and roles["subjects"] and kind in ("which", "who", "list") and roles["focus"]:
            kind = "claims" if roles["focus"] == "object" else kind
        wanted = self._wanted(wh_at)
        also = words.also
        post = post_in(self.text) if _held_by_people(predicate) else None
        focus, subjects, objects = roles["focus"], self._refs(roles["subjects"]), self._refs(roles["objects"])
        if post and subjects and not objects and not _may_hold(predicate, subjects):
            focus, subjects, objects = "subject", [], subjects  # "who is Chad's defence minister": where the post is
        return Reading(
            kind=kind,
            predicates=[predicate, *also],
            focus=focus,
            wanted=wanted,
            subjects=subjects,
            objects=objects,
            places=self._refs(roles["places"]),
            excluded=self._refs(roles["excluded"]),
            about=self._refs(roles["about"]),
            sources=self._refs(roles["sources"]),
            polarity="negated" if self._negated(match, kind) else "affirmed",
            troops=kind == "how_many" and wanted is None,
            post=post,
            not_in_graph=self._absent(names, [units[i] for i in roles["places"]]),
            **base,
        )

    def _asker(self) -> int | None:
        """The word that asks: a wh-word, or a someone after an opening auxiliary ("Has anyone asked ...",
        "Are there any states that ...", "Did any country ...")."""
        lowers = self.lowers
        wh_at = next((i for i, w in enumerate(lowers) if w in WH), None)
        if lowers and lowers[0] in IMPERATIVE and self._type_noun_after(0) is not None:  # "list the states that"
            return 0
        lead = next((i for i, w in enumerate(lowers) if w not in AUX | BE | {"there"}), len(lowers))
        if lead == 0 or lead == len(lowers) or (wh_at is not None and wh_at < lead):
            return wh_at
        if lowers[lead] in INDEFINITE:
            return lead
        if lowers[lead] == "any" and self._type_noun_after(lead) is not None:
            return lead
        return wh_at

    def _type_noun_after(self, at: int) -> int | None:
        """The unit of the noun for a type that the asking word at ``at`` governs ("which African countries",
        "list all the states", "how many other states")."""
        for i in range(at + 1, min(at + 5, len(self.keys))):
            key = self.keys[i]
            if key in type_nouns():
                return i
            if key is None or (self.lowers[i] not in _BEFORE_NOUN and key not in modifiers()):
                return None
        return None

    def _kind(self, wh_at: int | None) -> str:
        lowers, units = self.lowers, self.units
        words = [i for i, u in enumerate(units) if not (u.token.lower in "?.!,;:\"'" and not u.mention)]
        content = [units[i] for i in words]
        if len(content) == 1 and content[0].mention:
            return "entity"
        if wh_at is None:
            if best_match(cues("counts"), self.keys, 2):  # "number of Russian troops in Syria"
                return "how_many"
            if content and content[0].token.lower in AUX:
                return "did"
            bare = [u for u in content if u.mention or u.token.lower not in ("the", "about", "tell", "me", "show")]
            return "entity" if len(bare) == 1 and bare[0].mention else "list"
        wh = lowers[wh_at]
        if self._counts(wh_at):
            return "how_many"
        rest = [u for u in content if content.index(u) > words.index(wh_at)] if wh_at in words else []
        if wh in ("what", "who") and len(rest) >= 2 and rest[0].token.lower in BE:
            named = [u for u in rest[1:] if u.mention or u.token.lower not in ("the", "a", "an")]
            if len(named) == 1 and named[0].mention:
                return "what_is"
        if wh == "how":
            if best_match(cues("connections"), self.keys, len(units)):
                return "path"
            return "list"
        asks = {"whom": "who", "whose": "who", "what": "which", "any": "which", **dict.fromkeys(INDEFINITE, "who")}
        return asks.get(wh, "which" if wh in IMPERATIVE else wh)

    def _counts(self, wh_at: int) -> bool:
        """A word for a number at the asking word or after only small words: "how many", "what is the size
        of", but not "who increased the number of"."""
        lowers = self.lowers
        at = wh_at + 1
        while at < len(lowers) and lowers[at] in _BEFORE_COUNT:
            at += 1
        return any(best_match(cues("counts"), self.keys[s:], 1, max_gap=0) for s in (wh_at, at))

    def _clause_end(self, after: int | None, relative: int | None = None) -> int:
        """Where the clause holding unit ``after`` ends: at "that", "because", ", and" ... after it; not at unit
        ``relative`` ("any states that recognized ...")."""
        lowers = self.lowers
        for i in range((after or 0) + 1, len(lowers)):
            word = lowers[i]
            following = lowers[i + 1] if i + 1 < len(lowers) else ""
            if self.units[i].mention or i == relative:
                continue
            if word in CLAUSE and i > 1:
                return i
            if word in TIME_CLAUSE and i > 1 and following not in ("?", ""):
                return i
            if word in (",", ";") and following in ("and", "or", "but", "according", "and/or"):
                return i
        return len(lowers)

    def _wanted(self, wh_at: int | None) -> str | None:
        """The type a "which countries" or "how many states" asks for."""
        noun = self._type_noun_after(wh_at) if wh_at is not None else None
        return type_nouns()[str(self.keys[noun])] if noun is not None else None

    def _negated(self, match: PhraseMatch, kind: str) -> bool:
        window = [k for k in self.keys[max(0, match.start - 4) : match.start] if k]
        if match.phrase.negated or any(k in DENIAL for k in window):
            return True
        if kind == "did" or words_of(match.phrase.predicate).refusal:
            return False
        return any(k in NEGATION or k in REFUSAL for k in window)

    def _roles(self, kind: str, wh_at: int | None, match: PhraseMatch, span_end: int) -> dict:  # type: ignore[type-arg]
        """Who does what to whom: the question's names as subjects, objects, places and exclusions."""
        units, lowers = self.units, self.lowers
        groups = _groups(units[:span_end])
        excluded = [g for g in groups if _after_any(lowers, g[0], EXCEPT)]
        sources = [g for g in _groups(units) if _cited_to(lowers, g[0])]
        groups = [g for g in groups if g not in sources]
        agents = [g for g in groups if g[0] > match.start and _after_any(lowers, g[0], {"by"})]
        wh_end = self._wh_end(wh_at)
        pool = [g for g in groups if g not in excluded and g not in agents and g[0] >= wh_end]
        # "What role does Lavrov have?": the phrase is the noun the question asks for, the names after it.
        aux = self._wh_aux(wh_at)
        head = aux is not None and wh_at is not None and wh_at < match.start < aux
        if head:
            wh_end = aux
        before = pool[:1] if head else [g for g in pool if g[0] < match.start]
        after = [g for g in pool if g not in before]
        # "Russian troops are stationed": a demonym before a forces noun is the actor, whatever the voice.
        actors = [g for g in before if self._forces_after(g)]
        # "Which countries have US troops?": so is one within the phrase, and the question asks for the host.
        hosted = [g for g in after if g[0] < match.end and self._forces_after(g)] if not before else []
        passive = (self._passive(wh_at, match) and not actors) != match.phrase.inverse
        # "Moldova asked Russia to leave Transnistria": a name after a word for leaving is the place left.
        left = [g for g in after if qualified.has_place(match.phrase.predicate) and self._left(g)]
        after = [g for g in after if g not in left]
        focus: str | None = None
        subjects: list[list[int]] = []
        objects: list[list[int]] = []
        if kind in ("who", "which", "list", "claims") or (kind == "how_many" and self._wanted(wh_at)):
            whose = wh_at is not None and lowers[wh_at] == "whose"
            asks_after_aux = (
                wh_at is not None and wh_end < len(lowers) and lowers[wh_end] in AUX and not self._verb_at(wh_end + 1)
            )
            flip = passive or match.phrase.agent  # "who are the Houthis' backers"
            # "name the groups Iran supports": a name right after the wh-phrase, then the verb
            reduced = bool(before) and before[0][0] == wh_end and before[0][-1] + 1 == match.start
            if before and (asks_after_aux or reduced) and not whose:
                focus = "subject" if flip else "object"
                (objects if flip else subjects).extend(before)
            elif hosted and match.phrase.predicate in hosting():
                focus = "object"
                subjects.extend(hosted)
                after = [g for g in after if g not in hosted]
            else:
                focus = "object" if passive else "subject"
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
        places = rest + left
        about: list[list[int]] = []
        if said(match.phrase.predicate):
            about = [g for g in _groups(units) if g[0] >= match.end and g not in excluded + sources]
            places = []
        elif span_end < len(lowers) and lowers[span_end] == "that":  # "warned that British instructors ..."
            about = [g for g in _groups(units) if g[0] > span_end and g not in excluded + sources]
        return {
            "focus": focus,
            "subjects": [i for g in subjects for i in g],
            "objects": [i for g in objects for i in g],
            "places": [i for g in places for i in g],
            "excluded": [i for g in excluded for i in g],
            "about": [i for g in about for i in g],
            "sources": [i for g in sources for i in g],
        }

    def _wh_end(self, wh_at: int | None) -> int:
        """The unit after the wh-phrase ("which countries", "how many", "whose troops")."""
        if wh_at is None:
            return 0
        noun = self._type_noun_after(wh_at)
        end = wh_at + 1 if noun is None else noun + 1
        while (
            end < len(self.keys)
            and self.keys[end]
            and (self.lowers[end] in _BEFORE_NOUN or self.keys[end] in type_nouns())
        ):
            end += 1
        if self.lowers[wh_at] in ("whose", "which", "what") and end < len(self.keys) and self.keys[end] in forces():
            end += 1
        return end

    def _verbs(self) -> list[str | None]:
        """The keys phrases are matched in: an auxiliary before a participle is not "have" ("who has urged")."""
        return [
            None if w in AUX and self._verb_at(i + 1) else k
            for i, (w, k) in enumerate(zip(self.lowers, self.keys, strict=True))
        ]

    def _may_count(self, match: PhraseMatch, wh_at: int | None) -> bool:
        """Whether a phrase found may name the predicate: a noun asked for only as the wh-phrase ("what role
        does X have"); an agent noun only after "be" ("who are Iran's backers"); a weak phrase only as the main
        verb, followed by nothing or a name the predicate takes ("who leads NATO", "where is Russia active")."""
        phrase, wh_end = match.phrase, self._wh_end(wh_at)
        if phrase.asked:
            aux = self._wh_aux(wh_at)
            return wh_at is not None and aux is not None and wh_at < match.start < aux
        if phrase.agent:
            return wh_end < len(self.lowers) and self.lowers[wh_end] in BE
        if not phrase.weak:
            return True
        if match.start in self._main_verb_at(wh_end):
            return self._takes_what_follows(match) or self._ends_in_title(match)
        # "Who is Russia's defence minister?", "where is the Wagner Group active?": it ends the question after
        # an auxiliary and a name.
        lowers, start = self.lowers, match.start
        ends = match.end == len(lowers) or not lowers[match.end].isalpha() or self._ends_in_title(match)
        named = "'s" in lowers[wh_end:start] or self.units[start - 1].mention is not None
        return ends and named and wh_end < len(lowers) and lowers[wh_end] in AUX

    def _post_acts(self, post: PhraseMatch) -> bool:
        """Whether a post may be who acted in a later phrase: the question opens with "do" or "have", not "be"
        ("Was Shoigu Russia's defence minister ..." asks about the post), and names no person before the post."""
        opens = next((w for w in self.lowers if w.isalpha()), "")
        person = any(self._is_person(u) for u in self.units[: post.start])
        return opens in AUX - BE and not person

    def _is_person(self, unit: Unit) -> bool:
        ids = unit.mention.ids if unit.mention else ()
        return any(i in self.index.entities and self.index.entities[i].type == "Person" for i in ids)

    def _is_verb_at(self, at: int) -> bool:
        """Whether a phrase at ``at`` is a verb, not a noun after an article or preposition ("the invasion of")."""
        return at == 0 or self.lowers[at - 1] not in _BEFORE_NOUNS

    def _ends_in_title(self, match: PhraseMatch) -> bool:
        """The phrase begins a title that ends the question ("NATO's secretary general", "chief of the general
        staff")."""
        words = [w for w in self.lowers[match.start :] if w.isalpha() or "-" in w]
        return is_title(words)

    def _main_verb_at(self, wh_end: int) -> set[int]:
        """Where the question's main verb may stand: right after the wh-phrase, after its auxiliary, or after
        the auxiliary and a name ("where is Russia active", "where do Russian mercenaries operate")."""
        lowers, at = self.lowers, {wh_end}
        if wh_end < len(lowers) and lowers[wh_end] in AUX:
            after = wh_end + 1
            at.add(after)
            while after < len(lowers) and (
                self.units[after].mention or lowers[after] in ("'s", "'") or self.keys[after] in forces()
            ):
                after += 1
            at.add(after)
        return at

    def _takes_what_follows(self, match: PhraseMatch) -> bool:
        """Nothing follows the phrase, or a name of a type the predicate takes as its object."""
        at = match.end
        while at < len(self.units) and self.lowers[at] in _BEFORE_OBJECT:
            at += 1
        if at == len(self.units) or not self.keys[at] or not self.keys[at].isalpha():
            mention = self.units[at].mention if at < len(self.units) else None
            if mention is None:
                return True
            takes = ONTOLOGY.predicate(match.phrase.predicate).object_types
            return any(self.index.entities[i].type in takes for i in mention.ids if i in self.index.entities)
        return False

    def _wh_aux(self, wh_at: int | None) -> int | None:
        """The auxiliary that ends a wh-phrase of a few words ("what military presence does ...")."""
        if wh_at is None:
            return None
        for i in range(wh_at + 1, min(wh_at + 5, len(self.units))):
            if self.units[i].mention:
                return None
            if self.lowers[i] in AUX - BE:
                return i
        return None

    def _verb_at(self, at: int) -> bool:
        """ "Who has urged ...": a participle after the auxiliary, so the question asks for the subject."""
        if at >= len(self.units) or self.units[at].mention:
            return False
        return self.lowers[at].endswith(("ed", "en", "wn")) and self.lowers[at] != self.keys[at]

    def _left(self, group: list[int]) -> bool:
        start = max(0, group[0] - 3)
        pairs = zip(self.keys[start : group[0]], self.lowers[start : group[0]], strict=True)
        before = [k for k, w in pairs if w != "the"]
        return bool(before) and (before[-1] in leaving() or before[-2:] == ["out", "of"])

    def _forces_after(self, group: list[int]) -> bool:
        end = group[-1] + 1
        return any(k in forces() for k in self.keys[end : end + 2] if k)

    def _passive(self, wh_at: int | None, match: PhraseMatch) -> bool:
        """ "Was Crimea annexed", "who was asked to leave": a form of "be" before a participle."""
        verb = self.units[match.start].token
        if verb.lower == verb.key or not verb.lower.endswith(("ed", "en", "wn")):
            return False
        window = self.lowers[(wh_at or 0) : match.start]
        return any(w in BE for w in window)

    def _refs(self, picked: Iterable[Unit | int]) -> list[EntityRef]:
        refs: list[EntityRef] = []
        for item in picked:
            unit = self.units[item] if isinstance(item, int) else item
            for entity_id in unit.mention.ids if unit.mention else ():
                ref = self.index.entities[entity_id].ref
                if ref not in refs:
                    refs.append(ref)
        return refs

    def _absent(self, names: list[Unit], places: Iterable[Unit] = ()) -> list[str]:
        """The names of entities the graph does not hold, but for places within one it holds: facts about
        "southern Lebanon" are those about Lebanon that concern it."""
        out = []
        for unit in names:
            entities = [self.index.entities[i] for i in unit.mention.ids] if unit.mention else []
            if not entities or any(e.in_graph for e in entities) or entities[0].name in out:
                continue
            if unit in places and any(self._held(e.part_of) for e in entities):
                continue
            out.append(unit.token.text if unit.mention.kind == "region" else entities[0].name)
        return out

    def _held(self, entity_id: str | None) -> bool:
        return entity_id is not None and entity_id in self.index.entities and self.index.entities[entity_id].in_graph


# Words that may stand between the asking word and the noun for a type ("how many", "list all the").
_BEFORE_OBJECT = {"the", "a", "an", "in", "on", "at", "to", "of", "inside"}
_BEFORE_COUNT = {"is", "are", "was", "were", "'s", "the", "a", "many"}
_BEFORE_NOUN = {"many", "much", "other", "the", "all", "me", "of", "any"}
# Words before a noun, never before a verb ("since the expulsion of", "at the time of the invasion").
_BEFORE_NOUNS = {"the", "a", "an", "of", "in", "on", "at", "since", "after", "before", "during", "its", "their"}


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
        if groups and between and all(w in CONJ for w in between) or groups and not between and last_end == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
        last_end = i
    return groups


def _after_any(lowers: list[str], at: int, words: set[str]) -> bool:
    """Whether one of ``words`` stands just before unit ``at`` ("besides Russia", "other than Russia")."""
    window = lowers[max(0, at - 2) : at]
    return any(w in words for w in window)


def _cited_to(lowers: list[str], at: int) -> bool:
    """Whether unit ``at`` follows "according to" ("according to the United States")."""
    before = [w for w in lowers[max(0, at - 3) : at] if w != "the"]
    return before[-2:] == ["according", "to"]


def _unknown(units: list[Unit], tokens: list[Token]) -> list[str]:
    """Capitalized words, past the first, that name nothing the reader knows ("Vorlandia")."""
    words = lexicon_words()
    out: list[str] = []
    run: list[str] = []
    for i, unit in enumerate(units):
        token = unit.token
        if (
            not unit.mention
            and i > 0
            and token.text[:1].isupper()
            and token.lower not in FUNCTION
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


def question_for(predicate: str, about: str, name: str) -> str | None:
    """The lexicon's question about one end of a predicate: about="subject" asks who; "object" asks what."""
    words = lexicon().predicates.get(predicate)
    template = (words.who if about == "subject" else words.what) if words else None
    if template is None:
        return None
    return template.format(subject=name, object=name)
