"""Reading JSON and JSONL: the articles of an object, a list of them, or an object a line."""

from __future__ import annotations

import json
import re
from typing import Any

from core.errors import BadInput
from loaders.reading import Document, read_text
from loaders.reading_html import read_html

_TEXT_FIELDS = ("text", "body", "content", "articleBody", "article", "full_text")


def read_json(article_id: str, raw: str, kind: str, name: str, problems: list[str] | None) -> list[Document]:
    """The articles of a JSON document (an object, or a list of them) or of JSONL (an object a line)."""
    if kind == "json":
        loaded = _parse_json(raw, name)
        records = loaded if isinstance(loaded, list) else [loaded]
        where = [name] if len(records) == 1 else [f"{name}: record {n}" for n in range(1, len(records) + 1)]
        items = list(zip(range(1, len(records) + 1), where, records, strict=True))
    else:
        items = [(n, f"{name}:{n}", line) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
    single = len(items) == 1
    docs = []
    for number, place, record in items:
        try:
            loaded_record = _parse_json(record, place) if kind == "jsonl" else record
            docs.append(_json_document(loaded_record, place, article_id if single else f"{article_id}-{number}"))
        except BadInput as exc:
            if problems is None:
                raise
            problems.append(str(exc))
    return docs


def _parse_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno} column {exc.colno}"
        raise BadInput(f"{where}: malformed JSON ({exc.msg}: {at})") from None
    except RecursionError:  # the parser recurses once per level of nesting
        raise BadInput(f"{where}: JSON nested too deeply") from None


def _json_document(record: Any, where: str, default_id: str) -> Document:
    """The article in one JSON record; ``where`` names the record in errors."""
    if not isinstance(record, dict):
        raise BadInput(f"{where}: not a JSON object")
    body = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if not body or not body.strip():
        raise BadInput(f"{where}: no article text ({', '.join(_TEXT_FIELDS)})")
    if any("\x00" in value for value in record.values() if isinstance(value, str)):
        raise BadInput(f"{where}: binary text, not an article (a NUL character)")
    rid = str(record.get("id") or default_id)
    is_html = bool(re.search(r"<(p|div|br|html)\b", body, re.I))
    doc = read_html(rid, body) if is_html else read_text(rid, body)
    doc.title = record.get("title") or record.get("headline") or doc.title
    publisher = record.get("publisher") or record.get("source")
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    doc.publisher = publisher or doc.publisher
    doc.published = record.get("published") or record.get("date") or record.get("datePublished") or doc.published
    doc.url = record.get("url") or doc.url
    return doc
