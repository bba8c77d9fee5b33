// The entity workspace: a date slider redraws the order of battle (graph and lists) as of that day;
// the timeline, the lists and the graph open the evidence of what they show.
import {CREDIBILITY, el, getJSON} from "./dom.js";
import {showEvidence} from "./evidence.js";
import {createGraph} from "./graph.js";
import {createTimeline} from "./timeline.js";

const TITLES = {parents: "Part of", units: "Units", sponsors: "Backed by", backs: "Backs", allies: "Allies",
  enemies: "Enemies", affiliations: "Affiliated with", affiliates: "Affiliates", leaders: "Leaders and members",
  memberships: "Member of", areas: "Operates in", controls: "Controls", present: "Actors present",
  controlled_by: "Controlled by"};
const DAY = 86400000;

const head = document.getElementById("entity");
const id = head.dataset.id;
const name = head.querySelector("h1").firstChild.textContent.trim();
const slider = document.getElementById("slider");
const dateInput = document.getElementById("at");
const panel = document.getElementById("evidence");
const state = {day: head.dataset.at || new Date().toISOString().slice(0, 10), span: null, changes: [], request: null};

const pick = (title, ids) => showEvidence(panel, title, ids, refresh);
const offset = (day) => Math.round((Date.parse(day) - Date.parse(state.span[0])) / DAY);
const dayAt = (n) => new Date(Date.parse(state.span[0]) + n * DAY).toISOString().slice(0, 10);

const graph = head.dataset.graph ? await createGraph(document.getElementById("graph"), pick) : null;
const timeline = head.dataset.timeline
  ? await createTimeline(document.getElementById("timeline"), pick, (day) => show(day)) : null;
document.getElementById("graph").hidden = !graph;

function row(key, it) {
  const extra = [it.disputed ? "disputed" : "", it.holds ? "" : "ended"].filter(Boolean).join(", ");
  return el("tr", {"data-id": it.id, "data-claims": it.claims.join(","), class: "pickable",
    onclick: (event) => { if (!event.target.closest("a")) pick(`${name}, ${TITLES[key].toLowerCase()}: ${it.name}`, it.claims); }},
  el("td", {}, el("a", {href: `/entities/${it.id}`}, it.name), extra ? ` (${extra})` : ""),
  el("td", {}, it.role || ""), el("td", {}, it.since || ""), el("td", {}, it.until || ""),
  el("td", {}, String(it.documents.length)), el("td", {}, `${it.credibility} ${CREDIBILITY[it.credibility]}`),
  el("td", {}, it.modality));
}

function drawLists(lists) {
  const out = Object.entries(TITLES).filter(([key]) => lists[key].length).map(([key, title]) => el("div", {class: "list", "data-list": key},
    el("h3", {}, title),
    el("table", {class: "grid"}, el("thead", {}, el("tr", {}, ["name", "role", "since", "until", "docs", "credibility", "modality"].map((h) => el("th", {}, h)))),
      el("tbody", {}, lists[key].map((it) => row(key, it))))));
  document.getElementById("lists").replaceChildren(...(out.length ? out : [el("p", {class: "muted"}, "Nothing known to hold at this date.")]));
}

function drawDate() {
  slider.value = offset(state.day);
  dateInput.value = state.day;
  document.getElementById("at-text").textContent = state.day;
  const next = state.changes.find((d) => d > state.day);
  document.getElementById("changes").textContent = next ? `next change ${next}` : "no later change";
  history.replaceState(null, "", `?at=${state.day}`);
  timeline?.setDate(state.day);
}

/** A unit can be part of several parents at once; a box holds it in one, and this says which and why. */
function drawNesting(notes) {
  const list = document.getElementById("nesting-note");
  if (!list) return;
  list.replaceChildren(...notes.map((n) => el("li", {},
    `${n.unit}: drawn inside ${n.inside}, ${n.why}; also part of ${n.also.join(", ")} (edges)`)));
}

async function show(day) {
  state.day = day;
  state.request?.abort();
  const request = state.request = new AbortController();
  let view;
  try {
    view = await getJSON(`/api/entities/${id}/orbat?at=${day}`, request.signal);
  } catch (err) {
    if (err.name !== "AbortError") document.getElementById("lists").replaceChildren(el("p", {class: "error"}, err.message));
    return;
  }
  if (!state.span) {
    state.span = view.span;
    slider.max = offset(view.span[1]);
    slider.dataset.start = view.span[0];
  }
  state.changes = view.changes;
  drawDate();
  drawLists(view.lists);
  graph?.draw(view.graph);
  drawNesting(view.graph.nesting || []);
  head.dataset.shown = view.at;  // tells tests the view is drawn
}

async function drawTimeline() {
  const data = await getJSON(`/api/entities/${id}/timeline`);
  timeline?.draw(data);
  document.getElementById("timeline-note").textContent = data.undated
    ? `${data.undated} relations have no date and are only in the order of battle above.` : "";
  document.querySelector("#events tbody").replaceChildren(...data.events.map((ev) => el("tr", {class: "pickable",
    onclick: () => pick(`${ev.label} ${ev.date || ""}`, ev.claims)},
  el("td", {}, ev.date || "undated"), el("td", {}, ev.label, ev.polarity === "negated" ? " (denied)" : ""),
  el("td", {}, Object.entries(ev.participants).map(([role, ps]) => `${role}: ${ps.map((p) => p.name).join(", ")}`).join("; ")),
  el("td", {}, ev.modality))));
}

async function refresh() {
  await Promise.all([show(state.day), drawTimeline()]);
}

let pending;
slider.addEventListener("input", () => {
  state.day = dayAt(Number(slider.value));
  dateInput.value = state.day;
  clearTimeout(pending);
  pending = setTimeout(() => show(state.day), 80);
});
// The date box takes ISO dates (YYYY-MM-DD, or YYYY and YYYY-MM for their first day), like every
// other date on the page, whatever the browser's locale.
function isoDay(text) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const day = `${m[1]}-${m[2] || "01"}-${m[3] || "01"}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : null;
}
dateInput.addEventListener("change", () => {
  const day = isoDay(dateInput.value);
  dateInput.setCustomValidity(day ? "" : "a date as YYYY-MM-DD");
  if (day) show(day);
  else dateInput.reportValidity();
});
document.getElementById("prev").addEventListener("click", () => {
  const earlier = state.changes.filter((d) => d < state.day);
  if (earlier.length) show(earlier[earlier.length - 1]);
});
document.getElementById("next").addEventListener("click", () => {
  const later = state.changes.find((d) => d > state.day);
  if (later) show(later);
});

// Merge: the name typed is looked up, and the chosen entity's id is what the form sends.
const mergeName = document.getElementById("merge-name");
mergeName.addEventListener("input", async () => {
  const q = mergeName.value.trim();
  if (q.length < 2 || /#\d+$/.test(q)) return;
  const {results} = await getJSON(`/api/search?q=${encodeURIComponent(q)}&limit=12`);
  document.getElementById("merge-candidates").replaceChildren(...results.filter((r) => String(r.id) !== id)
    .map((r) => el("option", {value: `${r.name} #${r.id}`}, r.type)));
});
document.getElementById("merge-form").addEventListener("submit", (event) => {
  const chosen = /#(\d+)$/.exec(mergeName.value.trim());
  event.currentTarget.elements.other.value = chosen ? chosen[1] : "";
  if (!chosen) {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.querySelector(".result").textContent = "choose an entity from the list";
  }
});

await show(state.day);
if (state.day > state.span[1] && !head.dataset.at) await show(state.span[1]);
await drawTimeline();
