"""Trailing dash attributions: a quote with no cue, then "– Name, role".

A direct quote that nothing in its paragraph attributes takes the name on a
dash line right after it: at the end of its own paragraph
("“...” – Sarah Mitchell, Commissioner") or as the whole next paragraph
("– Sarah Mitchell, Commissioner"). The name must come early in the line
(within 60 characters of the dash) and the line must be short (under 80
characters after the dash); a title before the name is folded in.
"""
import pytest

pytestmark = pytest.mark.reliability

LEAD = "The city will review its bus routes next year.\n\n"
QUOTE = "“We have listened to every complaint and the new timetable fixes most of them.”"


def speaker(rules, text):
    (q,) = rules(text).to_dict()["quotes"]
    assert q["type"] == "direct"
    sp = q["speaker"]
    return sp["name"], sp["type"], sp["mention"]["text"] if sp["mention"] else None


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_dash_line_on_the_next_paragraph_names_the_speaker(rules, dash):
    text = LEAD + QUOTE + f"\n\n{dash} Sarah Mitchell, Commissioner for Transport\n"
    assert speaker(rules, text) == ("Sarah Mitchell", "person", "Sarah Mitchell")


def test_dash_line_in_the_first_paragraph_quote(rules):
    text = QUOTE + "\n\n– Sarah Mitchell, Commissioner for Transport\n"
    assert speaker(rules, text) == ("Sarah Mitchell", "person", "Sarah Mitchell")


def test_dash_after_the_quote_in_its_own_paragraph_names_the_speaker(rules):
    text = LEAD + QUOTE + " – Sarah Mitchell, Commissioner for Transport\n"
    assert speaker(rules, text) == ("Sarah Mitchell", "person", "Sarah Mitchell")


def test_dash_line_folds_a_leading_title_into_the_mention(rules):
    text = LEAD + QUOTE + "\n\n– Commissioner Jane Doe\n"
    assert speaker(rules, text) == ("Jane Doe", "person", "Commissioner Jane Doe")


def test_dash_line_naming_an_organisation(rules):
    text = LEAD + QUOTE + "\n\n— Greenpeace\n"
    assert speaker(rules, text) == ("Greenpeace", "organization", "Greenpeace")


def test_dash_line_naming_an_organisation_the_entity_recogniser_cuts_short(rules):
    # the recogniser finds only "Commercial Services Union": the dash line joins the name back, without "The"
    text = LEAD + QUOTE + "\n\n– The Public and Commercial Services Union\n"
    name, typ, mention = speaker(rules, text)
    assert typ == "organization"
    assert mention == "Public and Commercial Services Union"


def test_dash_line_two_paragraphs_down_does_not_attribute(rules):
    text = LEAD + QUOTE + "\n\nBuses will run every ten minutes from May.\n\n– Sarah Mitchell, Commissioner for Transport\n"
    assert speaker(rules, text) == (None, "unknown", None)


def test_quote_in_the_last_paragraph_without_a_dash_line_stays_unknown(rules):
    assert speaker(rules, LEAD + QUOTE + "\n") == (None, "unknown", None)


def test_a_cued_quote_keeps_its_cue_speaker_over_a_dash_line(rules):
    text = LEAD + "“We have listened to every complaint,” said Tom Bird.\n\n– Sarah Mitchell, Commissioner for Transport\n"
    assert speaker(rules, text) == ("Tom Bird", "person", "Tom Bird")


def _line_with_name_at(offset: int) -> str:
    prefix = ("speaking on behalf of the regional bus and tram operators in the north of the county, " * 2)
    prefix = prefix[:offset - 1].rstrip(" ,")
    prefix += "," * (offset - 1 - len(prefix)) + " "
    assert len(prefix) == offset
    return prefix + "Sarah Mitchell"


def test_dash_line_name_59_characters_after_the_dash_counts(rules):
    text = LEAD + QUOTE + "\n\n– " + _line_with_name_at(59) + "\n"
    assert speaker(rules, text) == ("Sarah Mitchell", "person", "Sarah Mitchell")


def test_dash_line_name_60_characters_after_the_dash_is_too_far(rules):
    text = LEAD + QUOTE + "\n\n– " + _line_with_name_at(60) + "\n"
    assert speaker(rules, text) == (None, "unknown", None)


def _line_of(length: int) -> str:
    line = "Sarah Mitchell, commissioner for transport and chair of the regional bus and tram board"[:length]
    line = line.rstrip(" ,")
    line += "s" * (length - len(line))
    assert len(line) == length
    return line


def test_dash_line_of_79_characters_attributes(rules):
    text = LEAD + QUOTE + "\n\n– " + _line_of(79) + "\n"
    assert speaker(rules, text) == ("Sarah Mitchell", "person", "Sarah Mitchell")


def test_dash_line_of_80_characters_is_prose_not_an_attribution(rules):
    text = LEAD + QUOTE + "\n\n– " + _line_of(80) + "\n"
    assert speaker(rules, text) == (None, "unknown", None)
