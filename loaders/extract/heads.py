"""People said to lead a body or a state in a clause after their name ("Ali Musa, who heads the Sahel Brigade"), in a
participle after the body ("the Sahel Brigade, led by Ali Musa"), or to hold a rank in a state's forces ("Ali Musa is
a colonel in the Chadian army")."""

from __future__ import annotations

import re

from loaders.extract.names import name_ending, read_name
from loaders.extract.sentences import headline_like
from loaders.extract.titles import (
    STATE_SERVICE,
    Titled,
    body_named_after,
    polity,
    said_of,
    titled_person,
)
from loaders.gazetteer import Gazetteer, Mention
from loaders.lexicon import (
    RANK_PREFIXES,
    RANKS,
)

# "Ali Musa, who heads the", "Ali Musa, who has led the": the verbs of a body's leadership, and the role each names.
# The verbs that name a state's rule, not a part in its doings ("leads Chad at the talks" is a delegate's).
_RULING = ("rules", "ruled", "rule", "governs", "governed", "govern")
_HEAD_ROLES = {
    **dict.fromkeys(("heads", "headed", "head"), "Head"),
    **dict.fromkeys(("leads", "led", "lead"), "Leader"),
    **dict.fromkeys(("commands", "commanded", "command"), "Commander"),
    **dict.fromkeys(("chairs", "chaired", "chair"), "Chairman"),
    **dict.fromkeys(("runs", "ran", "run"), "Head"),
    **dict.fromkeys(("founded", "co-founded"), "Founder"),
    **dict.fromkeys(_RULING, "Leader"),
    "heading": "Head",
    "leading": "Leader",
    "commanding": "Commander",
    "chairing": "Chairman",
}
# A participle after the name's comma: "Gen Ali Musa, commanding the Sahel Brigade, said".
_HEADING = r",\s+(?P<ing>heading|leading|commanding|chairing)"
_POWER_ROLE = "Leader"
# Taking a state's power: "who seized power in Chad", "came to power in".
_POWER = r"(?:seized|took|grabbed|came\s+to|rose\s+to)\s+power\s+in"
# What a body is, between the verb and its name: "who commands the rebel Rapid Support Forces".
_BODY_KIND = r"(?:paramilitary|militant|rebel|armed|mercenary|private|jihadist|separatist|ruling|breakaway|feared)"
_ADVERB = r"(?:(?:now|currently|also|still)\s+)?"
# Right after the name, only what holds now: "Ali Musa commands the", "Ali Musa, known as Abu Ali, has led the".
_HOLDS_NOW = (
    r"heads|leads|commands|chairs|runs|rules|governs|founded|co-founded|"
    r"has\s+(?:headed|led|commanded|chaired|run|ruled|governed)"
)
_WHO = r",\s+who\s+" + _ADVERB
_KNOWN_AS = r"(?:,\s+(?:(?:also|better)\s+)?known\s+as\s+[^,\n]{1,40},)?"
_NOW = _KNOWN_AS + r"\s+" + _ADVERB
_WHO_HEADS = re.compile(
    "(?:" + _WHO + r"(?:(?:has|had)\s+)?(?P<verb>" + "|".join(_HEAD_ROLES) + ")"
    "|" + _NOW + "(?P<now>" + _HOLDS_NOW + ")"
    "|(?:" + _WHO + "|" + _NOW + ")(?P<power>" + _POWER + ")"
    "|" + _HEADING + ")"
    r"\s+(?:the\s+)?(?:" + _BODY_KIND + r"\s+)?"
)
# The body's head named after it, in a participle: "the Wagner Group, led by X", "Hamas, now headed by X", "the
# Rapid Support Forces, which are commanded by X", "a mercenary outfit run by X" (after "X is").
_LED_BY = re.compile(
    r"(?:,\s+(?:(?:which|that)\s+(?:is|are|has\s+been|have\s+been)\s+)?|\s+(?:(?:is|are)\s+(?:an?\s+(?:[\w-]+\s+){0,3}?)?)?)"
    r"(?:(?:now|currently|still)\s+)?(?P<verb>led|headed|run|commanded|chaired)\s+by\s+"
)
# A leader's title between "of" or "under" and the name: "the X Army of commander Y", "Chad, under President Y,".
_LEADER_TITLE = (
    r"(?:(?i:(?:the\s+)?(?:(?:eastern|military|rebel|renegade|interim|transitional)\s+)?(?P<title>commander|leader|"
    r"president|prime\s+minister|strongman|warlord|king|emir|chairman|field\s+marshal|marshal|general|colonel|"
    r"captain)\s+))?"
)
# A body's leader after "of" ("the Desert Hawk Group of commander Ali Musa", "the army of General Ali Musa"), and a
# state's after ", under" ("Chad, under General Ali Musa, ..."): a capitalised name follows.
_LEADER_ROLES = frozenset({"commander", "leader", "president", "prime minister", "king", "emir", "chairman"})
_OF_LEADER = re.compile(r"\s+of\s+" + _LEADER_TITLE + r"(?=[A-Z])")
_UNDER_LEADER = re.compile(r",\s+(?:now\s+)?under\s+" + _LEADER_TITLE + r"(?=[A-Z])")
# A body right after a preposition is where or whom the led ones act, not what is led ("troops in Mali, led by X");
# wider than _PLACE_BEFORE, which only keeps a title's place from being its body.
_PLACE_BEFORE_BODY = re.compile(
    r"\b(?:in|at|from|to|into|on|near|across|inside|for|with|against|of|over|by)\s+(?:the\s+)?$", re.I
)
# A person said to serve in a state's forces by rank: "X is a colonel in the Chadian army".
_FULL_RANKS = sorted((r for r in RANKS if len(r) > 3 and not r.endswith(".")), key=len, reverse=True)
_RANK_IN = re.compile(
    r"\s+(?:is|remains)\s+an?\s+(?:senior\s+|serving\s+)?(?P<rank>(?:(?:"
    + "|".join((*RANK_PREFIXES, "major", "lieutenant", "brigadier", "colonel"))
    + r")[\s-]+)?(?:"
    + "|".join((*_FULL_RANKS, "commander", "officer"))
    + r"))\s+(?:in|of|with)\s+(?:the\s+)?$",
    re.I,
)

