"""Gold annotations for the three seed articles (../shared/seeds/*.txt).

The text of a seed is the file content, verbatim; ``build_articles.py`` reads it
and fills ``Article.text`` before building. Target for all three seeds: the
industrial action by PCS members. Split "seed": scored on their own.
"""

from goldspec import E, M, Q, Article, upto

TARGETS = ["the industrial action"]

PCS = "Public and Commercial Services Union"
DWP_SPOKESMAN = "Department for Work and Pensions spokesman"

SEEDS = [
    # ------------------------------------------------------------------ 000
    Article(
        id="000_18e75df6beef296e",
        split="seed",
        source="seed",
        locale="uk",
        targets=TARGETS,
        expect_sentences=21,
        entities=[
            E("e1", PCS, "organization"),
            E("e2", "David Seagrave", "person"),
            E("e3", "Nick Bird", "person"),
            E("e4", DWP_SPOKESMAN, "role"),
        ],
        mentions=[
            M("m1", "as ⟦the union⟧ says", "e1"),
            M("m2", "⟦The PCS⟧ also says", "e1"),
            M("m3", "⟦David Seagrave⟧, PCS branch", "e2"),
            M("m4", "⟦Mr Bird⟧ said up to", "e3"),
            M("m5", "⟦He⟧ added:", "e3"),
            M("m6", "A Department for Work and Pensions spokesman", "e4"),
        ],
        quotes=[
            Q(
                "indirect",
                upto("staff are facing stress at work", "need for more staff⟧."),
                cue="the union ⟦says⟧",
                speaker="m1",
                stance="F",
            ),
            Q(
                "indirect",
                upto("staff are forced to end calls", "Pensions's targets⟧."),
                cue="PCS also ⟦says⟧",
                speaker="m2",
                stance="F",
            ),
            Q(
                "direct",
                upto("Members are at the sharp end", "can't keep up."),
                cue="who joined the picket line, ⟦said⟧:",
                speaker="m3",
                stance="F",
            ),
            Q(
                "direct",
                upto("Members are left unable", "time speaking to customers."),
                cue="who joined the picket line, ⟦said⟧:",
                speaker="m3",
                stance="F",
            ),
            Q(
                "direct",
                upto("This is on top of the pay freeze", "members have had to face."),
                cue="who joined the picket line, ⟦said⟧:",
                speaker="m3",
                stance="F",
            ),
            Q(
                "indirect",
                "up to three quarters of the centre's 200 staff took industrial action",
                cue="Mr Bird ⟦said⟧",
                speaker="m4",
                stance="N",
            ),
            Q(
                "direct",
                "The strike is all about work conditions.",
                cue="He ⟦added⟧:",
                speaker="m5",
                stance="F",
            ),
            Q(
                "direct",
                "There is an excessive monitoring of staff by management and no provision"
                " for flexible working.",
                cue="He ⟦added⟧:",
                speaker="m5",
                stance="F",
            ),
            Q(
                "direct",
                "It has caused a lot of stress and sickness among staff. People feel under"
                " real pressure here.",
                cue="He ⟦added⟧:",
                speaker="m5",
                stance="F",
            ),
            Q(
                "direct",
                upto("It is never an easy thing going on strike", "something has to be done."),
                cue="He ⟦added⟧:",
                speaker="m5",
                stance="F",
            ),
            Q(
                "direct",
                upto("We are disappointed that some staff", "resolve issues with unions."),
                cue="spokesman ⟦said⟧:",
                speaker="m6",
                stance="A",
            ),
            Q(
                "direct",
                upto("Jobcentres and benefit payments", "any impact will be limited."),
                cue="spokesman ⟦said⟧:",
                speaker="m6",
                stance="A",
            ),
        ],
    ),
    # ------------------------------------------------------------------ 001
    Article(
        id="001_54a1ddbf89f9dfe4",
        split="seed",
        source="seed",
        locale="uk",
        targets=TARGETS,
        expect_sentences=15,
        entities=[
            E("e1", PCS, "organization"),
            E("e2", "PCS members", "role"),
            E("e3", "Mark Serwotka", "person"),
            E("e4", DWP_SPOKESMAN, "role"),
        ],
        mentions=[
            M("m1", "what ⟦they⟧ called", "e2"),
            M("m2", "⟦The union⟧ said: “Despite", "e1"),
            M("m3", "⟦It⟧ said some flexibility", "e1"),
            M("m4", "⟦The union⟧ said this appeared", "e1"),
            M("m5", "PCS general secretary Mark Serwotka", "e3"),
            M("m6", "A spokesman for the Department of Work and Pensions", "e4"),
        ],
        quotes=[
            # “oppressive” in the first sentence is a scare quote: no gold quote.
            Q("mixed", "draconian conditions", cue="what they ⟦called⟧", speaker="m1", stance="F"),
            Q(
                "direct",
                upto("Despite negotiations", "fully and professionally."),
                cue="The union ⟦said⟧: “Despite",
                speaker="m2",
                stance="F",
            ),
            Q(
                "direct",
                "A shortage of staff is also adding to problems.",
                cue="The union ⟦said⟧: “Despite",
                speaker="m2",
                stance="F",
            ),
            Q(
                "indirect",
                upto("some flexibility to the targets", "might take a bit longer⟧."),
                cue="It ⟦said⟧ some",
                speaker="m3",
                stance="F",
            ),
            Q(
                "indirect",
                upto("this appeared to confirm fears", "with their enquiries properly⟧."),
                cue="The union ⟦said⟧ this",
                speaker="m4",
                stance="F",
            ),
            Q(
                "direct",
                upto("With unemployment remaining high", "advice that people need."),
                cue="Serwotka ⟦said⟧:",
                speaker="m5",
                stance="F",
            ),
            Q(
                "direct",
                upto("These call centres provide", "meet an artificial target."),
                cue="Serwotka ⟦said⟧:",
                speaker="m5",
                stance="F",
            ),
            Q(
                "direct",
                upto("Our members care about the services", "not have to fob them off."),
                cue="Serwotka ⟦said⟧:",
                speaker="m5",
                stance="F",
            ),
            Q(
                "direct",
                upto("We are disappointed that some staff", "which we think is unnecessary."),
                cue="Pensions ⟦said⟧:",
                speaker="m6",
                stance="A",
            ),
            Q(
                "direct",
                "We have gone to great lengths to resolve issues with unions.",
                cue="Pensions ⟦said⟧:",
                speaker="m6",
                stance="A",
            ),
            Q(
                "direct",
                upto("Jobcentres and benefit payments", "any impact will be limited."),
                cue="Pensions ⟦said⟧:",
                speaker="m6",
                stance="A",
            ),
        ],
    ),
    # ------------------------------------------------------------------ 002
    Article(
        id="002_9cd82ec09d7a53b2",
        split="seed",
        source="seed",
        locale="uk",
        targets=TARGETS,
        expect_sentences=17,
        entities=[
            E("e1", PCS, "organization"),
            E("e2", "Mark Serwotka", "person"),
        ],
        mentions=[
            M("m1", "⟦The union⟧ has announced", "e1"),
            M("m2", "PCS general secretary Mark Serwotka", "e2"),
        ],
        quotes=[
            # ‘average call times’ is a scare quote: no gold quote.
            Q(
                "indirect",
                "an indefinite overtime and work to rule from next Thursday",
                cue="has ⟦announced⟧",
                speaker="m1",
                stance="F",
            ),
            Q(
                "indirect",
                "it will ballot for strike action in the event of any compulsory redundancies",
                cue="has ⟦said⟧ it will ballot",
                speaker="m1",
                stance="F",
            ),
            Q(
                "direct",
                upto("In Jobcentre Plus, our members", "callers effectively and efficiently."),
                cue="Serwotka ⟦said⟧:",
                speaker="m2",
                stance="F",
            ),
            Q(
                "direct",
                upto("In the Home Office, it is clear", "allow this to happen."),
                cue="Serwotka ⟦said⟧:",
                speaker="m2",
                stance="F",
            ),
            Q(
                "direct",
                upto("The budget proved that George Osborne", "back to work quicker."),
                cue="Serwotka ⟦said⟧:",
                speaker="m2",
                stance="F",
            ),
        ],
    ),
]
