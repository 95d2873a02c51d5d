"""Quote detection: direct, mixed and indirect quotes with their cues.

Direct quotes come from quote marks, paired per paragraph:

* every mark style: “ ” ‘ ’ " ' and LaTeX-style `` ''; German „ “ / „ " and
  ‚ ‘ (a “ or ‘ closes a low-9 opener); guillemets « » and ‹ ›, French or
  reversed (» « in German/Danish), the direction decided per paragraph from
  what pairs up; CJK 「 」 『 』; Hebrew gershayim ״ and geresh ׳, marks only
  when they pair (not inside a word: צה״ל);
* dash-led dialogue: a paragraph that opens with a dash and speech
  ("– We will not back down, said Mr Bird."): the content runs from after the
  dash to the attribution (or the paragraph end); a "– Name, Title" line or a
  list bullet is not speech;
* British multi-paragraph quotes (an opening mark on each paragraph, a closing
  mark only at the end): one quote per paragraph, each continuing the last;
* nested quotes: only the outer pair makes a quote;
* apostrophes are not marks (Plus’s, can't, members', ’90s);
* unbalanced marks never raise: an unclosed quote runs to the end of its
  paragraph at a lower confidence, a stray closing mark is ignored.

A short quoted fragment is a *mixed* quote when it sits inside reported speech
(``said the plan was “a disaster”``, ``what they called “draconian
conditions”``) and a scare quote (under ``CONFIDENT_QUOTE``) when nothing
reports it.

Indirect quotes come from the dependency parse: a cue verb (said, warned,
told X that, according to, ...) and its clausal complement, or, for verbs
that announce (announced, unveiled, proposed, demanded, threatened, pledged,
called for), a noun-phrase object that states what was said ("The union has
announced an indefinite overtime ban from next Thursday"). Content spans
exclude the quote marks, a leading "that" and the final punctuation.
Content without prose (marks, symbols, emoji, digits, a bare URL or e-mail
address: :func:`pipeline.text.is_quotable`) is never a quote. Offsets are
``str`` indices into ``Document.text``, half-open.

:func:`rule_quotes` is the rule producer, in small steps: candidates from
marks and dashes (:func:`quote_candidates`), indirect quotes
(:func:`indirect_quotes`), and for each candidate its cue
(:func:`find_cue`) and its reading (:func:`classify`: cued speech,
continuation, uncued speech, cued fragment, scare quote or naming, with the
confidence ``RULE_CONFIDENCE`` gives it and ``Quote.origin``). The stage,
:class:`QuoteDetector`, hands them to the one merge
(:func:`pipeline.stages.quote_merge.merge_quotes`) with no tagged quotes:
it numbers them and links continuations (a quote that carries on the
speech before it continues that quote and takes its cue), as it does for
the tagged-quotes stage.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..doc import Document, Quote, Span
from ..stage import Stage
from ..text import CLOSE_QUOTE_MARKS, Paragraph, is_quotable, paragraph_index, paragraphs, unclosed_open_mark
from .parse import get_parse
from .quote_merge import RULE_CONFIDENCE, merge_quotes

# Lemmas of verbs that report speech (or writing) and take the speaker as subject.
CUE_VERBS = {
    "say", "add", "warn", "insist", "argue", "claim", "deny", "tell", "state", "explain",
    "announce", "admit", "stress", "note", "suggest", "confirm", "report", "write", "acknowledge",
    "allege", "complain", "contend", "maintain", "reveal", "urge", "promise", "vow", "threaten",
    "indicate", "emphasise", "emphasize", "declare", "remark", "reply", "respond", "comment",
    "continue", "conclude", "predict", "concede", "caution", "assert", "recall", "observe",
    "point", "tweet", "post", "ask", "describe", "call", "dub", "term", "label", "agree", "believe",
    "think", "estimate", "boast", "accuse", "criticise", "criticize", "welcome", "testify",
    "shout", "scream", "exclaim", "joke", "quip", "whisper", "mutter", "reiterate", "repeat",
    "propose", "recommend", "demand", "signal", "hint", "speculate", "charge", "counter",
    "retort", "plead", "brief", "tell", "mention", "pledge", "assure", "guarantee", "lament",
}
# Cue verbs that introduce an indirect quote with a clausal complement.
INDIRECT_CUES = {
    "say", "add", "warn", "insist", "argue", "claim", "deny", "tell", "state", "explain",
    "announce", "admit", "stress", "note", "suggest", "confirm", "report", "write", "acknowledge",
    "allege", "complain", "contend", "maintain", "reveal", "promise", "vow", "threaten",
    "indicate", "emphasise", "emphasize", "declare", "remark", "reply", "respond", "conclude",
    "predict", "concede", "caution", "assert", "recall", "observe", "point", "tweet", "post",
    "reiterate", "repeat", "testify", "signal", "hint", "speculate", "charge", "counter",
    "retort", "pledge", "assure", "guarantee", "lament", "believe", "think", "estimate", "boast",
}
# Cue verbs whose noun-phrase object states what was said: "announced an overtime
# ban", "unveiled a plan to ...", "called for an inquiry" (guidelines, section 3;
# PolNeAR annotates these as attributions too).
NP_OBJECT_CUES = {"announce", "unveil", "propose", "demand", "threaten", "pledge", "promise", "call"}
# Object heads that name the act of saying, not what was said ("announced the results").
NP_NOT_CONTENT = {"statement", "announcement", "news", "details", "detail", "result", "results",
                  "date", "name", "names", "decision", "intention", "it", "this", "that", "them"}
# Verbs that quote a fragment as a name for something: what they called “x”.
NAMING_VERBS = {"call", "describe", "dub", "term", "label", "brand"}
_INDIRECT_OR_NP_CUES = INDIRECT_CUES | NP_OBJECT_CUES

OPEN, CLOSE = "open", "close"


@dataclass
class Mark:
    pos: int
    width: int
    family: str  # "double", "single", "guillemet", "sguillemet", "corner", "wcorner", "gershayim", "geresh"
    role: str  # OPEN, CLOSE, "either" (a straight mark not yet decided) or LOW_CLOSE
    low: bool = False  # a low-9 opener („ ‚): “ / ‘ close it


# A “ or ‘ that can only close a low-9 opener (German „…“ / ‚…‘); ignored otherwise.
LOW_CLOSE = "low-close"
# Families whose marks count only when they pair (never an unclosed quote).
PAIR_ONLY = {"gershayim", "geresh"}
# Guillemet families: (French opener, French closer); reversed in German/Danish.
GUILLEMETS = {"guillemet": ("«", "»"), "sguillemet": ("‹", "›")}
_FIXED = {"「": ("corner", OPEN), "」": ("corner", CLOSE), "『": ("wcorner", OPEN), "』": ("wcorner", CLOSE)}
_HEBREW_MARKS = {"״": "gershayim", "׳": "geresh"}
# Characters that can open a quote (for "between" checks and edge trimming).
OPENING_CHARS = "“‘\"„‚‟‛«»‹›「『״׳`"
# What closes each opener (content edges: a mark whose partner is not in the content is stray).
_PARTNERS = {"“": "”“\"", "„": "“”\"", "‟": "”", "‘": "’‘", "‚": "‘’", "‛": "’", '"': '"', "«": "»«",
             "»": "«»", "‹": "›‹", "›": "‹›", "「": "」", "『": "』", "״": "״", "׳": "׳"}


@dataclass
class Candidate:
    """A quoted run within one paragraph: ``[start, end)`` without the marks."""

    start: int
    end: int
    open_pos: int
    close_pos: int | None  # None: runs to the end of the paragraph
    paragraph: int
    confidence: float = RULE_CONFIDENCE["paired"]
    continued_from_previous: bool = False
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------
# quote marks


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _non_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ord(ch) > 0x24F


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """Quote marks in ``text[start:end]`` with a first guess at their role."""
    marks: list[Mark] = []
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        two = text[i : i + 2]
        if two == "``":
            marks.append(Mark(i, 2, "double", OPEN))
            i += 2
            continue
        if two == "''" and i > start and not text[i - 1].isspace():
            marks.append(Mark(i, 2, "double", CLOSE))
            i += 2
            continue
        if two == "''" and (i == start or text[i - 1].isspace() or text[i - 1] in "([{—–-") and \
                i + 2 < end and (text[i + 2].isalnum() or text[i + 2] in "$."):
            # two apostrophes open a quotation in newswire archives ('' ... ,'' she said), as `` does
            marks.append(Mark(i, 2, "double", OPEN))
            i += 2
            continue
        if ch == "“" or ch == "‟":
            marks.append(Mark(i, 1, "double", OPEN))
        elif ch == "„":
            marks.append(Mark(i, 1, "double", OPEN, low=True))
        elif ch == "”":
            marks.append(Mark(i, 1, "double", CLOSE))
        elif ch in "«»‹›":
            fam = "guillemet" if ch in "«»" else "sguillemet"
            marks.append(Mark(i, 1, fam, "either"))  # direction decided below
        elif ch in _FIXED:
            fam, role = _FIXED[ch]
            marks.append(Mark(i, 1, fam, role))
        elif ch in _HEBREW_MARKS:
            if prev.isalpha() and nxt.isalpha():
                pass  # inside a word: an acronym (צה״ל) or abbreviation, not a mark
            else:
                role = OPEN if (prev.isspace() or prev in "([{—–-/:") else \
                    CLOSE if (nxt.isspace() or nxt in ".,;:!?)]}—–-") else "either"
                marks.append(Mark(i, 1, _HEBREW_MARKS[ch], role))
        elif ch == '"':
            if prev.isalpha() and nxt.isalpha() and (_non_latin_letter(prev) or _non_latin_letter(nxt)):
                pass  # צה"ל: gershayim typed as a straight mark, inside a word
            elif prev.isspace() or prev in "([{—–-/:":
                role = OPEN
                marks.append(Mark(i, 1, "double", role))
            elif nxt.isspace() or nxt in ".,;:!?)]}—–-":
                role = CLOSE
                marks.append(Mark(i, 1, "double", role))
            else:
                role = "either"
                marks.append(Mark(i, 1, "double", role))
        elif ch == "‚":
            if not nxt.isspace():
                marks.append(Mark(i, 1, "single", OPEN, low=True))
        elif ch in "‘’'‛":
            if _is_word(prev) and _is_word(nxt):
                pass  # can't, Plus’s, O'Brien
            elif re.match(r"\d\ds\b", text[i + 1 : i + 4]) and not _is_word(prev):
                pass  # ’90s
            elif ch in "‘‛" or (prev.isspace() or prev in "([{—–-/:\"“"):
                if not nxt.isspace():
                    marks.append(Mark(i, 1, "single", OPEN))
                elif ch == "‘" and not prev.isspace():
                    marks.append(Mark(i, 1, "single", LOW_CLOSE))  # ‚Nein‘ sagte er
            elif ch in "’'" and not prev.isspace():
                if nxt.isspace() or nxt in ".,;:!?)]}—–-\"”" or i + 1 >= end:
                    marks.append(Mark(i, 1, "single", CLOSE))
        i += 1
    for fam, (fr_open, _) in GUILLEMETS.items():
        _orient(text, [m for m in marks if m.family == fam], fr_open)
    return _pair_only_marks(marks)


def _orient(text: str, marks: list[Mark], fr_open: str) -> None:
    """Set the roles of one guillemet family: French (« opens) or reversed (» opens),
    whichever pairs up more marks in this run of text."""
    if not marks:
        return

    def score(opener: str) -> tuple[int, int]:
        depth = paired = stray = 0
        for m in marks:
            if text[m.pos] == opener:
                depth += 1
            elif depth:
                depth -= 1
                paired += 1
            else:
                stray += 1
        return paired, -(stray + depth)

    other = next(c for c in "«»‹›" if c != fr_open and (c in "«»") == (fr_open in "«»"))
    french, reverse = score(fr_open), score(other)
    if french == reverse:
        # nothing tells them apart: German/Danish marks hug the text they open (»Ja«)
        first = marks[0]
        nxt = text[first.pos + 1: first.pos + 2]
        reversed_ = text[first.pos] == other and nxt != "" and not nxt.isspace()
    else:
        reversed_ = reverse > french
    opener = other if reversed_ else fr_open
    for m in marks:
        m.role = OPEN if text[m.pos] == opener else CLOSE


def _pair_only_marks(marks: list[Mark]) -> list[Mark]:
    """Hebrew gershayim / geresh count as marks only when they pair: drop the rest."""
    keep: list[Mark] = []
    for fam in PAIR_ONLY:
        open_: Mark | None = None
        for m in (m for m in marks if m.family == fam):
            if open_ is None:
                if m.role in (OPEN, "either"):
                    open_ = m
            elif m.role in (CLOSE, "either"):
                keep += [open_, m]
                open_ = None
            else:
                open_ = m  # two openers in a row: the later one may still pair
    ids = {id(m) for m in keep}
    return [m for m in marks if m.family not in PAIR_ONLY or id(m) in ids]


def _possessive_plural(text: str, mark: Mark, end: int) -> bool:
    """members' pay: an apostrophe after a plural, not a closing mark."""
    i = mark.pos
    if text[i - 1] not in "sS" or i + 2 >= end or text[i + 1] != " ":
        return False
    nxt = re.match(r"\w+", text[i + 2 : end])
    if not nxt:
        return False
    word = nxt.group(0)
    return word[0].islower() and word not in _AFTER_CLOSE


