#!/usr/bin/env python3
"""Speed of `pipeline.extract` on one core: >= 1000 real articles, in process, the model loaded once.

    python bench/speed.py [--shared ../shared] [--limit N]

The corpus is every FA-KES article in SHARED/bench/corpus/fakes plus the dev texts, the dev texts
repeated until there are at least 1000 articles. A script, not a test.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from orbat.read import read_input

ROOT = Path(__file__).resolve().parents[1]
MIN_ARTICLES = 1000
SEED_BYTES = 3500  # about the size of the seed page's article


def load_corpus(shared: Path, limit: int | None) -> list[str]:
    """The fakes, then the dev texts repeated until there are MIN_ARTICLES (or `limit`) articles.

    Read as `orbat extract` reads them, so the timed input is what the command line would pass.
    """
    fakes = sorted((shared / "bench" / "corpus" / "fakes").glob("*.txt"))
    dev = sorted((shared / "bench" / "dev").glob("*.txt"))
    if not fakes and not dev:
        sys.exit(f"speed.py: no articles under {shared}/bench; pass --shared")
    texts = [read_input(str(p)) for p in fakes]
    dev_texts = [read_input(str(p)) for p in dev] or texts
    target = limit or MIN_ARTICLES
    i = 0
    while len(texts) < target:
        texts.append(dev_texts[i % len(dev_texts)])
        i += 1
    return texts[:limit] if limit else texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder (default: ../shared beside the repository)")
    ap.add_argument("--limit", type=int, help="run on this many articles only")
    args = ap.parse_args()

    texts = load_corpus(args.shared, args.limit)
    from orbat.extract.pipeline import extract

    extract(texts[0])  # load lexicons and models outside the timing
    times = []
    cpu = time.process_time()
    start = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - t0)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu  # the core's own time: what a loaded machine does not inflate

    total_bytes = sum(len(t.encode("utf-8")) for t in texts)
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KB
    print(f"articles          {len(texts)}")
    print(f"total             {total_bytes / 1e6:.2f} MB (mean {total_bytes / len(texts) / 1e3:.1f} KB)")
    print(f"seconds           {seconds:.2f}")
    print(f"articles/s        {len(texts) / seconds:.1f}")
    print(f"KB/s              {total_bytes / 1e3 / seconds:.0f}")
    print(f"articles/s @3.5KB {total_bytes / SEED_BYTES / seconds:.1f}  (seed-sized articles)")
    print(f"CPU seconds       {cpu:.2f}  ({total_bytes / SEED_BYTES / cpu:.1f} seed-sized articles per CPU second)")
    print(f"mean ms/article   {1000 * statistics.fmean(times):.2f}")
    print(f"p95 ms/article    {1000 * p95:.2f}")
    print(f"peak memory       {peak_mb:.0f} MB (max RSS)")


if __name__ == "__main__":
    main()
