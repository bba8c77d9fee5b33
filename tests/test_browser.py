"""The workspace in a real browser (Playwright driving Chromium): the slider across October 2019,
evidence behind an edge, rejecting a claim, and article markup shown as text everywhere.

The browser is found the usual ways, first found wins: $ORBAT_CHROMIUM, Playwright's own Chromium
(`playwright install chromium`), then `chromium`, `chromium-browser`, `google-chrome` and
`google-chrome-stable` on the PATH. Skipped when none is found or the npm libraries are missing, unless
$ORBAT_REQUIRE_BROWSER is set. With ORBAT_SCREENSHOTS=1 the README's screenshots are saved to
docs/screenshots/."""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from orbat.serve.local import serving
from orbat.serve.assets import find_assets
from test_serve import ARTICLE, XSS, XSS_IMG, build_dev_store

REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "docs" / "screenshots"
COMMANDS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _unavailable(why: str):
    if os.environ.get("ORBAT_REQUIRE_BROWSER"):
        pytest.fail(why)
    pytest.skip(why)


def find_chromium(playwright_path: str | None) -> str | None:
    """The browser to drive: $ORBAT_CHROMIUM, Playwright's own, or one on the PATH."""
    if os.environ.get("ORBAT_CHROMIUM"):
        return os.environ["ORBAT_CHROMIUM"]
    if playwright_path and Path(playwright_path).is_file():
        return playwright_path
    return next((found for found in map(shutil.which, COMMANDS) if found), None)


def _playwright_chromium(p) -> str | None:
    try:
        return p.chromium.executable_path
    except Exception:  # noqa: BLE001 -- an unknown platform, or no browser registry
        return None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install 'orbat[browser]')")
    if find_assets() is None:
        _unavailable("no front-end libraries (make web)")
    with sync_playwright() as p:
        chromium = find_chromium(_playwright_chromium(p))
        if chromium is None or not Path(chromium).is_file():
            _unavailable(f"no Chromium found ({chromium or 'tried ' + ', '.join(('playwright install chromium',) + COMMANDS)}); "
                         "`playwright install chromium` or apt-get install chromium")
        b = p.chromium.launch(executable_path=chromium, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base(browser, shared, tmp_path_factory):
    """The URL of a server on a free port over a fresh dev store."""
    db = build_dev_store(str(tmp_path_factory.mktemp("browser") / "dev.db"), shared)
    with serving(db) as url:
        yield url


@pytest.fixture
def page(browser, base):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, base_url=base)
    page.set_default_timeout(10_000)
    errors = []
    page.on("pageerror", lambda err: errors.append(err))
    yield page
    assert not errors, errors
    page.close()


