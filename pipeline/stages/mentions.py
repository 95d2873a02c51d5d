"""Mentions: the noun phrases that can speak.

Two sources, merged by span:

* named entities from the parse (PERSON, ORG; GPE/NORP only as speakers), a
  person's title folded in ("Mr Bird", "Sen. Warren");
* the speaker phrase of each quote's cue: the subject of the reporting verb
  ("A Department for Work and Pensions spokesman said"), the inverted subject
  ("said Smith"), the object of "according to", the subject inherited through
  "and added" / ", adding", and a trailing "- Commissioner X" line.

Each quote's candidate speaker mention id is stored in ``quote.speaker``; the
speakers stage resolves mentions to entities and completes continuations.
"""
from __future__ import annotations

import re

from ..doc import Document, Mention, Span
from ..stage import Stage
from ..text import paragraphs
from ..names import ORG_NOUNS, PRONOUNS, ROLE_NOUNS, TITLES
from .parse import get_parse
from .quote_merge import is_uncued_speech

# texts that speak: "the suit says", "the letter states", "the report found"
DOCUMENT_NOUNS = {
    "suit", "lawsuit", "letter", "report", "statement", "memo", "memorandum", "complaint", "filing", "study",
    "survey", "poll", "email", "emails", "e-mail", "ad", "advert", "advertisement", "tweet", "editorial",
    "ruling", "indictment", "analysis", "document", "documents", "transcript", "petition", "review", "audit",
    "motion", "affidavit", "judgment", "judgement", "verdict", "manifesto", "release",
}
# plural heads that name a group of people without an organisation of their own
GROUP_SKIP = {"spokesmen", "sources", "staff", "management"}


def mention_kind_and_type(span) -> tuple[str, str]:
    """(kind, type) for a spaCy span that names a speaker."""
    toks = [t for t in span if not t.is_punct]
    if not toks:
        return "nominal", "unknown"
    if len(toks) == 1 and toks[0].lower_ in PRONOUNS:
        low = toks[0].lower_
        if low in {"he", "she", "him", "her", "i"}:
            return "pronoun", "person"
        if low == "it":
            return "pronoun", "organization"
        return "pronoun", "unknown"
    root = span.root
    if toks[-1].lower_ in ROLE_NOUNS and toks[-1].pos_ == "NOUN":
        root = toks[-1]  # "A Department for Work and Pensions spokesman"
    head = root.lower_
    ents = [e for e in span.doc.ents if e.start >= span.start and e.end <= span.end]
    person = [e for e in ents if e.label_ == "PERSON"]
    org = [e for e in ents if e.label_ in {"ORG", "GPE", "NORP"}]
    if head in ROLE_NOUNS or root.lemma_.lower() in ROLE_NOUNS:
        # "a union spokesman": a role even if it contains an organisation
        if not (person and person[-1].end == root.i + 1):
            if root.tag_ == "NNS" and not org and head not in GROUP_SKIP and not any(
                    t.dep_ == "compound" and t.head is root for t in span):
                return "nominal", "group"  # "protesters", "critics": people, no body they speak for
            return "nominal", "role"
    if person and any(e.root.i == root.i for e in person):
        if toks[0].lower_.rstrip(".") in TITLES and len([t for t in person[-1] if t.lower_.rstrip('.') not in TITLES]) == 1:
            return "title", "person"
        return "name", "person"
    if toks[0].lower_.rstrip(".") in TITLES and root.pos_ == "PROPN":
        return "title", "person"
    if org and any(e.root.i == root.i for e in org):
        if root.tag_ == "NNPS" or (root.tag_ == "NNS" and root.pos_ == "PROPN") or \
                (org[-1].label_ == "NORP" and head.endswith("s")):
            return "name", "group"  # "House Democrats", "Republicans"
        return "name", "organization"
    if head in DOCUMENT_NOUNS or root.lemma_.lower() in DOCUMENT_NOUNS:
        return "nominal", "document"
    if head in ORG_NOUNS or root.lemma_.lower() in ORG_NOUNS:
        return "nominal", "organization"
    if root.tag_ in {"NNS", "NNPS"} and head not in GROUP_SKIP and not org and not person:
        return "nominal", "group"  # "protesters", "several voters", "critics of the plan"
    if root.pos_ == "PROPN":
        # a capitalised name the NER missed: person if two capitalised words, else organisation
        caps = [t for t in toks if t.text[:1].isupper()]
        if person:
            return "name", "person"
        if len(caps) >= 2 and all(t.pos_ == "PROPN" for t in toks) and not any(t.text.isupper() for t in toks):
            return "name", "person"
        return "name", "organization"
    return "nominal", "unknown"


