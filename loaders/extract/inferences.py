"""Inferences: facts that follow from facts the article asserts, as the ontology (schema/ontology.yaml) and the
frames declare them."""

from __future__ import annotations

from loaders.extract.context import Context
from loaders.triggers import FRAME_OF
from schema import ONTOLOGY

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
        if frame.locates_troops is not None and "troops" in rel.qualifiers:
            # Asking a state to remove its troops says where they are: a contested territory of
            # the place in question when the sentence names one, else the place itself.
            place_id = rel.qualifiers.get("territory")
            place = ctx.gaz.get(place_id or "")
            sentence_text = rel.evidence[0].text if rel.evidence else ""
            inner = next(
                (
                    g
                    for g in ctx.gaz.contested_parts.get(place_id or "", ())
                    if any(n in sentence_text for n in (g.entity.name, *g.entity.aliases))
                ),
                None,
            )
            target = inner or place
            if target is not None and rel.object_type == "State":
                ctx.records.derive(
                    frame.locates_troops.predicate,
                    rel,
                    {"troops": rel.qualifiers["troops"]},
                    subject=rel.object_id,
                    obj=target,
                )
