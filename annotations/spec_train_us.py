"""Own gold training articles with US conventions (8, split "train").

Bodies hold one sentence per line and a blank line between paragraphs (see
goldspec.compose). Span specs: goldspec module docstring. Stance strings give
one letter per target: F favor, A against, N neutral.

The people, companies, unions, towns and events are fictional; real bodies
(the Bureau of Land Management, the NLRB, state health departments) appear
only as settings, with invented words.
"""

from goldspec import E, M, Q, Article

ARTICLES = [
    # ====================================================================
    # T09 state budget fight: two targets, straight double quotes, a nested
    # straight single-quoted scare word inside a direct quote ('surplus'),
    # "said Wednesday she would" (adverb between cue and clause), told /
    # countered / argued / testified / warned / acknowledged, "According to
    # the nonpartisan ...", a party label left out of the mention
    # ("Sen. X, D-Milwaukee,"), a programme name and a so-called term in
    # quotes (no quotes), "did not respond" (no quote).
    Article(
        id="own_train_09_us_state_budget",
        split="train",
        locale="us",
        targets=["the income tax cut", "the child care cuts"],
        body="""
Wisconsin budget talks stall over Republican tax cut plan

By Megan Ostrowski

MADISON, Wis. — Gov. Karen Lindqvist said Wednesday she would veto any state budget that includes a Republican plan to cut income taxes by $2.1 billion over two years.
The threat sets up a standoff with legislative leaders less than three weeks before the new fiscal year begins July 1.

"I'm not going to sign a budget that hands the biggest checks to the people who need them least," Lindqvist told reporters at the Capitol.
"Not this year, and not while child care centers are closing in every corner of this state."

The Republican plan, approved 12-4 by the Legislature's Joint Finance Committee on Tuesday, would lower the second-highest tax bracket from 5.3% to 4.4%.
It would also trim $310 million from a child care subsidy program known as "Little Steps," which helps about 4,200 centers cover staff wages.
Republicans added a so-called "tax trigger" that would lower rates further if revenue beats projections.

Assembly Speaker Doug Reinholt, R-Oconomowoc, countered that the state was sitting on a surplus of nearly $4 billion and that taxpayers deserved "to get some of their own money back."

"This isn't the governor's money.
It's not the Legislature's money, either," Reinholt said in a statement.
"It belongs to the folks who earned it."

He argued that the child care cuts reflected money the program had failed to spend, not a reduction in services.

According to the nonpartisan Legislative Fiscal Bureau, the tax cut would save a married couple earning $90,000 about $410 a year.

Tamika Hollis, who runs a day care center in Racine with 46 children, testified before the committee last month that she would have to raise weekly tuition by $75 if the subsidy were cut.

"Parents in this town are already paying more for day care than for rent," Hollis said Wednesday.
"So where's the 'surplus' for them?"

State Sen. Rafael Ochoa, D-Milwaukee, the ranking Democrat on the committee, warned that the tax cut would leave the state with a structural deficit of $1.4 billion by 2027.

Lindqvist acknowledged that she had signed a smaller income tax cut two years ago, but said this one was "a different animal."

Reinholt's office did not respond to questions Wednesday about whether the Assembly would take up a compromise.
""",
        entities=[
            E("e1", "Karen Lindqvist", "person"),
            E("e2", "Doug Reinholt", "person"),
            E("e3", "Legislative Fiscal Bureau", "organization"),
            E("e4", "Tamika Hollis", "person"),
            E("e5", "Rafael Ochoa", "person"),
        ],
        mentions=[
            M("m1", "Gov. Karen Lindqvist", "e1"),
            M("m2", "least,\" ⟦Lindqvist⟧ told", "e1"),
            M("m3", "Assembly Speaker Doug Reinholt", "e2"),
            M("m4", "either,\" ⟦Reinholt⟧ said", "e2"),
            M("m5", "⟦He⟧ argued", "e2"),
            M("m6", "the nonpartisan Legislative Fiscal Bureau", "e3"),
            M("m7", "⟦Tamika Hollis⟧, who runs", "e4"),
            M("m8", "rent,\" ⟦Hollis⟧ said", "e4"),
            M("m9", "State Sen. Rafael Ochoa", "e5"),
            M("m10", "⟦Lindqvist⟧ acknowledged", "e1"),
        ],
        quotes=[
            Q("indirect", "she would veto any state budget that includes a Republican plan to cut"
              " income taxes by $2.1 billion over two years",
              cue="Lindqvist ⟦said⟧ Wednesday", speaker="m1", stance="AN"),
            Q("direct", "I'm not going to sign a budget that hands the biggest checks to the"
              " people who need them least,",
              cue="Lindqvist ⟦told⟧", speaker="m2", stance="AN"),
            Q("direct", "Not this year, and not while child care centers are closing in every"
              " corner of this state.",
              cue="Lindqvist ⟦told⟧", speaker="m2", stance="AA"),
            Q("mixed", "the state was sitting on a surplus of nearly $4 billion and that taxpayers"
              " deserved \"to get some of their own money back.\"",
              cue="⟦countered⟧ that", speaker="m3", stance="FN"),
            Q("direct", "This isn't the governor's money. It's not the Legislature's money, either,",
              cue="Reinholt ⟦said⟧ in a statement", speaker="m4", stance="FN"),
            Q("direct", "It belongs to the folks who earned it.",
              cue="Reinholt ⟦said⟧ in a statement", speaker="m4", stance="FN"),
            Q("indirect", "the child care cuts reflected money the program had failed to spend,"
              " not a reduction in services",
              cue="He ⟦argued⟧", speaker="m5", stance="NF"),
            Q("indirect", "the tax cut would save a married couple earning $90,000 about $410 a"
              " year",
              cue="According to", speaker="m6", stance="NN"),
            Q("indirect", "she would have to raise weekly tuition by $75 if the subsidy were cut",
              cue="⟦testified⟧ before", speaker="m7", stance="NA"),
            Q("direct", "Parents in this town are already paying more for day care than for rent,",
              cue="Hollis ⟦said⟧ Wednesday", speaker="m8", stance="NA"),
            Q("direct", "So where's the 'surplus' for them?",
              cue="Hollis ⟦said⟧ Wednesday", speaker="m8", stance="NA"),
            Q("indirect", "the tax cut would leave the state with a structural deficit of $1.4"
              " billion by 2027",
              cue="⟦warned⟧ that", speaker="m9", stance="AN"),
            Q("indirect", "she had signed a smaller income tax cut two years ago",
              cue="Lindqvist ⟦acknowledged⟧", speaker="m10", stance="NN"),
            Q("mixed", "this one was \"a different animal.\"",
              cue="but ⟦said⟧ this one", speaker="m10", stance="AN"),
        ],
    ),
    # ====================================================================
    # T10 city council zoning vote: curly double quotes, nested curly single
    # quotes closing next to the double mark (‘community input.’”), a split
    # quote in one sentence ("A," X said, "B?"), "said Council member X, who
    # ...", inverted "said X, 71, who ...", "noted", a group speaker
    # ("Opponents, many of them ..."), "described ... as", content before
    # "its attorney said", trailing "according to the planning department",
    # a so-called term and a T-shirt slogan in quotes (no quotes).
    Article(
        id="own_train_10_us_zoning_vote",
        split="train",
        locale="us",
        targets=["the rezoning"],
        body="""
Cedar Grove council votes to allow duplexes in single-family neighborhoods

By Aaron Whitaker

CEDAR GROVE, N.C. — The Cedar Grove City Council voted 5-2 early Wednesday to allow duplexes and triplexes on lots now zoned only for single-family homes, ending a fight that had packed City Hall for three straight meetings.

The change, aimed at so-called “missing middle” housing, takes effect Jan. 1 and covers about 70% of the city's residential land.

“We have a housing shortage, and we have rules that make it illegal to fix it,” said Council member Priya Raman, who sponsored the measure.
“Tonight we changed the rules.”

Raman noted that the median home price in Cedar Grove had passed $480,000, nearly double what it was in 2017.

Opponents, many of them from the Oak Hill and Briarwood neighborhoods, argued that the change would strain roads and schools and alter the character of streets laid out in the 1950s.
Dozens wore green T-shirts reading “Save Our Streets.”

“Nobody asked us,” said Walter Hoskins, 71, who has lived on Linden Avenue since 1979.
“They held three meetings and called it ‘community input.’”

Council member Frank DeLuca, one of the two no votes, said he supported more housing but not “a one-size-fits-all rezoning written by consultants.”

“If this is such a good idea,” DeLuca said, “why are we voting on it at 1 in the morning?”

Planning Director Keith Oduya told the council that the city expected about 150 new units a year under the change and that most would replace older homes on existing lots.

The Triangle Home Builders Association said in a statement that the vote would “open the door to the kind of homes teachers and nurses can actually afford.”

Mayor Theresa Albright, who votes only to break ties, described the four-hour debate as “the most civil shouting match I've ever sat through.”

Neighbors for Responsible Growth, the group that led the opposition, is weighing a lawsuit, its attorney said.
The first permits under the new rules could be issued by March, according to the planning department.
""",
        entities=[
            E("e1", "Priya Raman", "person"),
            E("e2", "rezoning opponents", "role"),
            E("e3", "Walter Hoskins", "person"),
            E("e4", "Frank DeLuca", "person"),
            E("e5", "Keith Oduya", "person"),
            E("e6", "Triangle Home Builders Association", "organization"),
            E("e7", "Theresa Albright", "person"),
            E("e8", "Neighbors for Responsible Growth attorney", "role"),
            E("e9", "Cedar Grove planning department", "organization"),
        ],
        mentions=[
            M("m1", "Council member Priya Raman", "e1"),
            M("m2", "⟦Raman⟧ noted", "e1"),
            M("m3", "⟦Opponents⟧, many of them", "e2"),
            M("m4", "Walter Hoskins", "e3"),
            M("m5", "Council member Frank DeLuca", "e4"),
            M("m6", "idea,” ⟦DeLuca⟧ said", "e4"),
            M("m7", "Planning Director Keith Oduya", "e5"),
            M("m8", "The Triangle Home Builders Association", "e6"),
            M("m9", "Mayor Theresa Albright", "e7"),
            M("m10", "its attorney", "e8"),
            M("m11", "according to ⟦the planning department⟧", "e9"),
        ],
        quotes=[
            Q("direct", "We have a housing shortage, and we have rules that make it illegal to"
              " fix it,",
              cue="⟦said⟧ Council member Priya", speaker="m1", stance="F"),
            Q("direct", "Tonight we changed the rules.",
              cue="⟦said⟧ Council member Priya", speaker="m1", stance="F"),
            Q("indirect", "the median home price in Cedar Grove had passed $480,000, nearly double"
              " what it was in 2017",
              cue="Raman ⟦noted⟧", speaker="m2", stance="N"),
            Q("indirect", "the change would strain roads and schools and alter the character of"
              " streets laid out in the 1950s",
              cue="⟦argued⟧ that the change", speaker="m3", stance="A"),
            Q("direct", "Nobody asked us,",
              cue="⟦said⟧ Walter Hoskins", speaker="m4", stance="A"),
            Q("direct", "They held three meetings and called it ‘community input.’",
              cue="⟦said⟧ Walter Hoskins", speaker="m4", stance="A"),
            Q("mixed", "he supported more housing but not “a one-size-fits-all rezoning written by"
              " consultants.”",
              cue="no votes, ⟦said⟧", speaker="m5", stance="A"),
            Q("direct", "If this is such a good idea,",
              cue="DeLuca ⟦said⟧", speaker="m6", stance="A"),
            Q("direct", "why are we voting on it at 1 in the morning?",
              cue="DeLuca ⟦said⟧", speaker="m6", stance="A"),
            Q("indirect", "the city expected about 150 new units a year under the change and that"
              " most would replace older homes on existing lots",
              cue="Oduya ⟦told⟧", speaker="m7", stance="N"),
            Q("mixed", "the vote would “open the door to the kind of homes teachers and nurses can"
              " actually afford.”",
              cue="Association ⟦said⟧", speaker="m8", stance="F"),
            Q("mixed", "the most civil shouting match I've ever sat through.",
              cue="⟦described⟧ the four-hour", speaker="m9", stance="N"),
            Q("indirect", "Neighbors for Responsible Growth, the group that led the opposition, is"
              " weighing a lawsuit",
              cue="its attorney ⟦said⟧", speaker="m10", stance="A"),
            Q("indirect", "The first permits under the new rules could be issued by March",
              cue="according to", speaker="m11", stance="N"),
        ],
    ),
    # ====================================================================
    # T11 hospital closure: curly double quotes, dateline before content that
    # precedes "the company said Monday", "In a statement, the company said",
    # inverted "said X, Keystone's chief executive", a role speaker ("A
    # spokeswoman for the Pennsylvania Department of Health"), warned, a
    # pronoun speaker after a named introduction, a quote-only continuation
    # paragraph, an indirect quote ending in "7 a.m.", content before "the
    # company said, though ..." (the reporter's tail stays out), "State
    # records show" and a so-called term (no quotes), "St. Anne's".
    Article(
        id="own_train_11_us_hospital_closure",
        split="train",
        locale="us",
        targets=["the hospital closure"],
        body="""
Owner to close Mercy Valley hospital, leaving county without an ER

By Lauren Pryce

ASHTON FALLS, Pa. — Keystone Health Partners will close Mercy Valley Medical Center on Oct. 31, leaving Clearwater County without a hospital or an emergency room, the company said Monday.

State records show the 88-bed hospital has lost money in 11 of the past 12 years, and its emergency room treated about 14,000 patients last year.

In a statement, the company said it had “exhausted every option” to keep the hospital open, including a yearlong search for a buyer that drew no serious bids.
Keystone bought the hospital in 2019 and folded it into a so-called “hub-and-spoke” network of regional medical centers.

“This is a painful decision, and it is not one we made lightly,” said Sandra Whitlock, Keystone's chief executive.
“But we cannot keep losing $1 million a month on a hospital that fewer and fewer people choose to use.”

Whitlock said patients would be directed to St. Anne's Hospital in Corrington, 38 miles away, and that the company would run an urgent care clinic in the building seven days a week.

A spokeswoman for the Pennsylvania Department of Health said the agency was reviewing the closure plan and would hold a public hearing in Ashton Falls within 30 days.

State Rep. Gail Hutchins, a Republican whose district includes the hospital, warned that ambulance rides to the nearest emergency room could take more than an hour in winter.

“People are going to die in the back of ambulances,” Hutchins said.
“I don't say that to scare anyone.
I say it because our paramedics have been telling me the same thing for a year.”

Brenda Yoder, a labor and delivery nurse who has worked at Mercy Valley for 23 years, said staff learned of the closure from an email sent at 7 a.m.

“Twenty-three years, and I got an email,” she said.
“Nobody from Keystone has set foot on my floor since the sale.”

“Where is a woman in labor supposed to go in a snowstorm?
Corrington?
That's an hour on Route 6 if the plows have been through.”

The hospital's 410 employees will be offered jobs at other Keystone facilities, the company said, though most of those are more than an hour's drive away.
""",
        entities=[
            E("e1", "Keystone Health Partners", "organization"),
            E("e2", "Sandra Whitlock", "person"),
            E("e3", "Pennsylvania Department of Health spokeswoman", "role"),
            E("e4", "Gail Hutchins", "person"),
            E("e5", "Brenda Yoder", "person"),
        ],
        mentions=[
            M("m1", "emergency room, ⟦the company⟧ said", "e1"),
            M("m2", "In a statement, ⟦the company⟧ said", "e1"),
            M("m3", "Sandra Whitlock", "e2"),
            M("m4", "⟦Whitlock⟧ said patients", "e2"),
            M("m5", "A spokeswoman for the Pennsylvania Department of Health", "e3"),
            M("m6", "State Rep. Gail Hutchins", "e4"),
            M("m7", "⟦Hutchins⟧ said", "e4"),
            M("m8", "⟦Brenda Yoder⟧, a labor", "e5"),
            M("m9", "email,” ⟦she⟧ said", "e5"),
            M("m10", "facilities, ⟦the company⟧ said", "e1"),
        ],
        quotes=[
            Q("indirect", "Keystone Health Partners will close Mercy Valley Medical Center on Oct."
              " 31, leaving Clearwater County without a hospital or an emergency room",
              cue="emergency room, the company ⟦said⟧", speaker="m1", stance="N"),
            Q("mixed", "it had “exhausted every option” to keep the hospital open, including a"
              " yearlong search for a buyer that drew no serious bids",
              cue="In a statement, the company ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "This is a painful decision, and it is not one we made lightly,",
              cue="⟦said⟧ Sandra Whitlock", speaker="m3", stance="N"),
            Q("direct", "But we cannot keep losing $1 million a month on a hospital that fewer and"
              " fewer people choose to use.",
              cue="⟦said⟧ Sandra Whitlock", speaker="m3", stance="F"),
            Q("indirect", "patients would be directed to St. Anne's Hospital in Corrington, 38"
              " miles away, and that the company would run an urgent care clinic in the building"
              " seven days a week",
              cue="Whitlock ⟦said⟧", speaker="m4", stance="N"),
            Q("indirect", "the agency was reviewing the closure plan and would hold a public"
              " hearing in Ashton Falls within 30 days",
              cue="Department of Health ⟦said⟧", speaker="m5", stance="N"),
            Q("indirect", "ambulance rides to the nearest emergency room could take more than an"
              " hour in winter",
              cue="⟦warned⟧ that", speaker="m6", stance="A"),
            Q("direct", "People are going to die in the back of ambulances,",
              cue="Hutchins ⟦said⟧", speaker="m7", stance="A"),
            Q("direct", "I don't say that to scare anyone. I say it because our paramedics have"
              " been telling me the same thing for a year.",
              cue="Hutchins ⟦said⟧", speaker="m7", stance="A"),
            Q("indirect", "staff learned of the closure from an email sent at 7 a.m.",
              cue="23 years, ⟦said⟧", speaker="m8", stance="N"),
            Q("direct", "Twenty-three years, and I got an email,",
              cue="email,” she ⟦said⟧", speaker="m9", stance="A"),
            Q("direct", "Nobody from Keystone has set foot on my floor since the sale.",
              cue="email,” she ⟦said⟧", speaker="m9", stance="A"),
            # Quote-only paragraph continuing Brenda Yoder: her mention and cue.
            Q("direct", "Where is a woman in labor supposed to go in a snowstorm? Corrington?"
              " That's an hour on Route 6 if the plows have been through.",
              cue="email,” she ⟦said⟧", speaker="m9", stance="A"),
            Q("indirect", "The hospital's 410 employees will be offered jobs at other Keystone"
              " facilities",
              cue="facilities, the company ⟦said⟧", speaker="m10", stance="N"),
        ],
    ),
    # ====================================================================
    # T12 school board dispute: a person target, straight double quotes, a
    # speaker introduced in the previous paragraph without a reporting verb
    # and a quote-only paragraph with no cue, "X's attorney Y wrote",
    # "called ... \"...\"" fragment, a concession followed by a position in
    # the next sentence (two quotes, different stances), "told the board
    # that", a plan title in quotes (no quote), "did not attend" (no quote),
    # a role speaker ("A district spokesman").
    Article(
        id="own_train_12_us_superintendent_ouster",
        split="train",
        locale="us",
        targets=["Nora Pruitt", "the school closure plan"],
        body="""
Millbrook board moves to fire superintendent over school closure plan

By Travis Coleman

MILLBROOK, Mich. — The Millbrook Public Schools board voted 4-3 on Monday night to begin the process of firing Superintendent Nora Pruitt, two months after her plan to close three elementary schools and erase a $6.8 million deficit became public.

Board President Dale Hennessy said families had lost confidence in Pruitt's leadership.

"We asked for options, and we got an ultimatum," Hennessy said after the meeting.
"That's not how you treat the people who hired you."

Pruitt's plan, titled "Right-Sizing Millbrook," would close Lincoln, Garfield and Maple Ridge elementary schools next fall and move about 900 students to four other buildings.

Pruitt, who was hired in 2021 and has two years left on her contract, did not attend the meeting but has spent much of the spring defending the plan at packed community forums.

"Nobody wants to close a neighborhood school.
But we have 1,900 empty seats in our elementary buildings, and every one of them costs money we are taking out of classrooms."

In a letter to the board, Pruitt's attorney Miriam Castellanos wrote that firing the superintendent without cause would cost the district at least $410,000 under her contract.

Trustee Angela Voss, who voted no, called the vote "a political hit job that will cost taxpayers half a million dollars."

"I don't agree with every part of her plan," Voss said.
"But firing the one person who told us the truth about our budget doesn't make those empty seats go away."

Tasha Greene, whose two children attend Lincoln Elementary, told the board that the closures would put kindergartners on buses for rides of 40 minutes or more.

"You don't balance a budget on the backs of 5-year-olds," she said.

The Millbrook Education Association, which represents the district's 420 teachers, said in a statement that it had "serious concerns" about the closures but would not take a position on Pruitt's future.

Under Michigan law, Pruitt is entitled to a hearing before the board can end her contract.
A district spokesman said the hearing would likely be held in late July.
""",
        entities=[
            E("e1", "Dale Hennessy", "person"),
            E("e2", "Nora Pruitt", "person"),
            E("e3", "Miriam Castellanos", "person"),
            E("e4", "Angela Voss", "person"),
            E("e5", "Tasha Greene", "person"),
            E("e6", "Millbrook Education Association", "organization"),
            E("e7", "Millbrook Public Schools spokesman", "role"),
        ],
        mentions=[
            M("m1", "Board President Dale Hennessy", "e1"),
            M("m2", "⟦Hennessy⟧ said after", "e1"),
            M("m3", "⟦Pruitt⟧, who was hired", "e2"),
            M("m4", "Pruitt's attorney Miriam Castellanos", "e3"),
            M("m5", "Trustee Angela Voss", "e4"),
            M("m6", "⟦Voss⟧ said", "e4"),
            M("m7", "⟦Tasha Greene⟧, whose", "e5"),
            M("m8", "5-year-olds,\" ⟦she⟧ said", "e5"),
            M("m9", "The Millbrook Education Association", "e6"),
            M("m10", "A district spokesman", "e7"),
        ],
        quotes=[
            Q("indirect", "families had lost confidence in Pruitt's leadership",
              cue="Hennessy ⟦said⟧ families", speaker="m1", stance="AN"),
            Q("direct", "We asked for options, and we got an ultimatum,",
              cue="Hennessy ⟦said⟧ after", speaker="m2", stance="AA"),
            Q("direct", "That's not how you treat the people who hired you.",
              cue="Hennessy ⟦said⟧ after", speaker="m2", stance="AN"),
            # Speaker introduced in the previous paragraph, no reporting verb.
            Q("direct", "Nobody wants to close a neighborhood school. But we have 1,900 empty"
              " seats in our elementary buildings, and every one of them costs money we are"
              " taking out of classrooms.",
              cue=None, speaker="m3", stance="FF"),
            Q("indirect", "firing the superintendent without cause would cost the district at"
              " least $410,000 under her contract",
              cue="Castellanos ⟦wrote⟧", speaker="m4", stance="FN"),
            Q("mixed", "a political hit job that will cost taxpayers half a million dollars.",
              cue="⟦called⟧ the vote", speaker="m5", stance="FN"),
            Q("direct", "I don't agree with every part of her plan,",
              cue="Voss ⟦said⟧", speaker="m6", stance="NN"),
            Q("direct", "But firing the one person who told us the truth about our budget doesn't"
              " make those empty seats go away.",
              cue="Voss ⟦said⟧", speaker="m6", stance="FN"),
            Q("indirect", "the closures would put kindergartners on buses for rides of 40 minutes"
              " or more",
              cue="⟦told⟧ the board", speaker="m7", stance="NA"),
            Q("direct", "You don't balance a budget on the backs of 5-year-olds,",
              cue="5-year-olds,\" she ⟦said⟧", speaker="m8", stance="NA"),
            Q("mixed", "it had \"serious concerns\" about the closures but would not take a"
              " position on Pruitt's future",
              cue="420 teachers, ⟦said⟧", speaker="m9", stance="NA"),
            Q("indirect", "the hearing would likely be held in late July",
              cue="spokesman ⟦said⟧", speaker="m10", stance="NN"),
        ],
    ),
    # ====================================================================
    # T13 labour dispute (contract vote): two targets, curly double quotes
    # with nested curly single quotes (‘Be grateful you have a job,’), a
    # reported "called it a raise" inside a direct quote (no separate quote),
    # content before "their union announced", "According to Local 318 of
    # the ...", "She added", inverted "said X, a spokeswoman for ...",
    # "which it described as" inside a reported clause (one mixed quote), a
    # quote-only continuation paragraph, noted, a plan name and a picket
    # sign in quotes (no quotes), "days'" apostrophe.
    Article(
        id="own_train_13_us_grocery_contract_vote",
        split="train",
        locale="us",
        targets=["the tentative contract", "a strike"],
        body="""
Grocery workers reject Harvest Fresh contract, authorize strike

By Olivia Marchetti

PORTLAND, Ore. — Workers at 61 Harvest Fresh Markets stores in Oregon and southwest Washington have rejected a tentative three-year contract and authorized a strike, their union announced Sunday.

According to Local 318 of the Retail and Food Workers Union, 84% of members who cast ballots voted against the deal, and 91% voted to authorize a walkout.
About 6,800 cashiers, stockers, deli clerks and pharmacy technicians are covered by the contract.

“The company came to the table with a deal that would have cut our health coverage and called it a raise,” said Rhonda Arbogast, the local's president.
“Our members saw right through it.”

Arbogast said the union would give the company 10 days' notice before any walkout and remained ready to return to the bargaining table.
She added that no strike date had been set.

Under the rejected offer, workers hired after 2019 would have moved to a cheaper health plan known as “Essentials Care,” with deductibles of up to $3,000.
Members rallied outside the company's headquarters in Tigard on Saturday holding signs that read “Essential Then, Essential Now.”

“We are disappointed that members rejected an offer that would have made Harvest Fresh the best-paying grocer in the region,” said Kara Lindgren, a spokeswoman for Harvest Fresh.

The company said in a statement that the offer included raises of $4.25 an hour over three years, which it described as “the largest in our 70-year history,” and that its stores would remain open during any strike.

Jolene Pritchard, a deli clerk at the Gresham store for 14 years, said the vote was not close in her break room.

“My manager told me, ‘Be grateful you have a job,’ the same week the company posted record profits,” she said.

“I'm not afraid of a strike.
I'm afraid of another three years like the last three.”

Samuel Almeida, a labor economist at Portland State University, noted that grocery strikes in the region have been rare since a five-week walkout in 2003.
He said a strike would likely push shoppers to rival chains “within the first week.”
""",
        entities=[
            E("e1", "Local 318 of the Retail and Food Workers Union", "organization"),
            E("e2", "Rhonda Arbogast", "person"),
            E("e3", "Kara Lindgren", "person"),
            E("e4", "Harvest Fresh Markets", "organization"),
            E("e5", "Jolene Pritchard", "person"),
            E("e6", "Samuel Almeida", "person"),
        ],
        mentions=[
            M("m1", "their union", "e1"),
            M("m2", "Local 318 of the Retail and Food Workers Union", "e1"),
            M("m3", "Rhonda Arbogast", "e2"),
            M("m4", "⟦Arbogast⟧ said the union", "e2"),
            M("m5", "⟦She⟧ added", "e2"),
            M("m6", "Kara Lindgren", "e3"),
            M("m7", "⟦The company⟧ said in a statement", "e4"),
            M("m8", "⟦Jolene Pritchard⟧, a deli", "e5"),
            M("m9", "profits,” ⟦she⟧ said", "e5"),
            M("m10", "⟦Samuel Almeida⟧, a labor", "e6"),
            M("m11", "⟦He⟧ said a strike", "e6"),
        ],
        quotes=[
            Q("indirect", "Workers at 61 Harvest Fresh Markets stores in Oregon and southwest"
              " Washington have rejected a tentative three-year contract and authorized a strike",
              cue="their union ⟦announced⟧", speaker="m1", stance="NN"),
            Q("indirect", "84% of members who cast ballots voted against the deal, and 91% voted"
              " to authorize a walkout",
              cue="According to", speaker="m2", stance="NN"),
            Q("direct", "The company came to the table with a deal that would have cut our health"
              " coverage and called it a raise,",
              cue="⟦said⟧ Rhonda Arbogast", speaker="m3", stance="AN"),
            Q("direct", "Our members saw right through it.",
              cue="⟦said⟧ Rhonda Arbogast", speaker="m3", stance="AN"),
            Q("indirect", "the union would give the company 10 days' notice before any walkout and"
              " remained ready to return to the bargaining table",
              cue="Arbogast ⟦said⟧", speaker="m4", stance="NN"),
            Q("indirect", "no strike date had been set",
              cue="She ⟦added⟧", speaker="m5", stance="NN"),
            Q("direct", "We are disappointed that members rejected an offer that would have made"
              " Harvest Fresh the best-paying grocer in the region,",
              cue="⟦said⟧ Kara Lindgren", speaker="m6", stance="FN"),
            Q("mixed", "the offer included raises of $4.25 an hour over three years, which it"
              " described as “the largest in our 70-year history,” and that its stores would"
              " remain open during any strike",
              cue="The company ⟦said⟧", speaker="m7", stance="FA"),
            Q("indirect", "the vote was not close in her break room",
              cue="14 years, ⟦said⟧", speaker="m8", stance="NN"),
            Q("direct", "My manager told me, ‘Be grateful you have a job,’ the same week the"
              " company posted record profits,",
              cue="profits,” she ⟦said⟧", speaker="m9", stance="AN"),
            # Quote-only paragraph continuing Jolene Pritchard.
            Q("direct", "I'm not afraid of a strike. I'm afraid of another three years like the"
              " last three.",
              cue="profits,” she ⟦said⟧", speaker="m9", stance="AF"),
            Q("indirect", "grocery strikes in the region have been rare since a five-week walkout"
              " in 2003",
              cue="⟦noted⟧ that", speaker="m10", stance="NN"),
            Q("mixed", "a strike would likely push shoppers to rival chains “within the first"
              " week.”",
              cue="He ⟦said⟧", speaker="m11", stance="NN"),
        ],
    ),
    # ====================================================================
    # T14 court ruling: straight double quotes, "Writing for ..., Judge X
    # said", "X wrote." with a two-quote split, an apostrophe right before a
    # closing mark ("for the agency's"), "Judge X, in dissent, argued",
    # "Corp." inside a mention, testified, a split quote in one sentence
    # ("A," Hendry said Thursday, "B."), "called" fragment by an
    # organisation, a role speaker with a relative clause left out of the
    # mention ("A spokesperson for ..., who declined to say ...,"), "the
    # governor said", a legal standard in quotes (no quote).
    Article(
        id="own_train_14_us_lithium_mine_ruling",
        split="train",
        locale="us",
        targets=["the Silver Basin lithium mine"],
        body="""
Appeals court halts Nevada lithium mine over groundwater review

By Sean Mulcahy

RENO, Nev. — A federal appeals court on Thursday blocked construction of the Silver Basin lithium mine in northern Nevada and sent the project's permit back to the Bureau of Land Management for a new review of its effect on groundwater.

Writing for a 2-1 majority of a 9th U.S. Circuit Court of Appeals panel, Judge Ana Villarreal said the agency had relied on "outdated and incomplete" water data when it approved the mine in 2022.

"An agency may not approve first and study later," Villarreal wrote.
"That is precisely what happened here."

Federal law requires agencies to take a "hard look" at the environmental effects of major projects before approving them.

Judge Thomas Greer, in dissent, argued that the majority had "substituted its own judgment for the agency's" on a technical question best left to hydrologists.

Sagebrush Lithium Corp., the Vancouver-based company developing the mine, said it was "deeply disappointed" and was reviewing its options, including asking the full court to rehear the case.

"This decision puts 400 construction jobs on hold," said Reid Calloway, the company's chief executive.
"It tells every company trying to build an American battery supply chain that the permit you get isn't worth the paper it's printed on."

The lawsuit was brought by three ranching families and Great Basin Water Watch, an environmental group based in Elko.

Rancher Cal Hendry, whose family has run cattle in the valley since 1911, testified at a 2023 hearing that two of his wells had dropped by 6 feet during exploratory drilling.

"We're not against lithium," Hendry said Thursday, "but you can't drink lithium, and you can't grow hay with it."

Great Basin Water Watch called the ruling "a victory for every family in this valley that depends on a well."

A spokesperson for the Bureau of Land Management, who declined to say whether the agency would appeal, said it was reviewing the decision.

Gov. Elaine Sorensen said in a social media post that she was "frustrated" by the ruling and would keep fighting for the project.
"Nevada can protect its water and build the industries of the future," the governor said.

The mine was designed to produce enough lithium for about 800,000 electric vehicle batteries a year.
""",
        entities=[
            E("e1", "Ana Villarreal", "person"),
            E("e2", "Thomas Greer", "person"),
            E("e3", "Sagebrush Lithium Corp.", "organization"),
            E("e4", "Reid Calloway", "person"),
            E("e5", "Cal Hendry", "person"),
            E("e6", "Great Basin Water Watch", "organization"),
            E("e7", "Bureau of Land Management spokesperson", "role"),
            E("e8", "Elaine Sorensen", "person"),
        ],
        mentions=[
            M("m1", "Judge Ana Villarreal", "e1"),
            M("m2", "later,\" ⟦Villarreal⟧ wrote", "e1"),
            M("m3", "Judge Thomas Greer", "e2"),
            M("m4", "⟦Sagebrush Lithium Corp.⟧, the Vancouver", "e3"),
            M("m5", "Reid Calloway", "e4"),
            M("m6", "Rancher Cal Hendry", "e5"),
            M("m7", "⟦Hendry⟧ said Thursday", "e5"),
            M("m8", "⟦Great Basin Water Watch⟧ called", "e6"),
            M("m9", "A spokesperson for the Bureau of Land Management", "e7"),
            M("m10", "Gov. Elaine Sorensen", "e8"),
            M("m11", "future,\" ⟦the governor⟧ said", "e8"),
        ],
        quotes=[
            Q("mixed", "the agency had relied on \"outdated and incomplete\" water data when it"
              " approved the mine in 2022",
              cue="Villarreal ⟦said⟧", speaker="m1", stance="A"),
            Q("direct", "An agency may not approve first and study later,",
              cue="Villarreal ⟦wrote⟧", speaker="m2", stance="A"),
            Q("direct", "That is precisely what happened here.",
              cue="Villarreal ⟦wrote⟧", speaker="m2", stance="A"),
            Q("mixed", "the majority had \"substituted its own judgment for the agency's\" on a"
              " technical question best left to hydrologists",
              cue="⟦argued⟧ that", speaker="m3", stance="F"),
            Q("mixed", "it was \"deeply disappointed\" and was reviewing its options, including"
              " asking the full court to rehear the case",
              cue="developing the mine, ⟦said⟧", speaker="m4", stance="F"),
            Q("direct", "This decision puts 400 construction jobs on hold,",
              cue="⟦said⟧ Reid Calloway", speaker="m5", stance="F"),
            Q("direct", "It tells every company trying to build an American battery supply chain"
              " that the permit you get isn't worth the paper it's printed on.",
              cue="⟦said⟧ Reid Calloway", speaker="m5", stance="F"),
            Q("indirect", "two of his wells had dropped by 6 feet during exploratory drilling",
              cue="⟦testified⟧ at", speaker="m6", stance="A"),
            Q("direct", "We're not against lithium,",
              cue="Hendry ⟦said⟧ Thursday", speaker="m7", stance="N"),
            Q("direct", "but you can't drink lithium, and you can't grow hay with it.",
              cue="Hendry ⟦said⟧ Thursday", speaker="m7", stance="A"),
            Q("mixed", "a victory for every family in this valley that depends on a well.",
              cue="Watch ⟦called⟧", speaker="m8", stance="A"),
            Q("indirect", "it was reviewing the decision",
              cue="would appeal, ⟦said⟧", speaker="m9", stance="N"),
            Q("mixed", "she was \"frustrated\" by the ruling and would keep fighting for the"
              " project",
              cue="Sorensen ⟦said⟧", speaker="m10", stance="F"),
            Q("direct", "Nevada can protect its water and build the industries of the future,",
              cue="the governor ⟦said⟧", speaker="m11", stance="F"),
        ],
    ),
    # ====================================================================
    # T15 wildfire response: two targets, curly double quotes, content before
    # "a spokesman for the California Department of ... said Tuesday", "He
    # said" for that role, an agentless report ("Residents ... were told"),
    # a nested curly single quote ending right before the closing double
    # mark (‘be ready to leave,’”), a speaker introduced in the previous
    # paragraph and a quote-only paragraph with no cue, acknowledged, "which
    # she described as" inside a reported clause, "the company said in a
    # statement", "It added", a term of art in quotes (no quote).
    Article(
        id="own_train_15_us_wildfire_alerts",
        split="train",
        locale="us",
        targets=["the county's evacuation alerts", "the power shutoff"],
        body="""
Late alerts under scrutiny as Ridgeline fire destroys 230 homes

By Hannah Delacroix

PINE HOLLOW, Calif. — The Ridgeline fire had burned 18,400 acres and destroyed 230 homes by Tuesday evening, and many residents of this foothill town got no evacuation order until flames were already on their street.

The fire was 35% contained, a spokesman for the California Department of Forestry and Fire Protection said Tuesday.
He said about 2,100 firefighters were assigned to the blaze and that winds were expected to ease by Thursday.

Forecasters had issued a “red flag” warning for the area on Saturday.
Residents of the Oak Flat neighborhood were told Sunday afternoon that the fire was moving away from them.

“The first alert I got said ‘be ready to leave,’” said Carol Ebersole, 67, whose house on Ridge Road burned hours later.
“By the time the real order came, I could see the fire from my kitchen window.”

Alder County Sheriff Wade Munson, whose office issues evacuation orders, has faced mounting criticism since the weekend.

“We issued orders based on the best information we had at the time.
The wind shifted 90 degrees in 20 minutes, and no system on earth moves faster than that.”

Munson acknowledged that a software error had delayed text alerts to about 4,000 phones by roughly 40 minutes on Sunday night.

Alder County Supervisor Renee Kaplan said she would seek an independent review of the alert system, which she described as “held together with duct tape and good intentions.”

Foothill Power & Light said it had cut power to about 31,000 customers starting at 4 a.m. Sunday to keep its lines from sparking new fires.

“Shutting off power is never an easy call, but it was the right call on a day like Sunday,” the company said in a statement.
It added that the cause of the fire was under investigation and that none of its lines in the area had been energized when the fire began.

Arturo Gallardo, who runs a hardware store on Main Street, said the outage had also knocked out the town's only cell tower, so many neighbors never received the alerts at all.

“They turned off the power to protect us and ended up cutting the one line that could warn us,” he said.
""",
        entities=[
            E("e1", "California Department of Forestry and Fire Protection spokesman", "role"),
            E("e2", "Carol Ebersole", "person"),
            E("e3", "Wade Munson", "person"),
            E("e4", "Renee Kaplan", "person"),
            E("e5", "Foothill Power & Light", "organization"),
            E("e6", "Arturo Gallardo", "person"),
        ],
        mentions=[
            M("m1", "a spokesman for the California Department of Forestry and Fire Protection",
              "e1"),
            M("m2", "⟦He⟧ said about", "e1"),
            M("m3", "Carol Ebersole", "e2"),
            M("m4", "Alder County Sheriff Wade Munson", "e3"),
            M("m5", "⟦Munson⟧ acknowledged", "e3"),
            M("m6", "Alder County Supervisor Renee Kaplan", "e4"),
            M("m7", "Foothill Power & Light", "e5"),
            M("m8", "⟦the company⟧ said in a statement", "e5"),
            M("m9", "⟦It⟧ added", "e5"),
            M("m10", "⟦Arturo Gallardo⟧, who runs", "e6"),
            M("m11", "warn us,” ⟦he⟧ said", "e6"),
        ],
        quotes=[
            Q("indirect", "The fire was 35% contained",
              cue="Fire Protection ⟦said⟧", speaker="m1", stance="NN"),
            Q("indirect", "about 2,100 firefighters were assigned to the blaze and that winds were"
              " expected to ease by Thursday",
              cue="He ⟦said⟧ about", speaker="m2", stance="NN"),
            # Agentless report: no speaker.
            Q("indirect", "the fire was moving away from them",
              cue="were ⟦told⟧", speaker=None, stance="NN"),
            Q("direct", "The first alert I got said ‘be ready to leave,’",
              cue="⟦said⟧ Carol Ebersole", speaker="m3", stance="AN"),
            Q("direct", "By the time the real order came, I could see the fire from my kitchen"
              " window.",
              cue="⟦said⟧ Carol Ebersole", speaker="m3", stance="AN"),
            # Speaker introduced in the previous paragraph, no reporting verb.
            Q("direct", "We issued orders based on the best information we had at the time. The"
              " wind shifted 90 degrees in 20 minutes, and no system on earth moves faster than"
              " that.",
              cue=None, speaker="m4", stance="FN"),
            Q("indirect", "a software error had delayed text alerts to about 4,000 phones by"
              " roughly 40 minutes on Sunday night",
              cue="Munson ⟦acknowledged⟧", speaker="m5", stance="NN"),
            Q("mixed", "she would seek an independent review of the alert system, which she"
              " described as “held together with duct tape and good intentions.”",
              cue="Kaplan ⟦said⟧", speaker="m6", stance="AN"),
            Q("indirect", "it had cut power to about 31,000 customers starting at 4 a.m. Sunday to"
              " keep its lines from sparking new fires",
              cue="Light ⟦said⟧", speaker="m7", stance="NF"),
            Q("direct", "Shutting off power is never an easy call, but it was the right call on a"
              " day like Sunday,",
              cue="the company ⟦said⟧", speaker="m8", stance="NF"),
            Q("indirect", "the cause of the fire was under investigation and that none of its"
              " lines in the area had been energized when the fire began",
              cue="It ⟦added⟧", speaker="m9", stance="NN"),
            Q("indirect", "the outage had also knocked out the town's only cell tower, so many"
              " neighbors never received the alerts at all",
              cue="Main Street, ⟦said⟧", speaker="m10", stance="NA"),
            Q("direct", "They turned off the power to protect us and ended up cutting the one line"
              " that could warn us,",
              cue="warn us,” he ⟦said⟧", speaker="m11", stance="NA"),
        ],
    ),
    # ====================================================================
    # T16 labour dispute (tech layoffs and a union-busting charge): straight
    # double quotes, a game title, a scare-quoted industry term and a sign
    # in quotes (no quotes), "wrote" with two fragments in one mixed quote
    # (the last one ending in ."), "Sato wrote." split over a sentence
    # break, participle "arguing" with an organisation speaker, inverted
    # "said X, a ... and a member of ...", noted, "said X, a spokeswoman
    # for Novaro" then "She added", a role speaker with a possessive PP
    # ("A spokesperson for the NLRB's regional office in Fort Worth")
    # and "confirmed", an indirect quote ending in "9 a.m.".
    Article(
        id="own_train_16_us_game_studio_layoffs",
        split="train",
        locale="us",
        targets=["the layoffs"],
        body="""
Novaro Interactive cuts 1,100 jobs, closes unionized Austin studio

By Daniel Whitcomb

SEATTLE — Novaro Interactive, the video game publisher behind the "Starfall Legion" series, said Tuesday it would lay off about 1,100 employees, or 14% of its workforce, and close studios in Austin, Texas, and Montreal.

In a memo to employees, Chief Executive Derek Sato wrote that the company had "grown faster than our games could support" during the pandemic and needed to "reset."

"These decisions are painful, and they are mine," Sato wrote.
"But a company that doesn't change when the market changes doesn't survive."

The cuts are the latest round of industry "right-sizing" after a hiring boom in 2020 and 2021.
The Austin closure eliminates all 60 jobs at a studio whose workers voted 41-17 in March to join the United Game Workers.

The union filed an unfair labor practice charge with the National Labor Relations Board on Wednesday, arguing that Novaro had used the layoffs to "wipe out a union it couldn't beat at the ballot box."

"They didn't close Austin because it was losing money.
They closed it because it voted," said Kendra Walsh, a senior animator and a member of the union's bargaining committee.

Walsh noted that the studio's last game had sold more than 2 million copies.

"The decision to close the Austin studio was made months before the union vote and was based solely on business needs," said Lila Marchand, a spokeswoman for Novaro.
She added that laid-off employees would receive at least 16 weeks of severance and health coverage through the end of the year.

A spokesperson for the NLRB's regional office in Fort Worth confirmed that the charge had been filed.

Eli Feld, a quality assurance tester in Austin, said he found out he had lost his job when his badge stopped working at 9 a.m.
"Nobody even looked me in the eye," he said.

Outside Novaro's Seattle headquarters on Wednesday, about 200 workers and supporters carried signs reading "Game Over for Union Busting."
""",
        entities=[
            E("e1", "Novaro Interactive", "organization"),
            E("e2", "Derek Sato", "person"),
            E("e3", "United Game Workers", "organization"),
            E("e4", "Kendra Walsh", "person"),
            E("e5", "Lila Marchand", "person"),
            E("e6", "National Labor Relations Board spokesperson", "role"),
            E("e7", "Eli Feld", "person"),
        ],
        mentions=[
            M("m1", "⟦Novaro Interactive⟧, the video game", "e1"),
            M("m2", "Chief Executive Derek Sato", "e2"),
            M("m3", "mine,\" ⟦Sato⟧ wrote", "e2"),
            M("m4", "⟦The union⟧ filed", "e3"),
            M("m5", "Kendra Walsh", "e4"),
            M("m6", "⟦Walsh⟧ noted", "e4"),
            M("m7", "Lila Marchand", "e5"),
            M("m8", "⟦She⟧ added", "e5"),
            M("m9", "A spokesperson for the NLRB's regional office in Fort Worth", "e6"),
            M("m10", "⟦Eli Feld⟧, a quality", "e7"),
            M("m11", "eye,\" ⟦he⟧ said", "e7"),
        ],
        quotes=[
            Q("indirect", "it would lay off about 1,100 employees, or 14% of its workforce, and"
              " close studios in Austin, Texas, and Montreal",
              cue="series, ⟦said⟧", speaker="m1", stance="N"),
            Q("mixed", "the company had \"grown faster than our games could support\" during the"
              " pandemic and needed to \"reset.\"",
              cue="Derek Sato ⟦wrote⟧", speaker="m2", stance="F"),
            Q("direct", "These decisions are painful, and they are mine,",
              cue="Sato ⟦wrote⟧.", speaker="m3", stance="N"),
            Q("direct", "But a company that doesn't change when the market changes doesn't"
              " survive.",
              cue="Sato ⟦wrote⟧.", speaker="m3", stance="F"),
            Q("mixed", "Novaro had used the layoffs to \"wipe out a union it couldn't beat at the"
              " ballot box.\"",
              cue="⟦arguing⟧ that", speaker="m4", stance="A"),
            Q("direct", "They didn't close Austin because it was losing money. They closed it"
              " because it voted,",
              cue="⟦said⟧ Kendra Walsh", speaker="m5", stance="A"),
            Q("indirect", "the studio's last game had sold more than 2 million copies",
              cue="Walsh ⟦noted⟧", speaker="m6", stance="N"),
            Q("direct", "The decision to close the Austin studio was made months before the union"
              " vote and was based solely on business needs,",
              cue="⟦said⟧ Lila Marchand", speaker="m7", stance="F"),
            Q("indirect", "laid-off employees would receive at least 16 weeks of severance and"
              " health coverage through the end of the year",
              cue="She ⟦added⟧", speaker="m8", stance="N"),
            Q("indirect", "the charge had been filed",
              cue="⟦confirmed⟧ that", speaker="m9", stance="N"),
            Q("indirect", "he found out he had lost his job when his badge stopped working at 9"
              " a.m.",
              cue="in Austin, ⟦said⟧", speaker="m10", stance="N"),
            Q("direct", "Nobody even looked me in the eye,",
              cue="eye,\" he ⟦said⟧", speaker="m11", stance="A"),
        ],
    ),
]
