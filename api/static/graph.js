// An entity's neighbourhood as plain SVG: its neighbours grouped by predicate and direction, at most
// PER_GROUP of each shown ("+N more" links to the full list). The layout is deterministic and keeps labels
// apart by construction: groups are stacked in columns, one line per label, and each label is cut to the
// width its column leaves. Wide screens get a column either side of the entity; narrow ones, one column.
"use strict";

const Neighbourhood = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const PER_GROUP = 5;
  const LINE = 24; // px between labels
  const GAP = 14; // px between groups
  const NARROW = 640; // px: below this width, one column

  const svg = (tag, attrs = {}, text) => {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    if (text != null) node.textContent = text;
    return node;
  };

  // The groups: {key, predicate, direction, facts, neighbours: [{ref, status}]}, largest first, then by name.
  function groupsOf(entity, facts) {
    const groups = new Map();
    for (const f of facts) {
      const direction = f.direction || (f.subject.id === entity.id ? "out" : "in");
      const other = direction === "out" ? f.object : f.subject;
      const key = `${f.predicate}-${direction}`;
      if (!groups.has(key)) groups.set(key, { key, predicate: f.predicate, direction, facts: [], neighbours: new Map() });
      groups.get(key).facts.push(f);
      const seen = groups.get(key).neighbours.get(other.id);
      const status = f.status || "asserted";
      if (!seen) groups.get(key).neighbours.set(other.id, { ref: other, status });
      else if (status === "asserted") seen.status = status; // one asserted fact is enough
    }
    return [...groups.values()]
      .map((g) => ({ ...g, neighbours: [...g.neighbours.values()].sort((a, b) => (a.ref.name || a.ref.id).localeCompare(b.ref.name || b.ref.id)) }))
      .sort((a, b) => b.neighbours.length - a.neighbours.length || a.key.localeCompare(b.key));
  }

  const blockHeight = (group) => LINE * (1 + Math.min(group.neighbours.length, PER_GROUP) + (group.neighbours.length > PER_GROUP ? 1 : 0));

  // Cuts a text node's label until it fits in `width` px; the whole label stays in a <title>.
  function fit(text, width) {
    const full = text.textContent;
    if (text.getComputedTextLength() <= width) return;
    let keep = full.length;
    while (keep > 1 && text.getComputedTextLength() > width) text.textContent = `${full.slice(0, --keep).trimEnd()}…`;
    text.prepend(svg("title", {}, full));
  }

  // Draws the neighbourhood into `container`: `href(id)` links a neighbour, `follow` handles its clicks,
  // `more(group)` links a group's full list and `phrase(group)` names its relation.
  function draw(container, entity, facts, { href, follow, more, phrase }) {
    const width = Math.max(280, Math.floor(container.clientWidth));
    const narrow = width < NARROW;
    const groups = groupsOf(entity, facts);
    const root = svg("svg", { width, class: "neighbourhood", role: "group", "aria-labelledby": "graph-desc" }); // its links stay reachable
    root.append(svg("desc", { id: "graph-desc" }, `${entity.name} and the entities it is related to, grouped by relation`));
    container.replaceChildren(root);
    const edges = svg("g", { class: "edges" });
    const labels = svg("g", { class: "labels" });
    root.append(edges, labels);

    // Columns: x of the hubs, side (1: labels to the right, -1: to the left), room for labels, groups, height.
    const columns = narrow
      ? [{ x: 18, side: 1, room: width - 18 - 42, groups: [], height: 2 * LINE }]
      : [{ x: width / 2 - 100, side: -1, room: width / 2 - 100 - 42, groups: [], height: 0 },
         { x: width / 2 + 100, side: 1, room: width / 2 - 100 - 42, groups: [], height: 0 }];
    // Subjects on the left, objects on the right, so that arrows read left to right; then the smallest
    // groups of the taller side move across while that evens the columns out (not for a few lines).
    const tall = (column) => column.groups.reduce((sum, g) => sum + blockHeight(g) + GAP, 0);
    if (narrow) columns[0].groups = groups;
    else {
      columns[0].groups = groups.filter((g) => g.direction === "in");
      columns[1].groups = groups.filter((g) => g.direction !== "in");
      for (;;) {
        const [shorter, taller] = [...columns].sort((a, b) => tall(a) - tall(b));
        const smallest = taller.groups[taller.groups.length - 1];
        if (!smallest || tall(taller) < 8 * LINE || blockHeight(smallest) + GAP >= tall(taller) - tall(shorter)) break;
        shorter.groups.push(taller.groups.pop());
      }
    }
    for (const column of columns) column.height += tall(column);
    const height = Math.max(...columns.map((c) => c.height), 3 * LINE) + LINE / 2;
    root.setAttribute("height", height);
    root.setAttribute("viewBox", `0 0 ${width} ${height}`);

    const centre = narrow ? { x: 18, y: LINE } : { x: width / 2, y: height / 2 };
    const name = svg("text", { class: "centre", x: narrow ? centre.x + 14 : centre.x, y: narrow ? centre.y + 5 : centre.y + 28, "text-anchor": narrow ? "start" : "middle" }, entity.name);
    labels.append(name, svg("circle", { class: "centre", cx: centre.x, cy: centre.y, r: 9 }));
    fit(name, narrow ? width - centre.x - 20 : 190);

    for (const column of columns) {
      let y = narrow ? 2 * LINE : (height - column.height + GAP) / 2;
      const anchor = column.side > 0 ? "start" : "end";
      for (const group of column.groups) {
        const hub = { x: column.x, y: y + LINE / 2 };
        const bend = (hub.x + centre.x) / 2;
        const line = narrow
          ? `M${centre.x},${centre.y} V${hub.y}`
          : `M${centre.x},${centre.y} C${bend},${centre.y} ${bend},${hub.y} ${hub.x},${hub.y}`;
        const block = svg("g", { class: "group", "data-group": group.key });
        labels.append(block);
        edges.append(svg("path", { class: `edge ${group.direction}`, d: line }));
        // The arrow points the way the relation goes: away from the entity to its objects, towards it from its subjects.
        const away = (group.direction === "out") === (column.side > 0);
        const words = phrase(group);
        const title = svg("text", { class: "predicate", x: hub.x + column.side * 12, y: hub.y + 5, "text-anchor": anchor }, away ? `${words} →` : `← ${words}`);
        block.append(svg("circle", { class: "hub", cx: hub.x, cy: hub.y, r: 4 }), title);
        fit(title, column.room + 20);
        const shown = group.neighbours.slice(0, PER_GROUP);
        const rest = group.neighbours.length - shown.length;
        shown.forEach(({ ref, status }, i) => {
          const at = { x: hub.x + column.side * 24, y: hub.y + LINE * (i + 1) };
          edges.append(svg("path", { class: `edge ${status}`, d: `M${hub.x},${hub.y} V${at.y} H${at.x}` }));
          const link = svg("a", { href: href(ref.id), "data-entity": ref.id });
          link.addEventListener("click", follow);
          const text = svg("text", { class: `neighbour ${status}`, x: at.x + column.side * 10, y: at.y + 5, "text-anchor": anchor },
            `${ref.name || ref.id}${status === "asserted" ? "" : ` (${status})`}`);
          link.append(svg("circle", { class: "node", cx: at.x, cy: at.y, r: 5 }), text);
          block.append(link);
          fit(text, column.room);
        });
        if (rest > 0) {
          const link = svg("a", { href: more(group), class: "more" });
          link.append(svg("text", { class: "more", x: hub.x + column.side * 34, y: hub.y + LINE * (shown.length + 1) + 5, "text-anchor": anchor }, `+${rest} more`));
          block.append(link);
        }
        y += blockHeight(group) + GAP;
      }
    }
    return root;
  }

  return { draw, groupsOf, PER_GROUP };
})();