def _speaker_phrase_within(span):
    """A tagged speaker phrase cut as :func:`speaker_span` cuts the parse's, at an apposition or a
    clause ("Gregory Pratt, the association's executive director" gives "Gregory Pratt"), never
    reaching outside the tagged span."""
    inner = speaker_span(span.root)
    start, end = max(span.start, inner.start), min(span.end, inner.end)
    return span.doc[start:end] if start < end else span


def speaker_span(tok):
    """The speaker phrase headed by ``tok``: its subtree up to an apposition or clause.

    "David Seagrave, PCS branch secretary ..., said" gives "David Seagrave";
    "A spokesman for the Department of Work and Pensions" stays whole.
    """
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl"} or child.text == ",":
            break
        right = child.right_edge.i
    # the left edge should not swallow a preceding clause
    for t in doc[left:tok.i]:
        if t.text in {",", "—", "–", ":", ";"} or t.text in "“”‘’\"'":
            left = t.i + 1
    # drop leading punctuation / quotes
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    # fold a title in: "Mr" "Bird"
    if left > 0 and doc[left - 1].lower_.rstrip(".") in TITLES and doc[left - 1].text[:1].isupper():
        left -= 1
    return doc[left:right + 1]


RELATIVE_PRONOUNS = {"who", "which", "that"}


def full_phrase(tok):
    """The whole speaker phrase headed by ``tok``, as written: its subtree with any apposition or
    clause ("Victor Cha, a Korea scholar at the Center for Strategic and International Studies"),
    never reaching back over a preceding clause or quote mark, without edge punctuation. This is what
    the output reports as the speaker's ``phrase``; the mention stays :func:`speaker_span`'s head."""
    doc = tok.doc
    head = speaker_span(tok)
    left, right = head.start, tok.right_edge.i
    # stop before a quote mark or a dash that opens something else inside the subtree
    for t in doc[tok.i + 1:right + 1]:
        if t.text in "“”\"" or t.text in {"—", "–", "--", ";", ":"}:
            right = t.i - 1
            break
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    if right < head.end - 1 or "\n" in doc[left:right + 1].text or right - left > 40:
        return head  # never over a line break, and a phrase, not a passage
    return doc[left:right + 1]


def cue_subject(tok, depth: int = 0):
    """Subject token of a reporting verb, following "and added" / ", adding" up."""
    if tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
        if to is not None:
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            return pobj
        return None
    for c in tok.children:
        # not nsubjpass: "was told" has no speaker subject; not a quote mark the parser took for one
        # ('「…」 said X', '« … » said X')
        if c.dep_ == "nsubj" and any(ch.isalpha() for ch in c.text):
            if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" and tok.head.pos_ in {"PROPN", "NOUN"}:
                return tok.head  # "Clinton, who said ...": the speaker is what the clause hangs on
            return c
    # inversion parsed as object: '"...," said Smith.'
    for c in tok.rights:
        if c.dep_ in {"dobj", "npadvmod", "attr", "oprd"} and c.pos_ in {"PROPN", "NOUN"} and c.i == tok.i + 1 + \
                sum(1 for x in tok.doc[tok.i + 1:c.i] if x.dep_ in {"compound", "det", "amod", "poss"}):
            return c
    if depth < 3 and tok.dep_ in {"conj", "advcl", "xcomp", "ccomp", "relcl"} and tok.head is not tok:
        if tok.dep_ in {"ccomp", "relcl"}:
            return None
        return cue_subject(tok.head, depth + 1)
    return None


