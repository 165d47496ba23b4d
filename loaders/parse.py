"""Syntax: a dependency parse of candidate sentences, and the argument structure that the frames stage reads.

Parse only sentences that hold a trigger cue and a mention; everything else stays with the cheap passes.
Offsets are characters of the text given to ``parse`` (a sentence): ``span_at`` and ``char_range`` map
between them and tokens. Labels are spaCy's English (ClearNLP) dependencies.

>>> doc = parse(["Crimea was annexed by Russia in 2014."])[0]
>>> [(a.role, a.token.text) for a in arguments(doc[2])]
[('patient', 'Crimea'), ('agent', 'Russia'), ('in', '2014')]
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from loaders.spacy_model import load_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

VERBS = frozenset({"VERB", "AUX"})
# Arcs that open a clause of their own. An xcomp ("asked Russia to withdraw") stays in its governor's clause.
CLAUSE_ARCS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
# Prepositions that list members of an argument ("by several states, including Russia and Nicaragua").
MEMBER_PREPS = frozenset({"including", "like", "such as"})
# Verbs that say what their subject is ("X is the only state that ...", "X became the first to ...").
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "became", "become", "becomes", "remains"})
NEGATING_GOVERNORS = frozenset({"refuse", "decline", "fail", "deny", "reject", "dismiss", "refute", "stop", "cease"})
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
# Nouns between a denial and the clause it denies ("denied reports that ...").
REPORT_NOUNS = frozenset(
    {"report", "claim", "allegation", "suggestion", "accusation", "rumour", "rumor", "charge", "story"}
)
# The same nouns as a pattern of their singular and plural forms ("the rumours", "these charges").
REPORT_NOUN_PATTERN = "|".join(sorted({n[:-1] + "(?:y|ies)" if n.endswith("y") else n + "s?" for n in REPORT_NOUNS}))
MODALS = {
    "will": "planned", "shall": "planned", "'ll": "planned",
    "would": "hypothetical", "could": "hypothetical", "might": "hypothetical", "may": "hypothetical",
    "can": "hypothetical", "should": "hypothetical", "must": "hypothetical",
}  # fmt: skip
# Lemmas of a verb that governs an open complement ("plans to deploy"), and what they make of it.
GOVERNOR_MODALITY = {
    **dict.fromkeys(("plan", "intend", "prepare", "aim", "seek", "expect", "schedule", "decide", "agree",
                     "promise", "pledge", "vow", "go"), "planned"),
    **dict.fromkeys(("threaten", "consider", "propose", "offer", "want", "hope", "ask", "urge", "call",
                     "demand", "request", "press", "tell", "order", "invite", "encourage", "ready", "willing"),
                    "hypothetical"),
}  # fmt: skip
# Keys of what a Doc's ``user_data`` remembers of its parse: token starts, and each trigger's arguments.
_STARTS, _ARGUMENTS = "kg.token_starts", "kg.arguments"
HEARSAY_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
CONDITION_MARKS = frozenset({"if", "unless"})


@dataclass(frozen=True)
class Argument:
    """One filler of a trigger: its role, its head token (``phrase`` gives its words) and the arc it came by."""

    role: str  # "agent", "patient", "recipient", or a preposition ("from", "in", "out of")
    token: Token
    via: str  # "nsubj", "agent", "dobj", "nsubjpass", "dative", "poss", "by", "of", "prep", "control",
    #           "attr" (of "there are"), "conj", "relcl", "acl", "including", or "noun prep" (on the patient)


class Cue(NamedTuple):
    """A modality, with the word that set it (None when asserted)."""

    value: str  # one of schema.MODALITIES
    token: Token | None


def parse(texts: Iterable[str], *, ner: bool = False, batch_size: int = 256) -> list[Doc]:
    """One Doc per text, in order, parsed in batches in this process. ``ner`` adds spaCy's entities.

    The model's attribute_ruler, which sets each word's part of speech from its tag, takes as long as the
    parser itself (a matcher over every token); a table does the same for what the arcs read here."""
    nlp = load_pipeline(ner)
    docs = list(nlp.pipe(texts, batch_size=batch_size, n_process=1, disable=["attribute_ruler", "lemmatizer"]))
    lemmatizer = nlp.get_pipe("lemmatizer")
    for doc in docs:
        for token in doc:
            token.pos_ = _pos(token)
        lemmatizer(doc)
    return docs


# Penn Treebank tags to universal parts of speech, as the model's attribute_ruler maps them.
_TAG_POS = {
    **dict.fromkeys(("NN", "NNS"), "NOUN"), **dict.fromkeys(("NNP", "NNPS"), "PROPN"),
    **dict.fromkeys(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "VERB"), "MD": "AUX",
    **dict.fromkeys(("JJ", "JJR", "JJS", "AFX"), "ADJ"), **dict.fromkeys(("RB", "RBR", "RBS", "WRB"), "ADV"),
    **dict.fromkeys(("PRP", "PRP$", "WP", "WP$", "EX"), "PRON"), **dict.fromkeys(("DT", "PDT", "WDT"), "DET"),
    "IN": "ADP", "RP": "ADP", "CC": "CCONJ", "CD": "NUM", "TO": "PART", "POS": "PART", "UH": "INTJ",
    **dict.fromkeys(("$", "#", "SYM"), "SYM"), **dict.fromkeys(("_SP", "SP"), "SPACE"),
}  # fmt: skip
_BE = frozenset({"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m"})
_AUXILIARIES = _BE | {"have", "has", "had", "having", "'ve", "'d", "do", "does", "did"}


def _pos(token: Token) -> str:
    pos = _TAG_POS.get(token.tag_, "X" if token.is_alpha else "PUNCT")
    if pos == "VERB" and (token.lower_ in _BE or (token.lower_ in _AUXILIARIES and token.dep_.startswith("aux"))):
        return "AUX"  # "is" always, "has" and "did" when they help another verb
    return pos


# -- offsets ------------------------------------------------------------------------------------------


def span_at(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens that cover characters [start, end), widened to whole tokens; None if none do."""
    return doc.char_span(start, end, alignment_mode="expand")


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token holding the character at ``offset``, or None for whitespace and out of range."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [t.idx for t in doc]
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    token = doc[i]
    return token if offset < token.idx + len(token) else None


