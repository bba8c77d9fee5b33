"""Choosing how `orbat ingest` and `orbat reprocess` run: in this process, in worker processes
(`--jobs N`) or on Ray (`--ray [ADDRESS]`)."""
from __future__ import annotations

import os
from collections.abc import Callable

from orbat.ingest import Summary, stored_documents, ingest, reprocess
from orbat.scale.inputs import ReadOptions, available_cores, list_inputs, records_with_marks
from orbat.scale.cluster import RayMissing  # noqa: F401 - re-exported for the command line

# With --jobs left to its default, inputs below both limits are extracted in this process: starting
# workers (each imports orbat and loads the extraction pipeline, about 5 s of CPU) takes longer than they
# save (measured: 160 FA-KES articles took 17.5 s with --jobs 1, 23.6 s with --jobs 2; docs/scale.md).
SMALL_FILES, SMALL_BYTES = 200, 1_000_000


def default_jobs(entries: list) -> int:
    """The cores available, or 1 for a small input (see SMALL_FILES)."""
    if len(entries) < SMALL_FILES:
        size = 0
        for e in entries:
            try:
                size += os.stat(e).st_size if isinstance(e, str) and e != "-" else 0
            except OSError:
                pass
        if size < SMALL_BYTES:
            return 1
    return available_cores()


def ingest_paths(store, paths: list[str], options: ReadOptions, *, db: str | None, jobs: int | None = None,
                 ray: str | None = None, aliases=None, source: str | None = None,
                 on_total: Callable[[int], None] | None = None, on_outcome: Callable | None = None,
                 on_mark: Callable | None = None) -> Summary:
    """Ingest every article under `paths`. `ray`: None, 'local' or a cluster address. `on_total`
    gets the number of input files before reading starts; `on_mark`, a Mark as each is done."""
    entries = list_inputs(paths)
    if on_total:
        on_total(len(entries))
    if ray is not None:
        from orbat.scale.cluster import ingest_ray
        return ingest_ray(entries, options, db=db, store=store, address=None if ray == "local" else ray,
                          jobs=jobs, aliases=aliases, source=source, on_outcome=on_outcome, on_mark=on_mark)
    return ingest(store, records_with_marks(entries, options), aliases=aliases, source=source,
                  on_outcome=on_outcome, on_mark=on_mark, jobs=jobs or default_jobs(entries))


def reprocess_store(store, *, db: str | None, everything: bool = False, jobs: int | None = None,
                    ray: str | None = None, aliases=None, on_total: Callable[[int], None] | None = None,
                    on_outcome: Callable | None = None) -> Summary:
    """Re-extract the stored documents `reprocess` would, in this process, workers or on Ray."""
    rows = stored_documents(store, everything)
    if on_total:
        on_total(len(rows))
    if ray is not None:
        from orbat.scale.cluster import reprocess_ray
        return reprocess_ray(store, rows, db=db, address=None if ray == "local" else ray, jobs=jobs,
                             aliases=aliases, on_outcome=on_outcome)
    if jobs is None:
        jobs = available_cores() if len(rows) >= SMALL_FILES else 1
    return reprocess(store, everything=everything, aliases=aliases, on_outcome=on_outcome, jobs=jobs, rows=rows)
