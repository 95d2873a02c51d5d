"""The speaker stage's passes (pipeline/stages/speakers.py), one at a time, on hand-built input.

Each pass is fed an ``EntityTable`` and, where it reads the parse, a spaCy doc of a short text with
mentions placed by hand, so these tests pin the resolution rules without the quote and mention stages.
"""
import pytest

from pipeline.doc import CONFIDENT_QUOTE, Document, Mention, Quote
from pipeline.stages.parse import load_spacy
from pipeline.stages.speakers import (EntityTable, SpeakerResolver, cluster_names, cluster_organisation_name,
                                      cluster_person_name, define_acronyms, link_quotes, resolve_description,
                                      resolve_mentions, resolve_pronoun, resolve_role, unknown_speaker)


@pytest.fixture(scope="module")
def spacy_nlp():
    return load_spacy()


def place(text, *specs):
    """Mentions m1, m2, ... for (surface, kind, type) specs, each found after the one before."""
    out, at = [], 0
    for i, (surface, kind, typ) in enumerate(specs, 1):
        start = text.index(surface, at)
        out.append(Mention(id=f"m{i}", start=start, end=start + len(surface), kind=kind, type=typ))
        at = start + len(surface)
    return out


def span_of(sdoc, m):
    return sdoc.char_span(m.start, m.end, alignment_mode="expand")


def names(table):
    return [(e.id, e.name, e.type) for e in table.entities]


def linked(table, *mention_ids):
    return [table.assign.get(mid) for mid in mention_ids]


# ---- define_acronyms -------------------------------------------------------------------------------

def test_an_acronym_in_brackets_is_defined_by_the_name_before_it():
    text = "Staff joined members of the Public Commercial Services union (PCS) on the picket."
    assert define_acronyms(text) == {"PCS": "Public Commercial Services union"}


def test_no_brackets_define_no_acronym():
    assert define_acronyms("PCS members walked out at the DWP.") == {}


# ---- EntityTable ------------------------------------------------------------------------------------

def test_entities_are_numbered_in_creation_order():
    table = EntityTable()
    assert [table.new_entity("Nick Bird", "person").id, table.new_entity("Unite", "organization").id] == ["e1", "e2"]
    assert names(table) == [("e1", "Nick Bird", "person"), ("e2", "Unite", "organization")]


def test_a_link_inside_a_confident_quote_counts_but_is_not_seen():
    table = EntityTable(quoted=[(10, 40)], speaker_mentions={"m2"})
    e = table.new_entity("Nick Bird", "person")
    table.link(Mention(id="m1", start=20, end=22), e)  # inside the quote
    table.link(Mention(id="m2", start=50, end=57), e)  # a speaker, outside
    table.link(Mention(id="m3", start=60, end=62), e)
    assert table.assign == {"m1": "e1", "m2": "e1", "m3": "e1"}
    assert e.mentions == ["m1", "m2", "m3"]
    assert table.counts["e1"] == 3
    assert table.seen["e1"] == [(50, True), (60, False)]
    assert table.last_seen(e, 60) == 50
    assert table.last_seen(e, 100) == 60
    assert table.last_seen(e, 100, speakers_only=True) == 50
    assert table.last_seen(e, 50) == -1


def test_the_table_hides_only_confident_direct_quotes_and_knows_the_speakers():
    doc = Document(text="a" * 100)
    doc.quotes = [Quote(id="q1", start=0, end=10, speaker="m1"),
                  Quote(id="q2", start=20, end=30, confidence=CONFIDENT_QUOTE),
                  Quote(id="q3", start=40, end=50, confidence=CONFIDENT_QUOTE - 0.01),
                  Quote(id="q4", start=60, end=70, kind="indirect")]
    table = EntityTable.for_document(doc)
    assert table.quoted == [(0, 10), (20, 30)]
    assert table.speaker_mentions == {"m1"}


# ---- organisations: EntityTable.org_entity and cluster_organisation_name -----------------------------

