// The journalists' page: ask, read cited answers, follow entities. Plain JavaScript over the JSON API.
"use strict";

const main = document.getElementById("main");
const form = document.getElementById("ask");
const input = document.getElementById("question");
let onScreen = { title: "", rows: [] };

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) if (child != null) node.append(child);
  return node;
};
const label = (predicate) => predicate.toLowerCase().replaceAll("_", " ");
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const entityHref = (id) => `/?entity=${encodeURIComponent(id)}`;

// Entity names by id: learnt from the facts on screen, else asked of /entities/{id}.
const names = new Map();
const PLACES = ["territory", "where"]; // the qualifiers whose value is an entity id
const nameOf = (id) => names.get(id) || capitalised(id.replaceAll("-", " "));
const entityLink = (ref) => el("a", { href: entityHref(ref.id), "data-entity": ref.id, onclick: follow }, ref.name || nameOf(ref.id));

async function learnNames(facts) {
  const all = facts.flatMap((f) => [f, ...(f.reasons || [])]);
  for (const f of all) for (const ref of [f.subject, f.object]) if (ref.name) names.set(ref.id, ref.name);
  const unknown = new Set(all.flatMap((f) => PLACES.map((key) => f.qualifiers[key])).filter((id) => id && !names.has(id)));
  await Promise.all([...unknown].map((id) => getJSON(`/entities/${encodeURIComponent(id)}`)
    .then((entity) => names.set(id, entity.name || id), () => null)));
}

// "2014-03-18" → "18 March 2014"; "2014-03" → "March 2014"; a year stays a year.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function readableDate(iso) {
  const [year, month, day] = String(iso).split("-");
  if (!month || !MONTHS[Number(month) - 1]) return String(iso);
  return [day && String(Number(day)), MONTHS[Number(month) - 1], year].filter(Boolean).join(" ");
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw Object.assign(new Error(body.detail || response.statusText), { problem: body });
  return body;
}

function follow(event) {
  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState({}, "", event.currentTarget.getAttribute("href"));
  window.scrollTo(0, 0);
  route().then(() => main.focus({ preventScroll: true })); // for keyboards and screen readers
}

// Quotes with the actors, places, numbers and years of the fact marked.
function highlighted(text, fact) {
  const terms = [fact.subject.name, fact.object.name, ...Object.values(fact.qualifiers).filter((v) => typeof v !== "object" || Array.isArray(v)).flat()]
    .filter((t) => t != null && String(t).length > 1)
    .map((t) => (typeof t === "number" && t >= 1000 ? t.toLocaleString("en-US") : String(t)))
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const node = el("blockquote");
  if (!terms.length) { node.textContent = text; return node; }
  const pattern = new RegExp(`(?<![\\w])(${terms.join("|")})(?![\\w])`, "gi");
  text.split(pattern).forEach((part, i) => node.append(i % 2 ? el("mark", { text: part }) : part));
  return node;
}

function qualifierItems(fact) {
  return Object.entries(fact.qualifiers).filter(([, value]) => value != null).map(([key, value]) => {
    const name = `${capitalised(key)}: `;
    if (PLACES.includes(key)) return el("span", {}, name, entityLink({ id: value }));
    if (key === "votes") return `${name}${value.for ?? "?"} for, ${value.against ?? "?"} against, ${value.abstain ?? "?"} abstaining`;
    if (["date", "since"].includes(key)) return `${name}${readableDate(value)}`;
    if (typeof value === "number") return `${name}${value.toLocaleString("en-US")}`;
    return `${name}${Array.isArray(value) ? value.join(", ") : value}`;
  });
}

// Who published the quoted sentence, when, and where to read the article.
function citation(ev) {
  const article = ev.url || `/articles/${encodeURIComponent(ev.article)}`;
  return el("p", { class: "source" },
    ev.publisher ? el("span", { class: "publisher", text: ev.publisher }) : el("span", { class: "publisher unknown", text: "Publisher unknown" }), " · ",
    ev.published ? el("time", { class: "published", datetime: ev.published, text: `published ${readableDate(ev.published)}` })
      : el("span", { class: "published", text: "publication date unknown" }), " · ",
    el("a", { class: "article", href: article, rel: "noopener" }, ev.title || "Read the article"));
}

function verdictBadge(verdict) {
  const kind = ["false", "misleading", "true"].includes(verdict.toLowerCase()) ? verdict.toLowerCase() : "other";
  return el("span", { class: `badge ${kind}`, text: verdict, "aria-label": `Fact-check verdict: ${verdict}` });
}

