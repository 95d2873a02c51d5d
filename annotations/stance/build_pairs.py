#!/usr/bin/env python3
"""Build the sayso stance-attribution pairs (annotations/stance/pairs.jsonl).

Stdlib only.  All text below was written by the sayso team for this data set;
every person, most organisations and all quotes are fictional.  No sentence is
taken from the evaluation seed articles (run with ``--seeds DIR`` to check for
8-word overlaps).

Data layout
-----------
``TOPICS`` is a list of topic groups.  Each group has
  * ``slug``    - the topic id (also the unit of the train/dev/test split),
  * ``split``   - fixed split assignment (see SPLIT_ASSIGNMENT below),
  * ``register``- "UK" or "US" (spelling / news style),
  * ``domain``  - coarse area (labour, health, housing, ...),
  * ``lead``    - a short news paragraph setting the scene,
  * ``items``   - quotes.  Each item is built with ``q(speaker, speaker_type,
                  quote_kind, passage, labels)``.

In ``passage`` the quoted content is marked with double square brackets:
``Jo Bloggs said: “[[We will not accept this.]]”``.  The builder removes the
brackets; the text between them becomes the ``quote`` field, and
``context`` = lead + " " + cleaned passage, so the quote always occurs
verbatim in the context.  ``labels`` maps each target string to
"favor" / "against" / "neutral"; one item can therefore yield several pairs
(the same quote can be favor for one target and against for another).

Quote kinds: direct = the passage quotes the speaker's own words between
quote marks (the quote field excludes the marks); indirect = reported speech
with no quote marks; mixed = reported speech containing a quoted fragment
(the quote field keeps the inner quote marks).

Usage:  python3 build_pairs.py [--out PATH] [--seeds DIR]
"""

import argparse
import collections
import json
import os
import re
import sys

F, A, N = "favor", "against", "neutral"
P, O, R = "person", "organization", "role"
DIR, IND, MIX = "direct", "indirect", "mixed"

# Fixed split assignment by topic (not random).  Chosen by hand so that each
# split covers labour disputes (with varied target wordings such as "the
# strike", "the walkout", "the pay offer"), public policy, elections and
# business, in both UK and US register.  Every topic not listed under dev or
# test is train.
SPLIT_ASSIGNMENT = {
    "test": [
        "nurses-pay-offer", "bin-workers-walkout", "us-teachers-strike",
        "ae-downgrade", "scotland-rent-cap", "thornby-wind-farm",
        "asylum-barge", "live-facial-recognition", "school-phone-ban",
        "football-regulator", "metro-mayor-race", "congestion-pricing",
        "supermarket-merger",
    ],
    "dev": [
        "postal-work-to-rule", "hotel-workers-strike", "assisted-dying-bill",
        "brookfield-zoning", "windfall-tax", "e-scooter-ban",
        "protest-sentence-appeal", "library-closures",
        "seventh-district-primary",
    ],
}

TOPICS = []


def q(speaker, speaker_type, quote_kind, passage, labels):
    return {"speaker": speaker, "speaker_type": speaker_type,
            "quote_kind": quote_kind, "passage": passage, "labels": labels}


def topic(slug, register, domain, lead, items):
    TOPICS.append({"slug": slug, "register": register, "domain": domain,
                   "lead": lead, "items": items})


def extend(slug, items):
    """Append items to an existing topic (second annotation pass)."""
    for t in TOPICS:
        if t["slug"] == slug:
            t["items"].extend(items)
            return
    raise KeyError(slug)


# ---------------------------------------------------------------------------
# LABOUR DISPUTES
# ---------------------------------------------------------------------------

topic("hmrc-helpline-strike", "UK", "labour",
      "Staff at HM Revenue and Customs helpline centres in Bootle and Cardiff "
      "walked out on Monday in a row over call-handling targets and staffing, "
      "the first of three planned days of action by the Civil and Public "
      "Workers' Union (CPWU).",
      [
          q("Gareth Price", P, DIR,
            "Gareth Price, the CPWU branch organiser in Cardiff, said on the picket line: “[[People ring us in tears because they can't pay a tax bill, and we're timed to the second while we talk to them. Nobody gives up a day's pay lightly, but we've run out of other options.]]”",
            {"the strike": F, "the call-handling targets": A}),
          q("HMRC spokesperson", R, DIR,
            "An HMRC spokesperson said: “[[We regret that a minority of staff have chosen to walk out at one of the busiest times of the year. Contingency plans are in place and most of our helplines are open as normal.]]”",
            {"the walkout": A}),
          q("CPWU", O, IND,
            "The union said [[around 1,400 members were expected to take part across the two sites, with picket lines from 7am]].",
            {"the strike": N}),
          q("Tessa Morgan", P, DIR,
            "Tessa Morgan, a self-employed plumber from Caerphilly who had been trying to reach the helpline about a late filing penalty, said: “[[I've been on hold for an hour already, and now this. I'm sure they've got their reasons, but it's people like me who end up paying for it.]]”",
            {"the strike": A}),
          q("Alan Whitcombe", P, MIX,
            "Treasury minister Alan Whitcombe said [[the department had already recruited 2,000 extra advisers and that the industrial action was “wholly unnecessary”]].",
            {"the industrial action": A, "the call-handling targets": N}),
          q("Sian Edwards", P, DIR,
            "Sian Edwards of Wales TUC, who joined the picket in Cardiff, said: “[[Ministers love to thank public servants during a crisis. It's a shame the gratitude never seems to make it onto a payslip or a rota.]]”",
            {"the strike": F}),
          q("helpline adviser", R, DIR,
            "One adviser, who asked not to be named, crossed the picket line but said: “[[I'm not striking, because I can't afford to lose the money this month. But I agree with every word the union says about the targets.]]”",
            {"the strike": F, "the call-handling targets": A}),
          q("Acas", O, IND,
            "The conciliation service Acas said [[it had been in contact with both sides and was ready to host further talks]].",
            {"the strike": N, "the call-handling targets": N}),
      ])

topic("pennine-rail-walkout", "UK", "labour",
      "Train drivers at Pennine Express will stage a 48-hour walkout from "
      "Friday after talks over rest-day working and a new rostering system "
      "broke down, the Associated Train Drivers' Union (ATDU) announced.",
      [
          q("Colin Hart", P, DIR,
            "ATDU general secretary Colin Hart said: “[[Our members have been working their rest days for two years to keep this railway running. The company's answer is a roster designed by a spreadsheet, and drivers have said enough.]]”",
            {"the walkout": F, "the new rostering system": A, "Pennine Express": A}),
          q("Pennine Express spokeswoman", R, DIR,
            "A Pennine Express spokeswoman said: “[[We have put forward a fair proposal that protects drivers' earnings and gives passengers a more reliable timetable. It is disappointing that the union has walked away from the table.]]”",
            {"the walkout": A, "the new rostering system": F}),
          q("Ruth Abbott", P, DIR,
            "Ruth Abbott, who chairs the Northern Rail Users' Forum, said: “[[We're telling passengers to check before they travel. Only around one in five services is expected to run on Friday and Saturday.]]”",
            {"the walkout": N, "Pennine Express": N}),
          q("Pennine Express", O, IND,
            "The company said [[it would run a reduced timetable on its main routes between 7am and 7pm on both days]].",
            {"the walkout": N, "the new rostering system": N}),
          q("Imran Siddiqui", P, DIR,
            "Imran Siddiqui, a driver based at Huddersfield for 14 years, said: “[[I love this job. What I don't love is being told on a Thursday that I'm working Sunday, and that's exactly what this roster does.]]”",
            {"the new rostering system": A, "the walkout": F}),
          q("Karen Doyle", P, MIX,
            "Karen Doyle, the MP for Calder West, said [[the walkout was “the last thing commuters need” but that management had “let this drift for months”]].",
            {"the walkout": A, "Pennine Express": A}),
          q("Chris Lund", P, DIR,
            "Chris Lund of the West Yorkshire Chamber of Commerce said: “[[Every strike day costs the region's hospitality trade millions. We'd urge the union to put the company's latest offer to its members.]]”",
            {"the walkout": A, "the company's offer": F}),
      ])

topic("nurses-pay-offer", "UK", "labour",
      "Nurses across Wales have until the end of the month to vote on a 4.5% "
      "pay offer from the Welsh Government, after months of talks that twice "
      "stalled. The Nursing and Midwifery Staff Union (NMSU) has warned that "
      "members will be asked to vote on walkouts if the offer is turned down.",
      [
          q("Bethan Lloyd", P, DIR,
            "Bethan Lloyd, director of NMSU Wales, said: “[[We are putting the offer to members with no recommendation either way. It is their decision, and we will respect it.]]”",
            {"the pay offer": N, "strike action": N}),
          q("Dafydd Rees", P, DIR,
            "Health secretary Dafydd Rees said: “[[This is the best offer made to nurses in any of the four nations this year, and it is fully funded. I would urge every nurse to look at it carefully.]]”",
            {"the pay offer": F}),
          q("Ceri James", P, DIR,
            "Ceri James, a staff nurse at a hospital in Swansea, said: “[[Four and a half per cent. After the last three years, that's not an offer, that's a rounding error.]]”",
            {"the pay offer": A, "the 4.5% offer": A}),
          q("ward sister", R, DIR,
            "A ward sister at a Cardiff hospital, who did not want to be named, said: “[[Nobody on my ward wants to strike. But if this really is the best they can do, I can't see how we avoid it.]]”",
            {"strike action": F, "the pay offer": A}),
          q("Voice Cymru", O, IND,
            "The patients' watchdog Voice Cymru said [[it would monitor the effect of any industrial action on waiting times and had asked health boards to publish their contingency plans]].",
            {"strike action": N}),
          q("Tom Pryce", P, MIX,
            "Conservative health spokesman Tom Pryce said [[the offer was “too little, too late” and that ministers had “brought this on themselves”]].",
            {"the pay offer": A, "the Welsh Government": A}),
          q("Huw Morgan", P, DIR,
            "Huw Morgan, chief executive of the Glamorgan Valleys health board, said: “[[Whatever the outcome of the ballot, our priority is keeping patients safe, and we are already planning for every scenario.]]”",
            {"strike action": N, "the pay offer": N}),
          q("Leah Davies", P, DIR,
            "Leah Davies, who qualified as a nurse last summer, said: “[[Honestly? I'll take it. I've got rent due, and another six months of arguing won't pay that.]]”",
            {"the pay offer": F, "strike action": A}),
      ])

topic("university-marking-boycott", "UK", "labour",
      "Lecturers at eleven universities have begun a marking and assessment "
      "boycott in a dispute over pension changes and pay, leaving thousands "
      "of final-year students unsure whether they will graduate on time.",
      [
          q("Alison Grey", P, DIR,
            "Dr Alison Grey, president of the University Staff Union branch at Northfield, said: “[[Nobody went into teaching to withhold marks from students they care about. We are doing this because the employers have ignored every other form of protest for two years.]]”",
            {"the marking boycott": F, "the employers": A}),
          q("Universities Employers' Council", O, MIX,
            "The Universities Employers' Council said [[the boycott was causing “avoidable distress” to students and that staff taking part would have up to half of their pay deducted]].",
            {"the marking boycott": A}),
          q("Josh Kendall", P, DIR,
            "Student union president Josh Kendall said: “[[We stand with our lecturers. Their working conditions are our learning conditions, and the vice-chancellors could end this tomorrow if they wanted to.]]”",
            {"the marking boycott": F, "the vice-chancellors": A}),
          q("Maya Okafor", P, DIR,
            "Maya Okafor, a final-year history student, said: “[[I backed the strikes last year. This is different: holding back our degrees punishes students, not vice-chancellors.]]”",
            {"the marking boycott": A}),
          q("University of Northfield spokesman", R, IND,
            "A spokesman for the University of Northfield said [[95% of modules had been marked in full and that the university expected most students to graduate as planned]].",
            {"the marking boycott": N, "the pension changes": N}),
          q("Hugh Barrett", P, DIR,
            "Pensions analyst Hugh Barrett said: “[[On the numbers alone, the scheme's funding position has improved sharply since the cuts were made, which makes the employers' case much harder to sustain.]]”",
            {"the pension changes": A, "the marking boycott": N}),
          q("Sir Peter Lomax", P, DIR,
            "Northfield's vice-chancellor, Sir Peter Lomax, said: “[[I have enormous respect for our staff. But I cannot agree a settlement that would put the long-term future of the pension scheme at risk.]]”",
            {"the marking boycott": A, "the pension changes": F}),
      ])

topic("halvorsen-auto-strike", "US", "labour",
      "More than 9,000 workers at three Halvorsen Motors assembly plants in "
      "Michigan and Ohio walked off the job at midnight after the United "
      "Assembly Workers union and the company failed to reach a new contract.",
      [
          q("Ray Delgado", P, DIR,
            "“[[This company made record profits three years running. Our members made those profits, and they're not going back in until they get their fair share,]]” union president Ray Delgado told reporters outside the Toledo plant.",
            {"the strike": F, "Halvorsen Motors": A}),
          q("Linda Marsh", P, DIR,
            "Halvorsen CEO Linda Marsh said in a statement: “[[We have put a historic offer on the table: a 20 percent raise over four years and the return of cost-of-living adjustments. A strike helps no one.]]”",
            {"the strike": A, "the company's offer": F}),
          q("Tanya Brooks", P, DIR,
            "Tanya Brooks, a line worker at the Toledo plant for 17 years, laughed when asked about the proposal. “[[A historic offer? I've heard that one before. Historic for who?]]” she said.",
            {"the company's offer": A}),
          q("Paul Chen", P, IND,
            "Labor economist Paul Chen of Great Lakes State University said [[a strike lasting more than two weeks could cost the regional economy about $1 billion]].",
            {"the strike": N, "Halvorsen Motors": N}),
          q("Mike Sorensen", P, DIR,
            "Ohio Gov. Mike Sorensen said Tuesday: “[[I'm not going to pick sides in a private negotiation. I'd just say to both parties: Ohio families need these plants running, so get it done.]]”",
            {"the strike": N, "Halvorsen Motors": N}),
          q("Dave Kowalski", P, DIR,
            "Dave Kowalski, who owns a parts supplier in Dayton, said: “[[I've already sent forty people home. I get why they're out there, but every day this goes on, it's my guys who pay.]]”",
            {"the strike": A}),
          q("Maria Alvarez", P, MIX,
            "Sen. Maria Alvarez said [[workers were “asking for nothing more than what they gave up in 2009” and urged the company to “come back with a serious offer”]].",
            {"the strike": F, "the company's offer": A}),
      ])

topic("bin-workers-walkout", "UK", "labour",
      "Bin collections across Eastmoor have been suspended after around 200 "
      "refuse workers began an all-out walkout over the borough council's "
      "decision to scrap a £2,000-a-year allowance paid to lorry drivers.",
      [
          q("Dean Fletcher", P, DIR,
            "Dean Fletcher, regional officer for the Unified Workers' Union, said: “[[Drivers are being asked to take a pay cut of up to £2,000 so the council can balance its books. Our members did not cause the council's financial mess and they will not pay for it.]]”",
            {"the walkout": F, "the council": A, "scrapping the allowance": A, "the bin strike": F}),
          q("Sarah Quinn", P, DIR,
            "Council leader Sarah Quinn said: “[[We value our refuse teams enormously, and we have offered two years of protected pay. But we cannot have people doing the same job on different rates, and we cannot ignore equal pay law.]]”",
            {"scrapping the allowance": F, "the walkout": A, "the bin strike": A}),
          q("Pauline Mitchell", P, DIR,
            "Pauline Mitchell, 71, whose street has not had a collection for three weeks, said: “[[The rats are back and the bags are piled up to the window. I don't care who's right any more, I just want it sorted.]]”",
            {"the walkout": N, "the council": N}),
          q("Eastmoor Borough Council", O, IND,
            "The council said [[it had set up 14 temporary drop-off points and that collections of clinical waste would continue]].",
            {"the walkout": N, "scrapping the allowance": N}),
          q("Jim Hadley", P, DIR,
            "Liberal Democrat councillor Jim Hadley said: “[[The leader tells us she values the bin crews. Funny way of showing it.]]”",
            {"the council": A, "scrapping the allowance": A}),
          q("refuse driver", R, DIR,
            "A refuse driver with 22 years' service, who asked not to be named, said: “[[We didn't want to walk out. We were told take the cut or leave, so we left the depot.]]”",
            {"the walkout": F, "scrapping the allowance": A}),
      ])

topic("us-teachers-strike", "US", "labour",
      "Teachers in the Oakmont Unified School District went on strike Monday, "
      "closing 64 schools for about 38,000 students, after months of "
      "negotiations over pay, class sizes and support staff.",
      [
          q("Keisha Grant", P, DIR,
            "“[[We have classrooms with 38 kids and one counselor for 700 students. This strike is about what our students deserve, and the board has had eight months to listen,]]” said Keisha Grant, president of the Oakmont Education Association.",
            {"the strike": F, "the school board": A}),
          q("Mark Feld", P, DIR,
            "Superintendent Mark Feld said: “[[Our last offer included a 9 percent raise over two years. Unfortunately, the union chose to strike rather than keep bargaining.]]”",
            {"the strike": A, "the district's offer": F}),
          q("Ana Ruiz", P, DIR,
            "Ana Ruiz, a mother of two who joined teachers on the picket line, said: “[[It's hard, I had to take the week off work. But I'd rather my kids miss a week than sit in a class of 40 all year.]]”",
            {"the strike": F}),
          q("Greg Olsen", P, DIR,
            "School board member Greg Olsen said: “[[I voted for that offer, and I'd vote for it again. It's the most the district can pay without layoffs next year.]]”",
            {"the district's offer": F}),
          q("Carla Diaz", P, IND,
            "District spokeswoman Carla Diaz said [[schools would stay open for free meal pickup from 9 a.m. to noon each day of the strike]].",
            {"the strike": N, "the district's offer": N}),
          q("Brian Cho", P, DIR,
            "Eighth-grade science teacher Brian Cho said: “[[A 9 percent raise sounds great until you read the fine print: higher health premiums eat almost half of it.]]”",
            {"the district's offer": A}),
          q("Linda Park", P, IND,
            "Mayor Linda Park said [[she had spoken to both sides on Sunday night and offered City Hall as a venue for talks]].",
            {"the strike": N, "the school board": N}),
      ])

