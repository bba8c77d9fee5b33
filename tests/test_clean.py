"""The page cleaner: chrome goes, article text stays exactly as written, the headline is found."""
from __future__ import annotations

import json

import pytest

from orbat.extract.clean import CleanPage, clean_page

# Pages in the shape of different sites' crawled text (written for these tests).
NEWS_SITE = """\
Home | World | Africa | Opinion | Video
Africa
Junta extends curfew in northern town after convoy ambush
By Amadou Diallo
Posted by admin on 3 March 2021
Share this article
Tweet
Photo: AFP
Soldiers from the national army patrolled the market on Tuesday after an ambush killed nine people near the town.
The regional governor said the curfew would remain until further notice.
It did.
Background
The armed group, which pledged allegiance to a larger coalition in 2019, has attacked convoys for months.
Subscribe to our newsletter
Get the latest headlines delivered to your inbox every morning.
Related:
Army retakes river crossing
Five killed in market blast
Comments (3)
Moussa says:
March 4, 2021 at 10:15 am
This is terrible news for the region and we hope peace returns soon.
Reply
© 2021 Sahel Daily. All rights reserved.
"""

WIDGET_SITE = """\
€ 10
$ 2,500
JANUARY 2022

Militia commander defects to rival faction, sources say


Militia commander defects to rival faction, sources say

File image

A senior commander of the militia defected on Sunday to its rival, taking some 200 fighters with him, two sources said.

"We will fight on," a spokesman for the militia told reporters.

Read more

We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.

Leave a Reply

Your email address will not be published. Required fields are marked *

Great piece, thank you for the detailed reporting on this matter.
"""

APPEAL_SITE = """\
Rebels seize border post

BOGOTÁ, 3 March 2021 (AFP) – Rebels seized a border post on Wednesday, the army said.

The post had been held by the army since 2019.

More on this topic:

Army says rebels lost 40 fighters in January
Peace talks stall again

Do you like what we do? Consider helping us!
"""

MAGAZINE_SITE = """\
Skip to content
Resistance forces overrun army outpost | Frontier Desk
Listen to this article
5 min read
Published: 13 November 2023
Advertisement
A coalition of ethnic armed groups said on Monday it had captured an army outpost near the border.
ADVERTISEMENT
Also Read: Junta imposes martial law in border townships
Fighting has displaced more than 50,000 people since late October, according to the United Nations.
Follow us on Facebook and Telegram
"""

MARKDOWN_PAGE = """\
## History
![Flag of the Example Brigade](https://example.org/wiki/Special:Redirect/file/Flag.svg?)
The Example Brigade was formed in May 2014 by local volunteers. It merged with a larger unit later that year.

### Leadership
[Commanders](https://example.org/a) · [Units](https://example.org/b)
In 2015 its first commander was killed in action.
"""

REPEATED_TITLE_BODY = """\
Twelve dead as rival factions clash in eastern town

Twelve dead as rival factions clash in eastern town Fighting between two factions killed twelve people on Friday, \
a monitor said. The clashes broke out after a dispute over a checkpoint and continued into the night, residents said.
"""


def check(page: CleanPage, title: str | None, keep: list[str], drop: list[str]) -> None:
    assert page.title == title
    for text in keep:
        assert text in page.text, text
    for text in drop:
        assert text not in page.text, text
        assert any(text in line for line in page.dropped), text


def test_news_site_chrome_goes_article_stays():
    page = clean_page(NEWS_SITE)
    check(page, "Junta extends curfew in northern town after convoy ambush",
          keep=["Soldiers from the national army patrolled", "until further notice.", "It did.",
                "Background", "has attacked convoys for months."],
          drop=["Home | World", "By Amadou Diallo", "Posted by admin", "Share this article", "Tweet",
                "Photo: AFP", "Subscribe to our newsletter", "delivered to your inbox", "Related:",
                "Army retakes river crossing", "Comments (3)", "Moussa says:", "terrible news",
                "All rights reserved"])
    assert page.text.startswith("Soldiers from the national army")


