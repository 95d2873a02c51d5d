"""pipeline.clean: what each format loses, and the offset map back to the raw text."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import Cleaned, clean, sniff_format

pytestmark = pytest.mark.reliability

BREAKS = "\r\x0b\x0c\x85\u2028\u2029"


def assert_exact(raw: str, c: Cleaned) -> None:
    """Every clean character maps into ``raw``: onto itself when copied, onto the start of
    what it stands for when produced; the map is non-decreasing and compact."""
    text = c.text
    if text == raw:
        assert c.offset_map is None
        return
    anchors = c.offset_map
    assert anchors is not None and anchors[0][0] == 0
    assert all(a[0] < b[0] for a, b in zip(anchors, anchors[1:]))  # sorted, one per offset
    assert all(b[1] != a[1] + (b[0] - a[0]) for a, b in zip(anchors, anchors[1:]))  # compact
    prev = -1
    for i, ch in enumerate(text):
        r = c.to_raw(i)
        assert 0 <= r < len(raw) and r >= prev, (i, r, prev)
        prev = r
        got = raw[r]
        if got == ch:
            continue
        produced = (
            got in "&<"  # an entity or a tag
            or (ch in " \n" and (got.isspace() or got in BREAKS))  # a line break or collapsed space
            or (ch == "\ufffd" and "\ud800" <= got <= "\udfff")  # a lone surrogate
        )
        assert produced, (i, ch, r, raw[r:r + 10])
    assert c.to_raw(len(text)) >= prev


# ---- the always-steps ------------------------------------------------------


def test_plain_text_unchanged_has_no_map():
    raw = "Jane Moss said: \u201cOur members are exhausted.\u201d\n\nThe union agreed."
    c = clean(raw)
    assert c.text == raw and c.format == "plain" and c.offset_map is None
    assert c.to_raw(5) == 5 and c.to_raw_span(0, 4) == (0, 4)


def test_leading_bom_and_zero_width_chars_are_dropped():
    raw = "\ufeffStrike\u200b talks\u2060 fail\u200d\ufeff."
    c = clean(raw)
    assert c.text == "Strike talks fail."
    assert raw[c.to_raw(c.text.index("talks"))] == "t"
    assert_exact(raw, c)


def test_bidi_marks_and_soft_hyphen_are_dropped():
    raw = "\u200fשלום\u200e and \u202bembedded\u202c inter\u00adnational"
    assert clean(raw).text == "שלום and embedded international"


def test_crlf_and_lone_cr_become_lf_and_map_to_raw_offsets():
    raw = "Headline\r\n\r\nFirst para.\rSecond para."
    c = clean(raw)
    assert c.text == "Headline\n\nFirst para.\nSecond para."
    i = c.text.index("Second")
    assert raw[c.to_raw(i):c.to_raw(i) + 6] == "Second"
    assert raw[c.to_raw(c.text.index("First"))] == "F"
    assert_exact(raw, c)


def test_control_chars_and_ansi_escapes_are_removed():
    raw = "\x1b[31mRed\x1b[0m alert:\x00 the \x1b]0;window title\x07union\x07 said\x7f \x9b1mok\x80\x1b(B!"
    c = clean(raw)
    assert c.text == "Red alert: the union said ok!"
    assert_exact(raw, c)


def test_other_line_breaks_become_lf_so_words_stay_apart():
    assert clean("page one\x0cpage two\x85three\u2028four").text == "page one\npage two\nthree\nfour"


def test_nbsp_tab_and_unicode_spaces_are_kept():
    raw = "10\xa0km\tand\u2009thin\u3000wide"
    assert clean(raw).text == raw


def test_lone_surrogate_becomes_replacement_char():
    c = clean("a\ud800b")
    assert c.text == "a\ufffdb"
    c.text.encode("utf-8")


# ---- HTML ------------------------------------------------------------------


def test_html_inline_tags_vanish():
    c = clean("<p>The <b>union leader</b> spoke.</p>")
    assert c.format == "html" and c.text == "The union leader spoke."


def test_html_link_url_does_not_appear():
    c = clean('<p>Read <a href="http://x.example/story">the story</a> now.</p>')
    assert c.text == "Read the story now." and "http" not in c.text


def test_html_script_style_noscript_template_head_and_comments_are_dropped():
    raw = ("<!DOCTYPE html><html><head><title>Site</title><style>p{color:red}</style></head><body>"
           "<script>var said = 'evil';</script><noscript>Enable JS</noscript><template><p>tpl</p></template>"
           "<!-- a comment --><p>Real text.</p></body></html>")
    c = clean(raw)
    assert c.text == "Real text."
    assert_exact(raw, c)


def test_html_unclosed_head_ends_where_body_content_starts():
    assert clean("<head><title>T</title><meta charset=utf-8><p>Body text.").text == "Body text."


def test_html_block_tags_become_line_breaks():
    raw = "<h1>Strike</h1><p>One.<br>Two.</p><ul><li>a</li><li>b</li></ul><div>End</div>"
    assert clean(raw).text == "Strike\n\nOne.\nTwo.\n\na\n\nb\n\nEnd"


def test_html_table_cells_are_kept_apart():
    assert clean("<table><tr><td>Pay</td><td>5%</td></tr></table>").text == "Pay 5%"


def test_html_entities_are_unescaped_and_map_to_the_entity():
    raw = "<p>Fish &amp; chips &#8220;now&#x201D;&nbsp;ok</p>"
    c = clean(raw)
    assert c.text == "Fish & chips \u201cnow\u201d\xa0ok"
    assert raw[c.to_raw(c.text.index("&")):].startswith("&amp;")
    assert raw[c.to_raw(c.text.index("\u201c")):].startswith("&#8220;")
    assert raw[c.to_raw(c.text.index("now")):].startswith("now")
    assert_exact(raw, c)


def test_html_source_whitespace_collapses_and_blank_lines_stay_paragraph_breaks():
    assert clean("<p>one\n   two</p>\n\n\n<p>three</p>").text == "one two\n\nthree"
    assert clean("Strike\n\n<p>\u201cWe will win,\u201d she said.</p>", format="html").text == \
        "Strike\n\n\u201cWe will win,\u201d she said."


def test_html_fragment_with_only_inline_tags_keeps_its_lines():
    assert clean("Line one <b>bold</b>\nLine <i>two</i>").text == "Line one bold\nLine two"


@pytest.mark.parametrize("raw", ["a < b and c > d <p>x", "I <3 you <b>really", "<p>unclosed <b>bold <i>x",
                                 "<a href='x", "</", "<!--", "<![CDATA[x", "&#xZZ; &#; & &amp", "<p>\x00</p>",
                                 "<div <p>t</div>", "<script>never closed", "<<>><</>>"])
def test_broken_html_never_raises(raw):
    c = clean(raw, format="html")
    assert_exact(raw, c)


def test_html_lt_in_text_is_kept():
    assert clean("<p>if a < b then</p>").text == "if a < b then"


# ---- Markdown ----------------------------------------------------------------


def test_markdown_code_fence_and_table_vanish():
    raw = ("Before.\n\n```python\nprint('said')\n```\n\n| Name | Pay |\n|------|----:|\n| Moss | 5% |\n\n"
           "~~~\nmore code\n~~~\nAfter.")
    c = clean(raw)
    assert c.format == "markdown" and c.text == "Before.\n\nAfter."
    assert_exact(raw, c)


def test_markdown_indented_code_block_vanishes():
    c = clean("Para one.\n\n    code line\n    more code\n\nPara two.", format="markdown")
    assert c.text == "Para one.\n\nPara two."


def test_markdown_list_continuation_is_not_code():
    c = clean("- item one\n\n    still item one\n- item two", format="markdown")
    assert c.text == "item one\n\nstill item one\nitem two"


def test_markdown_headings_emphasis_quotes_and_bullets_are_stripped():
    raw = "# Strike **hits** depots #\n\n> \u201cWe will *win*,\u201d she said.\n\n- __first__\n* _second_\n+ third"
    c = clean(raw)
    assert c.text == "Strike hits depots\n\n\u201cWe will win,\u201d she said.\n\nfirst\nsecond\nthird"
    assert_exact(raw, c)


def test_markdown_emphasis_leaves_arithmetic_and_snake_case():
    c = clean("# Sums\n\n5 * 3 = 15 and 2*3*4, my_var_name and file_a.py, **bold**", format="markdown")
    assert c.text == "Sums\n\n5 * 3 = 15 and 2*3*4, my_var_name and file_a.py, bold"


def test_markdown_links_images_and_autolinks():
    raw = ("See [the report](http://x.example/a_(b) \"title\") and ![chart](c.png) or <https://x.example> "
           "and [ref link][1] and [![logo](l.png)](http://x).\n\n[1]: http://x.example/ref")
    c = clean(raw, format="markdown")
    assert c.text == "See the report and or and ref link and ."
    assert_exact(raw, c)


def test_markdown_unclosed_fence_drops_only_its_line():
    assert clean("# T\n\n```\nThe union said no.", format="markdown").text == "T\n\nThe union said no."


def test_markdown_backslash_escapes_and_code_spans():
    assert clean("Use `make` and \\*not\\* emphasis", format="markdown").text == "Use make and *not* emphasis"


# ---- sniffing and the API ----------------------------------------------------


@pytest.mark.parametrize("raw, fmt", [
    ("The union said pay < inflation and staff <3 the deal.", "plain"),
    ("Prices rose 5% * 3 months; the *real* issue is pay.", "plain"),
    ("AT&amp;T said &quot;no&quot;.", "plain"),
    ("Use <angle> brackets.", "plain"),
    ("<p>Hello</p>", "html"),
    ("Hello<br>world", "html"),
    ("<b>union leader</b> said", "html"),
    ('Click <a href="http://x">here</a>', "html"),
    ("```\ncode\n```", "markdown"),
    ("| a | b |\n|---|---|\n| 1 | 2 |", "markdown"),
    ("# Heading\n\nText.", "markdown"),
    ("Some **bold** words.", "markdown"),
    ("A [link](https://x.example).", "markdown"),
])
def test_sniff_format_is_conservative(raw, fmt):
    assert sniff_format(raw) == fmt


def test_explicit_format_wins_over_sniffing():
    assert clean("<b>x</b> **y**", format="plain").text == "<b>x</b> **y**"
    assert clean("<b>x</b> **y**", format="markdown").text == "<b>x</b> y"


def test_unknown_format_is_a_value_error():
    with pytest.raises(ValueError, match="format"):
        clean("x", format="docx")


def test_to_raw_span_maps_end_after_last_char_and_empty_spans():
    raw = "<p>The <b>union</b> said.</p>"
    c = clean(raw)
    s = c.text.index("union")
    rs, re_ = c.to_raw_span(s, s + 5)
    assert raw[rs:re_] == "union"  # the end does not swallow the </b> after it
    assert c.to_raw_span(s, s) == (rs, rs)
    assert c.to_raw_span(0, len(c.text))[1] == raw.index(".</p>") + 1
    with pytest.raises(ValueError):
        c.to_raw(len(c.text) + 1)
    with pytest.raises(ValueError):
        c.to_raw_span(3, 2)


def test_offset_map_is_compact():
    raw = "line one\r\n" * 50
    c = clean(raw)
    assert len(c.offset_map) == 51  # the one at 0, then one a line, where the shift changes


# ---- properties ------------------------------------------------------------

NOISE = ["\r\n", "\r", "\n", "\t", "\x1b[31m", "\x1b[0m", "\x1b]0;t\x07", "\x1b", "\ufeff", "\u200b", "\x00",
         "\x85", "\x9b", "\u2028", "\xa0", " ", "<", ">", "&", "&amp;", "*", "**", "_", "#", "# ", "|", "|---|",
         "`", "```", "[", "](", ")", "!", "-", "> ", "    ", "\\"]
any_text = st.lists(st.one_of(st.text(max_size=8), st.sampled_from(NOISE),
                              st.characters(exclude_categories=())), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(any_text, st.sampled_from(["auto", "plain", "html", "markdown"]))
def test_clean_never_raises_and_map_is_exact_on_any_text(raw, fmt):
    c = clean(raw, format=fmt)
    assert c.format in ("plain", "html", "markdown")
    assert_exact(raw, c)
    c.text.encode("utf-8")  # always writable


words = st.sampled_from(["union", "said", "pay", "\u201cno\u201d", "a < b", "<3", "&amp;", "&#8220;", "&nbsp;",
                         "&bogus;", "&", " ", "\n", "\r\n", "\n\n", "\t", "x"])


def _el(tag: str, inner: str) -> str:
    return {"a": f'<a href="http://x/{inner[:3]}">{inner}</a>', "br": f"{inner}<br/>",
            "img": f'<img src="i.png" alt="a">{inner}', "open": f"<p>{inner}", "close": f"{inner}</div>",
            "comment": f"<!-- {inner} -->"}.get(tag, f"<{tag}>{inner}</{tag}>")


html_doc = st.recursive(
    st.lists(words, max_size=5).map("".join),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(["p", "div", "b", "i", "a", "li", "h2", "td", "tr", "pre", "script", "style",
                                   "head", "title", "noscript", "span", "br", "img", "open", "close", "comment"]),
                  inner).map(lambda t: _el(*t)),
        st.lists(inner, max_size=4).map("".join)),
    max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(html_doc)
def test_clean_map_is_exact_on_generated_html(raw):
    c = clean(raw, format="html")
    assert_exact(raw, c)
    assert "<" not in c.text.replace("a < b", "").replace("<3", "")


md_line = st.lists(st.sampled_from(["# ", "> ", "- ", "    ", "```", "| a | b |", "|---|---|", "**x**", "_y_",
                                    "[t](http://u)", "![i](p.png)", "<http://a>", "5 * 3", "snake_case", "word",
                                    " ", "\\*", "`c`", "~~s~~", "==="]), max_size=6).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(md_line, max_size=10).map("\n".join))
def test_clean_map_is_exact_on_generated_markdown(raw):
    assert_exact(raw, clean(raw, format="markdown"))
