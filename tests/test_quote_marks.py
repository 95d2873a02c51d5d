"""Quote marks of every common style, dash-led dialogue, mixed scripts, and text that is
not prose (issue 13). Each case pins the content span, the kind and the speaker."""
import re

import pytest

from pipeline.text import dominant_script, is_quotable

from .conftest import quotes_of

pytestmark = pytest.mark.reliability


def triples(doc, min_conf=0.5):
    return [(q["text"], q["type"], q["speaker"]["name"]) for q in quotes_of(doc, min_conf)]


# ---------------------------------------------------------------- 1. German low-9 marks

@pytest.mark.parametrize("text, content", [
    ("Angela Merkel said: „We will not back down.“", "We will not back down."),
    ("„We will not back down,“ said Angela Merkel.", "We will not back down,"),
    ("„We will not back down,\" said Angela Merkel.", "We will not back down,"),
    ("„We will not back down,” said Angela Merkel.", "We will not back down,"),
    # German punctuation sits outside the marks
    ("„We will not back down“, said Angela Merkel.", "We will not back down"),
    ("‚We will not back down‘, said Angela Merkel.", "We will not back down"),
    ("‚We will not back down,‘ said Angela Merkel.", "We will not back down,"),
])
def test_german_low_nine_marks_exclude_the_marks_and_keep_the_speaker(rules, text, content):
    assert triples(rules(text)) == [(content, "direct", "Angela Merkel")]


def test_german_marks_behave_like_english_marks(rules):
    german = quotes_of(rules("„We will not back down“, said Angela Merkel."))
    english = quotes_of(rules("“We will not back down”, said Angela Merkel."))
    assert [(q["text"], q["cue"]["text"], q["speaker"]["name"]) for q in german] == \
        [(q["text"], q["cue"]["text"], q["speaker"]["name"]) for q in english]


def test_german_nested_single_marks_inside_low_nine_quote(rules):
    doc = rules("Angela Merkel said: „They told us ‚no‘ and we will not back down.“")
    assert triples(doc) == [("They told us ‚no‘ and we will not back down.", "direct", "Angela Merkel")]


# ---------------------------------------------------------------- 2. guillemets, both directions

@pytest.mark.parametrize("text, content, speaker", [
    ("« We will not back down », said Emmanuel Macron.", "We will not back down", "Emmanuel Macron"),
    ("«\u00a0We will not back down\u00a0», said Emmanuel Macron.", "We will not back down", "Emmanuel Macron"),
    ("«\u202fWe will not back down\u202f», said Emmanuel Macron.", "We will not back down", "Emmanuel Macron"),
    ("Emmanuel Macron said: «We will not back down.»", "We will not back down.", "Emmanuel Macron"),
    ("»We will not back down«, said Lars Larsen.", "We will not back down", "Lars Larsen"),
    ("Lars Larsen said: »We will not back down.« He left the room.", "We will not back down.", "Lars Larsen"),
    ("‹ We will not back down ›, said Emmanuel Macron.", "We will not back down", "Emmanuel Macron"),
    ("›We will not back down‹, said Lars Larsen.", "We will not back down", "Lars Larsen"),
])
def test_guillemets_french_and_reversed_keep_the_speaker(rules, text, content, speaker):
    assert triples(rules(text)) == [(content, "direct", speaker)]


def test_guillemet_direction_is_decided_per_paragraph(rules):
    text = ("Emmanuel Macron said: « We will not back down. »\n\n"
            "Lars Larsen said: »We will not give in either.« He left the room.")
    assert triples(rules(text)) == [("We will not back down.", "direct", "Emmanuel Macron"),
                                    ("We will not give in either.", "direct", "Lars Larsen")]


@pytest.mark.parametrize("text", [
    "Home » News » World",
    "Read more »",
    "» Read the full report on our website",
])
def test_guillemets_that_do_not_pair_make_no_quote(rules, text):
    assert quotes_of(rules(text), 0.0) == []


def test_no_quote_starts_or_ends_with_a_mark_or_blank(rules):
    texts = ["« We will not back down », said Emmanuel Macron. »We stay«, said Lars Larsen.",
             "Lars Larsen said: »We will not back down.« He left.", "›We will not back down‹, said Lars Larsen.",
             "„We will not back down“, said Angela Merkel.", "Er sagte: „Wir bleiben hier.“ Dann ging er."]
    for text in texts:
        for q in quotes_of(rules(text), 0.0):
            assert q["text"] == q["text"].strip(), q
            assert q["text"][0] not in "«»‹›„‚“”\"" and q["text"][-1] not in "«»‹›„‚“\"", q


