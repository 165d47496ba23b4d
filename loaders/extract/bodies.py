"""Bodies that no list holds, named by a capitalised phrase with an organisation's head noun: "the Northern Task
Force", "Chad's Desert Shield Brigade", "the Government of National Unity". Each is an Organization named as
the text names it; a state's own generic body ("the Chadian Armed Forces", "the Defence Ministry") is not one."""

from __future__ import annotations

import re

from loaders.extract.records import slug
from loaders.gazetteer import GazEntity, Gazetteer, Mention
from loaders.lexicon import HEADLINE, NAME_PARTICLES, ORG_GENERIC, ORG_HEADS, POSSESSIVE
from schema.records import Entity

_HEAD = re.compile(r"\b(?:" + "|".join(ORG_HEADS) + r")\b")
# Up to four capitalised words right before the head noun, on one line.
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]* ){1,4}$")
# A state's name or adjective right before a body's name ("Russian ", "Chad's ").
_STATE_BEFORE = re.compile(r"(?<![\w.’'-])(?P<state>[A-Z][\w.’'-]*?)(?:[’']s)? $")
# Another head noun right after one: the name goes on ("the Sahel Alliance Treaty", "the Border Force Command").
_NEXT_HEAD = re.compile(
    r" (?:" + "|".join(ORG_HEADS) + r"|Treaty|Agreement|Accords?|Pact|Protocol|Convention|Compact|Base|Station)\b"
)
_PEOPLES = re.compile(r"People[’']s$")  # a word of the name ("the People's Protection Units"), not a possessor
_OF_AFTER = re.compile(r" of (?:the )?(?:[A-Z][\w’'-]* ){0,3}[A-Z][\w’'-]*")


def find_bodies(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the unlisted bodies of ``text`` added."""
    mentions = _own_bodies(text, gazetteer, mentions)
    found: list[Mention] = []
    absorbed: list[Mention] = []
    for head in _HEAD.finditer(text):
        if _NEXT_HEAD.match(text, head.end()):
            continue  # "the Sahel Alliance Treaty", "Andersen Air Force Base": a longer name, at its own head
        span = _phrase(text, head, gazetteer, mentions)
        if span is None:
            continue
        start, end, places = span
        if any(m.start < end and start < m.end for m in [*mentions, *found] if m not in places):
            continue
        name = text[start:end]
        known = gazetteer.lookup(name, "Organization")
        entity = known or GazEntity(Entity(slug(name), "Organization", name))
        found.append(Mention(start, end, entity, "name" if known else "created"))
        absorbed += places
    if not found:
        return mentions
    return sorted([*(m for m in mentions if m not in absorbed), *found], key=lambda m: m.start)


def _own_bodies(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """A listed body named by generic words only, right after a state's name or adjective, is that state's own
    body: "the Russian Security Council" is not the UN's, "Chad's National Assembly" not the UN's."""
    out = list(mentions)
    for m in mentions:
        if m.entity.type != "Organization" or m.kind != "name":
            continue
        if any(w.lower() not in ORG_GENERIC for w in re.findall(r"[\w’'-]+", text[m.start : m.end])):
            continue
        before = _STATE_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None or gazetteer.lookup(before.group("state"), "State") is None:
            continue
        start = before.start()
        name = text[start : m.end]
        out = [x for x in out if not (start <= x.start and x.end <= m.end)]
        out.append(Mention(start, m.end, GazEntity(Entity(slug(name), "Organization", name)), "created"))
    return sorted(out, key=lambda x: x.start)


def _phrase(
    text: str, head: re.Match[str], gazetteer: Gazetteer, mentions: list[Mention]
) -> tuple[int, int, list[Mention]] | None:
    """The span of the body's name around its head noun, if it names one, and the places its name holds ("the
    Sinai Peace Force"): those are part of the name, not mentions of their own."""
    line_start = text.rfind("\n", 0, head.start()) + 1
    line_end = text.find("\n", head.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if HEADLINE.search(line):
        return None
    before = _WORDS_BEFORE.search(text, max(line_start, head.start() - 60), head.start())
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", before.group())] if before else []
    words = [(before.start() + at, word) for at, word in words] if before else []
    # The phrase begins after a possessive ("Chad's"), a small word, or a listed state or body it opens with.
    possessives = [i for i, (_, word) in enumerate(words) if POSSESSIVE.search(word) and not _PEOPLES.match(word)]
    if possessives:
        words = words[possessives[-1] + 1 :]
    while words:
        listed = next((m for m in mentions if m.start <= words[0][0] < m.end), None)
        if listed is not None and is_place_in_name(text, listed):
            break
        if listed is not None:
            words = [(at, word) for at, word in words if at >= listed.end]
        elif words[0][1].lower() in _NOT_MODIFIERS:
            words = words[1:]
        else:
            break
    if words and words[0][1].lower() in _ARTICLES:
        words = words[1:]  # "The Sahel Brigade": a listed place named with its article
    start = words[0][0] if words else head.start()
    modifiers = [word for _, word in words]
    if modifiers and gazetteer.lookup(modifiers[0], "State") is not None:
        modifiers = modifiers[1:]  # "the Chadian Foreign Ministry": the state's own, unless more words name it
    end = head.end()
    of = _OF_AFTER.match(text, end)
    of_words = of.group().split()[1:] if of else []
    if of is not None and any(m.start < of.end() and end < m.end for m in mentions):
        of, of_words = None, []  # "the Army of Chad": the state's own army
    if of is not None:
        end = of.end()
    specific = [w for w in [*modifiers, *of_words] if w.lower() not in ORG_GENERIC and w.lower() not in NAME_PARTICLES]
    if not specific:
        return None
    return start, end, [m for m in mentions if start < m.end <= head.start() and is_place_in_name(text, m)]


def is_place_in_name(text: str, mention: Mention) -> bool:
    """A place, a region, a city or a capital that a capitalised name holds ("the Sinai Peace Force", "the Minsk
    Group"): part of the name. A state's name or adjective opening one keeps its own mention ("US Africa Command")."""
    if mention.kind == "metonym":  # a capital ("the Kampala Accord"), not a state's army ("PLA Rocket Force")
        return re.fullmatch(r"[A-Z][a-zà-ÿ’'-]+", text[mention.start : mention.end]) is not None
    return mention.kind == "locality" or (mention.kind == "name" and mention.entity.type == "Territory")


_ARTICLES = frozenset({"the", "a", "an"})
_NOT_MODIFIERS = _ARTICLES | {"in", "on", "of", "and", "by", "for", "with", "to", "at", "from", "but"}
