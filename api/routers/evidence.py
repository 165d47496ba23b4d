"""Evidence: the IRI of one supporting sentence."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import StoreDep
from api.models import Fact
from api.negotiation import NEGOTIATED, RESOURCE_TYPES, FormatQuery, choose, negotiated_responses, rdf_or_json
from core.errors import NotFound
from graph import GraphStore
from kg import cited
from rdf.describe import describe_evidence

router = APIRouter(prefix="/evidence", tags=["facts"])


def evidence_view(store: GraphStore, evidence_id: str) -> Fact:
    """The fact a sentence supports, with that sentence alone as its evidence."""
    rows = store.query("evidence", ids=[evidence_id])
    if not rows:
        raise NotFound(f"no evidence {evidence_id!r}")
    row = rows[0]
    fact = cited.fact_evidence(store, row["fact_id"])
    fact.evidence = [ev for ev in fact.evidence if (ev.article, ev.start) == (row["article"], row["start"])]
    return fact


@router.get(
    "/{evidence_id}",
    response_model=Fact,
    summary="A sentence's IRI: the fact it supports with this sentence as JSON, or its annotation's triples",
    responses=negotiated_responses(RESOURCE_TYPES, 404),
    dependencies=[NEGOTIATED],
)
def get_evidence(request: Request, store: StoreDep, evidence_id: str, format: FormatQuery = None) -> Fact | Response:
    return rdf_or_json(
        request,
        choose(request, RESOURCE_TYPES, format),
        lambda: evidence_view(store, evidence_id),
        lambda v: describe_evidence(store, v, evidence_id),
    )
