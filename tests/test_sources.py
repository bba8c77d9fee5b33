"""Readers for real inputs: saved pages of several sites, JSON lines, WARC crawls, gzip, folders,
stdin, and every kind of bad input, each a Record with a status; never an exception.

The pages below are written for these tests in the manner of real news sites (Open Graph and
JSON-LD metadata, navigation, cookie banners, donation widgets, "last updated" lines, footers);
the article sentences are invented. The three real pages are read from ../shared/bench/html.
"""
from __future__ import annotations

import gzip
import io
import json
import re
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from orbat.sources import Record, iter_records
from orbat.sources.pubdate import iso_date, url_date

PARAGRAPHS = [
    "Fighters of the Northern Shield Brigade withdrew from the village of Tel Hamra on Monday after "
    "two days of clashes with a rival faction, residents reached by telephone said.",
    "A spokesman for the brigade, Cpt. Yusuf Darwish, said the pull-back had been agreed with the "
    "coalition's joint command and denied that any of its units had defected.",
    "The brigade joined the Free Valley Front in 2017 and has since fought alongside three smaller "
    "groups that merged into the front's second corps last October.",
]
ARTICLE = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
CHROME = """<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<nav class="main-nav"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="donate-widget">Our December 2023 appeal: $3,200 of $10,000 raised. Donate now</div>"""
FOOTER = """<div class="newsletter">Subscribe to our newsletter for the morning briefing</div>
<footer><p>&copy; 2024 {site}. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>"""


def news_page(*, site="Levant Monitor", head="", byline="", body=ARTICLE, title="Brigade pulls back from Tel Hamra",
              lang="en") -> str:
    """A news page as such sites serve them: metadata in the head, chrome around the article."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
{head}</head>
<body>{CHROME}
<main><article><h1>{title}</h1>{byline}
<p class="updated">Last updated: 4 March 2024</p>
{body}</article>
<aside class="related"><h3>Related</h3><ul>
<li><a href="/2018/05/02/older-story">Older story <span class="date">2 May 2018</span></a></li></ul></aside>
</main>{FOOTER.format(site=site)}</body></html>"""


LEVANT = news_page(head="""<link rel="canonical" href="https://levant-monitor.example/news/brigade-pulls-back">
<meta property="article:modified_time" content="2020-02-01T11:00:00+03:00">
<meta property="article:published_time" content="2019-12-16T08:30:00+03:00">
<meta name="author" content="Rania Khoury">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Brigade pulls back from Tel Hamra", "dateModified": "2020-02-01T11:00:00+03:00",
 "datePublished": "2019-12-16T08:30:00+03:00", "author": {"@type": "Person", "name": "Rania Khoury"},
 "publisher": {"@type": "Organization", "name": "Levant Monitor"}}</script>""")

BLOG_URL = "https://sahel-watch.example/2019/11/03/militia-leaves-gao-road/"
SAHEL = news_page(site="Sahel Watch", title="Militia leaves the Gao road",
                  head=f'<link rel="canonical" href="{BLOG_URL}">\n<meta itemprop="copyrightYear" content="2024">')
CHROME_ONLY = news_page(site="Frontline Notes", title="Brigade pulls back")
BYLINE = news_page(site="Valley Herald", byline='<p class="byline">By Omar Saleh, 5 May 2018</p>')
SCRIPTED = f"""<html><head><title>Front renames its second corps</title>
<script type="application/ld+json">{json.dumps({
    "@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Valley Herald"},
        {"@type": "ReportageNewsArticle", "headline": "Front renames its second corps",
         "datePublished": "2021-06-30", "articleBody": " ".join(PARAGRAPHS),
         "author": [{"name": "Omar Saleh"}, {"name": "Lina Haddad"}], "publisher": {"name": "Valley Herald"}}]})}
</script></head><body><div id="root"></div><script>window.render()</script></body></html>"""
FRENCH = news_page(site="Le Veilleur", lang="fr", title="La brigade se retire", body=(
    "<p>Les combattants de la brigade se sont retirés lundi du village après deux jours d'affrontements "
    "avec une faction rivale, ont indiqué des habitants joints par téléphone.</p><p>Un porte-parole a "
    "démenti toute défection et affirmé que le retrait avait été décidé par le commandement conjoint.</p>"))
