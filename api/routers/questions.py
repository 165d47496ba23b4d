"""Plain-English questions, and the named questions that are their shortcuts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.deps import FilterDep, PageDep, StoreDep
from api.models import Answer, Problem, QuestionInfo
from api.openapi import READ, errors
from api.problems import MEDIA_TYPE, problem
from kg import answers, named

router = APIRouter(tags=["questions"])


@router.get("/questions", response_model=list[QuestionInfo], summary="The named questions (a fixed list)")
def list_questions() -> list[QuestionInfo]:
    return [
        QuestionInfo(name=q.name, description=q.description, params=list(q.params), example=q.example)
        for q in named.QUESTIONS.values()
    ]


@router.get(
    "/questions/{name}",
    response_model=Answer,
    summary="Answer a named question (entity ids): a page of its facts, filtered by territory and time",
    description="`next_cursor` pages through the facts (`rows` and `unconfirmed` together); `territory`, "
    "`since` and `until` keep the facts about a place and a period; shortest_path keeps the shortest chain "
    "whose every step is about the place and in the period.",
    responses=errors(READ, 404),
)
def answer_question(
    store: StoreDep,
    page: PageDep,
    scope: FilterDep,
    name: str,
    actor: Annotated[str | None, Query(description="actor entity id")] = None,
    entity: Annotated[str | None, Query(description="entity id")] = None,
    from_: Annotated[str | None, Query(alias="from", description="start entity id (shortest_path)")] = None,
    to: Annotated[str | None, Query(description="end entity id (shortest_path)")] = None,
) -> Response:
    params = {k: v for k, v in {"actor": actor, "entity": entity, "from": from_, "to": to}.items() if v}
    answer = named.answer_question(store, name, params, skip=page.skip, limit=page.limit, scope=scope)
    answer.next_cursor = page.next_cursor(len(answer.rows) + len(answer.unconfirmed))
    # The answer is a typed, validated model: its JSON as is, without FastAPI validating it again in another thread.
    return Response(answer.model_dump_json(), media_type="application/json")


class Unanswerable(Problem):
    """A question the reader could not read, or that names nothing in the graph: what it understood, and
    close questions it can answer."""

    understood: dict[str, object] | None = None
    suggestions: list[str] = []


_UNANSWERABLE = {"model": Unanswerable, "content": {MEDIA_TYPE: {}}}


@router.get(
    "/ask",
    response_model=Answer,
    summary="Answer a plain-English question",
    description="Asserted facts are `rows`; what was only denied, planned, conditional or claimed is "
    "`unconfirmed`. A bare name answers with the entity. When the graph holds nothing, `rows` is empty and "
    "`message` says why, with `suggestions`.",
    responses={
        404: {"description": "the question names nothing the graph holds", **_UNANSWERABLE},
        422: {"description": "the question cannot be read; `suggestions` lists close ones", **_UNANSWERABLE},
        **errors(503),
    },
)
def ask(
    request: Request, store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=300)]
) -> Answer | JSONResponse:
    try:
        return answers.ask(store, q)
    except (answers.NotUnderstood, answers.NoSuchName) as exc:
        status = 404 if isinstance(exc, answers.NoSuchName) else 422
        understood = exc.reading.model_dump(mode="json", exclude_defaults=True)
        return problem(status, str(exc), request, understood=understood, suggestions=exc.suggestions)
