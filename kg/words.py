"""Words of a question: tokens, their lemma keys, and the function words the reader skips."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|'s\b|\d[\d,.]*\d|\d|\w[\w\-]*|[^\w\s]")
MONTHS = [name.lower() for name in calendar.month_name[1:]]
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
TIME = re.compile(
    rf"\b(?P<prep>in|during|since|from|after|before|until|till|by|between|as\s+of)?\s*(?:the\s+)?"
    rf"(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)(?P<decade>s)?"
    rf"(?:\s+and\s+(?:(?P<month2>{_MONTH})\s+)?(?P<year2>(?:19|20)\d\d))?\b",
    re.I,
)
WH = {"who", "whom", "whose", "which", "what", "where", "when", "how"}
AUX = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
BE = {"is", "are", "was", "were", "been", "being", "be"}
NEGATION = {"not", "never", "no", "nobody", "none"}
# Someone a question asks about ("has anyone asked ...?"): read as "who".
INDEFINITE = {"anyone", "anybody", "someone", "somebody"}
# Requests that ask for a list of a type ("list the states that ...", "name the countries ...").
IMPERATIVE = {"list", "name", "show", "give", "tell", "find", "identify"}
REFUSAL = {"refuse", "fail", "decline"}
# A question about what was denied ("did Russia deny having troops there?"), even one asking yes or no.
DENIAL = {"deny", "denial"}
EXCEPT = {"besides", "except", "excluding", "apart", "other", "aside", "beyond"}
CONJ = {"and", "or", ",", "&", "nor", "as", "well"}
CLAUSE = {"that", "because", "while", "although", "whether", "according", "though"}
TIME_CLAUSE = {"after", "before", "when"}
# Words a question is made of that never start a name, so are not looked up as misspellings.
FUNCTION = (
    WH
    | AUX
    | BE
    | NEGATION
    | INDEFINITE
    | EXCEPT
    | CONJ
    | CLAUSE
    | TIME_CLAUSE
    | {
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "into",
        "out",
        "its",
        "their",
        "his",
        "her",
        "it",
        "they",
        "them",
        "there",
        "many",
        "much",
        "any",
        "some",
        "all",
        "still",
        "ever",
        "also",
        "tell",
        "me",
        "show",
        "list",
        "about",
        "please",
        "i",
        "want",
        "know",
        "give",
        "did",
        "so",
        "far",
        "yet",
        "own",
        "now",
        "today",
        "currently",
        "recently",
        "again",
        "first",
        "last",
        "year",
        "years",
        "true",
        "false",
    }
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    key: str
    start: int
    end: int


@lru_cache(maxsize=50_000)
def word_key(word: str) -> str:
    """A word as the reader compares it: its lemma, spelled the American way, without a final e."""
    lower = word.lower()
    lemma = simplemma.lemmatize(lower, lang="en") if lower.isalpha() else lower
    if lemma == lower and lower.endswith("ing"):  # "backing", "financing": the verb, not a noun of its own
        lemma = next(
            (v for v in (lower[:-3], lower[:-3] + "e") if len(v) > 3 and simplemma.is_known(v, lang="en")), lemma
        )
    lemma = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", lemma)
    return lemma.rstrip("e") or lemma


def normalize(text: str) -> str:
    """Straight quotes, and "n't" as " not"."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"n't\b", " not", text)


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.group().lower(), word_key(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def surface_key(text: str) -> str:
    """A name as the index keys it: its tokens in lower case."""
    return " ".join(m.group().lower() for m in _TOKEN.finditer(normalize(text)))
