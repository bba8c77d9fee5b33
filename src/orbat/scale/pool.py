"""`--jobs N`: the extractor in N worker processes, results handed back in input order.

Where the system can `fork` (Linux), the parent loads the extraction pipeline first (it would for
`--jobs 1` too) and then forks the workers, which start with the pipeline loaded and share its
memory with the parent until they write to it: no worker imports orbat or loads a model, which
cost about 3 s of CPU per worker when each was a fresh interpreter. A forked worker only extracts:
it never touches the parent's store connections (the parent collects its garbage before forking,
so that no unreachable connection is closed in a worker) and leaves with `os._exit`. Elsewhere
(macOS, Windows) each worker is a fresh interpreter (`spawn`) that loads the pipeline when it
starts, and until the first is ready the parent extracts the articles itself.

The parent keeps reading and writing: it keeps a window of articles in flight, a few per worker, and
stores each as soon as it and every article before it are extracted. A worker whose parent dies
(SIGKILL) notices within a second and exits."""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from orbat.ingest import ExtractorFailure, run_extract

IN_FLIGHT_PER_WORKER = 4  # articles queued per worker: enough to keep it busy while the parent writes
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")  # one core per worker
WARM_UP = "Fighters of the Jaysh al-Izza group joined the National Front for Liberation in October 2019."


def start_method() -> str:
    """`fork` where it is safe to use after loading the pipeline (Linux), else `spawn`."""
    methods = multiprocessing.get_all_start_methods()
    return "fork" if "fork" in methods and os.uname().sysname == "Linux" else "spawn"


def warm_up() -> None:
    """Load the extraction pipeline (its word lists and models) by extracting one sentence."""
    run_extract({"raw": WARM_UP, "published": "2019-12-16"})


def start_worker(parent: int, loaded: bool) -> None:
    """In each worker, once: ignore Ctrl-C (the parent stops the pool), exit when the parent is gone,
    and load the extraction pipeline unless it came loaded from the parent (`fork`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    if not loaded:
        warm_up()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _pool(jobs: int) -> ProcessPoolExecutor:
    method = start_method()
    forked = method == "fork"
    saved = {k: os.environ.get(k) for k in THREAD_VARS}
    for k in THREAD_VARS:  # inherited by spawned workers as they start; this process's libraries are loaded already
        os.environ.setdefault(k, "1")
    try:
        if forked:
            warm_up()  # once, here; every worker inherits it
            gc.collect()  # no garbage (an unreachable store connection) for a worker to finalise
            gc.freeze()   # and the workers' collector leaves the inherited objects (and their pages) alone
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=start_worker, initargs=(os.getpid(), forked))
        # start them all now, in parallel, rather than on demand (a forked pool starts them on the first
        # submit); each of these is done once a worker has run start_worker, so the first one done says the
        # pool has begun extracting
        pool.warm = [pool.submit(int, 0) for _ in range(jobs)]
    finally:
        if forked:
            gc.unfreeze()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return pool


def extract_in_order(steps: Iterable[tuple], jobs: int) -> Iterator[tuple]:
    """For each (item, plan, kwargs) of `steps`, (item, plan, result) in the same order, where result
    is `extract(**kwargs)` run in a worker (an `ExtractorFailure` if it raised), or None where
    kwargs is None (nothing to extract). A worker that dies (out of memory, a crash in a native
    library) takes the pool with it: a new pool redoes what was in flight, and an article that
    kills a second pool is recorded as failed."""
    pool = [_pool(jobs)]
    window: deque[list] = deque()
    limit = jobs * IN_FLIGHT_PER_WORKER

    def submit(kwargs):
        if kwargs is None:
            return None
        if not any(f.done() for f in pool[0].warm):  # no worker has loaded the pipeline yet: extract here
            return _done(run_extract(kwargs))
        return pool[0].submit(run_extract, kwargs)

    def finish() -> tuple:
        while True:
            item, plan, kwargs, future, tries = window[0]
            try:
                result = future.result() if future is not None else None
                window.popleft()
                return item, plan, result
            except BrokenProcessPool as err:
                if tries >= 1:
                    window.popleft()
                    return item, plan, ExtractorFailure(f"the worker process died extracting it ({err})")
                pool[0].shutdown(wait=False, cancel_futures=True)
                pool[0] = _pool(jobs)
                for entry in window:
                    if entry[3] is not None and not (entry[3].done() and entry[3].exception() is None):
                        entry[3] = submit(entry[2])
                window[0][4] += 1

    try:
        for item, plan, kwargs in steps:
            window.append([item, plan, kwargs, submit(kwargs), 0])
            while window and (len(window) > limit or _ready(window[0][3])):
                yield finish()
        while window:
            yield finish()
    finally:
        pool[0].shutdown(wait=True, cancel_futures=True)


def _done(result) -> Future:
    future: Future = Future()
    future.set_result(result)
    return future


def _ready(future: Future | None) -> bool:
    return future is None or future.done()