_AFTER_CLOSE = {
    "he", "she", "they", "it", "we", "i", "said", "says", "added", "adds", "told", "according",
    "the", "a", "an", "and", "but", "or", "as", "in", "on", "at", "to", "for", "with", "from",
}


def pair_paragraph(text: str, para: Paragraph) -> tuple[list[tuple[Mark, Mark | None]], list[Mark]]:
    """Pair the outermost marks of one paragraph.

    Returns ``(pairs, unclosed)``: ``pairs`` are (open, close) outer pairs in
    order; ``unclosed`` are outer opening marks never closed (at most one is
    used, the first).
    """
    marks = find_marks(text, para.start, para.end)
    pairs, unclosed, skipped = _pair(text, para, marks, forced=set())
    if unclosed and unclosed[0].family == "single":
        # "unrealistic ‘average call times’ are used": an apostrophe guess left
        # the quote open; read the first such mark after the opener as its close
        late = [p for p in skipped if p > unclosed[0].pos]
        if late:
            pairs, unclosed, _ = _pair(text, para, marks, forced={late[0]})
    return pairs, unclosed


def _pair(text: str, para: Paragraph, marks: list[Mark], forced: set[int]):
    skipped: list[int] = []
    stack: list[Mark] = []
    pairs: list[tuple[Mark, Mark | None]] = []
    for mk in marks:
        role = mk.role
        if role == "either":
            role = CLOSE if any(m.family == mk.family for m in stack) else OPEN
        if role in (OPEN, LOW_CLOSE) and text[mk.pos] in "“‘":
            # German „…“ / ‚…‘: a “ or ‘ closes the low-9 mark that is open
            inner = next((m for m in reversed(stack) if m.family == mk.family), None)
            if inner is not None and inner.low:
                role = CLOSE
            elif role == LOW_CLOSE:
                continue
        if mk.family == "single" and role == CLOSE and any(m.family == "single" for m in stack):
            if mk.pos not in forced and _possessive_plural(text, mk, para.end):
                skipped.append(mk.pos)
                continue
        if role == OPEN:
            # a straight double mark while one is open closes it
            if mk.family == "double" and text[mk.pos] == '"' and stack and stack[-1].family == "double" \
                    and text[stack[-1].pos] == '"':
                role = CLOSE
            else:
                stack.append(mk)
                continue
        # closing mark: pop to the nearest open of the same family
        idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family == mk.family), None)
        if idx is None:
            continue  # stray closing mark (or an apostrophe we could not tell apart)
        opener = stack[idx]
        del stack[idx:]
        if not stack:
            pairs.append((opener, mk))
    unclosed = [m for m in stack if m.family not in PAIR_ONLY][:1]
    return pairs, unclosed, skipped


