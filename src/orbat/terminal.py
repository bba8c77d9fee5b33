"""Tables for a person at a terminal, a pager or a file: as wide as the terminal (or $COLUMNS),
and never broken inside a word.

The width follows GNU tools' habit: $COLUMNS when set, else the terminal's width (standard output,
or standard error when the output goes to a pager or a file while a terminal is still there), else
120 columns. A column that wraps is never narrower than its longest word, so a line breaks between
words ("Jaysh" / "al-Izza"), never inside one ("commander-in" / "-chief")."""
from __future__ import annotations

import os
import sys

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

FALLBACK_WIDTH = 120
MIN_WIDTH = 40
LONGEST_WORD = 60  # a "word" longer than this (a URL) may still be folded


def width() -> int:
    """The width to print at: $COLUMNS, the terminal's, or FALLBACK_WIDTH."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        try:
            if stream is not None and stream.isatty():
                return max(MIN_WIDTH, os.get_terminal_size(stream.fileno()).columns)
        except (OSError, ValueError, AttributeError):
            continue
    return FALLBACK_WIDTH


def console(stderr: bool = False) -> Console:
    return Console(width=width(), highlight=False, stderr=stderr, soft_wrap=False)


def longest_word(values) -> int:
    return min(LONGEST_WORD, max((len(w) for v in values for w in str(v or "").split()), default=1))


def table(headers: tuple[str, ...], rows: list[tuple], wrap: tuple[str, ...] = (), title: str | None = None,
          drop_empty: bool = False, max_width: int | None = None):
    """A table whose `wrap` columns wrap between words (each at least as wide as its longest word)
    and whose other columns keep to one line. Cells are plain Text: brackets are never markup.
    `drop_empty` leaves out the columns empty in every row. When even so the table is wider than
    `max_width` (the terminal's), each row is printed as a record instead, one "column: value" a
    line, wrapped between words (as `mysql \\G` does)."""
    cells = [["" if c is None else str(c) for c in row] for row in rows]
    keep = [i for i in range(len(headers)) if not drop_empty or any(row[i] for row in cells)]
    columns = [(headers[i], [row[i] for row in cells], headers[i] in wrap) for i in keep]
    t = Table(title=title, title_justify="left", title_style="bold" if title else None, box=box.SIMPLE_HEAD,
              pad_edge=False, padding=(0, 1, 0, 0))  # two spaces between columns: the separator and one
    for header, values, wraps in columns:
        if wraps:
            t.add_column(header, overflow="fold", min_width=longest_word([header, *values]))
        else:
            t.add_column(header, no_wrap=True)
    for row in cells:
        t.add_row(*(Text(row[i]) for i in keep))
    if not _layout(t, columns, max_width or width()):
        return records(columns, title, max_width or width())
    return t


def _layout(t: Table, columns, total: int) -> bool:
    """Give each column of `t` a width so the table fits `total` columns without breaking a word:
    one-line columns their longest cell, wrapping ones their longest word, then the room left given
    where it puts the most cells on one line. False when it cannot fit."""
    pads = [t._get_padding_width(i) for i in range(len(t.columns))]
    room = total - t._extra_width - sum(pads)
    need = [longest_word([h, *v]) if wraps else max(len(x) for x in [h, *v]) for h, v, wraps in columns]
    want = [max(len(x) for x in [h, *v]) for h, v, _ in columns]
    if sum(need) > room:
        return False
    widths = list(need)
    spare = room - sum(need)
    # widen, step by step, the column where the room buys the most cells on one line per character
    lengths = [sorted(len(x) for x in [h, *v]) if wraps else [] for h, v, wraps in columns]
    while spare > 0:
        best = None
        for i, lens in enumerate(lengths):
            longer = [n for n in lens if n > widths[i]]
            for target in sorted(set(longer)):
                cost = target - widths[i]
                if cost > spare:
                    break
                gain = sum(1 for n in longer if n <= target) / cost
                if best is None or gain > best[0]:
                    best = (gain, i, cost)
        if best is None:
            break
        widths[best[1]] += best[2]
        spare -= best[2]
    # what is left goes to the columns still wrapping, the most wrapped first (a long sentence)
    for i in sorted(range(len(columns)), key=lambda i: widths[i] - want[i]):
        give = min(max(0, want[i] - widths[i]), spare)
        widths[i] += give
        spare -= give
    for column, w in zip(t.columns, widths):
        column.width = w
    return True


def records(columns, title: str | None, max_width: int):
    """Rows as records: "column: value" lines, wrapped between words, a blank line between rows."""
    import textwrap

    from rich.console import Group

    label = max((len(h) for h, _, _ in columns), default=0)
    out = [Text(title, style="bold")] if title else []
    count = len(columns[0][1]) if columns else 0
    for n in range(count):
        for header, values, _ in columns:
            if not values[n]:
                continue
            lines = textwrap.wrap(values[n], max(20, max_width - label - 3), break_long_words=False,
                                  break_on_hyphens=False) or [""]
            out.append(Text(f"  {header:<{label}} {lines[0]}"))
            out += [Text(" " * (label + 3) + line) for line in lines[1:]]
        out.append(Text(""))
    return Group(*out)


def fit(t: Table):
    """Make a filled table wrap between words (each column at least as wide as its longest word),
    or, when it cannot fit the terminal so, print its rows as records."""
    t.padding = (0, 1, 0, 0)  # two spaces between columns, as `table` draws them
    columns = []
    for column in t.columns:
        values = [c.plain if isinstance(c, Text) else str(c) for c in column._cells]
        columns.append((str(column.header), values, not column.no_wrap))
        column.min_width = max(column.min_width or 0, longest_word([column.header, *values]))
        if not column.no_wrap:
            column.overflow = "fold"
    if not _layout(t, columns, width()):
        return records(columns, t.title if isinstance(t.title, str) else None, width())
    return t
