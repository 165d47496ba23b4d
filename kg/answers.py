"""Answers with citations to plain-English questions.

Both the CLI (`kg ask`) and the API use these, and get the typed views of kg/views.py. The named questions
are kg/named.py; facts with their evidence, and an entity's views, are kg/cited.py. A plain-English
question is read by kg/questions.py; its answer is composed from what was read (the predicate, the
entities in their roles, place, time and polarity) through the parameterised queries of queries/, and
kg/fits.py keeps the facts that fit it.
Asserted facts are the answer; what was only denied, planned, conditional or claimed is kept apart.

>>> ask(store, "Who asked Russia to leave Moldova?").summary      # doctest: +SKIP
'Maia Sandu; UN resolution (2018)'
"""

from __future__ import annotations

import re
from typing import Any

from core.errors import BadInput, NotFound
from graph import GraphStore
from kg import qualified
from kg.cited import MAX_ROWS, entity, entity_relations, fact_from_row, sections, unique, with_evidence
from kg.fits import fits_about, fits_place, fits_post, fits_roles, fits_source, fits_time, names_in
from kg.index import names
from kg.named import answer_question, ask_forms, claim_facts
from kg.names import NameIndex
from kg.phrases import said
from kg.questions import question_for, read
from kg.second import PLACE_TYPES, asks_else, asks_truth, in_own_words, place_of
from kg.views import (
    APART,
    Answer,
    Entity,
    EntityRef,
    Fact,
    Reading,
    Verdict,
    status_of,
)
from schema import ONTOLOGY


class NotUnderstood(BadInput):
    """A question the reader could not read; it says what it understood and what it can answer."""

    def __init__(self, message: str, reading: Reading, suggestions: list[str]) -> None:
        super().__init__(message)
        self.reading, self.suggestions = reading, suggestions


class NoSuchName(NotFound):
    """A question that names nothing the graph holds."""

    def __init__(self, message: str, reading: Reading, suggestions: list[str]) -> None:
        super().__init__(message)
        self.reading, self.suggestions = reading, suggestions


def ask(store: GraphStore, text: str) -> Answer:
    """Answer a plain-English question: read it, compose its query, and cite every fact. A second question
    joined to it (", and how many troops does it have there?") is answered as ``follow_up``."""
    index = names(store)
    reading = read(text, index)
    answer = _answer(store, reading, index)
    answer.asked, answer.understood = text, reading
    if reading.rest:
        answer.follow_up = (
            _verdicts(answer, reading.rest)
            if asks_truth(reading.rest) and _claims_in(answer) is not None
            else _follow_up(store, answer, reading.rest, index)
        )
        if answer.follow_up is None:
            note = f"Only the first question is answered; ask the second on its own: {reading.rest!r}."
            answer.message = f"{answer.message} {note}" if answer.message else note
    return answer


def _places_found(answer: Answer) -> tuple[EntityRef, ...]:
    """The places an answer gives when its question asked for places ("where ...", "which countries ... in");
    none for a question about who acted."""
    first = answer.understood
    asked_places = first.kind == "where" or str(first.wanted) in PLACE_TYPES
    if first.focus != "object" or not asked_places:
        return ()
    return tuple(f.object for f in answer.rows if str(f.object.type) in PLACE_TYPES)


def _follow_up(store: GraphStore, first_answer: Answer, rest: str, index: NameIndex) -> Answer | None:
    """The second question's answer, its pronouns read as the first's names (or the one place the first's
    answer found), "who else" and "what else" as besides what that answer gave, and the first's place its place
    when it names none ("when did they leave?"); None if it cannot be read, or names nothing ("was the claim
    true?" is not a question about every claim)."""
    first = first_answer.understood
    own = in_own_words(rest, first, first_answer.asked or "", _places_found(first_answer))
    reading = read(own, index).model_copy(update={"rest": None})
    if asks_else(rest):
        side = "subject" if reading.focus == "subject" else "object"
        others = {getattr(f, side).id: getattr(f, side) for f in first_answer.rows}
        reading = reading.model_copy(update={"excluded": [*reading.excluded, *others.values()]})
    if not (reading.subjects or reading.objects or reading.places or reading.about):
        return None
    reading = _in_first_place(reading, first)
    try:
        answer = _answer(store, reading, index)
    except (NotUnderstood, NoSuchName):
        return None
    answer.asked, answer.understood = rest, reading
    return answer


