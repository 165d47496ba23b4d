"""The evidence of one fact."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep
from api.models import Fact
from api.openapi import READ, errors
from kg import answers

router = APIRouter(prefix="/facts", tags=["facts"])


@router.get(
    "/{fact_id}/evidence",
    response_model=Fact,
    summary="A fact with every sentence that supports it",
    responses=errors(READ, 404),
)
def get_fact_evidence(store: StoreDep, fact_id: str) -> Fact:
    return answers.fact_evidence(store, fact_id)