def test_pcs_matches_the_public_and_commercial_services_union():
    table = EntityTable()
    union = table.org_entity("the Public and Commercial Services Union")
    assert table.org_entity("PCS") is union
    assert names(table) == [("e1", "Public and Commercial Services Union", "organization")]


def test_an_acronym_seen_first_takes_the_full_name_when_it_comes():
    table = EntityTable()
    pcs = table.org_entity("PCS")
    assert table.org_entity("Public and Commercial Services Union") is pcs
    assert pcs.name == "Public and Commercial Services Union"
    assert table.org_entity("PCS") is pcs


def test_a_bracket_defined_acronym_names_its_organisation():
    table = EntityTable(acronyms={"PCS": "Public Commercial Services union"})
    pcs = table.org_entity("PCS")
    assert pcs.name == "Public Commercial Services union"
    assert table.org_entity("the Public Commercial Services union") is pcs


def test_department_for_and_department_of_are_one_organisation():
    table = EntityTable()
    dwp = table.org_entity("the Department for Work and Pensions")
    assert table.org_entity("Department of Work and Pensions") is dwp
    assert table.org_entity("Unite") is not dwp
    assert [e.id for e in table.entities] == ["e1", "e2"]


def test_an_organisation_name_mention_links_to_its_organisation(spacy_nlp):
    text = "Members of the Public and Commercial Services Union walked out. PCS said the strike was solid."
    sdoc = spacy_nlp(text)
    ms = place(text, ("Public and Commercial Services Union", "name", "organization"),
               ("PCS", "name", "organization"))
    table = EntityTable()
    a = cluster_organisation_name(table, ms[0], span_of(sdoc, ms[0]), sdoc, text)
    b = cluster_organisation_name(table, ms[1], span_of(sdoc, ms[1]), sdoc, text)
    assert a is b and a.name == "Public and Commercial Services Union"


# ---- persons: cluster_person_name and the names pass -----------------------------------------------

def test_nick_bird_mr_bird_bird_cluster_under_the_fullest_name(spacy_nlp):
    text = "Nick Bird was at the picket. Mr Bird said staff were angry. Bird left at noon."
    sdoc = spacy_nlp(text)
    ms = place(text, ("Nick Bird", "name", "person"), ("Mr Bird", "title", "person"), ("Bird", "name", "person"))
    table = EntityTable()
    cluster_names(table, ms, sdoc, text)
    assert names(table) == [("e1", "Nick Bird", "person")]
    assert linked(table, "m1", "m2", "m3") == ["e1"] * 3
    assert table.gender == {"Bird": "m"}


def test_a_title_seen_first_gives_way_to_the_full_name(spacy_nlp):
    text = "Mrs Jones opened the depot. Later Ann Jones said it was a great day."
    sdoc = spacy_nlp(text)
    ms = place(text, ("Mrs Jones", "title", "person"), ("Ann Jones", "name", "person"))
    table = EntityTable()
    first = cluster_person_name(table, ms[0], span_of(sdoc, ms[0]), sdoc)
    assert first.name == "Mrs Jones" and table.gender == {"Jones": "f"}
    assert cluster_person_name(table, ms[1], span_of(sdoc, ms[1]), sdoc) is first
    assert first.name == "Ann Jones"


def test_names_pass_numbers_persons_and_organisations_in_text_order(spacy_nlp):
    text = "Nick Bird of Unite met Ann Jones of the GMB on Monday."
    sdoc = spacy_nlp(text)
    ms = place(text, ("Nick Bird", "name", "person"), ("Unite", "name", "organization"),
               ("Ann Jones", "name", "person"), ("GMB", "name", "organization"))
    table = EntityTable()
    cluster_names(table, ms, sdoc, text)
    assert names(table) == [("e1", "Nick Bird", "person"), ("e2", "Unite", "organization"),
                            ("e3", "Ann Jones", "person"), ("e4", "GMB", "organization")]