topic("airport-baggage-handlers", "UK", "labour",
      "Baggage handlers and check-in staff employed by ground services firm "
      "SkyServe at Northgate Airport will begin an overtime ban and a series "
      "of one-day stoppages this weekend over a 3% pay offer.",
      [
          q("Nadia Hussain", P, DIR,
            "Nadia Hussain, regional organiser for the Transport and General Staff Union, said: “[[Our members load every bag on every plane out of here, in all weathers, for barely above the minimum wage. A 3% offer with inflation where it is amounts to a pay cut.]]”",
            {"the industrial action": F, "the pay offer": A}),
          q("SkyServe spokesman", R, DIR,
            "A SkyServe spokesman said: “[[We have made a fair offer which is in line with the rest of the industry. We urge the union to call off this damaging action and return to talks.]]”",
            {"the industrial action": A, "the pay offer": F, "the one-day stoppages": A}),
          q("Northgate Airport", O, IND,
            "Northgate Airport said [[it was working with airlines to keep disruption to a minimum and expected the majority of flights to operate]].",
            {"the industrial action": N, "the pay offer": N}),
          q("Gary Wilkins", P, DIR,
            "Gary Wilkins, who was checking in for a flight to Alicante with his family, said: “[[Good luck to them, honestly. If I was hauling suitcases for that money I'd be out there with them.]]”",
            {"the industrial action": F}),
          q("Association of Travel Operators", O, DIR,
            "The Association of Travel Operators said: “[[We'd remind customers that their holiday is still going ahead and they should turn up at the airport as normal unless they are told otherwise.]]”",
            {"the industrial action": N}),
          q("Paul Grainger", P, MIX,
            "Tourism minister Paul Grainger said [[the overtime ban was “a reckless move” that risked damaging the region's recovering tourism economy]].",
            {"the overtime ban": A, "the industrial action": A}),
          q("Nadia Hussain", P, DIR,
            "Ms Hussain added: “[[The overtime ban is simply us working the hours we're contracted for. If SkyServe can't run this airport without unpaid goodwill, that tells you everything.]]”",
            {"the overtime ban": F, "SkyServe": A}),
      ])

topic("parcelway-union-drive", "US", "labour",
      "Workers at a Parcelway fulfillment center outside Columbus, Ohio, will "
      "vote next week on whether to join Warehouse Workers United, in what "
      "would be the first successful organizing drive at the company.",
      [
          q("Marcus Hill", P, DIR,
            "“[[They count every second we spend away from the scanner. A union is the only way we get a say in how fast this line runs,]]” said Marcus Hill, a picker who helped lead the campaign.",
            {"the union drive": F, "Parcelway": A}),
          q("Parcelway spokesperson", R, DIR,
            "A Parcelway spokesperson said: “[[We respect our employees' right to choose, and we believe they are best served by working directly with their managers, as they do today.]]”",
            {"the union drive": A}),
          q("Jenna Wilcox", P, DIR,
            "Jenna Wilcox, who has worked at the site for four years, said: “[[I've got no complaints about the pay. Why would I hand over dues to people I've never met?]]”",
            {"the union drive": A}),
          q("National Labor Relations Board", O, IND,
            "The National Labor Relations Board said [[ballots would be counted on March 14 and that about 2,300 workers were eligible to vote]].",
            {"the union drive": N, "Parcelway": N}),
          q("Rebecca Stein", P, DIR,
            "Rebecca Stein, who studies labor law at Ohio Valley University, said: “[[Companies almost always hold these mandatory meetings before a vote, and historically they work. Most first elections at large warehouses have failed.]]”",
            {"the union drive": N}),
          q("Luis Ortega", P, DIR,
            "Luis Ortega, a loader on the night shift, said: “[[They put up posters saying ‘We're one big family.’ Families don't fire you through an app.]]”",
            {"Parcelway": A}),
          q("Tom Reilly", P, MIX,
            "Sen. Tom Reilly said in a statement that [[the company's mandatory meetings were “intimidation, plain and simple”]].",
            {"Parcelway": A, "the union drive": F}),
      ])

topic("postal-work-to-rule", "UK", "labour",
      "Delivery staff at ParcelPost UK have begun a work-to-rule at 40 "
      "delivery offices in protest at a modernisation plan that would end "
      "Saturday letter deliveries and move staff onto later start times.",
      [
          q("Lisa Ward", P, DIR,
            "Lisa Ward, deputy general secretary of the Communication Workers' Federation, said: “[[Modernisation is the company's favourite word. In practice it means fewer posties, longer rounds and letters arriving after dark.]]”",
            {"the modernisation plan": A}),
          q("ParcelPost UK", O, MIX,
            "ParcelPost UK said [[the work-to-rule was “an attempt to hold the business back” at a time when letter volumes had halved in a decade]].",
            {"the work-to-rule": A, "the modernisation plan": F}),
          q("Steve Riley", P, DIR,
            "Steve Riley, a postman for 19 years, said: “[[Working to rule just means doing the job exactly as the manual says. If that slows things down, the manual's the problem, not us.]]”",
            {"the work-to-rule": F}),
          q("Amira Khan", P, DIR,
            "Amira Khan, who runs an online candle business from her home in Stockport, said: “[[I post about 200 orders a week. I'm not fussed whether the post comes on a Saturday, I'm fussed whether it comes at all.]]”",
            {"the modernisation plan": N}),
          q("the postal regulator", O, IND,
            "The postal regulator said [[it would publish its decision on the company's request to change the universal service obligation in the autumn]].",
            {"the modernisation plan": N}),
          q("Margaret Fenwick", P, DIR,
            "Margaret Fenwick of the consumer group Citizens' Voice said: “[[Scrapping Saturday letters might save money, but it's rural and elderly customers who will lose out.]]”",
            {"the modernisation plan": A}),
          q("Jonathan Pell", P, DIR,
            "Business minister Jonathan Pell said: “[[The status quo simply isn't an option. A postal service designed for the letter volumes of the 1990s cannot survive without change.]]”",
            {"the modernisation plan": F}),
      ])

topic("resident-doctors-strike", "UK", "labour",
      "Resident doctors in England will walk out for five days from 7am on "
      "Friday after the Doctors' Union rejected a 5.4% pay award.",
      [
          q("Sam Adeyemi", P, DIR,
            "Dr Sam Adeyemi, co-chair of the Doctors' Union's resident doctors committee, said: “[[A first-year doctor earns less per hour than a barista in some coffee chains, and they are making life-or-death decisions. Restoring pay is about keeping doctors in the NHS.]]”",
            {"the strike": F, "the pay award": A}),
          q("Victoria Hale", P, DIR,
            "Health secretary Victoria Hale said: “[[This is the largest pay award in the public sector this year. Strikes will only delay the reform the NHS needs.]]”",
            {"the strike": A, "the pay award": F}),
          q("Anne Kerr", P, DIR,
            "Professor Anne Kerr, NHS England's national medical director, said: “[[Hospitals will prioritise emergency care, intensive care and maternity services, and patients should attend appointments unless they are contacted.]]”",
            {"the strike": N, "the pay award": N}),
          q("Derek Hollis", P, DIR,
            "Derek Hollis, 66, whose knee replacement has now been postponed three times, said: “[[I've got sympathy for them, I have. But my sympathy ran out about two cancellations ago.]]”",
            {"the strike": A, "the walkout": A}),
          q("Farah Qureshi", P, DIR,
            "Dr Farah Qureshi, a consultant anaesthetist, said: “[[I'll be covering the wards on Friday, and I'll be doing it proud of my junior colleagues. They are right.]]”",
            {"the strike": F}),
          q("Patients Association", O, MIX,
            "The Patients Association said [[both sides needed to “get round the table” and that patients were “paying the price” for a dispute they had no part in]].",
            {"the strike": N}),
          q("Andrew Leakey", P, MIX,
            "Conservative MP Andrew Leakey said [[the union's leadership was “more interested in politics than patients”]].",
            {"the Doctors' Union": A, "the strike": A}),
      ])

topic("hotel-workers-strike", "US", "labour",
      "About 1,800 housekeepers, cooks and bellhops at eleven downtown hotels "
      "walked off the job Thursday morning, the latest escalation in a "
      "months-long contract fight led by Hospitality Workers Local 8.",
      [
          q("Rosa Mendez", P, DIR,
            "“[[Our members clean 16 rooms a shift and still can't afford to live in the city where they work. The hotels are back to record room rates. It's time they shared,]]” said Local 8 president Rosa Mendez.",
            {"the strike": F, "the hotels": A}),
          q("Downtown Hotel Association", O, DIR,
            "The Downtown Hotel Association said in a statement: “[[We have offered the largest wage increase in the history of this industry. A strike during convention season hurts the very workers it claims to help.]]”",
            {"the strike": A}),
          q("convention and visitors bureau", O, IND,
            "The city's convention and visitors bureau said [[two conferences scheduled for next month had been moved to other cities]].",
            {"the strike": N, "the hotels": N}),
          q("Marisol Vega", P, DIR,
            "Marisol Vega, a housekeeper at one of the hotels for 22 years, said: “[[I love my guests. I love this work. But my back is broken and my rent is $2,400.]]”",
            {"the strike": F}),
          q("Kevin Dwyer", P, DIR,
            "Kevin Dwyer, in town from Denver for a trade show, said: “[[Our room hasn't been cleaned in three days. I support unions, I really do, but this is ridiculous.]]”",
            {"the strike": A}),
          q("Joan Whitley", P, DIR,
            "Mayor Joan Whitley said: “[[I've asked both sides to come to City Hall. I'm not going to negotiate in the press.]]”",
            {"the strike": N}),
          q("Darnell Price", P, DIR,
            "Council member Darnell Price, speaking at a rally outside one of the hotels, said: “[[If you can charge $400 a night for a room, you can pay the woman who cleans it enough to rent a one-bedroom.]]”",
            {"the hotels": A, "the strike": F}),
      ])

# ---------------------------------------------------------------------------
# HEALTH POLICY
# ---------------------------------------------------------------------------

topic("junk-food-ad-ban", "UK", "health",
      "A ban on television adverts for foods high in fat, sugar and salt "
      "before 9pm, and on paid-for online adverts at any time, comes into "
      "force in January, the government has confirmed.",
      [
          q("Fiona Walsh", P, DIR,
            "Dr Fiona Walsh, director of the Childhood Obesity Coalition, said: “[[Children are bombarded with adverts for sweets and fast food every time they pick up a phone. This is a long-overdue step that will help protect their health.]]”",
            {"the advertising ban": F}),
          q("Richard Ames", P, DIR,
            "Richard Ames, chief executive of the Advertising Council, said: “[[The government's own impact assessment says this will cut children's diets by fewer calories than a single sweet a day, while costing broadcasters hundreds of millions.]]”",
            {"the advertising ban": A}),
          q("Department of Health spokesperson", R, DIR,
            "A Department of Health spokesperson said: “[[The restrictions will apply from 5 January, and businesses have been given guidance on which products are in scope.]]”",
            {"the advertising ban": N}),
          q("Food and Drink Manufacturers' Group", O, MIX,
            "The Food and Drink Manufacturers' Group said [[it supported the goal of tackling obesity but that the rules were “unworkable” and would catch products such as granola and yoghurt]].",
            {"the advertising ban": A}),
          q("Rachel Oduya", P, DIR,
            "Rachel Oduya, a mother of three from Luton, said: “[[Will it make a difference? I doubt it. But I won't miss my kids singing burger jingles at me in the car.]]”",
            {"the advertising ban": F}),
          q("Martin Crane", P, DIR,
            "Martin Crane, of the free-market think tank the Liberty Forum, said: “[[Nanny has spoken. Apparently adults can no longer be trusted to watch a crisp advert at ten past eight.]]”",
            {"the advertising ban": A}),
          q("Anil Mehta", P, IND,
            "Professor Anil Mehta, a public health researcher at Leeds, said [[similar restrictions in Chile had been followed by a 24% fall in purchases of sugary cereals, though the long-term effect on obesity was not yet clear]].",
            {"the advertising ban": N}),
      ])

topic("ae-downgrade", "UK", "health",
      "Health bosses have confirmed plans to downgrade the A&E department at "
      "Kingsford General Hospital to an urgent treatment centre, with serious "
      "emergencies sent to a new major trauma hub 22 miles away.",
      [
          q("Margaret Ellis", P, DIR,
            "Margaret Ellis, chair of the Save Kingsford A&E campaign, said: “[[People will die in the back of ambulances on that road. We will fight this every step of the way.]]”",
            {"the A&E downgrade": A}),
          q("James Okoro", P, DIR,
            "Dr James Okoro, medical director of the hospital trust, said: “[[Patients having a stroke or a heart attack are more likely to survive if they go straight to a specialist centre, even if it is further away. That is what the evidence tells us.]]”",
            {"the A&E downgrade": F}),
          q("Neil Barton", P, MIX,
            "Kingsford MP Neil Barton said [[the trust had run “a sham consultation”]] and called on the health secretary to intervene.",
            {"the hospital trust": A, "the A&E downgrade": A}),
          q("ambulance service", O, IND,
            "The ambulance service said [[it had modelled an average additional journey time of 14 minutes for patients from the Kingsford area]].",
            {"the A&E downgrade": N}),
          q("A&E nurse", R, DIR,
            "A senior nurse in the department, who asked not to be named, said: “[[I'd love to say this is all about money, but honestly, we haven't had enough consultants to run this department safely at night for years.]]”",
            {"the A&E downgrade": F}),
          q("College of Emergency Doctors", O, DIR,
            "The College of Emergency Doctors said: “[[Centralising specialist care can save lives, but only if the ambulance service and the receiving hospital have the capacity to cope, and right now neither of them does.]]”",
            {"the A&E downgrade": A}),
          q("Department of Health spokesperson", R, DIR,
            "A Department of Health spokesperson said: “[[This is a decision for the local NHS. The secretary of state will consider any referral from the council in the usual way.]]”",
            {"the A&E downgrade": N}),
          q("Sunita Rao", P, DIR,
            "Sunita Rao, a GP in Kingsford, said: “[[I've sent patients to that A&E for 20 years. I understand the clinical argument, I just don't believe anyone has thought about how an 80-year-old gets home from a hospital 22 miles away at two in the morning.]]”",
            {"the A&E downgrade": A}),
      ])

topic("medicaid-work-requirements", "US", "health",
      "The state Senate on Thursday approved a bill that would require most "
      "adult Medicaid recipients to show at least 80 hours a month of work, "
      "job training or volunteering, sending the measure to Gov. Ellen Brandt.",
      [
          q("Rick Dawson", P, DIR,
            "“[[Medicaid was meant to be a bridge, not a destination. This bill helps people get back on their feet and into good jobs,]]” said the bill's sponsor, state Sen. Rick Dawson.",
            {"the work requirements": F}),
          q("Kids First Health Alliance", O, DIR,
            "The advocacy group Kids First Health Alliance said: “[[Most adults on Medicaid who can work already do. What this bill really creates is a paperwork trap that will knock eligible people off coverage.]]”",
            {"the work requirements": A}),
          q("state Medicaid agency", O, IND,
            "The state Medicaid agency estimated [[about 110,000 people would be subject to the requirement and that setting it up would cost $38 million in the first year]].",
            {"the work requirements": N}),
          q("State Hospital Association", O, IND,
            "The State Hospital Association said [[it shared the goal of encouraging work but feared the rules would leave rural hospitals with millions of dollars in unpaid bills]].",
            {"the work requirements": A}),
          q("Donna Fields", P, DIR,
            "Donna Fields, 54, who works part time and cares for her disabled husband, said: “[[I work 30 hours a week and take care of him the rest of the time. Now I'm supposed to log it all on a website I can't even get to load?]]”",
            {"the work requirements": A}),
          q("Ellen Brandt", P, DIR,
            "Asked whether she would sign it, Brandt said: “[[I'll review the final language carefully before I decide anything.]]”",
            {"the work requirements": N}),
          q("Jim Tate", P, DIR,
            "Jim Tate, who owns two diners in the state capital, said: “[[I've got six openings I can't fill. If this gets a few more folks through the door, I'm all for it.]]”",
            {"the work requirements": F}),
      ])

