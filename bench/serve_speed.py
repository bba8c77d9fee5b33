#!/usr/bin/env python3
"""Speed of `orbat serve`: every page and API endpoint on the dev store, and the order-of-battle
graph of a big entity in a synthetic store of about 2,000 entities.

    python bench/serve_speed.py [--shared ../shared] [--runs 20] [--no-browser]

1. Ingests the seed page and the dev set into a fresh store, serves it with uvicorn on a free
   port, and times each page and endpoint over HTTP (`--runs` requests each, after one warm-up):
   max and p95 in milliseconds, per path and over all.
2. Builds a store of a coalition of 40 groups of 48 units, with sponsors, allies, enemies and
   leaders (about 2,000 entities, units joining and leaving between 2015 and 2020), then times the
   coalition's orbat and timeline API and reports the graph payload's size; with chromium at
   /usr/bin/chromium (or $ORBAT_CHROMIUM) and the npm libraries, also the time the page takes to
   draw the graph and to redraw it when the slider moves.
A script, not a test.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from orbat.ingest import ingest
from orbat.resolve import match_keys
from orbat.serve.local import serving
from orbat.sources import iter_records
from orbat.store import open_store
from orbat.store.schema import aliases, claims, documents, entities

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("ORBAT_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
GROUPS, UNITS = 40, 48


def timed(client: httpx.Client, path: str, runs: int) -> list[float]:
    client.get(path).raise_for_status()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.get(path).raise_for_status()
        out.append((time.perf_counter() - t0) * 1000)
    return sorted(out)


def p95(times: list[float]) -> float:
    return times[max(0, int(0.95 * len(times)) - 1)]


def dev_paths(client: httpx.Client) -> list[str]:
    """Every page and read endpoint, for the ten most documented entities where they take one."""
    top = [int(line.split('href="/entities/')[1].split('"')[0])
           for line in client.get("/search").text.splitlines() if 'href="/entities/' in line][:10]
    izza = client.get("/api/search", params={"q": "Jaysh al-Izza"}).json()["results"][0]["id"]
    unit = client.get(f"/api/entities/{izza}/orbat", params={"at": "2019-09-01"}).json()["lists"]["units"][0]
    claim = unit["claims"][0]
    paths = ["/search", "/search?q=Jaysh+al-Izza", "/search?q=Legion", "/documents", f"/documents/{unit['documents'][0]}",
             "/ingest", "/history", "/docs", f"/claims/{claim}", "/openapi.json", "/static/app.css",
             "/static/entity.js", "/static/vendor/cytoscape.mjs", "/api/search?q=Sham+Legion", "/api/documents",
             f"/api/documents/{unit['documents'][0]}", "/api/history", f"/api/claims/{claim}",
             f"/api/claims?ids={','.join(map(str, unit['claims']))}"]
    for eid in dict.fromkeys([izza, *top]):
        paths += [f"/entities/{eid}", f"/entities/{eid}?at=2019-09-01", f"/api/entities/{eid}",
                  f"/api/entities/{eid}/orbat?at=2019-09-01", f"/api/entities/{eid}/orbat",
                  f"/api/entities/{eid}/timeline"]
    return paths


def bench_dev(shared: Path, tmp: Path, runs: int) -> None:
    db = str(tmp / "dev.db")
    store = open_store(db)
    ingest(store, iter_records([str(shared / "seed" / "000_e7dce2f3373c69a2.txt")], published="2019-12-16"))
    ingest(store, iter_records([str(shared / "bench" / "dev")]))
    store.close()
    with serving(db) as base, httpx.Client(base_url=base) as client:
        results = {path: timed(client, path, runs) for path in dev_paths(client)}
    print(f"dev store, {len(results)} paths x {runs} requests (max / p95 ms):")
    for path, times in sorted(results.items(), key=lambda kv: -kv[1][-1]):
        print(f"  {times[-1]:7.1f} {p95(times):7.1f}  {path}")
    every = sorted(t for times in results.values() for t in times)
    print(f"all: max {every[-1]:.1f} ms, p95 {p95(every):.1f} ms, median {statistics.median(every):.1f} ms; "
          f"slowest path {max(results, key=lambda p: results[p][-1])}")


def build_big(db: str, seed: int = 3) -> int:
    """A coalition of GROUPS groups of UNITS units with sponsors, allies, enemies and leaders; its id."""
    rng = random.Random(seed)
    names: list[tuple[str, str]] = [("Synthetic Coalition", "coalition")]
    names += [(f"Group {g}", "armed_group") for g in range(GROUPS)]
    names += [(f"Unit {g}.{u} Battalion", "armed_group") for g in range(GROUPS) for u in range(UNITS)]
    names += [(f"State {i}", "state") for i in range(10)] + [(f"Faction {i}", "armed_group") for i in range(30)]
    names += [(f"Commander {i}", "person") for i in range(20)]
    ids = {name: i + 1 for i, (name, _) in enumerate(names)}

    def month() -> str:
        return f"{rng.randint(2015, 2019)}-{rng.randint(1, 12):02d}"

    rows = []

    def claim(subject: str, relation: str, obj: str, **extra) -> None:
        rows.append({"kind": "relation", "type": relation, "subject_id": ids[subject], "object_id": ids[obj],
                     "subject_name": subject, "object_name": obj, "polarity": "affirmed", "confidence": 0.7,
                     "modality": rng.choice(("asserted", "reported", "likely")), "status": "active",
                     "sentence": f"{subject} {relation.replace('_', ' ')} {obj}.", "start": 0, "end": 40,
                     "valid_from": None, "valid_until": None, "role": None} | extra)

    for g in range(GROUPS):
        claim(f"Group {g}", "part_of", "Synthetic Coalition", valid_from=month())
        claim(f"Group {g}", "backed_by", f"State {rng.randrange(10)}")
        for u in range(UNITS):
            left = month() if rng.random() < 0.25 else None
            claim(f"Unit {g}.{u} Battalion", "part_of", f"Group {g}", valid_from=month(), valid_until=left)
    for i in range(10):
        claim("Synthetic Coalition", "backed_by", f"State {i}")
    for i in range(30):
        claim("Synthetic Coalition", "allied_with" if i % 2 else "hostile_to", f"Faction {i}", valid_from=month())
    for i in range(20):
        claim(f"Commander {i}", "member_of", "Synthetic Coalition", role=rng.choice(("commander", "spokesman")))
    store = open_store(db)
    with store.write() as conn:
        conn.execute(entities.insert(), [{"id": ids[n], "name": n, "type": t, "created_at": "2026-01-01"}
                                         for n, t in names])
        conn.execute(aliases.insert(), [{"entity_id": ids[n], "name": n, "key": k, "origin": "article"}
                                        for n, _ in names for k in match_keys(n)])
        conn.execute(documents.insert(), [{"id": d + 1, "content_hash": f"synthetic-{d}", "status": "stored",
                                           "story_id": d + 1, "title": f"Synthetic report {d}",
                                           "published": "2020-01-01", "ingested_at": "2026-01-01"}
                                          for d in range(len(rows) // 20 + 1)])
        conn.execute(claims.insert(), [r | {"document_id": i // 20 + 1} for i, r in enumerate(rows)])
    store.close()
    print(f"synthetic store: {len(names)} entities, {len(rows)} claims")
    return ids["Synthetic Coalition"]


def bench_big(tmp: Path, runs: int, browser: bool) -> None:
    db = str(tmp / "big.db")
    coalition = build_big(db)
    with serving(db) as base, httpx.Client(base_url=base, timeout=60) as client:
        for at in ("2016-01-01", "2018-06-01", "2020-06-01"):
            path = f"/api/entities/{coalition}/orbat?at={at}"
            times = timed(client, path, runs)
            body = client.get(path)
            graph = body.json()["graph"]
            print(f"orbat of the coalition at {at}: max {times[-1]:.0f} ms, p95 {p95(times):.0f} ms, "
                  f"{len(graph['nodes'])} nodes, {len(graph['edges'])} edges, {len(body.content) / 1e6:.2f} MB JSON"
                  f" ({int(body.headers['content-length']) / 1e3:.0f} kB sent)")
        for path in (f"/api/entities/{coalition}/timeline", f"/entities/{coalition}", "/api/entities/2/orbat",
                     "/api/search?q=Unit+7.3"):
            times = timed(client, path, runs)
            print(f"{path}: max {times[-1]:.0f} ms, p95 {p95(times):.0f} ms")
        if browser:
            draw_times(base, coalition)


def draw_times(base: str, coalition: int) -> None:
    """How long the page takes to fetch and draw the coalition's graph, and to redraw it."""
    if not Path(CHROMIUM).is_file():
        print(f"no chromium at {CHROMIUM}: graph drawing not timed")
        return
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, base_url=base)
        t0 = time.perf_counter()
        page.goto(f"/entities/{coalition}?at=2018-06-01")
        page.wait_for_selector('#entity[data-shown="2018-06-01"]', timeout=60_000)
        first = time.perf_counter() - t0
        nodes = page.evaluate("() => window.orbatGraph ? window.orbatGraph.nodes().length : 0")
        redraw = page.evaluate("""async () => {
            const head = document.getElementById('entity'), slider = document.getElementById('slider');
            const t0 = performance.now();
            slider.value = Number(slider.value) - 400;
            slider.dispatchEvent(new Event('input'));
            while (head.dataset.shown === '2018-06-01') await new Promise((r) => setTimeout(r, 5));
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            return performance.now() - t0;
        }""")
        zoom = page.evaluate("""async () => {
            const cy = window.orbatGraph, t0 = performance.now();
            for (let i = 0; i < 20; i++) {
                cy.zoom({level: cy.zoom() * (i % 2 ? 0.8 : 1.25), renderedPosition: {x: 400, y: 300}});
                await new Promise((r) => requestAnimationFrame(r));
            }
            return (performance.now() - t0) / 20;
        }""")
        browser.close()
    print(f"browser: page with {nodes} graph nodes drawn in {first * 1000:.0f} ms; slider redraw "
          f"{redraw:.0f} ms (80 ms of it the slider's debounce); zoom step {zoom:.0f} ms per frame")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--no-browser", action="store_true", help="do not time drawing in chromium")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_dev(args.shared, Path(tmp), args.runs)
        bench_big(Path(tmp), max(3, args.runs // 4), not args.no_browser)
    return 0


if __name__ == "__main__":
    sys.exit(main())
