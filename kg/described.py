"""Bodies a question names by description: "the EU monitoring mission", "the UN mission in Sudan".

A name (or demonym) followed by a few lower-case words that end in a noun for a body ("mission",
"force", "agency", as schema/phrases.yaml declares for Organization) stands for the graph's body
whose name or alias holds that name and those words. Names later in the question that complete the
alias ("... leave Armenia" for "EU monitoring mission in Armenia") pick among several such bodies and
are then part of its name, not other roles; so is the body's own name repeated ("(UNITAMS)").
A body's name followed by a noun for forces ("the UN peacekeepers") stands for the body and the bodies
whose names hold its name (its missions); the noun and later names keep their own roles ("... in Cyprus").

>>> [(m.start, m.end, m.ids) for m in described(tokens, mentions, index)[1]]       # doctest: +SKIP
[(3, 6, ('euma-armenia',))]
"""

from __future__ import annotations

from functools import cache

from kg.names import Mention, NameIndex
from kg.phrases import forces, type_nouns
from kg.words import FUNCTION, Token, tokenize
from schema import lexicon

_JOINERS = frozenset({"in", "to", "for", "of", "on"})
_MAX_WORDS = 3  # descriptive words between the name and the noun for a body


@cache
def _body_nouns() -> frozenset[str]:
    return frozenset(key for key, kind in type_nouns().items() if kind == "Organization")


def described(tokens: list[Token], mentions: list[Mention], index: NameIndex) -> tuple[list[Token], list[Mention]]:
    """The tokens and mentions with each description read as the body it names; the tokens of names
    that complete the body's name are left out."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    dropped: set[int] = set()
    for mention in mentions:
        if mention.start in dropped:
            continue
        end = _description_end(tokens, mention.end, taken)
        if end is None:
            out.append(mention)
            continue
        words = [t.key for t in tokens[mention.end : end]]
        troops = words[-1] in forces()
        if troops and not _a_body(index, mention):
            out.append(mention)
            continue
        later = [m for m in mentions if m.start >= end]
        ids, completing = _bodies(index, mention, [w for w in words if w not in forces()], later)
        if troops:  # "the UN peacekeepers": the UN, or one of its missions, not its other bodies
            ids = tuple(i for i in ids if _a_mission(index, i, mention))
        if not ids or troops:
            out.append(Mention(mention.start, mention.end, (*mention.ids, *ids), mention.kind) if ids else mention)
            continue
        out.append(Mention(mention.start, end, ids, "described"))
        for m in completing:
            dropped |= set(range(m.start, m.end)) | _brackets(tokens, m) | _joiner(tokens, m, end)
    return _without(tokens, out, dropped)


def _description_end(tokens: list[Token], start: int, taken: set[int]) -> int | None:
    """The token after the body noun that ends a description starting at ``start``, if one does."""
    for i in range(start, min(start + _MAX_WORDS + 1, len(tokens))):
        token = tokens[i]
        if i in taken or not token.text.isalpha() or token.text[:1].isupper() or token.lower in FUNCTION:
            return None
        if token.key in _body_nouns() or token.key in forces():
            return i + 1
    return None


def _a_mission(index: NameIndex, body_id: str, head: Mention) -> bool:
    """A body that is the head's mission (the gazetteer's ``led_by``), or one whose name holds a word for a
    mission ("UN Mission in ...", "... Interim Force in Lebanon"; schema/phrases.yaml ``words.missions``)."""
    if index.entities[body_id].led_by in head.ids:
        return True
    words = lexicon().word_set("missions")
    return any(_holds(surface, word) for surface in index.names_of(body_id) for word in words)


def _a_body(index: NameIndex, mention: Mention) -> bool:
    return any(index.entities[i].type == "Organization" for i in mention.ids)


def _bodies(
    index: NameIndex, head: Mention, words: list[str], later: list[Mention]
) -> tuple[tuple[str, ...], list[Mention]]:
    """The bodies in the graph whose names hold the head's name and the words, those that the most later
    names complete first; and those later names."""
    heads = {n for i in head.ids for n in index.names_of(i)}
    best: list[tuple[str, list[Mention]]] = []
    top = -1
    for body_id, surface in _body_names(index):
        if body_id in head.ids or not set(words) <= surface.keys or not any(_holds(surface.text, h) for h in heads):
            continue
        completing = [m for m in later if body_id in m.ids or _completes(index, m, surface.text, head)]
        if len(completing) > top:
            best, top = [], len(completing)
        if len(completing) == top and all(b != body_id for b, _ in best):
            best.append((body_id, completing))
    if not best:
        return (), []
    return tuple(b for b, _ in best), best[0][1] if len(best) == 1 else []


class _Surface:
    def __init__(self, text: str) -> None:
        self.text = text
        self.keys = frozenset(t.key for t in tokenize(text))


def _body_names(index: NameIndex) -> list[tuple[str, _Surface]]:
    """The names and aliases of the graph's bodies (computed once per index)."""
    if not hasattr(index, "_body_names"):
        index._body_names = [  # type: ignore[attr-defined]
            (entity_id, _Surface(surface))
            for entity_id, entity in index.entities.items()
            if entity.in_graph and entity.type == "Organization"
            for surface in index.names_of(entity_id)
        ]
    return index._body_names  # type: ignore[attr-defined,no-any-return]


def _holds(text: str, name: str) -> bool:
    return f" {name} " in f" {text} "


def _completes(index: NameIndex, mention: Mention, surface: str, head: Mention) -> bool:
    """A later name the body's name holds, other than the head's ("Ukraine" after "the Ukraine group")."""
    own = set(mention.ids) & set(head.ids)
    return not own and any(_holds(surface, n) for i in mention.ids for n in index.names_of(i))


def _joiner(tokens: list[Token], mention: Mention, after: int) -> set[int]:
    """The preposition that joins a completing name to the body's ("mission in Moldova")."""
    before = mention.start - 1
    return {before} if before >= after and tokens[before].lower in _JOINERS else set()


def _brackets(tokens: list[Token], mention: Mention) -> set[int]:
    """The brackets around a name given in them: "(UNITAMS)"."""
    before, after = mention.start - 1, mention.end
    if before >= 0 and after < len(tokens) and tokens[before].text == "(" and tokens[after].text == ")":
        return {before, after}
    return set()


def _without(tokens: list[Token], mentions: list[Mention], dropped: set[int]) -> tuple[list[Token], list[Mention]]:
    """The tokens less those dropped, the mentions' spans re-indexed to match."""
    kept = [i for i in range(len(tokens)) if i not in dropped]
    at = {old: new for new, old in enumerate(kept)}
    at[len(tokens)] = len(kept)
    shifted = [Mention(at[m.start], at[m.end - 1] + 1, m.ids, m.kind) for m in mentions if m.start not in dropped]
    return [tokens[i] for i in kept], shifted