def _shot(target, name: str) -> None:
    if os.environ.get("ORBAT_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        target.screenshot(path=str(SHOTS / name))


def _open(page, name: str, at: str) -> None:
    """The workspace of the entity found by `name`, as of `at`, once its graph and timeline are drawn."""
    eid = page.request.get("/api/search", params={"q": name}).json()["results"][0]["id"]
    page.goto(f"/entities/{eid}?at={at}")
    page.wait_for_selector(f'#entity[data-shown="{at}"]')
    page.wait_for_selector("#timeline .vis-item")


def _slide(page, day: str) -> None:
    """Move the slider to `day` as a user dragging it would, and wait for the redraw."""
    start = date.fromisoformat(page.get_attribute("#slider", "data-start"))
    page.locator("#slider").fill(str((date.fromisoformat(day) - start).days))
    page.wait_for_selector(f'#entity[data-shown="{day}"]')


def _graph_labels(page) -> set[str]:
    return set(page.evaluate("() => window.orbatGraph.nodes().map((n) => n.data('label'))"))


def test_slider_across_october_2019(page):
    _open(page, "Jaysh al-Izza", "2019-09-01")
    assert "al-Hamza Brigade" in _graph_labels(page)
    assert page.locator('[data-list="units"] tr[data-id]').count() == 10
    _shot(page, "orbat-view.png")
    _shot(page.locator("#timeline"), "timeline.png")
    _slide(page, "2019-11-15")
    assert "al-Hamza Brigade" not in _graph_labels(page)
    assert page.locator('[data-list="units"]').count() == 0
    _slide(page, "2019-09-30")
    assert "al-Hamza Brigade" in _graph_labels(page)


def test_fifth_division_appears_under_the_sham_legion(page):
    _open(page, "Sham Legion", "2019-12-01")
    assert "5th Division" not in _graph_labels(page)
    _slide(page, "2020-01-01")
    parent = page.evaluate("() => window.orbatGraph.nodes().filter((n) => n.data('label') === '5th Division')"
                           "[0].parent().data('label')")
    assert parent == "Sham Legion"


def _click_edge(page, kind: str) -> None:
    point = page.evaluate("""(kind) => {
        const cy = window.orbatGraph, edge = cy.edges(`[kind = "${kind}"]`)[0];
        const box = cy.container().getBoundingClientRect(), mid = edge.renderedMidpoint();
        return {x: box.left + mid.x, y: box.top + mid.y};
    }""", kind)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#evidence article.claim")


def test_clicking_an_edge_shows_its_sentence(page):
    _open(page, "Jaysh al-Izza", "2019-09-01")
    _click_edge(page, "ally")
    sentence = page.locator("#evidence .sentence").first
    assert "allied himself to" in sentence.inner_text()
    assert "Tahrir al-Sham" in " ".join(page.locator("#evidence mark").all_inner_texts())
    assert "Jaysh Al-Izza" in page.locator("#evidence .doc").first.inner_text()
    _shot(page, "evidence.png")


def test_rejected_claim_leaves_the_view_and_enters_the_history(page):
    _open(page, "Jaysh al-Izza", "2019-09-01")
    _click_edge(page, "ally")
    claim = page.locator("#evidence article.claim").first.get_attribute("data-claim")
    page.fill("#evidence article.claim .reason", "HTS is no ally of the group")
    page.click("#evidence article.claim button.reject")
    page.wait_for_selector('[data-list="allies"]', state="detached")
    page.wait_for_selector("#evidence .badge.rejected")
    assert not page.evaluate("() => window.orbatGraph.edges('[kind = \"ally\"]').length")
    page.goto("/history")
    row = page.locator("tr[data-correction]").first
    assert "reject" in row.inner_text() and "HTS is no ally of the group" in row.inner_text()
    assert row.locator(f'a[href="/claims/{claim}"]').count() == 1


def test_article_markup_is_shown_as_text_everywhere(page):
    page.goto("/ingest")
    page.fill("textarea[name=text]", ARTICLE)
    page.fill("input[name=title]", f"{XSS_IMG} report")
    page.fill("input[name=published]", "2020-04-05")
    page.click("form.ingest button")
    page.wait_for_selector(".result a")
    doc = page.locator(".result a").first.get_attribute("href")

    def clean(expect: str | None = None) -> None:
        assert page.evaluate("() => window.__xss") is None
        assert page.locator("main script, main img").count() == 0
        if expect:
            assert expect in page.locator("main").inner_text()

    page.goto(doc)
    clean(XSS)
    page.goto("/documents")
    clean(XSS_IMG)
    page.goto(f"/search?q={XSS}")
    clean(XSS)
    _open(page, "Jaysh al-Izza", "2020-05-01")
    page.locator('[data-list="areas"] tr', has_text="Kafr Nabl").click()
    page.wait_for_selector("#evidence article.claim")
    clean(XSS_IMG)
    page.fill("#evidence article.claim .reason", XSS)
    page.click("#evidence article.claim button.reject")
    page.wait_for_selector("#evidence .badge.rejected")
    clean()
    _open(page, "Sham Legion", "2020-05-01")
    page.locator("#timeline .vis-item", has_text="joined group 2020-03").click()
    page.wait_for_selector("#evidence article.claim")
    clean(XSS)
    page.goto("/history")
    clean(XSS_IMG)
    assert XSS in page.locator("tr[data-correction]").first.inner_text()