def test_widgets_doubled_title_caption_cookies_comment_form():
    page = clean_page(WIDGET_SITE)
    check(page, "Militia commander defects to rival faction, sources say",
          keep=["taking some 200 fighters with him, two sources said.",
                '"We will fight on," a spokesman for the militia told reporters.'],
          drop=["€ 10", "$ 2,500", "JANUARY 2022", "File image", "Read more", "use cookies",
                "Leave a Reply", "Required fields", "Great piece"])
    assert "Militia commander defects" not in page.text


def test_related_list_and_donation_appeal_at_the_bottom():
    page = clean_page(APPEAL_SITE)
    check(page, "Rebels seize border post",
          keep=["BOGOTÁ, 3 March 2021 (AFP) – Rebels seized a border post", "held by the army since 2019."],
          drop=["More on this topic", "Peace talks stall again", "Consider helping us"])
    assert page.text.endswith("since 2019.")


def test_magazine_site_ads_reading_time_and_inline_links():
    page = clean_page(MAGAZINE_SITE)
    check(page, "Resistance forces overrun army outpost",
          keep=["captured an army outpost near the border.", "according to the United Nations."],
          drop=["Skip to content", "Listen to this article", "5 min read", "Published: 13 November",
                "Advertisement", "ADVERTISEMENT", "Also Read", "Follow us"])


def test_markdown_headings_kept_images_and_link_lists_dropped():
    page = clean_page(MARKDOWN_PAGE)
    assert page.title is None
    assert page.text.split("\n\n") == [
        "History",
        "The Example Brigade was formed in May 2014 by local volunteers. It merged with a larger unit later that year.",
        "Leadership",
        "In 2015 its first commander was killed in action.",
    ]
    assert len(page.dropped) == 2


def test_markdown_member_lists_are_content():
    raw = ("## Structure\n- Victory Bloc\n- Northern Bloc\n\nThe operations room was formed by several "
           "brigades in the north of the province.\n\n## Members\n* First Brigade\n* Second Brigade\n")
    assert clean_page(raw).text.split("\n\n") == [
        "Structure", "- Victory Bloc", "- Northern Bloc",
        "The operations room was formed by several brigades in the north of the province.",
        "Members", "* First Brigade", "* Second Brigade"]


def test_title_repeated_at_body_start_is_stripped():
    page = clean_page(REPEATED_TITLE_BODY)
    assert page.title == "Twelve dead as rival factions clash in eastern town"
    assert page.text.startswith("Fighting between two factions killed twelve people")


def test_title_inside_body_not_at_start_is_kept():
    raw = ("Army retakes town\n\nOn Friday the state television said: Army retakes town after heavy fighting, "
           "as rebels pulled back to the hills.\n")
    page = clean_page(raw)
    assert page.title == "Army retakes town"
    assert page.text == raw.split("\n\n")[1].strip()


def test_headline_with_final_period_on_a_standalone_first_line():
    raw = "40 fighters die in depot blast.\n\nAn explosion at an ammunition depot killed 40 fighters on Monday, " \
          "the group said. Rescue teams were still searching the site late in the evening.\n"
    assert clean_page(raw).title == "40 fighters die in depot blast."


def test_prose_first_line_is_never_the_title():
    raw = ("The group was founded in 2012 by defectors. It later joined a larger coalition.\n\n"
           "In 2014 it was expelled from the coalition after clashes with a rival unit.\n")
    page = clean_page(raw)
    assert page.title is None
    assert page.text == raw.strip()


def test_unpunctuated_prose_opening_is_never_the_title():
    raw = ("Fighters loyal to the council moved into the eastern districts during the night and set up "
           "checkpoints on the main roads leading out of the city towards the border\n\n"
           "The council later said the move was temporary.\n")
    page = clean_page(raw)
    assert page.title is None
    assert page.text == raw.strip()


def test_site_name_after_pipe_is_not_part_of_the_title():
    raw = "Gangs attack police station in the capital | The Daily Courier\n\n" \
          "Armed men attacked a police station in the capital on Tuesday, police said, and two officers were hurt.\n"
    assert clean_page(raw).title == "Gangs attack police station in the capital"