function renderFact(fact) {
  const asserted = fact.polarity === "affirmed" && fact.modality === "asserted";
  const line = el("p", { class: "claim-line" },
    entityLink(fact.subject), ` ${label(fact.predicate)} `, entityLink(fact.object),
    asserted ? null : el("span", { class: "status", text: ` (${fact.status || `${fact.polarity}, ${fact.modality}`})` }),
    fact.claim && fact.claim.verdict ? [" ", verdictBadge(fact.claim.verdict)] : null);
  const items = qualifierItems(fact);
  const qualifiers = items.length ? el("p", { class: "qualifiers" }, items.flatMap((item, i) => (i ? ["; ", item] : [item]))) : null;
  const evidence = fact.evidence.map((ev) => el("figure", { class: "evidence" }, highlighted(ev.text, fact), el("figcaption", {}, citation(ev))));
  const reasons = fact.reasons && fact.reasons.length
    ? el("div", { class: "reasons" }, el("h4", { text: "Why it is uninvited" }), el("ul", { class: "facts" }, fact.reasons.map(renderFact)))
    : null;
  return el("li", { class: "fact", "data-fact": fact.fact_id }, line, qualifiers, evidence, reasons);
}

function csvOf(rows) {
  const cell = (v) => `"${String(v ?? "").replaceAll('"', '""')}"`;
  const header = ["subject", "predicate", "object", "qualifiers", "polarity", "modality", "article", "published", "quote"];
  const lines = [header.join(",")];
  for (const f of rows) {
    for (const ev of f.evidence.length ? f.evidence : [{}]) {
      lines.push([f.subject.name, f.predicate, f.object.name, JSON.stringify(f.qualifiers), f.polarity, f.modality,
        ev.article, ev.published, ev.text].map(cell).join(","));
    }
  }
  return lines.join("\r\n");
}

// replaceChildren writes a null as the text "null": leave the missing parts out.
function show(...nodes) {
  main.replaceChildren(...nodes.filter((node) => node != null));
}

