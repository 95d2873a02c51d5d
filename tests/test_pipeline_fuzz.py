"""Property-based fuzzing of the JSONL reader and the rules pipeline up to speakers.

Texts are built from news-like fragments (cues, speakers, dash lines), quotes
in many mark styles („ “ ” « » ‹ › 「 」 " ' ‘ ’ ``''), unbalanced marks,
HTML / Markdown junk, emoji, right-to-left letters and bidi controls, control
characters, very long words and empty paragraphs. Whatever the text:

* the pipeline returns a document, or raises InputError for text that is empty
  (once cleaned of markup, where the pipeline cleans) or holds NUL bytes;
* every offset lies inside the document's text, start <= end, and every span's
  text is the text at its offsets;
* every quote holds at least one letter;
* no quote, cue or mention starts or ends with whitespace (a finding of this suite, fixed in mentions);
* every id a quote, mention or entity refers to exists;
* a batch of three gives what each document gives alone.

About 100 examples in all (``deadline=None``: the first parse is slow).
"""
import io
import json
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError

pytestmark = pytest.mark.reliability

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                      HealthCheck.filter_too_much])

NEWS = [
    "The council said the depot would close in May.", "Ann Lee, the union's branch secretary, said:",
    "said Tom Bird.", "according to the Rail Union,", "A spokesman for the Department for Transport said",
    "He added:", "She said", "They warned that fares would rise.", "It said flexibility had been introduced.",
    "– Sarah Mitchell, Commissioner for Transport", "— Greenpeace", "Mr Bird", "Mrs Jones told reporters",
    "We will win", "Nobody asked the drivers", "the plan was", "what they called", "Strike hits depots",
    "By Claire West", "PCS general secretary Mark Serwotka said:", "The union has announced an overtime ban.",
]
MARKS = [("„", "“"), ("“", "”"), ("«", "»"), ("‹", "›"), ("「", "」"), ('"', '"'), ("'", "'"), ("‘", "’"),
         ("»", "«"), ("``", "''"), ("“", ""), ("", "”"), ("‘", ""), ("「", "")]
JUNK = ["<p>", "</p>", "<br/>", "<a href='http://x.y'>link</a>", "**bold**", "# Heading", "> quoted line",
        "- item", "```\ncode\n```", "&amp;", "&nbsp;", "&#8220;", "[link](http://x.y/z)", "| a | b |",
        "<script>alert(1)</script>", "<!-- c -->", "http://example.com/a?b=c"]
EMOJI = ["😀", "👍🏽", "🇬🇧", "❤️", "👩‍👩‍👧", "🤷‍♀️"]
RTL = ["שלום עולם", "مرحبا بالعالم", "\u200f", "\u202e", "\u202b", "\u2067"]
CONTROL = ["\t", "\x0b", "\x0c", "\x1b", "\x07", "\u200b", "\u2028", "\u2029", "\ufeff", "\r", "\r\n", "\x85",
           "\x00", "\ufffd", "\u00ad"]
LONG = ["a" * 400, "Supercalifragilistic" * 20, "-" * 200, "“" * 40, "x" + "é" * 300]
SEPARATORS = [" ", "\n", "\n\n", "\n\n\n\n", "", "  ", "\n \n"]

quoted = st.builds(lambda m, s: m[0] + s + m[1], st.sampled_from(MARKS), st.sampled_from(NEWS + EMOJI + RTL))
piece = st.one_of(
    st.sampled_from(NEWS), quoted, quoted, st.sampled_from(JUNK), st.sampled_from(EMOJI), st.sampled_from(RTL),
    st.sampled_from(CONTROL), st.sampled_from(LONG), st.text(max_size=12),
)
texts = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), min_size=1, max_size=12).map(
    lambda parts: "".join(p + s for p, s in parts))


def run(nlp, text):
    """The document for ``text``, or None where the pipeline refuses it with an InputError (and may)."""
    try:
        return nlp(text)
    except InputError as exc:  # allowed for text that is empty (once cleaned of markup) or binary
        assert re.search(r"empty|no text|nothing left|NUL|binary", str(exc)), f"unexpected InputError: {exc}"
        return None


def check_span(text, start, end, what):
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))


