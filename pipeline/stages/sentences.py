"""Sentence splitting: paragraph-aware rules for news text.

Every paragraph (a line) ends a sentence, so headlines and bylines ("By Claire
West") are sentences of their own. Inside a paragraph a sentence ends at
``.``, ``!``, ``?`` or ``…`` (and any closing quote marks of any style or brackets after it) when
the next word starts a sentence, unless the period belongs to an abbreviation
(Mr, Dr, St, No., a.m., U.S.), an initial, or a number (3.5%). Sentences inside
quotes are split the same way. Offsets are ``str`` indices, half-open,
without surrounding whitespace.
"""
from __future__ import annotations

import re

from ..doc import Document, Sentence
from ..stage import Stage
from ..text import paragraphs

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "prof", "rev", "sen", "gov", "rep", "reps",
    "gen", "lt", "col", "capt", "sgt", "cpl", "maj", "adm", "cmdr", "supt", "insp", "det",
    "jr", "sr", "inc", "ltd", "co", "corp", "plc", "vs", "v", "etc", "e.g", "i.e", "cf", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "ave", "blvd", "rd", "est", "dept", "govt", "hon", "pres", "fig", "vol", "op",
    "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "a.m", "p.m", "ph.d", "m.p",
}
# Abbreviations that count in lower case too (titles need a capital: "Rep." but "reps.").
LOWER_OK = {"etc", "e.g", "i.e", "cf", "approx", "vs", "v", "a.m", "p.m"}
# After these, a capitalised word still starts a new sentence ("at 9 a.m. The").
SOFT_ABBREVIATIONS = {"a.m", "p.m", "etc"}
SENTENCE_STARTERS = {
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "there", "a", "an",
    "in", "on", "at", "his", "her", "its", "their", "our", "mr", "mrs", "ms", "dr", "police", "officials",
}

# closing marks of every style after the end punctuation: ” ’ » « › ‹ and German “ ‘ (after „ ‚), CJK 」 』,
# Hebrew ״ ׳
_END = re.compile(r"[.!?…؟]+(?:[\"'”’»«›‹“‘」』״׳)\]]|'')*")
_OPENERS = "\"'“‘`([«»‹›„‚「『״׳"


def _word_before(text: str, pos: int) -> str:
    """The token (letters, digits and inner periods) ending at ``pos``."""
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*[\"'“‘`(\[«»‹›„‚「『]*([A-Za-z]+)", text[pos:])
    return m.group(1) if m else ""


def split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (one paragraph)."""
    spans = []
    s = start
    for m in _END.finditer(text, start, end):
        b = m.end()
        if b >= end:
            break
        # must be followed by whitespace, then a sentence start
        if not text[b].isspace():
            continue
        j = b
        while j < end and text[j].isspace():
            j += 1
        if j >= end:
            break
        nxt = text[j]
        # a capital, a digit, an opening mark, or a letter of a script without case (Arabic, Hebrew)
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or (nxt.isalpha() and nxt.lower() == nxt.upper())):
            continue
        if m.group(0)[0] == ".":
            word = _word_before(text, m.start())
            low = word.lower().rstrip(".")
            if low in ABBREVIATIONS and (low in LOWER_OK or word[:1].isupper()):
                if low not in SOFT_ABBREVIATIONS or _next_word(text, j).lower() not in SENTENCE_STARTERS:
                    continue
            elif len(word) == 1 and word.isupper():  # an initial: "J. Smith"
                continue
            elif re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word):  # "U.S" style
                if _next_word(text, j).lower() not in SENTENCE_STARTERS:
                    continue
            if nxt.isdigit() and low in {"no", "nos"}:
                continue
        spans.append((s, b))
        s = j
    if s < end:
        spans.append((s, end))
    return spans


class SentenceSplitter(Stage):
    """Assigns ``doc.sentences`` (each with its paragraph index)."""

    name = "sentences"
    requires = ()
    assigns = ("sentences",)
    version = "rules-1"

    def predict(self, doc: Document) -> list[Sentence]:
        out = []
        for para in paragraphs(doc.text):
            for s, e in split_paragraph(doc.text, para.start, para.end):
                out.append(Sentence(s, e, para.index))
        return out

    def set_annotations(self, doc: Document, result: list[Sentence]) -> None:
        doc.sentences = result