topic("assisted-dying-bill", "UK", "health",
      "MPs will vote on Friday on a private member's bill that would allow "
      "terminally ill adults with less than six months to live to seek help "
      "to end their lives, subject to approval by two doctors and a judge.",
      [
          q("Helen Cartwright", P, DIR,
            "Helen Cartwright, the Labour MP who is sponsoring the bill, said: “[[This bill is about giving dying people choice and dignity at the end of their lives, with the strongest safeguards anywhere in the world.]]”",
            {"the assisted dying bill": F}),
          q("Owen Gale", P, DIR,
            "Disability campaigner Owen Gale said: “[[They call them safeguards. I call them the forms you fill in before the pressure starts.]]”",
            {"the assisted dying bill": A}),
          q("Clare Whitmore", P, DIR,
            "Dr Clare Whitmore, a palliative care consultant, said: “[[I have spent 25 years helping people die well. I worry this bill will quietly change what patients think is expected of them.]]”",
            {"the assisted dying bill": A}),
          q("Choice at the End", O, IND,
            "The campaign group Choice at the End said [[its latest polling showed three in four adults backed a change in the law]].",
            {"the assisted dying bill": F}),
          q("government spokesman", R, DIR,
            "A government spokesman said: “[[The government remains neutral on this issue, and it is a matter of conscience for individual MPs.]]”",
            {"the assisted dying bill": N}),
          q("Janet Hughes", P, DIR,
            "Janet Hughes, whose husband died of motor neurone disease two years ago, said: “[[Nobody should have to watch what I watched. If this had been law, Pete would have had the ending he wanted.]]”",
            {"the assisted dying bill": F}),
          q("Bishop of Ashford", R, MIX,
            "The Bishop of Ashford said [[the bill, “however well-intentioned”, would put vulnerable people at risk]].",
            {"the assisted dying bill": A}),
          q("Marcus Bell", P, DIR,
            "Justice secretary Marcus Bell said: “[[I will be voting against it, but I want to be clear that I respect colleagues who take a different view.]]”",
            {"the assisted dying bill": A}),
          q("Ruth Daniels", P, IND,
            "Ruth Daniels, a health policy analyst, said [[between 200 and 300 people a year could be expected to use the law in its first years, based on other countries' experience]].",
            {"the assisted dying bill": N}),
      ])

topic("generational-smoking-ban", "UK", "health",
      "A law that would ban anyone born on or after 1 January 2009 from ever "
      "legally buying tobacco has cleared its latest stage in the House of "
      "Lords.",
      [
          q("Smokefree Futures", O, DIR,
            "The charity Smokefree Futures said: “[[Smoking still kills tens of thousands of people every year. This law will mean a whole generation grows up free from addiction.]]”",
            {"the generational smoking ban": F}),
          q("National Federation of Newsagents", O, MIX,
            "The National Federation of Newsagents said [[shopkeepers would be left “policing customers' birthdays” and the ban would hand the market to illegal sellers]].",
            {"the generational smoking ban": A}),
          q("Lord Pembury", P, DIR,
            "The Conservative peer Lord Pembury said: “[[I'm a lifelong non-smoker and I think smoking is a filthy habit. I still think it's wrong for the state to decide what adults may buy.]]”",
            {"the generational smoking ban": A}),
          q("Department of Health spokesperson", R, DIR,
            "A Department of Health spokesperson said: “[[The bill will now return to the Commons for consideration of amendments.]]”",
            {"the generational smoking ban": N}),
          q("Ella Pritchard", P, DIR,
            "Ella Pritchard, 15, a pupil in Bristol, said: “[[Hardly anyone my age smokes anyway, it's all vapes. I don't think it'll change much either way.]]”",
            {"the generational smoking ban": N}),
          q("Kevin Asante", P, IND,
            "Kevin Asante, director of public health for Lancashire, said [[the measure could prevent more than a million cases of smoking-related illness by the end of the century]].",
            {"the generational smoking ban": F}),
          q("Dean Walker", P, DIR,
            "Dean Walker, who runs a tobacconist's in Margate, said: “[[They say it's about health, but they'll be treating a 30-year-old like a child. Where does it stop? Alcohol next?]]”",
            {"the generational smoking ban": A}),
      ])

# ---------------------------------------------------------------------------
# HOUSING AND PLANNING
# ---------------------------------------------------------------------------

topic("little-brinton-homes", "UK", "housing",
      "Plans for 450 homes on green belt land between Hatfield Moor and the "
      "village of Little Brinton have been approved by a planning inspector, "
      "overturning the district council's refusal last year.",
      [
          q("Graham Tully", P, DIR,
            "Graham Tully, chair of Little Brinton parish council, said: “[[This is the end of Little Brinton as a village. The roads, the school and the surgery are already full.]]”",
            {"the development": A, "the inspector's decision": A}),
          q("Oakfield Homes", O, DIR,
            "Oakfield Homes said: “[[We welcome the inspector's decision. These 450 homes, 40% of them affordable, will help local families who have been priced out of the area.]]”",
            {"the development": F, "the inspector's decision": F}),
          q("Sophie Lane", P, DIR,
            "Sophie Lane, 29, who still lives with her parents in the village, said: “[[Everyone at the public meeting was over sixty and already owned a house. I'd love to live in the village I grew up in, and right now I can't.]]”",
            {"the development": F}),
          q("Hatfield Moor District Council", O, IND,
            "The district council said [[it was studying the decision and would consider whether there were grounds for a legal challenge]].",
            {"the inspector's decision": N}),
          q("Countryside Protection Trust", O, MIX,
            "The Countryside Protection Trust said [[the decision showed the green belt was “being sold off field by field”]].",
            {"the development": A, "the inspector's decision": A}),
          q("Caroline Ashby", P, DIR,
            "The local MP, Caroline Ashby, said: “[[I'm not against new homes; we need them. But I have always said they should go on brownfield sites first, and this isn't one.]]”",
            {"the development": A}),
          q("planning officer", R, IND,
            "A planning officer said [[the site would be built out in three phases over about seven years]].",
            {"the development": N, "the inspector's decision": N}),
      ])

topic("brookfield-zoning", "US", "housing",
      "The Brookfield City Council voted 5-4 late Tuesday to end "
      "single-family-only zoning citywide, allowing duplexes and triplexes on "
      "any residential lot.",
      [
          q("Alicia Moreno", P, DIR,
            "Council member Alicia Moreno, who voted for the measure, said: “[[We can't keep telling teachers and nurses they can work here but not live here. This is a modest change that opens the door.]]”",
            {"the zoning changes": F}),
          q("Frank DeLuca", P, DIR,
            "Frank DeLuca, president of the Elm Park Neighborhood Association, said: “[[Nobody asked us. They rewrote the character of every neighborhood in this city in one night.]]”",
            {"the zoning changes": A, "the city council": A}),
          q("Howard Lin", P, DIR,
            "Council member Howard Lin, who voted no, said: “[[I support more housing, and I've voted for every affordable project that's come before us. This plan just doesn't come with a single dollar for infrastructure.]]”",
            {"the zoning changes": A}),
          q("Brookfield planning department", O, IND,
            "The planning department said [[it expected about 300 additional homes over the next decade, based on experience in other cities]].",
            {"the zoning changes": N, "the city council": N}),
          q("Tom Becker", P, DIR,
            "Tom Becker, a local homebuilder, said: “[[At today's interest rates, most lots won't pencil out for a triplex. I wouldn't expect much to change on the ground for a while.]]”",
            {"the zoning changes": N}),
          q("Denise Holt", P, MIX,
            "Mayor Denise Holt said [[she would sign the ordinance, which she called “the most important housing vote this city has taken in a generation”]].",
            {"the zoning changes": F}),
          q("Gail Sutter", P, DIR,
            "Gail Sutter, who has lived on the city's west side for 30 years, said: “[[Oh great, more traffic on streets with no sidewalks. Thanks, City Hall.]]”",
            {"the zoning changes": A, "the city council": A}),
      ])

topic("scotland-rent-cap", "UK", "housing",
      "The Scottish Government has published plans for permanent rent "
      "controls that would limit annual rent increases for sitting tenants to "
      "inflation plus one percentage point, up to a maximum of 6%.",
      [
          q("Living Rent Alliance", O, DIR,
            "A spokesperson for the tenants' group Living Rent Alliance said: “[[Rent controls are exactly what tenants need, but a 6% cap is no control at all when wages are rising by half that.]]”",
            {"rent controls": F, "the 6% cap": A}),
          q("Scottish Landlords Association", O, DIR,
            "The Scottish Landlords Association said: “[[Every time ministers have talked about rent controls, landlords have sold up and supply has shrunk. Tenants will be the ones who pay.]]”",
            {"rent controls": A, "the 6% cap": A}),
          q("Fiona McLeish", P, DIR,
            "Housing minister Fiona McLeish said: “[[These proposals strike the right balance between protecting tenants and giving landlords the certainty they need to invest.]]”",
            {"rent controls": F, "the 6% cap": F}),
          q("Iain Robertson", P, IND,
            "Economist Iain Robertson said [[rents for new lets in Edinburgh had risen by about 30% in three years, faster than anywhere else in the UK]].",
            {"rent controls": N, "the 6% cap": N}),
          q("Kirsty Dunn", P, DIR,
            "Kirsty Dunn, who rents a flat in Glasgow's southside, said: “[[My rent went up by £150 a month last year. I'd take six per cent in a heartbeat.]]”",
            {"the 6% cap": F}),
          q("Neil Forsyth", P, DIR,
            "Neil Forsyth, managing director of a build-to-rent investor, said: “[[We had three schemes ready to start in Glasgow. Two of them are now on hold until we see the detail.]]”",
            {"rent controls": A}),
          q("Scottish Government spokesperson", R, IND,
            "A Scottish Government spokesperson said [[a consultation would run until March and the bill would be introduced later in the year]].",
            {"rent controls": N, "the 6% cap": N}),
      ])

topic("stansbury-second-runway", "UK", "planning",
      "Plans for a second runway at Stansbury Airport will go to a public "
      "inquiry in the spring after the district council formally objected.",
      [
          q("Philip Reeve", P, DIR,
            "Stansbury Airport chief executive Philip Reeve said: “[[A second runway will create 14,000 jobs and connect this region to the world. We are confident the inquiry will see the strength of our case.]]”",
            {"the second runway": F}),
          q("Stop Stansbury Expansion", O, DIR,
            "The residents' group Stop Stansbury Expansion said: “[[We already can't sleep with our windows open in summer. Doubling the flights would make this area unliveable.]]”",
            {"the airport expansion": A}),
          q("Hannah Ruddock", P, MIX,
            "Climate campaigner Hannah Ruddock said [[the expansion was “flatly incompatible” with the UK's legally binding climate targets]].",
            {"the airport expansion": A}),
          q("Mark Everett", P, DIR,
            "Mark Everett, president of the county chamber of commerce, said: “[[For too long this region has been told to wait. Business wants this runway and wants it built this decade.]]”",
            {"the second runway": F}),
          q("Janet Cole", P, DIR,
            "District council leader Janet Cole said: “[[We are not opposed to the airport growing. We are opposed to this application, which puts noise on 40,000 more homes and offers almost nothing in return.]]”",
            {"the second runway": A}),
          q("Planning Inspectorate", O, IND,
            "The Planning Inspectorate said [[the inquiry would open on 4 March and was expected to last around 12 weeks]].",
            {"the second runway": N, "the airport expansion": N}),
          q("Stefan Kowal", P, DIR,
            "Stefan Kowal, chief commercial officer of the low-cost airline SkyLark, said: “[[We'd base six more aircraft there on day one. It's the most exciting growth opportunity in UK aviation.]]”",
            {"the second runway": F}),
          q("Debbie Sowerby", P, DIR,
            "Debbie Sowerby, who lives under the flight path and works in airport security, said: “[[My whole street works at that airport, me included. You can't moan about the noise and then moan when there's no jobs.]]”",
            {"the airport expansion": F}),
      ])

# ---------------------------------------------------------------------------
# CLIMATE AND ENERGY
# ---------------------------------------------------------------------------

topic("thornby-wind-farm", "UK", "energy",
      "An energy company has submitted plans for a 14-turbine wind farm on "
      "moorland above the Cumbrian village of Thornby, with turbines up to "
      "200 metres tall.",
      [
          q("Laura Pennington", P, DIR,
            "Laura Pennington, project manager at Northwind Renewables, said: “[[Thornby Fell could power around 60,000 homes with clean, home-grown electricity, and we are offering £700,000 a year to a community fund.]]”",
            {"the wind farm": F}),
          q("Geoff Armitage", P, DIR,
            "Geoff Armitage of the Thornby Fell Action Group said: “[[Everyone is in favour of renewable energy until it's a 200-metre turbine at the end of their garden. Well, I'm honest enough to say it: not here.]]”",
            {"the wind farm": A}),
          q("Priya Raman", P, DIR,
            "Priya Raman, a campaigner with the climate group Cumbria Climate Action, said: “[[We've spent years saying this country needs more onshore wind. Objecting to every single scheme isn't a climate policy.]]”",
            {"the wind farm": F, "onshore wind": F}),
          q("Jean Harker", P, DIR,
            "Jean Harker, who runs a bed and breakfast in the village, said: “[[Walkers come here for the views. I can't imagine they'll come back to look at turbines.]]”",
            {"the wind farm": A}),
          q("Westmorland District Council", O, IND,
            "The council said [[the application would be decided by its planning committee, probably in the autumn, and the public consultation would close on 30 June]].",
            {"the wind farm": N}),
          q("Tom Bowness", P, DIR,
            "Tom Bowness, whose land would host six of the turbines, said: “[[My family has farmed this fell for five generations. The rent from the turbines is what will keep us farming it for a sixth.]]”",
            {"the wind farm": F}),
          q("Northern Bird Trust", O, MIX,
            "The Northern Bird Trust said [[it was “not opposed in principle” to the scheme but wanted further surveys of hen harriers nesting on the fell]].",
            {"the wind farm": N}),
          q("Simon Keld", P, DIR,
            "The local MP, Simon Keld, said: “[[Ministers say they want communities to have a say. Well, here's a community saying it loudly, and I'll be saying it with them in Parliament.]]”",
            {"the wind farm": A}),
      ])

topic("larkfield-oil-field", "UK", "energy",
      "The government has approved development of the Larkfield oil and gas "
      "field, 90 miles west of Shetland, which is expected to produce around "
      "300 million barrels over its lifetime.",
      [
          q("Gordon Baird", P, DIR,
            "Energy minister Gordon Baird said: “[[Larkfield will support thousands of jobs, strengthen our energy security and cut our reliance on imports from hostile states.]]”",
            {"the Larkfield field": F}),
          q("Isla Fraser", P, DIR,
            "Isla Fraser of the campaign group Uplift Scotland said: “[[Approving a new oil field in the middle of a climate emergency is like lighting a cigarette in a burning building.]]”",
            {"the Larkfield field": A}),
          q("Offshore Workers' Alliance", O, MIX,
            "The Offshore Workers' Alliance welcomed the approval but said [[the jobs it created must be “unionised, local and long-term”]].",
            {"the Larkfield field": F}),
          q("Ross Galbraith", P, DIR,
            "Scottish Green MSP Ross Galbraith said: “[[Oh, brilliant. Another decade of record profits for the oil majors and higher bills for everyone else.]]”",
            {"the Larkfield field": A}),
          q("Offshore Industry Council", O, DIR,
            "The Offshore Industry Council said: “[[If we don't produce it here, we will import it with a higher carbon footprint. New licences are part of a sensible transition.]]”",
            {"new oil and gas licences": F}),
          q("Larkfield operator", O, IND,
            "The field's operator said [[production was expected to begin in 2027 and reach its peak two years later]].",
            {"the Larkfield field": N, "new oil and gas licences": N}),
          q("Moira Stewart", P, DIR,
            "Moira Stewart, who runs an engineering firm in Aberdeen with 80 staff, said: “[[Everyone talks about a just transition, but nobody has told me what my engineers are meant to do in the meantime.]]”",
            {"new oil and gas licences": F}),
          q("Alex Dunmore", P, DIR,
            "Opposition energy spokesman Alex Dunmore said: “[[We will not issue new licences to explore new fields, full stop.]]”",
            {"new oil and gas licences": A}),
      ])

topic("bramford-ulez-expansion", "UK", "energy",
      "Bramford's ultra-low emission zone will be expanded to cover the whole "
      "city from August, meaning drivers of older petrol and diesel vehicles "
      "will pay a £12.50 daily charge.",
      [
          q("Daniel Okafor", P, DIR,
            "Mayor Daniel Okafor said: “[[Toxic air is linked to hundreds of early deaths in this city every year. This was a difficult decision, but it was the right one.]]”",
            {"the ULEZ expansion": F}),
          q("Lee Harding", P, DIR,
            "Lee Harding, a plumber who drives a 2014 diesel van, said: “[[That's £12.50 every single day just to go to work. Clean air for who?]]”",
            {"the ULEZ expansion": A}),
          q("Asthma Action", O, DIR,
            "The charity Asthma Action said: “[[Children with asthma cannot choose the air they breathe. We strongly support the expansion.]]”",
            {"the ULEZ expansion": F}),
          q("Nigel Forbes", P, MIX,
            "Conservative councillor Nigel Forbes said [[the scrappage scheme was “a drop in the ocean”]] and the expansion should be delayed until public transport in outer areas had improved.",
            {"the ULEZ expansion": A}),
          q("Transport for Bramford", O, IND,
            "Transport for Bramford said [[around nine in ten cars seen driving in outer areas already met the emissions standards]].",
            {"the ULEZ expansion": N}),
          q("Raj Patel", P, DIR,
            "Raj Patel, a taxi driver for 25 years, said: “[[Funny thing is, I'm all for clean air. I just don't see why the bill always lands on the working man.]]”",
            {"the ULEZ expansion": A}),
          q("Helen Stroud", P, DIR,
            "Dr Helen Stroud, a GP in the city centre, said: “[[We see the effects in our surgery every winter. I'd have expanded it years ago.]]”",
            {"the ULEZ expansion": F}),
          q("Nigel Forbes", P, DIR,
            "Mr Forbes added: “[[Nobody is arguing for dirty air. We're arguing against charging a care worker £60 a week to do her job.]]”",
            {"the ULEZ expansion": A}),
      ])

