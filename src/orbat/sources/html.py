"""One saved HTML page as a Record: trafilatura's main text and metadata, the page's date.

The main text is trafilatura's without the headline, or the JSON-LD `articleBody` when that is
longer (pages drawn by script carry the article only there), or, when neither holds any, the
page's visible text through the crawled-text cleaner. The date is the page's publication-date
metadata ('metadata'), else the one in its byline markup ('byline'); see `orbat.sources.pagedate`.
"""
from __future__ import annotations

import html as html_lib
import json
import re
from copy import deepcopy

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from orbat.extract.clean import clean_page
from orbat.read import binary_kind, decode
from orbat.sources.pagedate import byline_date, metadata_date
from orbat.sources.record import Record, failed

# huge_tree: libxml2 otherwise stops at 255 levels of nesting and drops the rest of the page
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.S | re.I)
_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^>]*>" % "|".join(sorted("p div br li h1 h2 h3 h4 h5 h6 tr section article "
                                                               "header footer blockquote pre table ul ol dd dt "
                                                               "figcaption".split())), re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.S | re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
_ARTICLE_TYPE = re.compile(r"Article$|Posting$|Report$", re.I)
_BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr section article header footer blockquote pre "
                    "table ul ol dd dt figcaption".split())
_LETTER = re.compile(r"[^\W\d_]")


def read_html(data: bytes, origin: str, url: str | None = None, charset: str | None = None) -> Record:
    """The article in the HTML page `data`; `url` and `charset` as a crawler recorded them."""
    found = binary_kind(data)
    if found:
        return failed(origin, "html", "binary", f"looks like {found[0]}, not a web page")
    text, note = decode(data, (charset, _declared_charset(data)))
    if text is None:
        return failed(origin, "html", "undecodable", "the page's bytes fit no known text encoding")
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return failed(origin, "html", "no text", "the page holds no HTML elements")
    if _lost_text(tree, text):
        return _read_flat(text, origin, url, note)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    if not isinstance(doc, Document):  # None when it finds no main text
        doc = Document()
    ld = _json_ld_article(tree)
    body, title = _article(tree, doc, ld)
    if not body:
        return failed(origin, "html", "no text", "no article text found in the page")
    meta = _meta(tree)
    published, source = metadata_date(tree, meta, ld), "metadata"
    if not published:
        published, source = byline_date(tree), "byline"
    sites = (_name(ld.get("publisher")), doc.sitename, meta.get("og:site_name"))  # og: may name an edition
    return Record(origin=origin, kind="html", raw=body, title=title, url=url or doc.url,
                  site=next((s for s in sites if s and _LETTER.search(s)), None),
                  author=doc.author or _name(ld.get("author")),
                  published=published, published_source=source if published else None, warning=note)


def _chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _lost_text(tree, html: str) -> bool:
    """Whether the parser dropped much of the page's text: it stops following elements nested
    deeper than it can (2,048 levels for libxml2 with huge_tree) and leaves the rest out."""
    if html.count("<") < 2048:
        return False  # too few tags to nest that deep
    tagless = _chars(html_lib.unescape(_TAG.sub(" ", html)))
    parsed = _chars(" ".join(tree.itertext()))
    return parsed < 0.5 * tagless


def _read_flat(html: str, origin: str, url: str | None, note: str | None) -> Record:
    """A page too deeply nested to parse, read without its markup: a line per block element,
    scripts and styles left out, then the crawled-text cleaner; the record says so."""
    title = _TITLE.search(html)
    body = _SCRIPT.sub(" ", html)
    body = _BLOCK_TAG.sub("\n", body)
    body = html_lib.unescape(_TAG.sub("", body))
    page = clean_page("\n".join(line.strip() for line in body.splitlines()))
    if not page.text.strip():
        return failed(origin, "html", "no text", "the page nests its elements too deeply to read, and no "
                      "article text was found without its markup")
    why = "the page nests its elements deeper than an HTML parser follows, so its text was read without the markup"
    return Record(origin=origin, kind="html", raw=page.text.strip(),
                  title=_headline(html_lib.unescape(title.group(1)).strip()) if title else page.title,
                  url=url, warning="; ".join(filter(None, (note, why))))


def _article(tree, doc: Document, ld: dict) -> tuple[str, str | None]:
    """(main text, headline): trafilatura's, the longer JSON-LD body, else the cleaned visible text."""
    body, title = doc.text or "", _headline(doc.title) or _plain(ld.get("headline")) or None
    first, _, rest = body.lstrip().partition("\n")
    if title and _norm(first) in (_norm(title), _norm(doc.title or "")):
        body = rest  # the headline is kept apart from the text
    ld_body = _plain(ld.get("articleBody"))
    if len(ld_body) > len(body):
        body = ld_body
    if not body.strip():
        page = clean_page(_visible_text(tree))
        body, title = page.text, title or page.title
    return body.strip(), title


def _norm(text: str) -> str:
    """`text` with its spaces collapsed, case folded, for comparing headlines."""
    return " ".join(text.split()).casefold()


def _declared_charset(data: bytes) -> str | None:
    """The charset a meta tag near the top of the page declares."""
    m = _META_CHARSET.search(data, 0, 4096)
    return m.group(1).decode("ascii") if m else None


def _headline(title: str | None) -> str | None:
    """'Headline | Section | Site | 19.01.2020' -> 'Headline' (the longest part between bars)."""
    if not title:
        return None
    return max(title.split(" | "), key=len).strip() or None


def _plain(value: object) -> str:
    """A JSON-LD text value without markup."""
    if not isinstance(value, str) or not value.strip():
        return ""
    if "<" in value and ">" in value:
        try:
            return lxml.html.fragment_fromstring(value, create_parent="div").text_content().strip()
        except (etree.ParserError, ValueError):
            pass
    return value.strip()


def _name(value: object) -> str | None:
    """The name of a JSON-LD author or publisher (an object, a list of them, or a string)."""
    if isinstance(value, list):
        names = [n for n in map(_name, value) if n]
        return "; ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _json_ld_article(tree) -> dict:
    """The first article-typed object in the page's JSON-LD, or {}."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds):
                    return item
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "itemListElement"))
    return {}


def _meta(tree) -> dict[str, str]:
    """The page's meta tags, {lower-cased property, name or itemprop: content}, the first of each."""
    meta: dict[str, str] = {}
    for el in tree.iterfind(".//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        meta.setdefault(key, el.get("content").strip())
    return meta


def _visible_text(tree) -> str:
    """The page's text with a line per block element, scripts and styles left out."""
    page = deepcopy(tree)
    etree.strip_elements(page, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    for el in page.iter(etree.Element):
        if el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in page.text_content().splitlines())