def _in_first_place(reading: Reading, first: Reading) -> Reading:
    """A second question that names no place (nor object) concerns the first's: its place qualifier, or its
    object for a predicate whose object is the place."""
    place = place_of(first)
    if reading.places or reading.objects or place is None or not reading.predicates or reading.focus == "object":
        return reading
    role = "places" if qualified.has_place(str(reading.predicates[0])) else "objects"
    return reading.model_copy(update={role: [place]})


def _claims_in(answer: Answer) -> list[Fact] | None:
    """The claims an answer found (None if it is not about claims)."""
    facts = [f for f in answer.rows + (answer.claims or []) + answer.unconfirmed if said(f.predicate)]
    about_claims = answer.understood is not None and any(map(said, answer.understood.predicates))
    return unique(facts) if facts or about_claims or answer.question == "claims" else None


def _verdicts(first: Answer, rest: str) -> Answer:
    """ "Was the claim true?": the fact-checkers' verdicts on the claims the first question found."""
    claims = _claims_in(first) or []
    judged = [f for f in claims if f.claim and f.claim.verdict]
    summary = "; ".join(
        f"{f.claim.verdict}"
        + (f" (reviewed by {f.claim.reviewed_by})" if f.claim.reviewed_by else "")
        + f": {f.subject.name}'s claim"
        for f in judged
        if f.claim
    )
    if not claims:
        message = "The first question found no claim, so there is no verdict to give."
    elif not judged:
        message = "The graph records no fact-checker's verdict on the claims found."
    else:
        message = None
    return Answer(
        question="claims",
        description="Whether the claims found were true, by the verdicts of those who checked them.",
        asked=rest,
        summary=summary or None,
        rows=claims,
        message=message,
    )


def _answer(store: GraphStore, reading: Reading, index: NameIndex) -> Answer:
    named = reading.subjects + reading.objects
    in_graph = [e for e in named if index.entities[e.id].in_graph]
    if reading.kind in ("entity", "what_is") and in_graph:
        return _entity_answer(store, reading, in_graph[0])
    if reading.unknown and not named and not reading.not_in_graph:
        close = [n for word in reading.unknown for n in index.close_names(word)]
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise NoSuchName(
            f"no entity called {reading.unknown[0]!r} in the graph{hint}", reading, _suggestions(store, [], index)
        )
    if reading.kind in ("unread", "entity", "what_is") or (reading.kind == "path" and len(in_graph) < 2):
        raise NotUnderstood(_unread_message(reading), reading, _suggestions(store, named, index))
    if reading.kind == "path":
        return _named(store, reading, "shortest_path", {"from": in_graph[0].id, "to": in_graph[1].id})
    if reading.kind == "uninvited" and reading.subjects and in_graph:
        return _named(store, reading, "uninvited_presence", {"actor": reading.subjects[0].id})
    if reading.kind == "claims" and in_graph:
        return _named(store, reading, "claims", {"actor": reading.subjects[0].id})
    return _composed(store, reading, index)


def _named(store: GraphStore, reading: Reading, name: str, params: dict[str, str]) -> Answer:
    answer = answer_question(store, name, params)
    answer.summary = _summary(reading, answer.rows)
    return answer


def _entity_answer(store: GraphStore, reading: Reading, ref: EntityRef) -> Answer:
    """A bare name, or "what is X": the entity, with its relations."""
    view = entity_relations(store, ref.id)
    rows, unconfirmed = sections([f for group in view.groups.values() for f in group])
    found = view.entity
    kind = found.properties.get("status")
    summary = f"{found.name}: {found.type}" + (f" ({kind})" if kind else "")
    return Answer(
        question=reading.kind,
        description=f"What the graph holds about {found.name}.",
        summary=summary,
        entity=found,
        entities={"entity": found},
        rows=rows,
        unconfirmed=unconfirmed,
        suggestions=_suggestions(store, [ref], names(store)),
    )