def direct_candidates(text: str, paras: list[Paragraph]) -> list[Candidate]:
    """Quoted runs, one or more per paragraph, British continuation handled."""
    out: list[Candidate] = []
    paired = [pair_paragraph(text, p) for p in paras]
    for k, para in enumerate(paras):
        pairs, unclosed = paired[k]
        items: list[Candidate] = []
        for op, cl in pairs:
            s, e = _strip(text, op.pos + op.width, cl.pos)
            if e > s:
                items.append(Candidate(s, e, op.pos, cl.pos, para.index))
        if unclosed:
            op = unclosed[0]
            s, e = _strip(text, op.pos + op.width, para.end)
            # British convention: the next paragraph opens with the same kind of mark
            nxt_opens = False
            if k + 1 < len(paras):
                nxt = paras[k + 1]
                first = find_marks(text, nxt.start, min(nxt.end, nxt.start + 3))
                nxt_opens = bool(first) and first[0].pos == nxt.start and first[0].role != CLOSE
            if e > s and not any(c.start <= s < c.end for c in items):
                conf = RULE_CONFIDENCE["runs-on" if nxt_opens else "unclosed"]
                items.append(Candidate(s, e, op.pos, None, para.index, confidence=conf,
                                       extra={"unclosed": True, "runs_on": nxt_opens}))
        items.sort(key=lambda c: c.start)
        out.extend(items)
    # mark continuations: a paragraph that opens with a quote after a paragraph whose quote ran on
    for i, c in enumerate(out):
        if i and out[i - 1].extra.get("runs_on") and out[i - 1].paragraph == c.paragraph - 1 \
                and c.open_pos == paras[c.paragraph].start:
            c.continued_from_previous = True
    return out


