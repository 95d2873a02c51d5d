import pytest

from .conftest import quotes_of

BIRD = """Nick Bird, vice chairman of the branch, was at the picket.

Mr Bird said up to three quarters of staff took industrial action.

He added: 'The strike is all about work conditions.

'There is excessive monitoring of staff.'
"""

UNION = """Workers joined a stoppage by members of the Public and Commercial Services Union (PCS).

The union said: "Management is still refusing to give staff flexibility."

It said some flexibility had been introduced at arbitrary levels.

PCS general secretary Mark Serwotka said: "It is shameful that bosses refuse to help."
"""

DWP = """A Department for Work and Pensions spokesman said: "We are disappointed by the action."

Later a spokesman for the Department of Work and Pensions said: "Any impact will be limited."
"""


def speakers(doc):
    return [(q["speaker"]["name"], q["speaker"]["type"]) for q in quotes_of(doc)]


def test_speakers_name_title_pronoun_are_one_person(rules):
    doc = rules(BIRD)
    qs = quotes_of(doc)
    assert speakers(doc) == [("Nick Bird", "person")] * 3
    assert len({q["speaker"]["entity"] for q in qs}) == 1
    assert [q["speaker"]["mention"]["text"] for q in qs] == ["Mr Bird", "He", "He"]


def test_speakers_union_it_pcs_are_one_organisation(rules):
    doc = rules(UNION)
    qs = quotes_of(doc)
    union = [q for q in qs if q["speaker"]["type"] == "organization"]
    assert len(union) == 2
    assert len({q["speaker"]["entity"] for q in union}) == 1
    assert union[0]["speaker"]["name"] == "Public and Commercial Services Union"
    assert qs[-1]["speaker"]["name"] == "Mark Serwotka"
    assert qs[-1]["speaker"]["mention"]["text"] == "PCS general secretary Mark Serwotka"


def test_speakers_department_for_and_of_are_one_role(rules):
    doc = rules(DWP)
    qs = quotes_of(doc)
    assert {q["speaker"]["type"] for q in qs} == {"role"}
    assert len({q["speaker"]["entity"] for q in qs}) == 1


def test_speakers_inverted_said_x(rules):
    doc = rules("“We are ready for the fight,” said Jane Smith, the union's leader.")
    assert speakers(doc) == [("Jane Smith", "person")]


def test_speakers_after_the_quote(rules):
    doc = rules("“We are ready for the fight,” the minister said.")
    (q,) = quotes_of(doc)
    assert q["speaker"]["mention"]["text"] == "the minister"
    assert q["speaker"]["type"] == "role"


def test_speakers_unresolvable_is_unknown_not_guessed(rules):
    doc = rules("“We will not stop until this is fixed for good,” they said.")
    (q,) = quotes_of(doc)
    assert q["speaker"]["type"] == "unknown"
    assert q["speaker"]["name"] is None


# ---------------------------------------------------------------- issue 12: documents, groups, roles tied to a body


