"""Small text helpers shared by stages: paragraphs, quote-mark classes, scripts and
what can be quoted."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
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


# --------------------------------------------------------------------------
# quote marks and what can be quoted

# Opening and closing quote marks of every common style (English, German low-9,
# French and reversed guillemets, single guillemets, CJK corner brackets, Hebrew
# gershayim / geresh). A mark may sit in both sets (» opens in German, closes in
# French); stages decide a mark's role from what pairs up.
OPEN_QUOTE_MARKS = "“‘\"'`«»‹›„‚「『״׳"
CLOSE_QUOTE_MARKS = "”’\"'»«›‹“‘」』״׳"
QUOTE_MARKS = "".join(sorted(set(OPEN_QUOTE_MARKS + CLOSE_QUOTE_MARKS + "‟‛")))

_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a bare domain or address: bbc.co.uk, example.com/path
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}(?:/\S*)?")
_EDGE_PUNCT = "".join(sorted(set(QUOTE_MARKS + "()[]{}<>.,;:!?…–—-")))


def is_quotable(s: str) -> bool:
    """True when ``s`` can be the content of a quote: prose, not symbols.

    Needs at least two letters (any script) in words once URLs and e-mail
    addresses are taken out: text made only of quote marks, punctuation,
    digits, emoji, symbols or whitespace is not a quote, and neither is a
    bare URL, domain or e-mail address. Emoji inside prose are fine.
    """
    core = s.strip().strip(_EDGE_PUNCT).strip()
    if not core:
        return False
    if _URL.fullmatch(core) or _EMAIL.fullmatch(core) or _DOMAIN.fullmatch(core):
        return False
    rest = _EMAIL.sub(" ", _URL.sub(" ", s))
    return sum(ch.isalpha() for ch in rest) >= 2


def dominant_script(s: str) -> str | None:
    """The writing system most letters of ``s`` belong to ("LATIN", "ARABIC",
    "HEBREW", "CJK", "CYRILLIC", ...), or None when ``s`` has no letters."""
    counts: Counter[str] = Counter()
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else "?"
            if script in {"HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC"}:
                script = "CJK"
            counts[script] += 1
    return counts.most_common(1)[0][0] if counts else None


_PAIRED_OPEN = "“„«»‹›「『"  # opening marks that are never apostrophes (» and › open in reversed style)


def unclosed_open_mark(content: str) -> bool:
    """Whether ``content`` holds an opening quote mark (never an apostrophe) that no mark after it closes:
    'the demands „completely unrealistic' (a mixed quote whose inner pair lost its close)."""
    last_open = max((content.rfind(ch) for ch in _PAIRED_OPEN), default=-1)
    if last_open < 0:
        return content.count('"') % 2 == 1
    return not any(ch in CLOSE_QUOTE_MARKS for ch in content[last_open + 1:])
