"""The publication date a web page states about itself, and where it states it.

`metadata_date` reads the page's publication-date metadata: Open Graph and similar meta tags,
JSON-LD `datePublished`, `itemprop="datePublished"`, `<time pubdate>`. htmldate is not asked for
this, because it takes the first date-like meta tag in page order, which on some sites is the
modification time (Reuters' `analyticsAttributes.articleDate`).

`byline_date` asks htmldate (original_date=True, extensive_search=False) about a copy of the page
reduced to its date markup: the head, the headline, elements whose class, id or itemprop speaks
of dates or bylines, and labelled lines ("Date 19.01.2020", "Published: ..."), with running text
blanked and chrome removed (footers, navigation, sidebars, teasers and every link, donation and
cookie widgets, "last updated" and copyright lines, modified-date and copyright meta tags). So a
widget's month, a copyright year, an update time, a linked article's date or a date in the
article's sentences is never taken for the publication date.
"""
from __future__ import annotations

import re
from copy import deepcopy
from datetime import date
from itertools import islice

import htmldate
from lxml import etree

from orbat.sources.pubdate import EARLIEST, iso_date

STRONG_META = ("article:published_time", "og:article:published_time", "article:published", "datepublished")
WEAK_META = ("publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "dc.date.issued",
             "dcterms.issued", "citation_publication_date", "sailthru.date", "parsely-pub-date", "date", "dc.date")
MAX_CHROME_TEXT = 300  # characters: a longer element is content, whatever words it holds

_CHROME_MARK = re.compile(
    r"footer|copyright|donat|fundrais|widget|sidebar|cookie|consent|newsletter|subscri|related|recommend|"
    r"promo|teaser|updated|modified|breadcrumb|menu|comments?$", re.I)
_CHROME_TEXT = re.compile(
    r"\b(?:updated|modified|revised|copyright|all rights reserved|donat\w*|fundrais\w*|raised)\b|©", re.I)
_PUBLISHED_CUE = re.compile(r"\b(?:published|posted|first published)\b", re.I)
_CHROME_META = re.compile(r"modif|updat|lastmod|revis|copyright|expir", re.I)
_FRAME = frozenset({"html", "body", "main", "article"})
_DATE_TAGS = frozenset({"time", "abbr", "h1"})
_DATE_MARK = re.compile(r"date|time|publi|posted|byline|dateline|meta|info|fecha|datum", re.I)
_LABEL = re.compile(r"\s*(?:date|dated|published|first published|posted|datum|fecha|publié|publicado)\b", re.I)


def metadata_date(tree, meta: dict[str, str], ld: dict) -> str | None:
    """The publication date in the page's metadata (`meta`: its meta tags by lower-cased name,
    `ld`: its JSON-LD article), or None."""
    marked = [el.get("datetime") or el.get("content")
              for el in tree.xpath("//*[@itemprop='datePublished'] | //time[@pubdate]")]
    for value in (*(meta.get(k) for k in STRONG_META), ld.get("datePublished"),
                  *(meta.get(k) for k in WEAK_META), *marked):
        found = iso_date(value)
        if found:
            return found
    return None


def byline_date(tree) -> str | None:
    """The publication date htmldate finds in the page's date markup, or None."""
    found = htmldate.find_date(_date_markup(tree), extensive_search=False, original_date=True, url="",
                               min_date=EARLIEST.isoformat(), max_date=date.today().isoformat())
    return iso_date(found)


def _date_markup(tree):
    """A copy of the page with only its date markup left (see the module's docstring); an element
    holding the headline is the article's frame, never chrome, whatever its class."""
    page = deepcopy(tree)
    doomed = page.xpath("//footer | //nav | //aside | //form | //noscript | //iframe | //a"
                        " | //meta[translate(@http-equiv, 'LASTMODIFE', 'lastmodife')='last-modified']")
    for el in page.iter(etree.Element):
        if el.tag == "meta":
            key = " ".join(filter(None, (el.get("name"), el.get("property"), el.get("itemprop"))))
            if _CHROME_META.search(key):
                doomed.append(el)
        elif el.tag not in _FRAME and _is_chrome(el):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    body = page.find("body")
    if body is None:
        return page
    kept: set = set()
    for el in body.iter(etree.Element):
        if el not in kept and _speaks_of_dates(el):
            el.set("class", f"date {el.get('class') or ''}")  # htmldate reads elements classed as dates
            kept.update(el.iter())
    for el in body.iter():
        if el not in kept:
            el.text = None
        if el.getparent() not in kept:
            el.tail = None
    return page


def _is_chrome(el) -> bool:
    """Whether an element is page chrome by its class or id, or by its short text ("Last updated")."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''}".split()
    if any(_CHROME_MARK.search(m) for m in marks):
        return el.find(".//h1") is None
    return bool(el.text and _CHROME_TEXT.search(el.text) and not _PUBLISHED_CUE.search(el.text)
                and len(el.text_content()) <= MAX_CHROME_TEXT)


def _speaks_of_dates(el) -> bool:
    """Whether an element is date markup: by its tag, class, id or itemprop, or a label ("Date ...")."""
    if el.tag in _DATE_TAGS:
        return True
    if el.tag == "script":
        return el.get("type") == "application/ld+json"
    marks = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
    if marks and _DATE_MARK.search(marks):
        return True
    return len(el) <= 3 and _LABEL.match("".join(islice(el.itertext(), 3))[:40]) is not None