def test_short_share_bar_repeated_above_and_below_is_dropped():
    raw = ("Militias agree to truce in southern province\nShare | Tweet | Email\n"
           "Leaders of three militias signed a truce on Monday after weeks of fighting in the province.\n"
           "The deal was brokered by local elders.\nShare | Tweet | Email\n")
    page = clean_page(raw)
    assert "Share" not in page.text
    assert page.text.endswith("The deal was brokered by local elders.")


def test_kept_paragraphs_are_verbatim_slices_of_the_input():
    for raw in (NEWS_SITE, WIDGET_SITE, APPEAL_SITE, MAGAZINE_SITE, REPEATED_TITLE_BODY):
        page = clean_page(raw)
        for paragraph in page.text.split("\n\n"):
            assert paragraph in raw, paragraph


def test_crlf_and_trailing_spaces_are_normalised():
    page = clean_page("Ceasefire collapses in the north   \r\n\r\nFighting resumed on Sunday along the whole front, "
                      "witnesses said.   \r\nBoth sides blamed each other.\t\r\n")
    assert page.title == "Ceasefire collapses in the north"
    assert page.text == ("Fighting resumed on Sunday along the whole front, witnesses said.\n\n"
                         "Both sides blamed each other.")


def test_hard_wrapped_paragraph_stays_one_paragraph():
    raw = ("Brigade joins new alliance\n\nThe brigade said on Monday that it had joined the\n"
           "alliance formed last month by four other groups.\n")
    assert clean_page(raw).text == "The brigade said on Monday that it had joined the\nalliance formed last month by four other groups."


@pytest.mark.parametrize("raw", ["", "   \n\t\n\n", "\ufeff"])
def test_empty_input(raw):
    assert clean_page(raw) == CleanPage(title=None, text="", dropped=[])


def test_single_line_is_text_not_title():
    assert clean_page("Fighting continued overnight") == CleanPage(None, "Fighting continued overnight", [])


def test_non_ascii_page():
    raw = "Армия заявила о взятии села\n\nВооружённые силы заявили в понедельник, что взяли село после боёв. Ополченцы отступили.\n"
    page = clean_page(raw)
    assert page.title == "Армия заявила о взятии села"
    assert page.text == "Вооружённые силы заявили в понедельник, что взяли село после боёв. Ополченцы отступили."


def test_very_long_line_is_kept_whole():
    line = "The convoy moved north along the river road and stopped at every village. " * 2000
    page = clean_page("Convoy heads north\n\n" + line)
    assert page.title == "Convoy heads north"
    assert page.text == line.strip()


@pytest.mark.parametrize("unit", [NEWS_SITE, "Share\n", "x" * 80 + "\n", "[a](b) "])
def test_five_megabytes_of_one_pattern_is_handled(unit):
    """Pathological repetition (a page of chrome, one giant word) still gives a result, not a hang or a
    crash; how fast is measured by bench/speed.py, not here."""
    page = clean_page(unit * (5_000_000 // len(unit)))
    assert isinstance(page.text, str) and len(page.text) <= 5_000_000


def test_dev_gold_forbid_require_title(shared):
    dev = shared / "bench" / "dev"
    golds = sorted(dev.glob("*.gold.json"))
    if not golds:
        pytest.skip(f"no dev set at {dev}")
    failures = []
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = clean_page((dev / gold["text_file"]).read_text(encoding="utf-8"))
        failures += [f"{gold_path.name}: forbidden {s!r}" for s in gold["forbid"]["text_contains"] if s in page.text]
        failures += [f"{gold_path.name}: missing {s!r}" for s in gold["require"]["text_contains"] if s not in page.text]
        want = gold["require"].get("title_contains")
        if want and want.lower() not in (page.title or "").lower():
            failures.append(f"{gold_path.name}: title {page.title!r} lacks {want!r}")
    assert not failures, "\n".join(failures)


def test_fakes_corpus_every_article_has_text_and_title(shared):
    paths = sorted((shared / "bench" / "corpus" / "fakes").glob("*.txt"))
    if not paths:
        pytest.skip("no fakes corpus")
    raws = [p.read_text(encoding="utf-8") for p in paths]
    pages = [clean_page(raw) for raw in raws]
    bad = [p.name for p, page in zip(paths, pages) if not page.text or not page.title]
    assert not bad, bad[:20]
