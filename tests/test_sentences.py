from pipeline.doc import Document
from pipeline.stages.sentences import SentenceSplitter


def split(text):
    doc = Document(text)
    SentenceSplitter()(doc)
    return [text[s.start:s.end] for s in doc.sentences]


def test_sentences_abbreviations_do_not_split():
    assert split("Mr Bird and Mrs. Jones met Dr. Smith on St. John St. today. They left.") == [
        "Mr Bird and Mrs. Jones met Dr. Smith on St. John St. today.", "They left."]


def test_sentences_numbers_and_no_dot():
    assert split("It rose 3.5% to No. 2 in the table. Turnout was 82pc.") == [
        "It rose 3.5% to No. 2 in the table.", "Turnout was 82pc."]


def test_sentences_am_pm_split_before_a_sentence_start():
    assert split("The strike began at 9 a.m. The union said so.") == [
        "The strike began at 9 a.m.", "The union said so."]


def test_sentences_us_abbreviation_keeps_name():
    assert split("The U.S. Senate voted. Sen. Bob Casey agreed.") == ["The U.S. Senate voted.", "Sen. Bob Casey agreed."]


def test_sentences_split_inside_quotes_and_keep_closing_mark():
    assert split("He said: ‘We will win. They will lose.’ Then he left.") == [
        "He said: ‘We will win.", "They will lose.’", "Then he left."]


def test_sentences_headline_and_byline_are_sentences():
    text = "Strike hits call centres\nBy Claire West\n\nStaff walked out. Pickets formed."
    assert split(text) == ["Strike hits call centres", "By Claire West", "Staff walked out.", "Pickets formed."]


def test_sentences_lowercase_plural_is_not_an_abbreviation():
    assert split("They sacked two senior reps. They voted.") == ["They sacked two senior reps.", "They voted."]
