"""Tests for orbat.extract.dates: parsing anchors, finding and resolving date expressions."""
import importlib.util
import sys
from pathlib import Path

import pytest

from orbat.extract.dates import Anchor, find_dates, parse_anchor

REPO = Path(__file__).resolve().parents[1]


def found(text, anchor=None):
    """(text, value) pairs for every mention, checking offsets on the way."""
    a = parse_anchor(anchor) if anchor else None
    out = find_dates(text, a)
    for m in out:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in out] == sorted(m.start for m in out)
    assert all(x.end <= y.start for x, y in zip(out, out[1:]))
    return [(m.text, m.value) for m in out]


def values(text, anchor=None):
    return [v for _, v in found(text, anchor)]


# --- parse_anchor -----------------------------------------------------------

@pytest.mark.parametrize("s, expected", [
    ("2019", Anchor(2019)),
    ("2019-12", Anchor(2019, 12)),
    ("2019-12-16", Anchor(2019, 12, 16)),
    ("2019-12-16T10:00:00Z", Anchor(2019, 12, 16)),
    ("1990-08-15T13:37", Anchor(1990, 8, 15)),
    ("2020-02-29T23:59:59+02:00", Anchor(2020, 2, 29)),
])
def test_parse_anchor(s, expected):
    assert parse_anchor(s) == expected


def test_anchor_iso_keeps_precision():
    assert parse_anchor("2019").iso() == "2019"
    assert parse_anchor("2019-03").iso() == "2019-03"
    assert parse_anchor("2019-03-07T08:00:00Z").iso() == "2019-03-07"


@pytest.mark.parametrize("bad", ["", "yesterday", "19-12-16", "2019-13-01", "2019-02-30", "2019/12/16", "2019-12-16 junk"])
def test_parse_anchor_rejects(bad):
    with pytest.raises(ValueError, match="invalid date"):
        parse_anchor(bad)


# --- absolute dates -----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The town fell on 16 September 2014.", "2014-09-16"),
    ("Talks opened on December 14, 2019 in the capital.", "2019-12-14"),
    ("Talks opened Dec. 14 2019 in the capital.", "2019-12-14"),
    ("Report dated 2019-09-08.", "2019-09-08"),
    ("Posted Thu Oct 5 2017 by staff.", "2017-10-05"),
    ("Signed on 10-09-2014 at noon.", "2014"),  # day and month may be either: only the year is known
    ("Signed on 10/25/2014 at noon.", "2014-10-25"),
    ("The brigade was formed in 2012.", "2012"),
    ("Recruiting peaked in mid-2012.", "2012"),
    ("The front moved in early November 2014.", "2014-11"),
    ("Protests began in March 2011.", "2011-03"),
    ("After the June 2014 skirmishes, the unit withdrew.", "2014-06"),
    ("The siege has lasted since 6 June 2017.", "2017-06-06"),
    ("By July 2013 the militia held the valley.", "2013-07"),
    ("The movement dates from the 1990s.", "199X"),
    ("the first half of 2014 was quiet", "2014-40"),
])
def test_absolute(text, value):
    assert values(text, "2020-01-01") == [value]


@pytest.mark.parametrize("text, found", [
    ("The fronts fought a civil war from 1972 to 1974.", ["1972", "1974"]),
    ("The fronts fought each other between 1980 and 1981.", ["1980", "1981"]),
    ("The brigade grew to 2000 fighters.", []),
])
def test_a_year_after_to_or_and_only_after_another_year(text, found):
    assert values(text, "2020-01-01") == found


def test_absolute_dates_carry_no_anchor():
    (m,) = find_dates("It ended on 3 May 2016.", parse_anchor("2020-01-01"))
    assert (m.text, m.value, m.anchor, m.kind) == ("3 May 2016", "2016-05-03", None, "date")
    assert m.to_dict() == {"text": "3 May 2016", "start": 12, "end": 22, "value": "2016-05-03",
                           "anchor": None, "kind": "date"}


# --- relative to the publication date -------------------------------------------

