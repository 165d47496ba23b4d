"""Answers with citations: named questions, entity views and plain-English routing.

Both the CLI (`kg ask`) and the API use these. Every fact returned carries its evidence:
article id, title, publisher, date and the quoted sentence with its offsets.

>>> ask(store, "Who asked Russia to leave?")["rows"][0]["subject"]["name"]   # doctest: +SKIP
'Maia Sandu'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from graph import GraphStore
from kg.errors import BadInput, NotFound
from loaders.gazetteer import default_gazetteer
from schema import ONTOLOGY

Fact = dict[str, Any]
MAX_ROWS = 500


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
            "Who recognized the Donetsk People's Republic?",
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

# Plain-English forms, tried in order; named groups are entity names.
_ENTITY = r"(?:the\s+)?(?P<{name}>.+?)"
ASK_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        name,
        re.compile(
            pattern.format(
                a=_ENTITY.format(name="actor"),
                e=_ENTITY.format(name="entity"),
                f=_ENTITY.format(name="from"),
                t=_ENTITY.format(name="to"),
            ),
            re.I,
        ),
    )
    for name, pattern in (
        (
            "uninvited_presence",
            r"^where\s+(?:does|do|did|has|have)\s+{a}\s+\w+\s+(?:troops|forces|soldiers)\s+"
            r"(?:without|against)\b.*$",
        ),
        (
            "uninvited_presence",
            r"^where\s+(?:is|are)\s+{a}(?:'s|’s)?\s+(?:troops|forces|presence)\s+"
            r"(?:unwelcome|uninvited|not\s+(?:wanted|welcome|invited))\W*$",
        ),
        (
            "withdrawal_requests",
            r"^who\s+(?:has\s+|have\s+)?(?:asked|requested|urged|called\s+on|told|demanded|wants|"
            r"wanted|pressed)\s+{a}\s+to\s+(?:leave|withdraw|pull\s+out|go|remove)\b.*$",
        ),
        (
            "withdrawal_requests",
            r"^who\s+(?:has\s+|have\s+)?(?:demanded|requested|called\s+for|sought)\s+(?:the\s+)?"
            r"withdrawal\s+of\s+{a}(?:'s|’s)?(?:\s+(?:troops|forces))?\W*$",
        ),
        (
            "deployments",
            r"^where\s+(?:does|do|did|has|have)\s+{a}\s+(?:have|keep|kept|deploy|deployed|station|"
            r"stationed|send|sent|maintain)\w*\s+(?:its\s+|their\s+)?(?:troops|forces|soldiers|military)\W*$",
        ),
        ("deployments", r"^where\s+(?:is|are)\s+{a}(?:'s|’s)?\s+(?:troops|forces|soldiers|military)\b.*$"),
        ("deployments", r"^what\s+(?:does|did|do)\s+{a}\s+occupy\W*$"),
        ("recognized_by", r"^who\s+(?:has\s+|have\s+)?recogni[sz]ed\s+{e}(?:\s+as\s+.*)?\W*$"),
        ("condemned_by", r"^who\s+(?:has\s+|have\s+)?condemned\s+{a}\W*$"),
        ("claims", r"^what\s+(?:did|does|has)\s+{a}\s+claim(?:ed)?\W*$"),
        ("claims", r"^(?:what\s+are\s+)?{a}(?:'s|’s)\s+claims\W*$"),
        ("shortest_path", r"^how\s+(?:is|are)\s+{f}\s+(?:connected|linked|related)\s+to\s+{t}\W*$"),
    )
)


def fact_from_row(row: dict[str, Any]) -> Fact:
    """A query row in the shared fact shape, with its qualifiers decoded by the ontology."""
    relation = row["relation"]
    predicate = ONTOLOGY.predicate(row["predicate"])
    qualifiers = {
        q.name: q.kind.from_store(relation[q.name]) for q in predicate.qualifiers if relation.get(q.name) is not None
    }
    return {
        "fact_id": relation["fact_id"],
        "predicate": predicate.name,
        "subject": {"id": row["subject_id"], "name": row["subject_name"], "type": row["subject_type"]},
        "object": {"id": row["object_id"], "name": row["object_name"], "type": row["object_type"]},
        "qualifiers": qualifiers,
        "polarity": relation.get("polarity"),
        "modality": relation.get("modality"),
        "confidence": relation.get("confidence"),
        "evidence_ids": list(relation.get("evidence_ids") or []),
    }


def with_evidence(store: GraphStore, facts: list[Fact]) -> list[Fact]:
    """Attach every fact's evidence (one query for all), and raise confidence with independent articles."""
    ids = sorted({i for f in facts for i in f.pop("evidence_ids", [])})
    found = {e["id"]: e for e in store.query("evidence", ids=ids)} if ids else {}
    predicates = {f["fact_id"]: ONTOLOGY.predicate(f["predicate"]) for f in facts}
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for ev in found.values():
        own = ev["properties"] or {}
        qualifiers = {  # as read from this sentence
            q.name: q.kind.from_store(own[q.name])
            for q in predicates[ev["fact_id"]].qualifiers
            if own.get(q.name) is not None
        }
        by_fact.setdefault(ev["fact_id"], []).append(
            {k: ev[k] for k in ("article", "title", "publisher", "published", "text", "start", "end")}
            | {"qualifiers": qualifiers}
        )
    for fact in facts:
        evidence = by_fact.get(fact["fact_id"], [])
        evidence.sort(key=lambda e: (e["published"] or "", e["article"], e["start"]))
        fact["evidence"] = evidence
        articles = len({e["article"] for e in evidence})
        if fact.get("confidence") is not None and articles > 1:
            fact["confidence"] = round(1 - (1 - fact["confidence"]) ** articles, 3)
    return facts


