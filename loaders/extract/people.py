"""People introduced by a title: "Chad's foreign minister Ali Musa", "Foreign Minister of Chad Ali Musa",
"Ali Musa, the Chadian defence minister,", "Ali Musa, a spokesman for the Chadian Defence Ministry". Each is
attached to the state or body that the title names (a possessive, a demonym, "of X", "for X"), if any."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from loaders.extract.records import slug
from loaders.gazetteer import GazEntity, Gazetteer, Mention, literal_automaton
from loaders.lexicon import (
    ABBREVIATED_PLURALS,
    ABBREVIATED_TITLES,
    BODY_ORGANS,
    COUNTERPART,
    GLUED_VERB,
    HEADLINE,
    MORE_TITLES,
    NAME_PARTICLES,
    NOT_FOR_STATE,
    NOT_NAMES,
    ORG_HEADS,
    POSSESSIVE,
    RANK_PREFIXES,
    RANKS,
    SPEECH_VERBS,
    STATE_OFFICE_TITLES,
    STATE_ORGANS,
    STATE_TITLE,
    TITLES,
    UNIT_WORDS,
    list_gap,
)
from loaders.patterns import POSITION
from schema import ONTOLOGY
from schema.records import Entity

_ALL_TITLES = (*TITLES, *STATE_OFFICE_TITLES, *MORE_TITLES, *ABBREVIATED_TITLES)
_TITLE_AUTOMATON = literal_automaton((title, title) for title in _ALL_TITLES)


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
# The words of titles and ranks: before a surname they make no other name ("President Musa").
_TITLE_WORDS = frozenset(word for title in _ALL_TITLES for word in re.split(r"[\s-]", title))
TITLE_WORDS = _TITLE_WORDS | RANKS
# A word of a name: letters of any script, joined by hyphens or apostrophes ("Kassym-Jomart", "O'Neill").
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
# A compound rank before a name: prefixes, then a rank word ("Field Marshal", "Vice Admiral", "Air Chief Marshal").
_COMPOUND_RANK = re.compile(
    r"(?:(?:" + "|".join(sorted(RANK_PREFIXES)) + r")\s+)+(?:" + "|".join(map(re.escape, sorted(RANKS))) + r")(?=\s)",
    re.I,
)
# What a title can place a person in: a state, a body, or a territory ("the Abkhaz leader", "Okinawa's governor").
_POLITIES = ONTOLOGY.predicate(POSITION.predicate).object_types
# What may follow a title before the body it names: "of Chad", "for the Chadian Defence Ministry".
_OF = re.compile(r"\s+(?:of|for|at|to)\s+(?:the\s+)?")
# A counterpart's state after the title: "his counterpart from Chad" ("of" names the other, "in" a place).
_COUNTERPART_OF = re.compile(r"\s+from\s+(?:the\s+)?")
_POSTED_IN = re.compile(r"\s+in\s+")
# A body's own organ after its name: "the head of the African Union Commission, Ali Musa" heads the body's.
_ORGAN_OF_BODY = re.compile(r"\s+(?:" + "|".join(BODY_ORGANS) + r")\b")
_WORD = re.compile(r"[A-Z][\w’'-]*?(?=(?:[’']s)?\s)")
# A body's acronym in brackets after its name: "the Sahel Brigade (SB)", "Kenya Defence Forces (KDF)".
_ACRONYM = r"(?:\s+\([A-Z][A-Za-z.&-]{1,9}\))?"


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# What may stand between a state or body and its title: a possessive, the body's acronym ("the Sahel Brigade (SB)
# commander").
_GAP = re.compile(_ACRONYM + r"(?:[’']s)? {1,2}")
# A state's own organ named by generic words after the state ("Kenya Defence Forces (KDF)", "the Chadian Foreign
# Ministry", "Chad's army"): its officials' titles are the state's. Not the first words of another body's name
# ("the Chadian Security Front").
STATE_SERVICE = re.compile(
    r"(?:[’']s)?(?:\s+(?:" + _alternation(STATE_ORGANS) + r")(?![\w’'-]))++"
    r"(?!\s+(?-i:" + "|".join((*ORG_HEADS, "Party", "Union")) + r")\b)" + _ACRONYM,
    re.I,
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+$")
# "its leader": the title of a body named before, not of the person's own state.
_ITS = re.compile(r"\b(?:its|their|whose)\s+$", re.I)
_AND = re.compile(r",? and ")
_NAME_GAP = re.compile(r",?\s+")
_POSSESSED_AFTER = re.compile(r"[’']s\b")
# Taking an office, between a name and its title: ", who was sworn in as", ", elected".
_TAKING_OFFICE = r"(?:(?:re-?)?elected|appointed|named|sworn\s+in|inaugurated|installed)"
# The words between a name and the title after it: ", the ", ", a ", " (centre), ", " is the ", " remains ", ", who
# became ", ", who was sworn in as ", ", elected ".
_APPOSITION = re.compile(
    r"(?:\s*\([^()\n]{0,30}\))?(?:,\s+(?:who\s+(?:is|remains|(?P<became>became))\s+|"
    r"(?:who\s+(?:was|has\s+been|had\s+been)\s+)?(?P<taken>"
    + _TAKING_OFFICE
    + r")(?:\s+as)?\s+)?|\s+(?:is|remains)\s+)(?:(?:the|a|an)\s+)?$"
)
# The person's own verb after a title once taken, when the clause closes: it has ended ("..., who became X's
# president in 1987, died in 2019"), not a death in words reported ("..., said his father was killed").
_ENDED_SINCE = re.compile(
    r"[^,;.\n]*,\s+(?:(?:later|then|eventually|since)\s+)?(?:has\s+|had\s+)?(?:died|resigned|stepped\s+down|"
    r"left\s+office|lost\s+power|(?:was|has\s+been|had\s+been)\s+(?:[\w-]+ly\s+|later\s+)?(?:ousted|overthrown|"
    r"toppled|deposed|killed|assassinated|removed|succeeded|detained))\b",
    re.I,
)
# A title's modifier: up to three capitalised words, maybe possessive, right before it ("Chad's", "Chadian").
_MODIFIER = re.compile(r"(?P<phrase>(?:[A-Z][\w.’'-]* +){0,2}[A-Z][\w.’'-]*?)(?P<poss>[’']s)? +$")
# A service between the state and the title ("Chad's army chief", "the Chadian military spokesman").
# "Chad's junta leader", "the Chadian air force chief", "Chad's transitional president", "the ECOWAS Commission
# president", "Chad's foreign ministry spokesperson".
_SERVICE = re.compile(
    r"\b(?:(?:army|military|navy|police|defen[cs]e|foreign|presidential|government|national|security|press|junta|"
    r"air\s+force|coast\s+guard|parliament|parliamentary|[Mm]inistry|[Cc]ommission|interim|transitional|acting|"
    r"caretaker|intelligence|(?:[Ss]tate\s+)?[Dd]epartment|[Ff]oreign\s+[Oo]ffice|joint|operations|division|logistics|"
    r"media|public\s+affairs|information|communications|senior|chief|top|regional|[Hh]eadquarters|task\s+force|"
    r"[Ee]mbassy(?:\s+in\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?|"
    # how the post is held now: "the elected president", "Chad's newly appointed foreign minister"
    r"(?:democratically[\s-]+|newly[\s-]+)?(?:re-?)?(?:elected|appointed)|incumbent|current|sitting|"
    r"long-?(?:serving|time)|veteran|embattled|powerful|outgoing|new|de\s+facto)\s+){1,4}$"
)
# "former", "ex-": before the title or its state ("the ex-Chadian president", "the late South Ossetia leader").
_FORMER = re.compile(r"\b(?:former|ex-|late)\s*(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}$", re.I)
# A state's own body, named by common nouns after it ("the Chadian police", "Chad's military junta").
_STATE_BODY = re.compile(
    r"(?:[’']s)?\s+(?:(?:military|armed|national|transitional|federal|interim)\s+)?"
    r"(?:police|army|military|navy|junta|government|armed\s+forces|air\s+force|coast\s+guard|parliament)\b"
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
# What a body is, between the verb and its name: "who leads the paramilitary Rapid Support Forces".
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
# Before a name: what is said of it is supposed, asked or reported ("if X is", "whether X is", "says X is"); after
# what is said of it: a speaker who reports it (", Y claims.").
_SUPPOSED_BEFORE = re.compile(r"\b(?:if|whether|unless|" + SPEECH_VERBS + r")\s+(?:that\s+)?$", re.I)
_REPORTED_AFTER = re.compile(r"[^.;\n]*?,\s+(?:[\w’'-]+\s+){1,5}?" + SPEECH_VERBS + r"\s*[.;]", re.I)
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
_HEAD_NOUNS = re.compile(r"\b(?:Ministry|Forces|Force|Army|Command|Council|Government|Office|Embassy)\b")
_MAX_NAME_WORDS = 5
# One unit in a chain of units, up to the "of" before the next: "press office of the ", "Joint Staff of ".
_CHAIN = re.compile(r"(?:(?:[A-Z][\w’'-]*|(?i:" + _alternation(UNIT_WORDS) + r"))\s+){1,5}of\s+(?:the\s+)?")
_MAX_CHAIN = 4
# The titles of a state's diplomats: posted to a body ("Chad's UN envoy"), they speak for their state.
_DIPLOMAT = re.compile(r"(?:deputy\s+|special\s+|permanent\s+)?(?:ambassador|envoy|representative)\b", re.I)
_DIPLOMAT_RANK = re.compile(r"\b(?:deputy|special|permanent)\s+$", re.I)


@dataclass(frozen=True)
class Titled:
    """A person named with a title, and the state or body the title names (None if it names none)."""

    person: GazEntity
    name_start: int
    name_end: int
    title_start: int
    title: str  # as written
    body: GazEntity | None
    own_state: bool = True  # whether, naming no body, the title may be of the person's listed country
    pronoun: int | None = None  # where a possessive pronoun before the title stands ("its spokesman"), if one does


def find_titled(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> tuple[list[Titled], list[Mention]]:
    """The titled people of ``text``, and the mentions with theirs added (a listed mention that a person's name
    holds gives way to it: "Defence Minister Israel Katz")."""
    lowered = text.lower()
    plurals = _plural_titled(text, lowered, gazetteer, mentions)
    listed = {t.title_start for t in plurals}
    titled: list[Titled] = []
    spans = _titles(lowered)
    for title_start, title_end in spans:
        if title_start in listed:
            continue  # "ministers of defence X and Y": read as a list
        if HEADLINE.search(text[title_end : title_end + 60].split("\n", 1)[0]):
            continue  # a headline's capitalised words are not a name
        if _FORMER.search(text, max(0, title_start - 40), title_start):
            continue  # a position held no more
        if _POSSESSED_AFTER.match(text, title_end):
            continue  # "the president's adviser": the title of the one served, not the person's
        counterpart = lowered[title_start:title_end] == COUNTERPART
        found = _after(text, title_start, title_end, gazetteer, mentions, counterpart) or _before(
            text, title_start, title_end, gazetteer, mentions, counterpart
        )
        if found is None:
            continue
        if (
            lowered[title_start:title_end] in ABBREVIATED_TITLES
            and titled
            and titled[-1].name_start == found.name_start
        ):
            continue  # "Chad's army chief, Gen. Ali Musa": the rank of one the title before names
        if found.body is None and titled and not counterpart and _AND.fullmatch(text, titled[-1].name_end, title_start):
            found = dataclasses.replace(found, body=titled[-1].body)  # "Chad's President X and Vice President Y"
        its = _ITS.search(text, max(0, title_start - 8), title_start)
        if its is not None:
            found = dataclasses.replace(found, own_state=False, pronoun=its.start())
        if counterpart:
            found = _counterpart(text, spans, found, gazetteer)
            if found is None:
                continue
        titled.append(found)
    for t in plurals:
        shared = _counterpart(text, spans, t, gazetteer) if t.title == COUNTERPART else t
        if shared is not None:
            titled.append(shared)
    titled += _heads(text, gazetteer, mentions)
    out = list(mentions)
    for t in titled:
        inside = [m for m in out if m.start < t.name_end and t.name_start < m.end]
        if any(m.entity.type == "Person" or m.start < t.name_start or m.end > t.name_end for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(t.name_start, t.name_end, t.person, "created"))
    return titled, sorted(out, key=lambda m: m.start)


def _heads(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
    """People said to lead a body or a state in a clause after their name: "Ali Musa, who heads the Desert Hawk
    Group", "Ali Musa, who founded the Sahel Brigade", "Ali Musa commands the Sahel Brigade", "Ali Musa, who seized
    power in Chad", "Ali Musa has ruled Chad since 2021"."""
    out: list[Titled] = []
    for led in _WHO_HEADS.finditer(text):
        body = next((m for m in mentions if m.start == led.end()), None)
        if body is not None and body.entity.type == "State":
            body = _body_named_after(body, mentions) or body  # "who heads US Africa Command"
        if body is None or not _polity(body) or body.actor_only:
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
        name = _name_ending(text, led.start(), mentions)
        if name is not None:
            role = _POWER_ROLE if key == "power" else _HEAD_ROLES[verb]
            out.append(_titled(text, gazetteer, name, led.start(key), led.end(key), body.entity, role))
    return out + _led_by(text, gazetteer, mentions) + _ranked_in(text, gazetteer, mentions)