topic("ev-sales-mandate", "US", "energy",
      "State regulators on Thursday adopted rules requiring that all new "
      "cars and light trucks sold in the state be zero-emission by 2035, with "
      "an interim target of 68 percent by 2030.",
      [
          q("Karen Whitfield", P, DIR,
            "Gov. Karen Whitfield said: “[[This is how we clean our air and lead the nation on climate. The future is electric, and our state is going to build it.]]”",
            {"the EV mandate": F}),
          q("Bill Hagerty", P, DIR,
            "Bill Hagerty, president of the state auto dealers association, said: “[[Our members sell every EV they can get, but customers in rural counties aren't buying them at anywhere near these numbers. The 2030 target is a fantasy.]]”",
            {"the EV mandate": A}),
          q("Nina Castillo", P, DIR,
            "Nina Castillo of the Clean Air Coalition said: “[[Good rules, and long overdue. The next fight is making sure there are chargers in every neighborhood, not just the wealthy ones.]]”",
            {"the EV mandate": F}),
          q("Wade Jensen", P, DIR,
            "State Rep. Wade Jensen, who represents a rural district in the east of the state, said: “[[Go tell a rancher out my way to charge his pickup at a station 90 miles from home.]]”",
            {"the EV mandate": A}),
          q("Air Resources Board", O, IND,
            "The Air Resources Board said [[the rules would be phased in starting with model year 2027 and included credits for plug-in hybrids]].",
            {"the EV mandate": N}),
          q("utility spokesperson", R, DIR,
            "A spokesperson for the state's largest utility said: “[[We are still assessing what the rules mean for grid demand and will publish an updated forecast next spring.]]”",
            {"the EV mandate": N}),
          q("Mike Ortega", P, DIR,
            "Mike Ortega, a software engineer who bought an electric car last year, said: “[[I love mine. But mandating it for everyone? That's not the government's call to make.]]”",
            {"the EV mandate": A}),
      ])

topic("windfall-tax", "UK", "tax",
      "The chancellor has extended the energy profits levy, a windfall tax on "
      "North Sea oil and gas producers, until 2030 and raised the rate to 38%.",
      [
          q("Rachel Dunmore", P, DIR,
            "Chancellor Rachel Dunmore said: “[[When energy companies make extraordinary profits because of a war in Europe, it is right that they pay their fair share.]]”",
            {"the windfall tax": F}),
          q("Offshore Industry Council", O, MIX,
            "The Offshore Industry Council said [[the levy would “drive investment out of the UK basin” and put 40,000 jobs at risk]].",
            {"the windfall tax": A}),
          q("Jo Maitland", P, DIR,
            "Jo Maitland of the anti-poverty charity Fair Share Trust said: “[[Families are choosing between heating and eating while these firms post record profits. The tax should be higher, and it should have come sooner.]]”",
            {"the windfall tax": F}),
          q("Institute for Budget Studies", O, IND,
            "The Institute for Budget Studies said [[the levy was expected to raise about £5bn next year, although receipts would fall as prices eased]].",
            {"the windfall tax": N}),
          q("Callum Reid", P, DIR,
            "Callum Reid, an energy analyst at an Edinburgh investment bank, said: “[[Nobody is going to sign off a 20-year project when the tax regime changes every eighteen months.]]”",
            {"the windfall tax": A}),
          q("Peter Okonjo", P, DIR,
            "Shadow chancellor Peter Okonjo said: “[[We called for a windfall tax for months and the government told us it was a terrible idea. Welcome to the party, chancellor.]]”",
            {"the windfall tax": F, "the chancellor": A}),
          q("Gary Simpson", P, DIR,
            "Gary Simpson, an offshore union representative, said: “[[Our members aren't the ones making windfall profits, yet they're the first to be told their jobs are at risk because of this tax.]]”",
            {"the windfall tax": A}),
      ])

# ---------------------------------------------------------------------------
# TAXATION
# ---------------------------------------------------------------------------

topic("vat-school-fees", "UK", "tax",
      "Private school fees will be subject to VAT at 20% from January, the "
      "Treasury has confirmed, with the money raised to be spent on "
      "recruiting 6,500 teachers for state schools.",
      [
          q("Lucy Hammond", P, DIR,
            "Education secretary Lucy Hammond said: “[[Ending this tax break will raise £1.5bn a year to support the 94% of children who go to state schools.]]”",
            {"VAT on school fees": F}),
          q("Independent Schools Federation", O, DIR,
            "The Independent Schools Federation said: “[[This policy will price families out of schools they have made sacrifices for, and push thousands of children into already stretched state schools.]]”",
            {"VAT on school fees": A}),
          q("Claire Benson", P, DIR,
            "Claire Benson, whose two children attend a small independent school in Kent, said: “[[We're not rich. We drive a 12-year-old car and don't go on holiday so they can go there. Now even that may not be enough.]]”",
            {"VAT on school fees": A}),
          q("Andy Foster", P, DIR,
            "Andy Foster, head of a comprehensive in Sunderland, said: “[[If the money genuinely reaches schools like mine, I'm all for it. We haven't had a full-time music teacher in four years.]]”",
            {"VAT on school fees": F}),
          q("HM Treasury", O, IND,
            "The Treasury said [[the change would apply to fees paid from 29 July for the term starting in January]].",
            {"VAT on school fees": N}),
          q("Julian Marr", P, DIR,
            "Dr Julian Marr, head of a large boarding school in Surrey, said: “[[Of course we'll survive. Schools like ours have waiting lists. It's the small schools with 150 pupils that will close.]]”",
            {"VAT on school fees": A}),
          q("Institute for Budget Studies", O, IND,
            "The Institute for Budget Studies said [[the number of pupils moving to state schools was likely to be between 3% and 7%, lower than some estimates]].",
            {"VAT on school fees": N}),
      ])

topic("income-tax-repeal", "US", "tax",
      "The state House passed a bill Wednesday that would phase out the state "
      "income tax over ten years, replacing part of the revenue with a higher "
      "sales tax.",
      [
          q("Jeff Coleman", P, DIR,
            "House Speaker Jeff Coleman said: “[[Folks should keep more of what they earn. Phasing out the income tax will bring jobs and families to our state.]]”",
            {"the income tax repeal": F}),
          q("Center for Budget Fairness", O, DIR,
            "The Center for Budget Fairness said: “[[Shifting from income taxes to sales taxes means a teacher pays more and a millionaire pays less. That's not reform, it's a giveaway.]]”",
            {"the income tax repeal": A}),
          q("Tamara Hughes", P, DIR,
            "Tamara Hughes, president of the state teachers union, said: “[[When they tell you the budget will be fine, ask them which schools they plan to close.]]”",
            {"the income tax repeal": A}),
          q("Legislative Fiscal Office", O, IND,
            "The Legislative Fiscal Office estimated [[the change would reduce general fund revenue by about $1.2 billion a year once fully phased in]].",
            {"the income tax repeal": N}),
          q("Sandra Kim", P, DIR,
            "Sandra Kim, who owns a hardware store in the state capital, said: “[[I'm a Democrat, and I'll probably get grief for saying this, but I like it. My customers would have more money in their pockets.]]”",
            {"the income tax repeal": F}),
          q("Ron Avery", P, DIR,
            "Gov. Ron Avery said: “[[I want to see the Senate version before I commit either way.]]”",
            {"the income tax repeal": N}),
          q("Dale Pruitt", P, DIR,
            "Republican state Sen. Dale Pruitt said: “[[I'm a tax cutter. I've voted for every cut in twelve years. But I won't vote to blow a billion-dollar hole in our budget with no plan to fill it.]]”",
            {"the income tax repeal": A}),
      ])

# ---------------------------------------------------------------------------
# IMMIGRATION
# ---------------------------------------------------------------------------

topic("asylum-barge", "UK", "immigration",
      "The Home Office plans to house up to 500 asylum seekers on a barge "
      "moored at Harwick docks from next month, prompting protests from "
      "residents and refugee groups.",
      [
          q("Home Office spokesperson", R, DIR,
            "A Home Office spokesperson said: “[[Using alternative accommodation such as vessels is cheaper for taxpayers and more manageable for communities than hotels.]]”",
            {"the barge": F}),
          q("Amina Yusuf", P, DIR,
            "Amina Yusuf of the Refugee Welcome Network said: “[[Putting traumatised people on a floating container is not accommodation, it's containment.]]”",
            {"the barge": A}),
          q("Terry Bolt", P, DIR,
            "Terry Bolt, who lives a few hundred yards from the dock, said: “[[We were told nothing until it was in the papers. Not one person from the Home Office has come to speak to us.]]”",
            {"the Home Office": A}),
          q("Harwick District Council", O, MIX,
            "Harwick District Council said [[the port was “not a suitable location”]] and that it was considering legal options.",
            {"the barge": A}),
          q("Fire Brigades Association", O, MIX,
            "The Fire Brigades Association said [[the vessel could be “a potential death trap” if a fire broke out on board]].",
            {"the barge": A}),
          q("Lee Carrington", P, DIR,
            "Immigration minister Lee Carrington said: “[[I understand local concerns, but we will not apologise for ending the use of expensive hotels.]]”",
            {"the barge": F}),
          q("Harwick Port Authority", O, IND,
            "The port authority said [[the vessel had 222 cabins and had previously been used to house offshore construction workers]].",
            {"the barge": N}),
          q("Sue Penrose", P, DIR,
            "Sue Penrose, who runs a newsagent's near the dock gates, said: “[[To be honest, I don't see what the fuss is about. They'll be here, they'll buy a few things, and life goes on.]]”",
            {"the barge": F}),
      ])

topic("county-sanctuary-ordinance", "US", "immigration",
      "The county board of supervisors voted 3-2 on Tuesday to adopt a "
      "sanctuary ordinance barring sheriff's deputies from holding people in "
      "jail solely at the request of federal immigration authorities.",
      [
          q("Elena Vargas", P, DIR,
            "Supervisor Elena Vargas, who wrote the ordinance, said: “[[When people are afraid to call 911 because of their immigration status, everyone is less safe. This ordinance builds trust.]]”",
            {"the sanctuary ordinance": F}),
          q("Dwayne Colter", P, DIR,
            "Sheriff Dwayne Colter said: “[[I'll follow the law, as I always have. But this ordinance ties my hands and will put dangerous people back on our streets.]]”",
            {"the sanctuary ordinance": A}),
          q("Comunidad Unida", O, DIR,
            "The immigrant rights group Comunidad Unida said in a statement: “[[Tonight our families can breathe a little easier.]]”",
            {"the sanctuary ordinance": F}),
          q("county counsel", R, IND,
            "County counsel said [[the ordinance would take effect in 30 days and would not apply to people with certain violent felony convictions]].",
            {"the sanctuary ordinance": N}),
          q("Carol Hayes", P, DIR,
            "Carol Hayes, a retired teacher who spoke during public comment, said: “[[I voted for two of those supervisors. I won't make that mistake again.]]”",
            {"the sanctuary ordinance": A, "the board of supervisors": A}),
          q("Gregory Nash", P, MIX,
            "Gregory Nash, the regional field office director for federal immigration enforcement, said [[the vote was “a dangerous political stunt” that would put officers and the public at risk]].",
            {"the sanctuary ordinance": A}),
          q("Ana Torres", P, DIR,
            "City police Chief Ana Torres said: “[[Our officers have never asked about immigration status during routine stops, and that won't change whatever the county decides.]]”",
            {"the sanctuary ordinance": N}),
      ])

# ---------------------------------------------------------------------------
# POLICING
# ---------------------------------------------------------------------------

topic("live-facial-recognition", "UK", "policing",
      "Westshire Police are to use live facial recognition cameras in the city "
      "centre on match days and at weekends after a six-month trial.",
      [
          q("Mark Rushworth", P, DIR,
            "Chief Constable Mark Rushworth said: “[[During the trial this technology helped us arrest 38 people wanted for serious offences, including rape and robbery. Law-abiding people have nothing to fear.]]”",
            {"facial recognition": F}),
          q("Privacy First", O, DIR,
            "The civil liberties group Privacy First said: “[[Nothing to hide, nothing to fear: the oldest line in the book. Mass biometric surveillance has no place in a free society.]]”",
            {"facial recognition": A}),
          q("Anita Chowdhury", P, DIR,
            "Westshire's police and crime commissioner, Anita Chowdhury, said: “[[I have asked for an independent review of the trial, and I will wait for its findings before I say whether I can support a permanent rollout.]]”",
            {"facial recognition": N}),
          q("Kelly Burns", P, DIR,
            "Kelly Burns, who manages a city-centre pharmacy, said: “[[We get shoplifters every day who know nobody's coming. If cameras help, I'm for it.]]”",
            {"facial recognition": F}),
          q("Michael Osei", P, DIR,
            "Pastor Michael Osei, who chairs a community group in the Eastside area, said: “[[Our young men are already stopped more than anyone else in this city. Now you want a computer to do it faster?]]”",
            {"facial recognition": A, "Westshire Police": A}),
          q("Westshire Police", O, IND,
            "The force said [[images of people who were not on a watchlist would be deleted immediately and automatically]].",
            {"facial recognition": N}),
          q("Daniel Frost", P, IND,
            "Daniel Frost, a criminologist who evaluated the trial, said [[its false alert rate had been about one in 6,000 faces scanned]].",
            {"facial recognition": N}),
          q("Irene Walsh", P, DIR,
            "Irene Walsh, out shopping with her granddaughter, said: “[[I honestly didn't notice the van. If it catches a few criminals, fine by me.]]”",
            {"facial recognition": F}),
      ])

topic("police-overtime-budget", "US", "policing",
      "The City Council on Monday approved a budget that trims the police "
      "department's overtime spending by $12 million and moves the money to a "
      "new mental health crisis response team.",
      [
          q("Jasmine Boyd", P, DIR,
            "Council member Jasmine Boyd, who proposed the shift, said: “[[Sending armed officers to a mental health call isn't fair to the officers or to the person in crisis. This team is the right response.]]”",
            {"the crisis response team": F, "the overtime cut": F}),
          q("Angela Ross", P, DIR,
            "Police Chief Angela Ross said: “[[I support the crisis team, and I've said so publicly. But you cannot take $12 million out of overtime when we're already 90 officers short.]]”",
            {"the crisis response team": F, "the overtime cut": A}),
          q("Police Officers' Association", O, MIX,
            "The Police Officers' Association said [[the vote was “defunding by another name”]].",
            {"the overtime cut": A}),
          q("Tasha Greene", P, DIR,
            "Tasha Greene, an organizer with the group Safety for All, said: “[[Twelve million out of a $480 million budget, and you'd think the sky was falling. It's a start.]]”",
            {"the overtime cut": F}),
          q("city budget office", O, IND,
            "The city budget office said [[police overtime had exceeded its budget in each of the last five years, reaching $41 million last year]].",
            {"the overtime cut": N, "the crisis response team": N}),
          q("Greg Lawson", P, DIR,
            "Greg Lawson, president of the Downtown Business Alliance, said: “[[Our members want to see officers on the street. This sends exactly the wrong message.]]”",
            {"the overtime cut": A}),
          q("Maria Delgado", P, DIR,
            "Maria Delgado, whose brother died during a police response to a mental health call, said: “[[If this team had existed three years ago, my brother might still be alive.]]”",
            {"the crisis response team": F}),
          q("Ethan Cole", P, DIR,
            "Council member Ethan Cole said: “[[The chief keeps saying she's short-staffed while her department spends a fortune paying officers overtime to work security at ballgames.]]”",
            {"Angela Ross": A, "the overtime cut": F}),
      ])

# ---------------------------------------------------------------------------
# EDUCATION
# ---------------------------------------------------------------------------

topic("ashgrove-academy-conversion", "UK", "education",
      "Governors at Ashgrove High School have voted to convert to academy "
      "status and join the Beacon Learning Trust, a multi-academy trust that "
      "runs 19 schools in the region.",
      [
          q("Patricia Lowe", P, DIR,
            "Patricia Lowe, chair of governors, said: “[[Joining Beacon gives us access to specialist teachers, shared training and the kind of support a single school simply can't provide on its own.]]”",
            {"the academy conversion": F}),
          q("Rob Tennant", P, DIR,
            "Rob Tennant, the teaching union's representative at the school, said: “[[Staff were consulted in the same way a turkey is consulted about Christmas.]]”",
            {"the academy conversion": A, "the governors": A}),
          q("Donna Ricketts", P, DIR,
            "Donna Ricketts, whose daughter is in Year 9, said: “[[She's had four maths teachers in two years. If the trust can fix that, I don't care what the school's called.]]”",
            {"the academy conversion": F}),
          q("Simon Ward", P, DIR,
            "Beacon Learning Trust chief executive Simon Ward said: “[[We are delighted that Ashgrove has chosen to join our family of schools.]]”",
            {"the academy conversion": F}),
          q("county council", O, IND,
            "The county council said [[the conversion was expected to take effect on 1 September, subject to approval by the regional director]].",
            {"the academy conversion": N}),
          q("Keith Ellery", P, DIR,
            "Keith Ellery, who was Ashgrove's head for 14 years until 2019, said: “[[That school was never broken, so I'm not sure what this is supposed to fix.]]”",
            {"the academy conversion": A}),
          q("Ashgrove pupil", R, DIR,
            "One Year 11 pupil said: “[[Honestly, most of us just want to know if the uniform's changing.]]”",
            {"the academy conversion": N}),
      ])