def facts_of(store: GraphStore, query: str, **params: Any) -> list[Fact]:
    """Run a named query in the shared fact shape and return its facts with evidence."""
    return with_evidence(store, [fact_from_row(r) for r in store.query(query, **params)])


_SHOWN_APART = ("id", "type", "name", "aliases", "wikidata", "search")


def entity(store: GraphStore, entity_id: str) -> dict[str, Any]:
    rows = store.query("entity", id=entity_id)
    if not rows:
        raise NotFound(f"no entity {entity_id!r}")
    row = rows[0]
    props = row.pop("properties") or {}
    row["properties"] = {k: v for k, v in props.items() if k not in _SHOWN_APART}
    return row


def answer_question(
    store: GraphStore, name: str, params: dict[str, str], *, skip: int = 0, limit: int = MAX_ROWS
) -> dict[str, Any]:
    """Answer a named question whose parameters are entity ids."""
    question = QUESTIONS.get(name)
    if question is None:
        raise NotFound(f"no question {name!r}; known: {', '.join(QUESTIONS)}")
    missing = [p for p in question.params if not params.get(p)]
    if missing:
        raise BadInput(f"question {name!r} needs {', '.join(missing)}")
    entities = {p: entity(store, params[p]) for p in question.params}
    answer: dict[str, Any] = {"question": name, "description": question.description, "entities": entities}
    if name == "shortest_path":
        paths = store.query("shortest_path", **{"from": params["from"], "to": params["to"]})
        answer["path"] = paths[0] if paths else None
        answer["rows"] = _path_facts(store, paths[0]) if paths else []
    elif name == "uninvited_presence":
        answer["rows"] = uninvited_presence(store, params["actor"])
        answer["claims"] = _claims(store, params["actor"])
    elif name == "claims":
        answer["rows"] = _claims(store, params["actor"])
    else:
        ids = {p: params[p] for p in question.params}
        answer["rows"] = facts_of(store, question.query, skip=skip, limit=limit, **ids)
    return answer


def _claims(store: GraphStore, actor: str) -> list[Fact]:
    rows = store.query("claims", actor=actor)
    facts = [
        fact_from_row(r)
        | {"claim": {"text": r["claim_text"], "verdict": r["verdict"], "reviewed_by": r["reviewed_by"]}}
        for r in rows
    ]
    return with_evidence(store, _unique(facts))


def _path_facts(store: GraphStore, path: dict[str, Any]) -> list[Fact]:
    facts = [fact_from_row(r) for fact_id in path["fact_ids"] for r in store.query("fact", fact_id=fact_id)]
    return with_evidence(store, facts)