def test_names_pass_leaves_roles_pronouns_and_descriptions(spacy_nlp):
    text = "A spokesman said the union would meet. He added that it was serious."
    sdoc = spacy_nlp(text)
    ms = place(text, ("A spokesman", "nominal", "role"), ("the union", "nominal", "organization"),
               ("He", "pronoun", "person"), ("it", "pronoun", "organization"))
    table = EntityTable()
    cluster_names(table, ms, sdoc, text)
    assert table.entities == [] and table.assign == {}


# ---- roles: resolve_role ----------------------------------------------------------------------------

def test_a_dwp_spokesman_becomes_a_department_for_work_and_pensions_spokesman_role(spacy_nlp):
    text = "A DWP spokesman said the action would have little impact."
    sdoc = spacy_nlp(text)
    (m,) = place(text, ("A DWP spokesman", "nominal", "role"))
    table = EntityTable()
    table.org_entity("Department for Work and Pensions")
    role = resolve_role(table, span_of(sdoc, m), text[m.start:m.end], sdoc)
    assert (role.id, role.name, role.type) == ("e2", "Department for Work and Pensions spokesman", "role")


def test_a_spokesman_of_the_department_and_a_department_spokesman_are_one_role(spacy_nlp):
    text = ("A Department for Work and Pensions spokesman said it was disappointing. "
            "Later a spokesman for the Department of Work and Pensions said the impact was limited.")
    sdoc = spacy_nlp(text)
    ms = place(text, ("A Department for Work and Pensions spokesman", "nominal", "role"),
               ("a spokesman for the Department of Work and Pensions", "nominal", "role"))
    table = EntityTable()
    a, b = (resolve_role(table, span_of(sdoc, m), text[m.start:m.end], sdoc) for m in ms)
    assert a is b
    assert names(table) == [("e1", "Department for Work and Pensions spokesman", "role")]


def test_a_role_without_organisation_clusters_by_its_noun(spacy_nlp):
    text = "A spokesman said no. The spokesman said it again. The minister said yes."
    sdoc = spacy_nlp(text)
    ms = place(text, ("A spokesman", "nominal", "role"), ("The spokesman", "nominal", "role"),
               ("The minister", "nominal", "role"))
    table = EntityTable()
    roles = [resolve_role(table, span_of(sdoc, m), text[m.start:m.end], sdoc) for m in ms]
    assert roles[0] is roles[1] is not roles[2]
    assert names(table) == [("e1", "spokesman", "role"), ("e2", "minister", "role")]


# ---- descriptions: resolve_description ---------------------------------------------------------------

def _orgs_at(table, *name_positions):
    """Link one mention per (name, position) to the organisation of that name."""
    for i, (name, pos) in enumerate(name_positions, 1):
        table.link(Mention(id=f"o{i}", start=pos, end=pos + 3, kind="name", type="organization"),
                   table.org_entity(name))


def test_the_union_goes_to_the_most_mentioned_union():
    table = EntityTable()
    _orgs_at(table, ("Public and Commercial Services Union", 0), ("PCS", 50), ("GMB union", 100))
    pcs = table.entities[0]
    assert resolve_description(table, "union", 200) is pcs


def test_the_union_between_equally_mentioned_unions_goes_to_the_most_recent():
    table = EntityTable()
    _orgs_at(table, ("Unite union", 0), ("GMB union", 100))
    assert resolve_description(table, "union", 200).name == "GMB union"
    assert resolve_description(table, "union", 50).name == "Unite union"


def test_a_description_no_name_holds_goes_to_the_most_recent_non_government_organisation():
    table = EntityTable()
    _orgs_at(table, ("Acme Ltd", 0), ("Department for Transport", 100))
    assert resolve_description(table, "company", 200).name == "Acme Ltd"


def test_a_government_description_no_name_holds_stays_unresolved():
    table = EntityTable()
    _orgs_at(table, ("Acme Ltd", 0))
    assert resolve_description(table, "ministry", 200) is None
    assert resolve_description(EntityTable(), "union", 200) is None