topic("school-phone-ban", "UK", "education",
      "Smartphones will be banned throughout the school day at all 34 "
      "secondary schools in Derringham from September, after headteachers "
      "agreed a joint policy.",
      [
          q("Angela Moss", P, DIR,
            "Angela Moss, head of St Cuthbert's Academy, which introduced a ban last year, said: “[[Since we started collecting phones at the gate, fights have dropped and the canteen is noisy again, in a good way.]]”",
            {"the phone ban": F}),
          q("Karen Doherty", P, DIR,
            "Karen Doherty, whose son walks two miles home, said: “[[It's dark by half four in winter. I want him to have his phone, full stop.]]”",
            {"the phone ban": A}),
          q("Ben Aldous", P, DIR,
            "Dr Ben Aldous, a child psychologist, said: “[[Bans make adults feel better, but the evidence that they improve children's wellbeing is thin. I'd rather the money went on school counsellors.]]”",
            {"the phone ban": A}),
          q("Year 10 pupil", R, DIR,
            "A Year 10 pupil at St Cuthbert's said: “[[Everyone says they hate it, but break is actually better now. People talk to each other.]]”",
            {"the phone ban": F}),
          q("Derringham Council", O, IND,
            "The council said [[phones would be kept in locked pouches and released at the end of the school day]].",
            {"the phone ban": N}),
          q("Mohammed Iqbal", P, DIR,
            "Mohammed Iqbal, local secretary of the teachers' union, said: “[[We support the ban, but teachers must not be left to confiscate phones from angry teenagers without backing from senior staff.]]”",
            {"the phone ban": F}),
          q("Chloe Barnes", P, DIR,
            "Chloe Barnes, 14, said: “[[Great, so when something happens at school my mum will find out from someone else's mum.]]”",
            {"the phone ban": A}),
          q("Department for Education spokesperson", R, DIR,
            "A Department for Education spokesperson said: “[[It is for individual schools to decide how they manage phones, and we have published guidance to help them.]]”",
            {"the phone ban": N}),
      ])

topic("school-savings-accounts", "US", "education",
      "The Legislature approved a universal education savings account program "
      "Thursday that would give families about $7,500 a year per child to "
      "spend on private school tuition, home schooling or other approved costs.",
      [
          q("Brett Lowry", P, DIR,
            "Gov. Brett Lowry said: “[[Every parent, not just the wealthy ones, should be able to choose the school that's right for their child.]]”",
            {"the voucher program": F}),
          q("Sharon Ellis", P, DIR,
            "Sharon Ellis, superintendent of the Lake County schools, said: “[[This takes money from the schools that educate nine out of ten kids and hands it to families who were already paying private tuition.]]”",
            {"the voucher program": A}),
          q("Jenny Kowalczyk", P, DIR,
            "Jenny Kowalczyk, whose son has dyslexia, said: “[[His school just couldn't help him. This money means I can finally afford a school that can.]]”",
            {"the voucher program": F}),
          q("Legislative budget office", O, IND,
            "The legislative budget office said [[about 60 percent of early applicants were already enrolled in private schools]].",
            {"the voucher program": N}),
          q("Carl Hendricks", P, DIR,
            "Republican state Rep. Carl Hendricks, who voted no, said: “[[There's no private school within 50 miles of most of my district. So remind me what choice my constituents are getting?]]”",
            {"the voucher program": A}),
          q("Sister Mary Grace", P, DIR,
            "Sister Mary Grace, principal of a Catholic elementary school, said: “[[We'd welcome more families, but I'll be honest with you, we don't have the seats.]]”",
            {"the voucher program": N}),
          q("state teachers union", O, MIX,
            "The state teachers union said [[the program was “a blank check with no accountability”]].",
            {"the voucher program": A}),
      ])

# ---------------------------------------------------------------------------
# SPORT GOVERNANCE
# ---------------------------------------------------------------------------

topic("football-regulator", "UK", "sport",
      "The Football Governance Bill, which would create an independent "
      "regulator with powers over club ownership and the flow of money from "
      "the Premier League to lower divisions, has passed its second reading.",
      [
          q("Supporters' Trust Network", O, DIR,
            "The Supporters' Trust Network said: “[[Fans have waited decades for this. Never again should a club with 130 years of history go bust because of one reckless owner.]]”",
            {"the independent regulator": F}),
          q("Premier League spokesman", R, DIR,
            "A Premier League spokesman said: “[[We remain concerned that the regulator could weaken the competitiveness of the most watched league in the world.]]”",
            {"the independent regulator": A}),
          q("Phil Granger", P, DIR,
            "Phil Granger, chairman of League Two side Coldbridge Rovers, said: “[[The Premier League keeps telling us the pyramid is healthy while half the Championship loses more money than it makes. Yes, we need a regulator.]]”",
            {"the independent regulator": F, "the Premier League": A}),
          q("Victor Brannigan", P, DIR,
            "Victor Brannigan, who owns a Premier League club, said: “[[I'm all for good governance. I just didn't buy a football club to have a civil servant tell me how to run it.]]”",
            {"the independent regulator": A}),
          q("Stuart Penn", P, IND,
            "Sports minister Stuart Penn said [[the regulator would initially focus on licensing clubs in the top five tiers and would have a budget of about £10m]].",
            {"the independent regulator": N}),
          q("Danny Whitlock", P, DIR,
            "Former England midfielder Danny Whitlock said: “[[Of course the big clubs hate it. That's how you know it's needed.]]”",
            {"the independent regulator": F, "the Premier League": A}),
          q("Kate Rhodes", P, IND,
            "Kate Rhodes, a football finance expert, said [[the top division's broadcast income was roughly 25 times that of the Championship]].",
            {"the independent regulator": N}),
      ])

topic("harrowfield-takeover", "UK", "sport",
      "A US-based consortium led by investor Brad Keller has agreed a deal to "
      "buy a 75% stake in Harrowfield Town, subject to approval by the "
      "English Football League.",
      [
          q("Harrowfield Supporters' Trust", O, DIR,
            "The Harrowfield Supporters' Trust said: “[[We have no idea who is really behind this money. Until we do, we cannot support the takeover.]]”",
            {"the takeover": A}),
          q("Roy Attwood", P, DIR,
            "Outgoing chairman Roy Attwood said: “[[Brad understands this club and its place in the town. I'm leaving Harrowfield in the best possible hands.]]”",
            {"the takeover": F, "Brad Keller": F}),
          q("Brad Keller", P, DIR,
            "Keller said: “[[We're not here to flip this club. We're here to build a new training ground and get Harrowfield back into the Championship.]]”",
            {"the takeover": F}),
          q("English Football League", O, IND,
            "The EFL said [[it was assessing the proposed owners under its owners' and directors' test and would not comment further]].",
            {"the takeover": N}),
          q("Alan Crouch", P, DIR,
            "Alan Crouch, a season ticket holder for 40 years, said: “[[Every new owner promises the world. The last one promised a new stand and left us with a winding-up order.]]”",
            {"Brad Keller": A}),
          q("Pam Okeke", P, DIR,
            "Pam Okeke, leader of Harrowfield Council, said: “[[Any serious investment in the club is good news for the town, and I look forward to meeting the new owners.]]”",
            {"the takeover": F}),
          q("Gary Dunne", P, MIX,
            "Former Harrowfield striker Gary Dunne said [[the deal was “the best thing to happen to this club in 20 years”]].",
            {"the takeover": F}),
      ])

topic("olympic-bid", "US", "sport",
      "City leaders on Wednesday formally launched a bid to host the 2040 "
      "Summer Olympics, with organizers promising to rely on existing and "
      "temporary venues.",
      [
          q("Victor Reyes", P, DIR,
            "Mayor Victor Reyes said: “[[The Olympics would put our city on the world stage and leave a legacy of transit and housing for generations.]]”",
            {"the Olympic bid": F}),
          q("No Games Coalition", O, DIR,
            "The No Games Coalition said: “[[Every host city is promised a legacy. What they get is debt, displacement and empty stadiums.]]”",
            {"the Olympic bid": A}),
          q("Jordan Ellis", P, DIR,
            "Sprinter Jordan Ellis, who grew up in the city, said: “[[Competing at a home Games would be the dream of a lifetime for every kid training here right now.]]”",
            {"the Olympic bid": F}),
          q("city controller", R, IND,
            "The city controller said [[the bid committee's estimate of $4.6 billion in costs did not include security, which the federal government would largely cover]].",
            {"the Olympic bid": N}),
          q("Monica Shaw", P, DIR,
            "Council member Monica Shaw said: “[[I'd love to see the Games here. I'd love even more to see the fire department fully staffed, and we can't afford both.]]”",
            {"the Olympic bid": A}),
          q("Steven Pratt", P, DIR,
            "Bid committee CEO Steven Pratt said: “[[We're not building a single new permanent stadium. This is a different kind of Games.]]”",
            {"the Olympic bid": F}),
          q("Tony Marchetti", P, DIR,
            "Tony Marchetti, who runs a coffee cart near City Hall, shrugged: “[[It's 16 years away. Ask me again in 2035.]]”",
            {"the Olympic bid": N}),
      ])

# ---------------------------------------------------------------------------
# TECHNOLOGY REGULATION
# ---------------------------------------------------------------------------

topic("online-age-checks", "UK", "technology",
      "Websites hosting pornography and other harmful content must introduce "
      "‘highly effective’ age checks by July under rules published by the "
      "online safety regulator.",
      [
          q("Joanna Price", P, DIR,
            "Joanna Price of the children's charity SafeKids UK said: “[[For too long it has been easier for a child to see hardcore pornography than to buy a lottery ticket. These checks are a vital step.]]”",
            {"age verification": F}),
          q("Open Rights Forum", O, DIR,
            "The digital rights group Open Rights Forum said: “[[Handing your passport or a face scan to a porn site, or to a third party you've never heard of, is a privacy disaster waiting to happen.]]”",
            {"age verification": A}),
          q("online safety regulator", O, IND,
            "The regulator said [[platforms could face fines of up to £18m or 10% of global turnover if they failed to comply]].",
            {"age verification": N}),
          q("Streamly", O, MIX,
            "The social media company Streamly said [[it supported the aims of the Online Safety Act but that requiring every website to run its own checks was “unworkable”]].",
            {"age verification": A}),
          q("Mark Dennison", P, DIR,
            "Mark Dennison, a father of two from Leicester, said: “[[My son had seen things by the age of ten that I wish I could unsee for him. I'd happily show ID every day if it stopped that.]]”",
            {"age verification": F}),
          q("Zoe Chandler", P, DIR,
            "Technology writer Zoe Chandler said: “[[Teenagers worked out VPNs about ten minutes after this was announced. Good luck, everyone.]]”",
            {"age verification": A}),
          q("Peter Wyatt", P, DIR,
            "Technology minister Peter Wyatt said: “[[The Online Safety Act is making the internet safer for children, and we will not hesitate to go further.]]”",
            {"the Online Safety Act": F}),
          q("Graham Pile", P, DIR,
            "Conservative MP Graham Pile said: “[[The Online Safety Act was sold to us as protecting children. It is turning into the biggest censorship machine this country has ever built.]]”",
            {"the Online Safety Act": A}),
      ])

topic("ai-safety-bill", "US", "technology",
      "A bill that would require developers of the largest artificial "
      "intelligence models to test them for catastrophic risks and publish "
      "safety plans passed the state Assembly on Monday, 49-16.",
      [
          q("Scott Ng", P, DIR,
            "State Sen. Scott Ng, the bill's author, said: “[[We're simply asking the biggest companies to do what they've already promised to do: test their models before they release them.]]”",
            {"the AI safety bill": F}),
          q("TechForward", O, DIR,
            "The industry group TechForward said: “[[This bill will chill innovation and push startups out of the state, while doing nothing for actual safety.]]”",
            {"the AI safety bill": A}),
          q("Leah Morgan", P, DIR,
            "Leah Morgan, a machine learning researcher who signed a letter backing the bill, said: “[[I've spent my career building these systems. I'd be lying if I told you we had the risks under control.]]”",
            {"the AI safety bill": F}),
          q("Chad Rollins", P, DIR,
            "Venture capitalist Chad Rollins posted: “[[Sure, let's have lawmakers who can't reset their own email passwords write the rules for frontier AI. What could go wrong?]]”",
            {"the AI safety bill": A}),
          q("governor's office", O, IND,
            "The governor's office said [[he would review the bill when it reached his desk]] and declined to say whether he would sign it.",
            {"the AI safety bill": N}),
          q("Ravi Subramanian", P, DIR,
            "Ravi Subramanian, who maintains a popular open-source AI library, said: “[[The safety goals are fine. But the liability clause could put anyone who publishes model weights in legal jeopardy, and that's a dealbreaker.]]”",
            {"the AI safety bill": A}),
          q("state labor federation", O, MIX,
            "The state labor federation said [[it backed the measure as a first step toward “guardrails that protect workers as well as users”]].",
            {"the AI safety bill": F}),
      ])

topic("e-scooter-ban", "US", "technology",
      "The city will end its rental e-scooter program on June 30 after the "
      "council voted not to renew permits for the three operators, citing "
      "safety complaints and cluttered sidewalks.",
      [
          q("Diane Foley", P, DIR,
            "Council member Diane Foley said: “[[I get more complaints about scooters blocking sidewalks than about potholes. Our residents in wheelchairs deserve better.]]”",
            {"the e-scooter ban": F}),
          q("Zipp Mobility", O, DIR,
            "Zipp Mobility said in a statement: “[[Our riders took more than 1.2 million trips last year, many of which replaced car journeys. Ending the program is a step backwards for the city's climate goals.]]”",
            {"the e-scooter ban": A}),
          q("Harold Kim", P, DIR,
            "Harold Kim, who uses a wheelchair and sits on the city's disability advisory board, said: “[[I've been trapped on my own block more times than I can count because someone dumped a scooter on the curb ramp.]]”",
            {"the e-scooter ban": F}),
          q("Jade Morris", P, DIR,
            "Jade Morris, a junior at the state university, said: “[[Great, so I'm back to a 40-minute walk to campus. Thanks for nothing.]]”",
            {"the e-scooter ban": A}),
          q("city transportation department", O, IND,
            "The transportation department said [[there were 214 reported scooter-related injuries last year, up from 150 the year before]].",
            {"the e-scooter ban": N}),
          q("Ben Alvarado", P, DIR,
            "Ben Alvarado of the advocacy group Bike City said: “[[Scooters weren't the problem. A city with no protected lanes was the problem, and that hasn't changed.]]”",
            {"the e-scooter ban": A}),
          q("Sheila Grant", P, DIR,
            "Asked about the vote, Mayor Sheila Grant said: “[[I'll sign whatever the council sends me on this.]]”",
            {"the e-scooter ban": N}),
      ])

# ---------------------------------------------------------------------------
# COURTS
# ---------------------------------------------------------------------------

topic("protest-sentence-appeal", "UK", "courts",
      "The Court of Appeal has cut the prison sentences of five climate "
      "protesters who blocked a motorway, ruling that the original terms of up "
      "to four years were ‘manifestly excessive’.",
      [
          q("Road Block Climate", O, DIR,
            "A spokesperson for the protest group Road Block Climate said: “[[This is a step in the right direction, but these people should never have been jailed for peaceful protest in the first place.]]”",
            {"the ruling": F, "the protesters": F}),
          q("Fiona Blake", P, MIX,
            "Home secretary Fiona Blake said [[the ruling was “disappointing”]] and that the government would look again at sentencing for disruptive protest.",
            {"the ruling": A}),
          q("Wayne Tibbs", P, DIR,
            "Wayne Tibbs, a lorry driver who was stuck in the resulting tailback for nine hours, said: “[[I missed my dad's hospital appointment because of them. They got what they deserved first time round.]]”",
            {"the ruling": A, "the protesters": A}),
          q("Nathan Greer", P, IND,
            "Nathan Greer, a criminal barrister, said [[the court had applied well-established sentencing principles and the judgment was unlikely to change the law on protest]].",
            {"the ruling": N}),
          q("Shami Okoye", P, DIR,
            "Shami Okoye, director of the civil liberties group Liberty Watch, said: “[[Four years for sitting on a road. Even the Court of Appeal couldn't stomach that.]]”",
            {"the ruling": F}),
          q("Lady Justice Pennant", P, IND,
            "Giving judgment, Lady Justice Pennant said [[the trial judge had given too much weight to deterrence and too little to the defendants' previous good character]].",
            {"the original sentences": A}),
          q("Police Federation", O, DIR,
            "The Police Federation said: “[[Officers spent hours removing these protesters at real risk to themselves. Today's decision sends the wrong message.]]”",
            {"the ruling": A}),
      ])

topic("congressional-map-ruling", "US", "courts",
      "A federal judge on Friday struck down the state's new congressional "
      "map, ruling that it diluted the voting power of Black residents in "
      "violation of the Voting Rights Act, and ordered lawmakers to draw a new "
      "one within 30 days.",
      [
          q("Monique Harris", P, DIR,
            "Monique Harris, a lawyer for the plaintiffs, said: “[[Today the court confirmed what we have said from the beginning: this map was drawn to silence Black voters.]]”",
            {"the ruling": F, "the congressional map": A}),
          q("Doug Prescott", P, DIR,
            "Attorney General Doug Prescott said: “[[We respectfully disagree with the court's decision and will seek an immediate stay from the court of appeals.]]”",
            {"the ruling": A}),
          q("Wes Harlan", P, DIR,
            "Senate Majority Leader Wes Harlan said: “[[The map was drawn using race-neutral criteria, exactly as the law requires.]]”",
            {"the congressional map": F}),
          q("State Board of Elections", O, IND,
            "The State Board of Elections said [[candidate filing deadlines could be moved if a new map was not in place by early December]].",
            {"the ruling": N, "the congressional map": N}),
          q("James Whitfield", P, DIR,
            "The Rev. James Whitfield, a plaintiff in the case, said: “[[My grandmother marched so I could vote. This judge made sure my vote counts.]]”",
            {"the ruling": F}),
          q("Karen Liu", P, DIR,
            "Karen Liu, an election law professor, said: “[[The big question is timing. Whatever happens on appeal, it will be very hard to have a new map in place before the primaries.]]”",
            {"the ruling": N, "the congressional map": N}),
          q("Andrea Booker", P, DIR,
            "U.S. Rep. Andrea Booker said: “[[The judge got it right. Now the legislature needs to do its job and draw a fair map.]]”",
            {"the ruling": F, "the congressional map": A}),
          q("Tim Bradshaw", P, MIX,
            "State Republican Party chairman Tim Bradshaw said [[the judge had “substituted his own politics for the will of the legislature”]].",
            {"the ruling": A, "the judge": A}),
      ])