def _composed(store: GraphStore, reading: Reading, index: NameIndex) -> Answer:
    """The facts a reading asks for, composed from its predicate, entities, place, time and polarity."""
    objects = _with_officials(store, reading.objects)
    candidates = _candidates(store, reading, index, objects)
    fitting = with_evidence(store, [f for f in candidates if fits_roles(f, reading, index, objects)])
    voices = _with_officials(store, reading.sources)
    facts = [
        f
        for f in fitting
        if fits_place(f, reading, index)
        and fits_post(f, reading)
        and fits_time(f, reading)
        and fits_about(f, reading, index)
        and fits_source(f, voices, index)
    ]
    rows, unconfirmed = sections(facts, reading.polarity)
    answer = Answer(
        question=reading.kind,
        description=describe(reading),
        rows=_ranked(rows, reading),
        unconfirmed=_ranked(unconfirmed, reading),
        apart_title=APART[reading.polarity][0],
        entities={e.id: _entity_of(store, e.id) for e in reading.subjects + reading.objects if e.id in _in(index)},
    )
    spared = _spared(reading, index)
    missing = [n for n in reading.not_in_graph if n not in spared] + (reading.unknown if _needs_names(reading) else [])
    if missing:
        answer.rows, answer.unconfirmed = [], []
    if reading.kind == "did":
        answer.verdict = _verdict(answer.rows, answer.unconfirmed, reading.polarity)
    answer.summary = _summary(reading, answer.rows, answer.verdict)
    if missing:
        answer.message = f"The graph holds nothing about {' or '.join(missing)} yet."
    else:
        elsewhere = sections([f for f in fitting if fits_about(f, reading, index)], reading.polarity)[0]
        empty = [] if answer.rows else [_nothing(reading, elsewhere, index)]
        if answer.unconfirmed and not answer.rows:
            empty.append(APART[reading.polarity][1])
        held_not = [f"The graph holds nothing about {' or '.join(spared)} yet."] if spared else []
        answer.message = " ".join(empty + held_not + _notes(reading, index)) or None
    if not answer.rows:
        answer.suggestions = _suggestions(store, [e for e in reading.subjects + reading.objects], index)
    return answer


def _spared(reading: Reading, index: NameIndex) -> list[str]:
    """Names the graph holds nothing about that need not empty the answer: a source ("according to ...")
    only filters, and a place of "Finland or Estonia" leaves the other when the graph holds that one."""

    lacking = [p for p in reading.places if not _held([p], index)]
    places = lacking if len(lacking) < len(reading.places) else []
    return [n for n in reading.not_in_graph if n in {e.name for e in places + reading.sources}]


def _nothing(reading: Reading, elsewhere: list[Fact], index: NameIndex) -> str:
    """Why an answer is empty: nothing asserts it, or only beyond the place, time or source asked about, which
    the facts held there are named to show."""
    limits = []
    if reading.places:
        limits.append("concerning " + " or ".join(e.name or e.id for e in reading.places))
    if reading.since or reading.until:
        limits.append(_period(reading.since, reading.until))
    if reading.sources:
        limits.append(_according(reading))
    if not elsewhere or not limits:
        return "Nothing in the graph asserts this."
    side = "object" if reading.focus == "object" else "subject"
    held = []
    for fact in _ranked(elsewhere, reading)[:5]:
        where = qualified.place(fact.qualifiers.model_dump())
        place = index.entities[where].name if where in index.entities and where != fact.object.id else None
        context = [n for n in (place, fact.date) if n]
        named = getattr(fact, side).name or getattr(fact, side).id
        held.append(named + (f" ({', '.join(context)})" if context else f" ({fact.object.name})"))
    more = f" and {len(elsewhere) - 5} more" if len(elsewhere) > 5 else ""
    return f"Nothing in the graph asserts this {' and '.join(limits)}. Beyond that, it holds: {'; '.join(held)}{more}."


def _notes(reading: Reading, index: NameIndex) -> list[str]:
    """What to know about an answer: names left out, places widened."""
    notes = []
    if reading.unknown:
        notes.append(f"Not known to the graph, so left out of the question: {', '.join(reading.unknown)}.")
    for place in reading.places:
        known = index.entities[place.id]
        if not known.in_graph and known.part_of in index.entities:
            wider = index.entities[known.part_of].name
            notes.append(f"The graph holds nothing about {known.name} itself: facts concerning {wider} are given.")
    return notes


def _in(index: NameIndex) -> set[str]:
    return {i for i, e in index.entities.items() if e.in_graph}


def _entity_of(store: GraphStore, entity_id: str) -> Entity:
    return entity(store, entity_id)


def _needs_names(reading: Reading) -> bool:
    """Whether a role the question names is left empty because its name is unknown ("supplying Somalia")."""
    if not reading.unknown:
        return False
    roles = {"subject": reading.subjects, "object": reading.objects}
    return any(not filled for role, filled in roles.items() if role != reading.focus)