def char_range(tokens: Token | Span) -> tuple[int, int]:
    """The [start, end) characters of a token or a span."""
    if hasattr(tokens, "start_char"):
        return tokens.start_char, tokens.end_char
    return tokens.idx, tokens.idx + len(tokens)


def phrase(token: Token) -> Span:
    """The words of the noun phrase headed by ``token``: it and everything before it in its subtree
    ("British and French forces", "Moldova's president"), without what follows (prepositions, clauses)."""
    return token.doc[token.left_edge.i : token.i + 1]


# -- structure ----------------------------------------------------------------------------------------


def governor(tokens: Token | Span, nominal: Container[str] = frozenset()) -> Token | None:
    """The nearest verb above the tokens, or a noun whose lemma is in ``nominal`` ("annexation")."""
    inside = set(range(tokens.start, tokens.end)) if hasattr(tokens, "start") else {tokens.i}
    node = tokens.root if hasattr(tokens, "root") else tokens
    while node.head.i != node.i:  # spaCy makes a new Token on each access: compare indices
        node = node.head
        if node.i not in inside and (node.pos_ in VERBS or node.lemma_.lower() in nominal):
            return node
    return None


def conjuncts(token: Token) -> list[Token]:
    """The token and those coordinated with it, in order ("Russia and Belarus")."""
    return sorted([token, *token.conjuncts], key=lambda t: t.i)


def appositions(token: Token) -> list[Token]:
    """Nouns in apposition with the token, either way ("Maia Sandu, Moldova's president,")."""
    found = [c for c in token.children if c.dep_ == "appos"]
    return found + [token.head] if token.dep_ == "appos" else found


