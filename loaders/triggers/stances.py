"""Stances: recognition, parties, support, condemnation and threats, said in more ways."""

from __future__ import annotations

from loaders.patterns import POSS, SUPPORT, Trigger

# ---- Stances: recognition, parties, support, condemnation and threats -------------------------------------------
# More ways of saying them, each a family of phrasings.
_BACKED = r"(?:supported|backed|funded|financed|bankrolled|sponsored|armed|propped\s+up)"
STANCE_TRIGGERS: tuple[Trigger, ...] = (
    # SUPPORTS, turned around: "the Houthis, backed by Iran,", "is supported by the UAE and Saudi Arabia"
    Trigger(
        SUPPORT,
        r"\b(?:is|are|was|were|been|being|remains?|,)\s+(?:\w+\s+){0,2}?" + _BACKED + r"\s+by\s+(?:the\s+)?{S}",
        cues=("supported", "backed", "funded", "financed", "bankrolled", "sponsored", "armed", "propped"),
    ),
    # recognising or backing a state's sovereignty (or claim) over a territory: "recognised Moroccan sovereignty
    # over the territory", "France's recognition of Israel's sovereignty over the Golan"
    Trigger(
        SUPPORT,
        r"\b(?:recogni[sz](?:e|es|ed|ing)|recognition\s+of|back(?:s|ed|ing)?|endors(?:e|es|ed|ing))\s+(?:the\s+)?{O}"
        + POSS
        + r"\s+(?:sovereignty|claims?|rule|territorial\s+integrity)\b",
        cues=("sovereignty", "claim", "rule", "integrity"),
    ),
)