def _blank(ch: str) -> bool:
    """Whitespace (NBSP and narrow NBSP too) or an invisible format mark (bidi U+200E/U+200F, ZWSP)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Content edges: no whitespace, no bidi marks, no stray quote mark (one whose
    partner is not in the content: „ left open by a “ read as an opener)."""
    while True:
        while s < e and _blank(text[s]):
            s += 1
        while e > s and _blank(text[e - 1]):
            e -= 1
        if s < e and text[s] in _PARTNERS and text[s] not in "'\"" and \
                not any(ch in text[s + 1:e] for ch in _PARTNERS[text[s]]):
            s += 1
            continue
        if e > s and text[e - 1] in _CLOSERS and \
                not any(ch in text[s:e - 1] for ch in _CLOSERS[text[e - 1]]):
            e -= 1
            continue
        return s, e


# What opens each closer (the reverse of _PARTNERS; apostrophes ’ ' are never stripped).
_CLOSERS: dict[str, str] = {}
for _o, _cs in _PARTNERS.items():
    for _c in _cs:
        if _c not in "’'\"":
            _CLOSERS[_c] = _CLOSERS.get(_c, "") + _o


# --------------------------------------------------------------------------
# dash-led dialogue

# A paragraph that opens with a dash: em, en, horizontal bar, or a hyphen before a space.
_DASH_LEAD = re.compile(r"(?:[—–―]|-{1,2}(?=\s))[ \t\u00a0\u202f]*")
_SENT_END = {".", "!", "?", "…"}
# Tokens that may stand between the separator and the cue verb: the speaker phrase.
_SPEAKER_POS = {"PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM", "PUNCT", "ADP", "PART", "CCONJ", "SPACE"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_FIRST_SECOND = {"i", "we", "you"}
_SPEAKER_START = {"PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM"}


def _tokens_in(sdoc, start: int, end: int) -> list:
    """The tokens that start in ``[start, end)``."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [t for t in sdoc if start <= t.idx < end]
    return [t for t in span if start <= t.idx < end]


def _dash_attribution(sdoc, start: int, end: int):
    """In ``[start, end)`` (the paragraph after its dash), the attribution that
    ends the speech: ``(content_end, separator_end, cue_token)`` or None.

    The speech ends at a comma or a spaced dash (with a closing mark next to
    it: ``strike," he said``) after which, within the sentence, a speaker
    phrase and a reporting verb come before any other verb: ", said Mr Bird",
    ", he said", ", the union's leader told reporters", ", according to X".
    """
    toks = _tokens_in(sdoc, start, end)
    for k, t in enumerate(toks):
        if t.text not in {",", "–", "—", "-"} or k == 0:
            continue
        if t.text in {"–", "—", "-"} and not (t.idx > 0 and sdoc.text[t.idx - 1].isspace()):
            continue  # a hyphen inside a word or a dash that closes an aside
        content_end, j = t.idx, k + 1
        if t.text == "," and j < len(toks) and toks[j].text in {'"', "”", "’", "'", "»", "«"}:
            content_end = t.idx + 1  # ‘We will strike,’ he said: the comma stays with the speech
            j += 1
        elif toks[k - 1].text in {'"', "”", "’", "'"} and toks[k - 1].idx + len(toks[k - 1].text) == t.idx:
            content_end = toks[k - 1].idx
        for n, u in enumerate(toks[j:j + 10]):
            if u.lower_ == "according" and j + n + 1 < len(toks) and toks[j + n + 1].lower_ == "to":
                return content_end, t.idx + 1, u
            if u.lemma_.lower() in CUE_VERBS and u.pos_ in {"VERB", "AUX"} and u.dep_ not in {"aux", "auxpass"}:
                return content_end, t.idx + 1, u
            if u.text in _SENT_END or u.text == ";" or (u.pos_ not in _SPEAKER_POS and u.dep_ != "aux"):
                break
            if n == 0 and u.pos_ not in _SPEAKER_START:
                break  # "– and win, said X": a speaker phrase does not start with "and"
    return None


def dash_candidates(text: str, sdoc, paras: list[Paragraph]) -> list[Candidate]:
    """Dash-led dialogue: one candidate per paragraph that opens with a dash and speech.

    Not speech: a paragraph whose text starts with a quote mark (the marks
    make that quote), a "– Jane Doe, Commissioner" line, and list bullets (no
    attribution, and no capitalised sentence with a finite verb; or items after
    a line ending with a colon that has no reporting verb).
    """
    out: list[Candidate] = []
    is_dash = [bool(_DASH_LEAD.match(text, p.start, p.end)) for p in paras]
    for k, para in enumerate(paras):
        m = _DASH_LEAD.match(text, para.start, para.end) if is_dash[k] else None
        if m is None:
            continue
        s = m.end()
        if s >= para.end or text[s] in OPENING_CHARS or text[s] in "”’":
            continue
        att = _dash_attribution(sdoc, s, para.end)
        if att is not None:
            e, sep_end, cue = att
            s2, e2 = _strip(text, s, e)
            if len(re.findall(r"\w+", text[s2:e2])) < 2:
                continue
            out.append(Candidate(s2, e2, para.start, sep_end - 1, para.index, confidence=RULE_CONFIDENCE["dash"],
                                 extra={"dash": True, "cue_token": cue}))
            continue
        s2, e2 = _strip(text, s, para.end)
        content = text[s2:e2]
        toks = _tokens_in(sdoc, s2, e2)
        first = content[:1]
        if len(re.findall(r"\w+", content)) < 3 or not (first.isalpha() and not first.islower()):
            continue
        if content.rstrip("”’\"'»«)")[-1:] not in _SENT_END:
            continue  # "– Jane Doe, Commissioner", "- more staff"
        if not any(t.tag_ in _FINITE_TAGS or "Fin" in t.morph.get("VerbForm") for t in toks):
            continue
        # "– The minister said the offer was final.": narration that reports speech (an
        # indirect quote), unless the speaker speaks of themselves ("– I told them no.")
        if any(t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in _FIRST_SECOND for c in t.children)
               for t in toks):
            continue
        # a list: the run of dash paragraphs follows a line ending with a colon and no reporting verb
        j = k
        while j > 0 and is_dash[j - 1]:
            j -= 1
        if j > 0:
            lead = paras[j - 1]
            if text[lead.start:lead.end].rstrip().endswith(":") and not any(
                    t.lemma_.lower() in CUE_VERBS and t.pos_ in {"VERB", "AUX"}
                    for t in _tokens_in(sdoc, lead.start, lead.end)):
                continue
        out.append(Candidate(s2, e2, para.start, None, para.index, confidence=RULE_CONFIDENCE["dash"],
                             extra={"dash": True, "cue_token": None}))
    return out


# --------------------------------------------------------------------------
# the rule producer


_ENDS = {".", ",", "!", "?", "—", "–", ";", ":", "…"}


def _looks_like_speech(text: str) -> bool:
    """A complete utterance rather than a fragment (scare quote, name, title)."""
    words = re.findall(r"\w+", text)
    if not words:
        return False
    ends = text.rstrip()[-1:] in _ENDS
    return (ends and len(words) >= 3) or len(words) >= 8


def _candidate_is_speech(text: str, c: Candidate) -> bool:
    """:func:`_looks_like_speech`, reading punctuation outside the closing mark as the
    quote's own when the quote opens its sentence: German, French and British style
    put it there („Wir bleiben“, sagte er / « Nous restons », a-t-il dit / ‘We stay’, he said)."""
    content = text[c.start:c.end]
    if _looks_like_speech(content):
        return True
    if c.close_pos is None or c.extra.get("dash"):
        return False
    after = text[c.close_pos + 1:c.close_pos + 2]
    i = c.open_pos
    while i > 0 and text[i - 1] in " \t\u00a0\u202f":
        i -= 1
    opens_sentence = i == 0 or text[i - 1] in ".!?:\n"
    return opens_sentence and after in _ENDS and len(re.findall(r"\w+", content)) >= 3


def rule_quotes(doc: Document, *, indirect: bool = True) -> list[Quote]:
    """The rule producer: direct, mixed and indirect quotes with kind, cue, confidence and
    origin, in no particular order, unnumbered and unlinked (:func:`merge_quotes` links them)."""
    text = doc.text
    sdoc = get_parse(doc)
    paras = paragraphs(text)
    cands = quote_candidates(text, sdoc, paras)
    inside_quote = _inside_candidates(cands, paras)
    cues = Cues.outside_quotes(sdoc, inside_quote)
    reported = indirect_quotes(text, sdoc, cands, inside_quote, paras) if indirect else []
    # fragments inside an indirect quote made it mixed: they are not quotes of their own
    quotes = [classify(text, sdoc, c, paras, cues) for c in cands
              if not any(q.start <= c.start and c.end <= q.end for q in reported)]
    quotes += reported
    for q in quotes:  # no quote starts or ends with blanks, bidi marks or a stray mark
        q.start, q.end = _strip(text, q.start, q.end)
    return quotes


def quote_candidates(text: str, sdoc, paras: list[Paragraph]) -> list[Candidate]:
    """Quoted runs from the marks and dash-led paragraphs, in text order, with prose."""
    cands = direct_candidates(text, paras)
    dashes = dash_candidates(text, sdoc, paras)
    if dashes:
        # nested quotes: a quote in marks inside the dash-led speech is part of it
        cands = [c for c in cands if not any(d.start <= c.open_pos < d.end for d in dashes)]
        cands = sorted(cands + dashes, key=lambda c: c.start)
    # no prose, no quote: marks around emoji, digits, a URL
    return [c for c in cands if is_quotable(text[c.start:c.end])]


def _inside_candidates(cands: list[Candidate], paras: list[Paragraph]):
    """A test for an offset: is it inside a candidate's marks (or its run to the paragraph end)?"""
    quoted = [(c.open_pos, (c.close_pos + 1) if c.close_pos is not None else paras[c.paragraph].end)
              for c in cands]

    def inside_quote(i: int) -> bool:
        return any(a <= i < b for a, b in quoted)

    return inside_quote


@dataclass
class Cues:
    """The tokens that can cue a direct quote: reporting verbs and "according" (of "according
    to") outside every quoted run."""

    verbs: list
    according: list

    @classmethod
    def outside_quotes(cls, sdoc, inside_quote) -> "Cues":
        verbs = [t for t in sdoc if t.lemma_.lower() in CUE_VERBS and t.pos_ in {"VERB", "AUX"}
                 and not inside_quote(t.idx)]
        according = [t for t in sdoc if t.lower_ == "according" and t.i + 1 < len(sdoc)
                     and sdoc[t.i + 1].lower_ == "to" and not inside_quote(t.idx)]
        return cls(verbs, according)


def classify(text: str, sdoc, c: Candidate, paras: list[Paragraph], cues: Cues) -> Quote:
    """A direct candidate as a quote: its kind, cue, origin and confidence (``RULE_CONFIDENCE``)."""
    para = paras[c.paragraph]
    if c.extra.get("dash"):
        kind, cue, origin, confidence = _read_dash(sdoc, c, para, cues, paras)
    else:
        kind, cue, origin, confidence = _read_marked(
            c, cue=find_cue(sdoc, c, para, cues, paras), naming=_naming_cue(sdoc, c),
            speechlike=_candidate_is_speech(text, c), opens_paragraph=c.open_pos == para.start)
    return Quote(id="", start=c.start, end=c.end, kind=kind, cue=cue, paragraph=c.paragraph,
                 confidence=confidence, origin=origin)


def _read_dash(sdoc, c: Candidate, para: Paragraph, cues: Cues, paras: list[Paragraph]):
    """Dash-led dialogue: its own attribution, else "X said:" on the line before, else uncued."""
    tok = c.extra["cue_token"]
    cue = (_cue_span(sdoc, tok), "after") if tok is not None else find_cue(sdoc, c, para, cues, paras)
    if cue is None:
        return "direct", None, "dash-uncued", RULE_CONFIDENCE["dash-uncued"]
    return "direct", cue[0], f"cue-{cue[1]}", c.confidence


def _read_marked(c: Candidate, *, cue: tuple[Span, str] | None, naming: Span | None, speechlike: bool,
                 opens_paragraph: bool) -> tuple[str, Span | None, str, float]:
    """A candidate in marks as (kind, cue, origin, confidence): named (mixed), cued speech,
    speech going on, uncued speech, a cued fragment or a scare quote."""
    if naming is not None and not speechlike:
        return "mixed", naming, "naming", RULE_CONFIDENCE["naming"]
    if cue is not None and (speechlike or cue[1] == "intro"):
        return "direct", cue[0], f"cue-{cue[1]}", min(c.confidence, RULE_CONFIDENCE["cue"])
    if c.continued_from_previous:
        return "direct", None, "continuation", min(c.confidence, RULE_CONFIDENCE["continuation"])
    if speechlike and opens_paragraph:
        return "direct", None, "continuation", min(c.confidence, RULE_CONFIDENCE["paragraph-speech"])
    if speechlike:
        return "direct", None, "uncued", min(c.confidence, RULE_CONFIDENCE["uncued"])
    if cue is not None:
        return "direct", cue[0], f"cue-{cue[1]}-fragment", RULE_CONFIDENCE["fragment"]
    return "direct", None, "scare", RULE_CONFIDENCE["scare"]


class QuoteDetector(Stage):
    """Assigns ``quotes``: content spans, kinds and cue spans (no speakers yet).

    The rule producer's quotes through the one merge, with no tagged quotes:
    ``merge_quotes(text, [], rule_quotes(doc))``.
    """

    name = "quotes"
    requires = ("sentences", "parse")
    assigns = ("quotes",)
    version = "rules-1"

    def __init__(self, *, indirect: bool = True):
        self.indirect = indirect

    def predict(self, doc: Document) -> list[Quote]:
        return merge_quotes(doc.text, [], rule_quotes(doc, indirect=self.indirect))

    def set_annotations(self, doc: Document, result: list[Quote]) -> None:
        doc.quotes = result


# --------------------------------------------------------------------------
# cues


def find_cue(sdoc, c: Candidate, para: Paragraph, cues: Cues, paras: list[Paragraph]) -> tuple[Span, str] | None:
    """The reporting verb of a direct quote: (Span, where) or None.

    Looks in the same paragraph, outside quotes, in the sentences the quote
    touches: an introduction before it ("X said:") or an attribution after
    it ("..., X said." / "..., said X."). A paragraph that only says
    "X said:" introduces the quote in the next paragraph.
    """
    close_end = (c.close_pos + 1) if c.close_pos is not None else para.end
    best = None
    speechlike = _candidate_is_speech(sdoc.text, c)
    for t in cues.verbs + cues.according:
        if not (para.start <= t.idx < para.end):
            continue
        if t.lemma_.lower() in NAMING_VERBS and (not speechlike or _so_called(t)):
            continue  # "so-called ‘efficiency savings’", "what they called ...": not an introduction
        if t.idx < c.open_pos:
            # before: the text between the cue and the quote must be short
            between = sdoc.text[t.idx + len(t.text):c.open_pos]
            # '“A,” he said. “B.”': the cue of A also introduces B
            if between.strip() not in {"", ".", ",", ":", ";"} and (
                    len(between) > 60 or re.search(r"[.!?]\s", between)):
                continue
            # the cue must not be followed by another quote before ours
            dist = c.open_pos - t.idx
            where = "intro"
        else:
            if t.idx < close_end:
                continue
            between = sdoc.text[close_end:t.idx]
            if len(between) > 60 or re.search(r"[.!?;]\s", between) or re.search(r"[“‘\"„‚«»‹›「『]", between):
                continue
            dist = t.idx - close_end
            where = "after"
        if best is None or dist < best[0]:
            best = (dist, t, where)
    if best is None:
        # "Mr Smith said:" alone on the previous line
        if c.open_pos == para.start and para.index > 0:
            prev = paras[para.index - 1]
            ptxt = sdoc.text[prev.start:prev.end]
            if ptxt.endswith(":"):
                toks = [t for t in cues.verbs if prev.start <= t.idx < prev.end]
                if toks:
                    return _cue_span(sdoc, toks[-1]), "intro"
        return None
    _, t, where = best
    return _cue_span(sdoc, t), where


def _cue_span(sdoc, t) -> Span:
    if t.lower_ == "according":
        return Span(t.idx, sdoc[t.i + 1].idx + len(sdoc[t.i + 1].text))
    end = t.idx + len(t.text)
    # phrasal cues: "pointed out"
    if t.lemma_ == "point" and t.i + 1 < len(sdoc) and sdoc[t.i + 1].lower_ == "out":
        end = sdoc[t.i + 1].idx + 3
    return Span(t.idx, end)


def _naming_cue(sdoc, c: Candidate) -> Span | None:
    """what they called “x” / described it as “x”: the naming verb."""
    before = sdoc.text[max(0, c.open_pos - 60):c.open_pos]
    m = re.search(r"\b(\w+)\s+(call(?:ed|s)?|describ(?:ed|es)\s+(?:it|them|this)?\s*as|dubb(?:ed)?|term(?:ed|s)?|"
                  r"label(?:l?ed|s)?|brand(?:ed|s)?)\s*$", before)
    if not m:
        return None
    if m.group(1).lower() in {"so", "is", "was", "be", "been", "are", "were"}:
        return None  # "so-called", passive "is called": no speaker
    s = c.open_pos - len(before) + m.start(2)
    verb = re.match(r"\w+", sdoc.text[s:]).group(0)
    return Span(s, s + len(verb))


# --------------------------------------------------------------------------
# indirect quotes


def indirect_quotes(text: str, sdoc, cands: list[Candidate], inside_quote, paras: list[Paragraph]) -> list[Quote]:
    """Reported speech from the parse (outer quotes only); one that takes in a quoted
    fragment is mixed."""
    out: list[Quote] = []
    for t in sdoc:
        if inside_quote(t.idx):
            continue
        if t.lower_ == "according" and t.i + 1 < len(sdoc) and sdoc[t.i + 1].lower_ == "to":
            q = _according(sdoc, t)
        elif t.lemma_.lower() in _INDIRECT_OR_NP_CUES and t.pos_ in {"VERB", "AUX"}:
            lemma = t.lemma_.lower()
            q = _ccomp(sdoc, t) if lemma in INDIRECT_CUES else None
            if q is None and lemma in NP_OBJECT_CUES:
                q = _np_object(sdoc, t)
        else:
            continue
        if q is None:
            continue
        s, e = q.start, q.end
        # the complement starts inside quote marks: it is that direct quote ('“We are sad,” said John')
        if any(c.open_pos <= s < c.end for c in cands):
            continue
        if len(re.findall(r"\w+", text[s:e])) < 3:
            continue
        q.paragraph = paragraph_index(paras, s)
        out.append(q)
    # drop indirect quotes nested in another (say -> think): keep the outer one
    out.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quote] = []
    for q in out:
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue
        kept.append(q)
    _take_in_fragments(text, kept, cands)
    return kept


def _take_in_fragments(text: str, reported: list[Quote], cands: list[Candidate]) -> None:
    """Quoted fragments inside an indirect quote make it mixed ("said the plan was “a disaster”")."""
    for q in reported:
        for c in cands:
            # the complement ends inside the quoted fragment: take in the fragment and its closing mark
            if q.start <= c.start < q.end < c.end and c.close_pos is not None and c.close_pos - q.end < 4:
                q.end = c.close_pos
                while q.end < len(text) and text[q.end] in "”’\"'":
                    q.end += 1
            if q.start <= c.start and c.end <= q.end:
                q.kind = "mixed"


def _indirect_quote(sdoc, cue_token, toks, origin: str) -> Quote | None:
    """An indirect quote over ``toks`` (trimmed), cued by ``cue_token``, with the confidence of its origin."""
    if not toks:
        return None
    s, e = _trim(sdoc, toks)
    if s is None:
        return None
    return Quote(id="", start=s, end=e, kind="indirect", cue=_cue_span(sdoc, cue_token),
                 confidence=RULE_CONFIDENCE[origin], origin=origin)


def _ccomp(sdoc, verb) -> Quote | None:
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "has not said whether ...": nothing was said
    comp = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comp and verb.lemma_.lower() in {"say", "tell", "add", "write", "announce", "warn", "insist"}:
        # "told reporters after the debate that ...": the that-clause hangs off a noun
        comp = [t for t in verb.subtree if t.i > verb.i and t.dep_ in {"acl", "advcl", "ccomp"}
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)][:1]
    if not comp:
        return None
    # "X said he would ..." — the complement must follow or precede the verb as a clause
    comp = comp[0]
    toks = _content_tokens(comp, verb)
    return _indirect_quote(sdoc, verb, toks, "indirect")


