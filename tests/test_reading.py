"""Output a person can read (issue 15): tables at the terminal's width that never break a word,
lexicon URLs on request, lineage that names someone or quotes the article, `orbat dates` reading
the page as `extract` does, and `orbat history` in words."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import insert

from orbat.resolve import match_keys
from orbat.store import open_store
from orbat.store.schema import aliases, entities
from orbat.store.views import lineage_phrase

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "jaysh-al-izza-defections.txt"


def orbat(*args: str, columns: int | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns:
        env["COLUMNS"] = str(columns)
    return subprocess.run([sys.executable, "-m", "orbat", *map(str, args)], cwd=REPO, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


def words_of(proc: subprocess.CompletedProcess) -> set[str]:
    return {w for w in proc.stdout.split() if w.strip("─")}  # table rules are not words


# --- tables ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wide():
    return orbat("extract", EXAMPLE, "--published", "2019-12-16", columns=400)


@pytest.mark.parametrize("columns", [70, 150])
def test_tables_keep_to_columns_and_never_break_a_word(columns, wide):
    proc = orbat("extract", EXAMPLE, "--published", "2019-12-16", columns=columns)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= columns, columns
    # every word printed at this width is a word of the unwrapped output: none was cut in two
    broken = words_of(proc) - words_of(wide)
    assert not broken, sorted(broken)[:10]
    assert "commander-in-chief" in proc.stdout
    if columns > 120:  # piped, yet as wide as $COLUMNS says, not a fixed 120
        assert max(len(line.rstrip()) for line in lines) > 120


def test_lexicon_urls_only_on_request(wide):
    assert "wikipedia.org" not in wide.stdout and "lexicon_source" not in wide.stdout
    shown = orbat("extract", EXAMPLE, "--published", "2019-12-16", "--sources", columns=200)
    assert "https://en.wikipedia.org/wiki/Jaysh_al-Izza" in shown.stdout


def test_a_table_too_wide_for_the_terminal_becomes_records():
    from rich.console import Console
    from orbat.terminal import table
    out = table(("name", "role", "since", "until", "credibility"),
                [("Hay'at Tahrir al-Sham", "deputy commander-in-chief", "2019-10", "2020-01", "2 single source")],
                wrap=("name", "role"), max_width=40)
    console = Console(width=40, record=True)
    with console.capture() as cap:
        console.print(out)
    text = cap.get()
    assert "role        deputy commander-in-chief" in text
    assert all(len(line) <= 40 for line in text.splitlines())


# --- lineage -----------------------------------------------------------------------------------------

def names(**roles):
    return {role: [{"name": n} for n in ns] for role, ns in roles.items()}


@pytest.mark.parametrize("type_, role, participants, sentence, expected", [
    ("defection", "from", names(agent=["Central Force"], **{"from": ["Jaysh al-Izza"]}), "",
     "defections of Central Force"),
    ("defection", "from", names(**{"from": ["Jaysh al-Izza"]}), "Senior commanders also defected from Jaysh al-Izza.",
     "defection, in the article's words: \u201cSenior commanders also defected from Jaysh al-Izza.\u201d"),
    ("joining", "to", names(to=["Sham Legion"]), "Hundreds joined the Sham Legion.",
     "joining, in the article's words: \u201cHundreds joined the Sham Legion.\u201d"),
    ("joining", "to", names(agent=["5th Division"], to=["Sham Legion"]), "", "was joined by 5th Division"),
    ("rename", "agent", names(agent=["Jabhat al-Nusra"]), "In 2016 the group renamed itself.",
     "rename, in the article's words: \u201cIn 2016 the group renamed itself.\u201d"),
    ("rename", "agent", names(agent=["Jabhat al-Nusra"], to=["Jabhat Fateh al-Sham"]), "",
     "renamed to Jabhat Fateh al-Sham"),
    ("merger", None, names(agent=["A"]), "A merged.", "merger, in the article's words: \u201cA merged.\u201d"),
    ("formation", "agent", names(agent=["5th Division"]), "", "formed"),
])
def test_lineage_names_someone_or_quotes_the_article(type_, role, participants, sentence, expected):
    phrase = lineage_phrase(type_, role, participants, sentence)
    assert phrase == expected
    assert "(unnamed)" not in phrase


# --- dates ---------------------------------------------------------------------------------------------

def test_dates_reads_the_page_as_extract_does():
    """The example's donation widget says JUNE 2022: no date of the article, and no year for it."""
    dates = json.loads(orbat("dates", EXAMPLE, "--format", "json").stdout)
    values = {d["text"]: d["value"] for d in dates}
    assert values["December 14"] == "XXXX-12-14" and values["Last October"] == "XXXX-10"
    assert "JUNE 2022" not in values and not any((v or "").startswith("2022") for v in values.values())
    extracted = json.loads(orbat("extract", EXAMPLE, "--format", "json").stdout)
    text = extracted["document"]["text"]
    assert all(text[d["start"]:d["end"]] == d["text"] for d in dates)  # offsets into extract's text
    given = orbat("dates", EXAMPLE, "--published", "2019-12-16")
    assert "2019-12-14" in given.stdout and given.stdout.startswith("published: 2019-12-16 (from given)")


def test_dates_without_a_date_on_the_seed(seed):
    dates = json.loads(orbat("dates", seed, "--format", "json").stdout)
    assert {d["text"]: d["value"] for d in dates}["December 14"] == "XXXX-12-14"


# --- history -------------------------------------------------------------------------------------------

def test_history_prints_names_and_what_changed(tmp_path):
    from orbat.store.review import add_alias, grade_source, merge
    db = str(tmp_path / "kb.db")
    store = open_store(db)
    with store.write() as conn:
        ids = {}
        for name in ("Sham Legion", "5th Division", "Faylaq al-Sham Brigade"):
            ids[name] = conn.execute(insert(entities).values(name=name, type="armed_group",
                                                             created_at="2026-01-01")).inserted_primary_key[0]
            for key in dict.fromkeys(match_keys(name)):
                conn.execute(insert(aliases).values(entity_id=ids[name], name=name, key=key, origin="article"))
        merge(conn, ids["Sham Legion"], ids["5th Division"], "analyst", "the division joined the legion")
        add_alias(conn, ids["Sham Legion"], "Levant Legion", "analyst", "its English name")
        grade_source(conn, "SouthFront", "C", "analyst", "often right")
    store.close()
    out = orbat("history", "--db", db, columns=200).stdout
    assert "5th Division merged into Sham Legion" in out
    assert "'Levant Legion' added as a name of Sham Legion" in out
    assert "source SouthFront graded C (was ungraded)" in out
    assert "{" not in out  # no JSON blobs
    rows = json.loads(orbat("history", "--db", db, "--format", "json").stdout)
    assert rows[0]["summary"].startswith("source SouthFront") and "payload" in rows[0]
