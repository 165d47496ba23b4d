"""The post a question asks about ("who is the president of Moldova", "Chad's defence minister"), and whether
a position's role is that post. The titles are the extractor's (loaders.lexicon.TITLES)."""

from __future__ import annotations

import re

from loaders.lexicon import TITLES

_TITLES = frozenset(TITLES)
_TITLE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")\b", re.I)
# Titles too general to tell posts apart ("who is the leader of X" may mean any of them).
_GENERAL = frozenset({"leader", "head", "chief", "representative", "aide", "adviser", "advisor", "director"})
# Words that make a role another post than its head noun ("vice president" is no president).
_LESSER = frozenset({"vice", "deputy", "former", "acting", "assistant", "first", "lady"})
_SPELLINGS = {"defense": "defence", "spokesman": "spokesperson", "spokeswoman": "spokesperson"}


def post_in(text: str) -> str | None:
    """The post a question names, in lower case; None when it names none or only a general one."""
    found = list(_TITLE.finditer(text))  # the last: the head ("the president's spokesperson")
    post = found[-1].group(1).lower() if found else None
    return post if post and post not in _GENERAL else None


def is_title(words: list[str]) -> bool:
    """Whether the words, in lower case, are one title ("secretary general", "chief of the general staff")."""
    return " ".join(words) in _TITLES


def holds_post(role: str | None, post: str) -> bool:
    """Whether a position's role is the post asked: its words hold the post's, and no word that makes it
    another ("Foreign Minister" is a minister; "Vice President" is no president)."""
    asked, held = _words(post), _words(role or "")
    return asked <= held and not (held - asked) & _LESSER


def _words(text: str) -> set[str]:
    return {_SPELLINGS.get(w, w) for w in re.findall(r"[a-z]+", text.lower())} - _NOT_THE_POST


_NOT_THE_POST = frozenset({"of", "the", "for", "affairs"})  # "minister of foreign affairs" is the foreign minister
