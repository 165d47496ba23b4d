"""Clauses and subjects for coreference: where a clause begins, what may open a subject, troops named by
their state.
"""

from __future__ import annotations

import re

from loaders.gazetteer import Mention
from loaders.lexicon import LEFT_BOUNDARY

# What may come before a sentence's subject: an adverbial set off by a comma ("On Monday, ") and an article.
SUBJECT_OPENING = re.compile(r"^\s*[\"“]?(?:[^,;:\"“”]{0,60},\s*)?(?:the\s+)?$")
# Words that open a clause within a sentence for a description's search ("said that the country ...").
_THAT = re.compile(r"\b(?:that|where)\b")
# Speech verbs whose object is the one addressed, and that object ("told the Yemeni government").
_ADDRESSING = re.compile(r"\b(?:told|tells|warned|warns|accused|accuses|urged|urges)\s*$")
_ADDRESSED = re.compile(r"\s*(?:the\s+)?(?:[\w’'.()-]+\s+){0,4}?[\w’'.()-]+(?=\s+(?:not\s+)?(?:to|of|that)\b)")
_TROOPS_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:troops|forces|soldiers|servicemen|units|contingents?|peacekeepers|mercenaries|"
    r"instructors|fighters|military|army|navy|marines|bases?|garrisons?)\b",
    re.I,
)


def in_quote(text: str) -> bool:
    """Whether a quote opened in ``text`` is still open at its end."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def names_troops(text: str, mention: Mention) -> bool:
    """Whether the mention names troops ("Russian soldiers", "US troops"), who are not the place they are in."""
    return mention.kind in ("demonym", "name") and bool(_TROOPS_AFTER.match(text, mention.end))


def clause_start(lowered: str, sentence_start: int, position: int) -> int:
    """Where the clause holding ``position`` begins, in the sentence that begins at ``sentence_start``; after
    "told X", "warned X", the clause begins after X, the person addressed ("warned Belarus not to ...")."""
    found = sentence_start
    for m in LEFT_BOUNDARY.finditer(lowered, sentence_start, position):
        if m.group() in ("(", "["):
            continue  # a name set in brackets ("the Emirates (UAE)") opens no clause
        found = m.end()
        addressed = _ADDRESSED.match(lowered, found, position) if _ADDRESSING.search(m.group()) else None
        found = addressed.end() if addressed else found
    for m in _THAT.finditer(lowered, found, position):
        found = m.end()
    return found
