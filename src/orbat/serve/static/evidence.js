// The evidence panel: the claims behind a node, edge, line or event, and the analyst's verdicts on them.
import {el, getJSON, highlight, link, post} from "./dom.js";

const EDITABLE = ["valid_from", "valid_until", "date", "role", "rank"];

function who(c) {
  if (c.kind === "relation") return [c.subject?.name, el("b", {}, ` ${c.label} `), c.object?.name];
  const byRole = {};
  for (const a of c.args) (byRole[a.role] ||= []).push(a.name);
  return [el("b", {}, c.label), " ", Object.entries(byRole).map(([role, names]) => `${role}: ${names.join(", ")}`).join("; ")];
}

function dates(c) {
  const parts = c.kind === "event" ? [c.date && `on ${c.date}`]
    : [c.valid_from && `from ${c.valid_from}`, c.valid_until && `until ${c.valid_until}`];
  const text = parts.filter(Boolean).join(" ");
  return el("p", {class: "dates"}, text || "undated", c.date_text ? ` (“${c.date_text}”)` : "");
}

function docLine(d) {
  return [el("a", {href: `/documents/${d.id}`}, d.title || `document ${d.id}`),
    d.source ? ` · ${d.source}` : "", d.published ? ` · ${d.published}` : "", d.url ? " · " : "", d.url ? link(d.url) : ""];
}

function others(title, list) {
  if (!list.length) return null;
  return el("div", {class: "others"}, el("span", {}, `${title} (${list.length}): `),
    el("ul", {}, list.map((o) => el("li", {}, docLine(o.document), ` (${o.modality}) `,
      el("a", {href: `/claims/${o.claim}`}, `claim ${o.claim}`)))));
}

function editForm(c, act) {
  const fields = EDITABLE.map((k) => el("label", {}, k.replace("_", " "), el("input", {name: k, value: c[k] ?? ""})));
  const select = (name, values) => el("label", {}, name,
    el("select", {name}, values.map((v) => el("option", {selected: v === c[name]}, v))));
  const form = el("form", {class: "edit", hidden: true}, fields, select("modality", ["asserted", "reported", "likely", "possible"]),
    select("polarity", ["affirmed", "negated"]), el("button", {}, "Save changes"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    for (const k of EDITABLE) if ((data.get(k) || "") === (c[k] ?? "")) data.delete(k);
    for (const k of ["modality", "polarity"]) if (data.get(k) === c[k]) data.delete(k);
    act("edit", data);
  });
  return form;
}

function card(c, refresh) {
  const reason = el("input", {placeholder: "reason", "aria-label": "Reason", class: "reason"});
  const status = el("p", {class: "result"});
  async function act(action, data = new FormData()) {
    data.set("reason", reason.value);
    status.textContent = "…";
    try {
      await post(`/api/claims/${c.id}/${action}`, data);
      await refresh();
    } catch (err) {
      status.textContent = err.message;
    }
  }
  const form = editForm(c, act);
  const verdicts = c.status === "rejected" || c.status === "confirmed"
    ? [el("button", {onclick: () => act("reopen")}, "Reopen")]
    : [el("button", {onclick: () => act("confirm"), class: "confirm"}, "Confirm"),
       el("button", {onclick: () => act("reject"), class: "reject"}, "Reject")];
  return el("article", {class: `claim ${c.status}`, "data-claim": c.id},
    el("header", {}, who(c), " ", el("span", {class: `badge ${c.status}`}, c.status), " ",
      el("span", {class: "badge"}, c.modality), c.polarity === "negated" ? el("span", {class: "badge denied"}, "denied") : ""),
    dates(c),
    highlight(c.sentence, c.marks),
    el("p", {class: "doc"}, docLine(c.document)),
    others("Agree", c.agree), others("Disagree", c.disagree),
    el("div", {class: "actions"}, reason, verdicts,
      el("button", {onclick: () => { form.hidden = !form.hidden; }}, "Edit"),
      el("a", {href: `/claims/${c.id}`}, `claim ${c.id}`)),
    form, status,
    c.corrections.length ? el("ul", {class: "corrections"}, c.corrections.map((h) => el("li", {},
      `${h.action} by ${h.actor} at ${h.at}`, h.reason ? `: ${h.reason}` : "", h.undone_at ? ` (undone ${h.undone_at})` : ""))) : "");
}

/** Show the claims `ids` under `title` in `panel`; `onChange` runs after a verdict or edit. */
export async function showEvidence(panel, title, ids, onChange = async () => {}) {
  panel.replaceChildren(el("h2", {}, title), el("p", {class: "muted"}, "Loading…"));
  if (!ids || !ids.length) {
    panel.replaceChildren(el("h2", {}, title), el("p", {class: "muted"}, "No claim stands behind this."));
    return;
  }
  const claims = await getJSON(`/api/claims?ids=${ids.join(",")}`);
  const refresh = async () => { await onChange(); await showEvidence(panel, title, ids, onChange); };
  panel.replaceChildren(el("h2", {}, title),
    el("p", {class: "muted"}, `${claims.length} claim${claims.length === 1 ? "" : "s"}`),
    rejectAll(claims, refresh),
    ...claims.map((c) => card(c, refresh)));
}

/** One button that rejects every live claim shown (the whole line), as one correction. */
function rejectAll(claims, refresh) {
  const live = claims.filter((c) => c.status !== "rejected").map((c) => c.id);
  if (!live.length) return "";
  const reason = el("input", {placeholder: "reason", "aria-label": "Reason for rejecting all", class: "reason"});
  const status = el("p", {class: "result"});
  async function go() {
    const data = new FormData();
    data.set("ids", live.join(","));
    data.set("reason", reason.value);
    status.textContent = "…";
    try {
      await post("/api/claims/reject-all", data);
      await refresh();
    } catch (err) {
      status.textContent = err.message;
    }
  }
  return el("div", {class: "actions reject-all"}, reason,
    el("button", {onclick: go, class: "reject", "data-action": "reject-all"}, `Reject all ${live.length} claims of this line`), status);
}
