// The timeline (vis-timeline): one row per entity, ranges for the periods relations held, events as
// points. A date known only to the month or year is drawn as a span over that month or year, and the
// uncertain ends of a range are drawn faded.
import {el} from "./dom.js";

const DAY = 86400000;
const time = (iso) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function relation(it, span) {
  const start = time(it.from ? it.from.lo : span[0]);
  const end = time(it.to ? it.to.hi : span[1]) + DAY;
  const share = (d) => d ? (100 * (time(d.hi) + DAY - time(d.lo)) / (end - start)).toFixed(2) : 0;
  return {type: "range", start, end,
    text: `${it.label}  ${it.from ? it.from.value : "…"} → ${it.to ? it.to.value : "…"}`,
    style: `--fuzzy-start: ${it.from && it.from.precision !== "day" ? share(it.from) : 0}%; `
      + `--fuzzy-end: ${it.to && it.to.precision !== "day" ? share(it.to) : 0}%`,
    className: ["relation", `r-${it.relation}`, it.from ? "" : "open-start", it.to ? "" : "open-end"].join(" ")};
}

function event(it) {
  const text = `${it.what} ${it.from.value} ${it.detail}`;
  if (it.from.precision === "day") return {type: "point", start: time(it.from.lo), text, className: "event"};
  return {type: "range", start: time(it.from.lo), end: time(it.from.hi) + DAY, text,
    className: `event imprecise p-${it.from.precision}`};
}

/** A timeline in `container`, or null when the library is not installed.
 * `onPick(title, claimIds)` on selecting an item; `onMove(day)` when the date marker is dragged. */
export async function createTimeline(container, onPick, onMove) {
  let vis;
  try {
    vis = await import("/static/vendor/vis-timeline.mjs");
  } catch {
    return null;
  }
  const items = new vis.DataSet();
  const groups = new vis.DataSet();
  const timeline = new vis.Timeline(container, items, groups, {
    stack: true, orientation: "top", maxHeight: 560, zoomKey: "ctrlKey", margin: {item: 4},
    template: (item) => el("span", {}, item.text),
    groupTemplate: (group) => group && el("a", {href: `/entities/${group.id}`}, group.text),
  });
  timeline.addCustomTime(new Date(), "at");
  timeline.on("timechanged", (props) => { if (props.id === "at") onMove(iso(props.time.getTime())); });
  timeline.on("select", ({items: picked}) => {
    const item = picked.length && items.get(picked[0]);
    if (item) onPick(`${groups.get(item.group).text}: ${item.text}`, item.claims);
  });
  window.orbatTimeline = timeline;  // for the browser tests and the console
  return {
    draw(data) {
      if (!data.span) return;
      groups.clear();
      items.clear();
      groups.add(data.rows.map((r) => ({id: r.id, content: "", text: r.name})));
      items.add(data.items.map((it) => ({id: it.id, group: it.row, content: "", claims: it.claims,
        ...(it.kind === "event" ? event(it) : relation(it, data.span))})));
      const pad = 60 * DAY;
      timeline.setWindow(time(data.span[0]) - pad, time(data.span[1]) + pad, {animation: false});
    },
    setDate(day) { timeline.setCustomTime(new Date(time(day)), "at"); },
  };
}
