"""Writers taking turns in input order: with `--ray` on PostgreSQL each extraction actor writes its
own batches, and this is what makes them write in the order `--jobs 1` writes, so that the store
comes out the same.

Every row of the pipeline has a key, (file index, record number), the end-of-file mark taking the
number after the file's last record, so that in input order the keys follow one another without a
gap: the key after (f, n) is (f, n + 1), or (f + 1, 0) after a mark. A batch is a run of consecutive
rows; its writer waits until the key of its first row is the next one (`wait`), writes, and names
the key after its last row (`advance`). Ray Data hands batches to the actors in input order and an
actor runs its batches one at a time, in the order it got them, so the earliest batch not yet
written is never queued behind a later one: no writer waits on a batch that cannot start.

This module is imported by the Ray worker that runs `Turns` and must stay light (no orbat imports)."""
from __future__ import annotations

import asyncio


def following(key: tuple[int, int], mark: bool) -> tuple[int, int]:
    """The key after `key`: the next record of the file, or the first of the next file after a mark."""
    return (key[0] + 1, 0) if mark else (key[0], key[1] + 1)


class Turns:
    """The next key to write (a Ray actor with one thread and an event loop: waiting costs nothing)."""

    def __init__(self, first: tuple[int, int] = (0, 0)):
        self.next = tuple(first)
        self.changed = asyncio.Condition()

    async def wait(self, key) -> None:
        key = tuple(key)
        async with self.changed:
            await self.changed.wait_for(lambda: self.next == key)

    async def advance(self, key) -> None:
        async with self.changed:
            self.next = tuple(key)
            self.changed.notify_all()

    async def position(self) -> tuple[int, int]:
        return self.next