@pytest.mark.parametrize("text, want", [
    ('The lawsuit says the company "knowingly misled investors" about the risks.', ("lawsuit", "document")),
    ('"We will appeal," the letter states.', ("letter", "document")),
    ('Close to three dozen House Democrats said the tax deal was "a disgrace".',
     ("Close to three dozen House Democrats", "group")),
    ('Protesters said the plan "will destroy our town".', ("Protesters", "group")),
])
def test_documents_and_groups_speak_as_their_own_entity_types(rules, text, want):
    q = rules(text).to_dict()["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["type"]) == want


def test_the_role_named_again_is_the_role_tied_to_its_organisation(rules):
    rec = rules('A spokesperson for Google says the company is reviewing it. '
                      '"We take this seriously," the spokesperson said.').to_dict()
    assert [q["speaker"]["name"] for q in rec["quotes"]] == ["Google spokesperson", "Google spokesperson"]
    assert len({q["speaker"]["entity"] for q in rec["quotes"]}) == 1


def test_a_relative_clause_speaker_is_the_noun_it_hangs_on(rules):
    q = rules("The plan was criticised by Jane Ruiz, who said it was unaffordable.").to_dict()["quotes"][0]
    assert q["speaker"]["name"] == "Jane Ruiz"


def test_the_phrase_keeps_the_apposition_the_mention_drops(rules):
    q = rules('"It has the virtue of being responsible," Leonard Burman, director of the Tax Policy Center, '
                    'said of the plan.').to_dict()["quotes"][0]
    assert q["speaker"]["mention"]["text"] == "Leonard Burman"
    assert q["speaker"]["phrase"]["text"] == "Leonard Burman, director of the Tax Policy Center"


TRANSCRIPT = """Partial transcript as follows:

"WALLACE: Governor, will Gennifer Flowers be at the debate tomorrow night?"

"PENCE: Gennifer Flowers will not be attending the debate tomorrow night."

"Well, the question really should be why the campaign went so negative."

"WALLACE: Do you really see those two as equivalent?"
"""


def test_transcript_labels_give_the_speaker_and_carry_to_unlabelled_paragraphs(rules):
    doc = rules("Mike Pence spoke to Fox News on Sunday.\n\n" + TRANSCRIPT)
    got = [(q["text"][:12], q["speaker"]["name"], q["speaker"]["evidence"]) for q in quotes_of(doc)]
    assert got == [("WALLACE: Gov", "WALLACE", "transcript"), ("PENCE: Genni", "Mike Pence", "transcript"),
                   ("Well, the qu", "Mike Pence", "transcript"), ("WALLACE: Do ", "WALLACE", "transcript")]


def test_a_lone_label_or_a_notice_is_no_transcript():
    from pipeline.stages.mentions import transcript_labels
    from pipeline.text import paragraphs

    one = "UPDATE: the vote was moved.\n\nPENCE: We will win.\n\nThe end."
    assert transcript_labels(one, paragraphs(one)) == {}
    notices = "UPDATE: a.\n\nCORRECTION: b.\n\nEDITOR'S NOTE: c.\n\nRELATED: d."
    assert transcript_labels(notices, paragraphs(notices)) == {}
    assert len(transcript_labels(TRANSCRIPT, paragraphs(TRANSCRIPT))) == 3


INTRODUCED = """Parents welcomed the decision on Monday.

Paediatrician Dr Ananya Roy, one of the group's founders, has treated children with asthma for 15 years.

'I have seen what dirty air does to small lungs.'
"""


def test_an_uncued_quote_paragraph_goes_to_the_person_the_paragraph_before_introduces(rules):
    (q,) = quotes_of(rules(INTRODUCED))
    assert (q["speaker"]["name"], q["speaker"]["evidence"]) == ("Ananya Roy", "introduced")


def test_no_introduction_when_the_paragraph_before_quotes_someone_or_opens_with_no_person(rules):
    quoted = INTRODUCED.replace("has treated children", "said “we will win” and has treated children")
    assert quotes_of(rules(quoted))[-1]["speaker"]["evidence"] != "introduced"
    place = INTRODUCED.replace("Paediatrician Dr Ananya Roy, one", "In London on Monday, Dr Ananya Roy, one")
    assert quotes_of(rules(place))[-1]["speaker"]["mention"] is None


def test_a_namesake_with_another_first_name_is_another_person(rules):
    """"Bill Clinton" in a Hillary Clinton story is not Hillary Clinton; "Mr. Clinton" after both is Bill."""
    text = ('Hillary Clinton spoke in Ohio on Monday. "We will win," Clinton said.\n\n'
            'Former President Bill Clinton also campaigned. "She is ready," Mr. Clinton said.')
    doc = rules(text)
    by_quote = {q["text"].rstrip(","): q["speaker"]["name"] for q in doc.to_dict()["quotes"]}
    assert by_quote == {"We will win": "Hillary Clinton", "She is ready": "Bill Clinton"}
    names = sorted(e.name for e in doc.entities if e.type == "person")
    assert names == ["Bill Clinton", "Hillary Clinton"]


def test_a_definite_description_goes_to_the_person_the_article_called_so(rules):
    """"the Republican nominee" is the person introduced as "Republican presidential nominee Donald Trump";
    "the nominee" with two nominees named, or "a spokesman", stays unresolved."""
    text = ("Republican presidential nominee Donald Trump spoke in Ohio. Democratic nominee Hillary Clinton was "
            "in Iowa.\n\n\"We will win,\" the Republican nominee said on Monday.\n\n"
            "\"It is close,\" the GOP nominee told reporters. \"We are ready,\" the nominee added.")
    doc = rules(text)
    by_quote = {q["text"].rstrip(","): q["speaker"]["name"] for q in doc.to_dict()["quotes"]}
    assert by_quote["We will win"] == "Donald Trump"
    assert by_quote["It is close"] == "Donald Trump"  # GOP: Republican
    assert by_quote["We are ready"] is None


def test_a_description_needs_the_same_office_and_reads_title_abbreviations(rules):
    text = ("Gov. Terry McAuliffe met Rep. Don Beyer, a former lieutenant governor, on Monday.\n\n"
            "\"We will build it,\" the governor said.")
    doc = rules(text)
    q = [q for q in doc.to_dict()["quotes"] if q["text"].startswith("We will")][0]
    assert q["speaker"]["name"] == "Terry McAuliffe"


def test_a_description_of_another_party_is_not_the_person(rules):
    text = ("Republican presidential nominee Donald Trump spoke in Ohio.\n\n"
            "\"It is close,\" the Democratic presidential nominee told reporters.")
    q = rules(text).to_dict()["quotes"][0]
    assert q["speaker"]["name"] is None
