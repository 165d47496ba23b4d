"""Journalists' questions asked of a loaded store, each scored by the names a right answer gives.

    KG_DATA_DIR=/tmp/qa-dev .venv/bin/kg load ~/.cache/kg-dev
    .venv/bin/python -m bench.dev_questions ../shared/dev/questions.yaml --data-dir /tmp/qa-dev

A question counts as answered when its answer proper gives one of its ``expect_any`` names and none of
its ``must_not`` names. The answer proper is the short answer (``summary``) and the asserted facts'
subjects, objects, qualifier values (not those naming a place: "leave Armenia" does not make Armenia
an asker) and verdicts; not the quoted sentences, not the labelled section of denied, planned or
claimed facts, not the reader's notes. A second question joined to the first (", and how many ...?") has its
answer proper counted with the first's.

A gold name that is a name, alias or demonym of entities the reader knows stands for those entities:
it is given when an asserted fact's subject or object is one of them, not when another entity's name
merely contains it (Armenia is not given by "EU Monitoring Mission in Armenia"; Baku stands for
Azerbaijan). Any other name (a number, a verdict, a surname) is given when the answer proper mentions it
as a word. Without ``--data-dir`` the store is the one the KG_* settings select (e.g. KG_STORE=neo4j).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import yaml

from core.errors import KGError
from core.settings import Settings, get_settings
from graph import GraphStore, open_store
from kg import answers
from kg.index import names
from kg.names import NameIndex
from kg.words import surface_key

_PLACES = ("territory", "where")


def _parts(answer: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The answer and the answers to the second questions joined to it."""
    return [answer, *_parts(answer.get("follow_up"))] if answer else []


def _asserted(answer: dict[str, Any] | None) -> list[dict[str, Any]]:
    return [fact for part in _parts(answer) for fact in (part.get("rows") or []) + (part.get("claims") or [])]


def asserted_text(answer: dict[str, Any] | None) -> str:
    """The answer proper as one lower-case text: summaries, and each asserted fact's names and values."""
    parts: list[str] = [part.get("summary") or "" for part in _parts(answer)]
    for fact in _asserted(answer):
        parts += [fact["subject"]["name"] or "", fact["object"]["name"] or ""]
        for key, value in fact["qualifiers"].items():
            if key in _PLACES:
                continue
            for item in value if isinstance(value, list) else [value]:
                parts.append(str(item))
                if isinstance(item, int):
                    parts.append(f"{item:,}")
        if fact.get("claim"):
            parts.append(str(fact["claim"].get("verdict") or ""))
    return " | ".join(parts).lower()


def mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text) is not None


def asserted_entities(answer: dict[str, Any] | None) -> set[str]:
    """The ids of the asserted facts' subjects and objects."""
    return {fact[side]["id"] for fact in _asserted(answer) for side in ("subject", "object")}


def gives(answer: dict[str, Any] | None, index: NameIndex, name: str) -> bool:
    """Whether the answer proper gives the gold name: the entities it names, or else the word itself."""
    key = surface_key(name)
    if key in index.surfaces:
        return not asserted_entities(answer).isdisjoint(index.senses(key)[0])
    return mentions(asserted_text(answer), name)


def ask_json(store: GraphStore, question: str) -> tuple[str, Any]:
    """The answer as JSON, or the one-line error the CLI would print."""
    try:
        answer = answers.ask(store, question)
    except KGError as exc:
        return f"error: {exc}", None
    data = answer.model_dump(mode="json") if hasattr(answer, "model_dump") else answer
    return "", json.loads(json.dumps(data, default=str))


def score(store: GraphStore, questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    index = names(store)
    for q in questions:
        error, answer = ask_json(store, q["q"])
        found = [n for n in q["expect_any"] if gives(answer, index, str(n))]
        wrong = [n for n in q.get("must_not") or [] if gives(answer, index, str(n))]
        verdict = "yes" if found and not wrong else ("must_not" if wrong else ("error" if error else "no"))
        rows.append({"q": q["q"], "verdict": verdict, "found": found, "wrong": wrong, "error": error})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path, help="the questions file (e.g. ../shared/dev/questions.yaml)")
    parser.add_argument("--data-dir", type=Path, help="an embedded store's KG_DATA_DIR")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    questions = yaml.safe_load(args.questions.read_text(encoding="utf-8"))
    settings = Settings(store="embedded", data_dir=args.data_dir) if args.data_dir else get_settings()
    with open_store(settings, read_only=True) as store:
        rows = score(store, questions)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        print("| # | question | answered | expected names found | must_not found | error |")
        print("|---|---|---|---|---|---|")
        for i, r in enumerate(rows, 1):
            print(
                f"| {i} | {r['q']} | {r['verdict']} | {', '.join(map(str, r['found']))} "
                f"| {', '.join(map(str, r['wrong']))} | {r['error'][:80]} |"
            )
    answered = sum(r["verdict"] == "yes" for r in rows)
    print(f"\n{answered} of {len(rows)} answered with an expected name and no forbidden one")


if __name__ == "__main__":
    main()