def _np_object(sdoc, verb) -> Quote | None:
    """"The union has announced an indefinite overtime ban from next Thursday": the object
    noun phrase and what follows it in the clause, up to a comma or the next predicate."""
    if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return None  # "has not announced ...", "was announced": no speaker's content here
    if not any(c.dep_ in {"nsubj", "csubj"} for c in verb.children) and verb.dep_ not in {"conj", "xcomp"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma == "call":
        # "called for an inquiry"; plain "called" names (NAMING_VERBS) or phones
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    else:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return None
    obj = objs[0]
    if obj.pos_ == "PRON" or obj.lower_ in NP_NOT_CONTENT or obj.i < verb.i:
        return None
    start = obj.left_edge.i if lemma != "call" else obj.head.i + 1
    skip = set()
    for c in verb.children:
        if c.i <= obj.i:
            continue
        # a second predicate ("... and has said it will ballot"), a clause of its own
        if c.dep_ in {"conj", "advcl", "ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"} and (
                c.lemma_.lower() in CUE_VERBS or any(x.dep_ in {"aux", "nsubj", "ccomp", "mark"}
                                                      for x in c.children)):
            skip.update(x.i for x in c.subtree)
        # a comma or dash between the verb's dependents ends the content
        if c.dep_ == "punct" and c.i > obj.right_edge.i and c.text in {",", ";", ":", "—", "–", "-", "("}:
            skip.update(x.i for x in sdoc[c.i:verb.right_edge.i + 1])
    toks = [t for t in verb.subtree if t.i >= start and t.i not in skip]
    # ", despite protests" / ", saying ...": an adjunct after a comma is not the object;
    # a list goes on (", two pools and a gym")
    for k, t in enumerate(toks):
        if t.text in {",", ";", "(", "—", "–"} and t.i + 1 < len(sdoc) and \
                sdoc[t.i + 1].dep_ not in {"conj", "cc", "compound", "amod", "det", "nummod", "nmod", "poss"}:
            toks = toks[:k]
            break
    return _indirect_quote(sdoc, verb, toks, "np-object")


def _content_tokens(head, verb) -> list:
    """The complement's subtree without nested attributions (", adding that ...")."""
    skip = set()
    for t in head.subtree:
        if t is head:
            continue
        if t.lemma_.lower() in INDIRECT_CUES and t.dep_ in {"advcl", "conj"} and \
                any(c.dep_ == "ccomp" for c in t.children) and t.i > head.i:
            skip.update(x.i for x in t.subtree)
    return [t for t in head.subtree if t.i not in skip and t.i != verb.i]


def _according(sdoc, tok) -> Quote | None:
    """According to X, <content>  /  <content>, according to X."""
    sent = tok.sent
    root = sent.root
    if root.i == tok.i:
        return None
    skip = {x.i for x in tok.subtree}
    toks = [t for t in root.subtree if t.i not in skip]
    return _indirect_quote(sdoc, tok, toks, "according")


_TRIM_LEFT = {"that", ",", ":", "-", "—", "–", "and", "but"}


def _trim(sdoc, toks) -> tuple[int | None, int | None]:
    """Character span of a contiguous run of tokens, trimmed of edge punctuation and "that"."""
    toks = sorted(toks, key=lambda t: t.i)
    # keep the longest contiguous run that starts at the first token
    run = [toks[0]]
    for t in toks[1:]:
        if t.i == run[-1].i + 1:
            run.append(t)
        else:
            break
    while run and (run[0].lower_ in _TRIM_LEFT or run[0].is_space):
        run = run[1:]
    while run and (run[-1].is_punct and run[-1].text not in {"”", "’", '"', "'", "''"} or run[-1].is_space
                   or (run[-1].dep_ == "cc" and run[-1].lower_ in {"and", "or", "but"})):
        run = run[:-1]  # "... from next Thursday and [has said ...]": a dangling conjunction is not content
    # a closing mark at the end belongs only if its opener is inside
    if not run:
        return None, None
    s = run[0].idx
    e = run[-1].idx + len(run[-1].text)
    seg = sdoc[run[0].i:run[-1].i + 1].text  # == sdoc.text[s:e], without building the whole text
    if seg and seg[-1] in "”’\"'" and not any(ch in seg[:-1] for ch in "“‘\"'„«»‹›"):
        e -= 1
        while e > s and (seg[e - 1 - s] in ".,;: "):
            e -= 1
    elif run[-1].i + 1 < len(sdoc) and sdoc[run[-1].i + 1].idx == e and \
            sdoc[run[-1].i + 1].text[:1] in CLOSE_QUOTE_MARKS and unclosed_open_mark(seg):
        e += 1  # 'called the demands „completely unrealistic“': the inner pair keeps its close
    return s, e


def _so_called(t) -> bool:
    doc = t.doc
    return t.i >= 1 and (doc[t.i - 1].lower_ in {"so-", "so"} or
                         (t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "so"))