# ---------------------------------------------------------------- 3. CJK corner brackets

@pytest.mark.parametrize("text", ["「We will not back down」, said Shinzo Abe.",
                                  "『We will not back down』, said Shinzo Abe."])
def test_cjk_corner_brackets_are_quote_marks(rules, text):
    assert triples(rules(text)) == [("We will not back down", "direct", "Shinzo Abe")]


@pytest.mark.parametrize("text", ["「We will not back down.」 said Shinzo Abe.",
                                  "« We will not back down. » said Shinzo Abe."])
def test_unusual_closing_mark_right_before_said_keeps_the_speaker(rules, text):
    assert triples(rules(text)) == [("We will not back down.", "direct", "Shinzo Abe")]


def test_cjk_nested_brackets_only_outer(rules):
    doc = rules("Shinzo Abe said: 「They told us 『no』 and we will not back down.」")
    assert triples(doc) == [("They told us 『no』 and we will not back down.", "direct", "Shinzo Abe")]


# ---------------------------------------------------------------- 4. dash-led dialogue

@pytest.mark.parametrize("text, content, speaker", [
    ("– We will not back down, said Nick Bird.", "We will not back down", "Nick Bird"),
    ("- We will strike on Monday, said Nick Bird of the PCS.", "We will strike on Monday", "Nick Bird"),
    ("— If they cut our pay, we will strike, said Nick Bird.", "If they cut our pay, we will strike", "Nick Bird"),
    ("– We will, as always, fight – and win, said Nick Bird.", "We will, as always, fight – and win", "Nick Bird"),
    ("Nick Bird spoke to members on Friday.\n\n— We will strike on Monday, he said.", "We will strike on Monday",
     "Nick Bird"),
    # a closing mark left from a quote: the comma stays with the speech, as in “We will strike,” he said
    ("Nick Bird spoke to members on Friday.\n\n— We will strike,\" he said.", "We will strike,", "Nick Bird"),
    ("Nick Bird told the meeting:\n\n– We will not back down.", "We will not back down.", "Nick Bird"),
])
def test_dash_led_dialogue_is_a_direct_quote_with_its_speaker(rules, text, content, speaker):
    assert triples(rules(text)) == [(content, "direct", speaker)]


def test_dash_led_dialogue_cue_is_the_attribution_verb(rules):
    (q,) = quotes_of(rules("– We will not back down, Nick Bird told reporters."))
    assert (q["text"], q["type"], q["cue"]["text"], q["speaker"]["name"]) == \
        ("We will not back down", "direct", "told", "Nick Bird")


def test_dash_led_dialogue_without_attribution_runs_to_the_paragraph_end(rules):
    doc = rules("Nick Bird spoke to members.\n\n– We will not back down. The pay offer is an insult to every member.")
    assert triples(doc) == [("We will not back down. The pay offer is an insult to every member.", "direct", None)]


def test_dash_name_line_is_an_attribution_not_a_quote(rules):
    doc = rules("“We will win this fight.”\n– Jane Doe, Commissioner")
    assert triples(doc) == [("We will win this fight.", "direct", "Jane Doe")]


def test_dash_led_narration_keeps_its_indirect_quote(rules):
    doc = rules("Key developments on Friday\n\n– The minister said the pay offer was final.")
    assert triples(doc) == [("the pay offer was final", "indirect", "minister")]


@pytest.mark.parametrize("text", [
    "The plan has three parts:\n- new buses for the city\n- lower fares\n- more staff",
    "The report found:\n- Staff are stressed.\n- Managers ignore complaints.",
    "The union's demands:\n– A pay rise of 5%\n– More staff in every office",
    "— Reuters contributed reporting",
])
def test_dash_list_bullets_are_not_quotes(rules, text):
    assert quotes_of(rules(text), 0.0) == []


# ---------------------------------------------------------------- 5. text without prose