@pytest.mark.parametrize("text, anchor, value", [
    ("The offensive began last October.", "2019-12-16", "2019-10"),
    ("The offensive began last October.", "2019-10-05", "2018-10"),
    ("It was retaken in March this year.", "2015-07-15", "2015-03"),
    ("It was retaken in June last year.", "2015-07-15", "2014-06"),
    ("It grew earlier this year.", "2019-12-16", "2019"),
    ("It grew last year.", "2017-10-05", "2016"),
    ("It grew last month.", "2015-02-18", "2015-01"),
    ("In December the group split.", "2015-02-18", "2014-12"),
    ("In February the group split.", "2015-02-18", "2015-02"),
    ("The raid on December 14 was repelled.", "2019-12-16", "2019-12-14"),
    ("The raid on 8 July was repelled.", "2019-03-01", "2018-07-08"),
    ("Tuesday's attack killed four.", "2015-07-15", "2015-07-14"),
    ("Shelling resumed on Monday.", "2015-07-15", "2015-07-13"),
    ("Shelling resumed on Friday.", "2017-04-28", "2017-04-28"),
    ("Shelling resumed last Friday.", "2017-04-28", "2017-04-21"),
    ("Shelling resumed yesterday.", "2015-07-15", "2015-07-14"),
    ("Shelling resumed today.", "2015-07-15", "2015-07-15"),
    ("At about 11 p.m. last night, fighters attacked the jetty.", "2009-07-13", "2009-07-12"),
    ("Early this morning, aircraft began air strikes.", "1995-08-30", "1995-08-30"),
    ("Air strikes overnight killed 14 fighters.", "2014-09-25", "2014-09-24/2014-09-25"),
    ("At least 50 fighters were killed in the past 24 hours.", "2014-11-30", "2014-11-29/2014-11-30"),
    ("They executed 24 civilians over the last 24 hours.", "2016-07-29", "2016-07-28/2016-07-29"),
    ("The town was shelled overnight on Saturday.", "2015-07-15", "2015-07-11"),
    ("Fighting was reported on Monday and Tuesday.", "2003-05-21", "2003-05-19/2003-05-20"),
    ("On Saturday and Sunday the town was shelled.", "2015-07-15", "2015-07-11/2015-07-12"),
    ("The convoy left two weeks ago.", "2015-07-15", "2015-07-01"),
    ("The convoy left three days ago.", "2015-07-15", "2015-07-12"),
    ("The convoy left a week ago.", "2015-07-15", "2015-07-08"),
    ("The convoy left nearly a week ago.", "2015-07-15", "2015-07-08~"),
    ("Elections are due next month.", "2015-12-03", "2016-01"),
    ("Fighting flared this week.", "2015-07-15", "2015-07-13/2015-07-19"),
    ("Fighting flared last week.", "2015-07-15", "2015-07-06/2015-07-12"),
    ("Fighting flared over the weekend.", "2015-07-15", "2015-07-11/2015-07-12"),
    ("The army currently holds the town.", "2015-07-15", "2015-07-15"),
    ("Profit fell in the third quarter.", "2015-11-20", "2015-35"),
    ("Profit fell in the fourth quarter.", "2015-02-20", "2014-36"),
])
def test_relative_to_publication(text, anchor, value):
    (m,) = find_dates(text, parse_anchor(anchor))
    assert m.value == value
    assert m.anchor == parse_anchor(anchor).iso()


def test_future_cue_keeps_upcoming_dates_in_the_anchor_year():
    assert values("The ceasefire will expire on Nov. 16.", "1999-10-30") == ["1999-11-16"]
    assert values("The ceasefire collapsed on Nov. 16.", "1999-10-30") == ["1998-11-16"]


def test_two_weekdays_listed_out_of_order_are_two_days():
    assert values("These are statements made Friday and Thursday.", "1998-02-06") == ["1998-02-06", "1998-02-05"]


def test_reference_words():
    got = found("Recently the rebels regrouped; now they attack.", "2015-07-15")
    assert got == [("Recently", None), ("now", "2015-07-15")]


# --- no publication date -----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The offensive began last October.", "XXXX-10"),
    ("It grew last year.", None),
    ("Shelling resumed on Tuesday.", None),
    ("Shelling resumed yesterday.", None),
    ("Shelling resumed overnight.", None),
    ("On 28 October the group formed a brigade.", "XXXX-10-28"),
    ("It was formed in December.", "XXXX-12"),
])
def test_no_anchor_keeps_unknowns(text, value):
    (m,) = find_dates(text, None)
    assert m.value == value
    assert m.anchor is None


