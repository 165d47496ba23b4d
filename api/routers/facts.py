"""The evidence of one fact."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep
from api.models import Fact
from kg import answers

router = APIRouter(prefix="/facts", tags=["facts"])


@router.get("/{fact_id}/evidence", response_model=Fact, summary="A fact with every sentence that supports it")
def fact_evidence(store: StoreDep, fact_id: str) -> Fact:
    return answers.fact_evidence(store, fact_id)
