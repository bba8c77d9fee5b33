"""Every real article in ../shared goes through `extract` and comes out as JSON with exact evidence."""
from __future__ import annotations

import json

import pytest

from orbat.extract.pipeline import extract
from orbat.read import read_input


def problems(path) -> list[str]:
    """What is wrong with the extraction of one article (empty when nothing is)."""
    result = extract(read_input(str(path)))
    data = result.to_dict()
    found = []
    if json.loads(json.dumps(data, ensure_ascii=False)) != data:
        found.append("JSON round trip changed the result")
    text = result.document.text
    for fact in [*result.relations, *result.events]:
        ev = fact.evidence
        if text[ev.start:ev.end] != ev.sentence:
            found.append(f"evidence {ev.start}:{ev.end} does not slice to {ev.sentence[:60]!r}")
    return found


def run_all(paths) -> None:
    failures = {}
    for path in paths:
        try:
            found = problems(path)
        except Exception as err:  # collect every article's failure, not only the first
            found = [f"{type(err).__name__}: {err}"]
        if found:
            failures[path.name] = found
    assert not failures, f"{len(failures)} of {len(paths)} articles: " + "; ".join(
        f"{name}: {found[0]}" for name, found in list(failures.items())[:10])


def test_fakes_corpus(shared):
    """Every fourth FA-KES article (198 of 792, from every outlet): the whole corpus goes through the same
    code in bench/speed.py; here a quarter keeps the suite within its time."""
    paths = sorted((shared / "bench" / "corpus" / "fakes").glob("*.txt"))[::4]
    if not paths:
        pytest.skip("no FA-KES corpus in shared/bench/corpus/fakes")
    run_all(paths)


def test_dev_texts(shared):
    paths = sorted((shared / "bench" / "dev").glob("*.txt"))
    if not paths:
        pytest.skip("no dev texts in shared/bench/dev")
    run_all(paths)