def possessor(token: Token) -> Token | None:
    """The possessive before a noun ("Russia's annexation" -> Russia)."""
    return next((c for c in token.children if c.dep_ == "poss"), None)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )


def complement(verb: Token) -> Token | None:
    """The verb of an open or clausal complement ("asked Russia to *withdraw*", "said Russia must *leave*")."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)


def arguments(trigger: Token) -> tuple[Argument, ...]:
    """The fillers of a verb or a nominal trigger, each coordinated filler on its own, in sentence order of
    discovery. Passive voice, control ("asked Russia to withdraw": Russia is withdraw's agent), shared
    subjects of coordinated verbs, relative and participle clauses are resolved to the nouns they stand for.
    Read once per token: a parse does not change."""
    known = trigger.doc.user_data.setdefault(_ARGUMENTS, {})
    if trigger.i not in known:
        found = list(_verbal(trigger) if trigger.pos_ in VERBS else _nominal(trigger))
        widened = [wider for arg in found for wider in _widen(arg)]
        if trigger.dep_ == "relcl" and trigger.head.i < trigger.i:
            # "X, which Y annexed, and Z": what follows the clause is not its antecedent's list
            end = trigger.right_edge.i
            widened = [a for a in widened if not (a.via == "conj" and a.token.i > end)]
        known[trigger.i] = tuple(widened)
    return known[trigger.i]


def clause(token: Token) -> Token:
    """The head of the clause the token belongs to (an xcomp belongs to its governor's clause)."""
    node = token
    while not (node.dep_ == "ROOT" or (node.dep_ in CLAUSE_ARCS and node.pos_ in VERBS)):
        node = node.head
    return node


def finite(verb: Token) -> bool:
    """Whether a verb carries its own tense ("kept", "keeps") or auxiliary ("has kept"), rather than sharing the
    auxiliary of the verb it is joined to ("did not invade and annex") or its "to" ("to leave and close")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children
    )


def same_clause(a: Token, b: Token) -> bool:
    """Whether two tokens share a clause: a number or a date qualifies only a fact of its own clause."""
    return clause(a) == clause(b)


def embedding(verb: Token) -> Token | None:
    """The verb whose complement clause this verb heads: a verb of speech, claim or denial ("said", "denies")."""
    head = clause(verb)
    return head.head if head.dep_ in ("ccomp", "csubj") and head.head.pos_ in VERBS else None


def negation(verb: Token) -> Token | None:
    """The word that negates the verb's clause, or None: a ``neg`` dependent ("not", "never"), "no" before a
    filler ("no troops"), a negating governor ("refused to"), or a denial of the clause ("denied that")."""
    for node in _governors(verb):
        cue = next((c for c in node.children if c.dep_ == "neg"), None)
        cue = cue or next((d for a in _core_fillers(node) for d in a.children if _is_no(d)), None)
        if cue is None and node.i != verb.i and node.lemma_.lower() in NEGATING_GOVERNORS:
            cue = node
        if cue is not None:
            return cue
    return _denial(verb)


def modality(verb: Token) -> Cue:
    """Planned ("will", "plans to"), hypothetical ("could", "threatened to", "allegedly"), conditional ("if"),
    else asserted; read on the verb and on the verbs that govern it through open complements."""
    for node in _governors(verb):
        for child in node.children:
            text = child.lower_
            if child.dep_ == "aux" and text in MODALS:
                return Cue(MODALS[text], child)
            if child.dep_ == "advmod" and text in HEARSAY_ADVERBS:
                return Cue("hypothetical", child)
            if child.dep_ == "mark" and text in CONDITION_MARKS:
                return Cue("conditional", child)
        if node.i != verb.i and node.lemma_.lower() in GOVERNOR_MODALITY:
            return Cue(GOVERNOR_MODALITY[node.lemma_.lower()], node)
    return Cue("asserted", None)


# -- internals ----------------------------------------------------------------------------------------


def _verbal(verb: Token) -> Iterator[Argument]:
    own = [arg for child in verb.children for arg in _arcs(child)]
    if is_passive(verb) and not any(a.role == "agent" for a in own):
        own += _agent_on_complement(verb)
    yield from own
    if not any(a.role == "agent" for a in own):
        yield from _inherited_agents(verb)
    nouns = [a.token for a in own if a.role == "patient" or a.via == "attr"]
    if not any(a.role == "patient" for a in own):
        inherited = list(_inherited_patients(verb))
        yield from inherited
        nouns += [a.token for a in inherited if a.via == "conj"]
    for noun in nouns:  # "station a brigade in Lithuania", "there are troops in X": the place hangs on the noun
        yield from (Argument(a.role, a.token, "noun prep") for a in _preps(noun))


def _agent_on_complement(verb: Token) -> list[Argument]:
    """The "by" agent that the parser hung on a passive verb's "as" complement ("is recognised as independent
    by Russia")."""
    complements = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    by = [d for c in complements for d in c.subtree if d.dep_ == "prep" and d.lower_ == "by"]
    return [Argument("agent", a.token, "agent") for p in by for a in _prep(p, "agent")]


def _own(verb: Token, role: str) -> list[Token]:
    return [a.token for child in verb.children for a in _arcs(child) if a.role == role]


def _arcs(child: Token) -> Iterator[Argument]:
    dep = child.dep_
    if dep in ("nsubj", "csubj"):
        yield Argument("agent", _antecedent(child), dep)
    elif dep in ("nsubjpass", "dobj"):
        yield Argument("patient", _antecedent(child), dep)
    elif dep == "dative" and child.pos_ != "ADP":  # "gave Russia a deadline"; "to the region" is a preposition
        yield Argument("recipient", child, dep)
    elif dep == "attr" and any(c.dep_ == "expl" for c in child.head.children):  # "there are troops in X"
        yield Argument("agent", child, dep)
    elif dep == "agent":
        yield from (Argument("agent", p, "agent") for p in child.children if p.dep_ == "pobj")
    elif dep in ("prep", "dative"):
        yield from _prep(child, "prep")


def _nominal(noun: Token) -> Iterator[Argument]:
    owner = possessor(noun)
    if owner is not None:
        yield Argument("agent", owner, "poss")
    for arg in _preps(noun):
        if arg.role == "by":
            yield Argument("agent", arg.token, "by")
        elif arg.role == "of":
            yield Argument("patient", arg.token, "of")
        else:
            yield arg


def _preps(token: Token) -> Iterator[Argument]:
    for child in token.children:
        if child.dep_ == "prep":
            yield from _prep(child, "prep")


def _prep(prep: Token, via: str, before: str = "") -> Iterator[Argument]:
    """The objects of a preposition, joining a chain ("out of") into one role."""
    role = f"{before} {prep.lower_}".strip()
    for child in prep.children:
        if child.dep_ == "pobj":
            yield Argument(role, child, via)
        elif child.dep_ == "prep":
            yield from _prep(child, via, role)


def _agents(verb: Token) -> list[Token]:
    return _own(verb, "agent") or [a.token for a in _inherited_agents(verb)]


def _patients(verb: Token) -> list[Token]:
    return _own(verb, "patient") or [a.token for a in _inherited_patients(verb)]


def _inherited_agents(verb: Token) -> Iterator[Argument]:
    head = verb.head
    if verb.dep_ == "xcomp":  # control: the governor's object ("asked Russia to"), one called on, else its subject
        if head.dep_ == "acomp":  # "Belarus is ready to host": the adjective's subject is its copula's
            head = head.head
        on = [a.token for a in _preps(head) if a.role == "on"]
        # the governor's own object: not one a later verb joined to it holds ("refused to X and asked Y to")
        yield from (Argument("agent", t, "control") for t in _own(head, "patient") or on or _agents(head))
    elif verb.dep_ == "conj" and head.pos_ in VERBS:
        if finite(verb):
            while head.dep_ == "xcomp" and head.tag_ == "VB":
                head = head.head  # "asked Y to leave and expelled Z": a tensed verb joins the asking, not the leaving
        yield from (Argument("agent", t, "conj") for t in _agents(head))
    elif verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":  # "troops guarding the border"
        yield Argument("agent", head, verb.dep_)
    elif verb.dep_ in ("acl", "relcl") and _to_infinitive(verb):  # "the only states to recognise X"
        yield Argument("agent", _predicated(head), verb.dep_)
    elif verb.dep_ == "advcl" and head.pos_ in VERBS and (verb.tag_ == "VBG" or _to_infinitive(verb)):
        # "X replied, saying": X says it; "X waited a year to invade Y": X invades, not the first verb's object
        yield from (Argument("agent", t, "advcl") for t in _agents(head))


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is a bare form after "to" ("to invade")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _inherited_patients(verb: Token) -> Iterator[Argument]:
    if verb.dep_ in ("acl", "relcl") and verb.tag_ != "VBG":  # "troops stationed in X", "the region Russia annexed"
        if not (verb.dep_ == "relcl" and _own(verb, "agent") == [verb.head]):
            yield Argument("patient", verb.head, verb.dep_)
        return
    for conj in verb.children:  # "invaded and annexed the peninsula": a later verb with no subject shares its object
        if conj.dep_ == "conj" and conj.pos_ in VERBS and not _has_subject(conj):
            yield from (Argument("patient", t, "conj") for t in _patients(conj))


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the region, which Russia annexed")."""
    clause_head = token.head
    if token.lower_ in RELATIVE_PRONOUNS and clause_head.dep_ == "relcl":
        return _predicated(clause_head.head)
    return token


def _predicated(noun: Token) -> Token:
    """The subject a noun is said of ("X is the only state that recognises", "X and Y are the first to", "X is among
    the states that", "X is one of the few states that"), else the noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("among", "of") and noun.head.dep_ == "prep":
        governor = noun.head.head
        if governor.lower_ in COPULAS:
            return next((c for c in governor.children if c.dep_ == "nsubj"), noun)
        if governor.lower_ == "one" and governor.dep_ == "attr":
            noun = governor
    if noun.dep_ == "attr" and noun.head.lower_ in COPULAS:
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    return noun


def _widen(arg: Argument) -> Iterator[Argument]:
    """Each coordinated filler, and the members a filler lists ("states, including Russia and Nicaragua")."""
    for index, token in enumerate(conjuncts(arg.token)):
        yield arg if index == 0 else Argument(arg.role, token, "conj")
    for member in _preps(arg.token):
        if member.role in MEMBER_PREPS:
            yield from (Argument(arg.role, t, "including") for t in conjuncts(member.token))


def _governors(verb: Token) -> Iterator[Token]:
    """The verb, then the verbs it depends on through open complements ("plans to deploy") and through
    coordination that shares their subject ("will invade and annex"), except after "but"."""
    node = verb
    yield node
    while node.dep_ == "xcomp" or (
        node.dep_ == "conj" and node.head.pos_ in VERBS and not _has_subject(node) and not _after_but(node)
    ):
        node = node.head
        yield node


def _denial(verb: Token) -> Token | None:
    head = clause(verb)
    for _ in range(3):  # "denied that ...", "denied reports that ...", "denied the claims that ..."
        if head.dep_ not in ("ccomp", "acl", "dobj", "xcomp", "pcomp"):
            return None
        head = head.head
        # "X has troops in Y; Z denies that ...": a clause of its own, which the parse hung on the denial
        if head.i > verb.i and any(t.text == ";" for t in verb.doc[verb.i : head.i]):
            return None
        if head.lemma_.lower() in DENIAL_VERBS:
            return head
        if head.lemma_.lower() not in REPORT_NOUNS:
            return None
    return None


def _core_fillers(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]


def _is_no(token: Token) -> bool:
    return token.dep_ == "det" and token.lower_ == "no"


def _has_subject(verb: Token) -> bool:
    return any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children)


def _after_but(conj: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conj.head.children if c.i < conj.i)
