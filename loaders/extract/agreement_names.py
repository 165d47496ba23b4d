"""Names of agreements: the kind in one spelling and number, and the aliases merged."""

from __future__ import annotations

import re

from loaders.gazetteer import GazEntity
from loaders.lexicon import AGREEMENT_SPELLINGS
from schema.records import Entity


def merged_aliases(entity: Entity, names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in (*entity.aliases, *names) if n and n != entity.name))


def unique_entities(entities: list[GazEntity]) -> list[GazEntity]:
    return list({e.id: e for e in entities}.values())


def singular_kind(head: str) -> str:
    head = re.sub(r"\s+", " ", head)
    if head in ("treaties",):
        return "treaty"
    if head in ("memoranda", "mous", "mou") or head.startswith("memorand"):
        return "memorandum of understanding" if "understanding" in head or head.startswith("mou") else "memorandum"
    return head[:-1] if head.endswith("s") and head not in ("accords",) else head


def spelled(text: str) -> str:
    """One spelling for names that two articles may spell two ways ("defense", "cease-fire"), in lower case, the
    parties apart ("kenya uganda")."""
    text = text.lower().replace("–", " ")
    for variant, spelling in AGREEMENT_SPELLINGS.items():
        text = text.replace(variant, spelling)
    return text
