#!/usr/bin/env python3
"""Speed of the readers: saved HTML pages and one WARC of the same pages, through `iter_records`.

    python bench/read_speed.py [--shared ../shared] [--pages N]

The pages are the real saved pages in SHARED/bench/html (generated news pages when it holds none),
each copy given its own headline so that no two are alike, written to a temporary folder as
N .html files and as one gzip-per-record WARC of N responses. A script, not a test.
"""
from __future__ import annotations

import argparse
import io
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from orbat.sources import iter_records

ROOT = Path(__file__).resolve().parents[1]
GENERATED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Brigade report {i} | Bench Monitor</title>
<meta property="og:site_name" content="Bench Monitor">
<meta property="article:published_time" content="2019-12-16T08:30:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav><main><article><h1>Brigade report {i}</h1>
{paragraphs}</article></main><footer>&copy; 2024 Bench Monitor</footer></body></html>"""
SENTENCE = ("Fighters of the {i}th Brigade withdrew from the village after two days of clashes with a rival "
            "faction, and a spokesman denied that any of its units had defected to the front. ")


def seed_pages(shared: Path) -> tuple[list[bytes], str]:
    """The real saved pages, or three generated ones; and which they are."""
    folder = shared / "bench" / "html"
    pages = [p.read_bytes() for p in sorted(folder.glob("*.html"))]
    if pages:
        return pages, f"real, from {folder}"
    return [GENERATED.format(i=i, paragraphs="".join(f"<p>{SENTENCE.format(i=i) * 4}</p>" for _ in range(12)))
            .encode() for i in range(3)], "generated"


def variants(seeds: list[bytes], n: int) -> list[bytes]:
    """`n` pages cycling through the seeds, each with a distinct marker in its <title>."""
    return [seeds[i % len(seeds)].replace(b"<title>", f"<title>{i} ".encode(), 1) for i in range(n)]


def write_warc(path: Path, pages: list[bytes]) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, body in enumerate(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://bench.example/article/{i}", "response",
                                                          payload=io.BytesIO(body), http_headers=http))


def timed(paths: list[str]) -> tuple[float, int, int]:
    """(seconds, records, records with status ok) for reading `paths`."""
    start = time.perf_counter()
    statuses = [r.status for r in iter_records(paths)]
    return time.perf_counter() - start, len(statuses), statuses.count("ok")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder (default: ../shared beside the repository)")
    ap.add_argument("--pages", type=int, default=300, help="pages to read of each kind (default 300)")
    args = ap.parse_args()

    seeds, origin = seed_pages(args.shared)
    pages = variants(seeds, args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "html"
        folder.mkdir()
        for i, body in enumerate(pages):
            (folder / f"{i:05d}.html").write_bytes(body)
        crawl = Path(tmp) / "crawl.warc.gz"
        write_warc(crawl, pages)
        warc_mb = crawl.stat().st_size / 1e6
        timed([str(folder / "00000.html")])  # load trafilatura, htmldate and the language model outside the timing
        html = timed([str(folder)])
        warc = timed([str(crawl)])

    total_mb = sum(map(len, pages)) / 1e6
    print(f"seed pages        {len(seeds)} ({origin})")
    print(f"pages             {len(pages)} of each kind, {total_mb:.1f} MB of HTML "
          f"(mean {1000 * total_mb / len(pages):.0f} KB); the WARC {warc_mb:.1f} MB gzipped")
    for name, (seconds, count, ok) in (("html", html), ("warc", warc)):
        print(f"{name} seconds      {seconds:.2f} ({ok}/{count} records ok)")
        print(f"{name} pages/s      {count / seconds:.1f}")
        print(f"{name} MB/s         {total_mb / seconds:.2f} (of HTML)")


if __name__ == "__main__":
    main()
