"""Publication date: a dateline opening the body or a byline near the title, never chrome or event dates."""
from __future__ import annotations

import json
import re

import pytest

from orbat.extract.clean import clean_page
from orbat.extract.published import find_dateline, find_published

BODY = "Fighters of the brigade took control of the village after two days of clashes, a monitor said."


def published(raw: str) -> tuple[str | None, str | None]:
    return find_published(raw, clean_page(raw))


@pytest.mark.parametrize("dateline, iso", [
    ("23 February 2015", "2015-02-23"),
    ("Published February 18 2015", "2015-02-18"),
    ("AFP Thursday 2 Jul 2015", "2015-07-02"),
    ("Thu Oct 5 2017", "2017-10-05"),
    ("10-09-2014", "2014-09-10"),              # day first
    ("09-25-2014", "2014-09-25"),              # month first only when the day cannot be a month
    ("date 2019-09-08", "2019-09-08"),
    ("19 March, 2017", "2017-03-19"),
    ("Date of publication 6 June 2016", "2016-06-06"),
    ("Wednesday 08 June 2016 16:02", "2016-06-08"),
    ("24.07.2016(updated 2042 24.07.2016)", "2016-07-24"),
    ("Last updated at Jun 142016 BEIRUT", "2016-06-14"),
    ("GAO, Mali, 3 March 2021 (Reuters) -", "2021-03-03"),
    ("Reuters Sunday 10 Jul 2016", "2016-07-10"),
    ("Posted on March 3, 2021 by admin", "2021-03-03"),
])
def test_dateline_opening_the_body(dateline, iso):
    raw = f"Brigade takes village after clashes\n\n{dateline} {BODY}\n"
    assert published(raw) == (iso, "dateline")


def test_dateline_after_the_title_repeated_in_the_body():
    raw = ("Brigade takes village after clashes\n\n"
           f"UPDATED Brigade takes village after clashes AFP Monday 3 Oct 2016 {BODY}\n")
    assert published(raw) == ("2016-10-03", "dateline")


def test_dateline_span_stays_in_text():
    page = clean_page(f"Brigade takes village\n\n23 February 2015 {BODY}\n")
    assert page.text.startswith("23 February 2015 ")
    assert find_dateline(page.text, page.title) == (0, len("23 February 2015"), "2015-02-23")


@pytest.mark.parametrize("opening", [
    "On 19 August 2016, the council issued a statement.",
    "In late July 2014, the local support for the militia grew.",
    "19 August 2016, the council issued a statement.",
    "Since 3 May 2015 the brigade has held the town.",
    "Fighters said on 3 March 2021 that the town had fallen.",
    "MARCH 2021 was the month the offensive began.",
    "30 February 2015 The date does not exist.",
])
def test_event_dates_and_impossible_dates_are_not_datelines(opening):
    raw = f"Brigade takes village after clashes\n\n{opening} {BODY}\n"
    assert published(raw) == (None, None)


@pytest.mark.parametrize("byline, iso", [
    ("Posted by admin on 3 March 2021", "2021-03-03"),
    ("By Jane Roe | March 3, 2021", "2021-03-03"),
    ("Updated: 2021-03-03 12:00", "2021-03-03"),
    ("12 January 2024", "2024-01-12"),
    ("Publié le 3 mars 2021 à 10h15", "2021-03-03"),
])
def test_byline_near_the_title(byline, iso):
    raw = f"Brigade takes village after clashes\n{byline}\nShare\n{BODY}\n"
    assert published(raw) == (iso, "byline")


def test_publication_preferred_to_update():
    raw = f"Brigade takes village\nUpdated: 5 March 2021 09:00\nPublished: 3 March 2021\n{BODY}\n"
    assert published(raw) == ("2021-03-03", "byline")


@pytest.mark.parametrize("raw", [
    f"0 $\n2,500 $\nMARCH 2021\n\nBrigade takes village after clashes\n\n{BODY}\n",
    f"Brigade takes village after clashes\n\n{BODY}\n\n© 2021 Example News\n",
    f"Brigade takes village after clashes\n\n{BODY}\n\nLast updated 4 March 2021\n",
    f"{BODY}\n\nIt was the third such attack since 12 January 2021.\n",
    "",
])
def test_dates_in_chrome_or_far_from_the_top_are_not_publication_dates(raw):
    assert published(raw) == (None, None)


def expected_date(golds: list[dict], raw: str) -> str | None:
    """The gold publication date when every gold for the text gives one and the text itself states
    its year near the top; a text whose date comes only from outside has none to find."""
    dates = []
    for gold in golds:
        args = gold.get("args") or []
        dates.append(args[args.index("--published") + 1] if "--published" in args else None)
    if None in dates or len(set(dates)) != 1:
        return None
    return dates[0] if re.search(dates[0][:4], raw[:300]) else None


def test_dev_texts_give_the_gold_publication_date(shared):
    dev = shared / "bench" / "dev"
    golds: dict[str, list[dict]] = {}
    for path in sorted(dev.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds.setdefault(gold["text_file"], []).append(gold)
    if not golds:
        pytest.skip(f"no dev set at {dev}")
    failures, dated = [], 0
    for text_file, text_golds in golds.items():
        raw = (dev / text_file).read_text(encoding="utf-8")
        want = expected_date(text_golds, raw)
        dated += want is not None
        got, provenance = find_published(raw, clean_page(raw))
        if got != want or (got is None) != (provenance is None):
            failures.append(f"{text_file}: got {got} ({provenance}), want {want}")
    assert not failures, "\n".join(failures)
    assert dated > 0


def test_seed_page_has_no_publication_date(seed):
    raw = seed.read_text(encoding="utf-8")
    assert find_published(raw, clean_page(raw)) == (None, None)
