// The order-of-battle graph (cytoscape): the hierarchy as nested boxes, other relations as edges.
// Positions are computed here, not by a force layout, so moving the date keeps every box in place
// and a graph of thousands of nodes is laid out at once.

const W = 150, H = 40, GAP = 24, PAD = 16, LABEL = 24;
const SIDE = {parents: "top", sponsors: "top", backs: "top", allies: "left", enemies: "right",
  leaders: "bottom", memberships: "bottom", affiliations: "bottom", affiliates: "bottom"};
const VERB = {sponsor: "backs", ally: "allied with", enemy: "hostile to", leader: "in",
  affiliation: "affiliated with", part_of: "part of"};
const FILL = {armed_group: "#dce8f5", coalition: "#f3e6c4", person: "#f0ddf0", state: "#dff0d8", state_force: "#dff0d8",
  organization: "#eceff1", place: "#f5f5f5"};
const COLOR = {sponsor: "#2e7d32", ally: "#1565c0", enemy: "#c62828", leader: "#6a1b9a", affiliation: "#757575",
  part_of: "#455a64"};

const STYLE = [
  {selector: "node", style: {label: "data(label)", "font-size": 12, "text-valign": "center", "text-halign": "center",
    "text-wrap": "wrap", "text-max-width": W - 12, width: W, height: H, shape: "round-rectangle",
    "background-color": "#eee", "border-width": 1, "border-color": "#90a4ae", "min-zoomed-font-size": 6}},
  ...Object.entries(FILL).map(([type, color]) => ({selector: `node[type = "${type}"]`, style: {"background-color": color}})),
  {selector: "node[type = 'person']", style: {shape: "ellipse"}},
  {selector: "node[type = 'state'], node[type = 'state_force']", style: {shape: "cut-rectangle"}},
  {selector: ":parent", style: {"text-valign": "top", "text-halign": "center", "font-weight": "bold", "font-size": 14,
    padding: PAD, "background-opacity": 0.45, "text-margin-y": -4}},
  {selector: "node[kind = 'root']", style: {"border-width": 3, "border-color": "#263238"}},
  {selector: "node[?faint]", style: {"border-style": "dashed"}},
  {selector: "edge", style: {width: 2.5, "curve-style": "bezier", label: "data(label)", "font-size": 10,
    "text-background-color": "#fff", "text-background-opacity": 0.85, "min-zoomed-font-size": 7}},
  ...Object.entries(COLOR).map(([kind, color]) => ({selector: `edge[kind = "${kind}"]`,
    style: {"line-color": color, "target-arrow-color": color, "source-arrow-color": color}})),
  {selector: "edge[kind = 'sponsor'], edge[kind = 'leader'], edge[kind = 'part_of']",
    style: {"target-arrow-shape": "triangle"}},
  {selector: "edge[kind = 'enemy']", style: {"target-arrow-shape": "tee", "source-arrow-shape": "tee"}},
  {selector: "edge[kind = 'affiliation']", style: {"line-style": "dotted"}},
  {selector: "edge[?faint]", style: {"line-style": "dashed"}},
  {selector: ":selected", style: {"overlay-color": "#ffb300", "overlay-opacity": 0.35}},
  {selector: ".far", style: {label: ""}},
];
const READABLE = 0.45;  // below this zoom labels are too small to read, and drawing them costs most
const FIRST = 0.8;  // the first draw is at least this close (12 px labels at about 10 px), around the entity
const STEP = 1.25;  // one wheel notch (100 px of scroll) or button press zooms by this much

const faint = (d) => d.disputed || d.modality === "likely" || d.modality === "possible";

