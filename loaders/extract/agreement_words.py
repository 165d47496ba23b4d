"""The words around an agreement's head noun: its modifiers, the parties a compound or a list names."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer, Mention
from loaders.lexicon import AGREEMENT_DETERMINERS, AGREEMENT_STOP, ORG_HEADS, list_gap

# The types an agreement's party may be.
PARTY_TYPES = ("State", "Territory", "Organization")
_COMPOUND = re.compile(r"[-–—/]")
_LIST_GAP = re.compile(rf"^{list_gap(ampersand=True, article=True)}$")
_LEAD = re.compile(r"^\s+(?:the\s+)?$")
# A capitalised word right before "of" in a name ("Status of Forces Agreement"); not a body's head ("Government of
# National Accord" names a government).
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w’'])(?!(?:" + "|".join(ORG_HEADS) + r")\s)[A-Z][\w’'-]*\s+$")


def phrase_modifiers(text: str, head_start: int) -> tuple[list[tuple[int, str]], str | None, int | None]:
    """The words between a determiner (or possessor) and the head noun, with the determiner and where the
    possessor's word is."""
    words: list[tuple[int, str]] = []
    position = head_start
    while len(words) < 6:
        m = re.search(r"(\S+)(\s+)$", text[max(0, position - 60) : position])
        if not m or "\n" in m.group(2):
            return words, None, None
        word = m.group(1)
        at = position - len(m.group(0))
        lower = word.lower()
        if lower in AGREEMENT_DETERMINERS:
            return _trim(words), lower, None
        if re.search(r"[’']s?$", word) and len(word) > 2:
            return _trim(words), None, at
        # "a status of forces agreement", "the Status of Forces Agreement"
        if lower == "of" and words and (words[0][1][:1].islower() or _TITLE_WORD_BEFORE.search(text, 0, at)):
            words.insert(0, (at, word))
            position = at
            continue
        if lower in AGREEMENT_STOP or not re.fullmatch(r"[\w][\w’'.-]*(?:[-–—/][\w’'.]+)*", word) or word.endswith("."):
            return _trim(words), None, None
        if lower == "and" and not words:
            return words, None, None
        words.insert(0, (at, word))
        position = at
    return [], None, None  # too long for a name's modifiers


def _trim(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    while words and words[0][1].lower() == "and":
        words = words[1:]
    return words


def opens_sentence(text: str, at: int, words: list[tuple[int, str]]) -> bool:
    first = words[0][0] if words else at
    before = text[max(0, first - 3) : first]
    return first == 0 or bool(re.search(r"(?:[.!?]\s+|\n\s*)$", before))


def compound_parties(word: str, at: int, gazetteer: Gazetteer) -> list[Mention]:
    """The parties of a compound modifier ("Russian-Armenian", "Egypt–Somalia"): each part names one."""
    parts = _COMPOUND.split(word)
    if len(parts) < 2:
        return []
    found = []
    offset = at
    for part in parts:
        gaz = next((g for t in PARTY_TYPES if (g := gazetteer.lookup(part, t)) is not None), None)
        if gaz is None:
            return []
        found.append(Mention(offset, offset + len(part), gaz, "name"))
        offset += len(part) + 1
    return found


def after_mentions(text: str, start: int, head_start: int, mentions: list[Mention]) -> int:
    """The agreement's mention begins after any other mention inside its modifiers (they keep their own)."""
    for m in mentions:
        if start <= m.start < head_start or m.start < start < m.end:
            start = max(start, m.end)
    while start < head_start and not text[start].isalnum():
        start += 1
    return start


def listed_parties(text: str, position: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions listed from ``position`` on ("Armenia, Russia, and Azerbaijan")."""
    out: list[Mention] = []
    last = position
    for m in mentions:
        if m.start < last:
            continue
        gap = text[last : m.start]
        if not (_LEAD.match(" " + gap) if not out else _LIST_GAP.match(gap)):
            break
        if m.entity.type in PARTY_TYPES:
            out.append(m)
        last = m.end
    return out


def joint_possessors(text: str, possessor_at: int | None, mentions: list[Mention]) -> list[Mention]:
    """The possessor of an agreement and the names listed before it ("Kenya and Uganda's truce"), if there are
    several: its parties. One possessor alone ("Kenya's truce") names no other party."""
    last = next((m for m in mentions if possessor_at is not None and m.start <= possessor_at < m.end), None)
    if last is None:
        return []
    out = [last]
    for m in reversed([m for m in mentions if m.end <= last.start]):
        if not _LIST_GAP.match(text[m.end : out[0].start]):
            break
        out.insert(0, m)
    out = [m for m in out if m.entity.type in PARTY_TYPES]
    return out if len(out) >= 2 else []
