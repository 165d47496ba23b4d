"""People named in a list after a plural title: "Presidents X of Chad and Y of Niger", "the Chadian and Nigerien
presidents X and Y", "U.S. Sens. X and Y"."""

from __future__ import annotations

import dataclasses
import re

from loaders.extract.names import NAME_GAP, read_name
from loaders.extract.titles import (
    FORMER,
    Titled,
    body_before_title,
    not_serving,
    polity,
    titled_person,
)
from loaders.gazetteer import GazEntity, Gazetteer, Mention, literal_automaton
from loaders.lexicon import (
    ABBREVIATED_PLURALS,
    COUNTERPART,
    HEADLINE,
    STATE_OFFICE_TITLES,
    TITLES,
    list_gap,
)


def _plural(title: str) -> str:
    """The plural of a title: its head word's ("presidents", "chiefs of staff", "spokesmen", "secretaries")."""
    if title.endswith(("-general", " general")) and len(title) > 8:  # "attorneys general", "secretaries-general"
        return _plural(title[:-8]) + title[-8:]
    words = title.split(" ")
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[at]
    if word.endswith("man"):
        word = word[:-3] + "men"
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    else:
        word += "es" if word.endswith(("s", "sh", "ch", "x")) else "s"
    return " ".join([*words[:at], word, *words[at + 1 :]])


# Plural titles before a list of names, each with the title it is the plural of ("presidents", "Sens.").
_PLURALS = {
    **{_plural(t): t for t in (*TITLES, *STATE_OFFICE_TITLES, COUNTERPART) if "ministers" not in t},
    **{t: t.replace("ministers", "minister", 1) for t in TITLES if t.startswith("ministers of ")},
    **ABBREVIATED_PLURALS,
}
_PLURAL_AUTOMATON = literal_automaton((plural, plural) for plural in _PLURALS)

