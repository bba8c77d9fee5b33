"""`orbat.scale.turns`: the order in which `--ray` actors writing PostgreSQL take their turns (the
Ray tests run it on a real instance; here, without Ray, the waiting itself)."""
from __future__ import annotations

import asyncio

from orbat.scale.turns import Turns, following


def test_the_key_after_a_record_is_the_next_record_and_after_a_mark_the_next_file():
    assert following((3, 0), mark=False) == (3, 1)
    assert following((3, 7), mark=True) == (4, 0)


def test_batches_write_in_key_order_whatever_order_they_arrive_in():
    """Batches of consecutive rows, given out of order, each waiting for its first key, writing, and
    naming the key after its last: they write in input order, and none waits forever."""
    # (first key, last key, last row is a mark): file 0 has records 0-2 then its mark (n=3); file 1 is one
    # record and its mark; file 2 is a mark alone (an empty file)
    batches = [((0, 0), (0, 1), False), ((0, 2), (1, 0), False), ((1, 1), (2, 0), True)]

    async def run(order):
        turns = Turns()
        written = []

        async def writer(i):
            first, last, mark = batches[i]
            await turns.wait(first)
            written.append(i)
            await asyncio.sleep(0)
            await turns.advance(following(last, mark))

        await asyncio.wait_for(asyncio.gather(*(writer(i) for i in order)), timeout=5)
        return written, await turns.position()

    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        written, position = asyncio.run(run(order))
        assert written == [0, 1, 2], order
        assert position == (3, 0)