def _ranked_in(text: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
    """People said to hold a rank in a state's forces: "X is a colonel in the Chadian army"."""
    out: list[Titled] = []
    for state in mentions:
        if state.entity.type != "State" or not STATE_SERVICE.match(text, state.end):
            continue
        ranked = _RANK_IN.search(text, max(0, state.start - 80), state.start)
        name = _name_ending(text, ranked.start(), mentions) if ranked else None
        if ranked is None or name is None or _said_of(text, name[0], state.end):
            continue
        rank = ranked.group("rank")
        out.append(
            _titled(
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
        if not _polity(body) or body.actor_only or body.kind not in ("name", "created"):
            continue
        if _PLACE_BEFORE_BODY.search(text, max(0, body.start - 20), body.start):
            continue  # "the troops in Mali, led by X": the troops are led
        led = _LED_BY.match(text, body.end)
        name = _read_name(text, led.end(), mentions) if led else None
        if led is None or name is None or _NO_LONGER.match(text, name[1]):
            continue  # "led by X until his death", "led by X's son": not X, or no more
        if body.entity.type == "State" and not _STATE_ENDS.match(text, name[1]):
            continue  # "Russia, led by X at the talks": a delegation's head
        role = _HEAD_ROLES[led.group("verb")]
        out.append(_titled(text, gazetteer, name, led.start("verb"), led.end("verb"), body.entity, role))
    return out


def _polity(mention: Mention) -> bool:
    """Whether a title can place a person in what the mention names; a city or base stands for its state, which
    its mayor or commander does not hold a post in."""
    return mention.entity.type in _POLITIES and mention.kind != "locality"


def _titles(lowered: str) -> list[tuple[int, int]]:
    """Where titles stand, the longest at each place, on word boundaries; a title right after another
    ("President President") joins it."""
    spans: list[tuple[int, int]] = []
    for last, title in _TITLE_AUTOMATON.iter(lowered):
        start, end = last - len(title) + 1, last + 1
        if (start and lowered[start - 1].isalnum()) or (end < len(lowered) and lowered[end].isalnum()):
            continue
        spans = [s for s in spans if not (start <= s[0] and s[1] <= end)]
        if any(s[0] <= start and end <= s[1] for s in spans):
            continue
        if spans and spans[-1][1] + 1 == start and lowered[spans[-1][1]] == " ":
            if lowered[start:end] in ABBREVIATED_TITLES:
                continue  # "army chief Gen. Ali Musa": a rank, read with the name
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _after(
    text: str,
    title_start: int,
    title_end: int,
    gazetteer: Gazetteer,
    mentions: list[Mention],
    counterpart: bool = False,
) -> Titled | None:
    """A name after its title: "Chad's foreign minister Ali Musa", "Foreign Minister of Chad, Ali Musa"."""
    body = _modifier(text, title_start, gazetteer, mentions)
    pos = title_end
    of = (_COUNTERPART_OF if counterpart else _OF).match(text, pos)
    named = next((m for m in mentions if of and of.start() < m.start <= of.end()), None)
    if counterpart and of is not None and not _bare_state(text, named):
        return None  # "his counterpart from Berlin", "from the Chadian army": no state's like post
    if named is not None and _polity(named):
        if not of.group().lstrip().startswith(("to", "at")):  # an ambassador to X speaks for another state
            body = body or named.entity
        pos = named.end
        organ = _ORGAN_OF_BODY.match(text, pos) if named.entity.type == "Organization" else None
        service = STATE_SERVICE.match(text, pos) if named.entity.type == "State" else organ
        pos = service.end() if service else pos  # "the head of Chad's military government, General Ali Musa"
    elif of is not None and named is None:  # "for the Chadian Foreign Ministry Ali Musa": a demonym no list reads
        word = _WORD.match(text, of.end())
        service = STATE_SERVICE.match(text, word.end()) if word else None
        state = gazetteer.lookup(word.group(), "State") if service else None
        if state is not None and not of.group().lstrip().startswith(("to", "at")):
            body, pos = body or state, service.end()
    posted = _POSTED_IN.match(text, pos) if of is None else None
    place = next((m for m in mentions if m.start == posted.end()), None) if posted is not None else None
    if place is not None:
        pos = place.end  # "Chad's military attache in Paris, Ali Musa": where the post is, not whom it serves
    gap = _NAME_GAP.match(text, pos)
    if gap is None:
        return None
    name = _read_name(text, gap.end(), mentions)
    if name is None:
        return None
    if "," in gap.group() and " " not in text[name[0] : name[1]] and text[name[1] : name[1] + 1] != ",":
        return None  # "... to talk with the Chadian president, Musa said": a speaker, not the title's holder
    if body is None:  # "Foreign Minister Ali Musa of Chad"
        body = _body_after(text, name[1], gazetteer, mentions)
    return _titled(text, gazetteer, name, title_start, title_end, body)


def _before(
    text: str,
    title_start: int,
    title_end: int,
    gazetteer: Gazetteer,
    mentions: list[Mention],
    counterpart: bool = False,
) -> Titled | None:
    """A name before its title: "Ali Musa, Chad's defence minister", "Ali Musa, a spokesman for the Chadian
    Defence Ministry"."""
    service = _SERVICE.search(text, max(0, title_start - 30), title_start)
    left = service.start() if service else title_start  # "Ali Musa, Chad's army spokesman"
    modifier = _MODIFIER.search(text, max(0, left - 40), left)
    left = modifier.start() if modifier else left
    body = _modifier(text, title_start, gazetteer, mentions)
    apposition = _APPOSITION.search(text, max(0, left - 40), left)
    if apposition is None:
        return None
    name = _name_ending(text, apposition.start(), mentions)
    if name is None:
        return None
    if "," not in apposition.group() and _said_of(text, name[0], title_end):
        return None  # "if X is the minister", "Y says X is the minister": not the article's word
    if (apposition.group("taken") or apposition.group("became")) and _ENDED_SINCE.match(text, title_end):
        return None  # "X, who was sworn in as Chad's president in 1990, died in 2010": held once
    if body is None:
        body = _body_after(text, title_end, gazetteer, mentions, _COUNTERPART_OF if counterpart else _OF)
    return _titled(text, gazetteer, name, title_start, title_end, body)


def _said_of(text: str, name_start: int, end: int) -> bool:
    """Whether a statement that a person is something is only supposed, asked or reported: "if X is", "whether X
    is", "denied that X is", "Y says X is", or ", Y claims." after it."""
    return bool(_SUPPOSED_BEFORE.search(text, max(0, name_start - 40), name_start) or _REPORTED_AFTER.match(text, end))


# An aide's title before the title of the one served: "spokesperson for the Russian president X" is the spokesperson.
_SERVES = re.compile(
    r"\b(?P<aide>spokes(?:man|woman|person)|press\s+secretary|advis[eo]r|aide|assistant)\s+(?:for|to|of)\s+"
    r"the\s+(?:[\w’'-]+\s+){0,2}$",
    re.I,
)


def _titled(
    text: str,
    gazetteer: Gazetteer,
    name: tuple[int, int],
    title_start: int,
    title_end: int,
    body: GazEntity | None,
    role: str | None = None,
) -> Titled:
    words = text[name[0] : name[1]]
    listed = next((m.entity for m in gazetteer.find(words) if m.entity.type == "Person" and m.end == len(words)), None)
    person = listed or GazEntity(Entity(slug(words), "Person", re.sub(r"\s+", " ", words)))
    # "spokesperson for the Russian president X", not "a spokesperson for President X" (the president is named)
    serving = (
        None if role or not text[title_start].islower() else _SERVES.search(text, max(0, title_start - 60), title_start)
    )
    title = role or (serving.group("aide") if serving else re.sub(r"\s+", " ", text[title_start:title_end]))
    title = re.sub(r"^(.+?)(?: \1)+$", r"\1", title, flags=re.I)  # "President President"
    title = ABBREVIATED_TITLES.get(title.lower(), title)  # "Gov." -> "governor"
    if body is not None and body.entity.properties.get("kind") == "ministry" and body.country:
        body = gazetteer.get(body.country) or body  # a ministry's officials speak for its state
    if listed is not None and body is not None and body.type == "State" and body.id != (listed.country or body.id):
        # "with the Russian president, Zelensky said": a listed person holds no other state's title
        return Titled(person, name[0], name[1], title_start, title, None, own_state=False)
    return Titled(person, name[0], name[1], title_start, title, body)


def placed_in(t: Titled, body: GazEntity, gazetteer: Gazetteer) -> Titled:
    """The titled person placed in ``body`` (a ministry's officials in its state), unless a listed person's
    country is another state."""
    if body.entity.properties.get("kind") == "ministry" and body.country:
        body = gazetteer.get(body.country) or body
    if t.person.country and body.id != t.person.country and (body.type == "State" or STATE_TITLE.search(t.title)):
        return t  # a listed person holds no other state's office, nor a state's office in a body
    return dataclasses.replace(t, body=body, own_state=True)


# A state joined to the word after it as a backer ("Chadian-backed", "Chad-installed"), right before a title.
_BACKED = re.compile(r"-(?:backed|installed|allied|supported|sponsored|appointed|aligned|funded|armed)\s+$", re.I)


def _modifier(text: str, title_start: int, gazetteer: Gazetteer, mentions: list[Mention]) -> GazEntity | None:
    """The state or body named right before a title: "Chad's", "Chadian", "the Wagner Group", "Chad's army"."""
    if _BACKED.search(text, max(0, title_start - 30), title_start):
        return None  # "Chadian-backed President X": a backer, not the title's state
    right_before = next((m for m in mentions if _GAP.fullmatch(text, m.end, title_start)), None)
    if right_before is not None and right_before.entity.type == "Organization":
        # "Chad's UN envoy": a state's envoy to the body; "the Libyan National Army commander": the body's officer
        rank = _DIPLOMAT_RANK.search(text, max(0, right_before.start - 12), right_before.start)  # "deputy UN envoy"
        at = rank.start() if rank else right_before.start
        state = _DIPLOMAT.match(text, title_start) and _modifier(text, at, gazetteer, mentions)
        return state if state and state.type == "State" else right_before.entity
    service = _SERVICE.search(text, max(0, title_start - 30), title_start)
    title_start = service.start() if service else title_start
    for m in reversed(mentions):
        gap = text[m.end : title_start]
        own = m.entity.type == "State" and STATE_SERVICE.fullmatch(gap.rstrip(" "))
        if m.end <= title_start and _polity(m) and (_GAP.fullmatch(gap) or own):
            # "the embassy in Chad spokesman": the place of a body, not the title's state
            # "pro-Chad President": a stance, not the title's state
            before = text[max(0, m.start - 6) : m.start]
            return None if _PLACE_BEFORE.search(before) or before.endswith("-") else m.entity
        if m.end < title_start - 40:
            break
    modifier = _MODIFIER.search(text, max(0, title_start - 40), title_start)
    if modifier is None:
        return None
    words = modifier.group("phrase").split()
    for i in range(len(words)):  # the longest phrase that ends right before the title
        found = gazetteer.lookup(" ".join(words[i:]), "State")
        if found is not None:
            return found
    return None


def _body_after(
    text: str, title_end: int, gazetteer: Gazetteer, mentions: list[Mention], of_words: re.Pattern[str] = _OF
) -> GazEntity | None:
    """The state or body after a title: "of Chad", "for the Chadian Defence Ministry"."""
    of = of_words.match(text, title_end)
    if of is None:
        return None
    named = next((m for m in mentions if m.start == of.end()), None)
    if named is not None and named.entity.type == "State":
        body = _body_named_after(named, mentions)
        if body is not None:
            return body.entity  # "of US Africa Command"
        if _STATE_BODY.match(text, named.end) or STATE_SERVICE.match(text, named.end):
            return named.entity  # "of the Chadian police", "of Chad's military junta", "at the Chad Defence Forces"
    if named is not None and _polity(named) and not named.actor_only:
        return _mission_named(text, named, gazetteer, mentions) or named.entity
    if named is None:
        owner = _chain_owner(text, of.end(), mentions)
        if owner is not None:
            return owner
    word = _WORD.match(text[of.end() : of.end() + 40])
    if word is not None and _STATE_BODY.match(text, of.end() + word.end()):
        state = gazetteer.lookup(word.group(), "State")
        if state is not None:
            return state
    phrase = re.match(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*", text[of.end() : of.end() + 80])
    if phrase is None or not _HEAD_NOUNS.search(phrase.group()):
        return named.entity if named is not None and named.entity.type == "State" else None
    first = phrase.group().split()[0]
    return gazetteer.lookup(first, "State")


# A body's mission named by where it is: "the UN peacekeeping mission in X", "the AU force in X".
_MISSION_IN = re.compile(
    r"\s+(?:(?:peacekeeping|political|stabili[sz]ation|assistance|training|support|multidimensional|integrated|"
    r"observer|monitoring|interim)\s+){0,2}(?:mission|force|operation)\s+in\s+(?:the\s+)?"
)


def _mission_named(text: str, body: Mention, gazetteer: Gazetteer, mentions: list[Mention]) -> GazEntity | None:
    """The one mission the body leads in the place named after it ("of the UN mission in South Sudan": UNMISS)."""
    where = _MISSION_IN.match(text, body.end)
    place = next((m for m in mentions if where and m.start == where.end()), None)
    return gazetteer.mission(body.entity.id, place.entity.id) if place is not None else None


def _body_named_after(state: Mention, mentions: list[Mention]) -> Mention | None:
    """A body whose name opens with its state's, right after the state ("US Africa Command")."""
    body = next((m for m in mentions if m.entity.type == "Organization" and m.start == state.end + 1), None)
    return body if body is not None and not body.actor_only else None


def _chain_owner(text: str, pos: int, mentions: list[Mention]) -> GazEntity | None:
    """The state or body at the end of a chain of units, each "of" the next: "of the press office of the Joint
    Staff of the Defence Forces of Chad", "for the Foreign Ministry of Chad"."""
    for _ in range(_MAX_CHAIN):
        link = _CHAIN.match(text, pos)
        if link is None:
            return None
        pos = link.end()
        named = next((m for m in mentions if m.start == pos), None)
        if named is not None and _polity(named) and not named.actor_only:
            return named.entity
    return None


def _read_name(text: str, pos: int, mentions: list[Mention]) -> tuple[int, int] | None:
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
    # A listed place or body of more than the first word is no name ("if he became president, South Sudan ...").
    if words and any(x.start == words[0][0] and x.end > words[0][1] and x.entity.type != "Person" for x in mentions):
        return None
    # A listed place or body as the last word is not part of the name ("President Ali Musa Chad ...").
    while words and any(x.start == words[-1][0] and x.entity.type != "Person" for x in mentions):
        words.pop()
    # one word names a person only as a listed person's surname ("President Putin")
    listed = len(words) == 1 and any(
        x.start == words[0][0] and x.end == words[0][1] and x.entity.type == "Person" for x in mentions
    )
    if not (listed or 2 <= len(words) <= _MAX_NAME_WORDS):
        return None
    return words[0][0], words[-1][1]


def _name_ending(text: str, end: int, mentions: list[Mention]) -> tuple[int, int] | None:
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
    name = _read_name(text, start, mentions)
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


# Where a sentence ends between the title of one person and a counterpart's.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# How far before a counterpart (in characters) the title whose post it shares may stand.
_COUNTERPART_REACH = 150
# Words before a title that say its holder does not hold the post for a state now ("the then president", "the
# exiled presidents", "rebel leaders"), within the title's own phrase.
_NOT_SERVING = re.compile(
    NOT_FOR_STATE.pattern + r"|\b(?:the|his|her|their|its)\s+then\b|\b(?:ousted|deposed|late)\b", re.I
)
# A person's pronoun as the subject of a counterpart's clause ("he met his counterpart").
_HE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b(?=[^,.;]*\b(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart)")
_PHRASE_START = re.compile(r"[^.,;:!?\"“”\n]*$")


def _not_serving(text: str, start: int, end: int) -> bool:
    """Whether the title at ``start``-``end`` is held for no state now: a former, rebel, opposition or exiled one."""
    phrase = _PHRASE_START.search(text, max(0, start - 40), start)
    return bool(_NOT_SERVING.search(text[phrase.start() if phrase else start : end]))


def _bare_state(text: str, named: Mention | None) -> bool:
    """Whether a mention after "from" names a state itself: not a city, nor one of its organs ("the Chadian army")."""
    return (
        named is not None
        and named.entity.type == "State"
        and named.kind not in ("locality", "place-adjective", "demonym")
        and STATE_SERVICE.match(text, named.end) is None
    )


def _counterpart(text: str, spans: list[tuple[int, int]], found: Titled, gazetteer: Gazetteer) -> Titled | None:
    """A counterpart holds the post of the one titled before in the sentence ("the Chadian defence minister met
    his Peruvian counterpart X": a defence minister), in the state the title names; naming none, only in the
    person's listed country (no other state of the sentence is theirs). Nothing when no state's office is titled
    before, or that one is held for no state now ("Chad's former president met his Sudanese counterpart X")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, found.title_start)]
    opening = ends[-1] if ends else 0
    # "X, Chad's defence minister, arrived. He met his Peruvian counterpart Y": a pronoun for the one titled before
    reach = opening
    if _HE.search(text, opening, found.title_start + len(COUNTERPART)):
        reach = ends[-2] if len(ends) > 1 else 0
    before = [
        (s, e)
        for s, e in spans
        if reach <= s
        and e <= found.title_start
        and (found.title_start - e < _COUNTERPART_REACH or s < opening)  # the sentence before: whole
        and text[s:e].lower() != COUNTERPART
    ]
    if any(opening <= s for s, _ in before):
        before = [(s, e) for s, e in before if opening <= s]
    if (
        not before
        or _not_serving(text, *before[-1])
        or _not_serving(text, found.title_start, found.title_start + len(COUNTERPART))
    ):
        return None
    start, end = before[-1]
    title = re.sub(r"\s+", " ", text[start:end])
    title = ABBREVIATED_TITLES.get(title.lower(), title)
    if not STATE_TITLE.search(title):
        return None  # "the NATO secretary general met his EU counterpart": no state's office to share
    body = found.body or gazetteer.get(found.person.country or "")
    return dataclasses.replace(found, title=title, body=body, own_state=False)


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


def _plural_titled(text: str, lowered: str, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Titled]:
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
        if _FORMER.search(text, max(0, start - 40), start) or HEADLINE.search(text[end : end + 60].split("\n", 1)[0]):
            continue
        if _not_serving(text, start, end):
            continue  # "the then presidents", "rebel leaders": no state's post now
        states = _states_before(text, start, gazetteer, mentions)
        pos = end
        of = _OF_ONLY.match(text, pos)  # "the ambassadors to Chad and Niger" speak for another state
        after = _state_list(text, of.end(), mentions) if of else None
        if after is not None:
            if states:
                continue  # "the Chadian presidents of Niger and Mali": whose posts is unclear
            states, pos = after
        gap = _NAME_GAP.match(text, pos)
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
            t = _titled(text, gazetteer, name, start, end, body)
            if body is None:
                t = dataclasses.replace(t, body=gazetteer.get(t.person.country or ""), own_state=False)
            out.append(dataclasses.replace(t, title=singular))
    return out


def _states_before(text: str, start: int, gazetteer: Gazetteer, mentions: list[Mention]) -> list[GazEntity]:
    """The states or bodies named right before a plural title: "Chad's", "the Chadian and Nigerien", "U.S."."""
    one = _modifier(text, start, gazetteer, mentions)
    if one is None:
        return []
    listed = _MODIFIER_LIST.search(text, max(0, start - 120), start)
    if listed is None:
        # "the Chadian and Nigerien army chiefs": a list the words before the title hide, not one state for all
        return [] if _LISTED_BEFORE.search(text, max(0, start - 120), start) else [one]
    out: list[GazEntity] = []
    for item in _MODIFIER_ITEM.finditer(text, listed.start(), listed.end()):
        named = next(
            (m for m in mentions if m.start == item.start() and m.end == item.end("words") and _polity(m)), None
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
        if named is None or not _polity(named):
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
        name = _read_name(text, pos, mentions)
        if name is None:
            return out
        end = name[1]
        party = _PARTY.match(text, end)
        end = party.end() if party else end
        of = _OF_ONLY.match(text, end)
        body = next((m for m in mentions if of and m.start == of.end() and _polity(m)), None)
        end = body.end if body is not None else end
        out.append((name, body.entity if body is not None else None))
        gap = _LIST_GAP.match(text, end)
        if gap is None:
            return out
        pos = gap.end()
