"""Progress on stderr for the command line and the evaluation scripts (the library itself never
prints): tqdm when it is installed, else a plain counter."""
from __future__ import annotations

import sys
import time
from typing import Iterable, Iterator


def progress(it: Iterable, *, total: int | None = None, desc: str = "", unit: str = "it") -> Iterator:
    """Yield from ``it`` while showing how far it has got."""
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        tqdm = None
    if tqdm is not None:
        yield from tqdm(it, total=total, desc=desc, unit=unit, file=sys.stderr, mininterval=1.0)
        return
    t0 = time.time()
    n = 0
    for n, x in enumerate(it, 1):
        if n % 50 == 0 or n == total:
            print(f"\r{desc} {n}/{total or '?'} {time.time() - t0:.0f}s", end="", file=sys.stderr, flush=True)
        yield x
    print(file=sys.stderr)


def progress_bar(*, total: int | None = None, desc: str = "articles", unit: str = "art"):
    """A bar the caller advances with ``.update(n)`` and ends with ``.close()``; None without tqdm."""
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True)
