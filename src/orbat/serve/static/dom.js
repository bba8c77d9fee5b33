// Small DOM and API helpers. Data from the store is only ever put in the page as text nodes.

export const CREDIBILITY = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful",
  5: "improbable", 6: "cannot be judged"};

/** An element with attributes ("class", "on<event>", others as attributes) and children (text or nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** A link only for http(s) URLs: an article's "javascript:" URL stays plain text. */
export function link(url, text) {
  try {
    const parsed = new URL(url, location.href);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", {href: parsed.href, rel: "noopener noreferrer", target: "_blank"}, text ?? url);
    }
  } catch { /* not a URL */ }
  return document.createTextNode(text ?? url ?? "");
}

/** The sentence with the given spans wrapped in <mark>, built from text nodes. */
export function highlight(sentence, marks) {
  const out = el("q", {class: "sentence"});
  let at = 0;
  for (const {start, end} of marks) {
    if (start < at) continue;
    out.append(sentence.slice(at, start), el("mark", {}, sentence.slice(start, end)));
    at = end;
  }
  out.append(sentence.slice(at));
  return out;
}

function headers() {
  const out = {};
  const actor = localStorage.getItem("orbat.actor");
  const token = sessionStorage.getItem("orbat.token");
  if (actor) out["X-Orbat-Actor"] = actor;
  if (token) out["Authorization"] = `Bearer ${token}`;
  return out;
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = Array.isArray(body.detail) ? body.detail.map((d) => d.msg).join("; ") : body.detail;
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

/** GET a JSON API path. */
export async function getJSON(path, signal) {
  return answer(await fetch(path, {signal, headers: {Accept: "application/json"}}));
}

/** POST form data to an API path with the actor and token; the JSON answer, or an Error. */
export async function post(path, data) {
  return answer(await fetch(path, {method: "POST", body: data, headers: headers()}));
}
