"""Line-level evaluation of the page cleaner on bench/clean (pages written in the styles of many sites).

Every non-blank line of a crawled-text page is labelled `article` or `chrome` in bench/clean/labels;
this runs the cleaner (`clean_page`; for HTML pages the HTML reader, trafilatura first, then
`clean_page` as the pipeline does) and counts,
per page and in total, chrome lines left in and article lines lost, with precision and recall of
both classes. The pages are split by site: rules are written looking at `dev` only; `test` is for
reporting.

    .venv/bin/python bench/clean_eval.py                  # dev half, totals and per page
    .venv/bin/python bench/clean_eval.py --split test8    # the half held out last (--split test, test2, ..., test7, all)
    .venv/bin/python bench/clean_eval.py --show           # also list each wrong line
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from orbat.extract.clean import clean_page

BENCH = Path(__file__).resolve().parent / "clean"


def _kept_text_lines(raw: str) -> list[bool]:
    """For each non-blank line of `raw` in order, whether the cleaner kept it (as title or text).

    The title is the first line that starts with it (a site name or '#' may follow or precede it); the
    text's lines come out in page order and are aligned greedily: each is its raw line stripped, or its
    end (the first paragraph may have lost a repeated title at its start)."""
    page = clean_page(raw)
    kept = [line.strip() for line in page.text.split("\n") if line.strip()]
    lines = [line.strip() for line in raw.replace("\r\n", "\n").split("\n") if line.strip()]
    title_at = None
    if page.title:
        title = " ".join(page.title.split())
        title_at = next((i for i, line in enumerate(" ".join(x.split()) for x in lines)
                         if line == title or line.lstrip("#: ").startswith(title)
                         or line.lower().startswith(("title:", "headline:")) and title in line), None)
        if title_at is None:
            raise SystemExit(f"title {title!r} not found among the lines")
    out: list[bool] = []
    j = 0
    for i, line in enumerate(lines):
        hit = i == title_at or (j < len(kept) and (line == kept[j] or line.endswith(kept[j])))
        j += hit and i != title_at
        out.append(hit)
    if j != len(kept):
        raise SystemExit(f"could not align {len(kept) - j} kept lines, first {kept[j]!r}")
    return out


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _kept_html_blocks(data: bytes, labels: list[dict]) -> list[bool]:
    """For each labelled block of an HTML page, whether it is in what the pipeline keeps: the HTML
    reader's title and text (trafilatura first), the text then cleaned as every input is."""
    from orbat.sources.html import read_html
    record = read_html(data, "bench")
    page = clean_page(record.raw or "")
    out_text = "\n".join(filter(None, [record.title or page.title or "", page.text]))
    lines = {_norm(line) for line in out_text.split("\n") if line.strip()}
    whole = _norm(out_text)
    return [_norm(x["text"]) in lines or (len(x["text"]) >= 25 and _norm(x["text"]) in whole) for x in labels]


def evaluate(label_path: Path) -> dict:
    spec = json.loads(label_path.read_text(encoding="utf-8"))
    page_path = BENCH / spec["page"]
    labels = spec["lines"]
    if spec["format"] == "html":
        kept = _kept_html_blocks(page_path.read_bytes(), labels)
    else:
        kept = _kept_text_lines(page_path.read_text(encoding="utf-8"))
        if len(kept) != len(labels):
            raise SystemExit(f"{page_path.name}: {len(kept)} lines but {len(labels)} labels")
    left = [x for x, k in zip(labels, kept) if k and x["label"] == "chrome"]
    lost = [x for x, k in zip(labels, kept) if not k and x["label"] == "article"]
    return {"name": label_path.stem, "site": spec["site"], "split": spec["split"],
            "article": sum(x["label"] == "article" for x in labels),
            "chrome": sum(x["label"] == "chrome" for x in labels), "left": left, "lost": lost}


def _scores(rows: list[dict]) -> dict:
    art = sum(r["article"] for r in rows)
    chrome = sum(r["chrome"] for r in rows)
    left = sum(len(r["left"]) for r in rows)
    lost = sum(len(r["lost"]) for r in rows)
    kept_article = art - lost
    dropped_chrome = chrome - left

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0
    return {"pages": len(rows), "article": art, "chrome": chrome, "left": left, "lost": lost,
            "article_p": ratio(kept_article, kept_article + left), "article_r": ratio(kept_article, art),
            "chrome_p": ratio(dropped_chrome, dropped_chrome + lost), "chrome_r": ratio(dropped_chrome, chrome)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "all"), default="dev")
    ap.add_argument("--show", action="store_true", help="list the chrome lines left in and article lines lost")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = ap.parse_args(argv)
    rows = [evaluate(p) for p in sorted((BENCH / "labels").glob("*.json"))]
    rows = [r for r in rows if args.split == "all" or r["split"] == args.split]
    if args.json:
        print(json.dumps(_scores(rows)))
        return 0
    print(f"{'page':34} {'art':>4} {'chr':>4} {'left':>5} {'lost':>5}")
    for r in rows:
        print(f"{r['name']:34} {r['article']:4} {r['chrome']:4} {len(r['left']):5} {len(r['lost']):5}")
        if args.show:
            for x in r["left"]:
                print(f"    chrome left  {x['line']:3}: {x['text'][:110]}")
            for x in r["lost"]:
                print(f"    article lost {x['line']:3}: {x['text'][:110]}")
    s = _scores(rows)
    sites = len({r["site"] for r in rows})
    print(f"\n{args.split}: {s['pages']} pages, {sites} sites, {s['article']} article and {s['chrome']} chrome lines")
    print(f"chrome lines left in: {s['left']}   article lines lost: {s['lost']}")
    print(f"article precision {s['article_p']:.3f} recall {s['article_r']:.3f}   "
          f"chrome precision {s['chrome_p']:.3f} recall {s['chrome_r']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
