"""The stance model's context: the speaker's introduction and, for a model trained with it, the
target's sentence, in article order."""


def test_target_sentence_and_context_in_article_order():
    from pipeline.stages.stance import context_text, target_sentence

    text = "The strike began on Monday. Ann Lee leads the union. Talks failed. “We go on,” she said."
    sents = [(0, 27), (28, 52), (53, 66), (67, len(text))]
    assert target_sentence(text, sents, "the strike", 67) == (0, 27)
    assert target_sentence(text, sents, "the pay offer", 67) is None
    unit, focus = context_text(text, (67, len(text)), (68, 77), (28, 52), (0, 27))
    assert unit.startswith("The strike began on Monday. Ann Lee leads the union. “We go on,”")
    assert unit[focus[0]:focus[1]] == "We go on,"
    # the same sentence as both speaker introduction and target sentence comes once
    unit2, _ = context_text(text, (67, len(text)), (68, 77), (0, 27), (0, 27))
    assert unit2.count("The strike began") == 1
