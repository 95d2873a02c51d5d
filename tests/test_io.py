"""pipeline.io: every record out (or one error naming it), nothing read twice or lost."""
import io
import json
import os
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.errors import InputError, UsageError
from pipeline.io import check_input, read_dir, read_feed, read_input, read_jsonl, sniff_input

pytestmark = pytest.mark.reliability

ARTICLE = "Strike hits depots\n\n\u201cWe will win,\u201d said Jane Moss."


def jsonl(*recs) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in recs)


def read(data: bytes):
    return list(read_jsonl(io.BytesIO(data)))


def items(results):
    return [x for _, x in results if not isinstance(x, InputError)]


def errors(results):
    return [(n, x) for n, x in results if isinstance(x, InputError)]


# ---- JSONL ------------------------------------------------------------------


def test_jsonl_bom_keeps_first_record():
    got = read(b"\xef\xbb\xbf" + jsonl({"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE}))
    assert [(n, x["id"]) for n, x in got] == [(1, "a"), (2, "b")]


def test_jsonl_null_or_missing_or_blank_id_becomes_line_number():
    got = read(jsonl({"id": None, "text": ARTICLE}, {"text": ARTICLE}, {"id": " ", "text": ARTICLE}))
    assert [x["id"] for _, x in got] == ["line1", "line2", "line3"]


def test_jsonl_number_id_becomes_its_string():
    got = read(jsonl({"id": 7, "text": ARTICLE}, {"id": 8.0, "text": ARTICLE}))
    assert [x["id"] for _, x in got] == ["7", "8"]


@pytest.mark.parametrize("bad_id", [[1], {"a": 1}, True, False])
def test_jsonl_list_dict_or_bool_id_is_an_error_naming_the_line(bad_id):
    got = read(jsonl({"id": "ok", "text": ARTICLE}, {"id": bad_id, "text": ARTICLE}))
    (n, err), = errors(got)
    assert n == 2 and err.line == 2 and "'id'" in str(err) and "line 2" in str(err)
    assert [x["id"] for x in items(got)] == ["ok"]


def test_jsonl_format_field_is_validated_and_passed_through():
    got = read(jsonl({"id": "h", "text": "<p>x</p>", "format": "html"}, {"id": "p", "text": "x"},
                     {"id": "bad", "text": "x", "format": "docx"}, {"id": "n", "text": "x", "format": None}))
    h, p, bad, n = (x for _, x in got)
    assert h["format"] == "html" and "format" not in p and "format" not in n
    assert isinstance(bad, InputError) and bad.doc_id == "bad" and "'format'" in str(bad)


def test_jsonl_user_fields_and_targets_are_kept():
    (_, x), = read(jsonl({"id": "a", "text": ARTICLE, "targets": "the strike", "source": "BBC", "n": [1]}))
    assert x == {"id": "a", "text": ARTICLE, "targets": ["the strike"], "source": "BBC", "n": [1]}


def test_jsonl_bad_records_do_not_stop_reading():
    data = jsonl({"id": "a", "text": ARTICLE}, b"{not json", b"\xff\xfe{}", b"[1, 2]", {"id": "m"},
                 {"id": "t", "text": 5}, {"id": "e", "text": "  "}, b"[" * 100000, b'{"x": ' + b"9" * 5000 + b"}",
                 {"id": "tg", "text": ARTICLE, "targets": [1]}, {"id": "z", "text": ARTICLE})
    got = read(data)
    assert [n for n, _ in got] == list(range(1, 12))
    assert [x["id"] for x in items(got)] == ["a", "z"]
    assert all(e.line == n for n, e in errors(got))


def test_jsonl_blank_lines_are_skipped_but_counted():
    got = read(b"\n   \n" + jsonl({"id": "a", "text": ARTICLE}) + b"\r\n\n" + jsonl({"id": "b", "text": ARTICLE}))
    assert [(n, x["id"]) for n, x in got] == [(3, "a"), (6, "b")]


def test_jsonl_lone_surrogate_escape_becomes_replacement_char():
    (_, x), = read(b'{"id": "s\\ud800", "text": "said \\udc00 so"}\n')
    assert x["text"] == "said \ufffd so" and x["id"] == "s\ufffd"
    json.dumps(x, ensure_ascii=False).encode("utf-8")


def test_jsonl_text_with_nothing_left_after_cleaning_is_an_error():
    (_, err), = read(jsonl({"id": "js", "text": "<script>alert(1)</script>", "format": "html"}))
    assert isinstance(err, InputError) and "empty text" in str(err)


# ---- folders and single text files -----------------------------------------


def test_folder_reads_txt_md_html_recursively_sorted_with_format_from_extension(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.md").write_text("# Title\n\nBody.")
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub" / "c.html").write_text("<p>Body.</p>")
    (tmp_path / "sub" / "d.htm").write_text("<p>Body.</p>")
    (tmp_path / "e.markdown").write_text("Body.")
    (tmp_path / "f.text").write_text("Body.")
    (tmp_path / "skip.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("Body.")
    got = list(read_dir(tmp_path))
    assert [(n, x["id"], x["format"]) for n, x in got] == [
        (1, "a.txt", "auto"), (2, "b.md", "markdown"), (3, "e.markdown", "markdown"), (4, "f.text", "auto"),
        (5, "sub/c.html", "html"), (6, "sub/d.htm", "html")]


def test_folder_text_is_kept_raw(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfOne.\r\nTwo.\r\n")
    (_, x), = read_input(str(tmp_path))
    assert x["text"] == "\ufeffOne.\r\nTwo.\r\n"


def test_crlf_txt_map_gives_raw_offsets(tmp_path):
    raw = "Headline\r\n\r\nJane Moss said \u201cno\u201d.\r\nThe union agreed.\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    (_, x), = read_input(str(tmp_path / "a.txt"))
    c = clean(x["text"], format=x["format"])
    s = c.text.index("The union")
    rs, re_ = c.to_raw_span(s, s + len("The union"))
    assert raw[rs:re_] == "The union" and rs == raw.index("The union")


def test_folder_file_that_is_not_utf8_is_one_error_others_are_read(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text(" \n")
    got = list(read_input(str(tmp_path)))
    assert [(n, type(x).__name__) for n, x in got] == [(1, "InputError"), (2, "InputError"), (3, "dict")]
    assert got[0][1].doc_id == "bad.txt" and "UTF-8" in str(got[0][1])
    assert "empty text" in str(got[1][1])


def test_empty_folder_raises_usage_error_before_yielding(tmp_path):
    (tmp_path / "notes.json").write_text("{}")
    with pytest.raises(UsageError, match="no .txt, .md or .html files in this folder"):
        read_input(str(tmp_path))
    with pytest.raises(UsageError, match="no .txt, .md or .html files"):
        check_input(str(tmp_path))


@pytest.mark.parametrize("name, fmt", [("story.txt", "auto"), ("story.md", "markdown"), ("story.html", "html")])
def test_single_text_file_is_one_item_named_by_its_stem(tmp_path, name, fmt):
    (tmp_path / name).write_text(ARTICLE)
    assert list(read_input(str(tmp_path / name))) == [
        (1, {"id": "story", "text": ARTICLE, "targets": [], "format": fmt})]


def test_html_document_without_html_extension_is_one_html_item(tmp_path):
    (tmp_path / "page.php").write_text("<!DOCTYPE html><html><body><p>Body.</p></body></html>")
    (_, x), = read_input(str(tmp_path / "page.php"))
    assert x["id"] == "page" and x["format"] == "html"


# ---- feeds ------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<!-- a comment -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Chan</title>
  <item><guid>g1</guid><title>Strike</title><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>
    <description>short</description>
    <content:encoded><![CDATA[<p>\u201cWe will win,\u201d she said.</p>]]></content:encoded></item>
  <item><link>http://x.example/2</link><title>Two</title><dc:date>2024-01-02</dc:date>
    <description>&lt;p&gt;Body &amp;amp; more&lt;/p&gt;</description></item>
  <item><title>Three</title><description>Third body.</description></item>
</channel></rss>
"""


def test_rss2_items_with_ids_dates_and_html_format(tmp_path):
    (tmp_path / "news.rss").write_text(RSS, encoding="utf-8")
    got = list(read_input(str(tmp_path / "news.rss")))
    assert [n for n, _ in got] == [1, 2, 3]
    a, b, c = (x for _, x in got)
    assert a["id"] == "g1" and a["date"] == "Mon, 01 Jan 2024 10:00:00 GMT" and a["format"] == "html"
    assert clean(a["text"], format="html").text == "Strike\n\n\u201cWe will win,\u201d she said."
    assert b["id"] == "http://x.example/2" and b["date"] == "2024-01-02"
    assert clean(b["text"], format="html").text == "Two\n\nBody & more"
    assert c["id"] == "news.rss#3" and "date" not in c


def test_rss1_rdf_items(tmp_path):
    rdf = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://x.example/"><title>C</title></channel>
  <item rdf:about="http://x.example/1"><title>One</title><description>Body one.</description>
    <dc:date>2024-02-01</dc:date></item>
  <item rdf:about="http://x.example/2"><title>Two</title><link>http://x.example/two</link></item>
</rdf:RDF>"""
    (tmp_path / "feed.rdf").write_text(rdf)
    a, b = (x for _, x in read_input(str(tmp_path / "feed.rdf")))
    assert a["id"] == "http://x.example/1" and a["text"] == "One\n\nBody one." and a["date"] == "2024-02-01"
    assert b["id"] == "http://x.example/two"


def test_atom_entries_link_id_xhtml_and_text_content(tmp_path):
    atom = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
  <entry><id>urn:1</id><title type="text">Pay &lt; inflation</title><updated>2024-03-01</updated>
    <link rel="self" href="http://x.example/self"/><link href="http://x.example/1"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <b>para</b>.</p><p>Second.</p></div></content>
  </entry>
  <entry><id>urn:2</id><title>T2</title><published>2024-03-02</published><summary>Sum &amp; more</summary></entry>
</feed>"""
    (tmp_path / "f.atom").write_text(atom)
    a, b = (x for _, x in read_input(str(tmp_path / "f.atom")))
    assert a["id"] == "http://x.example/1" and a["date"] == "2024-03-01"
    assert clean(a["text"], format="html").text == "Pay < inflation\n\nFirst para.\n\nSecond."
    assert b["id"] == "urn:2" and b["date"] == "2024-03-02"
    assert clean(b["text"], format="html").text == "T2\n\nSum & more"


def test_script_and_style_in_a_feed_description_yield_no_script_text(tmp_path):
    feed = """<rss><channel><item><guid>s</guid><title>T</title><description><![CDATA[
      <style>p { color: red }</style><script>document.write("said the hacker")</script>
      <p>Real body.</p><noscript>enable js</noscript>]]></description></item></channel></rss>"""
    (tmp_path / "f.xml").write_text(feed)
    (_, x), = read_input(str(tmp_path / "f.xml"))
    text = clean(x["text"], format=x["format"]).text
    assert text == "T\n\nReal body."


def test_feed_item_with_empty_text_is_an_error():
    got = list(read_feed(io.BytesIO(b"<rss><channel><item><guid>e</guid><title></title>"
                                    b"<description><![CDATA[<script>x</script>]]></description></item>"
                                    b"</channel></rss>"), name="f"))
    (n, err), = got
    assert n == 1 and isinstance(err, InputError) and err.doc_id == "e" and "empty text" in str(err)


def test_feed_cut_mid_item_yields_complete_items_then_one_error(tmp_path):
    cut = RSS[:RSS.index("<item><title>Three")] + "<item><title>Thr"
    (tmp_path / "cut.xml").write_text(cut)
    got = list(read_input(str(tmp_path / "cut.xml")))
    assert [x["id"] for x in items(got)] == ["g1", "http://x.example/2"]
    (n, err), = errors(got)
    assert n == 3 and got[-1][1] is err
    assert "malformed feed XML at line" in str(err) and "rest of the feed was lost" in str(err)


def test_feed_bad_byte_in_an_item_keeps_items_before_it():
    data = RSS.encode().replace(b"<title>Two</title>", b"<title>T\xffwo</title>")
    got = list(read_feed(io.BytesIO(data), name="f.xml"))
    assert [x["id"] for x in items(got)] == ["g1"]
    (n, err), = errors(got)
    assert n == 2 and "line 9" in str(err)


def test_feed_named_jsonl_and_jsonl_named_xml_are_read_by_content(tmp_path):
    (tmp_path / "feed.jsonl").write_text(RSS)
    (tmp_path / "records.xml").write_bytes(jsonl({"id": "j", "text": ARTICLE}))
    (tmp_path / "feed").write_text(RSS)
    assert [x["id"] for _, x in read_input(str(tmp_path / "feed.jsonl"))] == ["g1", "http://x.example/2",
                                                                               "feed.jsonl#3"]
    assert [x["id"] for _, x in read_input(str(tmp_path / "records.xml"))] == ["j"]
    assert len(list(read_input(str(tmp_path / "feed")))) == 3


def test_xml_that_is_not_a_feed_is_one_error(tmp_path):
    (tmp_path / "data.xml").write_text('<?xml version="1.0"?><catalog><book/></catalog>')
    (n, err), = list(read_input(str(tmp_path / "data.xml")))
    assert isinstance(err, InputError) and "<catalog>" in str(err)


def test_feed_sniffing_by_content():
    assert sniff_input(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><?xml-stylesheet href="s"?>\n<rss>') == "feed"
    assert sniff_input(b"  <feed xmlns='http://www.w3.org/2005/Atom'>") == "feed"
    assert sniff_input(b"<rdf:RDF xmlns:rdf='x'>") == "feed"
    assert sniff_input(b'{"id": 1}\n') == "jsonl"
    assert sniff_input(b"<!DOCTYPE html><html>") == "html"
    assert sniff_input(b" \n\xef\xbb\xbf ") == "empty"


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
                  + ']><rss><channel><item><title>&lol9;</title></item></channel></rss>')


def test_billion_laughs_gives_an_error_not_a_hang(tmp_path):
    (tmp_path / "lol.xml").write_text(BILLION_LAUGHS)
    t = time.monotonic()
    (n, err), = list(read_input(str(tmp_path / "lol.xml")))
    assert time.monotonic() - t < 1
    assert isinstance(err, InputError) and "entities" in str(err)


def test_expat_itself_stops_billion_laughs():
    """Python's expat (>= 2.4) limits entity amplification on its own; the reader does not rely
    on it (it refuses entity declarations outright), but a plain ElementTree parse fails fast too."""
    import pyexpat
    from xml.etree import ElementTree as ET

    if pyexpat.version_info < (2, 4, 0):
        pytest.skip("expat without amplification limits")
    t = time.monotonic()
    with pytest.raises(ET.ParseError, match="amplification"):
        ET.fromstring(BILLION_LAUGHS)
    assert time.monotonic() - t < 5


def test_quadratic_blowup_and_external_entities_are_refused():
    quad = ('<!DOCTYPE r [<!ENTITY a "' + "x" * 50000 + '">]><rss><item><title>' + "&a;" * 20000
            + "</title></item></rss>")
    (_, err), = list(read_feed(io.BytesIO(quad.encode()), name="q"))
    assert isinstance(err, InputError) and "refused" in str(err)
    ext = ('<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss><item><title>&e;</title>'
           '</item></rss>')
    got = list(read_feed(io.BytesIO(ext.encode()), name="e"))
    assert len(got) == 1 and isinstance(got[0][1], InputError) and "root:" not in str(got[0][1])


def test_rss091_with_external_dtd_reads_html_entities():
    feed = ('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            '"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
            "<item><title>A&nbsp;B&eacute;</title><link>http://x/1</link></item></channel></rss>")
    (_, x), = list(read_feed(io.BytesIO(feed.encode()), name="f"))
    assert x["text"] == "A\xa0B\xe9"


def test_undeclared_html_entities_and_leading_blank_lines_do_not_break_a_feed():
    feed = b"\n\n  <?xml version='1.0'?><rss><item><title>A&nbsp;B &mdash; &nosuch;</title><guid>1</guid></item>" \
           b"<item><title>x &amp y</title></item></rss>"
    got = list(read_feed(io.BytesIO(feed), name="f"))
    assert got[0][1]["text"] == "A\xa0B \u2014 &nosuch;"
    (n, err), = errors(got)  # a bare & is a real break; its line counts the blank lines dropped
    assert n == 2 and "line 3" in str(err)


def test_stdin_reads_jsonl_and_feeds(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(jsonl({"id": "s", "text": ARTICLE}) * 2)))
    assert [(n, x["id"]) for n, x in read_input("-")] == [(1, "s"), (2, "s")]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RSS.encode())))
    assert [x["id"] for _, x in read_input("-")] == ["g1", "http://x.example/2", "stdin#3"]


# ---- check_input ------------------------------------------------------------


def test_check_input_rejects_missing_empty_and_blank_inputs(tmp_path):
    with pytest.raises(UsageError, match="no such file or folder"):
        check_input(str(tmp_path / "nope.jsonl"))
    with pytest.raises(UsageError, match="no such file or folder"):
        read_input(str(tmp_path / "nope.jsonl"))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    with pytest.raises(UsageError, match="empty"):
        check_input(str(tmp_path / "empty.jsonl"))
    (tmp_path / "blank.jsonl").write_bytes(b"\xef\xbb\xbf \n\t\r\n")
    with pytest.raises(UsageError, match="only whitespace"):
        check_input(str(tmp_path / "blank.jsonl"))
    (tmp_path / "ok.jsonl").write_bytes(jsonl({"text": ARTICLE}))
    check_input(str(tmp_path / "ok.jsonl"))
    check_input("-")


def test_check_input_peeks_only(tmp_path):
    big = tmp_path / "big.jsonl"
    with big.open("wb") as fh:
        fh.write(b"{}\n")
        fh.truncate(200 * 1024 * 1024)  # sparse: reading it all would be slow
    t = time.monotonic()
    check_input(str(big))
    assert time.monotonic() - t < 0.5


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_check_input_rejects_unreadable_file(tmp_path):
    p = tmp_path / "secret.jsonl"
    p.write_bytes(jsonl({"text": ARTICLE}))
    p.chmod(0)
    with pytest.raises(UsageError, match="cannot read|permission"):
        check_input(str(p))


# ---- properties ------------------------------------------------------------

json_line = st.one_of(
    st.binary(max_size=30),
    st.fixed_dictionaries({}, optional={"id": st.one_of(st.none(), st.integers(), st.text(max_size=5),
                                                        st.booleans(), st.lists(st.integers(), max_size=2)),
                                        "text": st.one_of(st.text(max_size=20), st.integers(), st.none()),
                                        "targets": st.one_of(st.text(max_size=5), st.lists(st.text(max_size=5))),
                                        "format": st.sampled_from(["auto", "html", "markdown", "plain", "x"])})
    .map(lambda d: json.dumps(d).encode()),
    st.sampled_from([b"", b"  ", b"\xef\xbb\xbf", b"\r", b"{", b"[" * 3000, b'"\\ud800"', b"\xff"]))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.lists(json_line, max_size=8).map(b"\n".join)))
def test_read_jsonl_never_raises_and_yields_one_result_per_nonblank_line(data):
    got = list(read_jsonl(io.BytesIO(data)))
    lines = data.split(b"\n")
    nonblank = [n for n, line in enumerate(lines, 1)
                if (line[3:] if line.startswith(b"\xef\xbb\xbf") else line).strip()]
    assert [n for n, _ in got] == nonblank
    for n, x in got:
        if isinstance(x, InputError):
            assert x.line == n
        else:
            assert isinstance(x["id"], str) and x["id"] != "None" and isinstance(x["text"], str)
            json.dumps(x, ensure_ascii=False).encode("utf-8")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.integers(0, len(RSS)))
def test_read_feed_never_raises_on_damaged_feeds(noise, cut):
    data = RSS.encode()[:cut] + noise
    got = list(read_feed(io.BytesIO(data), name="f"))
    assert [n for n, _ in got] == list(range(1, len(got) + 1))
    assert all(isinstance(x, InputError) for _, x in got[len(items(got)):])
