"""Small text helpers shared by stages: paragraphs and quote-mark classes."""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARA = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines of ``text`` as paragraphs, stripped of outer whitespace.

    News text puts one paragraph on a line (with or without blank lines
    between), so a line is a paragraph.
    """
    out = []
    for m in _PARA.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Paragraph(len(out), s, e))
    return out


def paragraph_index(paras: list[Paragraph], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (or the last one before it)."""
    lo, hi = 0, len(paras) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if paras[mid].start <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