function download(name, type, content) {
  const link = el("a", { href: URL.createObjectURL(new Blob([content], { type })), download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

function toolbar(extra = []) {
  return el("div", { class: "toolbar", role: "group", "aria-label": "Export what is on screen" },
    el("button", { type: "button", onclick: () => download("answer.csv", "text/csv", csvOf(onScreen.rows)) }, "Export CSV"),
    el("button", { type: "button", onclick: () => download("answer.json", "application/json", JSON.stringify(onScreen, null, 2)) }, "Export JSON"),
    extra);
}

function suggestionList(suggestions) {
  return suggestions && suggestions.length
    ? el("div", { class: "suggestions" }, el("p", { text: "Questions the graph can answer:" }),
        el("ul", {}, suggestions.map((s) => el("li", {}, el("a", { href: `/?q=${encodeURIComponent(s)}`, onclick: follow }, s)))))
    : null;
}

// How an answer was read, its short answer, the asserted facts, and what stands apart; `key` keeps ids apart.
function answerParts(answer, key, tools = null) {
  const rows = answer.rows.concat(answer.claims || []);
  const apart = answer.unconfirmed || [];
  return [
    el("p", { class: "hint", text: `Read as: ${answer.description.replace(/\s*\[[A-Z_, ]+\]$/, "")}` }), // without the predicate's id
    answer.summary ? el("p", { class: "summary", text: answer.summary }) : null,
    answer.message ? el("p", { class: "message", text: answer.message }) : null,
    tools,
    rows.length ? el("ol", { class: "answers" }, rows.map(renderFact)) : answer.message ? null : el("p", { text: "Nothing in the graph asserts this." }),
    apart.length
      ? el("section", { class: "unconfirmed", "aria-labelledby": `apart-title${key}` },
          el("h3", { id: `apart-title${key}`, text: answer.apart_title }),
          el("ol", { class: "apart" }, apart.map(renderFact)))
      : null,
  ];
}

const factsOf = (answer) => answer.rows.concat(answer.claims || [], answer.unconfirmed || []);

async function ask(question) {
  input.value = question;
  document.title = question;
  show(el("p", { text: "Looking it up…" }));
  try {
    const answer = await getJSON(`/ask?q=${encodeURIComponent(question)}`);
    const then = answer.follow_up; // the answer to a second question joined to the first
    const all = factsOf(answer).concat(then ? factsOf(then) : []);
    await learnNames(all);
    onScreen = { title: question, question: answer.question, rows: all };
    show(
      el("h2", { text: question }),
      ...answerParts(answer, "", toolbar()),
      suggestionList(answer.suggestions),
      then
        ? el("section", { class: "follow-up", "aria-labelledby": "follow-up-title" },
            el("h3", { id: "follow-up-title", text: capitalised(then.asked) }),
            ...answerParts(then, "-follow-up"))
        : null);
  } catch (error) {
    const suggestions = error.problem && error.problem.suggestions;
    show(el("p", { class: "error", role: "alert", text: error.message }), suggestionList(suggestions));
  }
}

const groupId = (group) => `rel-${group.predicate}-${group.direction}`.toLowerCase();

function drawGraph(container, entity, facts) {
  const more = (group) => `#${groupId(group)}`;
  const jump = (event) => {
    event.preventDefault();
    document.getElementById(event.currentTarget.getAttribute("href").slice(1))?.scrollIntoView();
  };
  const draw = () => {
    const root = Neighbourhood.draw(container, entity, facts, { href: entityHref, follow, more, phrase: (group) => label(group.predicate) });
    root.querySelectorAll("a.more").forEach((a) => a.addEventListener("click", jump));
  };
  draw();
  let width = container.clientWidth;
  new ResizeObserver(() => {
    if (container.isConnected && container.clientWidth !== width) { width = container.clientWidth; draw(); }
  }).observe(container);
}

// The entity's facts by when they happened (the event's date from the sources, never the article's).
function timelineOf(events, undated) {
  const items = events.map((f) => el("li", { class: "event", "data-fact": f.fact_id },
    el("time", { datetime: f.date, text: readableDate(f.date) }),
    el("p", { class: "claim-line" }, entityLink(f.subject), ` ${label(f.predicate)} `, entityLink(f.object),
      f.status && f.status !== "asserted" ? el("span", { class: "status", text: ` (${f.status})` }) : null),
    f.evidence.length ? citation(f.evidence[0]) : null));
  return [
    el("p", { class: "hint", text: "In the order the events happened, by the date the sources give for each event; an article's publication date is shown with its citation." }),
    items.length ? el("ol", { class: "timeline" }, items) : el("p", { text: "The sources give no date for any of its relations." }),
    items.length && undated ? el("p", { class: "hint", text: `${undated} relation${undated === 1 ? "" : "s"} with no date for the event ${undated === 1 ? "is" : "are"} listed under Relations only.` }) : null,
  ];
}

async function showEntity(id) {
  input.value = "";
  show(el("p", { text: "Loading…" }));
  try {
    const [entity, relations, timeline] = await Promise.all([
      getJSON(`/entities/${encodeURIComponent(id)}`),
      getJSON(`/entities/${encodeURIComponent(id)}/relations`),
      getJSON(`/entities/${encodeURIComponent(id)}/timeline`)]);
    document.title = entity.name;
    const facts = Object.values(relations.groups).flat();
    names.set(entity.id, entity.name);
    await learnNames(facts);
    onScreen = { title: entity.name, entity, rows: facts };
    const rdf = ["turtle", "jsonld", "ntriples"].map((f) => el("a", { href: `/entities/${encodeURIComponent(id)}?format=${f}` }, `RDF (${f})`));
    const wikidata = entity.wikidata ? el("a", { href: `https://www.wikidata.org/wiki/${entity.wikidata}` }, `Wikidata ${entity.wikidata}`) : null;
    const graph = el("div", { id: "graph" });
    const groups = Neighbourhood.groupsOf(entity, facts);
    show(
      el("h2", { text: entity.name }),
      el("p", {}, entity.type, entity.aliases && entity.aliases.length ? ` · also known as ${entity.aliases.join(", ")}` : ""),
      toolbar([wikidata, ...rdf]),
      el("section", { id: "neighbourhood", "aria-labelledby": "graph-title" },
        el("h3", { id: "graph-title", text: "Neighbourhood" }),
        facts.length
          ? [el("p", { class: "hint", text: `Related entities by relation, at most ${Neighbourhood.PER_GROUP} of each; the arrows point from who acts to whom or what.` }), graph]
          : el("p", { text: "The graph holds no relation of this entity." })),
      el("section", { id: "timeline", "aria-labelledby": "timeline-title" },
        el("h3", { id: "timeline-title", text: "Timeline" }),
        timelineOf(timeline.events, facts.length - timeline.events.length)),
      el("section", { id: "relations", "aria-labelledby": "relations-title" },
        el("h3", { id: "relations-title", text: "Relations" }),
        groups.map((group) => el("section", { id: groupId(group) },
          el("h4", { text: `${group.direction === "in" ? `${label(group.predicate)} ${entity.name}` : `${entity.name} ${label(group.predicate)}`} (${group.facts.length})` }),
          el("ul", { class: "facts" }, group.facts.map(renderFact))))));
    if (facts.length) drawGraph(graph, entity, facts);
  } catch (error) {
    show(el("p", { class: "error", role: "alert", text: error.message }));
  }
}

async function loadSuggestions() {
  const questions = await getJSON("/questions");
  const list = document.getElementById("suggestions");
  const examples = document.getElementById("examples");
  for (const q of questions) {
    list.append(el("option", { value: q.example }));
    if (examples) examples.append(el("li", {}, el("a", { href: `/?q=${encodeURIComponent(q.example)}`, onclick: follow }, q.example), ` — ${q.description}`));
  }
}

async function route() {
  const params = new URLSearchParams(location.search);
  if (params.get("q")) await ask(params.get("q"));
  else if (params.get("entity")) await showEntity(params.get("entity"));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.pushState({}, "", `/?q=${encodeURIComponent(input.value.trim())}`);
  route();
});
window.addEventListener("popstate", route);
loadSuggestions().finally(route);
