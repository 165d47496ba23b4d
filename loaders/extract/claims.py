"""Claims: who claimed what. A claim is a node, never a fact: "posts claimed that French troops had landed in X"
makes the posts' MADE_CLAIM, and the landing stays unasserted (see HEARSAY in lexicon.py). The claimant may be a
named actor, a person named only here, a social-media account ("@name"), or a post, video or page ("a video shared
on Facebook"). In a fact-check, the claim under review (a quotation near the verdict) also gets the verdict."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from core.errors import ModelRefused
from loaders.extract.clauses import in_quote
from loaders.extract.context import Context
from loaders.extract.fact_checks import shorten, verdict_of
from loaders.extract.parsed import Parsed
from loaders.extract.records import slug
from loaders.extract.sentences import Sentence
from loaders.gazetteer import GazEntity, Mention
from loaders.lexicon import NEGATION, QUOTE_INTRO, RELATIVE_OPENS
from loaders.parse import (
    REPORT_NOUN_PATTERN,
    VERBS,
    appositions,
    arguments,
    char_range,
    complement,
    modality,
    parse,
    token_at,
)
from loaders.patterns import CLAIM
from schema.records import Entity, stable_hash

# What a claim is made in or by, when it is not a named actor: "a video shared on Facebook", "the X post".
_SOURCE_NOUN = (
    r"(?i:videos?|posts?|clips?|images?|photos?|pages?|accounts?|users?|channels?|tweets?|messages?|blogs?|websites?)"
)
_PLATFORM = r"(?:Facebook|X|X\.com|Twitter|TikTok|YouTube|Instagram|Telegram|WhatsApp|VK|Weibo|social\s+media|online)"
# A verb, not the noun: "the claims of", "Putin's claim that", "such claims are" claim nothing themselves.
_CLAIMS = (
    r"(?<!’s\s)(?<!'s\s)\b(?:(?:has|have|had)\s+)?(?:(?:falsely|wrongly|misleadingly|repeatedly|also|long)\s+)?"
    r"(?:claim(?:s|ed)|purport(?:s|ed)|alleg(?:es|ed)|assert(?:s|ed)|(?<=s\s)(?:claim|purport|allege|assert))\b"
    r"(?!\s+(?:of|are|were|is|was|have|has|had|about|by|over|made|circulat\w*|spread\w*|shared|appeared)\b|"
    rf"\s+on\b(?!\s+{_PLATFORM}\b))(?:\s+on\s+{_PLATFORM})?(?:\s+that)?"  # "claimed on Telegram that"
)
# A relative clause whose antecedent is what is claimed, with nothing said after the verb ("the island, which China
# claims", "X, which both states claim as their own"): a claim to a place, not a statement; not a comma that
# opens an aside before what is said ("Russia claims, without evidence, that ...").
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:the\s+)?$", re.I)
_NOTHING_SAID = re.compile(r"\s*(?:,(?![^,.;]*,\s*that\b)|[.;:)]|$|as\b)", re.I)


def _claims_a_place(text: str, actor_at: int, verb_end: int) -> bool:
    return bool(_RELATIVE_BEFORE.search(text, 0, actor_at) and _NOTHING_SAID.match(text, verb_end))


_SOURCE = re.compile(
    r"\b(?:(?:an?|the|this|that|one|some|several|many)\s+)?(?:(?:viral|widely\s+shared|recent|\w+\.?\s+\d{1,2})\s+)?"
    rf"(?P<name>(?:{_PLATFORM}\s+)?{_SOURCE_NOUN}(?:\s+(?:widely\s+)?(?:shared|posted|published|circulating|"
    rf"circulated|uploaded)?\s*(?:on|across|via)\s+{_PLATFORM})?)"
    rf"(?:,[^,]{{1,50}},)?\s+(?:{_CLAIMS}|(?:claim|purport|allege|assert|suggest)\b(?:\s+that)?)",
)
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
# Who put a claim about: "published by @name on TikTok", "X user @name", "a message written by one Jan Roe",
# "first spread on X by Visegrad24" (in a sentence about a post, a quote, a claim or a report).
_HANDLE = re.compile(
    rf"(?:\b(?:posted|published|shared|tweeted|uploaded|made|written|claimed|distributed|spread|circulated)\b"
    rf"(?:[^.@]|\.(?!\s)){{0,80}}?\bby\s+(?:one\s+)?|\b{_PLATFORM}\s+(?:user|account)\s+)(?P<name>@\w+|{_NAME})",
)
_ABOUT_A_CLAIM = re.compile(rf"{_SOURCE_NOUN}|\b(?:quotes?|claims?|rumou?rs?|reports?|messages?|stor(?:y|ies))\b", re.I)
# "Jan Roe made several unfounded claims"; "a Daily Planet report that ...".
_MADE_CLAIMS = re.compile(rf"(?P<name>{_NAME})\s+(?:has\s+|had\s+)?made\s+(?:[\w-]+\s+){{0,4}}?claims?\b")
_REPORT = re.compile(
    rf"\b(?:an?|the)\s+(?P<name>{_NAME})\s+(?:report|article|story|investigation)\s+(?:that|saying|which\s+said|claiming)\b"
)
# A person named only here, right before the claim: "Mahdi Shehu claimed that ...".
_NAMED = re.compile(rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})\s+{_CLAIMS}")
_NOT_A_NAME = frozenset(
    {
        "The",
        "This",
        "That",
        "These",
        "Those",
        "Such",
        "Their",
        "His",
        "Her",
        "Its",
        "Our",
        "False",
        "Similar",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Some",
        "Many",
        "Other",
        "Posts",
        "Users",
    }
)
# Words that say what a person is, which open a sentence before the name ("Blogger Anna Roe claimed ...").
_DESCRIPTORS = frozenset(
    {"blogger", "activist", "journalist", "commentator", "analyst", "influencer", "lawmaker", "pundit", "presenter",
     "host", "author", "writer", "user", "youtuber"}
)  # fmt: skip
_CLAIM_LENGTH = 200
# Claim words that only point elsewhere ("denies it", "rejected this", "denied the reports").
_ONLY_A_POINTER = re.compile(
    rf"(?:it|this|that|them|these|those|so|(?:the|these|those)\s+(?:{REPORT_NOUN_PATTERN}))\s*[.!]?",
    re.I,
)


def read_claims(ctx: Context, sentence: Sentence) -> None:
    """Each claimant in the sentence that claims something, with the claim as a node (the article's verdict on
    it, in a fact-check)."""
    text = sentence.text
    if not _HINT.search(ctx.lowered, sentence.start, sentence.end):
        return
    claimants = _claimants(ctx, sentence)
    verdict = verdict_of(ctx) if claimants else None
    for claimant, at, negated_before in claimants:
        if NEGATION.search(text[max(0, negated_before - 25) : negated_before].lower()):
            continue  # "did not claim", "did not deny"
        if _reported_words(ctx, sentence.start + at):
            continue  # '"Kyiv claims that ...," the ministry said': one party's account of another's words
        # An accusation's or a denial's words begin with its verb ("denied that ...": what was denied is not what
        # is claimed); a verb joined to it ends them.
        opening_verb = _OPENING_VERB.match(text, at)
        accusation = bool(opening_verb and opening_verb.group("accuses"))
        verb_end = opening_verb.end() if opening_verb else -1
        said_from = verb_end if verb_end > 0 else at
        end = _claim_end(ctx, sentence, said_from)
        closing = text.find(",", at) if _IN_RELATIVE.search(text, 0, at) else -1
        if closing >= 0:
            end = min(end, closing)  # a relative clause's words, up to its closing comma
        aside = _ASIDE_AFTER.search(text, at, end) if accusation else None
        if aside is not None:
            end = aside.start()  # "accused X of Y, a charge Z denies": what follows is not the accuser's
        words = text[at:end].strip(' ,:“”"').rstrip(".")
        if _ONLY_A_POINTER.fullmatch(text[said_from:end].strip(' ,:“”"').rstrip(".")):
            continue  # "Moscow denies it": what is denied stands in another sentence, and says nothing here
        claim = Entity(
            slug("claim " + stable_hash(claimant.id, words)),
            "Claim",
            shorten(words, 120) or claimant.entity.name,
            (),
            None,
            {
                k: v
                for k, v in {
                    "text": words,
                    "claimant": claimant.id,
                    "verdict": verdict[1] if verdict else None,
                    "reviewed_by": ctx.doc.publisher if verdict else None,
                }.items()
                if v
            },
        )
        quals = {"verdict": verdict[1]} if verdict else {}
        ctx.records.add(CLAIM.predicate, claimant, GazEntity(claim), quals, sentence, confidence=0.8)


# A person's formal statements: "Lavrov stated that".
_STATEMENT_VERBS = ("stated", "announced", "declared", "insisted", "maintained", "asserted")
_HINT = re.compile(
    r"claim|purport|alleg|assert|den[iy]|accus|@| report|" + "|".join(_STATEMENT_VERBS)
)  # matched on the lower-cased text
_JUST_BEFORE = re.compile(r"[\s,]*")  # what may stand between a claimant and its verb
# A claimant named before a relative clause that claims: "Guatemala, which claims Belize as its own, ...".
_RELATIVE_OPENS = re.compile(r"\s*" + RELATIVE_OPENS + r"\s+(?:(?:also|still|long)\s+)?")
_IN_RELATIVE = re.compile(_RELATIVE_OPENS.pattern + "$")
# A place named after a noun, whose relative clause speaks of the noun ("the embassy in X, which claims ...").
_PLACE_OF_A_NOUN = re.compile(r"\b[a-z]+\s+(?:in|at|of|near)\s+(?:the\s+)?$")
# The verbs of a denial and of an accusation, which open their claims' words (see _OPENING_VERB).
_DENY_VERB = r"den(?:y|ies|ied)"
_ACCUSE_VERB = r"accus(?:es|ed|e)"
# A denial is a claim (that something is not so): "Moscow denied sending troops", "Kigali denies that its soldiers
# crossed". Not "Kyiv denied Moscow's claim": that rejects a claim (Moscow's), and adds none.
_DENIES = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:also|again|repeatedly|flatly|strongly|firmly)\s+)?(?P<verb>"
    + _DENY_VERB
    + r")\b(?:\s+that)?"
    rf"(?!(?:\s+(?!that\b)[\w'’-]+){{0,5}}?\s+(?:{REPORT_NOUN_PATTERN})\b)"
)


# A claim named by its claimant's possessive: "Moscow's claim that", "Kigali's repeated assertions that".
_OWN_CLAIM = re.compile(
    r"[’']s\s+(?:(?:false|repeated|unfounded|baseless|earlier|latest|new|dubious|unproven)\s+)?"
    r"(?:claims?|assertions?|allegations?)\s+that\b"
)
# The verb that opens an accusation's or a denial's words (see _ACCUSES and _DENIES).
_OPENING_VERB = re.compile(r"(?P<accuses>" + _ACCUSE_VERB + r")\b|" + _DENY_VERB + r"\b")
# What may open a sentence before its subject: a claim named there is its subject, whose words the sentence's own
# verb ends ("Moscow's claim that ... was rejected"); only a claim named as an object is read.
_OPENING = re.compile(r"\s*(?:(?:but|and|yet|however|meanwhile|still),?\s+)?(?:the\s+)?", re.I)


# An accusation is a claim (that the accused did it): "Kenya accused Somalia of harbouring militants", "has accused
# X of"; not "was accused of" (no actor right before), nor "accused the claims of" (no one accused).
_ACCUSES = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:also|again|repeatedly|publicly|openly|long)\s+)?(?P<verb>"
    + _ACCUSE_VERB
    + r")\s+"
    r"(?=(?:[\w’'-]+\s+){1,6}?of\s+\w)"
)
# What follows an accusation's words without being the accuser's: another clause or what others say of it.
_ASIDE_AFTER = re.compile(
    r",\s*(?:while|whereas|which|saying|adding|a\s+(?:charge|claim|accusation|allegation)s?)\b", re.I
)


# A person's formal statement: "Lavrov stated that", "the envoy, Jan Roe, announced during a briefing that". A bare
# "said" reports words and claims nothing more; "stated that if ..." is a pledge, not a claim.
_STATES = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:also|again|repeatedly|publicly|officially)\s+)?"
    r"(?P<verb>" + "|".join(_STATEMENT_VERBS) + r")\b"
    r"(?:\s+(?:during|in|at|on)\s+[^,.;“”\"]{0,40}?)?\s+that\b(?!\s+if\b)"
)


# Words that join a verb phrase to the one before.
_JOINERS = r"and|but|yet|then|or|while|whereas|so"
# A word that joins what follows, left at the end of the words claimed ("deploying troops yet", "X, and").
_JOINING_END = re.compile(r"[\s,;]*(?:\b(?:" + _JOINERS + r")\b[\s,;]*)*$", re.I)
# A mark or a word that may join another verb phrase after the words claimed.
_MAY_JOIN = re.compile(r"[,;]|\b(?:" + _JOINERS + r"|nor)\b", re.I)


def _claim_end(ctx: Context, sentence: Sentence, at: int) -> int:
    """Where the words claimed from ``at`` end: before a verb phrase joined to the claiming verb ("denied sending
    troops and called for talks"), else at the sentence's end. A verb joined inside the words claimed stays
    ("denied that its troops crossed and stayed")."""
    end = len(sentence.text)
    if not _MAY_JOIN.search(sentence.text, at):
        return end  # no word or mark that could join another verb phrase: no parse needed
    before = _parsed_token(ctx, sentence, at - 1) if at > 0 and sentence.text[:at].strip() else None
    verb = next((t for t in reversed(before.doc[: before.i + 1]) if t.pos_ == "VERB"), None) if before else None
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERBS and c.idx >= at] if verb else []
    if not joined:
        return end
    joint = next((c for c in verb.children if c.dep_ == "cc" and at <= c.idx < joined[0].idx), joined[0])
    return at + len(_JOINING_END.sub("", sentence.text[at : joint.idx]))


def _reported_words(ctx: Context, at: int) -> bool:
    """Whether the text at `at` is someone's words that the article quotes: inside a quotation opened in its
    paragraph, or in a paragraph that a line such as "The post reads:" introduces."""
    start = ctx.text.rfind("\n", 0, at) + 1
    before = ctx.text[start:at]
    if in_quote(before):
        return True
    line = ctx.text[ctx.text.rfind("\n", 0, max(0, start - 1)) + 1 : start].strip()
    return bool(line) and bool(QUOTE_INTRO.search(line.lower()))


def _actor_before(sentence: Sentence, at: int, between: re.Pattern[str]) -> Mention | None:
    """The named actor that ends right before `at` in the sentence, with only `between` in between."""
    text = sentence.text
    return next(
        (
            x
            for x in reversed(sentence.mentions)
            if x.end - sentence.start <= at
            and x.entity.type in ("Person", "Organization", "State")
            and x.kind != "locality"  # a surname that is also a town
            and between.fullmatch(text, x.end - sentence.start, at)
        ),
        None,
    )


# What a statement's complement may not be: a plan, a wish or a demand ("announced that Russia will hold drills",
# "insisted that talks should continue"), or a chair's act ("declared that the meeting was open").
_CHAIR_ACTS = frozenset({"open", "closed", "adjourned", "over", "suspended"})
_BE = frozenset({"is", "are", "was", "were", "be", "'s", "’s"})
_PLANS = frozenset({"plans", "planned", "plan", "intends", "intended", "intend", "aims", "aimed"})
_NOT_THE_SUBJECT = frozenset({"poss", "relcl", "acl", "prep", "advcl", "ccomp", "conj", "cc", "punct", "case"})


def _speaker(ctx: Context, sentence: Sentence, at: int) -> Mention | None:
    """The person whose statement the verb at `at` (a sentence offset) makes: its parsed subject, or a name in
    apposition to it ("the envoy, Jan Roe, announced"); None when the subject is not a person, when the
    statement is a plan, a demand or a chair's act, or when the sentence cannot be parsed."""
    verb = _parsed_token(ctx, sentence, at)
    if verb is None:
        return None
    said = complement(verb)
    if said is None or modality(said).value != "asserted" or _not_a_fact(verb, said):
        return None
    for arg in arguments(verb):
        if arg.role != "agent":
            continue
        for token in (*_subject_words(arg.token), *appositions(arg.token)):
            start = char_range(token)[0]
            person = next(
                (
                    m
                    for m in sentence.mentions
                    if m.entity.type == "Person" and m.start - sentence.start <= start < m.end - sentence.start
                ),
                None,
            )
            if person is not None:
                return person
    return None


def _not_a_fact(verb: Token, said: Token) -> bool:
    """A complement that states no fact: "is to be built", "plans to", a chair's act after "declared", a bare
    present (a demand: "insisted that talks continue") after "insisted". (Word forms: the parse has no lemmas.)"""
    if said.lower_ in _BE and any(c.dep_ == "xcomp" for c in said.children):
        return True  # "is to be built"
    if said.lower_ in _PLANS:
        return True
    if verb.lower_ == "declared" and (
        said.lower_ in _CHAIR_ACTS
        or any(c.dep_ in ("acomp", "attr") and c.lower_ in _CHAIR_ACTS for c in said.children)
    ):
        return True
    return verb.lower_ == "insisted" and said.tag_ in ("VB", "VBP") and said.lower_ not in _BE


def _subject_words(token: Token) -> Iterator[Token]:
    """The words that name a subject: its head, its compounds and appositions (and what a garbled parse hangs
    there), not a possessor, a relative clause or a prepositional phrase ("Maia Sandu's critics", "Tom Bell,
    who interviewed Sergei Lavrov", "the ministry of X")."""
    yield token
    for child in token.children:
        if child.dep_ not in _NOT_THE_SUBJECT:
            yield from _subject_words(child)


def _parsed_token(ctx: Context, sentence: Sentence, at: int) -> Token | None:
    """The parsed token at `at` in the sentence: from the article's parse, else parsed now; None if the parser is
    refused."""
    doc = ctx.syntax.docs.get(sentence.start) if isinstance(ctx.syntax, Parsed) else None
    if doc is None:
        try:
            doc = parse([sentence.text])[0]
        except ModelRefused:
            return None
    return token_at(doc, at)


def _claimants(ctx: Context, sentence: Sentence) -> list[tuple[GazEntity, int, int]]:
    """Who claims, where the words claimed begin, and where a negation right before undoes the claim: a named
    actor, else a source, an account or a name."""
    text = sentence.text
    out: list[tuple[GazEntity, int, int]] = []
    for m in re.finditer(_CLAIMS, text):
        actor = _actor_before(sentence, m.start(), _JUST_BEFORE)
        owner = None if actor is not None else _actor_before(sentence, m.start(), _RELATIVE_OPENS)
        if owner is not None and _PLACE_OF_A_NOUN.search(ctx.lowered, owner.start - 30, owner.start):
            owner = None  # "the embassy in X, which claims ...": the clause is the embassy's
        if owner is not None:
            out.append((owner.entity, m.start(), m.start()))  # "X, which claims Y as its own, ..."
            continue
        if (
            actor is not None
            and m.group(0).rstrip().split()[-1] != "claim"
            or actor is not None
            and "that" in m.group(0)
        ) and not _claims_a_place(text, actor.start - sentence.start, m.end()):
            out.append((actor.entity, m.end(), m.end()))
    for m in _DENIES.finditer(text):
        actor = _actor_before(sentence, m.start(), _JUST_BEFORE)
        if actor is not None and text[m.end() :].strip(' .!”"'):  # not "..., which Kyiv denies.": said before
            out.append((actor.entity, m.start("verb"), m.start()))  # "Russia did not deny ..." makes no claim
    for m in _OWN_CLAIM.finditer(text):
        actor = _actor_before(sentence, m.start(), _JUST_BEFORE)
        if actor is not None and not _OPENING.fullmatch(text, 0, actor.start - sentence.start):
            out.append((actor.entity, m.end(), 0))  # "Kyiv denied Moscow's claim that ...": Moscow's
    for m in _ACCUSES.finditer(text):
        actor = _actor_before(sentence, m.start(), _JUST_BEFORE)
        if actor is not None:
            out.append((actor.entity, m.start("verb"), m.start()))  # the claim: "accused Somalia of harbouring ..."
    for m in _STATES.finditer(text):
        speaker = _speaker(ctx, sentence, m.start("verb"))
        if speaker is not None:
            out.append((speaker.entity, m.end(), m.start()))
    if out:
        return out
    for regex, kind in ((_SOURCE, "post"), (_NAMED, "person"), (_MADE_CLAIMS, "person"), (_REPORT, "outlet")):
        for m in regex.finditer(text):
            name = re.sub(r"\s+", " ", m.group("name"))
            if kind == "person" and " " in name and name.split()[0].lower() in _DESCRIPTORS:
                name = name.split(" ", 1)[1]  # "Blogger Anna Roe claimed": Anna Roe
            if kind == "person" and (name.split()[0] in _NOT_A_NAME or name.lower() in _SOURCE_WORDS):
                continue
            if _claims_a_place(text, m.start("name"), m.end()):
                continue
            out.append((_made_up(name, kind), m.end(), m.end()))
        if out:
            return out
    handle = _HANDLE.search(text)
    if handle and _ABOUT_A_CLAIM.search(text, 0, handle.start("name")):
        name = handle.group("name")
        known = next((m.entity for m in sentence.mentions if m.start - sentence.start == handle.start("name")), None)
        kind = "account" if name.startswith("@") or " " not in name else "person"
        out.append((known or _made_up(name, kind), 0, 0))  # the claim is told elsewhere: cite the sentence
    return out


_SOURCE_WORDS = frozenset({"video", "post", "posts", "page", "account", "user"})


def _made_up(name: str, kind: str) -> GazEntity:
    """A claimant that the gazetteer does not know: a person by name, else a post or an account."""
    if kind == "person":
        return GazEntity(Entity(slug(name), "Person", name, (), None, {}))
    return GazEntity(Entity(slug(f"{kind} {name}"), "Organization", name, (), None, {"kind": kind}))
