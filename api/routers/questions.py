"""Named questions, and plain-English questions routed to them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from api.deps import PageDep, StoreDep
from api.models import Answer, QuestionInfo
from api.problems import problem
from kg import answers
from kg.errors import BadInput

router = APIRouter(tags=["questions"])


@router.get("/questions", response_model=list[QuestionInfo], summary="The named questions")
def list_questions() -> list[QuestionInfo]:
    return [
        QuestionInfo(name=q.name, description=q.description, params=list(q.params), example=q.example)
        for q in answers.QUESTIONS.values()
    ]


@router.get("/questions/{name}", response_model=Answer, summary="Answer a named question (entity ids)")
def answer_question(
    store: StoreDep,
    page: PageDep,
    name: str,
    actor: Annotated[str | None, Query(description="actor entity id")] = None,
    entity: Annotated[str | None, Query(description="entity id")] = None,
    from_: Annotated[str | None, Query(alias="from", description="start entity id (shortest_path)")] = None,
    to: Annotated[str | None, Query(description="end entity id (shortest_path)")] = None,
) -> Answer:
    params = {k: v for k, v in {"actor": actor, "entity": entity, "from": from_, "to": to}.items() if v}
    return Answer(**answers.answer_question(store, name, params, skip=page.skip, limit=page.limit))


@router.get(
    "/ask",
    response_model=Answer,
    summary="Answer a plain-English question",
    responses={422: {"description": "the question matches no form; `forms` lists the ones understood"}},
)
def ask(
    request: Request, store: StoreDep, q: Annotated[str, Query(min_length=3, max_length=300)]
) -> Answer | JSONResponse:
    try:
        return Answer(**answers.ask(store, q))
    except BadInput:
        return problem(422, f"cannot route {q!r}", request, forms=answers.ask_forms())