@pytest.mark.parametrize("text", [
    '"' * 50,
    "“" * 25 + "”" * 25,
    "„“«»‹›「」『』״׳" * 4,
    '"😀😀"',
    "“😀😀”, he said.",
    "“!!! ??? 123”, he said.",
    "“https://example.com/a/b”, he said.",
    "“jane@example.com”, he said.",
    "– 😀😀😀, said Nick Bird.",
])
def test_text_without_letters_is_never_a_quote(rules, text):
    assert quotes_of(rules(text), 0.0) == []


@pytest.mark.parametrize("s, ok", [
    ("We will win", True), ("OK", True), ("לא נוותר", True), ("لن نتراجع", True), ("我们", True),
    ("We love this 😀", True), ("See https://example.com for details", True),
    ("", False), ("\"\"\"", False), ("😀😀", False), ("!!! ??? 123", False), ("a 1", False),
    ("https://example.com/a/b", False), ("www.example.com", False), ("jane@example.com", False),
    ("<https://example.com>", False), ("\u200f\u200e", False),
])
def test_is_quotable(s, ok):
    assert is_quotable(s) is ok


class _StubTagger:
    """Tags every “...” run as content (score 0.99): the tagger stage without a model."""

    min_score = 0.5
    schemes = ["sayso"]
    version = "stub"
    context_chars = 0

    def scheme_id(self, scheme):
        return 0

    def predict(self, jobs, **kw):
        out = []
        for text, unit in jobs:
            s, e = unit["focus"]
            out.append([("content", m.start(), m.end(), 0.99) for m in re.finditer(r"“[^”]*”", text)
                        if s <= m.start() < e])
        return out


@pytest.mark.parametrize("merge_rules", [True, False])
def test_tagger_stage_applies_the_same_filter(merge_rules):
    from pipeline import load
    from pipeline.stages.tagged_quotes import TaggedQuotes

    nlp = load(stages=["sentences", "parse", "quotes", "mentions", "speakers"], quotes="rules")
    nlp.stages[2] = TaggedQuotes(tagger=_StubTagger(), merge_rules=merge_rules)
    doc = nlp("“😀😀”, he said.\n\n“https://example.com”\n\n“We love this 😀 so much,” said Jane Smith.")
    assert [q["text"] for q in doc.to_dict()["quotes"]] == ["We love this 😀 so much,"]


# ---------------------------------------------------------------- 6. mixed scripts

def test_gershayim_inside_a_word_does_not_pair_across_sentences(rules):
    # צה"ל (the IDF) with a straight mark as gershayim: before, it paired with the next " and
    # made a quote from "ל) said on Sunday ..." across two sentences
    text = ('The Israeli army (צה"ל) said on Sunday that operations would continue. '
            'The minister called it "a tragedy" in a statement.')
    qs = quotes_of(rules(text), 0.0)
    assert [(q["text"], q["type"]) for q in qs] == [("operations would continue", "indirect"),
                                                   ("a tragedy", "direct")]
    assert qs[1]["confidence"] < 0.5 and qs[1]["speaker"]["name"] is None


def test_hebrew_gershayim_quote_in_english_text_with_english_cue(rules):
    text = ("Prime Minister Benjamin Netanyahu told the Knesset ״אנחנו ננצח במלחמה הזאת״, "
            "which means “we will win this war”.")
    assert triples(rules(text))[0] == ("אנחנו ננצח במלחמה הזאת", "direct", "Benjamin Netanyahu")


def test_arabic_in_english_marks_drops_bidi_marks_and_has_no_speaker(rules):
    text = ("Protesters in Cairo chanted “\u200fالشعب يريد إسقاط النظام\u200f” "
            "(“the people want the fall of the regime”) outside the ministry on Friday.")
    qs = quotes_of(rules(text), 0.0)
    assert [(q["text"], q["type"], q["speaker"]["name"]) for q in qs][0] == \
        ("الشعب يريد إسقاط النظام", "direct", None)
    assert qs[0]["confidence"] < 0.5  # chanted, not a reporting verb: a scare-level quote


def test_pure_arabic_paragraph_quote_stays_in_its_sentence_without_speaker(rules):
    text = "قال الوزير: «لن نتراجع عن هذا القرار». وأضاف أن الحكومة ستواصل العمل."
    qs = quotes_of(rules(text), 0.0)
    assert [(q["text"], q["type"], q["speaker"]["name"], q["cue"]) for q in qs] == \
        [("لن نتراجع عن هذا القرار", "direct", None, None)]