def test_a_description_fallback_needs_an_organisation_mentioned_before_it():
    table = EntityTable()
    _orgs_at(table, ("Acme Ltd", 300))
    assert resolve_description(table, "company", 200) is None


# ---- pronouns: resolve_pronoun -------------------------------------------------------------------------

def _people(table, speakers=(), *name_positions):
    """Persons by (full name, title gender or None, position); the mention ids in ``speakers`` spoke."""
    table.speaker_mentions = set(speakers)
    for i, (name, gender, pos) in enumerate(name_positions, 1):
        surname = name.split()[-1]
        e = table.persons.get(surname) or table.new_entity(name, "person")
        table.persons[surname] = e
        if gender:
            table.gender[surname] = gender
        table.link(Mention(id=f"p{i}", start=pos, end=pos + 5, kind="name", type="person"), e)


def test_he_goes_to_the_most_recent_male_speaker():
    table = EntityTable()
    _people(table, {"p1", "p2", "p3"}, ("Tom Bird", "m", 0), ("Sam Hill", "m", 100), ("Ann Jones", "f", 150))
    assert resolve_pronoun(table, "he", 200).name == "Sam Hill"
    assert resolve_pronoun(table, "she", 200).name == "Ann Jones"
    assert resolve_pronoun(table, "he", 120).name == "Sam Hill"
    assert resolve_pronoun(table, "he", 50).name == "Tom Bird"


def test_a_speaker_stays_the_antecedent_unless_another_is_far_more_recent():
    table = EntityTable()
    _people(table, {"p1"}, ("Tom Bird", "m", 0), ("Sam Hill", "m", 300))
    assert resolve_pronoun(table, "he", 350).name == "Tom Bird"  # Hill only 300 characters more recent
    table = EntityTable()
    _people(table, {"p1"}, ("Tom Bird", "m", 0), ("Sam Hill", "m", 400))
    assert resolve_pronoun(table, "he", 450).name == "Sam Hill"


def test_a_person_of_unknown_gender_can_be_he_or_she():
    table = EntityTable()
    _people(table, (), ("Alex Moore", None, 0))
    assert resolve_pronoun(table, "she", 100).name == "Alex Moore"
    assert resolve_pronoun(table, "he", 100).name == "Alex Moore"
    assert resolve_pronoun(table, "i", 100).name == "Alex Moore"


def test_it_goes_to_an_organisation_and_they_to_an_organisation_or_role():
    table = EntityTable()
    _people(table, (), ("Tom Bird", "m", 0))
    _orgs_at(table, ("Unite", 50))
    role = table.new_entity("spokesman", "role")
    table.link(Mention(id="r1", start=100, end=109, kind="nominal", type="role"), role)
    assert resolve_pronoun(table, "it", 200).name == "Unite"
    assert resolve_pronoun(table, "they", 200) is role
    assert resolve_pronoun(table, "we", 80).name == "Unite"


def test_a_pronoun_with_nothing_before_it_stays_unresolved():
    table = EntityTable()
    _people(table, (), ("Tom Bird", "m", 100))
    assert resolve_pronoun(table, "he", 50) is None
    assert resolve_pronoun(table, "it", 200) is None


def test_a_pronoun_does_not_see_a_name_inside_a_confident_quote():
    table = EntityTable(quoted=[(0, 60)])
    _people(table, (), ("Tom Bird", "m", 10))
    assert resolve_pronoun(table, "he", 100) is None


# ---- unknown_speaker -----------------------------------------------------------------------------------

def test_an_unresolvable_mention_gets_an_unknown_entity_with_no_name_guess():
    table = EntityTable()
    _people(table, (), ("Tom Bird", "m", 0))
    a = unknown_speaker(table, "the protesters")
    b = unknown_speaker(table, "the protesters")
    assert (a.id, a.name, a.type) == ("e2", "protesters", "unknown")
    assert b is not a and b.type == "unknown"  # never merged with anyone, not even each other


# ---- the second pass: resolve_mentions -----------------------------------------------------------------

