// On every page: remember the actor's name and token, and send forms marked data-api to the API.
import {el, post} from "./dom.js";

for (const [id, store, key] of [["actor", localStorage, "orbat.actor"], ["token", sessionStorage, "orbat.token"]]) {
  const input = document.getElementById(id);
  if (!input) continue;
  input.value = store.getItem(key) || "";
  input.addEventListener("change", () => store.setItem(key, input.value.trim()));
}

const THEN = {
  reload: () => location.reload(),
  entity: (answer) => { location.href = `/entities/${answer.entity}`; },
  ingest: (answer, out) => out.replaceChildren(el("ul", {}, answer.documents.map((d) => el("li", {},
    d.document ? el("a", {href: `/documents/${d.document}`}, `document ${d.document}`) : "nothing stored",
    `: ${d.status}`, d.message ? ` (${d.message})` : "",
    d.counts && d.counts.relations !== undefined ? `, ${d.counts.relations} relations, ${d.counts.events} events` : "")))),
};

document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-api]");
  if (!form) return;
  event.preventDefault();
  const out = form.querySelector(".result");
  const button = form.querySelector("button");
  button.disabled = true;
  out.textContent = "…";
  try {
    const answer = await post(form.dataset.api, new FormData(form));
    out.textContent = "done";
    (THEN[form.dataset.then] || (() => {}))(answer, out);
  } catch (err) {
    out.textContent = err.message;
    out.classList.add("error");
  } finally {
    button.disabled = false;
  }
});