def _candidates(store: GraphStore, reading: Reading, index: NameIndex, objects: list[str]) -> list[Fact]:
    """The facts of the reading's predicates, fetched from its subjects, else its objects (and their officials:
    a request the president made is the state's), else all."""
    predicates = [str(p) for p in reading.predicates]
    if reading.kind == "who" and any(map(said, predicates)) and not reading.subjects:
        return _claims_about(store, reading, index)
    rows: list[dict[str, Any]] = []
    if reading.subjects:
        for subject in _with_officials(store, reading.subjects):
            rows += store.query("facts_from", id=subject, predicates=predicates, limit=MAX_ROWS)
    elif reading.objects:
        for obj in objects:
            rows += store.query("facts_to", id=obj, predicates=predicates, limit=MAX_ROWS)
    else:
        rows = store.query("facts_of", predicates=predicates, limit=MAX_ROWS)
    return unique([fact_from_row(r) for r in rows])


def _with_officials(store: GraphStore, subjects: list[EntityRef]) -> list[str]:
    """The subjects, and the people who hold a position in them: an official acts for the state."""
    ids = [s.id for s in subjects]
    for subject in subjects:
        ids += [r["id"] for r in store.query("officials", id=subject.id) if r["id"] not in ids]
    return ids


def _claims_about(store: GraphStore, reading: Reading, index: NameIndex) -> list[Fact]:
    """Claims whose words name what the question says they were about ("that France sent troops")."""
    rows = store.query("claims_made", limit=MAX_ROWS)
    picked = [r for r in rows if all(names_in(r["claim_text"] or "", e.id, index) for e in reading.about)]
    return claim_facts(store, picked)


def _ranked(facts: list[Fact], reading: Reading) -> list[Fact]:
    """Dated facts in time order for "when", else by the names asked for, the predicate asked before those that
    also answer it (an occupation before an annexation)."""
    if reading.kind == "when":
        return sorted(facts, key=lambda f: (not _exact(f, reading), f.date is None, f.date or "", f.fact_id))
    side = "object" if reading.focus == "object" else "subject"
    order = {p: i for i, p in enumerate(reading.predicates)}
    return sorted(
        facts,
        key=lambda f: (
            not _exact(f, reading),
            getattr(f, side).name or "",
            order.get(f.predicate, len(order)),
            f.fact_id,
        ),
    )


def _exact(fact: Fact, reading: Reading) -> bool:
    """Whether the fact's object is one asked about, not only a part of it (Crimea, asked about Ukraine)."""
    return not reading.objects or any(fact.object.id == e.id for e in reading.objects)


def _verdict(rows: list[Fact], unconfirmed: list[Fact], polarity: str) -> Verdict:
    """Yes or no when the sources assert it (disputed when some assert the opposite); else denied, only
    planned, only claimed or only conditional; else not in the graph."""
    opposite = [f for f in unconfirmed if f.modality == "asserted"]
    if rows:  # facts of the polarity asked about: "did they withdraw?" is answered yes by a withdrawal
        return "disputed" if opposite and polarity == "affirmed" else "yes"
    if opposite and polarity == "affirmed":  # a deployment held once does not say it never ended
        return "no"
    statuses = {f.status for f in unconfirmed}
    for status, verdict in _NOT_ASSERTED:
        if status in statuses:
            return verdict
    return "not in the graph"


_NOT_ASSERTED: tuple[tuple[str, Verdict], ...] = (
    ("denied", "denied"),
    ("planned", "only planned"),
    ("unconfirmed", "only claimed"),
    ("conditional", "only conditional"),
)


def _summary(reading: Reading, rows: list[Fact], verdict: str | None = None) -> str | None:
    """The short answer: the names asked for, a number of troops, dates, or yes and no."""
    if not rows and verdict is None:
        return None
    if reading.kind == "did":
        return verdict.capitalize() if verdict else None
    exact = [f for f in rows if _exact(f, reading)] or rows
    if reading.kind == "when":
        dated = [f"{f.date} ({f.subject.name} → {f.object.name})" for f in exact if f.date]
        return "; ".join(dated) if dated else "The sources give no date for the event."
    if reading.troops:  # the place's own numbers, else those of its parts (Transnistria's, asked about Moldova)
        counts = [(n, f) for f in rows if (n := qualified.troops(f.qualifiers.model_dump())) is not None]
        counts = [(n, f) for n, f in counts if _exact(f, reading)] or counts
        stated = [f"{n:,} ({f.subject.name} in {f.object.name}{_other_figures(f, n)})" for n, f in counts]
        return "; ".join(stated) if stated else "The sources give no number of troops."
    side = "object" if reading.focus == "object" else "subject"
    found = list(dict.fromkeys(getattr(f, side).name or getattr(f, side).id for f in rows))
    if reading.kind == "how_many":
        return f"{len(found)}: {'; '.join(found)}"
    return "; ".join(found)


