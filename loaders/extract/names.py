"""Person names in running text: where a name that follows a title starts and ends ("President Ali Musa"), where one
before a title begins ("Ali Musa, the Chadian president"), and the words of titles and ranks that no name holds."""

from __future__ import annotations

import re

from loaders.gazetteer import Mention
from loaders.lexicon import (
    ABBREVIATED_TITLES,
    GLUED_VERB,
    MORE_TITLES,
    NAME_PARTICLES,
    NOT_NAMES,
    POSSESSIVE,
    RANK_PREFIXES,
    RANKS,
    STATE_OFFICE_TITLES,
    TITLES,
)

ALL_TITLES = (*TITLES, *STATE_OFFICE_TITLES, *MORE_TITLES, *ABBREVIATED_TITLES)

# The words of titles and ranks: before a surname they make no other name ("President Musa").
_TITLE_WORDS = frozenset(word for title in ALL_TITLES for word in re.split(r"[\s-]", title))
TITLE_WORDS = _TITLE_WORDS | RANKS
# A word of a name: letters of any script, joined by hyphens or apostrophes ("Kassym-Jomart", "O'Neill").
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
# A compound rank before a name: prefixes, then a rank word ("Field Marshal", "Vice Admiral", "Air Chief Marshal").
_COMPOUND_RANK = re.compile(
    r"(?:(?:" + "|".join(sorted(RANK_PREFIXES)) + r")\s+)+(?:" + "|".join(map(re.escape, sorted(RANKS))) + r")(?=\s)",
    re.I,
)

NAME_GAP = re.compile(r",?\s+")

_MAX_NAME_WORDS = 5


def read_name(text: str, pos: int, mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of a person's name that starts at ``pos`` (after any rank: "Gen.", "Ms."), if one does."""
    words: list[tuple[int, int]] = []
    particles = 0
    while True:
        rank = _COMPOUND_RANK.match(text, pos) if not words else None
        if rank is not None:
            pos = _skip_space(text, rank.end())
            if pos is None:
                break
            continue
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        word = m.group()
        bare = word.rstrip(".")
        if not words and word.lower() in RANKS or (not words and bare.lower() in RANKS and word.endswith(".")):
            pos = _skip_space(text, m.end())
            if pos is None:
                break
            continue
        possessive = POSSESSIVE.search(bare)
        if possessive:
            bare = bare[: possessive.start()]
        if not _name_word(bare, bool(words)):
            break
        glued = GLUED_VERB.search(bare) if words else None
        if glued:  # "Smithsaid": the name ends where the verb begins
            bare = bare[: glued.start()]
        end = m.start() + len(bare)
        if bare.lower() in NAME_PARTICLES:
            particles += 1
        else:
            particles = 0
        words.append((m.start(), end))
        if possessive or glued or word.endswith(".") and len(bare) > 1:
            break
        next_pos = _skip_space(text, end)
        if next_pos is None:
            break
        pos = next_pos
    if particles:
        words = words[:-particles]
    # A listed place or body of more than the first word is no name ("once she was elected, South Sudan ...").
    if words and any(x.start == words[0][0] and x.end > words[0][1] and x.entity.type != "Person" for x in mentions):
        return None
    # A listed place or body as the last word is not part of the name ("President Ali Musa Chad ..."); a city is, as
    # a surname after a given name ("Maria Holguin": Holguín is also a city).
    while words and any(
        x.start == words[-1][0] and x.entity.type != "Person" and not (x.kind == "locality" and len(words) > 1)
        for x in mentions
    ):
        words.pop()
    # one word names a person only as a listed person's surname ("President Putin")
    listed = len(words) == 1 and any(
        x.start == words[0][0] and x.end == words[0][1] and x.entity.type == "Person" for x in mentions
    )
    if not (listed or 2 <= len(words) <= _MAX_NAME_WORDS):
        return None
    return words[0][0], words[-1][1]


def name_ending(text: str, end: int, mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of a person's name that ends at ``end``."""
    window_start = max(0, end - 80)
    tokens = [m for m in _TOKEN.finditer(text, window_start, end) if m.end() <= end]
    start = None
    for token in reversed(tokens):
        after = text[token.end() : start if start is not None else end]
        if after.strip() or (start is not None and after != " "):
            break
        word = token.group()
        if word.lower() in RANKS or word.rstrip(".").lower() in RANKS:
            break
        if not _name_word(word, True) and not word[:1].isupper():
            break
        if word.lower() in NOT_NAMES or word.lower() in _TITLE_WORDS:
            break
        start = token.start()
    if start is None:
        return None
    name = read_name(text, start, mentions)
    return name if name is not None and name[1] == end else None


def _name_word(word: str, inside: bool) -> bool:
    """Whether ``word`` can be a word of a name (``inside``: not its first)."""
    low = word.lower()
    if low in NOT_NAMES or low in _TITLE_WORDS:
        return False
    if inside and (low in NAME_PARTICLES or re.match(r"(?:al|el|ad|as|an|bin|ibn)-[A-Z]", word)):
        return True
    if inside and _ROMAN.match(word):
        return True
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _skip_space(text: str, pos: int) -> int | None:
    """The position after one space at ``pos`` (names run on single spaces), or None."""
    return pos + 1 if text[pos : pos + 1] == " " else None
