"""Plain HTML views for people who open an entity IRI in a browser."""

from __future__ import annotations

from html import escape

from kg.views import EntityRelations

_FORMATS = (("json", "JSON"), ("turtle", "Turtle"), ("jsonld", "JSON-LD"), ("ntriples", "N-Triples"))


def entity_page(view: EntityRelations) -> str:
    """An entity with its relations grouped by predicate, each with its quoted evidence."""
    entity = view.entity
    name = escape(entity.name or entity.id)
    links = [f'<a href="?format={fmt}">{label}</a>' for fmt, label in _FORMATS]
    wikidata = entity.wikidata
    if wikidata:
        links.append(f'<a href="https://www.wikidata.org/wiki/{escape(wikidata)}">Wikidata {escape(wikidata)}</a>')
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{name}</title></head><body><main>",
        f"<h1>{name}</h1><p>{escape(entity.type)}"
        + (f" · also known as {escape(', '.join(entity.aliases))}" if entity.aliases else "")
        + "</p>",
        f"<p>{' · '.join(links)}</p>",
    ]
    for predicate, facts in view.groups.items():
        parts.append(f"<h2>{escape(predicate)}</h2><ul>")
        for fact in facts:
            status = "" if fact.status == "asserted" else f" <em>({escape(fact.status)})</em>"
            parts.append(
                f"<li>{escape(fact.subject.name or '')} {escape(predicate)} "
                f"{escape(fact.object.name or '')}{status}<ul>"
            )
            for ev in fact.evidence:
                source = ", ".join(escape(x) for x in (ev.title, ev.publisher, ev.published) if x)
                parts.append(f"<li><q>{escape(ev.text)}</q> — {escape(ev.article)} {source}</li>")
            parts.append("</ul></li>")
        parts.append("</ul>")
    parts.append("</main></body></html>")
    return "".join(parts)