MALFORMED = ("<html><head><title>Clashes near the dam</title><body><div class=content><p>"
             + "<p>".join(PARAGRAPHS) + "<table><tr><td><b>unclosed <i>tags</div></span></html></td>")

OK = re.compile(r"ok|skipped: .+|failed: .+")
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def read(tmp_path, name: str, content: bytes | str, **kwargs) -> list[Record]:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return list(iter_records([str(path)], **kwargs))


def one(records: list[Record]) -> Record:
    assert len(records) == 1, records
    return records[0]


def warc(records: list[tuple[str, str, str, bytes]], gz: bool = True, info: bool = True) -> bytes:
    """A WARC file of (uri, HTTP status line, content type, body) responses, as a crawler writes it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    if info:
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "orbat-tests"}))
    for uri, status, ctype, body in records:
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(
            f"GET / HTTP/1.1\r\nHost: {uri.split('/')[2]}\r\n\r\n".encode())))
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue()


# --- HTML pages -------------------------------------------------------------------------------

def test_news_page_text_title_site_author_and_published_time(tmp_path):
    r = one(read(tmp_path, "levant.html", LEVANT))
    assert (r.status, r.kind, r.language) == ("ok", "html", "en")
    assert r.title == "Brigade pulls back from Tel Hamra"
    assert (r.site, r.author) == ("Levant Monitor", "Rania Khoury")
    assert r.url == "https://levant-monitor.example/news/brigade-pulls-back"
    # the modification time comes first in the head; the publication time is what counts
    assert (r.published, r.published_source) == ("2019-12-16", "metadata")
    for p in PARAGRAPHS:
        assert p in r.raw
    assert not r.raw.startswith(r.title)
    for chrome in ("cookies", "Home", "Donate", "newsletter", "©", "Older story", "Related"):
        assert chrome not in r.raw


def test_date_from_url_when_the_page_states_none(tmp_path):
    r = one(read(tmp_path, "sahel.html", SAHEL))
    assert (r.published, r.published_source) == ("2019-11-03", "url")
    assert r.url == BLOG_URL and r.site == "Sahel Watch"


def test_chrome_dates_are_not_publication_dates(tmp_path):
    """A donation widget's month, a copyright year, 'last updated' and a related story's date."""
    r = one(read(tmp_path, "notes.html", CHROME_ONLY))
    assert r.status == "ok"
    assert (r.published, r.published_source) == (None, None)


def test_date_from_byline_markup(tmp_path):
    r = one(read(tmp_path, "herald.html", BYLINE))
    assert (r.published, r.published_source) == ("2018-05-05", "byline")


def test_url_date_outranks_byline_and_metadata_outranks_url(tmp_path):
    page = BYLINE.replace("<title>", f'<link rel="canonical" href="{BLOG_URL}"><title>')
    assert one(read(tmp_path, "a.html", page)).published == "2019-11-03"
    page = LEVANT.replace("https://levant-monitor.example/news/", BLOG_URL)
    assert one(read(tmp_path, "b.html", page)).published == "2019-12-16"


def test_future_and_ancient_metadata_dates_are_ignored(tmp_path):
    later = date.today().year + 2
    page = LEVANT.replace("2019-12-16T08:30:00+03:00", f"{later}-01-01T00:00:00Z")
    page = page.replace("levant-monitor.example/news/", "levant-monitor.example/1985/05/01/")
    r = one(read(tmp_path, "odd.html", page))
    assert r.published is None or not r.published.startswith((str(later), "1985"))


def test_script_drawn_page_reads_json_ld_article_body(tmp_path):
    r = one(read(tmp_path, "scripted.html", SCRIPTED))
    assert r.status == "ok"
    assert r.raw.startswith("Fighters of the Northern Shield Brigade")
    assert r.title == "Front renames its second corps"
    assert (r.author, r.site, r.published) == ("Omar Saleh; Lina Haddad", "Valley Herald", "2021-06-30")


def test_crawled_text_cleaner_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    r = one(read(tmp_path, "levant.html", LEVANT))
    assert r.status == "ok"
    assert PARAGRAPHS[0] in r.raw and PARAGRAPHS[2] in r.raw
    assert "Accept all cookies" not in r.raw and "Home | World" not in r.raw


def test_malformed_html_still_gives_its_text(tmp_path):
    r = one(read(tmp_path, "broken.html", MALFORMED))
    assert r.status == "ok"
    assert PARAGRAPHS[1] in r.raw


def test_declared_and_undeclared_legacy_encodings(tmp_path):
    quote = "Le porte-parole a déclaré que la brigade “restait fidèle” à la coalition. "
    body = f"<p>{quote}{PARAGRAPHS[0]}</p>"
    page = news_page(body=body).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    r = one(read(tmp_path, "cp1252.html", page.encode("cp1252")))
    assert "déclaré que la brigade “restait fidèle”" in r.raw
    undeclared = page.replace('<meta charset="windows-1252">', "").encode("cp1252")
    assert "déclaré" in one(read(tmp_path, "undeclared.html", undeclared)).raw
    utf16 = one(read(tmp_path, "utf16.html", LEVANT.encode("utf-16")))
    assert utf16.status == "ok" and PARAGRAPHS[0] in utf16.raw


def test_non_english_page_is_skipped_with_its_language(tmp_path):
    r = one(read(tmp_path, "fr.html", FRENCH))
    assert r.status == "skipped: language fr"
    assert r.language == "fr" and "only English" in r.message


REAL_PAGES = [  # file, title, published (checked against the page), source, site, a phrase of the text, chrome
    ("reuters.com.parasite.html", "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
     # article:published_time 2020-01-19T12:25:36Z; 2020-01-20 is the modification time
     "2020-01-19", "metadata", "Reuters", "Screen Actors Guild",
     ["Advertise with Us", "Do Not Sell My Personal Information", "Related Coverage"]),
    ("dw.com.colonial.html", "Berlin confronts Germany's colonial past with new initiative",
     # no date metadata; the page's 'Date 19.01.2020' line and its title say so
     "2020-01-19", "byline", "DW.COM", "five-year project",
     ["Choose from 30 Languages", "TOP STORIES", "Wrong language? Change it here"]),
    ("scmp.com.playbook.html", "Carrie Lam should study Tsai Ing-wen’s playbook",
     # article:published_time 2020-01-20T10:00:08+08:00; the body is drawn by script from JSON-LD
     "2020-01-20", "metadata", "South China Morning Post", "spectacular re-election",
     ["READ FULL ARTICLE", "+ FOLLOW", "Why you can trust SCMP"]),
]


@pytest.fixture(scope="module")
def real_pages(shared):
    folder = shared / "bench" / "html"
    if not folder.is_dir():
        pytest.skip(f"no saved pages at {folder}")
    return folder


@pytest.mark.parametrize("name, title, published, source, site, phrase, chrome", REAL_PAGES)
def test_real_saved_pages(real_pages, name, title, published, source, site, phrase, chrome):
    r = one(list(iter_records([str(real_pages / name)])))
    assert (r.status, r.language) == ("ok", "en")
    assert r.title == title
    assert (r.published, r.published_source) == (published, source)
    assert r.site == site
    assert phrase in r.raw and len(r.raw) > 2000
    for line in chrome:
        assert line not in r.raw


def test_real_pages_in_a_crawl_record_file(real_pages, tmp_path):
    pages = [(f"https://{name.rsplit('.', 2)[0]}/article/{i}", "200 OK", "text/html; charset=utf-8",
              (real_pages / name).read_bytes()) for i, (name, *_) in enumerate(REAL_PAGES)]
    records = read(tmp_path, "crawl.warc.gz", warc(pages))
    assert [r.status for r in records] == ["ok"] * 3
    assert [r.url for r in records] == [uri for uri, *_ in pages]
    assert [r.published for r in records] == [p for _, _, p, *_ in REAL_PAGES]
    assert all(r.kind == "warc" and "#record" in r.origin for r in records)


# --- WARC -------------------------------------------------------------------------------------

CRAWL = [
    ("https://levant-monitor.example/news/brigade-pulls-back", "200 OK", "text/html; charset=utf-8", LEVANT.encode()),
    ("https://levant-monitor.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ("https://levant-monitor.example/missing", "404 Not Found", "text/html", b"<html><body>Not found</body></html>"),
    (BLOG_URL, "200 OK", "text/html; charset=windows-1252",
     SAHEL.replace('<meta charset="utf-8">', "").replace("Militia", "Milícia").encode("cp1252")),
]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_are_articles_others_skipped(tmp_path, gz):
    records = read(tmp_path, "crawl.warc.gz" if gz else "crawl.warc", warc(CRAWL, gz=gz))
    assert [r.status for r in records] == ["ok", "skipped: not html", "skipped: http 404", "ok"]
    levant, png, missing, sahel = records
    assert levant.url == CRAWL[0][0] and levant.published == "2019-12-16"
    assert levant.origin.endswith(f"#record 3 {CRAWL[0][0]}")  # warcinfo and the request come first
    assert "image/png" in png.message and "404" in missing.message
    assert (sahel.published, sahel.published_source) == ("2019-11-03", "url")
    assert sahel.title == "Milícia leaves the Gao road"  # decoded by the HTTP header's charset


def test_warc_kind_told_by_content_not_name(tmp_path):
    records = read(tmp_path, "download.dat", warc(CRAWL[:1]))
    assert [(r.kind, r.status) for r in records] == [("warc", "ok")]


def test_whole_file_gzip_of_a_warc(tmp_path):
    records = read(tmp_path, "crawl.warc.gz", gzip.compress(warc(CRAWL, gz=False)))
    assert [r.status for r in records][0] == "ok" and len(records) == 4


def test_truncated_warc_gz_keeps_records_before_the_cut(tmp_path):
    data = warc([CRAWL[0]] * 3)
    records = read(tmp_path, "cut.warc.gz", data[: len(data) - 500])
    assert [r.status for r in records] == ["ok", "ok", "failed: truncated gzip"]
    assert "cut" in records[-1].message


def test_truncated_plain_warc(tmp_path):
    data = warc([CRAWL[0]] * 2, gz=False)
    records = read(tmp_path, "cut.warc", data[: len(data) - 300])
    assert [r.status for r in records] == ["ok", "failed: truncated warc"]
    assert "reading stopped" in records[-1].message


def test_damaged_warc_header(tmp_path):
    r = one(read(tmp_path, "bad.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\nabc"))
    assert r.status == "failed: bad warc" and r.kind == "warc"


def test_wrong_content_length_stops_the_file_quietly(tmp_path, capfd):
    data = warc([CRAWL[0]] * 2, gz=False, info=False)
    length = re.findall(rb"Content-Length: (\d+)\r\n", data)[1]  # the first response's
    data = data.replace(b"Content-Length: " + length, b"Content-Length: " + str(int(length) - 20).encode(), 1)
    records = read(tmp_path, "wrong.warc", data)
    assert [r.status for r in records] == ["ok", "failed: bad warc"]
    assert "Content-Length" in records[1].message
    assert capfd.readouterr().err == ""


def test_warc_record_over_the_limit(tmp_path):
    records = read(tmp_path, "big.warc", warc(CRAWL[:1], gz=False), max_bytes=2000)
    assert [r.status for r in records] == ["failed: too large"]


# --- JSON lines -------------------------------------------------------------------------------

def jsonl(*rows) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def test_jsonl_default_fields_and_bad_lines(tmp_path):
    data = jsonl({"text": PARAGRAPHS[0], "url": "https://valley-herald.example/a/1",
                  "published": "2019-12-16T10:00:00Z", "title": "Brigade pulls back", "source": "Valley Herald"},
                 "",
                 "{not json",
                 {"body": PARAGRAPHS[1], "url": "https://valley-herald.example/a/2"},
                 {"text": PARAGRAPHS[1], "date": "2019-12"},
                 {"text": PARAGRAPHS[2], "url": "https://valley-herald.example/2018/03/07/x"},
                 ["a", "list"],
                 {"text": 12},
                 {"text": "  "},
                 {"text": PARAGRAPHS[2], "published_at": "Sat, 07 Mar 2020 09:00:00 GMT"})
    records = read(tmp_path, "articles.jsonl", data)
    assert [r.status for r in records] == ["ok", "failed: not json", "failed: missing field", "ok", "ok",
                                           "failed: not json", "failed: missing field", "failed: empty", "ok"]
    first, bad, missing, monthly, by_url, *_, last = records
    assert (first.published, first.published_source, first.title, first.site) == \
        ("2019-12-16", "metadata", "Brigade pulls back", "Valley Herald")
    assert first.origin.endswith("articles.jsonl:line 1") and bad.origin.endswith(":line 3")
    assert "line 4" in missing.message and "'text'" in missing.message and "'body'" in missing.message
    assert monthly.published == "2019-12"
    assert (by_url.published, by_url.published_source) == ("2018-03-07", "url")
    assert last.published == "2020-03-07"


def test_jsonl_named_fields(tmp_path):
    data = jsonl({"content": PARAGRAPHS[0], "link": "https://x.example/p", "when": "2019-07-01", "date": "2001-01-01"})
    r = one(read(tmp_path, "a.jsonl", data, text_field="content", url_field="link", published_field="when"))
    assert (r.raw, r.url, r.published) == (PARAGRAPHS[0], "https://x.example/p", "2019-07-01")


def test_jsonl_gzip_and_invalid_utf8_line(tmp_path):
    lines = [json.dumps({"text": PARAGRAPHS[0]}).encode(),
             json.dumps({"text": "Le porte-parole a déclaré que " + PARAGRAPHS[1]},
                        ensure_ascii=False).encode("cp1252")]
    records = read(tmp_path, "a.jsonl.gz", gzip.compress(b"\n".join(lines)))
    assert [r.status for r in records] == ["ok", "ok"]
    assert "déclaré" in records[1].raw


def test_jsonl_line_over_the_limit_and_truncated_gzip(tmp_path):
    data = jsonl({"text": "x" * 5000}, {"text": PARAGRAPHS[0]})
    assert [r.status for r in read(tmp_path, "a.jsonl", data, max_bytes=1000)] == ["failed: too large", "ok"]
    packed = gzip.compress(jsonl(*({"text": f"{PARAGRAPHS[0]} {i}"} for i in range(2000))).encode())
    records = read(tmp_path, "cut.jsonl.gz", packed[: len(packed) * 2 // 3])
    assert records[0].status == "ok" and records[-1].status == "failed: truncated gzip"
    assert records[-1].kind == "jsonl" and len(records) > 100


# --- text, folders, stdin, the caller's date ----------------------------------------------------

def test_text_file_is_read_as_crawled_text(tmp_path):
    r = one(read(tmp_path, "a.txt", "\ufeffBrigade pulls back\r\n\r\n" + "\r\n".join(PARAGRAPHS)))
    assert (r.kind, r.status, r.title) == ("text", "ok", None)
    assert r.raw.startswith("Brigade pulls back\n\n") and "\r" not in r.raw


def test_folder_walk_sorted_hidden_skipped_kinds_by_content(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(PARAGRAPHS[0])
    (tmp_path / ".notes.txt").write_text(PARAGRAPHS[0])
    (tmp_path / "a.txt").write_text(LEVANT)  # HTML despite its name
    (tmp_path / "b" / "c.html").write_text(jsonl({"text": PARAGRAPHS[1]}))  # JSON lines despite its name
    (tmp_path / "b" / "d.gz").write_bytes(gzip.compress(SAHEL.encode()))
    (tmp_path / "z.txt").write_text("\n".join(PARAGRAPHS))
    records = list(iter_records([str(tmp_path)]))
    assert [(r.origin.removeprefix(str(tmp_path)), r.kind, r.status) for r in records] == [
        ("/a.txt", "html", "ok"), ("/b/c.html:line 1", "jsonl", "ok"), ("/b/d.gz", "html", "ok"),
        ("/z.txt", "text", "ok")]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(LEVANT.encode()))))
    r = one(list(iter_records(["-"])))
    assert (r.origin, r.kind, r.status, r.published) == ("<stdin>", "html", "ok", "2019-12-16")
    monkeypatch.setattr(sys, "stdin", None)
    assert one(list(iter_records(["-"]))).status == "failed: unreadable"


def test_callers_date_and_url_apply_to_a_single_article_only(tmp_path):
    r = one(read(tmp_path, "levant.html", LEVANT, published="2019-12-17", url="https://example.org/2001/01/01/a"))
    assert (r.published, r.published_source, r.url) == ("2019-12-17", "given", "https://example.org/2001/01/01/a")
    (tmp_path / "more.txt").write_text(PARAGRAPHS[0])
    records = list(iter_records([str(tmp_path)], published="2019-12-17", url="https://example.org/x"))
    assert [r.published_source for r in records] == ["metadata", None]
    assert "example.org" not in str([r.url for r in records])


# --- bad input --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content, status", [
    ("empty.txt", b"", "failed: empty"),
    ("blank.html", b" \n\t\r\n ", "failed: empty"),
    ("bom.txt", b"\xef\xbb\xbf\n", "failed: empty"),
    ("empty.gz", gzip.compress(b""), "failed: empty"),
    ("nul.txt", b"text\x00with\x00nuls" * 50, "failed: binary"),
    ("noise.bin", bytes(range(256)) * 8, "failed: binary"),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "failed: binary"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "failed: binary"),
    ("cut.txt.gz", gzip.compress(("\n".join(PARAGRAPHS) * 50).encode())[:300], "failed: truncated gzip"),
    ("bad.gz", b"\x1f\x8b\x08\x00garbage-not-deflate" * 3, "failed: bad gzip"),
    ("tags.html", b"<html><head><title></title></head><body><div></div></body></html>", "failed: no text"),
])
def test_bad_input_gets_a_status_and_message(tmp_path, name, content, status):
    r = one(read(tmp_path, name, content))
    assert r.status == status
    assert r.message and r.raw is None


def test_invalid_utf8_is_decoded_without_loss(tmp_path):
    text = "Le porte-parole a déclaré à l'AFP que la brigade « restait fidèle » à la coalition. " + PARAGRAPHS[0]
    r = one(read(tmp_path, "latin.txt", text.encode("cp1252")))
    assert r.status == "ok" and r.raw == text


def test_fifty_megabytes_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:
        f.write(LEVANT.encode())
        f.truncate(50_000_000)  # sparse: quick to make, quick to refuse
    r = one(list(iter_records([str(path)])))
    assert r.status == "failed: too large" and "50 MB" in r.message and "10 MB" in r.message
    bomb = one(read(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * 3_000_000), max_bytes=1_000_000))
    assert bomb.status == "failed: too large"


def test_missing_file_and_unreadable_entries(tmp_path):
    records = list(iter_records([str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt")]))
    assert [r.status for r in records] == ["failed: unreadable"] * 2
    assert "no such file" in records[0].message
    (tmp_path / "link").symlink_to(tmp_path / "gone")
    r = one(list(iter_records([str(tmp_path)])))
    assert r.status == "failed: unreadable" and "regular file" in r.message


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "1.txt").write_bytes(b"")
    (tmp_path / "2.gz").write_bytes(b"\x1f\x8b\x08")
    (tmp_path / "3.warc").write_bytes(b"WARC/1.0\r\nContent-Length: 5\r\n\r\n")
    (tmp_path / "4.txt").write_text(PARAGRAPHS[0])
    records = list(iter_records([str(tmp_path)]))
    assert [r.status.split(":")[0] for r in records] == ["failed", "failed", "failed", "ok"]


# --- dates from values and URLs -----------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2019-12-16T10:00:00Z", "2019-12-16"), ("2020-01-20T10:00:08+08:00", "2020-01-20"), ("2019-12", "2019-12"),
    ("20191216", "2019-12-16"), ("Mon, 16 Dec 2019 10:00:00 GMT", "2019-12-16"), ("2019-02-30", None),
    ("1985-06-01", None), ("2999-01-01", None), ("yesterday", None), (20191216, None)])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://x.example/2019/12/16/story", "2019-12-16"), ("https://x.example/world/2019/12/story", "2019-12"),
    ("https://x.example/story-20191216.html", "2019-12-16"), ("https://x.example/a/2019-12-16-story", "2019-12-16"),
    ("https://x.example/a-52060881", None), ("https://2019.x.example/12/", None),
    ("https://x.example/2019/13/01/", None),
    (None, None)])
def test_url_date(url, expected):
    assert url_date(url) == expected


# --- fuzz -------------------------------------------------------------------------------------

SEEDS = {
    "page.html": LEVANT.encode(),
    "crawl.warc": warc(CRAWL[:2], gz=False),
    "crawl.warc.gz": warc(CRAWL[:2]),
    "articles.jsonl": jsonl({"text": PARAGRAPHS[0], "url": BLOG_URL},
                            {"text": PARAGRAPHS[1], "date": "2019-12"}).encode(),
    "page.html.gz": gzip.compress(SAHEL.encode()),
    "a.txt": "\n\n".join(PARAGRAPHS).encode(),
}
mutation = st.tuples(st.sampled_from(["cut", "flip", "insert", "delete"]), st.integers(0, 1 << 20),
                     st.binary(max_size=12))


def mutate(data: bytes, edits) -> bytes:
    for op, at, blob in edits:
        i = at % (len(data) + 1)
        if op == "cut":
            data = data[:i]
        elif op == "flip" and i < len(data):
            data = data[:i] + bytes([data[i] ^ (blob[0] if blob else 0xFF)]) + data[i + 1:]
        elif op == "insert":
            data = data[:i] + blob + data[i:]
        elif op == "delete":
            data = data[:i] + data[i + len(blob) + 1:]
    return data


def check_records(path) -> None:
    records = list(iter_records([str(path)], max_bytes=200_000))  # none for a WARC of warcinfo only
    for r in records:
        assert isinstance(r, Record) and OK.fullmatch(r.status), r
        if r.status == "ok":
            assert r.raw and r.raw.strip() and r.language
        else:
            assert r.message
        assert r.published is None or DATE.fullmatch(r.published)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000))
def test_fuzz_arbitrary_bytes_never_raise(fuzz_dir, data):
    path = fuzz_dir / "input"
    path.write_bytes(data)
    check_records(path)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(sorted(SEEDS)), edits=st.lists(mutation, min_size=1, max_size=4),
       prefix=st.sampled_from([b"", b"WARC/1.0\r\n", b"{", b"<html>", b"\x1f\x8b"]))
def test_fuzz_mutated_inputs_never_raise(fuzz_dir, seed, edits, prefix):
    path = fuzz_dir / seed
    path.write_bytes(prefix + mutate(SEEDS[seed], edits))
    check_records(path)
