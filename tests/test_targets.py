"""The article target picker shared by the real-news stance set and the distillation units."""
import pytest

from pipeline.stages.parse import load_spacy
from pipeline.training.targets import article_targets, entity_targets, issue_target


@pytest.fixture(scope="module")
def spacy_nlp():
    return load_spacy()


TEXT = ("Senator Maria Lopez attacked the new tax bill on Tuesday. Maria Lopez said the tax bill would hurt "
        "families. Republicans in Congress defended the tax bill. Maria Lopez told reporters in Washington that she "
        "would vote against it. Senator Maria Lopez has opposed every tax cut since 2010.")


def test_the_top_entity_is_the_full_name_and_the_issue_its_specific_wording(spacy_nlp):
    doc = spacy_nlp(TEXT)
    ents = entity_targets(doc)
    assert ents and ents[0]["target"] == "Maria Lopez" and ents[0]["target_kind"] == "entity"
    assert ents[0]["count"] >= 3
    issue = issue_target(doc)
    assert issue is not None and issue["target_kind"] == "issue" and issue["target"].endswith("tax bill")
    assert [t["target"] for t in article_targets(doc)] == ["Maria Lopez", issue["target"]]


def test_no_target_when_nothing_is_named_often(spacy_nlp):
    doc = spacy_nlp("It rained on Tuesday. The streets were wet.")
    assert entity_targets(doc) == [] and issue_target(doc) is None and article_targets(doc) == []