/** Box sizes of the hierarchy, bottom up: each parent's children packed in rows (shelves). */
function measure(id, children, size) {
  const kids = children.get(id) || [];
  if (!kids.length) return size.set(id, {w: W, h: H}).get(id);
  const boxes = kids.map((k) => measure(k, children, size));
  const area = boxes.reduce((sum, b) => sum + (b.w + GAP) * (b.h + GAP), 0);
  const width = Math.max(...boxes.map((b) => b.w), Math.sqrt(area * 2.2));
  const rows = [];
  let row = {w: 0, h: 0, items: []};
  kids.forEach((k, i) => {
    const b = boxes[i];
    if (row.items.length && row.w + GAP + b.w > width) { rows.push(row); row = {w: 0, h: 0, items: []}; }
    row.items.push([k, row.w + (row.items.length ? GAP : 0)]);
    row.w += (row.items.length > 1 ? GAP : 0) + b.w;
    row.h = Math.max(row.h, b.h);
  });
  rows.push(row);
  const box = {w: Math.max(...rows.map((r) => r.w)) + 2 * PAD, rows,
    h: rows.reduce((sum, r) => sum + r.h, 0) + GAP * (rows.length - 1) + 2 * PAD + LABEL};
  return size.set(id, box).get(id);
}

function place(id, left, top, size, positions) {
  const box = size.get(id);
  if (!box.rows) { positions[id] = {x: left + W / 2, y: top + H / 2}; return; }
  let y = top + LABEL + PAD;
  for (const row of box.rows) {
    for (const [kid, dx] of row.items) place(kid, left + PAD + dx, y, size, positions);
    y += row.h + GAP;
  }
}

/** Nodes around the hierarchy's box: sponsors above, allies left, enemies right, leaders below. */
function around(nodes, box, positions) {
  const sides = {top: [], left: [], right: [], bottom: []};
  for (const n of nodes) sides[SIDE[n.kind] || "bottom"].push(n.id);
  const perRow = Math.max(3, Math.floor((box.w + 2 * W) / (W + GAP)));
  const perCol = Math.max(3, Math.floor(box.h / (H + GAP)));
  const spread = (ids, count, at) => ids.forEach((id, i) => { positions[id] = at(i % count, Math.floor(i / count), Math.min(count, ids.length)); });
  spread(sides.top, perRow, (i, r, n) => ({x: box.w / 2 + (i - (n - 1) / 2) * (W + GAP), y: -3 * GAP - H / 2 - r * (H + GAP)}));
  spread(sides.bottom, perRow, (i, r, n) => ({x: box.w / 2 + (i - (n - 1) / 2) * (W + GAP), y: box.h + 3 * GAP + H / 2 + r * (H + GAP)}));
  spread(sides.left, perCol, (i, c, n) => ({x: -4 * GAP - W / 2 - c * (W + GAP), y: box.h / 2 + (i - (n - 1) / 2) * (H + GAP)}));
  spread(sides.right, perCol, (i, c, n) => ({x: box.w + 4 * GAP + W / 2 + c * (W + GAP), y: box.h / 2 + (i - (n - 1) / 2) * (H + GAP)}));
}

function layout(graph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const children = new Map();
  for (const n of graph.nodes) if (n.parent) children.set(n.parent, [...(children.get(n.parent) || []), n.id]);
  let top = graph.nodes.find((n) => n.kind === "root");
  while (top.parent) top = byId.get(top.parent);
  const size = new Map();
  const box = measure(top.id, children, size);
  const positions = {};
  place(top.id, 0, 0, size, positions);
  around(graph.nodes.filter((n) => !size.has(n.id)), box, positions);
  return positions;
}

function describe(target) {
  const d = target.data();
  if (target.isEdge()) return `${target.source().data("label")} ${VERB[d.kind] || d.kind} ${target.target().data("label")}`;
  const parent = target.parent();
  if (parent.nonempty()) return `${d.label}: part of ${parent.data("label")}`;
  return d.label;
}

/** The claim ids between nodes `a` and `b`: every edge joining them, and the nesting of one in the other. */
function between(a, b) {
  const ids = new Set();
  a.edgesWith(b).forEach((e) => (e.data("claims") || []).forEach((i) => ids.add(i)));
  if (a.data("parent") === b.id()) (a.data("claims") || []).forEach((i) => ids.add(i));
  if (b.data("parent") === a.id()) (b.data("claims") || []).forEach((i) => ids.add(i));
  return [...ids].sort((x, y) => x - y);
}

/** What a click picks: for an edge, all claims between its two ends; for a node, all claims between
 * it and the entity of the page (or, for a node the entity has no line with, its parent). */
