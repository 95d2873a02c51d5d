"""Own gold articles with UK conventions (12: 6 dev, 6 test).

Bodies hold one sentence per line and a blank line between paragraphs (see
goldspec.compose). Span specs: goldspec module docstring. Stance strings give
one letter per target: F favor, A against, N neutral.
"""

from goldspec import E, M, Q, Article, upto

ARTICLES = [
    # ====================================================================
    # U1 labour dispute: curly single quotes, multi-paragraph quote,
    # organisation speakers, scare quote, "pc", "£1.2m", "St", apostrophes.
    Article(
        id="own_01_uk_bin_strike",
        split="dev",
        locale="uk",
        targets=["the strike"],
        body="""
Bin strike to go ahead after talks collapse

By Tom Harding

Refuse collectors in Northam will walk out for a fortnight from Monday after last-ditch talks between the city council and the GMB union broke down.
About 180 drivers and loaders are involved in the dispute over pay and a new four-day rota.

The strike was called after a ballot in which 82pc of members who voted backed action.
The rota was introduced last year as part of a package of so-called ‘efficiency savings’ worth £1.2m.
Drivers were told at the time that it would be reviewed after six months, but no review has taken place.

The union said the council had ‘refused to move an inch’ on pay.

GMB regional organiser Kevin Marsh said: ‘Our members kept this city running through the pandemic, and this is how they are repaid.

‘Nobody wants to see rubbish piling up on the streets, but the council has left us with no choice.

‘We are still willing to talk, but this strike will go ahead unless the council comes back with a serious offer.’

Mr Marsh added that the new rota meant some crews were starting at 5am and working 10-hour shifts with no extra pay.

Northam City Council said it had made a ‘fair and affordable’ offer and that contingency plans were in place.

A council spokeswoman said: ‘We are disappointed that the GMB has chosen to press ahead with this action.
Our offer is the best we can make without cutting other services.’

She said households should put their bins out on their usual day and that a private contractor would prioritise streets with flats.

Councillor Priya Shah, the cabinet member for the environment, told the Northam Echo that the authority had already agreed the largest pay rise in a decade.

‘We cannot spend money we don’t have,’ she said.

Pensioner Eileen Crane, 74, of St Ann’s Road, said: ‘I can’t carry bags to the tip at my age.
I just hope they sort it out before the foxes do.’

Bins in the city centre will be emptied by the council’s commercial waste team, which is not involved in the dispute.
""",
        entities=[
            E("e1", "GMB", "organization"),
            E("e2", "Kevin Marsh", "person"),
            E("e3", "Northam City Council", "organization"),
            E("e4", "Northam City Council spokeswoman", "role"),
            E("e5", "Priya Shah", "person"),
            E("e6", "Eileen Crane", "person"),
        ],
        mentions=[
            M("m1", "⟦The union⟧ said the council", "e1"),
            M("m2", "GMB regional organiser Kevin Marsh", "e2"),
            M("m3", "⟦Mr Marsh⟧ added", "e2"),
            M("m4", "⟦Northam City Council⟧ said", "e3"),
            M("m5", "A council spokeswoman", "e4"),
            M("m6", "⟦She⟧ said households", "e4"),
            M("m7", "Councillor Priya Shah", "e5"),
            M("m8", "have,’ ⟦she⟧ said", "e5"),
            M("m9", "Pensioner Eileen Crane", "e6"),
        ],
        quotes=[
            # Agentless report: the teller is never mentioned.
            Q("indirect", "it would be reviewed after six months",
              cue="Drivers were ⟦told⟧", speaker=None, stance="N"),
            Q("mixed", "the council had ‘refused to move an inch’ on pay",
              cue="The union ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "Our members kept this city running through the pandemic, and this is"
              " how they are repaid.",
              cue="Kevin Marsh ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "Nobody wants to see rubbish piling up on the streets, but the council"
              " has left us with no choice.",
              cue="Kevin Marsh ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "We are still willing to talk, but this strike will go ahead unless the"
              " council comes back with a serious offer.",
              cue="Kevin Marsh ⟦said⟧", speaker="m2", stance="F"),
            Q("indirect", "the new rota meant some crews were starting at 5am and working"
              " 10-hour shifts with no extra pay",
              cue="Mr Marsh ⟦added⟧", speaker="m3", stance="F"),
            Q("mixed", "it had made a ‘fair and affordable’ offer and that contingency plans"
              " were in place",
              cue="Northam City Council ⟦said⟧", speaker="m4", stance="A"),
            Q("direct", "We are disappointed that the GMB has chosen to press ahead with this"
              " action. Our offer is the best we can make without cutting other services.",
              cue="spokeswoman ⟦said⟧", speaker="m5", stance="A"),
            Q("indirect", "households should put their bins out on their usual day and that a"
              " private contractor would prioritise streets with flats",
              cue="She ⟦said⟧ households", speaker="m6", stance="N"),
            Q("indirect", "the authority had already agreed the largest pay rise in a decade",
              cue="⟦told⟧ the Northam Echo", speaker="m7", stance="A"),
            Q("direct", "We cannot spend money we don’t have,",
              cue="have,’ she ⟦said⟧", speaker="m8", stance="A"),
            Q("direct", "I can’t carry bags to the tip at my age. I just hope they sort it out"
              " before the foxes do.",
              cue="St Ann’s Road, ⟦said⟧", speaker="m9", stance="N"),
        ],
    ),
    # ====================================================================
    # U2 health: straight single quotes, "Dr", 3.5%, warned/argued/insisted,
    # multi-paragraph quote, split 'A,' he said. 'B.', role speaker.
    Article(
        id="own_02_uk_hospital_ae",
        split="dev",
        locale="uk",
        targets=["the A&E downgrade"],
        body="""
Campaigners vow to fight plans to downgrade Kingsmead A&E

By Sophie Lang, Health Reporter

Health bosses want to replace the emergency department at Kingsmead General Hospital with an urgent treatment centre that would close at 10pm.
The change would mean patients with serious injuries travelling 23 miles to Castleford.

Kingsmead and District NHS Trust said the move would allow it to concentrate specialist staff on one site and cut waiting times.

Dr Helen Okafor, the trust's medical director, said: 'We know how much people value their local hospital, and nobody has taken this decision lightly.

'Patients who are seriously ill will get better care if our most experienced doctors are in one place.

'At the moment we are spreading them too thinly, and that isn't safe.'

The trust's own figures show that 3.5% of patients at Kingsmead waited more than 12 hours in A&E last winter, against 1.9% at Castleford.

Save Kingsmead A&E, which has collected more than 14,000 signatures, argued that the figures were being used to justify a decision taken years ago.

Campaign chairman Tony Pryce, a retired paramedic, warned that lives would be lost on the road to Castleford.

'When you are having a heart attack, every minute counts,' he said.
'You are asking people to gamble on a 40-minute ambulance journey.'

Local MP Sarah Lyle said she had written to the Health Secretary asking him to call in the decision.

'This is a downgrade, whatever the trust wants to call it,' she said.

A spokesman for the Department of Health and Social Care said: 'Decisions about local services are a matter for the NHS locally, but any changes must be clinically led and involve proper public consultation.'

The trust insisted no final decision had been made.
A public consultation will run until 14 March, with drop-in sessions at St Luke's Church hall on Tuesday and Thursday evenings.
""",
        entities=[
            E("e1", "Kingsmead and District NHS Trust", "organization"),
            E("e2", "Helen Okafor", "person"),
            E("e3", "Save Kingsmead A&E", "organization"),
            E("e4", "Tony Pryce", "person"),
            E("e5", "Sarah Lyle", "person"),
            E("e6", "Department of Health and Social Care spokesman", "role"),
        ],
        mentions=[
            M("m1", "⟦Kingsmead and District NHS Trust⟧ said", "e1"),
            M("m2", "Dr Helen Okafor", "e2"),
            M("m3", "⟦Save Kingsmead A&E⟧, which", "e3"),
            M("m4", "Campaign chairman Tony Pryce", "e4"),
            M("m5", "counts,' ⟦he⟧ said", "e4"),
            M("m6", "Local MP Sarah Lyle", "e5"),
            M("m7", "call it,' ⟦she⟧ said", "e5"),
            M("m8", "A spokesman for the Department of Health and Social Care", "e6"),
            M("m9", "⟦The trust⟧ insisted", "e1"),
        ],
        quotes=[
            Q("indirect", "the move would allow it to concentrate specialist staff on one site"
              " and cut waiting times",
              cue="NHS Trust ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "We know how much people value their local hospital, and nobody has"
              " taken this decision lightly.",
              cue="medical director, ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "Patients who are seriously ill will get better care if our most"
              " experienced doctors are in one place.",
              cue="medical director, ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "At the moment we are spreading them too thinly, and that isn't safe.",
              cue="medical director, ⟦said⟧", speaker="m2", stance="F"),
            Q("indirect", "the figures were being used to justify a decision taken years ago",
              cue="⟦argued⟧ that", speaker="m3", stance="A"),
            Q("indirect", "lives would be lost on the road to Castleford",
              cue="⟦warned⟧ that lives", speaker="m4", stance="A"),
            Q("direct", "When you are having a heart attack, every minute counts,",
              cue="counts,' he ⟦said⟧", speaker="m5", stance="A"),
            Q("direct", "You are asking people to gamble on a 40-minute ambulance journey.",
              cue="counts,' he ⟦said⟧", speaker="m5", stance="A"),
            Q("indirect", "she had written to the Health Secretary asking him to call in the"
              " decision",
              cue="Sarah Lyle ⟦said⟧", speaker="m6", stance="A"),
            Q("direct", "This is a downgrade, whatever the trust wants to call it,",
              cue="call it,' she ⟦said⟧", speaker="m7", stance="A"),
            Q("direct", upto("Decisions about local services", "proper public consultation."),
              cue="Social Care ⟦said⟧", speaker="m8", stance="N"),
            Q("indirect", "no final decision had been made",
              cue="The trust ⟦insisted⟧", speaker="m9", stance="N"),
        ],
    ),
    # ====================================================================
    # U3 planning: straight single quotes among apostrophes (residents',
    # can't, the '90s), "Mrs", "St", 'A,' she said. 'B. C?', company "It said".
    Article(
        id="own_03_uk_green_belt_homes",
        split="dev",
        locale="uk",
        targets=["the housing development"],
        body="""
Green belt homes plan approved despite 600 objections

Plans for 320 homes on green belt land at Holloway Farm have been approved by Eastbridge District Council's planning committee.

The so-called 'garden village' by Marlow Homes includes 40% affordable housing, a new primary school and a car park for St Michael's Church.

More than 600 residents' objections were lodged, many of them citing traffic on the B1140 and pressure on GP surgeries.
Councillors voted seven to four in favour after a three-hour meeting on Tuesday night.

'You've already made up your minds!' someone shouted from the public gallery as the vote was taken.

Committee chairman Cllr Graham Tate said: 'This was not an easy decision, but we can't keep saying no to the homes our young people need.

'The developer has listened, and the scheme in front of us tonight is far better than the one we saw last year.'

Mrs Joan Whitely, who has lived in the village since the '90s, said residents felt ignored.

'We turned out in our hundreds and it made no difference whatsoever,' she said.
'The fields behind my house flood every winter.
Where is that water going to go?'

Opposition councillor Rachel Dunn, who voted against the scheme, claimed the decision had been 'stitched up' before the meeting.

'People can see exactly what is happening here,' she told the committee.

A spokesman for Marlow Homes said the company was 'delighted' with the outcome.
It said work on the first phase would begin in the spring and that drainage improvements would be completed before any homes were occupied.

An Eastbridge District Council spokeswoman said the application had been judged against national planning policy and the council's own local plan.

The decision can still be called in by the Secretary of State.
Campaigners from Hands Off Holloway said they would be writing to him this week.
""",
        entities=[
            E("e1", "Graham Tate", "person"),
            E("e2", "Joan Whitely", "person"),
            E("e3", "Rachel Dunn", "person"),
            E("e4", "Marlow Homes spokesman", "role"),
            E("e5", "Marlow Homes", "organization"),
            E("e6", "Eastbridge District Council spokeswoman", "role"),
            E("e7", "Hands Off Holloway", "organization"),
            E("e8", "unidentified member of the public", "unknown"),
        ],
        mentions=[
            M("m1", "Committee chairman Cllr Graham Tate", "e1"),
            M("m2", "Mrs Joan Whitely", "e2"),
            M("m3", "whatsoever,' ⟦she⟧ said", "e2"),
            M("m4", "Opposition councillor Rachel Dunn", "e3"),
            M("m5", "here,' ⟦she⟧ told", "e3"),
            M("m6", "A spokesman for Marlow Homes", "e4"),
            M("m7", "⟦It⟧ said work", "e5"),
            M("m8", "An Eastbridge District Council spokeswoman", "e6"),
            M("m9", "Campaigners from Hands Off Holloway", "e7"),
            M("m10", "someone", "e8"),
        ],
        quotes=[
            Q("direct", "This was not an easy decision, but we can't keep saying no to the homes"
              " our young people need.",
              cue="Graham Tate ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "The developer has listened, and the scheme in front of us tonight is far"
              " better than the one we saw last year.",
              cue="Graham Tate ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "You've already made up your minds!",
              cue="someone ⟦shouted⟧", speaker="m10", stance="A"),
            Q("indirect", "residents felt ignored",
              cue="⟦said⟧ residents felt", speaker="m2", stance="A"),
            Q("direct", "We turned out in our hundreds and it made no difference whatsoever,",
              cue="whatsoever,' she ⟦said⟧", speaker="m3", stance="A"),
            Q("direct", "The fields behind my house flood every winter. Where is that water going"
              " to go?",
              cue="whatsoever,' she ⟦said⟧", speaker="m3", stance="A"),
            Q("mixed", "the decision had been 'stitched up' before the meeting",
              cue="⟦claimed⟧ the decision", speaker="m4", stance="A"),
            Q("direct", "People can see exactly what is happening here,",
              cue="here,' she ⟦told⟧", speaker="m5", stance="A"),
            Q("mixed", "the company was 'delighted' with the outcome",
              cue="Marlow Homes ⟦said⟧", speaker="m6", stance="F"),
            Q("indirect", "work on the first phase would begin in the spring and that drainage"
              " improvements would be completed before any homes were occupied",
              cue="It ⟦said⟧ work", speaker="m7", stance="F"),
            Q("indirect", "the application had been judged against national planning policy and"
              " the council's own local plan",
              cue="spokeswoman ⟦said⟧ the application", speaker="m8", stance="N"),
            Q("indirect", "they would be writing to him this week",
              cue="Holloway ⟦said⟧", speaker="m9", stance="A"),
        ],
    ),
    # ====================================================================
    # U4 climate policy: two targets, nested “ ” inside ‘ ’, mixed quotes,
    # "according to", fragment attribution ("branded ... a ‘carbon bomb’").
    Article(
        id="own_04_uk_north_sea_licences",
        split="dev",
        locale="uk",
        targets=["the new North Sea licences", "the windfall tax"],
        body="""
Ministers defend North Sea licensing round as critics cry foul

By Aisha Rahman, Environment Correspondent

The government has insisted that awarding more than 100 new oil and gas licences in the North Sea will strengthen the UK’s energy security.

Energy Secretary Tom Hollis said the licences would protect 200,000 jobs and cut the country’s reliance on imported gas.

‘Even when we reach net zero, we will still need oil and gas,’ he told MPs.
‘It makes far more sense to produce it here than to ship it in from the other side of the world.’

He warned that extending the windfall tax on energy company profits beyond 2028 would drive investment overseas.

Each licence must pass a so-called ‘climate compatibility checkpoint’ introduced in 2023.

But the Climate Change Committee said the licences were ‘a step in the wrong direction’ and would send a damaging signal ahead of the next UN climate summit.

According to the committee, production from new fields would meet less than 1pc of UK gas demand by 2030.

Environmental groups have branded the licensing round a ‘carbon bomb’.

Green Party MP Carla Brennan said: ‘When I asked the minister whether these licences would bring down bills, he told me “not necessarily”, and that says it all.

‘The only people who benefit from this are the shareholders of the oil companies, and they should be paying a proper windfall tax.’

Offshore Energies UK, which represents the industry, welcomed the announcement.
Chief executive David Whittle said the licensing round was ‘a vote of confidence in the North Sea’.

He added that the windfall tax had already cost the industry £1.2bn in lost investment this year.

A spokesman for the Department for Energy Security and Net Zero said: ‘New licences are entirely consistent with our climate commitments, as the independent regulator has made clear.

‘We will continue to lead the world on cutting emissions while keeping the lights on.’
""",
        entities=[
            E("e1", "UK government", "organization"),
            E("e2", "Tom Hollis", "person"),
            E("e3", "Climate Change Committee", "organization"),
            E("e4", "environmental groups", "role"),
            E("e5", "Carla Brennan", "person"),
            E("e6", "David Whittle", "person"),
            E("e7", "Department for Energy Security and Net Zero spokesman", "role"),
        ],
        mentions=[
            M("m1", "The government", "e1"),
            M("m2", "Energy Secretary Tom Hollis", "e2"),
            M("m3", "oil and gas,’ ⟦he⟧ told", "e2"),
            M("m4", "⟦He⟧ warned", "e2"),
            M("m5", "⟦the Climate Change Committee⟧ said", "e3"),
            M("m6", "According to ⟦the committee⟧", "e3"),
            M("m7", "Environmental groups", "e4"),
            M("m8", "Green Party MP Carla Brennan", "e5"),
            M("m9", "Chief executive David Whittle", "e6"),
            M("m10", "⟦He⟧ added", "e6"),
            M("m11", "A spokesman for the Department for Energy Security and Net Zero", "e7"),
        ],
        quotes=[
            Q("indirect", "awarding more than 100 new oil and gas licences in the North Sea will"
              " strengthen the UK’s energy security",
              cue="has ⟦insisted⟧", speaker="m1", stance="FN"),
            Q("indirect", "the licences would protect 200,000 jobs and cut the country’s reliance"
              " on imported gas",
              cue="Tom Hollis ⟦said⟧", speaker="m2", stance="FN"),
            Q("direct", "Even when we reach net zero, we will still need oil and gas,",
              cue="he ⟦told⟧ MPs", speaker="m3", stance="FN"),
            Q("direct", "It makes far more sense to produce it here than to ship it in from the"
              " other side of the world.",
              cue="he ⟦told⟧ MPs", speaker="m3", stance="FN"),
            Q("indirect", "extending the windfall tax on energy company profits beyond 2028 would"
              " drive investment overseas",
              cue="He ⟦warned⟧", speaker="m4", stance="NA"),
            Q("mixed", "the licences were ‘a step in the wrong direction’ and would send a"
              " damaging signal ahead of the next UN climate summit",
              cue="Committee ⟦said⟧", speaker="m5", stance="AN"),
            Q("indirect", "production from new fields would meet less than 1pc of UK gas demand"
              " by 2030",
              cue="According to", speaker="m6", stance="AN"),
            Q("mixed", "carbon bomb",
              cue="have ⟦branded⟧", speaker="m7", stance="AN"),
            Q("direct", "When I asked the minister whether these licences would bring down bills,"
              " he told me “not necessarily”, and that says it all.",
              cue="Carla Brennan ⟦said⟧", speaker="m8", stance="AN"),
            Q("direct", "The only people who benefit from this are the shareholders of the oil"
              " companies, and they should be paying a proper windfall tax.",
              cue="Carla Brennan ⟦said⟧", speaker="m8", stance="AF"),
            Q("mixed", "the licensing round was ‘a vote of confidence in the North Sea’",
              cue="David Whittle ⟦said⟧", speaker="m9", stance="FN"),
            Q("indirect", "the windfall tax had already cost the industry £1.2bn in lost"
              " investment this year",
              cue="He ⟦added⟧", speaker="m10", stance="NA"),
            Q("direct", "New licences are entirely consistent with our climate commitments, as"
              " the independent regulator has made clear.",
              cue="Net Zero ⟦said⟧", speaker="m11", stance="FN"),
            Q("direct", "We will continue to lead the world on cutting emissions while keeping"
              " the lights on.",
              cue="Net Zero ⟦said⟧", speaker="m11", stance="FN"),
        ],
    ),
    # ====================================================================
    # U5 sport governance: split quote ‘A,’ he said, ‘B.’ in one sentence,
    # quote-only continuation paragraph, speaker named in the previous
    # paragraph with no cue, scare quote inside a speaker mention.
    Article(
        id="own_05_uk_football_regulator",
        split="dev",
        locale="uk",
        targets=["the independent football regulator"],
        body="""
Premier League clubs split over new football regulator

By Sam Whitaker

The Premier League has warned that an independent regulator could damage ‘the most watched league in the world’.

The Football Governance Bill, which returns to the Commons next week, would give the regulator powers to block unsuitable owners and to impose a new deal on how money is shared with the English Football League.

In a statement, the league said it supported ‘proportionate’ reform but that the bill went ‘far beyond’ what was needed.

A source at one of the so-called ‘Big Six’ clubs claimed the bill had been ‘written by people who have never run a football club’.

Not every club agrees.
Keith Dawlish, chairman of newly promoted Ashcombe Town, has been one of the regulator’s most vocal supporters.

‘For too long the big clubs have run the game for themselves,’ he said, ‘and the rest of us have been left fighting over the scraps.’

‘The regulator is the best chance we have had in a generation to fix that.’

The EFL said a fairer share of broadcasting money was essential if smaller clubs were to survive.

Niamh Carr, of the Football Supporters’ Association, said fans had been ‘let down time and again’ by owners who treated clubs as ‘playthings’.

‘Supporters have been asking for this for 20 years,’ she added.
‘We are not going to let the Premier League water it down now.’

Sports minister Claire Moody, who is steering the bill through Parliament, has been unmoved by the league’s objections.

‘We have consulted for three years, and there comes a point where you have to get on with it.
Fans have waited long enough.’
""",
        entities=[
            E("e1", "Premier League", "organization"),
            E("e2", "source at a Big Six club", "role"),
            E("e3", "Keith Dawlish", "person"),
            E("e4", "English Football League", "organization"),
            E("e5", "Niamh Carr", "person"),
            E("e6", "Claire Moody", "person"),
        ],
        mentions=[
            M("m1", "⟦The Premier League⟧ has warned", "e1"),
            M("m2", "⟦the league⟧ said", "e1"),
            M("m3", "A source at one of the so-called ‘Big Six’ clubs", "e2"),
            M("m4", "themselves,’ ⟦he⟧ said", "e3"),
            M("m5", "⟦The EFL⟧ said", "e4"),
            M("m6", "⟦Niamh Carr⟧, of the", "e5"),
            M("m7", "years,’ ⟦she⟧ added", "e5"),
            M("m8", "Sports minister Claire Moody", "e6"),
        ],
        quotes=[
            Q("mixed", "an independent regulator could damage ‘the most watched league in the"
              " world’",
              cue="has ⟦warned⟧", speaker="m1", stance="A"),
            Q("mixed", "it supported ‘proportionate’ reform but that the bill went ‘far beyond’"
              " what was needed",
              cue="the league ⟦said⟧", speaker="m2", stance="A"),
            Q("mixed", "the bill had been ‘written by people who have never run a football"
              " club’",
              cue="⟦claimed⟧ the bill", speaker="m3", stance="A"),
            Q("direct", "For too long the big clubs have run the game for themselves,",
              cue="themselves,’ he ⟦said⟧", speaker="m4", stance="F"),
            Q("direct", "and the rest of us have been left fighting over the scraps.",
              cue="themselves,’ he ⟦said⟧", speaker="m4", stance="F"),
            Q("direct", "The regulator is the best chance we have had in a generation to fix"
              " that.",
              cue="themselves,’ he ⟦said⟧", speaker="m4", stance="F"),
            Q("indirect", "a fairer share of broadcasting money was essential if smaller clubs"
              " were to survive",
              cue="The EFL ⟦said⟧", speaker="m5", stance="F"),
            Q("mixed", "fans had been ‘let down time and again’ by owners who treated clubs as"
              " ‘playthings’",
              cue="Association, ⟦said⟧", speaker="m6", stance="F"),
            Q("direct", "Supporters have been asking for this for 20 years,",
              cue="years,’ she ⟦added⟧", speaker="m7", stance="F"),
            Q("direct", "We are not going to let the Premier League water it down now.",
              cue="years,’ she ⟦added⟧", speaker="m7", stance="F"),
            Q("direct", "We have consulted for three years, and there comes a point where you"
              " have to get on with it. Fans have waited long enough.",
              cue=None, speaker="m8", stance="F"),
        ],
    ),
    # ====================================================================
    # U6 transport: straight double quotes with an odd number of marks (one
    # quote never closed), "according to", "said:", split 'A,' he said. 'B.'
    Article(
        id="own_06_uk_airport_runway",
        split="dev",
        locale="uk",
        targets=["the new runway"],
        body="""
Airport gets green light for second runway

By Imogen Clarke

Bristow Airport's second runway has been approved by the Transport Secretary, overturning the recommendation of a planning inspector.

The £2.4bn scheme will allow the airport to handle 32 million passengers a year by 2040, nearly double the current figure.
According to the airport, the runway will open in 2031.

Airport chief executive Mark Elden said the decision was "great news for the region".

"This runway will create 6,000 jobs and bring in billions of pounds of investment," he said.
"We have listened to local people, and we will be the first UK airport to run a zero-carbon airfield by 2030."

Critics have long questioned the so-called "green runway" pledge, which relies heavily on carbon offsets.

But Ruth Pennington, leader of North Bristow District Council, said: "We will challenge this decision all the way to the High Court.

The council has already set aside £250,000 for a legal fight.

Residents' group Stop Bristow Expansion said it was "devastated" by the decision.

Campaigner Janet Orme, whose home in Long Ashby is directly under the flight path, said: "My grandchildren won't be able to play in the garden.
We already can't hear ourselves think when the wind is from the east."

A Department for Transport spokesman said: "The Transport Secretary has carefully considered all the evidence, including the inspector's report, and has concluded that the benefits of the scheme outweigh the harm."

The spokesman said the airport would be required to meet strict noise limits and to fund a £40m insulation scheme for nearby homes.

Work on the runway is expected to begin next year, subject to any legal challenge.
""",
        entities=[
            E("e1", "Bristow Airport", "organization"),
            E("e2", "Mark Elden", "person"),
            E("e3", "Ruth Pennington", "person"),
            E("e4", "Stop Bristow Expansion", "organization"),
            E("e5", "Janet Orme", "person"),
            E("e6", "Department for Transport spokesman", "role"),
        ],
        mentions=[
            M("m1", "According to ⟦the airport⟧", "e1"),
            M("m2", "Airport chief executive Mark Elden", "e2"),
            M("m3", "investment,\" ⟦he⟧ said", "e2"),
            M("m4", "⟦Ruth Pennington⟧, leader", "e3"),
            M("m5", "Residents' group Stop Bristow Expansion", "e4"),
            M("m6", "Campaigner Janet Orme", "e5"),
            M("m7", "A Department for Transport spokesman", "e6"),
            M("m8", "⟦The spokesman⟧ said", "e6"),
        ],
        quotes=[
            Q("indirect", "the runway will open in 2031",
              cue="According to", speaker="m1", stance="N"),
            Q("mixed", "the decision was \"great news for the region\"",
              cue="Mark Elden ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "This runway will create 6,000 jobs and bring in billions of pounds of"
              " investment,",
              cue="investment,\" he ⟦said⟧", speaker="m3", stance="F"),
            Q("direct", "We have listened to local people, and we will be the first UK airport"
              " to run a zero-carbon airfield by 2030.",
              cue="investment,\" he ⟦said⟧", speaker="m3", stance="F"),
            # The closing mark is missing in the source: the quote runs to the
            # end of its paragraph; the next paragraph is narration.
            Q("direct", "We will challenge this decision all the way to the High Court.",
              cue="District Council, ⟦said⟧", speaker="m4", stance="A"),
            Q("mixed", "it was \"devastated\" by the decision",
              cue="Expansion ⟦said⟧", speaker="m5", stance="A"),
            Q("direct", "My grandchildren won't be able to play in the garden. We already can't"
              " hear ourselves think when the wind is from the east.",
              cue="flight path, ⟦said⟧", speaker="m6", stance="A"),
            Q("direct", upto("The Transport Secretary has carefully", "outweigh the harm."),
              cue="Transport spokesman ⟦said⟧", speaker="m7", stance="F"),
            Q("indirect", "the airport would be required to meet strict noise limits and to fund"
              " a £40m insulation scheme for nearby homes",
              cue="The spokesman ⟦said⟧", speaker="m8", stance="N"),
        ],
    ),
    # ====================================================================
    # U7 education: multi-paragraph quote introduced by "wrote", curly
    # apostrophes inside curly single quotes (it’s, St Bede’s), "Mrs".
    Article(
        id="own_07_uk_academy_conversion",
        split="test",
        locale="uk",
        targets=["the academy conversion"],
        body="""
Parents fight plan to turn village school into academy

By Hannah Price

Parents at St Bede’s Primary School in Little Warford have launched a petition against plans to convert it into an academy.

The school’s governors voted last month to join the Beacon Learning Trust, which already runs 14 schools across the county.
The move is part of a national push towards a so-called ‘family of schools’ model.

Headteacher Mrs Alison Grey said joining the trust would give the school access to specialist teachers and help it cope with falling pupil numbers.

In a letter to parents, she wrote: ‘I know that change can be unsettling, and I understand why some of you are worried.

‘But with only 61 children on roll, we simply cannot go on as we are.

‘I am convinced that this is the right decision for our children.’

But parent Tom Fielding, who started the petition, said the consultation had been ‘a box-ticking exercise’.

‘They had made up their minds before they asked us,’ he said.
‘Nobody has explained what happens to the school if the trust decides it’s not worth keeping open.’

The petition has 412 signatures.
Mr Fielding said parents would hand it to the governors on Friday.

Local councillor Janet Moore, a former pupil, told the Warford Gazette that handing the school to a trust would mean the village ‘losing its heart’.

A Beacon Learning Trust spokesman said: ‘We have a strong track record of supporting small rural schools, and we have no plans to close St Bede’s.’

A spokeswoman for the Department for Education said decisions on academy conversions were a matter for the regional director.
""",
        entities=[
            E("e1", "Alison Grey", "person"),
            E("e2", "Tom Fielding", "person"),
            E("e3", "Janet Moore", "person"),
            E("e4", "Beacon Learning Trust spokesman", "role"),
            E("e5", "Department for Education spokeswoman", "role"),
        ],
        mentions=[
            M("m1", "Headteacher Mrs Alison Grey", "e1"),
            M("m2", "parents, ⟦she⟧ wrote", "e1"),
            M("m3", "parent Tom Fielding", "e2"),
            M("m4", "asked us,’ ⟦he⟧ said", "e2"),
            M("m5", "⟦Mr Fielding⟧ said", "e2"),
            M("m6", "Local councillor Janet Moore", "e3"),
            M("m7", "A Beacon Learning Trust spokesman", "e4"),
            M("m8", "A spokeswoman for the Department for Education", "e5"),
        ],
        quotes=[
            Q("indirect", "joining the trust would give the school access to specialist teachers"
              " and help it cope with falling pupil numbers",
              cue="Alison Grey ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "I know that change can be unsettling, and I understand why some of you"
              " are worried.",
              cue="she ⟦wrote⟧", speaker="m2", stance="N"),
            Q("direct", "But with only 61 children on roll, we simply cannot go on as we are.",
              cue="she ⟦wrote⟧", speaker="m2", stance="F"),
            Q("direct", "I am convinced that this is the right decision for our children.",
              cue="she ⟦wrote⟧", speaker="m2", stance="F"),
            Q("mixed", "the consultation had been ‘a box-ticking exercise’",
              cue="petition, ⟦said⟧", speaker="m3", stance="A"),
            Q("direct", "They had made up their minds before they asked us,",
              cue="asked us,’ he ⟦said⟧", speaker="m4", stance="A"),
            Q("direct", "Nobody has explained what happens to the school if the trust decides"
              " it’s not worth keeping open.",
              cue="asked us,’ he ⟦said⟧", speaker="m4", stance="A"),
            Q("indirect", "parents would hand it to the governors on Friday",
              cue="Mr Fielding ⟦said⟧", speaker="m5", stance="N"),
            Q("mixed", "handing the school to a trust would mean the village ‘losing its heart’",
              cue="⟦told⟧ the Warford Gazette", speaker="m6", stance="A"),
            Q("direct", "We have a strong track record of supporting small rural schools, and we"
              " have no plans to close St Bede’s.",
              cue="Trust spokesman ⟦said⟧", speaker="m7", stance="F"),
            Q("indirect", "decisions on academy conversions were a matter for the regional"
              " director",
              cue="Education ⟦said⟧", speaker="m8", stance="N"),
        ],
    ),
    # ====================================================================
    # U8 courts: straight single quotes with nested straight double quotes,
    # headline quote with no speaker, "told the court", "She added:".
    Article(
        id="own_08_uk_landlord_fined",
        split="test",
        locale="uk",
        targets=["Derek Halloran"],
        body="""
Landlord fined £48,000 over 'dangerous' flats

A landlord who let families live in flats with exposed wiring and no working fire alarms has been fined £48,000.

Derek Halloran, 58, of Mill Lane, Stockwood, pleaded guilty at Stockwood Magistrates' Court to 12 offences under the Housing Act.

Prosecuting for Stockwood Borough Council, Sarah Whitlock told the court that inspectors had found mould, broken windows and a fuse box hanging off the wall at the property in St John's Street.

'This was not a case of a landlord who fell behind with repairs,' she said.
'Mr Halloran was warned repeatedly, in writing, and chose to do nothing.'

One tenant, a mother of three, said in a statement read to the court: 'When I asked him to fix the heating he told me "get a blanket", and then he put the rent up.'

Representing Halloran, solicitor Neil Barker said his client had been unwell for much of the period and had since spent £30,000 on repairs.

'He accepts that standards fell well short, and he is genuinely sorry,' Mr Barker said.

District Judge Amanda Reece said the conditions had put lives at risk.
'You were content to take their money while they lived in squalor,' she told Halloran.

She added: 'The fact that you have now carried out repairs does not undo the months of misery these families endured.'

As Halloran left the dock, someone in the public gallery shouted: 'Shame on you.'

Halloran was also ordered to pay £6,200 costs and a £190 victim surcharge.

Speaking after the hearing, Councillor Mike Dyer, the council's cabinet member for housing, said: 'Let this be a warning to every rogue landlord in Stockwood: we will find you, and we will take you to court.'
""",
        entities=[
            E("e1", "Sarah Whitlock", "person"),
            E("e2", "tenant", "role"),
            E("e3", "Neil Barker", "person"),
            E("e4", "Amanda Reece", "person"),
            E("e5", "Mike Dyer", "person"),
            E("e6", "unidentified member of the public", "unknown"),
        ],
        mentions=[
            M("m1", "Sarah Whitlock", "e1"),
            M("m2", "repairs,' ⟦she⟧ said", "e1"),
            M("m3", "One tenant", "e2"),
            M("m4", "solicitor Neil Barker", "e3"),
            M("m5", "Mr Barker", "e3"),
            M("m6", "District Judge Amanda Reece", "e4"),
            M("m7", "squalor,' ⟦she⟧ told", "e4"),
            M("m8", "⟦She⟧ added", "e4"),
            M("m9", "Councillor Mike Dyer", "e5"),
            M("m10", "someone in the public gallery", "e6"),
        ],
        quotes=[
            Q("indirect", "inspectors had found mould, broken windows and a fuse box hanging off"
              " the wall at the property in St John's Street",
              cue="Whitlock ⟦told⟧", speaker="m1", stance="A"),
            Q("direct", "This was not a case of a landlord who fell behind with repairs,",
              cue="repairs,' she ⟦said⟧", speaker="m2", stance="A"),
            Q("direct", "Mr Halloran was warned repeatedly, in writing, and chose to do nothing.",
              cue="repairs,' she ⟦said⟧", speaker="m2", stance="A"),
            Q("direct", "When I asked him to fix the heating he told me \"get a blanket\", and"
              " then he put the rent up.",
              cue="mother of three, ⟦said⟧", speaker="m3", stance="A"),
            Q("indirect", "his client had been unwell for much of the period and had since spent"
              " £30,000 on repairs",
              cue="Neil Barker ⟦said⟧", speaker="m4", stance="F"),
            Q("direct", "He accepts that standards fell well short, and he is genuinely sorry,",
              cue="Mr Barker ⟦said⟧", speaker="m5", stance="F"),
            Q("indirect", "the conditions had put lives at risk",
              cue="Amanda Reece ⟦said⟧", speaker="m6", stance="A"),
            Q("direct", "You were content to take their money while they lived in squalor,",
              cue="squalor,' she ⟦told⟧", speaker="m7", stance="A"),
            Q("direct", "The fact that you have now carried out repairs does not undo the months"
              " of misery these families endured.",
              cue="She ⟦added⟧", speaker="m8", stance="A"),
            Q("direct", "Shame on you.",
              cue="public gallery ⟦shouted⟧", speaker="m10", stance="A"),
            Q("direct", "Let this be a warning to every rogue landlord in Stockwood: we will find"
              " you, and we will take you to court.",
              cue="cabinet member for housing, ⟦said⟧", speaker="m9", stance="A"),
        ],
    ),
    # ====================================================================
    # U9 housing/welfare: straight single quotes with nested "...?" inside,
    # Jobcentre Plus's, trailing "..., Shelter has said", "according to",
    # a DWP spokesman (role) next to the DWP (organisation).
    Article(
        id="own_09_uk_benefit_cap",
        split="test",
        locale="uk",
        targets=["the benefit cap"],
        body="""
Families in temporary housing 'pushed to breaking point' by benefit cap

By Ruth Adeyemi

More than 1,400 families living in temporary accommodation in Harlow Vale are affected by the benefit cap, the housing charity Shelter has said.

The charity said the cap, which limits the total benefits a household can receive to £22,020 a year outside London, was forcing families to choose between rent and food.

Some of the families are also hit by the so-called 'bedroom tax', which cuts housing benefit for tenants judged to have a spare room.

Regional manager Amira Hussain said: 'We are seeing mothers skipping meals so that their children can eat.

'One woman told us her son had asked "why don't we have a proper house like my friends?" and she didn't know what to say.

'The cap was sold as a way to get people into work, but most of the families we help have a child under two or someone who is disabled.'

Jobcentre Plus's work coaches are supposed to help capped claimants find jobs or move to cheaper homes.
But Ms Hussain said there were almost no cheaper homes to move to, with the average two-bedroom rent in the town up 11pc in a year.

A spokesman for the Department for Work and Pensions said: 'The benefit cap provides a strong work incentive and fairness for taxpayers, while protecting the most vulnerable.

'Households can apply for discretionary housing payments, and we have made £100m available this year.'

According to the DWP, 62pc of households who left the cap in the last year did so because someone had found work.

Harlow Vale MP Daniel Cross, who has campaigned for the cap to be scrapped, said: 'These are working families doing everything right, and the system is punishing them for it.'

The council said it had spent £3.1m on bed and breakfast accommodation last year, more than double the figure for 2021.
""",
        entities=[
            E("e1", "Shelter", "organization"),
            E("e2", "Amira Hussain", "person"),
            E("e3", "Department for Work and Pensions spokesman", "role"),
            E("e4", "Department for Work and Pensions", "organization"),
            E("e5", "Daniel Cross", "person"),
            E("e6", "Harlow Vale Council", "organization"),
        ],
        mentions=[
            M("m1", "the housing charity Shelter", "e1"),
            M("m2", "⟦The charity⟧ said", "e1"),
            M("m3", "Regional manager Amira Hussain", "e2"),
            M("m4", "Ms Hussain", "e2"),
            M("m5", "A spokesman for the Department for Work and Pensions", "e3"),
            M("m6", "According to ⟦the DWP⟧", "e4"),
            M("m7", "Harlow Vale MP Daniel Cross", "e5"),
            M("m8", "⟦The council⟧ said", "e6"),
        ],
        quotes=[
            Q("indirect", "More than 1,400 families living in temporary accommodation in Harlow"
              " Vale are affected by the benefit cap",
              cue="Shelter has ⟦said⟧", speaker="m1", stance="N"),
            Q("indirect", "the cap, which limits the total benefits a household can receive to"
              " £22,020 a year outside London, was forcing families to choose between rent and"
              " food",
              cue="The charity ⟦said⟧", speaker="m2", stance="A"),
            Q("direct", "We are seeing mothers skipping meals so that their children can eat.",
              cue="Amira Hussain ⟦said⟧", speaker="m3", stance="A"),
            Q("direct", "One woman told us her son had asked \"why don't we have a proper house"
              " like my friends?\" and she didn't know what to say.",
              cue="Amira Hussain ⟦said⟧", speaker="m3", stance="A"),
            Q("direct", "The cap was sold as a way to get people into work, but most of the"
              " families we help have a child under two or someone who is disabled.",
              cue="Amira Hussain ⟦said⟧", speaker="m3", stance="A"),
            Q("indirect", "there were almost no cheaper homes to move to, with the average"
              " two-bedroom rent in the town up 11pc in a year",
              cue="Ms Hussain ⟦said⟧", speaker="m4", stance="A"),
            Q("direct", "The benefit cap provides a strong work incentive and fairness for"
              " taxpayers, while protecting the most vulnerable.",
              cue="Pensions ⟦said⟧", speaker="m5", stance="F"),
            Q("direct", "Households can apply for discretionary housing payments, and we have"
              " made £100m available this year.",
              cue="Pensions ⟦said⟧", speaker="m5", stance="F"),
            Q("indirect", "62pc of households who left the cap in the last year did so because"
              " someone had found work",
              cue="According to", speaker="m6", stance="F"),
            Q("direct", "These are working families doing everything right, and the system is"
              " punishing them for it.",
              cue="to be scrapped, ⟦said⟧", speaker="m7", stance="A"),
            Q("indirect", "it had spent £3.1m on bed and breakfast accommodation last year, more"
              " than double the figure for 2021",
              cue="The council ⟦said⟧", speaker="m8", stance="N"),
        ],
    ),
    # ====================================================================
    # U10 technology regulation: company speakers ("Zipr ... denied", "It
    # said", "The company claimed"), "said Sam Okoye" inversion, ‘A,’ she
    # said. ‘B,’ she added., a legal term in quotes that is no quote.
    Article(
        id="own_10_uk_age_checks",
        split="test",
        locale="uk",
        targets=["the age verification rules"],
        body="""
Video app Zipr faces Ofcom investigation over age checks

By Daniel Frost, Technology Correspondent

Ofcom has opened an investigation into whether the video app Zipr is failing to stop children under 13 from using its service.

The regulator said it had evidence that the app’s age checks could be bypassed ‘in a matter of seconds’ by entering a false date of birth.

New rules that came into force in July require platforms that host pornography or other harmful content to use ‘highly effective’ age assurance, such as facial age estimation or photo ID checks.

Oliver Grant, Ofcom’s online safety director, said: ‘Children’s safety is not optional.
Every platform, whatever its size, has to play by the same rules.’

Zipr, which has about 4 million UK users, denied that it was in breach of the rules.
It said it had invested £20m in trust and safety this year and removed 600,000 suspected underage accounts.

The company claimed that photo ID checks would force users to hand over sensitive data ‘to a patchwork of unregulated third-party vendors’.

Privacy campaigners at Digital Liberty have also warned that the rules risk creating ‘a honeypot for hackers’.

‘Nobody wants children watching harmful content,’ said Sam Okoye, the group’s director.
‘But asking millions of adults to upload their passports to websites they have never heard of is not the answer.’

Molly Hart, of the children’s charity KidSafe UK, insisted the rules were working.

‘We have already seen the biggest sites bring in proper checks, and the sky has not fallen in,’ she said.
‘Smaller platforms like Zipr should not get a free pass,’ she added.

A Department for Science, Innovation and Technology spokeswoman said the government would ‘not hesitate’ to strengthen the law if needed.

If found in breach, Zipr could be fined up to £18m or 10pc of its global turnover, whichever is greater.
""",
        entities=[
            E("e1", "Ofcom", "organization"),
            E("e2", "Oliver Grant", "person"),
            E("e3", "Zipr", "organization"),
            E("e4", "Digital Liberty", "organization"),
            E("e5", "Sam Okoye", "person"),
            E("e6", "Molly Hart", "person"),
            E("e7", "Department for Science, Innovation and Technology spokeswoman", "role"),
        ],
        mentions=[
            M("m1", "⟦The regulator⟧ said", "e1"),
            M("m2", "⟦Oliver Grant⟧, Ofcom’s", "e2"),
            M("m3", "⟦Zipr⟧, which has", "e3"),
            M("m4", "⟦It⟧ said it had invested", "e3"),
            M("m5", "⟦The company⟧ claimed", "e3"),
            M("m6", "Privacy campaigners at Digital Liberty", "e4"),
            M("m7", "Sam Okoye", "e5"),
            M("m8", "⟦Molly Hart⟧, of the", "e6"),
            M("m9", "fallen in,’ ⟦she⟧ said", "e6"),
            M("m10", "free pass,’ ⟦she⟧ added", "e6"),
            M("m11", "A Department for Science, Innovation and Technology spokeswoman", "e7"),
        ],
        quotes=[
            Q("mixed", "it had evidence that the app’s age checks could be bypassed ‘in a matter"
              " of seconds’ by entering a false date of birth",
              cue="The regulator ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "Children’s safety is not optional. Every platform, whatever its size,"
              " has to play by the same rules.",
              cue="safety director, ⟦said⟧", speaker="m2", stance="F"),
            Q("indirect", "it was in breach of the rules",
              cue="⟦denied⟧ that", speaker="m3", stance="N"),
            Q("indirect", "it had invested £20m in trust and safety this year and removed 600,000"
              " suspected underage accounts",
              cue="It ⟦said⟧ it had invested", speaker="m4", stance="N"),
            Q("mixed", "photo ID checks would force users to hand over sensitive data ‘to a"
              " patchwork of unregulated third-party vendors’",
              cue="The company ⟦claimed⟧", speaker="m5", stance="A"),
            Q("mixed", "the rules risk creating ‘a honeypot for hackers’",
              cue="have also ⟦warned⟧", speaker="m6", stance="A"),
            Q("direct", "Nobody wants children watching harmful content,",
              cue="⟦said⟧ Sam Okoye", speaker="m7", stance="N"),
            Q("direct", "But asking millions of adults to upload their passports to websites"
              " they have never heard of is not the answer.",
              cue="⟦said⟧ Sam Okoye", speaker="m7", stance="A"),
            Q("indirect", "the rules were working",
              cue="KidSafe UK, ⟦insisted⟧", speaker="m8", stance="F"),
            Q("direct", "We have already seen the biggest sites bring in proper checks, and the"
              " sky has not fallen in,",
              cue="fallen in,’ she ⟦said⟧", speaker="m9", stance="F"),
            Q("direct", "Smaller platforms like Zipr should not get a free pass,",
              cue="free pass,’ she ⟦added⟧", speaker="m10", stance="F"),
            Q("mixed", "the government would ‘not hesitate’ to strengthen the law if needed",
              cue="spokeswoman ⟦said⟧", speaker="m11", stance="F"),
        ],
    ),
    # ====================================================================
    # U11 elections: speaker after the quote ('...,' Ms Fenwick said), "says"
    # in the present tense, passive fragment attribution ("described as
    # 'encouraging' by the returning officer"), apostrophes in quotes.
    Article(
        id="own_11_uk_by_election",
        split="test",
        locale="uk",
        targets=["the council tax rise"],
        body="""
Lib Dems take Hartfield seat as council tax row bites

By Graham Nye

The Liberal Democrats have won the Hartfield ward by-election on Ashworth Borough Council, overturning a Conservative majority of more than 900.

Candidate Jo Fenwick took 48pc of the vote on a turnout of 31pc, after a campaign dominated by the council's plan to raise council tax by 9.99pc.

'People in Hartfield have sent a very clear message tonight,' Ms Fenwick said after the count at the Civic Centre.
'They will not pay more for less.'

The 34-year-old nurse said she would vote against the budget when it returns to full council in February.

The ruling Conservative group says the rise, which needs government approval because it breaks the 4.99pc cap, is needed to plug a £14m hole in the council's budget.

Council leader Cllr Peter Vance said the result was 'disappointing but not surprising' for a mid-term by-election.

'Nobody goes into politics to put up council tax,' he said.
'But the alternative is closing libraries and children's centres, and I'm not prepared to do that.'

Labour, which came third, said the result showed voters had lost faith in both main parties on the council.

Labour candidate Mohammed Aziz, a retired teacher, argued that the council should have cut senior officers' pay before asking residents to pay more.

Turnout was described as 'encouraging' by the returning officer.

The Reform UK candidate, who finished fourth, did not attend the count.

A decision on whether the rise can go ahead is expected from the Ministry of Housing, Communities and Local Government next month.
""",
        entities=[
            E("e1", "Jo Fenwick", "person"),
            E("e2", "Ashworth Borough Council Conservative group", "organization"),
            E("e3", "Peter Vance", "person"),
            E("e4", "Labour", "organization"),
            E("e5", "Mohammed Aziz", "person"),
            E("e6", "Ashworth Borough Council returning officer", "role"),
        ],
        mentions=[
            M("m1", "Ms Fenwick", "e1"),
            M("m2", "The 34-year-old nurse", "e1"),
            M("m3", "The ruling Conservative group", "e2"),
            M("m4", "Council leader Cllr Peter Vance", "e3"),
            M("m5", "council tax,' ⟦he⟧ said", "e3"),
            M("m6", "⟦Labour⟧, which came third", "e4"),
            M("m7", "Labour candidate Mohammed Aziz", "e5"),
            M("m8", "the returning officer", "e6"),
        ],
        quotes=[
            Q("direct", "People in Hartfield have sent a very clear message tonight,",
              cue="Ms Fenwick ⟦said⟧", speaker="m1", stance="A"),
            Q("direct", "They will not pay more for less.",
              cue="Ms Fenwick ⟦said⟧", speaker="m1", stance="A"),
            Q("indirect", "she would vote against the budget when it returns to full council in"
              " February",
              cue="nurse ⟦said⟧", speaker="m2", stance="A"),
            Q("indirect", "the rise, which needs government approval because it breaks the"
              " 4.99pc cap, is needed to plug a £14m hole in the council's budget",
              cue="group ⟦says⟧", speaker="m3", stance="F"),
            Q("mixed", "the result was 'disappointing but not surprising' for a mid-term"
              " by-election",
              cue="Peter Vance ⟦said⟧", speaker="m4", stance="N"),
            Q("direct", "Nobody goes into politics to put up council tax,",
              cue="council tax,' he ⟦said⟧", speaker="m5", stance="F"),
            Q("direct", "But the alternative is closing libraries and children's centres, and I'm"
              " not prepared to do that.",
              cue="council tax,' he ⟦said⟧", speaker="m5", stance="F"),
            Q("indirect", "the result showed voters had lost faith in both main parties on the"
              " council",
              cue="came third, ⟦said⟧", speaker="m6", stance="N"),
            Q("indirect", "the council should have cut senior officers' pay before asking"
              " residents to pay more",
              cue="⟦argued⟧ that", speaker="m7", stance="A"),
            Q("mixed", "encouraging",
              cue="was ⟦described⟧ as", speaker="m8", stance="N"),
        ],
    ),
    # ====================================================================
    # U12 labour dispute: two targets, three-paragraph quote, admitted and
    # stressed, "described ... as ‘...’" and "said ... ‘...’" by one subject,
    # curly apostrophes that look like closing marks (O’Neill, St Thomas’).
    Article(
        id="own_12_uk_nurses_strike",
        split="test",
        locale="uk",
        targets=["the strike", "the pay offer"],
        body="""
Nurses to strike for 48 hours after rejecting pay offer

By Megan Hale, Health Correspondent

Nurses in England will strike for 48 hours next month after members of the Royal College of Nursing voted to reject the government’s 4pc pay offer.

The union said 61pc of members who took part in its consultation had rejected the deal, on a turnout of 52pc.
Nurses were told in September that any award would be backdated to April.
The college also announced that it would ballot midwives separately in the new year.

General secretary Karen Mills said: ‘Nursing staff have spoken, and they have said loud and clear that this offer is not good enough.

‘Nobody became a nurse to go on strike, and we will make sure that emergency care is covered on strike days.

‘But we cannot keep losing experienced colleagues to agencies and to Australia because the pay is so poor.’

She admitted that the timing, in the middle of winter, would be difficult for patients.
She stressed that intensive care, chemotherapy and emergency departments would be fully staffed.

Staff nurse Jade O’Neill, 29, who works in A&E at St Thomas’ Hospital, said she would be on the picket line ‘with a heavy heart’.

Health Secretary Victoria Lane described the strike as ‘deeply disappointing’ and said the offer was ‘fair and final’.

‘We have accepted the independent pay review body’s recommendation in full, and there is no more money,’ she told the BBC.

A Department of Health and Social Care spokesman said contingency plans were being drawn up with NHS England.

Rachel Moss, of the charity Patients’ Voice, said patients would be ‘caught in the middle’ once again.
‘We understand why nurses are angry, but patients who have already waited months for operations cannot afford more cancellations,’ she said.
""",
        entities=[
            E("e1", "Royal College of Nursing", "organization"),
            E("e2", "Karen Mills", "person"),
            E("e3", "Jade O’Neill", "person"),
            E("e4", "Victoria Lane", "person"),
            E("e5", "Department of Health and Social Care spokesman", "role"),
            E("e6", "Rachel Moss", "person"),
        ],
        mentions=[
            M("m1", "⟦The union⟧ said", "e1"),
            M("m11", "⟦The college⟧ also announced", "e1"),
            M("m2", "General secretary Karen Mills", "e2"),
            M("m3", "⟦She⟧ admitted", "e2"),
            M("m4", "⟦She⟧ stressed", "e2"),
            M("m5", "Staff nurse Jade O’Neill", "e3"),
            M("m6", "Health Secretary Victoria Lane", "e4"),
            M("m7", "more money,’ ⟦she⟧ told", "e4"),
            M("m8", "A Department of Health and Social Care spokesman", "e5"),
            M("m9", "⟦Rachel Moss⟧, of the", "e6"),
            M("m10", "cancellations,’ ⟦she⟧ said", "e6"),
        ],
        quotes=[
            Q("indirect", "61pc of members who took part in its consultation had rejected the"
              " deal, on a turnout of 52pc",
              cue="The union ⟦said⟧", speaker="m1", stance="NN"),
            # Agentless report: the teller is never mentioned.
            Q("indirect", "any award would be backdated to April",
              cue="Nurses were ⟦told⟧", speaker=None, stance="NN"),
            Q("indirect", "it would ballot midwives separately in the new year",
              cue="also ⟦announced⟧", speaker="m11", stance="NN"),
            Q("direct", "Nursing staff have spoken, and they have said loud and clear that this"
              " offer is not good enough.",
              cue="Karen Mills ⟦said⟧", speaker="m2", stance="FA"),
            Q("direct", "Nobody became a nurse to go on strike, and we will make sure that"
              " emergency care is covered on strike days.",
              cue="Karen Mills ⟦said⟧", speaker="m2", stance="FN"),
            Q("direct", "But we cannot keep losing experienced colleagues to agencies and to"
              " Australia because the pay is so poor.",
              cue="Karen Mills ⟦said⟧", speaker="m2", stance="FA"),
            Q("indirect", "the timing, in the middle of winter, would be difficult for patients",
              cue="She ⟦admitted⟧", speaker="m3", stance="NN"),
            Q("indirect", "intensive care, chemotherapy and emergency departments would be fully"
              " staffed",
              cue="She ⟦stressed⟧", speaker="m4", stance="NN"),
            Q("mixed", "she would be on the picket line ‘with a heavy heart’",
              cue="Hospital, ⟦said⟧", speaker="m5", stance="FN"),
            Q("mixed", "deeply disappointing",
              cue="⟦described⟧ the strike", speaker="m6", stance="AN"),
            Q("mixed", "the offer was ‘fair and final’",
              cue="and ⟦said⟧ the offer", speaker="m6", stance="NF"),
            Q("direct", "We have accepted the independent pay review body’s recommendation in"
              " full, and there is no more money,",
              cue="more money,’ she ⟦told⟧", speaker="m7", stance="NF"),
            Q("indirect", "contingency plans were being drawn up with NHS England",
              cue="Care spokesman ⟦said⟧", speaker="m8", stance="NN"),
            Q("mixed", "patients would be ‘caught in the middle’ once again",
              cue="Patients’ Voice, ⟦said⟧", speaker="m9", stance="NN"),
            Q("direct", "We understand why nurses are angry, but patients who have already"
              " waited months for operations cannot afford more cancellations,",
              cue="cancellations,’ she ⟦said⟧", speaker="m10", stance="AN"),
        ],
    ),
]
