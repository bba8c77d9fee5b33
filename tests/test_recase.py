"""Restoring the capitals of a text that lost them all, from what the lexicons know."""
from orbat.extract.pipeline import extract
from orbat.extract.recase import lost_capitals, recase

LOWER = ("addis ababa march 3 the ethiopian government said on tuesday that its forces had fought the ogaden national "
         "liberation front in the somali region for two weeks and accused eritrea of arming the rebels a car bomb "
         "also went off in the capital on monday the front was founded in 1984 and the government says it is backed "
         "by asmara which denies the charge the rebels say they fight for the rights of the ogaden people")


def test_a_text_with_its_capitals_is_left_as_it_is():
    text = "The Ogaden National Liberation Front fought the Ethiopian army in the Somali Region on Tuesday. " * 3
    assert not lost_capitals(text) and recase(text) == text


def test_known_names_months_weekdays_and_sentence_starts_get_their_capitals_back():
    out = recase(LOWER)
    assert len(out) == len(LOWER) and out.lower() == LOWER
    for name in ("Ogaden National Liberation Front", "Somali Region", "Eritrea", "Ethiopian", "Tuesday", "Monday",
                 "Addis Ababa", "March 3"):
        assert name in out
    assert "a car bomb" in out and "the Ogaden" in out  # an acronym that is a word, an article before a name


def test_a_page_in_lower_case_gives_the_ties_between_the_actors_the_lexicons_know():
    x = extract(LOWER, published="2007-03-06")
    name = {e.id: e.name for e in x.entities}
    rels = {(name[r.subject], r.relation, name[r.object]) for r in x.relations}
    assert any(r == "hostile_to" and "Ogaden National Liberation Front" in (s, o) for s, r, o in rels)