def uninvited_presence(store: GraphStore, actor: str) -> list[Fact]:
    """Deployments and occupations, each with the requests to leave or condemnations behind it."""
    grouped: dict[str, Fact] = {}
    reasons: list[Fact] = []
    for row in store.query("uninvited_presence", actor=actor):
        fact = grouped.setdefault(row["relation"]["fact_id"], fact_from_row(row) | {"reasons": []})
        reason = fact_from_row(
            {
                "subject_id": row["reason_by_id"],
                "subject_name": row["reason_by_name"],
                "subject_type": row["reason_by_type"],
                "predicate": row["reason_predicate"],
                "object_id": row["subject_id"],
                "object_name": row["subject_name"],
                "object_type": row["subject_type"],
                "relation": row["reason_relation"],
            }
        )
        if all(r["fact_id"] != reason["fact_id"] for r in fact["reasons"]):
            fact["reasons"].append(reason)
            reasons.append(reason)
    with_evidence(store, reasons)
    return with_evidence(store, list(grouped.values()))


def entity_relations(store: GraphStore, entity_id: str) -> dict[str, Any]:
    """All relations of an entity, grouped by predicate and direction."""
    found = entity(store, entity_id)
    rows = store.query("entity_relations", id=entity_id)[:MAX_ROWS]
    facts = with_evidence(store, [fact_from_row(r) | {"direction": r["direction"]} for r in rows])
    groups: dict[str, list[Fact]] = {}
    for fact in sorted(facts, key=lambda f: (f["predicate"], f["direction"], f["fact_id"])):
        groups.setdefault(fact["predicate"], []).append(fact)
    return {"entity": found, "groups": groups}


def fact_date(fact: Fact) -> str | None:
    """When a fact happened: its date, since or first year, else the earliest article's date."""
    q = fact["qualifiers"]
    if q.get("date") or q.get("since"):
        return str(q.get("date") or q.get("since"))
    if q.get("years"):
        return str(min(q["years"]))
    published = [e["published"] for e in fact.get("evidence", []) if e.get("published")]
    return min(published)[:10] if published else None


def timeline(store: GraphStore, entity_id: str) -> dict[str, Any]:
    """The entity's dated relations in time order; undated ones are left out."""
    view = entity_relations(store, entity_id)
    dated = [f | {"date": fact_date(f)} for group in view["groups"].values() for f in group]
    return {"entity": view["entity"], "events": sorted((f for f in dated if f["date"]), key=lambda f: f["date"])}


def fact_evidence(store: GraphStore, fact_id: str) -> dict[str, Any]:
    rows = store.query("fact", fact_id=fact_id)
    if not rows:
        raise NotFound(f"no fact {fact_id!r}")
    return with_evidence(store, [fact_from_row(rows[0])])[0]


def resolve_entity(store: GraphStore, text: str) -> dict[str, Any]:
    """The entity a name stands for: a gazetteer name, alias or metonym first, else the store's name search."""
    name = text.strip().strip("?.!\"'“”").strip()
    for mention in default_gazetteer().find(name):
        if mention.end - mention.start >= len(name) - 4:
            rows = store.query("entity", id=mention.entity.id)
            if rows:
                return entity(store, mention.entity.id)
    candidates = store.query("search", q=name.lower(), type="", skip=0, limit=20)
    exact = [c for c in candidates if name.lower() in [n.lower() for n in (c["name"], *(c["aliases"] or []))]]
    if exact or candidates:
        return entity(store, (exact or candidates)[0]["id"])
    raise NotFound(f"no entity called {name!r}")


def route(text: str) -> tuple[str, dict[str, str]]:
    """The named question a plain-English question asks, with the entity names it mentions."""
    cleaned = " ".join(text.split())
    for name, form in ASK_FORMS:
        match = form.match(cleaned)
        if match:
            return name, {k: v for k, v in match.groupdict().items() if v}
    raise BadInput(f"cannot route {text!r}; try one of: " + "; ".join(q.example for q in QUESTIONS.values()))


def ask(store: GraphStore, text: str) -> dict[str, Any]:
    """Answer a plain-English question: route it, resolve its entities, run the named question."""
    name, names = route(text)
    ids = {param: resolve_entity(store, value)["id"] for param, value in names.items()}
    answer = answer_question(store, name, ids)
    answer["asked"] = text
    return answer


def ask_forms() -> list[str]:
    """Examples of the questions `ask` understands."""
    return [q.example for q in QUESTIONS.values()]


def _unique(facts: list[Fact]) -> list[Fact]:
    return list({f["fact_id"]: f for f in facts}.values())