def test_deictic_never_takes_year_from_text():
    got = found("The front held in 2014. Last October it broke.")
    assert got == [("2014", "2014"), ("Last October", "XXXX-10")]


# --- narrative anchoring --------------------------------------------------------------

def test_narrative_year_from_close_date():
    text = ("In early October 2016 the group formed a new brigade. "
            "On 28 October the group formed another one.")
    ms = find_dates(text, parse_anchor("2019-05-01"))
    assert [(m.value, m.anchor) for m in ms] == [("2016-10", None), ("2016-10-28", "narrative:2016-10")]


def test_narrative_same_month_and_month_alone():
    text = "The unit was created in May 2015. In the same month it took the pass. In June it split."
    assert values(text) == ["2015-05", "2015-05", "2015-06"]


def test_far_date_yields_to_publication_anchor():
    text = "The unit was created in May 2015.\n\nIt is active.\nIt recruits.\nOn 29 August it attacked."
    ms = find_dates(text, parse_anchor("2019-10-01"))
    assert (ms[-1].value, ms[-1].anchor) == ("2019-08-29", "2019-10-01")
    ms = find_dates(text, None)
    assert (ms[-1].value, ms[-1].anchor) == ("2015-08-29", "narrative:2015-05")


def test_anaphoric_year():
    assert values("The militia was founded in 2009. The following year it split.") == ["2009", "2010"]


# --- what is not a date ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The 5th Division and the 17th Division joined the 93rd Brigade.",
    "The 1st Infantry Brigade lost 500 militants.",
    "About 4,000 fighters and 2,500 $ were seized.",
    "They may have been killed.",
    "The march on the capital stalled.",
    "Rossiya 24 reported that G9 members met.",
    "He said 2014 fighters had joined the 1990 strong force.",
])
def test_not_dates(text):
    assert [v for v in found(text, "2019-01-01")] == []


def test_may_as_month_needs_context():
    assert values("They may have left in May.", "2019-06-10") == ["2019-05"]
    assert values("May 5 was calm.", "2019-06-10") == ["2019-05-05"]


def test_durations_and_sets():
    ms = find_dates("The siege lasted eight months, a four-year war, the past three months, "
                    "48 hours, every week.", None)
    assert [(m.kind, m.value) for m in ms] == [("duration", "P8M"), ("duration", "P4Y"),
                                               ("duration", "P3M"), ("duration", "PT48H"), ("set", "P1W")]


def test_offsets_index_text_as_given():
    text = "\u00e9t\u00e9 \u2014 On 3 March 2015, forces moved."
    (m,) = find_dates(text, None)
    assert text[m.start:m.end] == "3 March 2015"


# --- TimeBank -----------------------------------------------------------------------------