topic("courier-tribunal-ruling", "UK", "courts",
      "An employment tribunal has ruled that couriers working for the "
      "delivery app Dashly are workers rather than self-employed contractors, "
      "entitling them to the minimum wage and holiday pay.",
      [
          q("Kwame Mensah", P, DIR,
            "Kwame Mensah, one of the 43 couriers who brought the claim, said: “[[I've been doing 60-hour weeks and some days taking home less than £5 an hour after fuel. Today I feel like somebody finally listened.]]”",
            {"the tribunal ruling": F}),
          q("Dashly spokesperson", R, DIR,
            "A Dashly spokesperson said: “[[Couriers tell us again and again that they value flexibility above everything else. We will be appealing.]]”",
            {"the tribunal ruling": A}),
          q("Independent Couriers' Union", O, MIX,
            "The Independent Couriers' Union said [[the ruling “exposes a business model built on exploitation”]].",
            {"the tribunal ruling": F, "Dashly": A}),
          q("Bartek Nowak", P, DIR,
            "Bartek Nowak, who has delivered for Dashly for three years, said: “[[I like being my own boss. If this means shifts and a manager, I'm out.]]”",
            {"the tribunal ruling": A}),
          q("Fiona Grant", P, IND,
            "Employment lawyer Fiona Grant said [[the ruling applied only to the 43 claimants but was likely to prompt thousands of similar claims]].",
            {"the tribunal ruling": N, "Dashly": N}),
          q("Marco Ricci", P, DIR,
            "Marco Ricci, who runs a pizzeria in Brighton that relies on the app, said: “[[We'll have to see what it means for the fees. It's too early to say.]]”",
            {"the tribunal ruling": N}),
          q("Dawn Hollins", P, DIR,
            "Labour MP Dawn Hollins said: “[[Dashly has spent millions on lawyers to avoid paying people the minimum wage. Shameful.]]”",
            {"Dashly": A}),
      ])

# ---------------------------------------------------------------------------
# ELECTIONS AND CANDIDATES
# ---------------------------------------------------------------------------

topic("metro-mayor-race", "UK", "elections",
      "With three weeks to go before the election for mayor of the West "
      "Riverside combined authority, the Labour incumbent, Jane Smith, faces a "
      "challenge from Conservative Richard Hale and independent Priya Shah.",
      [
          q("Richard Hale", P, DIR,
            "Launching his manifesto, Mr Hale said: “[[Four years ago the mayor promised a bus network that works. Ask anyone waiting at a stop in Halton tonight how that's going.]]”",
            {"the mayor": A}),
          q("Jane Smith", P, DIR,
            "Ms Smith said: “[[We have brought the buses back under public control, frozen fares at £2 and built 3,000 affordable homes. I'm asking for four more years to finish the job.]]”",
            {"Jane Smith": F}),
          q("Andrew Fenwick", P, DIR,
            "Andrew Fenwick, chair of the regional business council, said: “[[Whatever you think of her politics, Jane Smith has got things done. Investors know where they stand with her.]]”",
            {"Jane Smith": F}),
          q("Priya Shah", P, DIR,
            "Ms Shah said: “[[Both the big parties have had their turn. Richard Hale's party ran this region for a decade and left it with the worst buses in England.]]”",
            {"Richard Hale": A}),
          q("returning officer", R, IND,
            "The returning officer said [[postal votes had already been sent to around 210,000 electors and polling stations would be open from 7am to 10pm]].",
            {"Jane Smith": N, "Richard Hale": N, "Priya Shah": N}),
          q("Maureen Kelly", P, DIR,
            "Maureen Kelly, a retired nurse from Halton, said: “[[I voted for her last time. This time? I honestly don't know yet.]]”",
            {"the mayor": N}),
          q("Steve Barker", P, DIR,
            "Steve Barker, regional secretary of the Unified Workers' Union, said: “[[Our members remember who stood on the picket line with them, and it was Jane Smith, not Richard Hale.]]”",
            {"Jane Smith": F, "Richard Hale": A}),
          q("Wendy Clough", P, DIR,
            "Wendy Clough, who lives on the Moorside estate, said: “[[Hale's the first one who's actually come round here and listened. That counts for something.]]”",
            {"Richard Hale": F}),
          q("Tariq Anwar", P, DIR,
            "Tariq Anwar, a former Labour councillor who is backing the independent, said: “[[I've known Priya for twenty years. She's the only candidate who isn't taking orders from London.]]”",
            {"Priya Shah": F}),
      ])

topic("seventh-district-primary", "US", "elections",
      "State Sen. Dan Whitaker and former prosecutor Elena Ruiz are locked in "
      "a tight Democratic primary for the open 7th District congressional "
      "seat, with early voting beginning Saturday.",
      [
          q("Elena Ruiz", P, DIR,
            "Ruiz told supporters: “[[Dan Whitaker has been in the state Senate for 16 years and has nothing to show for it but a list of donors.]]”",
            {"Dan Whitaker": A}),
          q("Dan Whitaker", P, DIR,
            "Whitaker said: “[[I've passed 40 bills that made people's lives better. I'll put my record up against anybody's.]]”",
            {"Dan Whitaker": F}),
          q("regional building trades council", O, MIX,
            "The regional building trades council, which endorsed him last week, said [[Whitaker had “stood with working families on every vote that mattered”]].",
            {"Dan Whitaker": F}),
          q("Angela Brooks", P, DIR,
            "Angela Brooks, a nurse who voted early on Saturday, said: “[[I like Dan, I've voted for him before. But I think it's time for someone new, and Elena's sharp.]]”",
            {"Dan Whitaker": A, "Elena Ruiz": F}),
          q("county election board", O, IND,
            "The county election board said [[turnout in the first two days of early voting was up 18 percent compared with the last midterm primary]].",
            {"Elena Ruiz": N}),
          q("Patricia Dunn", P, DIR,
            "Former Gov. Patricia Dunn said: “[[Elena Ruiz put away people who preyed on this community. She'll fight just as hard in Washington.]]”",
            {"Elena Ruiz": F}),
          q("Malik Jordan", P, DIR,
            "Malik Jordan, an organizer with the progressive group Youth Vote Now, said: “[[A former prosecutor who sent hundreds of teenagers to juvenile detention? Hard pass.]]”",
            {"Elena Ruiz": A}),
          q("Laura Simmons", P, DIR,
            "Political scientist Laura Simmons said: “[[Neither candidate has broken away. This is going to come down to turnout in the suburbs.]]”",
            {"Dan Whitaker": N, "Elena Ruiz": N}),
      ])

topic("ashcombe-recall-petition", "UK", "elections",
      "A recall petition has opened in Ashcombe and Fenley after the "
      "constituency's MP, Graham Tollworth, was suspended from the Commons for "
      "ten days for breaching lobbying rules.",
      [
          q("Graham Tollworth", P, DIR,
            "Mr Tollworth said: “[[I have apologised and I have accepted my punishment. I hope constituents will judge me on eight years of hard work for this area.]]”",
            {"the recall petition": A, "Graham Tollworth": F}),
          q("Sarah Penhaligon", P, DIR,
            "Sarah Penhaligon, the Liberal Democrats' prospective candidate, said: “[[Every signature on this petition is a vote for honesty in politics.]]”",
            {"the recall petition": F}),
          q("petition officer", R, IND,
            "The petition officer said [[the petition would be open for six weeks at three signing places, and 10% of eligible voters, about 7,300 people, would need to sign]].",
            {"the recall petition": N, "Graham Tollworth": N}),
          q("Brenda Hosking", P, DIR,
            "Brenda Hosking, 68, from Fenley, said: “[[He helped my mum get her hip operation when nobody else would. I won't be signing.]]”",
            {"the recall petition": A, "Graham Tollworth": F}),
          q("Jake Turner", P, DIR,
            "Jake Turner, a teacher in Ashcombe, said: “[[Lobbying for a firm that was paying him while telling us he was fighting for us? I'll be first in the queue to sign.]]”",
            {"the recall petition": F, "Graham Tollworth": A}),
          q("party chief whip", R, DIR,
            "His party's chief whip said: “[[Graham broke the rules and he has been punished for it. What happens now is a matter for his constituents.]]”",
            {"the recall petition": N}),
      ])

# ---------------------------------------------------------------------------
# TRANSPORT
# ---------------------------------------------------------------------------

topic("high-speed-north-cancellation", "UK", "transport",
      "The government has cancelled the northern leg of the High Speed North "
      "rail line between Birmingham and Leeds, saying the money will instead "
      "be spent on hundreds of smaller transport schemes.",
      [
          q("Robert Caine", P, DIR,
            "Transport secretary Robert Caine said: “[[The costs of this project have more than doubled. I will not ask taxpayers to keep writing blank cheques when we can improve journeys for millions more people now.]]”",
            {"the cancellation": F, "High Speed North": A}),
          q("Tracy Holroyd", P, DIR,
            "Tracy Holroyd, mayor of the East Pennines, said: “[[The north has been promised this line for fifteen years. Once again we've been told to wait while London gets its new railway.]]”",
            {"the cancellation": A, "High Speed North": F}),
          q("Taxpayers' Union", O, DIR,
            "The Taxpayers' Union said: “[[About time. This vanity project should have been scrapped years ago.]]”",
            {"the cancellation": F}),
          q("Helen Ashworth", P, DIR,
            "Helen Ashworth, chief executive of a civil engineering firm in Sheffield, said: “[[We've already trained 400 apprentices for this work. I don't know what I tell them on Monday.]]”",
            {"the cancellation": A}),
          q("Department for Transport", O, IND,
            "The Department for Transport said [[about £36bn would be reallocated, including £12bn for local schemes in the north]].",
            {"the cancellation": N, "High Speed North": N}),
          q("Owen Pritchard", P, DIR,
            "Owen Pritchard, who commutes from Huddersfield to Manchester, said: “[[Honestly, I'd settle for the 7.42 turning up. Fix what we've got before building something new.]]”",
            {"High Speed North": A}),
          q("Gillian Royle", P, DIR,
            "Gillian Royle, whose farmhouse near Lichfield was on the planned route, said: “[[After twelve years of not knowing whether our house would be bulldozed, I can finally sleep.]]”",
            {"the cancellation": F}),
      ])

topic("southvale-bus-franchising", "UK", "transport",
      "Councillors in the Southvale combined authority will vote next month "
      "on whether to bring the region's buses under public control through a "
      "franchising scheme.",
      [
          q("Better Buses Southvale", O, DIR,
            "The campaign group Better Buses Southvale said: “[[Under deregulation we've lost a third of our routes. Franchising means the public, not operators' shareholders, decide where buses run.]]”",
            {"bus franchising": F}),
          q("Southvale Coaches", O, DIR,
            "Southvale Coaches, the region's largest operator, said: “[[Franchising elsewhere has cost hundreds of millions of pounds and taken years. A partnership with operators would deliver improvements faster and at lower cost.]]”",
            {"bus franchising": A}),
          q("combined authority finance director", R, IND,
            "The combined authority's finance director said [[the transition would cost an estimated £90m over five years]].",
            {"bus franchising": N}),
          q("Eileen Shaw", P, DIR,
            "Eileen Shaw, 74, who relies on the number 12, said: “[[I don't care who runs them. I care that the last bus home leaves at half six.]]”",
            {"bus franchising": N}),
          q("Paul Henshaw", P, DIR,
            "Councillor Paul Henshaw said: “[[I was sceptical at first, I'll admit. But having seen what's happened in Manchester, I'm convinced.]]”",
            {"bus franchising": F}),
          q("Margaret Lyle", P, DIR,
            "Conservative councillor Margaret Lyle said: “[[It's a lovely idea on paper. So was the tram extension, and we're still paying for that.]]”",
            {"bus franchising": A}),
          q("Dave Ingham", P, DIR,
            "Dave Ingham, a bus driver for 18 years, said: “[[The company's cut my route twice in three years. Whatever comes next can't be worse.]]”",
            {"bus franchising": F}),
      ])

topic("congestion-pricing", "US", "transport",
      "Drivers entering Bayport's central business district will pay a $9 "
      "toll at peak hours starting next month, after the regional "
      "transportation authority gave final approval to a congestion pricing "
      "program.",
      [
          q("Nora Feldman", P, DIR,
            "Nora Feldman of the Riders Alliance said: “[[This will cut traffic, clean the air and raise the money we need to fix a subway system that's falling apart.]]”",
            {"congestion pricing": F}),
          q("Vincent Russo", P, DIR,
            "State Sen. Vincent Russo, who represents a suburban district, said: “[[My constituents already pay bridge tolls, gas taxes and parking. Now they pay just to go to work? It's a commuter tax, plain and simple.]]”",
            {"congestion pricing": A, "the toll": A}),
          q("regional transportation authority", O, IND,
            "The transportation authority said [[the toll would apply from 5 a.m. to 9 p.m. on weekdays and was expected to raise $500 million a year]].",
            {"congestion pricing": N, "the toll": N}),
          q("Luisa Ferrante", P, DIR,
            "Luisa Ferrante, who owns a trattoria near the waterfront, said: “[[Half my customers drive in from the suburbs. If this keeps them home, I'm done.]]”",
            {"congestion pricing": A}),
          q("Andre Williams", P, DIR,
            "Andre Williams, a bike messenger, said: “[[For the first time in years I might be able to ride down Fifth without breathing exhaust the whole way. Bring it on.]]”",
            {"congestion pricing": F}),
          q("Bayport Taxi Drivers Association", O, MIX,
            "The Bayport Taxi Drivers Association said [[the surcharge on cab rides would “drive passengers straight into the arms of the app companies”]].",
            {"congestion pricing": A}),
          q("Helen Marsh", P, DIR,
            "Gov. Helen Marsh said: “[[I've heard the concerns and I share some of them. But doing nothing isn't an option, and this plan is the best we've got.]]”",
            {"congestion pricing": F}),
          q("Peter Lindqvist", P, IND,
            "Transportation economist Peter Lindqvist said [[similar schemes in London and Stockholm had cut traffic inside the charging zone by roughly 20 to 30 percent]].",
            {"congestion pricing": N}),
          q("Ruth Goldman", P, DIR,
            "Ruth Goldman, who lives just inside the zone, said: “[[Nine dollars to drive three blocks to my mother's? Brilliant. Really well thought through.]]”",
            {"the toll": A}),
      ])

# ---------------------------------------------------------------------------
# BUSINESS MERGERS AND TAKEOVERS
# ---------------------------------------------------------------------------

topic("supermarket-merger", "UK", "business",
      "The competition regulator has opened an in-depth investigation into "
      "the proposed £7bn merger of supermarket chains FreshWay and Grovers, "
      "which together would control about a quarter of the UK grocery market.",
      [
          q("Alistair Mount", P, DIR,
            "FreshWay chief executive Alistair Mount said: “[[Combining our businesses will allow us to cut prices on thousands of everyday products. We will engage constructively with the regulator.]]”",
            {"the merger": F}),
          q("ShopperWatch", O, DIR,
            "The consumer group ShopperWatch said: “[[Fewer supermarkets competing for shoppers almost always means higher prices. The regulator is right to look hard at this.]]”",
            {"the merger": A, "the investigation": F}),
          q("Competition and Markets Office", O, IND,
            "The regulator said [[it would publish provisional findings within 24 weeks and had identified possible concerns in 230 local areas]].",
            {"the merger": N, "the investigation": N}),
          q("Tom Bracewell", P, DIR,
            "Tom Bracewell, president of the National Farmers' Federation, said: “[[Our members already get squeezed on price by the big supermarkets. A bigger buyer means a bigger squeeze.]]”",
            {"the merger": A}),
          q("Retail Staff Union", O, DIR,
            "The Retail Staff Union said: “[[We will hold both companies to their promise of no store closures. If that promise is kept, we have no objection to the deal.]]”",
            {"the merger": N}),
          q("Harriet Lamb", P, DIR,
            "Harriet Lamb, a retail analyst at a City broker, said: “[[Frankly, the investigation is the least surprising news of the year. The deal still makes sense, but expect some store sales.]]”",
            {"the merger": F, "the investigation": N}),
          q("Lowell Capital", O, MIX,
            "Activist investor Lowell Capital, which owns 4% of Grovers, said [[the offer “significantly undervalues” the business]] and it would vote against the deal.",
            {"the merger": A}),
          q("Nick Ruane", P, DIR,
            "Nick Ruane, chair of the Commons business committee, said: “[[I'll be watching closely to make sure the regulator has the resources to do its job properly.]]”",
            {"the investigation": N}),
      ])

