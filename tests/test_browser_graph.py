"""The web graph of a big entity in a real browser (issue 15): labels readable at the first draw, a
wheel that zooms, every parent of a unit accounted for, all claims between two actors on a click,
names highlighted as whole words, and ISO dates in the date box.

The store is built here (no shared data): Northern Army, part of two coalitions, with 24 units (one
of them with companies, one unit also under another unit), sponsors, allies, enemies (one of them
also an ally, by another claim) and leaders: 51 nodes. Screenshots with ORBAT_SCREENSHOTS=1."""
from __future__ import annotations

import pytest

from orbat.resolve import match_keys
from orbat.serve.local import serving
from orbat.store import open_store
from orbat.store.schema import aliases, claims, documents, entities
from test_browser import _shot, browser  # noqa: F401 -- the browser fixture, found the usual ways

AT = "2018-05-16"
ROOT = "Northern Army"
EXTREMIST = ("Fighters of the extremist Islamic State (IS), a jihadist group whose strength is unclear, "
             "attacked Northern Army positions.")


def _names() -> list[tuple[str, str, list[str]]]:
    names = [(ROOT, "armed_group", ["Jaysh al-Shamal"]), ("Grand Coalition", "coalition", []),
             ("Eastern Front", "coalition", []), ("Islamic State", "armed_group", ["IS", "ISIS"])]
    names += [(f"{n}th Brigade", "armed_group", []) for n in range(4, 28)]
    names += [(f"{c} Company", "armed_group", []) for c in ("Alpha", "Bravo", "Charlie", "Delta")]
    names += [(f"State {c}", "state", []) for c in "ABC"]
    names += [(f"Ally Faction {n}", "armed_group", []) for n in range(1, 6)]
    names += [(f"Enemy Faction {n}", "armed_group", []) for n in range(1, 8)]
    names += [(f"Commander {c}", "person", []) for c in "PQRSTU"]
    return names


def build_big_store(db: str) -> None:
    names = _names()
    ids = {n: i + 1 for i, (n, _, _) in enumerate(names)}
    rows = []

    def rel(subject, relation, obj, sentence=None, **extra):
        rows.append({"kind": "relation", "type": relation, "subject_id": ids[subject], "object_id": ids[obj],
                     "subject_name": subject, "object_name": obj, "polarity": "affirmed", "confidence": 0.7,
                     "modality": "asserted", "status": "active", "start": 0, "end": 10,
                     "sentence": sentence or f"{subject} is {relation.replace('_', ' ')} {obj}.",
                     "valid_from": "2017-01", "valid_until": None, "role": None} | extra)

    rel(ROOT, "part_of", "Grand Coalition")
    rel(ROOT, "part_of", "Grand Coalition", sentence=f"{ROOT} remains in the Grand Coalition.")
    rel(ROOT, "part_of", "Eastern Front")
    for n in range(4, 28):
        rel(f"{n}th Brigade", "part_of", ROOT)
    for c in ("Alpha", "Bravo", "Charlie", "Delta"):
        rel(f"{c} Company", "part_of", "4th Brigade")
    rel("5th Brigade", "part_of", "6th Brigade")  # a unit under two parents at once
    for c in "ABC":
        rel(ROOT, "backed_by", f"State {c}")
    for n in range(1, 6):
        rel(ROOT, "allied_with", f"Ally Faction {n}")
    for n in range(1, 8):
        rel(f"Enemy Faction {n}", "hostile_to", ROOT)
    rel("Islamic State", "hostile_to", ROOT, sentence=EXTREMIST)
    rel("Islamic State", "allied_with", ROOT, sentence=f"A local truce made Islamic State an ally of {ROOT}.",
        modality="reported")
    for c in "PQRSTU":
        rel(f"Commander {c}", "member_of", ROOT, role="commander")
    store = open_store(db)
    with store.write() as conn:
        conn.execute(entities.insert(), [{"id": ids[n], "name": n, "type": t, "created_at": "2026-01-01"}
                                         for n, t, _ in names])
        conn.execute(aliases.insert(), [{"entity_id": ids[n], "name": a, "key": k, "origin": "article"}
                                        for n, _, more in names for a in [n, *more]
                                        for k in dict.fromkeys(match_keys(a))])
        conn.execute(documents.insert(), [{"id": d, "content_hash": f"big-{d}", "status": "stored", "story_id": d,
                                           "title": f"Report {d}", "source": f"Outlet {d}", "published": "2018-01-10",
                                           "ingested_at": "2026-01-01"} for d in (1, 2)])
        conn.execute(claims.insert(), [r | {"document_id": 1 + (i % 2)} for i, r in enumerate(rows)])
    store.close()


