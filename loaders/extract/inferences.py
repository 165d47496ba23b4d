"""Inferences: facts that follow from facts the article asserts, as the ontology (schema/ontology.yaml) and the
frames declare them."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.gazetteer import GazEntity
from loaders.patterns import FORCE
from loaders.triggers import FRAME_OF
from schema import ONTOLOGY

# Forces named in a sentence ("its troops", "the Russian military").
_FORCES = re.compile(r"\b" + FORCE + r"\b", re.I)
# The asker's own country, as the place left: "pull its peacekeepers out of the country".
_THE_COUNTRY_LEFT = re.compile(r"\b(?:from|out\s+of|leave|leaving|quit)\s+the\s+country\b", re.I)
# A premise that says the act was only attempted or claimed implies nothing.
_UNFINISHED = frozenset({"attempted", "claimed"})


def infer(ctx: Context) -> None:
    """Facts that follow from others in the same sentence, cited to the same evidence."""
    for rel in list(ctx.records.relations.values()):
        if not rel.is_fact:
            continue
        # An annexed (or all but annexed) territory is held by the annexing state or force; a person acts for one.
        if (
            rel.object_type == "Territory"
            and rel.subject_type != "Person"
            and rel.qualifiers.get("status") not in _UNFINISHED
        ):
            for implied in ONTOLOGY.predicate(rel.predicate).implies:
                ctx.records.derive(implied, rel, {})
        frame = FRAME_OF.get(rel.predicate)
        if frame is None:
            continue
        sentence_text = rel.evidence[0].text if rel.evidence else ""
        place_id = rel.qualifiers.get("territory")
        if frame.locates_troops is not None and ("troops" in rel.qualifiers or _FORCES.search(sentence_text)):
            # Asking a state to remove its troops says where they are: a contested territory of the place in
            # question when the sentence names one, else the place itself; troops not counted, only a place named
            # as the one they leave ("withdraw its forces from X").
            place = ctx.gaz.get(place_id or "")
            inner = next(
                (g for g in ctx.gaz.contested_parts.get(place_id or "", ()) if _named(g, "", sentence_text)),
                None,
            )
            target = inner or place
            # the asker's own land is the place left when the text says "the country", or names it for a state
            own = (
                target is not None
                and target.id == rel.subject_id
                and bool(
                    _THE_COUNTRY_LEFT.search(sentence_text)
                    or (rel.object_type == "State" and _named(target, "", sentence_text))
                )
            )
            if "troops" not in rel.qualifiers and not (target is not None and (own or _left(target, sentence_text))):
                continue  # a state asking forces out of its own land names it ("Iraq voted to expel US troops")
            if target is None or rel.object_type not in ("State", "Organization"):
                continue
            # a body asked to pull its peacekeepers out is there by the mission it leads there, if one is known
            mission = ctx.gaz.mission(rel.object_id, target.id) if frame.locates_troops.by_mission else None
            if mission is None and rel.object_type == "Organization":
                continue  # a body is placed only by its mission there, never as itself
            if mission is not None:
                ctx.records.entities.setdefault(mission.id, mission.entity)
            ctx.records.derive(
                frame.locates_troops.predicate,
                rel,
                {"troops": rel.qualifiers["troops"]} if "troops" in rel.qualifiers else {},
                subject=mission.id if mission is not None else rel.object_id,
                obj=target,
            )


def _left(place: GazEntity, text: str) -> bool:
    """Whether the text names the place as the one left ("from X", "out of the X region", "leave X", "end its
    presence in X", "end the occupation of X")."""
    return _named(
        place, r"\b(?:from|out\s+of|leave|leaving|quit|vacate|presence\s+in|occupation\s+of)\s+(?:the\s+)?", text
    )


def _named(place: GazEntity, before: str, text: str) -> bool:
    """Whether the text names the place by its name or an alias, after words that match ``before``."""
    names = "|".join(re.escape(n) for n in (place.entity.name, *place.entity.aliases))
    return bool(re.search(before + r"\b(?:" + names + r")\b", text))
