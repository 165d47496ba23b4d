"""Surnames: a titled person named again later by surname alone."""

from __future__ import annotations

import dataclasses
import re

from loaders.extract.mentions import Mentions
from loaders.extract.names import TITLE_WORDS
from loaders.gazetteer import GazEntity, Mention

# A capitalised word right before or after a surname makes it part of another name ("Irfaan Ali").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z]\w")


def link_surnames(found: Mentions) -> Mentions:
    """A titled person named later by surname alone ("Musa said ..."), within the article. A surname that two
    people share, or that runs on into another capitalised word, stays unlinked."""
    people: dict[str, tuple[int, GazEntity]] = {}
    shared: set[str] = set()
    for t in found.titled:
        surname = found.text[t.name_start : t.name_end].split()[-1]
        if surname in people and people[surname][1].id != t.person.id:
            shared.add(surname)
        people.setdefault(surname, (t.name_end, t.person))
    links = []
    for surname, (after, person) in people.items():
        if surname in shared:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", found.text[after:]):
            start, end = after + m.start(), after + m.end()
            before = found.text[max(0, start - 30) : start]
            word = _NAME_BEFORE.search(before)
            if (word and word.group().strip().lower() not in TITLE_WORDS) or _NAME_AFTER.match(found.text, end):
                continue
            if not any(x.start < end and start < x.end for x in found.mentions):
                links.append(Mention(start, end, person, "created"))
    if not links:
        return found
    return dataclasses.replace(found, mentions=sorted([*found.mentions, *links], key=lambda m: m.start))
