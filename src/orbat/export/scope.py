"""What part of the knowledge base an export covers: a date or a date range, an entity's
neighbourhood, a confidence floor, and whether rejected claims are wanted."""
from __future__ import annotations

from dataclasses import dataclass

from orbat.store.edtf import bounds

EARLIEST, LATEST = "0000-01-01", "9999-12-31"


@dataclass(frozen=True)
class Scope:
    at: str | None = None  # ISO day: facts holding then, events up to then
    start: str | None = None  # ISO day (--from): events in, and relations overlapping, [start, end]
    end: str | None = None  # ISO day (--to)
    entity: str | None = None  # a name or #ID: keep its neighbourhood
    depth: int = 1
    min_confidence: float = 0.0
    include_rejected: bool = False

    @property
    def statuses(self) -> tuple[str, ...]:
        """Claim statuses exported: superseded claims never are (except by the json dump)."""
        return ("active", "confirmed") + (("rejected",) if self.include_rejected else ())

    @property
    def dated(self) -> bool:
        return bool(self.at or self.start or self.end)

    def event_ok(self, value: str | None) -> bool:
        """Whether an event dated `value` (EDTF) is in scope: on or before --at, or within --from/--to."""
        if not self.dated:
            return True
        span = bounds(value)
        if span is None:
            return False
        if self.at:
            return span[0] <= self.at
        return span[0] <= (self.end or LATEST) and span[1] >= (self.start or EARLIEST)

    def spans_ok(self, spans: list[tuple[str | None, str | None]]) -> bool:
        """Whether a relation that held over `spans` (EDTF since/until, None when open) overlaps --from/--to."""
        lo_want, hi_want = self.start or EARLIEST, self.end or LATEST
        for since, until in spans:
            lo = (bounds(since) or (EARLIEST,))[0]
            hi = (bounds(until) or (LATEST,))[0]
            if lo <= hi_want and hi > lo_want:
                return True
        return False
