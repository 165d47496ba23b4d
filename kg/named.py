"""The named questions: fixed shortcuts whose parameters are entity ids, each a parameterised query."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from core.errors import BadInput, NotFound
from graph import GraphStore
from kg.cited import MAX_ROWS, entity, fact_from_row, sections, unique, with_evidence
from kg.index import names
from kg.paths import shortest_path
from kg.scope import EVERYWHERE, Scope
from kg.views import (
    Answer,
    ClaimInfo,
    Fact,
    Path,
)


@dataclass(frozen=True)
class Question:
    """A named question: the query behind it and the entity parameters it takes."""

    name: str
    query: str
    params: tuple[str, ...]
    description: str
    example: str


QUESTIONS: dict[str, Question] = {
    q.name: q
    for q in (
        Question(
            "withdrawal_requests",
            "withdrawal_requests",
            ("actor",),
            "Who asked an actor to withdraw its forces, from where and when.",
            "Who asked Russia to leave?",
        ),
        Question(
            "deployments",
            "deployments",
            ("actor",),
            "Where an actor deploys forces or occupies territory.",
            "Where does Russia have troops?",
        ),
        Question(
            "uninvited_presence",
            "uninvited_presence",
            ("actor",),
            "An actor's deployments where the sovereign or a UN body asked it to leave, or that were condemned,"
            " with the actor's claims and their verdicts.",
            "Where does Russia keep troops without the host's consent?",
        ),
        Question(
            "recognized_by",
            "recognized_by",
            ("entity",),
            "Who recognized an entity's independence.",
            "Who recognized Abkhazia?",
        ),
        Question("condemned_by", "condemned_by", ("actor",), "Who condemned an actor.", "Who condemned Russia?"),
        Question(
            "claims",
            "claims",
            ("actor",),
            "The claims an actor or its officials made, with fact-check verdicts.",
            "What did Lavrov claim?",
        ),
        Question(
            "shortest_path",
            "shortest_path",
            ("from", "to"),
            "The shortest chain of relations between two entities.",
            "How is Transnistria connected to Moldova?",
        ),
    )
}


def answer_question(
    store: GraphStore,
    name: str,
    params: dict[str, str],
    *,
    skip: int = 0,
    limit: int = MAX_ROWS,
    scope: Scope | None = None,
) -> Answer:
    """Answer a named question whose parameters are entity ids: a page of its facts, those in ``scope``.

    A shortest path is one chain of facts, paged as it is; in a scope, every one of its steps is in it."""
    question = QUESTIONS.get(name)
    if question is None:
        raise NotFound(f"no question {name!r}; known: {', '.join(QUESTIONS)}")
    missing = [p for p in question.params if not params.get(p)]
    if missing:
        raise BadInput(f"question {name!r} needs {', '.join(missing)}")
    entities = {p: entity(store, params[p]) for p in question.params}
    answer = Answer(question=name, description=question.description, entities=entities)
    page = {"skip": skip, "limit": limit, **(scope.params(partial(names, store)) if scope else EVERYWHERE)}
    if name == "shortest_path":
        paths = shortest_path(store, params["from"], params["to"], **page)
        answer.path = Path(**{k: v for k, v in paths[0].items() if k != "page"}) if paths else None
        rows = _path_facts(store, paths[0]["page"]) if paths else []
    elif name == "uninvited_presence":
        rows = uninvited_presence(store, params["actor"], **page)
        answer.claims = claims_of(store, params["actor"])
    else:
        ids = {p: params[p] for p in question.params}
        found = store.query(question.query, **ids, **page)
        rows = claim_facts(store, found) if name == "claims" else with_evidence(store, list(map(fact_from_row, found)))
    answer.rows, answer.unconfirmed = sections(rows)
    return answer


def articles(store: GraphStore, scope: Scope, *, skip: int, limit: int) -> list[dict[str, Any]]:
    """A page of articles, newest first: published in the scope's period, and citing a fact about its territory."""
    params = scope.params(partial(names, store))
    cited = [row["fact_id"] for row in store.query("facts_in_territory", **params)] if scope.territory else []
    return store.query("articles", **params, facts=cited or [""], skip=skip, limit=limit)


def claims_of(store: GraphStore, actor: str) -> list[Fact]:
    return claim_facts(store, store.query("claims", actor=actor, skip=0, limit=MAX_ROWS, **EVERYWHERE))


def claim_facts(store: GraphStore, rows: list[dict[str, Any]]) -> list[Fact]:
    facts = [
        fact_from_row(r, claim=ClaimInfo(text=r["claim_text"], verdict=r["verdict"], reviewed_by=r["reviewed_by"]))
        for r in rows
    ]
    return with_evidence(store, unique(facts))


def _path_facts(store: GraphStore, fact_ids: list[str]) -> list[Fact]:
    facts = [fact_from_row(r) for fact_id in fact_ids for r in store.query("fact", fact_id=fact_id)]
    return with_evidence(store, facts)


def uninvited_presence(
    store: GraphStore, actor: str, *, skip: int = 0, limit: int = MAX_ROWS, **scope: Any
) -> list[Fact]:
    """A page of the actor's deployments and occupations in scope, each with the requests to leave or
    condemnations behind it (the query groups the reasons and cuts the page)."""
    rows = store.query("uninvited_presence", actor=actor, skip=skip, limit=limit, **(scope or EVERYWHERE))
    page = []
    for row in rows:
        reasons = [fact_from_row({**reason, **_ends(row, "object")}) for reason in row["reasons"]]
        page.append(fact_from_row(row, reasons=unique(reasons)))
    with_evidence(store, [r for fact in page for r in fact.reasons or []])
    return with_evidence(store, page)


def _ends(row: dict[str, Any], role: str) -> dict[str, Any]:
    """The row's subject as the ``role`` end of another fact (the actor, object of a reason)."""
    return {f"{role}_{key}": row[f"subject_{key}"] for key in ("id", "name", "type")}


def ask_forms() -> list[str]:
    """Examples of questions the reader answers."""
    return [q.example for q in QUESTIONS.values()]