# After a leader's name: the lead is someone else's ("X's son") or over ("until", "for 30 years", "who died").
_NO_LONGER = re.compile(
    r"[’']s\b|,?\s+(?:until|till|before\s+(?:his|her|their)\s+death|"
    r"for\s+(?:[\w-]+\s+){1,2}(?:years|decades)\s+(?:before|until|till)|"
    r"from\s+\d{4}\s+(?:to|until|till)|,?\s*who\s+(?:was|has\s+been)\s+(?:killed|assassinated|ousted|deposed)|"
    r",?\s*who\s+(?:died|resigned|stepped\s+down))\b",
    re.I,
)
# A body's name goes on into a noun it qualifies ("heads the NATO summit", "leads NATO efforts"): a word after it
# that is none of these is taken for such a noun.
_AFTER_BODY = (
    "in|on|at|from|for|since|with|and|or|but|which|that|who|whose|as|to|of|into|across|until|after|before|during|"
    "through|under|by|while|when|where|against|over|throughout|alongside|is|was|has|had|said|says|"
    "last|this|earlier|recently|again|now|then|yesterday|today"
)
_NAME_GOES_ON = re.compile(r"[’']s\b|\s+(?!(?:" + _AFTER_BODY + r")\b)[a-z]")
# After a state a bare "leads"/"heads" rules, the clause ends or says since when: "has led Chad since 2021."
_STATE_ENDS = re.compile(r"\s*(?:[.;:,]|$)|\s+since\b")


