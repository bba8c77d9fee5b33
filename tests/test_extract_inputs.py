"""`orbat extract` on real input kinds: the dev set fed as JSON lines with its dates gives the same
facts as the text files, and a saved HTML page keeps its metadata."""
from __future__ import annotations

import json

import pytest

from orbat.extract.pipeline import extract


def _dev_cases(shared):
    dev = shared / "bench" / "dev"
    cases = []
    for gold_path in sorted(dev.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        args = dict(zip(gold.get("args", [])[::2], gold.get("args", [])[1::2]))
        cases.append((dev / gold["text_file"], args.get("--published"), args.get("--url")))
    if not cases:
        pytest.skip("no dev set")
    return cases


def test_dev_set_as_json_lines_gives_the_same_facts(cli, shared, tmp_path):
    cases = _dev_cases(shared)
    dump = tmp_path / "dev.jsonl"
    with dump.open("w", encoding="utf-8") as out:
        for path, published, url in cases:
            row = {"text": path.read_text(encoding="utf-8"), "url": url}
            if published:
                row["date"] = published + "T08:00:00Z"
            out.write(json.dumps(row) + "\n")
    proc = cli("extract", dump, "--format", "json", timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == len(cases)
    for (path, published, url), got in zip(cases, lines):  # the same article read from its own file
        want = extract(path.read_text(encoding="utf-8"), published=published, url=url).to_dict()
        assert got["document"]["published"] == want["document"]["published"]
        assert got["document"]["text"] == want["document"]["text"]
        assert got["relations"] == want["relations"] and got["events"] == want["events"], path.name


def test_saved_html_page_keeps_title_date_and_site(cli, shared):
    page = shared / "bench" / "html" / "reuters.com.parasite.html"
    if not page.exists():
        pytest.skip("no saved pages")
    proc = cli("extract", page, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)["document"]
    assert doc["published"] == "2020-01-19" and doc["published_source"] == "metadata"
    assert doc["source"] == "Reuters" and "Parasite" in doc["title"]
    assert doc["text"].startswith("LOS ANGELES (Reuters)")


def test_a_page_date_the_text_contradicts_is_not_kept(cli, tmp_path):
    body = ("Rebels split in Idlib\n\nFighters of the 3rd Brigade left Jaysh al-Izza on December 14, 2019 and "
            "joined the Sham Legion, a commander said.")
    dump = tmp_path / "page.jsonl"
    dump.write_text(json.dumps({"text": body, "date": "2019-03-01"}) + "\n"
                    + json.dumps({"text": body.replace("Rebels", "Fighters"), "date": "2019-12-16"}) + "\n",
                    encoding="utf-8")
    proc = cli("extract", dump, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    early, right = (json.loads(line)["document"] for line in proc.stdout.splitlines())
    assert early["published"] is None and "2019-12-14" in early["published_note"]
    assert right["published"] == "2019-12-16" and right["published_note"] is None
