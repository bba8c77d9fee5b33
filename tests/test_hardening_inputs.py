"""Issue 13, items 2, 6, 7 and 10: inputs that used to crash or be misread.

- a symbolic link loop in a folder gets a status, and every good file is stored (item 2);
- decoding goes by the evidence: UTF-8 with a few bad bytes stays UTF-8 and says what was replaced,
  an English page in Windows-1256 keeps its Arabic line, Arabic is refused as non-English (item 6);
- HTML nested 255 levels and deeper is read, or read without its markup and says so (item 7);
- the language model loads under a small file-size limit (item 10)."""
from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from conftest import REPO
from orbat.ingest import ingest
from orbat.read import decode
from orbat.sources import iter_records
from orbat.store import open_store

ENGLISH = ("The Sham Legion fought the Syrian Arab Army near Kafr Nabl on 3 April 2020, a monitor said. "
           "Residents told reporters that the clashes lasted until the evening. ")
ARABIC = "قالت مصادر محلية إن فصائل المعارضة المسلحة سيطرت على القرية بعد اشتباكات عنيفة"
PARAGRAPH = ("<p>The Sham Legion fought the Syrian Arab Army near Kafr Nabl on 3 April 2020, a monitor said. It was "
             "the third clash this week, residents told reporters by telephone.</p>") * 4


def _records(*paths):
    return list(iter_records([str(p) for p in paths]))


def test_a_symlink_loop_gets_a_status_and_the_good_files_are_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ENGLISH * 2)
    (folder / "loop-a").symlink_to("loop-b")
    (folder / "loop-b").symlink_to("loop-a")
    (folder / "m-self").symlink_to("m-self")
    (folder / "z-good.txt").write_text("The Hamza Division clashed with the Syrian Arab Army near Atarib on "
                                       "4 April 2020, a monitor said. " * 2)
    store = open_store(str(tmp_path / "kb.db"))
    try:
        summary = ingest(store, iter_records([str(folder)]))
    finally:
        store.close()
    assert summary.counts["stored"] == 2, summary
    assert summary.counts["failed"] == 3
    assert all("loop" in f.message for f in summary.failures)
    # named on the command line, a loop is a status too, and the file before it is kept
    records = _records(folder / "a-good.txt", folder / "m-self")
    assert [r.status for r in records] == ["ok", "failed: unreadable"]


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_says_so(tmp_path):
    good = ("The group\u2019s commander said \u201cwe will fight\u201d. " + ENGLISH).encode() * 3
    bad = good[:40] + b"\xff" + good[40:300] + b"\xfe" + good[300:]
    text, note = decode(bad)
    assert "group\u2019s" in text and "\u201cwe will fight\u201d" in text
    assert "\u201a\u00c4\u00f4" not in text  # not Mac Roman's reading of the curly quote
    assert text.count("\ufffd") == 2 and "2 bytes" in note
    (tmp_path / "a.txt").write_bytes(bad)
    (record,) = _records(tmp_path / "a.txt")
    assert record.status == "ok" and "not UTF-8" in record.warning
    store = open_store(str(tmp_path / "kb.db"))
    try:
        outcome = []
        ingest(store, iter_records([str(tmp_path / "a.txt")]), on_outcome=outcome.append)
    finally:
        store.close()
    assert outcome[0].status == "stored" and "not UTF-8" in outcome[0].message
    done = subprocess.run([sys.executable, "-m", "orbat", "extract", str(tmp_path / "a.txt"), "--format", "json"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "warning" in done.stderr and "not UTF-8" in done.stderr


def test_an_english_page_in_windows_1256_keeps_its_arabic_line(tmp_path):
    page = ENGLISH * 12 + "\nA local source said: " + ARABIC[:40] + "\n" + ENGLISH * 12
    data = page.encode("cp1256")
    assert sum(b > 127 for b in data) < 0.03 * len(data)  # too few for a statistical guess
    assert decode(data) == (page, None)
    (tmp_path / "a.txt").write_bytes(data)
    (record,) = _records(tmp_path / "a.txt")
    assert record.status == "ok" and ARABIC[:30] in record.raw and record.language == "en"
    # Western text with a few accented letters and curly quotes is still read as Windows-1252
    western = ENGLISH * 8 + "Nab\u00fbdah and T\u00fcrkiye said the group\u2019s \u201cfighters\u201d left. " + ENGLISH * 8
    assert decode(western.encode("cp1252")) == (western, None)


@pytest.mark.parametrize("arabic", [ARABIC, "خبر عاجل: اشتباكات في إدلب بين الفصائل", ARABIC + ". " + ARABIC])
def test_arabic_in_windows_1256_is_not_taken_for_english(tmp_path, arabic):
    (tmp_path / "a.txt").write_bytes(arabic.encode("cp1256"))
    (record,) = _records(tmp_path / "a.txt")
    assert record.status.startswith("skipped: language") and record.language != "en", record
    assert record.raw is None or "قالت" in record.raw or "خبر" in record.raw


@pytest.mark.parametrize("depth", [254, 255, 300, 1500, 5000])
def test_deeply_nested_html_keeps_its_body(tmp_path, depth):
    html = ("<html><head><title>Clash near Kafr Nabl</title></head><body>" + "<div>" * depth + PARAGRAPH
            + "</div>" * depth + "</body></html>")
    (tmp_path / "page.html").write_text(html)
    (record,) = _records(tmp_path / "page.html")
    assert record.status == "ok"
    assert "third clash this week" in record.raw and len(record.raw) > 400
    if depth > 2048:  # deeper than libxml2 follows even with huge_tree: read without the markup, and said
        assert "nests its elements" in record.warning


def test_deeply_nested_html_with_no_text_fails_with_a_status(tmp_path):
    (tmp_path / "page.html").write_text("<html><body>" + "<div>" * 5000 + "</div>" * 5000 + "</body></html>")
    (record,) = _records(tmp_path / "page.html")
    assert record.status.startswith("failed:")


def test_the_language_model_loads_under_a_small_file_size_limit(tmp_path):
    (tmp_path / "a.txt").write_text("Les combattants de la brigade ont rejoint la coalition au printemps, selon un "
                                    "porte-parole qui a parlé aux journalistes dans la ville.\n")

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    done = subprocess.run([sys.executable, "-m", "orbat", "extract", str(tmp_path / "a.txt"), "--format", "json"],
                          cwd=REPO, capture_output=True, text=True, timeout=120, preexec_fn=small_files,
                          env={**os.environ, "TMPDIR": str(tmp_path)})
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 3 and '"language": "fr"' in done.stdout, done.stderr
