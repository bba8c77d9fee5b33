"""The parse-based candidates and the learned decision: paths, names from the recogniser, the policy that
lets the rules' readings stand and adds the model's, calibration, and deterministic training."""
import json
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from orbat.extract import decide, extract, parse, train
from orbat.extract.collect import Collector
from orbat.extract.view import Slot, View


def test_path_between_two_names_runs_through_their_verb():
    text = "The Hamza Brigade joined the Sham Legion in October."
    doc = parse.parse([text])[0]
    brigade = parse.token_at(doc, text.index("Hamza"), text.index(" joined"))
    legion = parse.token_at(doc, text.index("Sham"), text.index(" in "))
    up, lca, down = parse.path(brigade, legion)
    assert lca.lemma_ == "join"
    feats = parse.path_features(brigade, legion)
    assert "lca=join" in feats and any(k.startswith("shape=nsubj|VERB|dobj") for k in feats)


def test_a_name_the_finder_cannot_place_comes_from_the_recogniser_and_holds_its_place():
    out = extract("The Hawks of Kandahar, a faction loyal to Colonel Rahim Zadran, seized the town from the "
                  "Taliban.", published="2020-05-05").to_dict()
    names = {e["name"]: e["type"] for e in out["entities"]}
    assert names.get("Hawks of Kandahar") == "armed_group"
    assert "Kandahar" not in names


