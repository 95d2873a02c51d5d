"""Tests for pipeline/scoring.py on tiny hand-built documents."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline.scoring import (
    gold_to_prediction,
    match_spans,
    normalize_name,
    parse_brat,
    prf,
    score_document,
    score_documents,
    score_sentences,
    score_stance_labels,
    spans_match,
    token_jaccard,
    trim_span,
)

TEXT = (
    'Jane Smith said: "The plan is a disaster for workers." '
    "The minister replied that the plan was fair. "
    "She added that talks would continue."
)


def _span(sub: str, text: str = TEXT, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def _gold() -> dict:
    s_jane = _span("Jane Smith")
    s_min = _span("The minister")
    s_she = _span("She")
    q1 = _span("The plan is a disaster for workers.")
    q2 = _span("the plan was fair")
    q3 = _span("talks would continue")
    c1, c2, c3 = _span("said"), _span("replied"), _span("added")
    sents = [(0, _span("The minister")[0] - 1), (_span("The minister")[0], _span("She")[0] - 1),
             (_span("She")[0], len(TEXT))]
    return {
        "id": "doc1",
        "split": "test",
        "text": TEXT,
        "targets": ["the plan"],
        "sentences": [list(s) for s in sents],
        "entities": [
            {"id": "e1", "name": "Jane Smith", "type": "person"},
            {"id": "e2", "name": "the minister", "type": "role"},
        ],
        "mentions": [
            {"id": "m1", "start": s_jane[0], "end": s_jane[1], "text": "Jane Smith", "entity": "e1"},
            {"id": "m2", "start": s_min[0], "end": s_min[1], "text": "The minister", "entity": "e2"},
            {"id": "m3", "start": s_she[0], "end": s_she[1], "text": "She", "entity": "e2"},
        ],
        "quotes": [
            {"id": "q1", "start": q1[0], "end": q1[1], "text": TEXT[q1[0]:q1[1]], "kind": "direct",
             "cue": {"start": c1[0], "end": c1[1], "text": "said"}, "speaker": "m1", "entity": "e1",
             "stances": [{"target": "the plan", "label": "against"}]},
            {"id": "q2", "start": q2[0], "end": q2[1], "text": TEXT[q2[0]:q2[1]], "kind": "indirect",
             "cue": {"start": c2[0], "end": c2[1], "text": "replied"}, "speaker": "m2", "entity": "e2",
             "stances": [{"target": "the plan", "label": "favor"}]},
            {"id": "q3", "start": q3[0], "end": q3[1], "text": TEXT[q3[0]:q3[1]], "kind": "indirect",
             "cue": {"start": c3[0], "end": c3[1], "text": "added"}, "speaker": "m3", "entity": "e2",
             "stances": [{"target": "the plan", "label": "neutral"}]},
        ],
    }


# ---------------------------------------------------------------- span helpers


def test_token_jaccard_counts_token_positions():
    a, b = _span("Jane Smith said"), _span("Jane Smith")
    assert token_jaccard(TEXT, a, b) == pytest.approx(2 / 3)
    assert token_jaccard(TEXT, a, a) == 1.0
    assert token_jaccard(TEXT, a, _span("talks")) == 0.0


def test_spans_match_exact_vs_overlap():
    a, b = _span("the plan was fair"), _span("that the plan was fair")
    assert spans_match(TEXT, a, b, mode="overlap")
    assert not spans_match(TEXT, a, b, mode="exact")
    assert not spans_match(TEXT, a, b, mode="overlap", threshold=0.9)


def test_trim_span_removes_quote_marks_and_edge_punctuation():
    s = _span('"The plan is a disaster for workers."')
    assert TEXT[slice(*trim_span(TEXT, *s))] == "The plan is a disaster for workers"


def test_prf_values_and_undefined():
    assert prf(2, 4, 2) == {"p": 0.5, "r": 1.0, "f": pytest.approx(2 / 3), "tp": 2, "n_pred": 4, "n_gold": 2}
    empty = prf(0, 0, 0)
    assert empty["p"] is None and empty["r"] is None and empty["f"] is None
    assert prf(0, 3, 0)["f"] == 0.0


def test_match_spans_is_one_to_one_best_first():
    gold = [_span("the plan was fair"), _span("talks would continue")]
    pred = [_span("that the plan was fair"), _span("the plan was fair"), _span("talks would continue.")]
    m = match_spans(TEXT, pred, gold, mode="overlap")
    assert sorted((i, j) for i, j, _ in m) == [(1, 0), (2, 1)]
    assert match_spans(TEXT, pred, gold, mode="exact") == [(1, 0, 1.0)]


def test_sentence_scores_ignore_whitespace():
    text = "One. Two.  Three."
    gold = [(0, 4), (5, 9), (11, 17)]
    pred = [(0, 5), (5, 11), (11, 17)]  # trailing spaces included
    s = score_sentences(text, pred, gold)
    assert s["sents_f"] == 1.0 and s["sents_exact_f"] == 1.0
    s2 = score_sentences(text, [(0, 9), (11, 17)], gold)
    assert s2["sents_p"] == 1.0 and s2["sents_r"] == pytest.approx(2 / 3)


def test_normalize_name():
    assert normalize_name("Mr. Nick Bird") == normalize_name("nick bird")
    assert normalize_name("The PCS") == "pcs"


# ---------------------------------------------------------------- documents


def test_perfect_prediction_scores_one():
    gold = _gold()
    res = score_document(gold, gold_to_prediction(gold))
    for key in ("sents_f", "quotes_exact_f", "quotes_overlap_f", "quotes_direct_overlap_f",
                "quotes_indirect_exact_f", "cue_f", "cue_all_f", "speaker_mention_acc",
                "speaker_mention_exact_acc", "speaker_entity_acc", "attribution_f",
                "attribution_mention_f", "attribution_strict_f", "stance_macro_f", "stance_acc",
                "quotes_kind_acc"):
        assert res[key] == 1.0, key
    assert res["quotes_mixed_exact_f"] is None  # no mixed quotes on either side
    assert res["errors"] == []


def test_gold_shaped_prediction_is_accepted():
    gold = _gold()
    assert score_document(gold, copy.deepcopy(gold))["attribution_f"] == 1.0


def test_missed_quote_lowers_recall_only():
    gold = _gold()
    pred = gold_to_prediction(gold)
    del pred["quotes"][2]
    res = score_document(gold, pred)
    assert res["quotes_exact_p"] == 1.0
    assert res["quotes_exact_r"] == pytest.approx(2 / 3)
    assert res["quotes_indirect_exact_r"] == 0.5
    assert res["quotes_indirect_exact_p"] == 1.0
    assert [e["type"] for e in res["errors"]] == ["missed_quote"]


def test_low_confidence_quotes_are_dropped():
    gold = _gold()
    pred = gold_to_prediction(gold)
    pred["quotes"][0]["confidence"] = 0.2
    assert score_document(gold, pred)["quotes_overlap_r"] == pytest.approx(2 / 3)
    assert score_document(gold, pred, min_confidence=0.1)["quotes_overlap_r"] == 1.0


def test_overlapping_span_counts_in_overlap_mode_only():
    gold = _gold()
    pred = gold_to_prediction(gold)
    s, e = _span("that the plan was fair")
    pred["quotes"][1].update(start=s, end=e, text=TEXT[s:e])
    res = score_document(gold, pred)
    assert res["quotes_overlap_f"] == 1.0
    assert res["quotes_exact_f"] == pytest.approx(2 / 3)
    assert res["attribution_f"] == 1.0
    assert res["attribution_strict_f"] == pytest.approx(2 / 3)
    assert "quote_boundary" in {e["type"] for e in res["errors"]}


def test_quote_marks_do_not_break_exact_match():
    gold = _gold()
    pred = gold_to_prediction(gold)
    s, e = _span('"The plan is a disaster for workers."')
    pred["quotes"][0].update(start=s, end=e)
    assert score_document(gold, pred)["quotes_exact_f"] == 1.0


def test_wrong_speaker_lowers_attribution_not_quote_f():
    gold = _gold()
    pred = gold_to_prediction(gold)
    m = {"start": _span("Jane Smith")[0], "end": _span("Jane Smith")[1], "text": "Jane Smith"}
    pred["quotes"][1]["speaker"] = {"name": "Jane Smith", "type": "person", "entity": "e1", "mention": m}
    res = score_document(gold, pred)
    assert res["quotes_exact_f"] == 1.0
    assert res["speaker_entity_acc"] == pytest.approx(2 / 3)
    assert res["speaker_mention_acc"] == pytest.approx(2 / 3)
    assert res["attribution_p"] == pytest.approx(2 / 3)
    assert res["attribution_r"] == pytest.approx(2 / 3)
    wrong = [e for e in res["errors"] if e["type"] == "wrong_speaker"]
    assert len(wrong) == 1 and wrong[0]["gold"]["name"] == "the minister"


def test_coreferent_mention_is_right_at_entity_level_only():
    gold = _gold()
    pred = gold_to_prediction(gold)
    # q3 gold speaker mention is "She"; predict "The minister" (same entity e2)
    s, e = _span("The minister")
    pred["quotes"][2]["speaker"]["mention"] = {"start": s, "end": e, "text": "The minister"}
    res = score_document(gold, pred)
    assert res["speaker_entity_acc"] == 1.0
    assert res["speaker_mention_acc"] == pytest.approx(2 / 3)
    assert res["attribution_f"] == 1.0
    assert res["attribution_mention_f"] == pytest.approx(2 / 3)


def test_name_match_is_enough_at_entity_level():
    gold = _gold()
    pred = gold_to_prediction(gold)
    pred["speakers"] = []
    pred["quotes"][0]["speaker"] = {"name": "Ms Jane Smith", "type": "person", "entity": None, "mention": None}
    res = score_document(gold, pred)
    assert res["speaker_entity_acc"] == 1.0
    assert res["speaker_mention_acc"] == pytest.approx(2 / 3)


def test_wrong_cue_is_reported():
    gold = _gold()
    pred = gold_to_prediction(gold)
    pred["quotes"][0]["cue"] = None
    res = score_document(gold, pred)
    assert res["cue_p"] == 1.0 and res["cue_r"] == pytest.approx(2 / 3)
    assert [e["type"] for e in res["errors"]] == ["wrong_cue"]


def test_missing_prediction_document_scores_zero_recall():
    res = score_documents([_gold()], [])
    assert res["quotes_overlap_r"] == 0.0
    assert res["errors"][0]["type"] == "missing_document"


# ---------------------------------------------------------------- stance


def test_stance_macro_f1_and_confusion_by_hand():
    gold = ["favor", "favor", "against", "against", "neutral", "neutral"]
    pred = ["favor", "against", "against", "against", "favor", "neutral"]
    res = score_stance_labels(gold, pred)
    # favor: tp1 p1/2 r1/2 f.5 ; against: tp2 p2/3 r1 f.8 ; neutral: tp1 p1 r1/2 f2/3
    assert res["stance_favor_f"] == pytest.approx(0.5)
    assert res["stance_against_f"] == pytest.approx(0.8)
    assert res["stance_neutral_f"] == pytest.approx(2 / 3)
    assert res["stance_macro_f"] == pytest.approx((0.5 + 0.8 + 2 / 3) / 3)
    assert res["stance_acc"] == pytest.approx(4 / 6)
    assert res["stance_confusion"] == {
        "labels": ["favor", "against", "neutral"],
        "matrix": [[1, 1, 0], [0, 2, 0], [1, 0, 1]],
    }


def test_stance_on_documents_missing_counts_as_neutral():
    gold = _gold()
    pred = gold_to_prediction(gold)
    pred["quotes"][0]["stances"] = []  # gold against -> predicted neutral
    pred["quotes"][1]["stances"][0]["label"] = "against"  # gold favor
    res = score_document(gold, pred)
    assert res["stance_missing"] == 1
    assert res["stance_acc"] == pytest.approx(1 / 3)
    assert res["stance_confusion"]["matrix"] == [[0, 1, 0], [0, 0, 1], [0, 0, 1]]


# ---------------------------------------------------------------- brat


ANN = (
    "T1\tSource 0 10\tJane Smith\n"
    "T2\tCue 11 15\tsaid\n"
    "T3\tContent 17 30;45 60\tfirst part second part\n"
    "T4\tAttribution 11 15\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tDiscuss 0 4\tJane\n"
    "T6\tCue 70 75\tadded\n"
    "T7\tContent 76 90\tmore words here\n"
    "T8\tAttribution-no-source 70 75\tadded\n"
    "E2\tAttribution-no-source:T8 Content:T7 Cue:T6\n"
    "#1\tAnnotatorNotes T3\tA note that\ncontinues on a second line\n"
)


def test_parse_brat_discontinuous_and_ignored_types():
    parsed = parse_brat(ANN)
    spans, rels = parsed["spans"], parsed["relations"]
    assert spans["T3"]["fragments"] == [(17, 30), (45, 60)]
    assert spans["T1"] == {"id": "T1", "type": "Source", "fragments": [(0, 10)], "text": "Jane Smith"}
    assert "T5" not in spans  # Discuss ignored
    assert rels[0] == {"id": "E1", "type": "Attribution",
                       "args": {"Attribution": ["T4"], "Content": ["T3"], "Cue": ["T2"], "Source": ["T1"]}}
    assert rels[1]["type"] == "Attribution-no-source" and "Source" not in rels[1]["args"]


def test_polnear_article_from_ann_string():
    from pipeline.training import polnear

    text = "x" * 100
    art = polnear.article_from_ann("a1", text, ANN)
    assert len(art["attributions"]) == 2
    a1 = art["attributions"][0]
    assert a1["content"] == [(17, 30), (45, 60)]
    assert a1["source"] == [(0, 10)] and a1["cue"] == [(11, 15)]
    assert art["attributions"][1]["source"] is None


# ---------------------------------------------------------------- real gold, when present


def _annotation_docs() -> list[dict]:
    root = Path(__file__).resolve().parents[1] / "annotations"
    docs = []
    for p in sorted(root.glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.append(json.loads(line))
    return docs


def test_gold_annotations_score_one_against_themselves():
    docs = _annotation_docs()
    if not docs:
        pytest.skip("no annotations/*.jsonl yet")
    res = score_documents(docs, [gold_to_prediction(d) for d in docs])
    assert res["errors"] == []
    for key in ("quotes_exact_f", "quotes_overlap_f", "attribution_f", "attribution_strict_f",
                "speaker_entity_acc", "speaker_mention_exact_acc"):
        assert res[key] in (1.0, None), key


def test_polnear_discontinuous_content_matching_and_kind():
    from pipeline import scoring as scorer
    from pipeline.training import polnear

    text = "“We will win,” she said, “and soon.” Others disagreed."
    frags = [(0, 14), (25, 36)]
    assert polnear.quote_kind(text, frags) == "direct"
    assert polnear.quote_kind(text, [(37, 53)]) == "indirect"
    # a prediction of one fragment (without quote marks) matches by overlap, and exactly after trimming
    one = (1, 12)  # We will win
    trimmed = [polnear._trim(text, f) for f in frags]
    assert scorer.frag_exact(polnear._trim(text, one), trimmed)
    assert scorer.frag_overlap(text, one, trimmed) == 1.0
    # the full extent matches exactly; a span over both fragments overlaps the union
    full = (trimmed[0][0], trimmed[1][1])
    assert scorer.frag_exact(full, trimmed)
    assert scorer.frag_overlap(text, (0, 36), trimmed) >= 0.5
    assert polnear.source_kind("she") == "pronoun"
    assert polnear.source_kind("the influential US daily") == "description"
    assert polnear.source_kind("Washington Post") == "name"


def test_polnear_split_quote_around_its_cue_is_one_relation_and_others_stay_apart():
    from pipeline.training import polnear as scorer

    text = "“We will win,” she said, “and soon.”\n“Never,” he said.\n“Next,” he said on Friday."
    cue1, cue2 = (15, 18), (46, 50)

    def rel(start, end, cue, mention, kind="direct"):
        return {"content": (start, end), "cue": cue, "mention": mention, "phrase": mention,
                "entity_mentions": [mention], "kind": kind}

    rels = [rel(1, 12, cue1, (15, 18)), rel(26, 34, cue1, (15, 18)),   # split around "she said"
            rel(38, 43, cue2, (46, 48)),                                 # its own line
            rel(56, 60, cue2, (46, 48))]                                 # same cue, next line: apart
    merged = scorer.merge_split_quotes(rels, text)
    assert [r["content"] for r in merged] == [(1, 34), (38, 43), (56, 60)]
    assert rels[0]["content"] == (1, 12)  # inputs untouched
    # indirect speech sharing a cue is never joined
    ind = [rel(1, 12, cue1, (15, 18), "indirect"), rel(26, 34, cue1, (15, 18), "indirect")]
    assert len(scorer.merge_split_quotes(ind, text)) == 2


def test_polnear_speaker_kinds():
    from pipeline.training.polnear import speaker_kind

    assert speaker_kind("Hillary Clinton") == "name"
    assert speaker_kind("Mr. Trump") == "title"
    assert speaker_kind("he") == "pronoun"
    assert speaker_kind("a spokesman for the campaign") == "role"
    assert speaker_kind("the lawsuit") == "document"
    assert speaker_kind("House Democrats") == "group"
    assert speaker_kind(None) == "none"


def test_stance_eval_models_name_one_or_several_candidates():
    from pipeline.evaluation.stance_realnews import default_models

    assert default_models() == {"release": {}}
    assert default_models("/m/a") == {"release": {}, "candidate": {"model_path": "/m/a"}}
    assert default_models(["/m/a"]) == {"release": {}, "candidate": {"model_path": "/m/a"}}
    assert list(default_models(["/m/a", "/x/b"])) == ["release", "candidate:a", "candidate:b"]