_DASH_LINE = re.compile(r"^\s*[-–—―‒]\s*(.+)$")
# interview and debate transcripts: a paragraph opens with its speaker's label, "PENCE: ...", "SEN. SANDERS: ...",
# inside the paragraph's opening quote mark or not
_TRANSCRIPT_LABEL = re.compile(r"[\"“]?\s*((?:[A-Z][A-Z.'’-]*\s){0,2}[A-Z][A-Z.'’-]+):\s")
NOT_SPEAKER_LABELS = {
    "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "WATCH",
    "READ", "READ MORE", "RELATED", "PHOTOS", "PHOTO", "VIDEO", "SOURCE", "SOURCES", "BREAKING", "ALSO",
    "MORE", "LISTEN", "SUBSCRIBE", "ADVERTISEMENT", "SPOILER", "WARNING", "DISCLAIMER", "FULL TEXT", "TRANSCRIPT",
}
INTRO_WITHIN = 40  # characters from a paragraph's start within which it introduces its subject
TRANSCRIPT_MIN_LABELS = 3  # labelled paragraphs (of at least two speakers) that make a transcript
TRANSCRIPT_LOOKBACK = 6  # paragraphs back to the label that a quote's unlabelled paragraph continues


def transcript_labels(text: str, paras) -> dict[int, tuple[int, int]]:
    """Paragraph index -> the span of its speaker label, when ``text`` reads as a transcript (at least
    :data:`TRANSCRIPT_MIN_LABELS` labelled paragraphs, two speakers or more); else empty."""
    labels = {}
    for i, p in enumerate(paras):
        m = _TRANSCRIPT_LABEL.match(text, p.start, p.end)
        if m and m.group(1).strip(" .") not in NOT_SPEAKER_LABELS and sum(c.isalpha() for c in m.group(1)) >= 2:
            labels[i] = (m.start(1), m.end(1))
    if len(labels) < TRANSCRIPT_MIN_LABELS or len({text[a:b].strip(" .") for a, b in labels.values()}) < 2:
        return {}
    return labels