def test_second_pass_dispatches_pronoun_role_description_unknown_in_text_order(spacy_nlp):
    text = ("Nick Bird of the Public and Commercial Services Union spoke first. "
            "A DWP spokesman replied. The union said talks would go on. "
            "He said the council was wrong. Some residents said nothing. It was unclear.")
    sdoc = spacy_nlp(text)
    ms = place(text, ("Nick Bird", "name", "person"),
               ("Public and Commercial Services Union", "name", "organization"),
               ("A DWP spokesman", "nominal", "role"), ("The union", "nominal", "organization"),
               ("He", "pronoun", "person"), ("the council", "nominal", "organization"),
               ("Some residents", "nominal", "person"), ("It", "pronoun", "organization"))
    table = EntityTable()
    cluster_names(table, ms, sdoc, text)
    resolve_mentions(table, ms, sdoc, text)
    assert names(table) == [("e1", "Nick Bird", "person"),
                            ("e2", "Public and Commercial Services Union", "organization"),
                            ("e3", "DWP spokesman", "role"),
                            ("e4", "council", "organization"),
                            ("e5", "Some residents", "unknown")]
    assert linked(table, *[m.id for m in ms]) == ["e1", "e2", "e3", "e2", "e1", "e4", "e5", "e4"]


# ---- link_quotes ---------------------------------------------------------------------------------------

def test_a_continuation_quote_takes_its_predecessors_speaker():
    quotes = [Quote(id="q1", start=0, end=10, speaker="m1"),
              Quote(id="q2", start=20, end=30, continues="q1"),
              Quote(id="q3", start=40, end=50, continues="q2"),
              Quote(id="q4", start=60, end=70, speaker="m2", continues="q3"),
              Quote(id="q5", start=80, end=90)]
    assert link_quotes(quotes, {"m1": "e1"}) == {"q1": ("m1", "e1"), "q2": ("m1", "e1"), "q3": ("m1", "e1"),
                                                 "q4": ("m2", None), "q5": (None, None)}


def test_a_continuation_of_a_later_quote_gets_no_speaker():
    quotes = [Quote(id="q1", start=0, end=10, continues="q2"), Quote(id="q2", start=20, end=30, speaker="m1")]
    assert link_quotes(quotes, {"m1": "e1"}) == {"q1": (None, None), "q2": ("m1", "e1")}


# ---- the stage: predict runs the passes and stays pure -------------------------------------------------

def test_predict_runs_the_passes_and_writes_nothing_on_the_document(spacy_nlp):
    text = "Mr Bird said: “We will strike.”\n\n“It is about conditions.”\n\nHe said more.\n"
    doc = Document(text=text)
    doc.parse = spacy_nlp(text)
    he, bird = text.index("He said"), text.index("Mr Bird")
    doc.mentions = [Mention(id="m1", start=he, end=he + 2, kind="pronoun", type="person"),  # not in text order
                    Mention(id="m2", start=bird, end=bird + 7, kind="title", type="person")]
    q1 = text.index("We will")
    q2 = text.index("It is")
    doc.quotes = [Quote(id="q1", start=q1, end=text.index("”"), speaker="m2"),
                  Quote(id="q2", start=q2, end=text.index("”", q2), continues="q1"),
                  Quote(id="q3", start=text.index("He"), end=len(text) - 1, kind="indirect", speaker="m1")]
    entities, assign, by_quote = SpeakerResolver().predict(doc)
    assert [(e.id, e.name) for e in entities] == [("e1", "Mr Bird")]
    assert assign == {"m2": "e1", "m1": "e1"}
    assert by_quote == {"q1": ("m2", "e1"), "q2": ("m2", "e1"), "q3": ("m1", "e1")}
    assert doc.entities == [] and all(m.entity is None for m in doc.mentions)
    assert doc.quotes[1].speaker is None
    SpeakerResolver().set_annotations(doc, (entities, assign, by_quote))
    assert doc.quotes[1].speaker == "m2" and doc.quotes[1].link == "continuation"