def test_pure_hebrew_paragraph_quote_pairs_and_acronym_is_not_a_mark(rules):
    text = "ראש הממשלה אמר: ״לא נוותר על הביטחון״. צה״ל הודיע כי הפעילות תימשך."
    qs = quotes_of(rules(text), 0.0)
    assert [(q["text"], q["type"], q["speaker"]["name"], q["cue"]) for q in qs] == \
        [("לא נוותר על הביטחון", "direct", None, None)]


def test_quote_in_another_script_does_not_continue_the_english_speaker(rules):
    text = ("“We will not back down,” said Ahmed Hassan, a union leader in Cairo.\n\n"
            "«لن نتراجع عن هذا القرار». وأضاف أن الحكومة ستواصل العمل.")
    assert triples(rules(text)) == [("We will not back down,", "direct", "Ahmed Hassan"),
                                    ("لن نتراجع عن هذا القرار", "direct", None)]


def test_arabic_quote_introduced_by_an_english_cue_has_its_speaker(rules):
    text = ("Ahmed Hassan, a union leader in Cairo, wrote on Facebook:\n\n"
            "«لن نتراجع عن هذا القرار». وأضاف أن الحكومة ستواصل العمل.")
    (q,) = quotes_of(rules(text))
    assert (q["text"], q["type"], q["cue"]["text"], q["speaker"]["name"]) == \
        ("لن نتراجع عن هذا القرار", "direct", "wrote", "Ahmed Hassan")


def test_arabic_quote_with_bidi_marks_credits_the_english_subject(rules):
    text = "“\u200fلن نتراجع عن حقوقنا\u200f”, said Ahmed Hassan, a union leader in Cairo."
    assert triples(rules(text)) == [("لن نتراجع عن حقوقنا", "direct", "Ahmed Hassan")]


def test_dominant_script():
    assert [dominant_script(s) for s in ["We will", "لن نتراجع", "לא נוותר", "我们", "123"]] == \
        ["LATIN", "ARABIC", "HEBREW", "CJK", None]


# ---------------------------------------------------------------- 7. emoji

def test_emoji_inside_a_quote_are_kept(rules):
    doc = rules("“We love this 😀 so much,” said Jane Smith.")
    assert triples(doc) == [("We love this 😀 so much,", "direct", "Jane Smith")]


@pytest.mark.parametrize("text, content", [
    ("Talks failed.\n\n»We will not back down«, said Karin Welge.", "We will not back down"),
    ("Talks failed.\n\n„We will not back down“, sagte Karin Welge.", "We will not back down"),
    ("Talks failed.\n\n‹We will not back down›, said Karin Welge.", "We will not back down"),
])
def test_tagger_content_excludes_every_style_of_mark(text, content):
    from pipeline import load
    from pipeline.paths import tagger_available

    if not tagger_available():
        pytest.skip("no tagger model")
    nlp = _tagged()
    got = [q["text"] for q in nlp(text).to_dict()["quotes"]]
    assert got and all(not q[0] in "»«„‹›–" and not q[-1] in "»«“‹›" for q in got), got
    assert content in got[0]


_TAGGED = []


def _tagged():
    from pipeline import load

    if not _TAGGED:
        _TAGGED.append(load(stages=["sentences", "parse", "quotes", "mentions", "speakers"], quotes="tagger"))
    return _TAGGED[0]


def test_tagger_content_drops_the_dash_of_dialogue():
    from pipeline.paths import tagger_available

    if not tagger_available():
        pytest.skip("no tagger model")
    got = [q["text"] for q in _tagged()("Talks failed on Monday.\n\n– We will strike next week, said Nick Bird.").to_dict()["quotes"]]
    assert got and not any(q.startswith(("–", "-")) for q in got), got


@pytest.mark.parametrize("open_, close", [("„", "“"), ("“", "”"), ('"', '"'), ("«", "»")])
def test_a_mixed_quote_keeps_its_inner_pair_whole(rules, open_, close):
    text = f"Talks broke down in Berlin on Tuesday.\n\nEmployers called the demands {open_}completely unrealistic{close}, a spokeswoman said."
    for nlp in (rules, _tagged()):
        got = [(q["text"], q["type"]) for q in nlp(text).to_dict()["quotes"]]
        assert any(t.endswith(f"the demands {open_}completely unrealistic{close}") and k == "mixed" for t, k in got), got
