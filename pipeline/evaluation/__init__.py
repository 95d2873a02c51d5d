"""Evaluation: the runners behind ``sayso eval`` and ``sayso bench``, and their console tables.

* :mod:`.gold`: our own gold articles (``eval/evaluate.py``);
* :mod:`.polnear`: PolNeAR and CofeNet's BIO setting (``eval/polnear.py``);
* :mod:`.bench`: throughput (``eval/bench.py``).

The scorers themselves are :mod:`pipeline.scoring` (standard library only).
The runners' ``main`` and report functions print (they are command-line entry points); the
helpers here only format.
"""
from __future__ import annotations

from typing import Any, Sequence


def pct(x: Any) -> str:
    """A score for a table: a fraction as a percentage with one decimal, None as "-"."""
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{100 * x:.1f}"
    return str(x)


def format_table(title: str, rows: Sequence[Sequence[Any]], header: Sequence[str]) -> str:
    """A titled console table (a blank line, the title, the header, a rule, the rows): the first
    column left-aligned as text, the others right-aligned as :func:`pct`. The caller prints it."""
    cells = [[str(h) for h in header]] + [[pct(x) if i else str(x) for i, x in enumerate(r)] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["", title]
    for n, r in enumerate(cells):
        lines.append("  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if n == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)
