"""The inputs of one ingest as a list of files, known before reading starts (the progress bar's
total), and the records of each, followed by a `Mark` when the file is done.

This module is what Ray's reading tasks import (`read_rows`): it must not import the extraction
stack (`orbat.ingest`, `orbat.extract`), which would make every reading worker load it."""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from orbat.sources import Record, iter_records
from orbat.sources.reader import _files


@dataclass
class Mark:
    """A marker carried through the pipeline in input order (the end of an input file): `ingest`
    hands it to `on_mark` once everything before it is stored."""
    label: object = None


@dataclass(frozen=True)
class ReadOptions:
    """How records are read: the caller's date and url (for a single article) and the JSON lines fields."""
    published: str | None = None
    url: str | None = None
    text_field: str = "text"
    url_field: str = "url"
    published_field: str | None = None


def list_inputs(paths: list[str]) -> list[str | Record]:
    """Every file to read, folders walked as `iter_records` walks them; an entry that cannot be read
    (a link loop, an unreadable folder) is its failed Record."""
    return list(_files(paths))


def read_entry(entry: str | Record, options: ReadOptions, single: bool) -> Iterator[Record]:
    """The records of one input file. `single`: the whole input is this one file, so the caller's
    --published and --url apply when it holds a single article (as `iter_records` does)."""
    if isinstance(entry, Record):
        yield entry
        return
    yield from iter_records([entry], published=options.published if single else None,
                            url=options.url if single else None, text_field=options.text_field,
                            url_field=options.url_field, published_field=options.published_field)


def records_with_marks(entries: list[str | Record], options: ReadOptions) -> Iterator[Record | Mark]:
    """The records of every entry in order, each file's followed by a Mark naming it."""
    single = len(entries) == 1
    for entry in entries:
        yield from read_entry(entry, options, single)
        yield Mark(entry.origin if isinstance(entry, Record) else entry)


def read_rows(row: dict, options: ReadOptions, single: bool) -> Iterator[dict]:
    """For a Ray reading task: one input file's records, then its end-of-file mark, as rows."""
    import pickle
    entry = pickle.loads(row["entry"])
    for record in read_entry(entry, options, single):
        yield {"record": pickle.dumps(record), "mark": b""}
    label = entry.origin if not isinstance(entry, str) else entry
    yield {"record": b"", "mark": pickle.dumps(Mark(label))}


def available_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