class MentionFinder(Stage):
    """Assigns ``mentions`` and a candidate speaker mention for each quote."""

    name = "mentions"
    requires = ("parse", "quotes")
    assigns = ("mentions",)
    version = "rules-1"

    def predict(self, doc: Document):
        sdoc = get_parse(doc)
        by_span: dict[tuple[int, int], Mention] = {}
        order: list[Mention] = []

        def add(start: int, end: int, kind: str, typ: str) -> Mention:
            while start < end and doc.text[start].isspace():  # spaCy's entity spans can hold a newline
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            key = (start, end)
            if key in by_span:
                return by_span[key]
            m = Mention(id="", start=start, end=end, kind=kind, type=typ)
            by_span[key] = m
            order.append(m)
            return m

        # named entities
        for ent in sdoc.ents:
            if ent.label_ not in {"PERSON", "ORG"}:
                continue
            span = ent
            if ent.start > 0 and sdoc[ent.start - 1].lower_.rstrip(".") in TITLES and sdoc[ent.start - 1].text[:1].isupper():
                span = sdoc[ent.start - 1:ent.end]
            s, e = span.start_char, span.end_char
            if ent.label_ == "ORG":
                # the NER splits "Public and Commercial Services Union" at "and": join it back
                left = re.search(r"((?:[A-Z][\w’'-]*\s+)+(?:and|of|for|&)\s+)$", doc.text[max(0, s - 80):s])
                if left:
                    s -= len(left.group(1))
            # "Jobcentre Plus’s": drop the possessive
            m = re.search(r"[’']s$", doc.text[s:e])
            if m:
                e -= 2
            kind, typ = ("name", "person") if ent.label_ == "PERSON" else ("name", "organization")
            if span is not ent:
                kind = "title"
            add(s, e, kind, typ)

        # a name inside a longer one ("Public" in "Public and Commercial Services Union") is not a mention
        for m in list(order):
            if any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                   for o in order):
                order.remove(m)
                del by_span[(m.start, m.end)]

        # every other occurrence of a recognised name (the NER misses repeats: "Home Office PCS members")
        names = {(doc.text[m.start:m.end], m.kind, m.type) for m in order if m.kind == "name"}
        taken = [(m.start, m.end) for m in order]
        for name, kind, typ in sorted(names):
            if len(name) < 2:
                continue
            for mt in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", doc.text):
                if not any(a < mt.end() and mt.start() < b for a, b in taken):
                    add(mt.start(), mt.end(), kind, typ)
                    taken.append((mt.start(), mt.end()))

        # speaker phrases of cues
        speaker_of: dict[str, Mention | None] = {}
        phrase_of: dict[str, Span] = {}  # quote id -> the whole speaker phrase as written (Quote.phrase)
        link: dict[str, str] = {}  # quote id -> how its speaker mention was found (Quote.link)
        paras = paragraphs(doc.text)
        labels = None  # transcript speaker labels, found when a quote first needs them
        for q in doc.quotes:
            m = None
            if q.source is not None:
                span = sdoc.char_span(q.source.start, q.source.end, alignment_mode="expand")
                if span is not None and len(span):
                    phrase_of[q.id] = Span(*_trim_phrase(doc.text, q.source.start, q.source.end))
                    span = _speaker_phrase_within(span)
                    kind, typ = mention_kind_and_type(span)
                    m = add(span.start_char, span.end_char, kind, typ)
                    link[q.id] = "source"
            if m is None and q.cue is not None:
                tok = _token_at(sdoc, q.cue.start)
                subj = cue_subject(tok) if tok is not None else None
                if subj is not None:
                    span = speaker_span(subj)
                    kind, typ = mention_kind_and_type(span)
                    m = add(span.start_char, span.end_char, kind, typ)
                    link[q.id] = "cue-subject"
                    whole = full_phrase(subj)
                    if not (whole.start_char < q.end and q.start < whole.end_char):  # never into the quote
                        phrase_of[q.id] = Span(whole.start_char, whole.end_char)
            if m is None and q.kind == "direct" and is_uncued_speech(q):
                m = self._dash_line(doc, sdoc, q, paras, add)
                if m is not None:
                    link[q.id] = "dash-line"
            if m is None:
                if labels is None:
                    labels = transcript_labels(doc.text, paras)
                m = self._transcript(q, labels, add)
                if m is not None:
                    link[q.id] = "transcript"
            if m is None and q.kind == "direct" and is_uncued_speech(q):
                m = self._introduced(doc, sdoc, q, paras, add)
                if m is not None:
                    link[q.id] = "introduced"
            speaker_of[q.id] = m
            ph = phrase_of.get(q.id)
            if m is not None and (ph is None or not (ph.start <= m.start and m.end <= ph.end)
                                  or "\n" in doc.text[ph.start:ph.end]):
                phrase_of[q.id] = Span(m.start, m.end)  # a phrase always holds its mention
        order.sort(key=lambda m: (m.start, m.end))
        for i, m in enumerate(order):
            m.id = f"m{i + 1}"
        return order, {qid: (m.id if m else None) for qid, m in speaker_of.items()}, link, phrase_of

    @staticmethod
    def _introduced(doc, sdoc, q, paras, add):
        """A quote paragraph with no cue, right after a paragraph that opens by introducing a person
        ("Paediatrician Dr Ananya Roy, one of the group's founders, has treated children ..." then
        "‘I have seen what dirty air does ...’"): that person."""
        p = q.paragraph
        if p == 0 or p >= len(paras) or doc.text[paras[p].start:q.start].strip(" \"“‘'"):
            return None
        prev = paras[p - 1]
        if any(c in doc.text[prev.start:prev.end] for c in "\"“”"):
            return None  # the paragraph before quotes someone itself
        for ent in sdoc.ents:
            if ent.start_char < prev.start:
                continue
            if ent.start_char - prev.start > INTRO_WITHIN or ent.start_char >= prev.end:
                return None
            if ent.label_ == "PERSON":
                s = ent.start
                if s > 0 and sdoc[s - 1].lower_.rstrip(".") in TITLES and sdoc[s - 1].idx >= prev.start:
                    s -= 1
                kind = "title" if s < ent.start else "name"
                return add(sdoc[s].idx, ent.end_char, kind, "person")
            return None  # the paragraph opens with someone or something else
        return None

    @staticmethod
    def _transcript(q, labels: dict[int, tuple[int, int]], add):
        """In a transcript, the label of the quote's paragraph, or of the labelled paragraph its unlabelled
        paragraph continues ("PENCE: ..." then "Well, the question really should be ...")."""
        if not labels:
            return None
        for p in range(q.paragraph, max(-1, q.paragraph - TRANSCRIPT_LOOKBACK - 1), -1):
            span = labels.get(p)
            # the label stands before the quote, or opens it (the quote span then starts at "PENCE:")
            if span is not None and (span[1] <= q.start or 0 <= span[0] - q.start <= 3):
                return add(span[0], span[1], "name", "person")
        return None

    def _dash_line(self, doc, sdoc, q, paras, add):
        """A trailing attribution: the quote's paragraph ends, the next is "- Name"."""
        p = q.paragraph
        candidates = []
        para = paras[p]
        tail = doc.text[q.end:para.end]
        m = re.search(r"[-–—―‒]\s*([A-Z][^\n]{1,80})$", tail)
        if m:
            candidates.append(para.end - len(m.group(1)))
        if p + 1 < len(paras):
            nxt = paras[p + 1]
            mm = _DASH_LINE.match(doc.text[nxt.start:nxt.end])
            if mm and len(mm.group(1)) < 80:
                candidates.append(nxt.start + mm.start(1))
        for start in candidates:
            ents = [e for e in sdoc.ents if e.start_char >= start and e.label_ in {"PERSON", "ORG"}
                    and e.start_char - start < 60]
            if ents:
                e = ents[0]
                span = sdoc[e.start:e.end]
                # fold preceding title words in: "Commissioner Jane Doe"; for an organisation, the name the
                # recogniser cut at a connective too: "Public and Commercial Services Union" (not "The")
                s = e.start
                while s > 0 and sdoc[s - 1].idx >= start:
                    prev = sdoc[s - 1]
                    if e.label_ == "ORG" and prev.lower_ in {"the", "a", "an"}:
                        break
                    if prev.text[:1].isupper():
                        s -= 1
                    elif e.label_ == "ORG" and prev.lower_ in {"and", "of", "for", "&"} and s > 1 and \
                            sdoc[s - 2].idx >= start and sdoc[s - 2].text[:1].isupper() and \
                            sdoc[s - 2].lower_ not in {"the", "a", "an"}:
                        s -= 2
                    else:
                        break
                span = sdoc[s:e.end]
                kind = "name"
                typ = "person" if e.label_ == "PERSON" else "organization"
                return add(span.start_char, span.end_char, kind, typ)
        return None

    def set_annotations(self, doc: Document, result) -> None:
        mentions, speaker_of, link, phrase_of = result
        doc.mentions = mentions
        for q in doc.quotes:
            q.speaker = speaker_of.get(q.id)
            q.link = link.get(q.id)
            q.phrase = phrase_of.get(q.id)


def _trim_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """A tagged phrase without edge whitespace, punctuation and quote marks."""
    edge = " \t\n,.;:!?\"“”‘’'—–-()"
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def _token_at(sdoc, offset: int):
    for t in sdoc:
        if t.idx <= offset < t.idx + len(t.text):
            return t
        if t.idx > offset:
            return None
    return None