topic("skybridge-pelican-merger", "US", "business",
      "The Justice Department sued Tuesday to block SkyBridge Airlines' $3.8 "
      "billion acquisition of low-cost carrier Pelican Air, arguing the deal "
      "would raise fares for millions of travelers.",
      [
          q("Dana Whitford", P, DIR,
            "Assistant Attorney General Dana Whitford said: “[[When airlines merge, fares go up and choices go down. We will not let that happen here.]]”",
            {"the merger": A, "the lawsuit": F}),
          q("Craig Donovan", P, DIR,
            "SkyBridge CEO Craig Donovan said: “[[This lawsuit is misguided. Our combination would create a stronger competitor to the four big airlines that already control 80 percent of the market.]]”",
            {"the merger": F, "the lawsuit": A}),
          q("Pelican pilots union", O, IND,
            "Pelican's pilots union said [[it had backed the deal after securing job protections for its members]].",
            {"the merger": F}),
          q("Marcy Levin", P, DIR,
            "Marcy Levin of the consumer group Travelers United said: “[[Pelican is the reason fares on half these routes are reasonable. Take it away and watch what happens.]]”",
            {"the merger": A}),
          q("Henry Osgood", P, IND,
            "Aviation analyst Henry Osgood said [[the two carriers overlapped on 31 nonstop routes, mostly in the Northeast and Florida]].",
            {"the merger": N, "the lawsuit": N}),
          q("Lisa Chao", P, DIR,
            "Mayor Lisa Chao of Fort Myers, where Pelican has a base, said: “[[If SkyBridge keeps its promises on new routes from our airport, this could be good for us. That's a big if.]]”",
            {"the merger": N}),
          q("Derek Fong", P, DIR,
            "Derek Fong, a consultant who flies Pelican twice a month, said: “[[Wonderful. Another merger that's going to be ‘good for consumers.’ I'll believe it when my ticket gets cheaper.]]”",
            {"the merger": A}),
      ])

topic("southern-vale-water-bid", "UK", "business",
      "A private equity consortium has tabled a £4bn rescue bid for debt-laden "
      "Southern Vale Water, which faces record fines for sewage spills.",
      [
          q("Jonathan Ferris", P, DIR,
            "Jonathan Ferris, a partner at the lead investor, said: “[[Our plan brings £3bn of new equity to fix pipes and cut spills. Without it, this company is heading for special administration.]]”",
            {"the bid": F}),
          q("Clean Rivers Now", O, DIR,
            "The campaign group Clean Rivers Now said: “[[The same kind of investors who loaded this company with debt are now offering to rescue it. You couldn't make it up.]]”",
            {"the bid": A}),
          q("water regulator", O, IND,
            "The water regulator said [[any change of ownership would be assessed against its financial resilience rules]].",
            {"the bid": N, "Southern Vale Water": N}),
          q("Emma Radcliffe", P, DIR,
            "Environment secretary Emma Radcliffe said: “[[Bill payers must not foot the bill for years of failure. Whoever owns Southern Vale must clean up our rivers.]]”",
            {"the bid": N, "Southern Vale Water": A}),
          q("Lucy Trent", P, DIR,
            "Lucy Trent, a customer in Chichester, said: “[[My bill has gone up 30% and they're still pumping sewage into the river my kids swim in.]]”",
            {"Southern Vale Water": A}),
          q("bondholders' committee", O, DIR,
            "A committee representing the company's bondholders said: “[[We believe our alternative plan offers better value for bill payers than this bid.]]”",
            {"the bid": A}),
          q("GMU Union", O, MIX,
            "The GMU union said [[it would support “any credible plan” that protected jobs and kept the company out of administration]].",
            {"the bid": N}),
          q("Ian Corrigan", P, DIR,
            "Labour MP Ian Corrigan said: “[[This should be the moment to bring Southern Vale into public ownership, not hand it to another set of financiers.]]”",
            {"the bid": A}),
      ])

# ---------------------------------------------------------------------------
# LOCAL COUNCILS
# ---------------------------------------------------------------------------

topic("library-closures", "UK", "councils",
      "Eastbridge Council has approved plans to close nine of its 16 "
      "libraries, saving £1.1m a year, as it tries to close a £24m gap in its "
      "budget.",
      [
          q("Peter Maddox", P, DIR,
            "Cabinet member Peter Maddox said: “[[Nobody becomes a councillor to close libraries. But it is this or cut care for vulnerable adults, and I won't do that.]]”",
            {"the library closures": F}),
          q("Friends of Northgate Library", O, DIR,
            "Friends of Northgate Library said: “[[This library is the only warm place some of our older residents go all day. Closing it is a false economy.]]”",
            {"the library closures": A}),
          q("Sally Baxter", P, DIR,
            "Children's author Sally Baxter, who grew up in the town, said: “[[I learned to read in Eastbridge library. What a proud legacy for this council: a generation that won't.]]”",
            {"the library closures": A, "Eastbridge Council": A}),
          q("Eastbridge Council", O, IND,
            "The council said [[six of the libraries could stay open if community groups agreed to run them, and expressions of interest would be accepted until April]].",
            {"the library closures": N, "Eastbridge Council": N}),
          q("Anne Redfern", P, DIR,
            "Opposition leader Anne Redfern said: “[[They found £3m to refurbish the council offices last year. Strange how the money runs out when it comes to libraries.]]”",
            {"Eastbridge Council": A, "the library closures": A}),
          q("Colin Wray", P, DIR,
            "Colin Wray, a resident, said: “[[I haven't been in a library in twenty years, to be honest. If it keeps my council tax down, fine.]]”",
            {"the library closures": F}),
          q("government spokesperson", R, DIR,
            "A government spokesperson said: “[[Councils are independent bodies and are responsible for decisions about local services.]]”",
            {"the library closures": N}),
      ])

topic("harlow-fields-commissioners", "UK", "councils",
      "The government has sent commissioners in to run Harlow Fields Borough "
      "Council after it issued a section 114 notice, effectively declaring "
      "itself bankrupt, with debts of £1.8bn linked to commercial property "
      "investments.",
      [
          q("Lorna Banks", P, DIR,
            "Local government minister Lorna Banks said: “[[Residents deserve a council that is run competently. The commissioners will provide the stability and expertise that have been sorely lacking.]]”",
            {"the commissioners": F, "the council leadership": A}),
          q("Martin Greaves", P, DIR,
            "Council leader Martin Greaves said: “[[We welcome the commissioners and will work with them constructively. But let's be clear: it was a decade of funding cuts that pushed us here.]]”",
            {"the commissioners": F}),
          q("Janice Cole", P, DIR,
            "Janice Cole, a resident of 40 years, said: “[[They spent a billion pounds on office blocks and a solar farm in another county. Someone should be in court, not just replaced.]]”",
            {"the council leadership": A}),
          q("Unison branch", O, MIX,
            "The council's union branch said [[it feared the commissioners would pursue “cuts first, questions later”]].",
            {"the commissioners": A}),
          q("external auditor", R, IND,
            "The council's external auditor said [[accounts for the last three years had still not been signed off]].",
            {"the council leadership": N}),
          q("Rita Osman", P, DIR,
            "Opposition councillor Rita Osman said: “[[I've been warning about these investments for six years. I take no pleasure in being right.]]”",
            {"the council leadership": A}),
          q("Sir David Fenn", P, DIR,
            "Sir David Fenn, the lead commissioner, said: “[[Our first job is to understand the scale of the problem. We will publish an improvement plan within six months.]]”",
            {"the commissioners": N}),
      ])

topic("brackley-moor-council-tax", "UK", "councils",
      "Councillors in Brackley Moor have voted for a 9.99% rise in council "
      "tax, almost double the usual cap, after the government gave the "
      "authority special permission to avoid insolvency.",
      [
          q("Hazel Wood", P, DIR,
            "Finance cabinet member Hazel Wood said: “[[No one wants to ask residents to pay more. The alternative was closing children's centres and moving bin collections to every three weeks.]]”",
            {"the council tax rise": F}),
          q("Ron Tilley", P, DIR,
            "Ron Tilley, 79, said: “[[My pension went up 4%. My council tax goes up ten. You do the maths.]]”",
            {"the council tax rise": A}),
          q("Brackley Moor Taxpayers' Group", O, MIX,
            "The Brackley Moor Taxpayers' Group said [[residents were being made to pay for “years of financial mismanagement”]].",
            {"the council tax rise": A}),
          q("Brackley Moor Council", O, IND,
            "The council said [[a Band D bill would rise by about £200 to £2,210 a year]].",
            {"the council tax rise": N}),
          q("Joe Whitton", P, DIR,
            "Opposition councillor Joe Whitton said: “[[We proposed taking £4m from reserves and limiting the rise to 4.99%. It was voted down.]]”",
            {"the council tax rise": A}),
          q("Grace Adeleke", P, DIR,
            "Grace Adeleke, who manages the town's food bank, said: “[[Another £200 a year will push some of the families we see over the edge.]]”",
            {"the council tax rise": A}),
          q("Martin Quayle", P, DIR,
            "Martin Quayle, who runs a home care agency in the borough, said: “[[Without this money, adult social care here would have collapsed by the autumn. It's painful, but it had to happen.]]”",
            {"the council tax rise": F}),
          q("government spokesperson", R, DIR,
            "A government spokesperson said: “[[We agreed to the council's request so it can protect frontline services, and it must now set out a credible recovery plan.]]”",
            {"the council tax rise": F}),
      ])

# ---------------------------------------------------------------------------
# SECOND ANNOTATION PASS
# Items added after the first count, to balance labels within topics: more
# quotes that take no side (procedural, factual, undecided speakers) and more
# supporters in topics whose first pass was dominated by opponents.
# ---------------------------------------------------------------------------

extend("hmrc-helpline-strike", [
    q("Kath Doyle", P, DIR,
      "Kath Doyle, who has worked on the Bootle helpline for 11 years, said: “[[On a good day you can actually sort someone's problem out. We're asking for more of those days, that's all.]]”",
      {"the strike": F}),
    q("HM Revenue and Customs", O, IND,
      "HMRC said [[its online services, including the HMRC app, would not be affected by the action]].",
      {"the industrial action": N}),
])

extend("pennine-rail-walkout", [
    q("Amy Collins", P, DIR,
      "Amy Collins, who commutes from Halifax to Leeds, said: “[[I'd rather have a driver who's had a proper weekend than one on his thirteenth day in a row.]]”",
      {"the walkout": F, "the new rostering system": A}),
    q("rail minister", R, DIR,
      "The rail minister said: “[[This is a matter for the company and the union, and I would encourage both to keep talking.]]”",
      {"the walkout": N, "Pennine Express": N}),
])

extend("nurses-pay-offer", [
    q("Ian Parry", P, DIR,
      "Ian Parry, a charge nurse in Wrexham, said: “[[People clapped for us on their doorsteps. If it comes to it, I think they'll stand with us on a picket line too.]]”",
      {"strike action": F}),
])

extend("university-marking-boycott", [
    q("Tom Alder", P, DIR,
      "Dr Tom Alder, a lecturer on a fixed-term contract, said: “[[I've been on rolling nine-month contracts for six years. Withholding marks is the only leverage people like me have.]]”",
      {"the marking boycott": F}),
    q("higher education regulator", O, IND,
      "The higher education regulator said [[it was monitoring the situation and had received around 140 complaints from students so far]].",
      {"the marking boycott": N}),
])

extend("halvorsen-auto-strike", [
    q("Walt Kaminski", P, DIR,
      "Walt Kaminski, who retired from the Toledo plant after 31 years, brought coffee to the picket line. “[[I walked this line in '98. These kids are fighting for the same things we were, and they're right to,]]” he said.",
      {"the strike": F}),
    q("Halvorsen Motors", O, IND,
      "Halvorsen said [[it had temporarily laid off about 2,000 workers at its engine plant in Indiana because of parts shortages linked to the strike]].",
      {"the strike": N}),
])

extend("bin-workers-walkout", [
    q("Frank Adebayo", P, DIR,
      "Frank Adebayo, whose road has had no collection since the start of the month, said: “[[I'd rather step round a few bags than see those lads lose two grand. They're out in all weathers for us.]]”",
      {"the walkout": F, "scrapping the allowance": A, "the bin strike": F}),
    q("Acas", O, IND,
      "The conciliation service Acas confirmed [[talks between the council and the union would resume on Thursday]].",
      {"the walkout": N, "the council": N}),
])

extend("us-teachers-strike", [
    q("spokesman for the state superintendent of public instruction", R, DIR,
      "A spokesman for the state superintendent of public instruction said: “[[We're monitoring the situation closely and stand ready to help both sides reach an agreement.]]”",
      {"the strike": N}),
])

extend("airport-baggage-handlers", [
    q("Joanne Pike", P, DIR,
      "Joanne Pike, returning from Tenerife, said: “[[We got through in about the normal time, to be fair. I didn't even know there was a strike on until I saw the news.]]”",
      {"the industrial action": N}),
    q("Sam Whitlow", P, DIR,
      "Labour councillor Sam Whitlow said: “[[SkyServe made £40m in profit last year. It can afford a decent offer.]]”",
      {"the industrial action": F, "the pay offer": A}),
])

extend("parcelway-union-drive", [
    q("Derek Simms", P, DIR,
      "Derek Simms, who has worked in the building since it opened, said: “[[I used to think unions were for car plants in the fifties. Then I watched them fire a guy with a bad back for being too slow.]]”",
      {"the union drive": F, "Parcelway": A}),
    q("Parcelway", O, IND,
      "Parcelway said [[the facility employed about 2,300 people and that starting pay there was $19.50 an hour]].",
      {"the union drive": N}),
])

extend("postal-work-to-rule", [
    q("ParcelPost UK", O, IND,
      "The company said [[some deliveries in the affected areas could be delayed by up to two days]].",
      {"the work-to-rule": N}),
])

extend("resident-doctors-strike", [
    q("Ayesha Malik", P, DIR,
      "Ayesha Malik, a final-year medical student in Leeds, said: “[[Half my year are already looking at jobs in Australia. If this fight is lost, who's going to staff the hospitals?]]”",
      {"the strike": F}),
    q("Department of Health and Social Care", O, IND,
      "The Department of Health and Social Care said [[a further round of talks had been pencilled in for the week after the strike]].",
      {"the strike": N}),
])

extend("hotel-workers-strike", [
    q("federal mediator", R, IND,
      "A federal mediator assigned to the dispute said [[she had spoken to both sides and would convene talks as soon as they were willing]].",
      {"the strike": N, "the hotels": N}),
])

extend("junk-food-ad-ban", [
    q("Greenleaf Stores", O, DIR,
      "The supermarket chain Greenleaf Stores said: “[[We stopped advertising these products to children two years ago and our sales held up fine. We welcome a level playing field.]]”",
      {"the advertising ban": F}),
    q("Channel North", O, IND,
      "A spokesperson for the broadcaster Channel North said [[it was still assessing the likely impact on its advertising revenue]].",
      {"the advertising ban": N}),
])

extend("ae-downgrade", [
    q("Brian Castle", P, DIR,
      "Brian Castle, 61, who had a stroke last year, said: “[[The ambulance took me straight to the specialist unit and I'm walking today because of it. Twenty-two miles is nothing.]]”",
      {"the A&E downgrade": F}),
    q("hospital trust", O, IND,
      "The trust said [[the change would take effect in October and the urgent treatment centre would be open 24 hours a day]].",
      {"the A&E downgrade": N}),
])

extend("medicaid-work-requirements", [
    q("Centers for Medicare and Medicaid Services", O, IND,
      "The Centers for Medicare and Medicaid Services said [[it had received the state's waiver application and would review it within 90 days]].",
      {"the work requirements": N}),
    q("Owen Marsh", P, DIR,
      "Owen Marsh of the conservative think tank the Prairie Institute said: “[[Work requirements in welfare reform moved millions of people into jobs in the '90s. There's no reason Medicaid should be any different.]]”",
      {"the work requirements": F}),
])

extend("assisted-dying-bill", [
    q("Gareth Lowe", P, DIR,
      "Gareth Lowe, the Conservative MP for Wealdstone, said: “[[I've had 400 emails on this, roughly half on each side. I genuinely haven't made up my mind.]]”",
      {"the assisted dying bill": N}),
    q("Ann Foley", P, DIR,
      "Dr Ann Foley, a retired GP, said: “[[I've sat with patients who begged me for help I couldn't legally give them. This bill would finally let doctors like me give it.]]”",
      {"the assisted dying bill": F}),
])

extend("generational-smoking-ban", [
    q("Maureen Platt", P, DIR,
      "Maureen Platt, 58, said: “[[I started at 12 and it took me thirty years and three heart stents to stop. If this spares my grandkids that, good.]]”",
      {"the generational smoking ban": F}),
    q("Chartered Trading Standards Institute", O, DIR,
      "The Chartered Trading Standards Institute said: “[[Enforcement will be carried out through our existing programme of test purchases.]]”",
      {"the generational smoking ban": N}),
])

extend("little-brinton-homes", [
    q("Nadine Ross", P, DIR,
      "Nadine Ross of the housing charity HomeStart said: “[[There are 2,000 families on the district's waiting list. Every one of these homes matters.]]”",
      {"the development": F}),
    q("county highways authority", O, IND,
      "The county highways authority said [[the developer would pay for a new roundabout on the main road into the village]].",
      {"the development": N}),
])

extend("brookfield-zoning", [
    q("Megan Torres", P, DIR,
      "Megan Torres, 34, a third-grade teacher who rents a room in a shared house, said: “[[I teach these kids and I can't afford to live in their neighborhood. A duplex would be a dream.]]”",
      {"the zoning changes": F}),
    q("city attorney", R, IND,
      "The city attorney said [[the ordinance would take effect in 60 days unless a referendum petition gathered enough signatures]].",
      {"the zoning changes": N}),
])

extend("scotland-rent-cap", [
    q("Graeme Lindsay", P, DIR,
      "Graeme Lindsay, who runs a letting agency in Dundee, said: “[[Landlords are phoning me every day asking what it means. Honestly, until we see the bill, nobody knows.]]”",
      {"rent controls": N}),
])

