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
const entityHref = (id) => `/?entity=${encodeURIComponent(id)}`;
const entityLink = (ref) => el("a", { href: entityHref(ref.id), "data-entity": ref.id, onclick: follow }, ref.name || ref.id);

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
  route();
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
    if (key === "territory" || key === "where") return el("span", {}, `${key}: `, el("a", { href: entityHref(value), onclick: follow }, value));
    if (key === "votes") return `votes: ${value.for ?? "?"} for, ${value.against ?? "?"} against, ${value.abstain ?? "?"} abstaining`;
    return `${key}: ${Array.isArray(value) ? value.join(", ") : value}`;
  });
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
  const evidence = fact.evidence.map((ev) => el("div", { class: "evidence" },
    highlighted(ev.text, fact),
    el("p", { class: "source" },
      el("a", { href: `/articles/${encodeURIComponent(ev.article)}` }, ev.title || ev.article),
      [ev.publisher, ev.published && `published ${ev.published}`].filter(Boolean).map((x) => ` · ${x}`).join(""),
      ev.url ? [" · ", el("a", { href: ev.url, rel: "noopener" }, "original")] : null)));
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

async function ask(question) {
  input.value = question;
  document.title = question;
  show(el("p", { text: "Looking it up…" }));
  try {
    const answer = await getJSON(`/ask?q=${encodeURIComponent(question)}`);
    const rows = answer.rows.concat(answer.claims || []);
    const apart = answer.unconfirmed || [];
    onScreen = { title: question, question: answer.question, rows: rows.concat(apart) };
    show(
      el("h2", { text: question }),
      el("p", { class: "hint", text: `Read as: ${answer.description}` }),
      answer.summary ? el("p", { class: "summary", text: answer.summary }) : null,
      answer.message ? el("p", { class: "message", text: answer.message }) : null,
      toolbar(),
      rows.length ? el("ol", { class: "answers" }, rows.map(renderFact)) : answer.message ? null : el("p", { text: "Nothing in the graph asserts this." }),
      apart.length
        ? el("section", { class: "unconfirmed", "aria-labelledby": "apart-title" },
            el("h3", { id: "apart-title", text: "Not asserted: denied, planned, conditional or only claimed" }),
            el("ol", { class: "apart" }, apart.map(renderFact)))
        : null,
      suggestionList(answer.suggestions));
  } catch (error) {
    const suggestions = error.problem && error.problem.suggestions;
    show(el("p", { class: "error", role: "alert", text: error.message }), suggestionList(suggestions));
  }
  main.focus();
}

function drawGraph(container, entity, facts) {
  if (typeof cytoscape !== "function") return;
  const nodes = new Map([[entity.id, { data: { id: entity.id, label: entity.name, center: 1 } }]]);
  const edges = [];
  for (const f of facts) {
    for (const end of [f.subject, f.object]) if (!nodes.has(end.id)) nodes.set(end.id, { data: { id: end.id, label: end.name || end.id } });
    edges.push({ data: { id: f.fact_id + f.subject.id + f.object.id, source: f.subject.id, target: f.object.id, label: label(f.predicate) } });
  }
  const graph = cytoscape({
    container,
    elements: [...nodes.values(), ...edges],
    layout: { name: "cose", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#0b4f8a", color: "#1b1b1b" } },
      { selector: "node[center]", style: { "background-color": "#a4161a" } },
      { selector: "edge", style: { label: "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1.5 } },
    ],
  });
  graph.on("tap", "node", (event) => {
    history.pushState({}, "", entityHref(event.target.id()));
    route();
  });
}

async function showEntity(id) {
  show(el("p", { text: "Loading…" }));
  try {
    const [entity, relations, timeline] = await Promise.all([
      getJSON(`/entities/${encodeURIComponent(id)}`),
      getJSON(`/entities/${encodeURIComponent(id)}/relations`),
      getJSON(`/entities/${encodeURIComponent(id)}/timeline`)]);
    document.title = entity.name;
    const facts = Object.values(relations.groups).flat();
    onScreen = { title: entity.name, entity, rows: facts };
    const rdf = ["turtle", "jsonld", "ntriples"].map((f) => el("a", { href: `/entities/${encodeURIComponent(id)}?format=${f}` }, `RDF (${f})`));
    const wikidata = entity.wikidata ? el("a", { href: `https://www.wikidata.org/wiki/${entity.wikidata}` }, `Wikidata ${entity.wikidata}`) : null;
    const graph = el("div", { id: "graph", role: "img", "aria-label": `Graph of ${entity.name} and the entities it is related to` });
    show(
      el("h2", { text: entity.name }),
      el("p", {}, entity.type, entity.aliases && entity.aliases.length ? ` · also known as ${entity.aliases.join(", ")}` : ""),
      toolbar([wikidata, ...rdf]),
      el("section", { "aria-labelledby": "graph-title" }, el("h3", { id: "graph-title", text: "Neighbourhood" }), graph),
      el("section", { id: "timeline", "aria-labelledby": "timeline-title" },
        el("h3", { id: "timeline-title", text: "Timeline" }),
        timeline.events.length
          ? el("ol", { class: "timeline" }, timeline.events.map((f) => el("li", {},
              el("time", { datetime: f.date, text: f.date }), " ", entityLink(f.subject), ` ${label(f.predicate)} `, entityLink(f.object))))
          : el("p", { text: "No dated relations." })),
      el("section", { id: "relations", "aria-labelledby": "relations-title" },
        el("h3", { id: "relations-title", text: "Relations" }),
        Object.entries(relations.groups).map(([predicate, group]) =>
          el("section", {}, el("h4", { text: `${label(predicate)} (${group.length})` }), el("ul", { class: "facts" }, group.map(renderFact))))));
    drawGraph(graph, entity, facts);
  } catch (error) {
    show(el("p", { class: "error", role: "alert", text: error.message }));
  }
  main.focus();
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

function route() {
  const params = new URLSearchParams(location.search);
  if (params.get("q")) ask(params.get("q"));
  else if (params.get("entity")) showEntity(params.get("entity"));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.pushState({}, "", `/?q=${encodeURIComponent(input.value.trim())}`);
  route();
});
window.addEventListener("popstate", route);
loadSuggestions().finally(route);