function picked(target, root) {
  if (target.isEdge()) {
    const [a, b] = [target.source(), target.target()];
    return [`${a.data("label")} and ${b.data("label")}: ${describe(target)}`, between(a, b)];
  }
  let other = root;
  if (target.same(root) || !between(target, root).length) other = target.parent().nonempty() ? target.parent() : root;
  if (target.same(other)) return [describe(target), target.data("claims") || []];
  return [`${target.data("label")} and ${other.data("label")}`, between(target, other)];
}

/** A graph in `container`, or null when the library is not installed; `onPick(title, claimIds)`. */
export async function createGraph(container, onPick) {
  let cytoscape;
  try {
    ({default: cytoscape} = await import("/static/vendor/cytoscape.mjs"));
  } catch {
    return null;
  }
  // The wheel is handled here (userZoomingEnabled off): cytoscape's own step is too small on a big graph.
  const cy = cytoscape({container, style: STYLE, minZoom: 0.02, maxZoom: 3, boxSelectionEnabled: false,
    textureOnViewport: true, hideEdgesOnViewport: true, userZoomingEnabled: false});
  const root = () => cy.nodes("[kind = 'root']");
  cy.on("tap", "node, edge", (event) => onPick(...picked(event.target, root())));
  let far = false;
  const label = () => {
    if (far !== cy.zoom() < READABLE) cy.elements().toggleClass("far", far = !far);
  };
  cy.on("zoom", label);
  const zoomBy = (factor, at) => cy.zoom({level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
    renderedPosition: at || {x: cy.width() / 2, y: cy.height() / 2}});
  container.addEventListener("wheel", (event) => {
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaMode === 2 ? event.deltaY * 400 : event.deltaY;
    const box = container.getBoundingClientRect();
    zoomBy(STEP ** (-Math.max(-300, Math.min(300, pixels)) / 100), {x: event.clientX - box.left, y: event.clientY - box.top});
  }, {passive: false});
  const note = document.getElementById("graph-note");
  /** The whole graph if its labels can be read so; else the entity and its nearest nodes, readable. */
  const frame = () => {
    cy.fit(undefined, 24);
    const whole = cy.zoom();
    if (whole < FIRST && root().nonempty()) {
      cy.zoom(FIRST);
      cy.center(root().isParent() ? root().children().first() : root());
      if (root().isParent() && root().boundingBox().h * FIRST < cy.height()) cy.center(root());
    }
    if (note) {
      note.textContent = whole < FIRST
        ? `${cy.nodes().length} nodes: showing this entity and its nearest at a readable size; Fit all, or scroll, for the rest`
        : `${cy.nodes().length} nodes`;
    }
    label();
  };
  document.getElementById("zoom-in")?.addEventListener("click", () => zoomBy(STEP));
  document.getElementById("zoom-out")?.addEventListener("click", () => zoomBy(1 / STEP));
  document.getElementById("zoom-fit")?.addEventListener("click", () => cy.fit(undefined, 24));
  document.getElementById("zoom-root")?.addEventListener("click", frame);
  let drawn = false;
  window.orbatGraph = cy;  // for the browser tests and the console
  return {
    /** Show `graph`, keeping what stays (and its drawing cache) and moving it to its new place. */
    draw(graph) {
      const wanted = new Map([...graph.nodes, ...graph.edges].map((d) => [d.id, {...d, faint: faint(d)}]));
      const positions = layout(graph);
      cy.batch(() => {
        cy.elements().filter((e) => !wanted.has(e.id()) || (e.isNode() && (e.data("parent") || null) !== wanted.get(e.id()).parent)).remove();
        const fresh = [];
        for (const [id, data] of wanted) {
          const existing = cy.getElementById(id);
          if (existing.nonempty()) existing.data(data);
          else fresh.push({group: data.source ? "edges" : "nodes", data: {...data, parent: data.parent || undefined},
            classes: far ? "far" : ""});
        }
        cy.add(fresh.filter((e) => e.group === "nodes"));
        cy.add(fresh.filter((e) => e.group === "edges"));
        cy.nodes().filter((n) => !n.isParent()).positions((n) => positions[n.id()]);
      });
      // The first draw is framed; a redraw (the slider) keeps the reader's view.
      if (!drawn || !cy.elements().renderedBoundingBox().w) frame();
      else label();
      drawn = true;
    },
  };
}
