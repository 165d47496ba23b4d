"""Facts: a fact's IRI, and its evidence."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import StoreDep
from api.models import Fact
from api.negotiation import NEGOTIATED, RESOURCE_TYPES, FormatQuery, choose, negotiated_responses, rdf_or_json
from api.openapi import READ, errors
from kg import cited
from rdf.describe import describe_fact

router = APIRouter(prefix="/facts", tags=["facts"])


@router.get(
    "/{fact_id}",
    response_model=Fact,
    summary="A fact's IRI: the fact with its evidence as JSON, or its triples in Turtle, JSON-LD or N-Triples",
    responses=negotiated_responses(RESOURCE_TYPES, 404),
    dependencies=[NEGOTIATED],
)
def get_fact(request: Request, store: StoreDep, fact_id: str, format: FormatQuery = None) -> Fact | Response:
    return rdf_or_json(
        request,
        choose(request, RESOURCE_TYPES, format),
        lambda: cited.fact_evidence(store, fact_id),
        lambda v: describe_fact(store, v, fact_id),
    )


@router.get(
    "/{fact_id}/evidence",
    response_model=Fact,
    summary="A fact with every sentence that supports it",
    responses=errors(READ, 404),
)
def get_fact_evidence(store: StoreDep, fact_id: str) -> Fact:
    return cited.fact_evidence(store, fact_id)