def _other_figures(fact: Fact, given: int) -> str:
    """The other numbers of troops the fact's sentences give, with where each is from."""
    others = [
        f"{written} in {'a headline' if qualified.headline(ev) else 'a sentence'} of {ev.article}"
        for written, ev in qualified.variants("troops", given, fact.evidence)
    ]
    return f"; also reported: {', '.join(others)}" if others else ""


def describe(reading: Reading) -> str:
    """What the reader understood, in words: the predicate's description with the question's names."""
    predicate = ONTOLOGY.predicate(str(reading.predicates[0]))
    unknown = {"subject": "who", "object": "whom"}
    if reading.kind == "where":
        unknown["object"] = "where"
    if reading.wanted:
        unknown[reading.focus or "subject"] = f"which {str(reading.wanted).lower()}"
    subject = " or ".join(e.name or e.id for e in reading.subjects) or unknown["subject"]
    obj = " or ".join(e.name or e.id for e in reading.objects) or unknown["object"]
    text = predicate.description.rstrip(".").replace("The subject", subject, 1).replace("the object", obj, 1)
    text = text.replace("The body", subject, 1).replace("The person", subject, 1).replace("The territory", subject)
    if obj == "where":  # "Russia keeps military forces in where" reads "Where Russia keeps military forces"
        text = "where " + re.sub(r"\s+(?:in|to|at|into|from)\s+where\b", "", text)
    parts = [text[:1].upper() + text[1:]]
    if reading.post:
        parts.append(f"as {reading.post}")
    if reading.places:
        parts.append("concerning " + " or ".join(e.name or e.id for e in reading.places))
    if reading.since or reading.until:
        parts.append(_period(reading.since, reading.until))
    if reading.excluded:
        parts.append("besides " + ", ".join(e.name or e.id for e in reading.excluded))
    if reading.sources:
        parts.append(_according(reading))
    if reading.polarity == "negated":
        parts.append("(denied or withdrawn)")
    return ", ".join(parts) + f" [{predicate.name}]"


def _according(reading: Reading) -> str:
    return "according to " + " or ".join(e.name or e.id for e in reading.sources)


def _period(since: str | None, until: str | None) -> str:
    if since and since == until:
        return f"in {since}"
    if since and until:
        return f"between {since} and {until}"
    return f"since {since}" if since else f"until {until}"


def _unread_message(reading: Reading) -> str:
    found = ", ".join(e.name or e.id for e in reading.subjects + reading.objects)
    understood = f"I recognised {found}, but " if found else ""
    absent = f" The graph holds nothing about {' or '.join(reading.not_in_graph)} yet." if reading.not_in_graph else ""
    about = " about them" if found else ""
    return (
        f"{understood}I could not tell what the question asks{about}: it names no relation I know "
        f"(asked to leave, stationed, occupies, recognized, condemned, threatened ...).{absent}"
    )


def _suggestions(store: GraphStore, entities: list[EntityRef], index: NameIndex, limit: int = 6) -> list[str]:
    """Close questions the graph can answer: about the entities named (or the places that hold those the graph
    does not), else those of the named questions' examples whose names the graph holds."""
    out: list[str] = []
    for ref in _held(entities, index):
        rows = store.query("entity_relations", id=ref.id, dated=False, skip=0, limit=MAX_ROWS)
        asserted = [
            r for r in rows if status_of(r["relation"].get("polarity"), r["relation"].get("modality")) == "asserted"
        ]
        seen = sorted({(r["predicate"], r["direction"]) for r in asserted})
        for predicate, direction in seen:
            asked = question_for(predicate, "subject" if direction == "in" else "object", ref.name or ref.id)
            if asked and asked not in out:
                out.append(asked)
    return (out or [q for q in ask_forms() if _names_held(q, index)])[:limit]


def _held(entities: list[EntityRef], index: NameIndex) -> list[EntityRef]:
    """The entities the graph holds, each one it does not replaced by the place it is part of, if held."""
    out: list[EntityRef] = []
    for ref in entities:
        known = index.entities.get(ref.id)
        if known is not None and not known.in_graph and known.part_of in index.entities:
            known = index.entities[known.part_of]
        if known is not None and known.in_graph and known.ref not in out:
            out.append(known.ref)
    return out


def _names_held(question: str, index: NameIndex) -> bool:
    """Whether the graph holds every entity a question names."""
    reading = read(question, index)
    named = reading.subjects + reading.objects
    return bool(named) and not reading.not_in_graph and not reading.unknown