extend("stansbury-second-runway", [
    q("Carol Pritchett", P, DIR,
      "Carol Pritchett, who lives in the village of Oxley End, said: “[[I can see both sides. I've got a son who needs a job and a daughter with asthma.]]”",
      {"the airport expansion": N}),
])

extend("thornby-wind-farm", [
    q("Thornby Parish Council", O, IND,
      "Thornby Parish Council said [[it would hold a public meeting on 12 May and would form its view after that]].",
      {"the wind farm": N}),
])

extend("larkfield-oil-field", [
    q("Shetland Islands Council", O, IND,
      "Shetland Islands Council said [[it had not been formally consulted and was seeking a meeting with the operator]].",
      {"the Larkfield field": N}),
])

extend("bramford-ulez-expansion", [
    q("Transport for Bramford", O, IND,
      "Transport for Bramford said [[more than 2,000 applications to the scrappage scheme had been received in the first week]].",
      {"the scrappage scheme": N}),
    q("Leanne Price", P, DIR,
      "Leanne Price, whose children walk to school along the ring road, said: “[[Anything that takes the worst vans off that road gets my vote.]]”",
      {"the ULEZ expansion": F}),
])

extend("ev-sales-mandate", [
    q("Priya Venkat", P, DIR,
      "Priya Venkat, founder of the charging company VoltPath, said: “[[This gives us the certainty to build. We'll have 400 fast chargers in rural counties by 2028.]]”",
      {"the EV mandate": F}),
])

extend("windfall-tax", [
    q("HM Treasury", O, IND,
      "The Treasury said [[the levy would end early if oil and gas prices fell below a set floor for six months in a row]].",
      {"the windfall tax": N}),
])

extend("vat-school-fees", [
    q("Fair Schools Campaign", O, DIR,
      "The Fair Schools Campaign said: “[[Private schools have enjoyed charitable tax breaks for far too long. It's only right that they start paying their way.]]”",
      {"VAT on school fees": F}),
])

extend("income-tax-repeal", [
    q("state chamber of commerce", O, DIR,
      "A spokeswoman for the state chamber of commerce said: “[[Our members are split on this one, and we haven't taken a position.]]”",
      {"the income tax repeal": N}),
])

extend("asylum-barge", [
    q("Harwick police", O, DIR,
      "A police spokesman said: “[[Officers will be present to make sure any protests remain peaceful and the site is safe for everyone.]]”",
      {"the barge": N}),
    q("Ravi Shah", P, IND,
      "Dr Ravi Shah, a GP in the town, said [[his practice had not yet been told how many extra patients to expect]].",
      {"the barge": N}),
])

extend("county-sanctuary-ordinance", [
    q("Luis Herrera", P, DIR,
      "Pastor Luis Herrera, whose congregation includes many mixed-status families, said: “[[This vote means a dad can report a burglary without worrying he won't come home to his kids.]]”",
      {"the sanctuary ordinance": F}),
])

extend("police-overtime-budget", [
    q("Ken Oduya", P, DIR,
      "Mayor Ken Oduya said: “[[I'll be watching how both the overtime changes and the new team perform over the next year before I make any further decisions.]]”",
      {"the overtime cut": N, "the crisis response team": N}),
])

extend("ashgrove-academy-conversion", [
    q("Beacon Learning Trust", O, IND,
      "The trust said [[there were no plans to change the school's name, uniform or admissions policy]].",
      {"the academy conversion": N}),
])

extend("school-savings-accounts", [
    q("Heather Lund", P, DIR,
      "Heather Lund, who has home-schooled her three children for nine years, said: “[[We've paid for every book and every class ourselves. It's nice to finally get some of our own tax money back.]]”",
      {"the voucher program": F}),
])

extend("football-regulator", [
    q("English Football League", O, IND,
      "The EFL said [[it would continue talks with the Premier League over a new funding deal while the bill went through Parliament]].",
      {"the independent regulator": N, "the Premier League": N}),
])

extend("harrowfield-takeover", [
    q("Liam Shepherd", P, DIR,
      "Liam Shepherd, who edits the fanzine Town Talk, said: “[[I'll judge him in two years, not on a press release.]]”",
      {"Brad Keller": N}),
])

extend("olympic-bid", [
    q("Rosa Jimenez", P, DIR,
      "Rosa Jimenez of the Tenants Union said: “[[Athletes' villages always turn into luxury condos. Ask renters in any host city how that worked out for them.]]”",
      {"the Olympic bid": A}),
])

extend("online-age-checks", [
    q("Information Commissioner's Office", O, IND,
      "The Information Commissioner's Office said [[it would work with the regulator to make sure age checks complied with data protection law]].",
      {"age verification": N}),
])

extend("ai-safety-bill", [
    q("Dana Ochoa", P, IND,
      "Dana Ochoa, a policy researcher at a university AI institute, said [[fewer than ten companies would currently meet the bill's threshold of $100 million in training costs]].",
      {"the AI safety bill": N}),
])

extend("e-scooter-ban", [
    q("Evelyn Park", P, DIR,
      "Evelyn Park, 78, said: “[[I've been knocked over once already. I won't miss them.]]”",
      {"the e-scooter ban": F}),
])

extend("protest-sentence-appeal", [
    q("Crown Prosecution Service", O, IND,
      "The Crown Prosecution Service said [[it noted the judgment and would consider its implications for future cases]].",
      {"the ruling": N}),
    q("Helen Kirby", P, DIR,
      "Professor Helen Kirby, a climate scientist who gave evidence for the defence at the original trial, said: “[[History tends to be kind to people who break minor laws for major causes.]]”",
      {"the protesters": F}),
])

extend("congressional-map-ruling", [
    q("Darlene Fisk", P, DIR,
      "Darlene Fisk, a voter in Clay County, said: “[[I just want to know which district I'm in. Nobody can tell me.]]”",
      {"the ruling": N}),
])

extend("courier-tribunal-ruling", [
    q("Sadia Begum", P, DIR,
      "Sadia Begum, a courier in Birmingham, said: “[[Holiday pay. I've never had holiday pay in my life. I'm going to take my kids to the seaside.]]”",
      {"the tribunal ruling": F}),
])

extend("metro-mayor-race", [
    q("Northern Polling", O, IND,
      "A survey by Northern Polling found [[Smith on 38%, Hale on 31% and Shah on 19%, with one in eight voters undecided]].",
      {"Jane Smith": N, "Richard Hale": N}),
])

extend("ashcombe-recall-petition", [
    q("Pat Nankervis", P, DIR,
      "Pat Nankervis, a shop owner in Ashcombe, said: “[[I'll read what he actually did and then decide. I've not made my mind up yet.]]”",
      {"the recall petition": N}),
])

extend("high-speed-north-cancellation", [
    q("Rail Industry Association", O, IND,
      "The Rail Industry Association said [[contracts for the northern leg had not been signed, so compensation costs were expected to be limited]].",
      {"the cancellation": N}),
])

extend("congestion-pricing", [
    q("Bayport EMS", O, DIR,
      "A spokesman for Bayport EMS said: “[[Anything that gets our crews through downtown faster saves lives.]]”",
      {"congestion pricing": F}),
])

extend("skybridge-pelican-merger", [
    q("Raymond Ochs", P, DIR,
      "Raymond Ochs, director of the regional airport in Savannah, said: “[[A stronger SkyBridge means more flights out of here. We hope the deal goes through.]]”",
      {"the merger": F, "the lawsuit": A}),
])

extend("southern-vale-water-bid", [
    q("Nigel Ashdown", P, DIR,
      "Southern Vale's chairman, Sir Nigel Ashdown, said: “[[This offer is the only credible route to the investment our network needs, and the board unanimously recommends it.]]”",
      {"the bid": F}),
    q("Sussex Business Forum", O, DIR,
      "The Sussex Business Forum said: “[[Whoever owns it, the company needs money now. This bid at least puts cash on the table.]]”",
      {"the bid": F}),
])

extend("library-closures", [
    q("Eastbridge Ratepayers' Association", O, DIR,
      "The Eastbridge Ratepayers' Association said: “[[Libraries are lovely, but the council's first duty is to protect children and vulnerable adults. The cabinet made the right call.]]”",
      {"the library closures": F}),
])

extend("harlow-fields-commissioners", [
    q("Terry Wilde", P, DIR,
      "Terry Wilde, who runs a café opposite the town hall, said: “[[Good. Somebody competent in charge at last.]]”",
      {"the commissioners": F, "the council leadership": A}),
])

extend("brackley-moor-council-tax", [
    q("Anita Shaw", P, DIR,
      "Anita Shaw, a resident of the Hollins ward, said: “[[I don't mind paying more if the potholes get filled. I'll wait and see.]]”",
      {"the council tax rise": N}),
])

extend("asylum-barge", [
    q("Dennis Cray", P, DIR,
      "Dennis Cray, who runs a guesthouse on the seafront, said: “[[For two years the biggest hotel in town has had no tourists in it. If the barge means we get it back, I'm all for it.]]”",
      {"the barge": F}),
])

extend("school-phone-ban", [
    q("Lisa Marchant", P, DIR,
      "Lisa Marchant, whose daughter is in Year 8, said: “[[She used to get 200 notifications before lunch. Now she gets none, and she's a different kid.]]”",
      {"the phone ban": F}),
])

extend("football-regulator", [
    q("Kevin Ashby", P, DIR,
      "Kevin Ashby, a lifelong supporter of Castlebridge, which went out of business in 2019, said: “[[I watched my club die. A regulator would have asked the questions nobody else bothered to ask.]]”",
      {"the independent regulator": F}),
])

extend("supermarket-merger", [
    q("Ruth Kendrick", P, DIR,
      "Grovers chief executive Ruth Kendrick said: “[[On our own, Grovers faces years of slow decline. Together, we can put £500m into lower prices and better stores.]]”",
      {"the merger": F}),
])

extend("nurses-pay-offer", [
    q("Gwen Roberts", P, DIR,
      "Gwen Roberts, a retired matron, said: “[[Take it. In my day we'd have bitten their hand off for four and a half per cent.]]”",
      {"the pay offer": F}),
])

extend("hotel-workers-strike", [
    q("Luis Carmona", P, DIR,
      "Luis Carmona, a line cook, said: “[[I cook for 600 people a night and share an apartment with four other guys. Of course I'm out here.]]”",
      {"the strike": F}),
])

extend("scotland-rent-cap", [
    q("Homes for Scotland Trust", O, DIR,
      "The housing charity Homes for Scotland Trust said: “[[For the first time, tenants will know what their rent will be next year. That security is worth a great deal.]]”",
      {"rent controls": F, "the 6% cap": F}),
])


# ---------------------------------------------------------------------------
# MORE TOPICS: every ``topics_*.py`` beside this file, in name order.  Each is
# plain Python that calls topic(...) / extend(...) / q(...) with the names
# defined above (F, A, N, P, O, R, DIR, IND, MIX).  Topics they add are train
# unless SPLIT_ASSIGNMENT names them.
# ---------------------------------------------------------------------------

def _load_more_topics():
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(here)):
        if name.startswith("topics_") and name.endswith(".py"):
            path = os.path.join(here, name)
            with open(path, encoding="utf-8") as fh:
                exec(compile(fh.read(), path, "exec"), globals())


_load_more_topics()


# ---------------------------------------------------------------------------
# BUILDER
# ---------------------------------------------------------------------------

LABELS = (F, A, N)
SPEAKER_TYPES = (P, O, R)
QUOTE_KINDS = (DIR, IND, MIX)
OPEN_MARKS = "“‘"
CLOSE_MARKS = "”’"
SPAN_RE = re.compile(r"\[\[(.+?)\]\]", re.S)


def split_of(slug):
    for split, slugs in SPLIT_ASSIGNMENT.items():
        if slug in slugs:
            return split
    return "train"


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def check_item(slug, idx, item):
    where = "%s item %d" % (slug, idx)
    passage = item["passage"]
    spans = SPAN_RE.findall(passage)
    if len(spans) != 1:
        raise ValueError("%s: expected exactly one [[...]] span, got %d" % (where, len(spans)))
    if "[[" in SPAN_RE.sub("", passage) or "]]" in SPAN_RE.sub("", passage):
        raise ValueError("%s: stray brackets" % where)
    if item["speaker_type"] not in SPEAKER_TYPES:
        raise ValueError("%s: bad speaker_type %r" % (where, item["speaker_type"]))
    if item["quote_kind"] not in QUOTE_KINDS:
        raise ValueError("%s: bad quote_kind %r" % (where, item["quote_kind"]))
    if not item["labels"]:
        raise ValueError("%s: no targets" % where)
    for target, label in item["labels"].items():
        if label not in LABELS:
            raise ValueError("%s: bad label %r for %r" % (where, label, target))
    quote = spans[0]
    start = passage.index("[[")
    end = passage.index("]]") + 2
    before = passage[start - 1] if start > 0 else ""
    after = passage[end:end + 2]
    has_inner = any(m in quote for m in OPEN_MARKS + CLOSE_MARKS + '"')
    kind = item["quote_kind"]
    if kind == DIR:
        ok = before in OPEN_MARKS and (after[:1] in CLOSE_MARKS or
                                       (after[:1] in ",.?!" and after[1:2] in CLOSE_MARKS))
        if not ok:
            raise ValueError("%s: direct quote must sit between quote marks" % where)
    elif kind == IND:
        if before in OPEN_MARKS or has_inner:
            raise ValueError("%s: indirect quote must not contain quote marks" % where)
    elif kind == MIX:
        if not has_inner:
            raise ValueError("%s: mixed quote must contain a quoted fragment" % where)
    return quote, SPAN_RE.sub(r"\1", passage)


def build():
    records = []
    seen_slugs = set()
    for t in TOPICS:
        slug = t["slug"]
        if slug in seen_slugs:
            raise ValueError("duplicate topic %s" % slug)
        seen_slugs.add(slug)
        split = split_of(slug)
        for idx, item in enumerate(t["items"], 1):
            quote, passage = check_item(slug, idx, item)
            context = t["lead"] + " " + passage
            assert quote in context
            for target, label in item["labels"].items():
                records.append({
                    "id": "%s-%02d-%s" % (slug, idx, slugify(target)),
                    "topic": slug,
                    "target": target,
                    "speaker": item["speaker"],
                    "speaker_type": item["speaker_type"],
                    "quote": quote,
                    "context": context,
                    "quote_kind": item["quote_kind"],
                    "label": label,
                    "split": split,
                })
    for split, slugs in SPLIT_ASSIGNMENT.items():
        for s in slugs:
            if s not in seen_slugs:
                raise ValueError("split assignment names unknown topic %s" % s)
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        dup = [k for k, v in collections.Counter(ids).items() if v > 1]
        raise ValueError("duplicate ids: %s" % dup)
    return records


def seed_overlap(records, seed_dir, n=8):
    """Return (record id, shingle) pairs sharing an n-word shingle with the seeds."""
    def shingles(text):
        words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
        return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}
    seed = set()
    for name in sorted(os.listdir(seed_dir)):
        path = os.path.join(seed_dir, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as fh:
                seed |= shingles(fh.read())
    hits = []
    for r in records:
        for sh in shingles(r["context"]) & seed:
            hits.append((r["id"], sh))
    return hits


def report(records, topics):
    splits = ("train", "dev", "test")
    by = collections.Counter((r["split"], r["label"]) for r in records)
    print("pairs: %d  topics: %d  distinct targets: %d  distinct quotes: %d" % (
        len(records), len({r["topic"] for r in records}),
        len({r["target"] for r in records}), len({r["quote"] for r in records})))
    print("%-6s %6s %6s %6s %6s %7s" % ("split", "favor", "against", "neutral", "total", "topics"))
    for s in splits + ("all",):
        rows = [r for r in records if s == "all" or r["split"] == s]
        c = collections.Counter(r["label"] for r in rows)
        print("%-6s %6d %7d %7d %6d %7d" % (s, c[F], c[A], c[N], len(rows),
                                         len({r["topic"] for r in rows})))
    total = len(records)
    c = collections.Counter(r["label"] for r in records)
    print("label share: " + ", ".join("%s %.1f%%" % (l, 100.0 * c[l] / total) for l in LABELS))
    print("split share: " + ", ".join("%s %.1f%%" % (s, 100.0 * sum(1 for r in records if r["split"] == s) / total) for s in splits))
    print("quote_kind: %s" % dict(collections.Counter(r["quote_kind"] for r in records)))
    print("speaker_type: %s" % dict(collections.Counter(r["speaker_type"] for r in records)))
    print("register: %s" % dict(collections.Counter(
        t["register"] for t in topics for it in t["items"] for _ in it["labels"])))
    multi = sum(1 for t in topics for it in t["items"] if len(it["labels"]) > 1)
    split_lab = sum(1 for t in topics for it in t["items"] if len(set(it["labels"].values())) > 1)
    print("quotes with >1 target: %d (with differing labels: %d)" % (multi, split_lab))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "pairs.jsonl"))
    ap.add_argument("--seeds", default=None,
                    help="directory of evaluation seed articles to check for 8-word overlaps")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    records = build()
    for r in records:  # the central invariant: quote occurs verbatim in context
        if r["quote"] not in r["context"]:
            raise AssertionError("quote not in context: %s" % r["id"])
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if not args.quiet:
        print("wrote %s" % args.out)
        report(records, TOPICS)
    if args.seeds:
        hits = seed_overlap(records, args.seeds)
        if hits:
            for rid, sh in hits:
                print("SEED OVERLAP %s: %s" % (rid, sh))
            return 1
        print("seed check: no 8-word overlap with %s" % args.seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