@pytest.fixture(scope="module")
def big(browser, tmp_path_factory):  # noqa: F811
    db = str(tmp_path_factory.mktemp("big") / "big.db")
    build_big_store(db)
    with serving(db) as url:
        yield url


@pytest.fixture
def page(browser, big):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, base_url=big, locale="en-US")
    page.set_default_timeout(10_000)
    errors = []
    page.on("pageerror", lambda err: errors.append(err))
    eid = page.request.get("/api/search", params={"q": ROOT}).json()["results"][0]["id"]
    page.goto(f"/entities/{eid}?at={AT}")
    page.wait_for_selector(f'#entity[data-shown="{AT}"]')
    yield page
    assert not errors, errors
    page.close()


def _labels_in_view(page) -> list[str]:
    """Node labels drawn at a readable size (12 px font at 9 px or more) inside the graph's box."""
    return page.evaluate("""() => {
        const cy = window.orbatGraph, ext = cy.extent();
        if (cy.zoom() * 12 < 9) return [];
        return cy.nodes().filter((n) => !n.hasClass('far') && n.style('label') && !n.isParent()).filter((n) => {
            const p = n.position();
            return p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2;
        }).map((n) => n.data('label'));
    }""")


def test_big_graph_is_readable_at_first_draw(page):
    count = page.evaluate("() => [window.orbatGraph.nodes().length, window.orbatGraph.edges().length]")
    assert count[0] >= 46
    shown = _labels_in_view(page)
    assert len(shown) >= 8, shown
    assert any(label.endswith("Brigade") for label in shown)
    assert "readable size" in page.inner_text("#graph-note")
    _shot(page, "big-graph.png")
    page.click("#zoom-fit")
    assert page.evaluate("() => window.orbatGraph.zoom()") < 0.8
    page.click("#zoom-root")
    assert len(_labels_in_view(page)) >= 8


def test_six_wheel_notches_zoom_well_in(page):
    page.click("#zoom-fit")
    before = page.evaluate("() => window.orbatGraph.zoom()")
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(6):
        page.mouse.wheel(0, -100)
        page.wait_for_timeout(30)
    after = page.evaluate("() => window.orbatGraph.zoom()")
    assert after > 3 * before, (before, after)


def test_every_parent_at_the_date_is_shown_or_accounted_for(page):
    parents = page.evaluate("""() => {
        const cy = window.orbatGraph, root = cy.nodes("[kind = 'root']");
        return {box: root.parent().data('label'),
                edges: root.outgoers("edge[kind = 'part_of']").targets().map((n) => n.data('label'))};
    }""")
    assert {parents["box"], *parents["edges"]} == {"Grand Coalition", "Eastern Front"}
    notes = page.inner_text("#nesting-note")
    assert f"{ROOT}: drawn inside {parents['box']}" in notes and "best supported" in notes
    assert "5th Brigade: drawn inside" in notes and "also part of" in notes


def test_a_click_on_a_node_shows_all_claims_between_the_two_actors(page):
    point = page.evaluate("""() => {
        const cy = window.orbatGraph, node = cy.nodes().filter((n) => n.data('label') === 'Islamic State')[0];
        cy.center(node);
        const box = cy.container().getBoundingClientRect(), p = node.renderedPosition();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#evidence article.claim")
    cards = page.locator("#evidence article.claim")
    assert cards.count() == 2  # hostile and (reported) allied: both lines between the two
    text = page.inner_text("#evidence")
    assert "hostile" in text and "allied" in text
    assert page.inner_text("#evidence h2").startswith("Islamic State and Northern Army")
    _shot(page, "big-graph-claims.png")


def test_names_are_highlighted_as_whole_words(page):
    page.evaluate("""() => {
        const cy = window.orbatGraph, node = cy.nodes().filter((n) => n.data('label') === 'Islamic State')[0];
        node.emit('tap');
    }""")
    page.wait_for_selector("#evidence article.claim")
    sentence = page.locator("#evidence .sentence", has_text="extremist")
    marks = sentence.locator("mark").all_inner_texts()
    assert sorted(marks) == ["IS", "Islamic State", "Northern Army"], marks


def test_the_date_box_is_iso_whatever_the_locale(page):
    box = page.locator("#at")
    assert box.get_attribute("type") == "text"
    assert box.input_value() == AT
    box.fill("2018-06-30")
    box.press("Enter")
    box.dispatch_event("change")
    page.wait_for_selector('#entity[data-shown="2018-06-30"]')
    assert page.inner_text("#at-text") == "2018-06-30"
    box.fill("06/30/2018")
    box.dispatch_event("change")
    assert page.evaluate("() => document.getElementById('at').validity.valid") is False
    assert page.get_attribute("#entity", "data-shown") == "2018-06-30"
