"""Plain HTML views for people who open an entity IRI in a browser."""

from __future__ import annotations

from html import escape

from kg.views import EntityRelations

_FORMATS = (("json", "JSON"), ("turtle", "Turtle"), ("jsonld", "JSON-LD"), ("ntriples", "N-Triples"))


def relation_words(predicate: str) -> str:
    """A predicate as words, as the page writes it: DEPLOYED_IN -> "deployed in"."""
    return predicate.lower().replace("_", " ")


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
        words = escape(relation_words(predicate))
        parts.append(f"<h2>{words}</h2><ul>")
        for fact in facts:
            status = "" if fact.status == "asserted" else f" <em>({escape(fact.status)})</em>"
            parts.append(
                f"<li>{escape(fact.subject.name or fact.subject.id)} {words} "
                f"{escape(fact.object.name or fact.object.id)}{status}<ul>"
            )
            for ev in fact.evidence:
                href = escape(ev.url or f"/articles/{ev.article}", quote=True)
                source = "".join(", " + escape(x) for x in (ev.publisher, ev.published) if x)
                title = escape(ev.title or "the article")
                parts.append(f'<li><q>{escape(ev.text)}</q> — <a href="{href}">{title}</a>{source}</li>')
            parts.append("</ul></li>")
        parts.append("</ul>")
    parts.append("</main></body></html>")
    return "".join(parts)
