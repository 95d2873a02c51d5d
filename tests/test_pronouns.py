"""Pronoun speakers: he/she/it/they resolved to the right earlier entity.

The rules (pipeline/stages/speakers.py): he/she go to the most recent person,
in agreement with the gender a title gives ("Mrs Jones" is a she); a person
who has already spoken is preferred unless another person was mentioned at
least 400 characters more recently; "it" goes to an organisation, "they" to an
organisation or a role; a pronoun with nothing before it stays unknown.
"""
import pytest

pytestmark = pytest.mark.reliability


def speakers(rules, text):
    """(speaker name, type, mention text) of every quote, in text order."""
    out = []
    for q in rules(text).to_dict()["quotes"]:
        sp = q["speaker"]
        out.append((sp["name"], sp["type"], sp["mention"]["text"] if sp["mention"] else None))
    return out


MEETING = "Mr Tom Bird, the depot manager, and Mrs Ann Jones, the union rep, met on Monday.\n\n"


def test_she_goes_to_the_woman_even_when_a_man_spoke_last(rules):
    text = MEETING + ("Mrs Jones said: “The rota is unfair.”\n\n"
                      "Mr Bird said: “The rota is fair.”\n\n"
                      "She said: “We will ballot our members.”\n")
    assert speakers(rules, text)[-1] == ("Ann Jones", "person", "She")


def test_he_goes_to_the_man_even_when_a_woman_spoke_last(rules):
    text = MEETING + ("Mr Bird said: “The rota is fair.”\n\n"
                      "Mrs Jones said: “The rota is unfair.”\n\n"
                      "He said: “Then we will talk again.”\n")
    assert speakers(rules, text)[-1] == ("Tom Bird", "person", "He")


def test_he_goes_to_the_man_who_spoke_last(rules):
    text = ("Mr Tom Bird and Mr Sam Hill met the drivers on Monday.\n\n"
            "Mr Bird said: “The rota is fair.”\n\n"
            "Mr Hill said: “The rota will change.”\n\n"
            "He added: “Nothing is decided yet.”\n")
    assert speakers(rules, text)[-1] == ("Sam Hill", "person", "He")


def test_he_goes_to_a_speaker_named_at_the_very_start_of_the_text(rules):
    text = "Mr Tom Bird said: “The rota is fair.”\n\nHe added: “Nothing will change.”\n"
    assert speakers(rules, text) == [("Tom Bird", "person", "Mr Tom Bird"), ("Tom Bird", "person", "He")]


def test_she_can_refer_to_a_person_who_has_not_spoken_yet(rules):
    text = "Mrs Ann Jones opened the new depot on Monday.\n\nShe said: “It is a great day for the town.”\n"
    assert speakers(rules, text) == [("Ann Jones", "person", "She")]


def test_she_goes_to_the_woman_named_last_when_nobody_has_spoken(rules):
    text = ("Mrs Ann Jones and Mrs Sue Cole opened the new depot on Monday.\n\n"
            "The ribbon was cut by Mrs Cole.\n\n"
            "She said: “It is a great day for the town.”\n")
    assert speakers(rules, text) == [("Sue Cole", "person", "She")]


def test_a_pronoun_with_no_one_before_it_stays_unknown(rules):
    text = "“It is a great day for the town,” she said.\n"
    assert speakers(rules, text) == [(None, "unknown", "she")]


def gap_text(gap: int) -> str:
    """Mr Bird speaks; Mr Hill, who never speaks, is named ``gap`` characters after Mr Bird's speaking
    mention (Mr Bird is named again, not speaking, in between); then "He added"."""
    head = "Depot rota row\n\nMr Tom Bird said: “The rota is fair.”\n\n"
    bird = head.index("Mr Tom Bird")
    lead_in = "The rota was drawn up by "
    n = bird + gap - len(head) - len(lead_in) - 2
    body = "Mr Bird left the meeting early. " + "Buses ran late and drivers waited in the cold yard. " * 12
    filler = body[:n - 1].rstrip(" ")
    filler += "." * (n - len(filler))
    text = head + filler + "\n\n" + lead_in + "Mr Sam Hill.\n\nHe added: “Nothing will change.”\n"
    assert text.index("Mr Sam Hill") - bird == gap
    return text


def test_he_stays_with_the_last_speaker_over_a_person_named_less_than_400_characters_later(rules):
    assert speakers(rules, gap_text(399))[-1] == ("Tom Bird", "person", "He")


def test_he_goes_to_a_person_named_400_characters_after_the_speaker_last_spoke(rules):
    # measured from where Mr Bird last *spoke*, not from where he was last named
    assert speakers(rules, gap_text(400))[-1] == ("Sam Hill", "person", "He")


def test_it_goes_to_the_organisation_not_to_the_person_who_spoke_last(rules):
    text = ("The Rail Union called the strike after talks failed.\n\n"
            "Mr Tom Bird said: “The rota is fair.”\n\n"
            "It said: “Our members have had enough.”\n")
    assert speakers(rules, text)[-1] == ("Rail Union", "organization", "It")


def test_they_goes_to_the_organisation_that_spoke_not_to_the_person(rules):
    text = ("The Rail Union called the strike after talks failed.\n\n"
            "The union said: “Our members have had enough.”\n\n"
            "Mr Tom Bird, the depot manager, said: “The rota is fair.”\n\n"
            "They added: “We will not back down.”\n")
    got = speakers(rules, text)
    assert got[0][:2] == got[-1][:2] == ("Rail Union", "organization")
    assert got[-1][2] == "They"


def test_they_goes_to_a_role_speaker(rules):
    text = ("Residents met officials on Monday.\n\n"
            "A council spokesman said: “The road will reopen soon.”\n\n"
            "They said: “We expect delays until spring.”\n")
    got = speakers(rules, text)
    assert got[-1] == ("council spokesman", "role", "They")
    assert got[0][:2] == got[-1][:2]