def find_heads(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
    """People said to lead a body or a state in a clause after their name: "Ali Musa, who heads the Desert Hawk
    Group", "Ali Musa, who founded the Sahel Brigade", "Ali Musa commands the Sahel Brigade", "Ali Musa, who seized
    power in Chad", "Ali Musa has ruled Chad since 2021"."""
    out: list[Titled] = []
    for led in _WHO_HEADS.finditer(text):
        body = next((m for m in mentions if m.start == led.end()), None)
        if body is not None and body.entity.type == "State":
            body = body_named_after(body, mentions) or body  # "who heads US Africa Command"
        if body is None or not polity(body) or body.actor_only:
            continue
        key = next(k for k in ("verb", "now", "power", "ing") if led.group(k))
        verb = "rule" if key == "power" else led.group(key).split()[-1].lower()  # "has led" -> "led"
        state = body.entity.type == "State"
        if state and STATE_SERVICE.match(text, body.end):
            pass  # "who commands Chad's army", "who commands the Chadian army"
        elif _NAME_GOES_ON.match(text, body.end):
            continue  # "leads Chad's delegation", "heads the NATO summit": not the body itself
        elif state and verb not in _RULING and not _STATE_ENDS.match(text, body.end):
            continue  # "leads Russia at the summit": a delegate
        name = name_ending(text, led.start(), mentions)
        if name is not None:
            role = _POWER_ROLE if key == "power" else _HEAD_ROLES[verb]
            out.append(titled_person(text, gazetteer, name, led.start(key), led.end(key), body.entity, role))
    return (
        out
        + _led_by(text, gazetteer, mentions)
        + _ranked_in(text, gazetteer, mentions)
        + _of_leader(text, gazetteer, mentions)
    )


def _of_leader(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
    """People a body is named after as its leader ("the Desert Hawk Group of commander Ali Musa"), or a state is
    said to be under ("Chad, under General Ali Musa, ...")."""
    out: list[Titled] = []
    for body in mentions:
        if not polity(body) or body.actor_only or body.kind not in ("name", "created"):
            continue
        led = _OF_LEADER.match(text, body.end) or (
            _UNDER_LEADER.match(text, body.end) if body.entity.type == "State" else None
        )
        name = read_name(text, led.end(), mentions) if led else None
        if led is None or name is None or " " not in text[name[0] : name[1]] or _in_headline(text, body.start):
            continue  # one word is as likely a place or a body's own name ("the Ministry of Defence"); a headline's
            # words are all capitalised ("X Accuses Y of Arming Rebels")
        inside = (m for m in mentions if m.start < name[1] and name[0] < m.end)
        if any(m.entity.type != "Person" for m in inside) or _NO_LONGER.match(text, name[1]):
            continue
        title = " ".join((led.group("title") or "").lower().split())
        role = title.title() if title in _LEADER_ROLES else "Leader"  # a rank or "strongman" says only that they lead
        out.append(titled_person(text, gazetteer, name, led.start(), led.end(), body.entity, role))
    return out


def _ranked_in(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
    """People said to hold a rank in a state's forces: "X is a colonel in the Chadian army"."""
    out: list[Titled] = []
    for state in mentions:
        if state.entity.type != "State" or not STATE_SERVICE.match(text, state.end):
            continue
        ranked = _RANK_IN.search(text, max(0, state.start - 80), state.start)
        name = name_ending(text, ranked.start(), mentions) if ranked else None
        if ranked is None or name is None or said_of(text, name[0], state.end):
            continue
        rank = ranked.group("rank")
        out.append(
            titled_person(
                text,
                gazetteer,
                name,
                ranked.start("rank"),
                ranked.end("rank"),
                state.entity,
                rank[0].upper() + rank[1:],
            )
        )
    return out


def _led_by(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
    """People said to lead a body in a participle after it: "the Wagner Group, led by X"."""
    out: list[Titled] = []
    for body in mentions:
        if not polity(body) or body.actor_only or body.kind not in ("name", "created"):
            continue
        if _PLACE_BEFORE_BODY.search(text, max(0, body.start - 20), body.start):
            continue  # "the troops in Mali, led by X": the troops are led
        led = _LED_BY.match(text, body.end)
        name = read_name(text, led.end(), mentions) if led else None
        if led is None or name is None or _NO_LONGER.match(text, name[1]):
            continue  # "led by X until his death", "led by X's son": not X, or no more
        if body.entity.type == "State" and not _STATE_ENDS.match(text, name[1]):
            continue  # "Russia, led by X at the talks": a delegation's head
        role = _HEAD_ROLES[led.group("verb")]
        out.append(titled_person(text, gazetteer, name, led.start("verb"), led.end("verb"), body.entity, role))
    return out


def _in_headline(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is set like a headline (see ``sentences.headline_like``)."""
    return headline_like(text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1])