@settings(FUZZ, max_examples=35)
@given(text=texts)
def test_pipeline_never_raises_and_every_offset_is_inside_the_text(rules, text):
    doc = run(rules, text)
    if doc is None:
        return
    t = doc.text
    rec = doc.to_dict()
    for s, e in rec["sentences"]:
        check_span(t, s, e, "sentence")
    for q in rec["quotes"]:
        check_span(t, q["start"], q["end"], "quote")
        assert q["text"] == t[q["start"]:q["end"]]
        for key in ("cue",):
            if q[key]:
                check_span(t, q[key]["start"], q[key]["end"], key)
                assert q[key]["text"] == t[q[key]["start"]:q[key]["end"]]
        m = q["speaker"]["mention"]
        if m:
            check_span(t, m["start"], m["end"], "speaker mention")
            assert m["text"] == t[m["start"]:m["end"]]
    for m in doc.mentions:
        check_span(t, m.start, m.end, "mention")
    for sp in rec["speakers"]:
        for m in sp["mentions"]:
            check_span(t, m["start"], m["end"], "entity mention")


@settings(FUZZ, max_examples=15)
@given(text=texts)
def test_every_quote_holds_a_letter(rules, text):
    doc = run(rules, text)
    if doc is None:
        return
    for q in doc.to_dict()["quotes"]:
        assert any(ch.isalpha() for ch in q["text"]), q


# a finding of this suite, fixed in mentions.add: an entity at the end of the text kept the newline after it
# ('By Claire West\n' gave the mention 'Claire West\n')
@settings(FUZZ, max_examples=15)
@example(text="By Claire West\n")
@given(text=texts)
def test_no_span_starts_or_ends_with_whitespace(rules, text):
    doc = run(rules, text)
    if doc is None:
        return
    t = doc.text
    spans = [("quote", q.start, q.end) for q in doc.quotes]
    spans += [("cue", q.cue.start, q.cue.end) for q in doc.quotes if q.cue]
    spans += [("mention", m.start, m.end) for m in doc.mentions]
    for what, start, end in spans:
        assert t[start:end] == t[start:end].strip(), (what, t[start:end])


@settings(FUZZ, max_examples=15)
@given(text=texts)
def test_every_referenced_mention_entity_and_quote_exists(rules, text):
    doc = run(rules, text)
    if doc is None:
        return
    mentions = {m.id for m in doc.mentions}
    entities = {e.id for e in doc.entities}
    quotes = {q.id for q in doc.quotes}
    assert len(mentions) == len(doc.mentions) and len(entities) == len(doc.entities) and len(quotes) == len(doc.quotes)
    for q in doc.quotes:
        assert q.speaker is None or q.speaker in mentions, q
        assert q.entity is None or q.entity in entities, q
        assert q.continues is None or q.continues in quotes, q
    for e in doc.entities:
        assert set(e.mentions) <= mentions, e
    for m in doc.mentions:
        assert m.entity is None or m.entity in entities, m
    for sp in doc.to_dict()["speakers"]:
        assert sp["entity"] in entities


@settings(FUZZ, max_examples=10)
@given(batch=st.lists(texts, min_size=3, max_size=3))
def test_a_batch_of_three_gives_what_each_gives_alone(rules, batch):
    items = [{"id": f"d{i}", "text": t} for i, t in enumerate(batch)]
    together = [d.to_dict() for d in rules.pipe(items, batch_size=3)]
    alone = [next(iter(rules.pipe([it], batch_size=1))).to_dict() for it in items]
    assert together == alone


BAD_LINES = [b"{not json", b"[1, 2]", b"42", b'"text"', b'{"text": 5}', b'{"id": "x"}', b'{"text": ""}',
             b'{"text": "   "}', b"\xff\xfe\xfd", b'{"text": "ok", "targets": 7}', b"1" * 5000, b"[" * 5000,
             b'{"text": "caf\xe9"}', b"\xef\xbb\xbf" + b'{"id": "bom", "text": "Mr Bird said: \xe2\x80\x9cGo.\xe2\x80\x9d"}']


@settings(FUZZ, max_examples=10)
@given(lines=st.lists(st.one_of(
    st.builds(lambda i, t: json.dumps({"id": f"r{i}", "text": t, "targets": ["the strike"]}).encode(),
              st.integers(0, 99), texts),
    st.sampled_from(BAD_LINES), st.binary(max_size=30), st.just(b"")), min_size=1, max_size=6))
def test_every_jsonl_line_gives_one_item_or_error_and_every_item_goes_through(rules, lines):
    from pipeline.io import read_jsonl

    data = b"\n".join(lines) + b"\n"
    got = list(read_jsonl(io.BytesIO(data)))
    physical = data.split(b"\n")[:-1]
    assert len(got) <= len(physical)
    assert [n for n, _ in got] == sorted({n for n, _ in got})  # one result a line, in order
    items = []
    for n, item in got:
        assert 1 <= n <= len(physical)
        assert isinstance(item, (dict, InputError)), item
        if isinstance(item, dict):
            assert isinstance(item["text"], str) and item["text"].strip()
            items.append(item)
    docs = list(rules.pipe(items, batch_size=4))
    assert [d.id for d in docs] == [str(it["id"]) for it in items]
