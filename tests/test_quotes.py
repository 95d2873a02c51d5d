import pytest

from pipeline.stages.quotes import direct_candidates
from pipeline.text import paragraphs

from .conftest import quotes_of


def contents(text):
    return [text[c.start:c.end] for c in direct_candidates(text, paragraphs(text))]


@pytest.mark.parametrize("text,expected", [
    ("He said: “We will win.”", ["We will win."]),
    ("He said: ‘We will win.’", ["We will win."]),
    ('He said: "We will win."', ["We will win."]),
    ("He said: 'We will win.'", ["We will win."]),
    ("He said: ``We will win.''", ["We will win."]),
])
def test_quotes_every_mark_style(text, expected):
    assert contents(text) == expected


def test_quotes_apostrophes_are_not_marks():
    text = "Jobcentre Plus’s staff can't cope, and members' pay fell in the ’90s, he said."
    assert contents(text) == []


def test_quotes_apostrophe_inside_a_quote():
    assert contents("She said: ‘Members’ pay can’t fall again.’") == ["Members’ pay can’t fall again."]


def test_quotes_nested_only_outer():
    assert contents("‘He told me “no”, and left,’ she said.") == ["He told me “no”, and left,"]


def test_quotes_british_multi_paragraph():
    text = "He said: ‘First paragraph here.\n\n‘Second paragraph here.\n\n‘Third and last.’\n\nAfter."
    cands = direct_candidates(text, paragraphs(text))
    assert [text[c.start:c.end] for c in cands] == ["First paragraph here.", "Second paragraph here.", "Third and last."]
    assert [c.continued_from_previous for c in cands] == [False, True, True]


def test_quotes_unbalanced_marks_never_crash():
    text = "He said: “This runs on and never closes.\n\nA ” stray close. And “another."
    cands = direct_candidates(text, paragraphs(text))
    assert text[cands[0].start:cands[0].end] == "This runs on and never closes."
    assert cands[0].confidence < 0.9


def test_quotes_closing_mark_after_plural_word():
    text = "The union wants to change how unrealistic ‘average call times’ are used."
    assert contents(text) == ["average call times"]


def test_quotes_direct_with_cue_and_split_quote(rules):
    doc = rules("“We are ready,” she said, “and we will not back down.”")
    qs = quotes_of(doc)
    assert [q["text"] for q in qs] == ["We are ready,", "and we will not back down."]
    assert all(q["cue"]["text"] == "said" for q in qs)
    assert all(q["type"] == "direct" for q in qs)


def test_quotes_indirect_with_cue(rules):
    doc = rules("Mr Bird said up to three quarters of the centre's 200 staff took industrial action.")
    (q,) = quotes_of(doc)
    assert q["type"] == "indirect"
    assert q["text"] == "up to three quarters of the centre's 200 staff took industrial action"
    assert q["cue"]["text"] == "said"


def test_quotes_according_to(rules):
    doc = rules("According to the council, the road will close in May.")
    (q,) = quotes_of(doc)
    assert q["text"] == "the road will close in May"
    assert q["cue"]["text"] == "According to"


def test_quotes_mixed_fragment_in_reported_speech(rules):
    doc = rules("The minister said the plan was “a disaster for families” and would be dropped.")
    (q,) = quotes_of(doc)
    assert q["type"] == "mixed"
    assert q["text"].startswith("the plan was “a disaster for families”")


def test_quotes_naming_fragment_is_mixed(rules):
    doc = rules("Members struck last year against what they called “draconian conditions” at work.")
    (q,) = quotes_of(doc)
    assert (q["type"], q["text"], q["cue"]["text"]) == ("mixed", "draconian conditions", "called")


def test_quotes_scare_quote_gets_low_confidence(rules):
    doc = rules("Staff went on strike today over “oppressive” working conditions.")
    assert quotes_of(doc) == []
    assert [q["text"] for q in quotes_of(doc, 0.0)] == ["oppressive"]


def test_quotes_noun_phrase_object_of_announce(rules):
    # guidelines section 3: an object that states what was said is content; two cues, one subject
    doc = rules("The union has announced an indefinite overtime ban from next Thursday and has said it will "
                "ballot for strike action in the event of any compulsory redundancies.")
    qs = quotes_of(doc)
    assert [(q["text"], q["cue"]["text"], q["type"]) for q in qs] == [
        ("an indefinite overtime ban from next Thursday", "announced", "indirect"),
        ("it will ballot for strike action in the event of any compulsory redundancies", "said", "indirect")]
    assert {q["speaker"]["mention"]["text"] for q in qs} == {"The union"}


@pytest.mark.parametrize("text, expected", [
    ("Labour called for an independent inquiry into the deaths.", "an independent inquiry into the deaths"),
    ("The council unveiled a plan to close three libraries on Monday, despite protests from residents.",
     "a plan to close three libraries on Monday"),
    ("The RMT threatened further strikes over the Christmas period.", "further strikes over the Christmas period"),
])
def test_quotes_noun_phrase_objects(rules, text, expected):
    (q,) = quotes_of(doc := rules(text))
    assert q["text"] == expected, doc.to_dict()["quotes"]


@pytest.mark.parametrize("text", [
    "The minister welcomed the announcement.",            # not a reporting verb
    "The firm announced the results of its review on Tuesday.",  # names the act, not what was said
    "A new timetable was announced on Friday.",           # passive: no speaker's content
    "Ministers have not announced a date for the vote.",  # negated
    "She called the plan a disgrace.",                    # naming, not "called for"
    "The company announced it.",                          # pronoun object
])
def test_quotes_noun_phrase_objects_that_are_not_content(rules, text):
    assert quotes_of(rules(text)) == []