# Between the names of a list: a comma, "and", or both.
_LIST_GAP = re.compile(list_gap())
# Modifiers listed before a plural title ("the Chadian and Nigerien presidents"), and each of them.
_MODIFIER_LIST = re.compile(
    rf"(?<![\w.’'-])(?!The\s)(?:(?:[A-Z][\w.’'-]*\s+){{0,2}}[A-Z][\w.’'-]*(?:[’']s)?{list_gap()})+"
    r"(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*?(?:[’']s)?\s+$"
)
_MODIFIER_ITEM = re.compile(r"(?P<words>[A-Z][\w.’'-]*?(?:\s+[A-Z][\w.’'-]*?)*)(?:[’']s)?(?=\s*,|\s+and\s|\s+$)")
# A list's last item before the words of a plural title: "... and Nigerien army chiefs".
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s+(?:[A-Z][\w.’'-]*\s+)+(?:[a-z][\w-]*\s+){0,2}$")
_OF_ONLY = re.compile(r"\s+of\s+(?:the\s+)?")
# A US legislator's party and state after a name (", R-Ind.", " (D-Calif.)").
_PARTY = re.compile(r"(?:,\s+[RDI]-[A-Z][A-Za-z.]{1,6}(?=,|\s)|\s+\([RDI]-[A-Z][A-Za-z.]{1,6}\))")


def find_plural_titled(text: str, lowered: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
    """People named in a list after a plural title: "Presidents X of Chad and Y of Niger" (each the state after
    the name), "the presidents of Chad and Niger, X and Y" and "the Chadian and Nigerien presidents X and Y" (the
    states and names paired in order), "U.S. Sens. X and Y" (one state for all). Lists of different lengths say
    nothing of who holds which post."""
    out: list[Titled] = []
    found: list[tuple[int, int, str]] = []
    for last, plural in _PLURAL_AUTOMATON.iter(lowered):
        start, end = last - len(plural) + 1, last + 1
        if (start and lowered[start - 1].isalnum()) or (end < len(lowered) and lowered[end].isalnum()):
            continue
        found = [f for f in found if not (start <= f[0] and f[1] <= end)]  # the longest at each place
        if not any(f[0] <= start and end <= f[1] for f in found):
            found.append((start, end, plural))
    for start, end, plural in found:
        if FORMER.search(text, max(0, start - 40), start) or HEADLINE.search(text[end : end + 60].split("\n", 1)[0]):
            continue
        if not_serving(text, start, end):
            continue  # "the then presidents", "rebel leaders": no state's post now
        states = _states_before(text, start, gazetteer, mentions)
        pos = end
        of = _OF_ONLY.match(text, pos)  # "the ambassadors to Chad and Niger" speak for another state
        after = _state_list(text, of.end(), mentions) if of else None
        if after is not None:
            if states:
                continue  # "the Chadian presidents of Niger and Mali": whose posts is unclear
            states, pos = after
        gap = NAME_GAP.match(text, pos)
        names = _name_list(text, gap.end(), mentions) if gap else []
        if len(names) < 2:
            continue
        own = [body for _, body in names]
        if all(own) and not states:
            bodies = own
        elif not any(own) and len(states) in (1, len(names)):
            bodies = states * len(names) if len(states) == 1 else states
        elif not any(own) and not states:
            bodies = [None] * len(names)  # only each listed person's own country: not one state for all
        else:
            continue  # two lists of different lengths: who holds which post is not said
        singular = _PLURALS[plural]
        for (name, _), body in zip(names, bodies, strict=True):
            t = titled_person(text, gazetteer, name, start, end, body)
            if body is None:
                t = dataclasses.replace(t, body=gazetteer.get(t.person.country or ""), own_state=False)
            out.append(dataclasses.replace(t, title=singular))
    return out


def _states_before(text: str, start: int, gazetteer: Gazetteer, mentions: list[Mention]) -> list[GazEntity]:
    """The states or bodies named right before a plural title: "Chad's", "the Chadian and Nigerien", "U.S."."""
    one = body_before_title(text, start, gazetteer, mentions)
    if one is None:
        return []
    listed = _MODIFIER_LIST.search(text, max(0, start - 120), start)
    if listed is None:
        # "the Chadian and Nigerien army chiefs": a list the words before the title hide, not one state for all
        return [] if _LISTED_BEFORE.search(text, max(0, start - 120), start) else [one]
    out: list[GazEntity] = []
    for item in _MODIFIER_ITEM.finditer(text, listed.start(), listed.end()):
        named = next(
            (m for m in mentions if m.start == item.start() and m.end == item.end("words") and polity(m)), None
        )
        state = named.entity if named is not None else gazetteer.lookup(item.group("words"), "State")
        if state is None:
            return []  # "the Chadian Army and RSF commanders": not a list of states
        out.append(state)
    return out


def _state_list(text: str, pos: int, mentions: list[Mention]) -> tuple[list[GazEntity], int] | None:
    """The states or bodies listed from ``pos`` ("Chad, Niger and Mali"), and where the list ends."""
    out: list[GazEntity] = []
    while True:
        named = next((m for m in mentions if m.start == pos), None)
        if named is None or not polity(named):
            return None
        out.append(named.entity)
        gap = _LIST_GAP.match(text, named.end)
        if gap is None or not any(m.start == gap.end() for m in mentions):
            return out, named.end
        pos = gap.end()


def _name_list(text: str, pos: int, mentions: list[Mention]) -> list[tuple[tuple[int, int], GazEntity | None]]:
    """The names listed from ``pos``, each with the state named right after it ("X of Chad"), if one is."""
    out: list[tuple[tuple[int, int], GazEntity | None]] = []
    while True:
        name = read_name(text, pos, mentions)
        if name is None:
            return out
        end = name[1]
        party = _PARTY.match(text, end)
        end = party.end() if party else end
        of = _OF_ONLY.match(text, end)
        body = next((m for m in mentions if of and m.start == of.end() and polity(m)), None)
        end = body.end if body is not None else end
        out.append((name, body.entity if body is not None else None))
        gap = _LIST_GAP.match(text, end)
        if gap is None:
            return out
        pos = gap.end()