def test_timebank_value_f1(shared):
    folder = shared / "bench" / "timeml" / "TimeBank"
    spec = importlib.util.spec_from_file_location("timeml_eval", REPO / "bench" / "timeml_eval.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        del sys.modules[spec.name]
    result = mod.evaluate(folder)
    assert result["docs"] == 183
    assert result["value"][2] > 0.76
    assert result["span"][2] > 0.88


def test_a_span_of_years_is_an_interval():
    from orbat.extract.dates import find_dates, parse_anchor
    got = {d.text: d.value for d in find_dates("It fought in 2020-2022 and grew during 2011-13, not in 2014-06-09.",
                                               parse_anchor("2024-01-01"))}
    assert got == {"2020-2022": "2020/2022", "2011-13": "2011/2013", "2014-06-09": "2014-06-09"}
    got = {d.text: d.value for d in find_dates("Both fought in the 1992-95 war and during the 2020-2022 war, on the "
                                               "10-12 km road.", parse_anchor("2024-01-01"))}
    assert got == {"1992-95": "1992/1995", "2020-2022": "2020/2022"}


@pytest.mark.parametrize("text, value", [
    ("Mondays twin bombings came as the fighters pressed their assault.", "2014-09-15"),
    ("Thursdays attack comes as government forces advance.", "2014-09-11"),
    ("The market opens on Mondays and Fridays.", None),
    ("On Mondays the market opens.", None),
])
def test_a_weekday_whose_apostrophe_was_lost_is_that_day(text, value):
    got = [d.value for d in find_dates(text, parse_anchor("2014-09-17"))]
    assert got == ([value] if value else [])


def _relation_dates(text: str) -> list[tuple]:
    from orbat.extract.pipeline import extract
    x = extract(text, published="2020-03-10")
    return sorted((r.relation, r.valid_from, r.valid_until) for r in x.relations)


@pytest.mark.parametrize("text, dates", [
    ("From 2005 the Hawks Brigade was the leading member of the Sun Alliance.", [("part_of", "2005", None)]),
    ("The Hawks Brigade waged an insurgency against the Dawn Front from 1980.", [("hostile_to", "1980", None)]),
    ("The Hawks Brigade fought the Dawn Front from 2012 until it was crushed in 2015.",
     [("hostile_to", "2012", "2015")]),
])
def test_a_tie_from_a_date_starts_then(text, dates):
    assert _relation_dates(text) == dates


def test_an_opening_from_date_dates_no_tie_a_later_date_stands_before():
    dates = _relation_dates("From 2011 advisers helped the hunt, and in 2012 the Sun Alliance, made up mostly of the "
                            "Hawks Brigade, was formed.")
    assert [d for d in dates if d[0] == "part_of"] and ("part_of", "2011", None) not in dates


@pytest.mark.parametrize("text, since", [
    ("The Sun Brigade, which had been neutral, sided with the Hawks Brigade in April.", "2019-04"),
    ("The Sun Brigade allied itself with the Hawks Brigade in 2015.", "2015"),
])
def test_an_alliance_taken_up_at_a_date_starts_then(text, since):
    assert ("allied_with", since, None) in _relation_dates(text)


def test_the_start_of_the_year_is_january_of_the_year_of_writing():
    from orbat.extract.dates import find_dates, parse_anchor
    got = {d.text: d.value for d in find_dates("They have fought since the start of the year and since the beginning "
                                               "of the month, and will by the end of the year.", parse_anchor("2014-06-20"))}
    assert got == {"the start of the year": "2014-01", "the beginning of the month": "2014-06",
                   "the end of the year": "2014"}


@pytest.mark.parametrize("text, value", [
    ("Thirty years ago today, the army made its last attempt.", "1988-03-23"),
    ("Fifty years ago this month the front attacked.", "1968-03"),
    ("Two weeks ago the front attacked.", "2018-03-09"),
    ("Forty years ago, the front attacked.", "1978"),
])
def test_counted_offsets_opening_a_sentence_and_anniversaries(text, value):
    got = found(text, "2018-03-23")
    assert got[0][1] == value and got[0][0].split()[0] == text.split()[0].rstrip(",")


@pytest.mark.parametrize("phrase, value", [("The next day", "2018-03-13"), ("The following day", "2018-03-13"),
                                           ("The day after,", "2018-03-13"), ("The previous day", "2018-03-11"),
                                           ("On the same day,", "2018-03-12")])
def test_a_day_counted_from_the_last_date_given(phrase, value):
    got = found(f"On 12 March the front attacked. {phrase} the army struck back.", "2018-03-23")
    assert got[-1][1] == value


def test_the_next_day_with_no_earlier_date_to_the_day_stays_unknown():
    assert found("The front attacked in 2015. The next day the army struck back.", "2018-03-23")[-1][1] is None


@pytest.mark.parametrize("anchor, value", [
    ("2023-11-02", "2019"),        # both orders long past: only the year is known
    ("2019-03-10", "2019-03-04"),  # 3 April is after the publication
    ("2019-04-05", "2019-04-03"),  # both past, one in the last month: the page's own date
])
def test_a_numeric_date_whose_day_and_month_may_be_swapped_is_not_guessed(anchor, value):
    assert found("It attacked the town on 3/4/2019.", anchor) == [("3/4/2019", value)]


def test_days_later_with_no_date_before_is_unknown_not_after_publication():
    assert values("Two days later, the brigade stormed the town.", "2020-03-10") == [None]
    assert values("The following month the brigade stormed the town.", "2020-03-10") == [None]
    assert values("Later that month the brigade stormed the town.", "2020-03-10") == [None]
    assert values("It fell in January 2019. The following month the brigade stormed the town.", "2020-03-10") == \
        ["2019-01", "2019-02"]
    assert values("It fell on 1 March. Two days later, the brigade stormed the town.", "2020-03-10") == \
        ["2020-03-01", "2020-03-03"]