def _doc_with(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(parse._nlp().vocab, words=words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


@pytest.mark.parametrize("words, ent, typ", [
    ("Reporters of the Kivu Daily News said so".split(), (3, 6, "ORG"), "organization"),
    ("Fighters of the Red Hand clashed with police".split(), (3, 5, "ORG"), "armed_group"),
    ("The Malian Army shelled the village".split(), (1, 3, "ORG"), "state_force"),
    ("Talks with Amina Yusuf ended".split(), (2, 4, "PERSON"), "person"),
    ("Talks in Gao ended".split(), (2, 3, "GPE"), "place"),
])
def test_recognised_names_are_typed_by_their_words_and_sentence(words, ent, typ):
    doc = _doc_with(words, [ent])
    found = parse.ner_names(doc, 100, [])
    assert [t for *_, t in found] == [typ]
    a, b, text, _ = found[0]
    assert text == " ".join(words[ent[0]:ent[1]]) and b - a == len(text) and a >= 100


def test_a_name_already_found_is_not_found_twice():
    doc = _doc_with("Talks with Amina Yusuf ended".split(), [(2, 4, "PERSON")])
    assert parse.ner_names(doc, 0, [(11, 22)]) == []


def _model(weights: dict, labels=("none", "hostile_to", "part_of>", "part_of<"), add=0.5) -> decide.Model:
    return decide.Model({"labels": list(labels), "intercept": [0.0] * len(labels),
                         "weights": {f: [[labels.index(lab), w] for lab, w in ws.items()]
                                     for f, ws in weights.items()},
                         "add": add, "calibration": [[0.0, 1.0], [0.1, 0.9]]})


def test_the_rules_reading_stands_and_the_models_confident_one_is_added():
    text = "Group A fought Group B while Group C joined Group D and Amina Yusuf led Group D."
    slots = [Slot(0, 7, "a", "armed_group", "Group A"), Slot(15, 22, "b", "armed_group", "Group B"),
             Slot(29, 36, "c", "armed_group", "Group C"), Slot(44, 51, "d", "armed_group", "Group D"),
             Slot(56, 67, "p", "person", "Amina Yusuf")]
    view = View(text, 0, slots, [], 0)
    col = Collector()
    col.relation(view, slots[0], "hostile_to", slots[1], 8)
    rel = _model({"rule=hostile_to": {"hostile_to": 1.0}, "joined": {"part_of>": 9.0},
                  "led": {"part_of>": 9.0}})
    pairs = [decide.Pair(view, slots[0], slots[1], "hostile_to", {"rule=hostile_to": 1}),
             decide.Pair(view, slots[2], slots[3], "none", {"joined": 1}),
             decide.Pair(view, slots[4], slots[3], "none", {"led": 1})]  # a person is no unit of a group
    decide.apply(pairs, [], col, rel, _model({}, labels=("none", "agent")))
    got = {(r.subject, r.relation, r.object): r.confidence for r in col.relations}
    assert set(got) == {("a", "hostile_to", "b"), ("c", "part_of", "d")}
    p = rel.proba({"rule=hostile_to": 1})[1]
    assert got[("a", "hostile_to", "b")] == pytest.approx(rel.calibrated(p))


def test_a_model_that_adds_nothing_gets_only_the_rules_readings_while_the_other_gets_every_candidate():
    text = "Group A fought Group B while Group C attacked Group D."
    slots = [Slot(0, 7, "a", "armed_group", "Group A"), Slot(15, 22, "b", "armed_group", "Group B"),
             Slot(29, 36, "c", "armed_group", "Group C"), Slot(46, 53, "d", "armed_group", "Group D")]
    view = View(text, 0, slots, [], 0)
    col = Collector()
    col.relation(view, slots[0], "hostile_to", slots[1], 8)
    pairs, args = decide.candidates([view], col, every_rel=False, every_arg=True)
    assert {frozenset((p.a.eid, p.b.eid)) for p in pairs} == {frozenset("ab")}  # the rules' reading only
    assert {a.slot.eid for a in args} >= {"c", "d"}  # every entity beside a trigger word
    pairs, args = decide.candidates([view], col, every_rel=False, every_arg=False)
    assert not args  # the rules read no event here


def test_calibration_is_monotone_and_bounded():
    m = _model({})
    m.calibration = ([0.1, 0.4, 0.8], [0.05, 0.3, 0.7])
    values = [m.calibrated(x / 20) for x in range(21)]
    assert values == sorted(values) and values[0] == 0.05 and values[-1] == 0.7


def test_the_shipped_models_load_with_their_thresholds():
    rel, arg = decide.models()
    assert {"none", "hostile_to", "member_of", "part_of>"} <= set(rel.labels)
    assert {"none", "agent", "target"} <= set(arg.labels)
    assert 0 < rel.add <= 1.01 and 0 < arg.add <= 1.01


def _write_case(folder: Path, name: str, text: str, gold: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold.update(id=name, text_file=f"{name}.txt", args=["--published", "2021-03-02"])
    for item in gold["relations"] + gold["events"]:
        quote = item.pop("quote")
        item["at"] = [text.index(quote), text.index(quote) + len(quote)]
    (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_training_is_deterministic(tmp_path, shared):
    text = ("The Hamza Brigade joined the Sham Legion last week. The Sham Legion fought the Syrian Arab Army "
            "near Atarib. The Syrian Arab Army shelled the Hamza Brigade in Atarib on Monday.")
    gold = {"entities": [{"key": "h", "type": "armed_group", "names": ["Hamza Brigade"]},
                         {"key": "s", "type": "armed_group", "names": ["Sham Legion"]},
                         {"key": "a", "type": "state_force", "names": ["Syrian Arab Army"]},
                         {"key": "t", "type": "place", "names": ["Atarib"]}],
            "relations": [{"s": "h", "r": "part_of", "o": "s", "quote": "The Hamza Brigade joined"},
                          {"s": "s", "r": "hostile_to", "o": "a", "quote": "The Sham Legion fought"},
                          {"s": "a", "r": "hostile_to", "o": "h", "quote": "The Syrian Arab Army shelled"}],
            "events": [{"type": "joining", "agent": ["h"], "to": ["s"], "quote": "The Hamza Brigade joined"},
                       {"type": "clash", "agent": ["s"], "target": ["a"], "quote": "The Sham Legion fought"}]}
    for split in ("train", "dev"):
        _write_case(tmp_path / "corpus" / split, "case", text, json.loads(json.dumps(gold)))
    outs = []
    for run in ("one", "two"):
        train.main(["--corpus", str(tmp_path / "corpus"), "--shared", str(shared), "--out", str(tmp_path / run)])
        outs.append({p.name: p.read_bytes() for p in (tmp_path / run).iterdir()})
    assert outs[0] == outs[1] and set(outs[0]) == {"relations.json.gz", "arguments.json.gz"}
    model = decide.Model.load(tmp_path / "one" / "relations.json.gz")
    assert "none" in model.labels and model.weights


def test_the_recogniser_reads_a_window_around_each_unplaced_name():
    sentence = ("After weeks of talks in the capital and a long dispute over the terms, fighters of the "
                "Red Hand clashed with police near the market on Monday.")
    runs = parse.unplaced_names(sentence, 0, [])
    spans = parse.windows(sentence, runs)
    assert len(spans) == 1
    a, b = spans[0]
    assert "Red Hand" in sentence[a:b] and len(sentence[a:b].split()) <= 2 + 2 * parse.WINDOW
    assert not sentence[a:b].startswith("After")


def test_a_window_never_cuts_a_name_in_two():
    sentence = "one two three four five six seven eight nine ten Abu Mohammed al-Jolani Hamid said"
    (a, b), = parse.windows(sentence, [(sentence.index("al-Jolani"), sentence.index("al-Jolani") + 9)], context=1)
    assert "Abu Mohammed al-Jolani Hamid" in sentence[a:b] and "nine" not in sentence[a:b]
