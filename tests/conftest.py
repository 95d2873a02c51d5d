import pytest


@pytest.fixture(scope="session")
def nlp():
    from pipeline import load

    return load(quotes="rules")  # the rule stage's behaviour is what these tests pin down


@pytest.fixture(scope="session")
def rules():
    """The pipeline up to speakers (no stance model)."""
    from pipeline import load

    return load(stages=["sentences", "parse", "quotes", "mentions", "speakers"], quotes="rules")


def quotes_of(doc, min_conf=0.5):
    return [q for q in doc.to_dict()["quotes"] if q["confidence"] >= min_conf]
