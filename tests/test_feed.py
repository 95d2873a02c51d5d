"""Feed-level speaker identities (pipeline.feed): each linking pass on hand-built records, the hard
negatives it must keep apart, stable ids, and the summary's counts, buckets and flips."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.feed import article_date, link_feed, person_name, summarize

ROOT = Path(__file__).resolve().parents[1]


def speaker(entity, name, typ, mentions=(), stances=()):
    return {"entity": entity, "name": name, "type": typ,
            "mentions": [{"start": 0, "end": len(m), "text": m} for m in (mentions or [name])],
            "stances": list(stances)}


def quote(qid, entity, name, typ, *, phrase=None, stances=(), text="words"):
    return {"id": qid, "start": 0, "end": len(text), "text": text, "type": "direct", "cue": None,
            "speaker": {"name": name, "type": typ, "entity": entity,
                        "mention": {"start": 0, "end": len(name), "text": name},
                        "phrase": {"start": 0, "end": len(phrase or name), "text": phrase or name},
                        "evidence": "cue-subject", "confidence": 0.9},
            "continues": None, "stances": [{"target": t, "label": lab, "score": 0.9} for t, lab in stances],
            "confidence": 0.95}


def record(doc, speakers, quotes=(), date=None):
    rec = {"id": doc, "sentences": [], "quotes": list(quotes), "speakers": speakers}
    if date:
        rec["meta"] = {"date": date}
    return rec


def same(feed, a, b):
    ia, ib = feed.identity_of(*a), feed.identity_of(*b)
    assert ia is not None and ib is not None
    return ia == ib


# ---- names -------------------------------------------------------------------------------------------
def test_person_name_strips_titles_and_keeps_suffix_middle_and_gender():
    p = person_name("Mr. Donald J. Trump Jr.")
    assert (p.first, p.middles, p.last, p.suffix, p.gender) == ("donald", ("j",), "trump", "jr", "m")
    assert person_name("Mrs Clinton").first is None and person_name("Mrs Clinton").gender == "f"
    assert person_name("Bill Clinton").first == "william"  # nicknames folded
    assert person_name("PCS general secretary Mark Serwotka") is None  # a phrase, not a name
    assert person_name("he") is None


# ---- the passes -----------------------------------------------------------------------------------------
def test_the_seed_union_joins_by_name_and_acronym_across_articles():
    recs = [record("a", [speaker("e1", "Public Commercial Services union", "organization",
                                 ["the Public Commercial Services union", "PCS", "the union"])]),
            record("b", [speaker("e3", "Public and Commercial Services Union", "organization",
                                 ["Public and Commercial Services Union", "The union"])]),
            record("c", [speaker("e2", "PCS", "organization", ["PCS", "The union"])])]
    feed = link_feed(recs)
    assert same(feed, ("a", "e1"), ("b", "e3")) and same(feed, ("a", "e1"), ("c", "e2"))
    ident = feed.identity(feed.identity_of("c", "e2"))
    assert ident.id == "organization:public-and-commercial-services-union" and ident.evidence


def test_an_acronym_joins_the_name_it_stands_for_but_two_derived_initials_do_not():
    recs = [record("a", [speaker("e1", "DWP", "organization", ["DWP"])]),
            record("b", [speaker("e1", "Department for Work and Pensions", "organization")]),
            record("c", [speaker("e1", "Daily Wire Press", "organization")])]  # initials DWP too
    feed = link_feed(recs)
    assert same(feed, ("a", "e1"), ("b", "e1"))
    # "DWP" joins both names it could stand for; the two names never join each other on initials alone ...
    recs2 = [recs[1], recs[2]]
    feed2 = link_feed(recs2)
    assert not same(feed2, ("b", "e1"), ("c", "e1"))


def test_people_with_the_same_full_name_join_and_family_members_stay_apart():
    recs = [record("a", [speaker("e1", "Donald Trump", "person", ["Donald Trump", "Trump", "he"])]),
            record("b", [speaker("e4", "Donald J. Trump", "person", ["Donald J. Trump", "Mr. Trump"])]),
            record("c", [speaker("e2", "Donald Trump Jr.", "person")]),
            record("d", [speaker("e1", "Ivanka Trump", "person")]),
            record("e", [speaker("e1", "Hillary Clinton", "person")]),
            record("f", [speaker("e1", "Bill Clinton", "person")])]
    feed = link_feed(recs)
    assert same(feed, ("a", "e1"), ("b", "e4"))  # the one middle-initial group takes the plain name
    for other in [("c", "e2"), ("d", "e1")]:
        assert not same(feed, ("a", "e1"), other)
    assert not same(feed, ("e", "e1"), ("f", "e1"))
    assert feed.identity_of("c", "e2") == "person:donald-trump-jr"


def test_different_middle_initials_are_different_people_and_a_plain_name_stays_apart_from_both():
    recs = [record("a", [speaker("e1", "George W. Bush", "person")]),
            record("b", [speaker("e1", "George H. W. Bush", "person")]),
            record("c", [speaker("e1", "George Bush", "person")])]
    feed = link_feed(recs)
    assert len({feed.identity_of(d, "e1") for d in "abc"}) == 3


def test_two_smiths_stay_apart_without_evidence_and_join_with_an_affiliation():
    recs = [record("a", [speaker("e1", "John Smith", "person", ["John Smith"])],
                   [quote("q1", "e1", "John Smith", "person", phrase="John Smith, the GMB organiser")]),
            record("b", [speaker("e1", "Smith", "person", ["Mr Smith"])],
                   [quote("q1", "e1", "Smith", "person", phrase="Mr Smith, of the RMT")]),
            record("c", [speaker("e1", "Smith", "person", ["Mr Smith"])],
                   [quote("q1", "e1", "Smith", "person", phrase="Mr Smith, a GMB steward")])]
    feed = link_feed(recs)
    assert not same(feed, ("a", "e1"), ("b", "e1")), "a surname alone is no evidence"
    assert same(feed, ("a", "e1"), ("c", "e1")), "the same union in both phrases is"
    assert not same(feed, ("b", "e1"), ("c", "e1"))


def test_a_gendered_title_must_agree():
    recs = [record("a", [speaker("e1", "Bill Clinton", "person"), speaker("e2", "Barack Obama", "person")]),
            record("b", [speaker("e1", "Clinton", "person", ["Mrs Clinton"]), speaker("e2", "Barack Obama", "person")])]
    feed = link_feed(recs)
    assert same(feed, ("a", "e2"), ("b", "e2"))
    assert not same(feed, ("a", "e1"), ("b", "e1")), "Mrs Clinton is not Bill Clinton, whatever the articles share"


def test_a_surname_joins_through_an_identity_both_articles_quote():
    recs = [record("a", [speaker("e1", "Nick Bird", "person"), speaker("e2", "PCS", "organization")]),
            record("b", [speaker("e1", "Bird", "person", ["Mr Bird"]), speaker("e2", "PCS", "organization")]),
            record("c", [speaker("e1", "Bird", "person", ["Mr Bird"]), speaker("e2", "Unite", "organization")])]
    feed = link_feed(recs)
    assert same(feed, ("a", "e1"), ("b", "e1"))
    assert not same(feed, ("a", "e1"), ("c", "e1"))


def test_roles_join_by_role_and_organisation_and_bare_roles_stay_alone():
    recs = [record("a", [speaker("e1", "Department for Work and Pensions spokesman", "role"),
                         speaker("e2", "Department for Work and Pensions", "organization")]),
            record("b", [speaker("e1", "Department of Work and Pensions spokesman", "role")]),
            record("c", [speaker("e1", "DWP spokeswoman", "role"), speaker("e2", "DWP", "organization")]),
            record("d", [speaker("e1", "White House spokesman", "role")]),
            record("e", [speaker("e1", "spokesman", "role")]),
            record("f", [speaker("e1", "spokesman", "role")])]
    feed = link_feed(recs)
    assert same(feed, ("a", "e1"), ("b", "e1")) and same(feed, ("a", "e1"), ("c", "e1"))
    assert not same(feed, ("a", "e1"), ("d", "e1"))
    assert not same(feed, ("e", "e1"), ("f", "e1")), "'a spokesman' names nobody"
    assert not same(feed, ("a", "e1"), ("a", "e2")), "a role is not its organisation"


def test_a_description_joins_the_one_organisation_of_its_article_with_that_noun():
    recs = [record("a", [speaker("e1", "GMB union", "organization"), speaker("e2", "the union", "organization", ["the union"])]),
            record("b", [speaker("e1", "GMB union", "organization", ["GMB union"])]),
            record("c", [speaker("e1", "the union", "organization", ["the union"])])]
    feed = link_feed(recs)
    assert same(feed, ("a", "e2"), ("b", "e1"))
    assert not same(feed, ("c", "e1"), ("b", "e1")), "no named union in its article: it stays alone"


def test_ids_are_stable_and_distinct():
    recs = [record("a", [speaker("e1", "Mark Serwotka", "person")]),
            record("b", [speaker("e7", "Mark Serwotka", "person")]),
            record("c", [speaker("e1", "George W. Bush", "person")]),
            record("d", [speaker("e1", "George H. W. Bush", "person")])]
    ids = [i.id for i in link_feed(recs).identities]
    assert ids == [i.id for i in link_feed([dict(r) for r in recs]).identities]
    assert len(ids) == len(set(ids)) == 3 and "person:mark-serwotka" in ids


# ---- the summary ----------------------------------------------------------------------------------------
def _agg(target, label, f, a, n):
    return {"target": target, "label": label, "favor": f, "against": a, "neutral": n, "confidence": 0.8,
            "mixed": False, "quotes": {"favor": [], "against": [], "neutral": []}, "why": ""}


def test_summary_counts_by_date_and_finds_the_flip():
    t = "the strike"
    mk = lambda doc, day, lab: record(  # noqa: E731
        doc, [speaker("e1", "Mark Serwotka", "person", stances=[_agg(t, lab, int(lab == "favor"), int(lab == "against"), 0)])],
        [quote("q1", "e1", "Mark Serwotka", "person", stances=[(t, lab)])], date=day)
    recs = [mk("x", "2024-03-02", "against"), mk("y", "Fri, 01 Mar 2024 09:00:00 GMT", "favor"),
            mk("z", "2024-03-09T10:00:00Z", "favor")]
    s = summarize(recs)
    assert s["by"] == "day"
    row = s["targets"][t][0]
    assert row["identity"] == "person:mark-serwotka" and (row["favor"], row["against"]) == (2, 1)
    assert [c["bucket"] for c in row["timeline"]] == ["2024-03-01", "2024-03-02", "2024-03-09"]
    assert row["timeline"][1]["quotes"][0]["doc"] == "x"
    # by date: favor (y, 1 March), against (x, 2 March), favor (z, 9 March): two flips
    assert [(f["doc"], f["from"], f["to"]) for f in row["flips"]] == [("x", "favor", "against"), ("z", "against", "favor")]
    weekly = summarize(recs, by="week")["targets"][t][0]["timeline"]
    assert [c["bucket"] for c in weekly] == ["2024-W09", "2024-W10"]


def test_summary_without_dates_goes_by_input_order():
    recs = [record("a", [speaker("e1", "PCS", "organization")], [quote("q1", "e1", "PCS", "organization", stances=[("t", "favor")])]),
            record("b", [speaker("e1", "PCS", "organization")], [quote("q1", "e1", "PCS", "organization", stances=[("t", "neutral")])])]
    s = summarize(recs)
    assert s["by"] == "article"
    assert [c["bucket"] for c in s["targets"]["t"][0]["timeline"]] == ["#1", "#2"]
    with pytest.raises(ValueError):
        summarize(recs, by="fortnight")


def test_article_date_reads_the_usual_fields_and_ignores_garbage():
    assert article_date({"meta": {"pubDate": "Tue, 10 Jun 2003 04:00:00 GMT"}}) == "2003-06-10"
    assert article_date({"meta": {"published": "2016-09-28"}}) == "2016-09-28"
    assert article_date({"meta": {"date": "yesterday"}}) is None
    assert article_date({"id": "x"}) is None


def test_annotate_puts_the_identity_on_speakers_and_quotes():
    recs = [record("a", [speaker("e1", "Mark Serwotka", "person")], [quote("q1", "e1", "Mark Serwotka", "person")])]
    out = list(link_feed(recs).annotate(json.loads(json.dumps(recs))))
    assert out[0]["speakers"][0]["identity"] == out[0]["quotes"][0]["speaker"]["identity"] == "person:mark-serwotka"


def test_a_lone_word_the_parser_typed_wrongly_is_taken_by_its_name():
    recs = [record("a", [speaker("e1", "Unison", "organization")]),
            record("b", [speaker("e1", "Unison", "person")]),
            record("c", [speaker("e1", "Donald Trump", "person")]),
            record("d", [speaker("e1", "Trump", "organization", ["Trump"])]),
            record("e", [speaker("e1", "Trump", "organization", ["Trump"])]),
            record("f", [speaker("e1", "Trump", "organization", ["Trump"])]),
            record("g", [speaker("e1", "Donald Trump", "person")]),
            record("h", [speaker("e1", "Donald Trump", "person")])]
    feed = link_feed(recs)
    assert same(feed, ("a", "e1"), ("b", "e1"))
    assert feed.identity(feed.identity_of("b", "e1")).type == "organization"
    assert same(feed, ("c", "e1"), ("d", "e1")), "the feed's prominent Trump, quoted in three articles"
    assert feed.identity(feed.identity_of("d", "e1")).type == "person"


def test_the_text_summary_lists_the_most_present_speakers_and_their_counts():
    from pipeline.feed import format_summary

    recs = [record(d, [speaker("e1", "DWP spokeswoman", "role"), speaker("e2", "Mark Serwotka", "person")],
                   [quote("q1", "e1", "DWP spokeswoman", "role", stances=[("t", "against")]),
                    quote("q2", "e2", "Mark Serwotka", "person", stances=[("t", "favor")])]) for d in "abc"]
    s = summarize(recs)
    assert [(i["id"], i["articles"], i["quotes"]) for i in s["identities"]] == [
        ("person:mark-serwotka", 3, 3), ("role:dwp-spokeswoman", 3, 3)]
    text = format_summary(s)
    assert "speakers in the most articles" in text and "role:dwp-spokeswoman" in text and "== t" in text


def test_a_side_held_with_low_confidence_is_no_flip():
    t = "the strike"

    def mk(doc, lab, conf):
        agg = {**_agg(t, lab, int(lab == "favor"), int(lab == "against"), 0), "confidence": conf}
        return record(doc, [speaker("e1", "Mark Serwotka", "person", stances=[agg])],
                      [quote("q1", "e1", "Mark Serwotka", "person", stances=[(t, lab)])])

    assert summarize([mk("a", "favor", 0.9), mk("b", "against", 0.9)])["targets"][t][0]["flips"]
    assert not summarize([mk("a", "favor", 0.9), mk("b", "against", 0.55)])["targets"][t][0]["flips"]
