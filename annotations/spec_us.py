"""Own gold articles with US conventions (12: 6 dev, 6 test).

Bodies hold one sentence per line and a blank line between paragraphs (see
goldspec.compose). Span specs: goldspec module docstring. Stance strings give
one letter per target: F favor, A against, N neutral.
"""

from goldspec import E, M, Q, Article, upto

ARTICLES = [
    # ====================================================================
    # A1 technology regulation: "said Sen. X" inversion after a two-sentence
    # quote, "according to", "told reporters that", "U.S." ending a sentence,
    # a company speaker, a negated report ("has not said whether") that is
    # no quote.
    Article(
        id="own_13_us_ai_safety_bill",
        split="dev",
        locale="us",
        targets=["the AI safety bill"],
        body="""
California Senate passes AI safety bill over tech industry objections

By Jordan Blake

SACRAMENTO — The California Senate on Tuesday approved a bill that would make companies building the most powerful artificial intelligence systems run safety tests for catastrophic harms before putting them on the market.

The measure, SB 1120, passed 29-9 and now heads to the Assembly.
It would be the first law of its kind in the U.S.
Similar proposals have stalled in Congress.

“We are not trying to stop innovation.
We are trying to make sure nobody builds something they can't control,” said Sen. Laura Mendez, a Democrat from San Jose who wrote the bill.

Mendez said the bill was narrowly written and would not affect startups, because it applies only to models that cost more than $100 million to train.
According to Mendez's office, more than 40 amendments were accepted to win over moderate Democrats.

The California Chamber of Commerce argued that the bill's liability provisions would drive AI companies out of the state.

“This bill is a solution in search of a problem,” said Rob Feeney, the chamber's vice president for technology policy.
“It will punish the companies that are doing the most to make AI safe.”

Meridian AI, the San Francisco company behind the Atlas chatbot, said in a statement that it shared the goal of safe AI but that “a patchwork of state laws is the wrong approach.”
The company has spent more than $2 million lobbying lawmakers in Sacramento this year.

Gov. Daniel Reyes has not said whether he will sign the bill.
A spokesperson for the governor said Tuesday that he “will evaluate the bill on its merits” if it reaches his desk.

Dr. Anita Shah, who studies AI safety at Stanford University, told reporters after the vote that the bill was “modest by any standard.”

“Nobody is asking these companies to do anything they haven't already promised to do voluntarily,” she said.
""",
        entities=[
            E("e1", "Laura Mendez", "person"),
            E("e2", "office of Sen. Laura Mendez", "organization"),
            E("e3", "California Chamber of Commerce", "organization"),
            E("e4", "Rob Feeney", "person"),
            E("e5", "Meridian AI", "organization"),
            E("e6", "spokesperson for Gov. Daniel Reyes", "role"),
            E("e7", "Anita Shah", "person"),
        ],
        mentions=[
            M("m1", "Sen. Laura Mendez", "e1"),
            M("m2", "⟦Mendez⟧ said", "e1"),
            M("m3", "Mendez's office", "e2"),
            M("m4", "The California Chamber of Commerce", "e3"),
            M("m5", "Rob Feeney", "e4"),
            M("m6", "⟦Meridian AI⟧, the San Francisco", "e5"),
            M("m7", "A spokesperson for the governor", "e6"),
            M("m8", "Dr. Anita Shah", "e7"),
            M("m9", "voluntarily,” ⟦she⟧ said", "e7"),
        ],
        quotes=[
            Q("direct", "We are not trying to stop innovation. We are trying to make sure nobody"
              " builds something they can't control,",
              cue="⟦said⟧ Sen. Laura Mendez", speaker="m1", stance="F"),
            Q("indirect", "the bill was narrowly written and would not affect startups, because it"
              " applies only to models that cost more than $100 million to train",
              cue="Mendez ⟦said⟧", speaker="m2", stance="F"),
            Q("indirect", "more than 40 amendments were accepted to win over moderate Democrats",
              cue="According to", speaker="m3", stance="N"),
            Q("indirect", "the bill's liability provisions would drive AI companies out of the"
              " state",
              cue="⟦argued⟧ that", speaker="m4", stance="A"),
            Q("direct", "This bill is a solution in search of a problem,",
              cue="⟦said⟧ Rob Feeney", speaker="m5", stance="A"),
            Q("direct", "It will punish the companies that are doing the most to make AI safe.",
              cue="⟦said⟧ Rob Feeney", speaker="m5", stance="A"),
            Q("mixed", "it shared the goal of safe AI but that “a patchwork of state laws is the"
              " wrong approach.”",
              cue="chatbot, ⟦said⟧", speaker="m6", stance="A"),
            Q("mixed", "he “will evaluate the bill on its merits” if it reaches his desk",
              cue="governor ⟦said⟧", speaker="m7", stance="N"),
            Q("mixed", "the bill was “modest by any standard.”",
              cue="⟦told⟧ reporters", speaker="m8", stance="F"),
            Q("direct", "Nobody is asking these companies to do anything they haven't already"
              " promised to do voluntarily,",
              cue="voluntarily,” she ⟦said⟧", speaker="m9", stance="F"),
        ],
    ),
    # ====================================================================
    # A2 courts: "saying" participle, "wrote", "U.S. District Judge", "No. 2",
    # "Kan.", "Aug.", "a.m."/"p.m." (one ending a sentence), denied + claimed
    # sharing one subject, an indefinite first mention ("A federal judge").
    Article(
        id="own_14_us_voter_id_ruling",
        split="dev",
        locale="us",
        targets=["the voter ID law"],
        body="""
Judge blocks Kansas voter ID law ahead of August primary

By Marcus Green

TOPEKA, Kan. — A federal judge on Friday temporarily blocked a Kansas law requiring voters to show one of six approved forms of photo identification, saying the state had failed to show it was needed to prevent fraud.

In a 42-page ruling, U.S. District Judge Elena Park wrote that the law placed “a severe and unjustified burden” on elderly, disabled and low-income voters.

“The right to vote is not a privilege to be rationed by the Legislature,” Park wrote.

Kansas Attorney General Scott Dwyer said his office would appeal to the 10th Circuit “first thing Monday morning.”

“This ruling ignores the will of the people of Kansas, who overwhelmingly support commonsense election security,” Dwyer said in a statement issued at 6:45 p.m.

He denied that the law had been designed to suppress turnout, and claimed that fraud cases had risen sharply since 2020.

According to the secretary of state's office, 11 cases of suspected voter impersonation were referred to prosecutors in the past four years, out of more than 5 million ballots cast.

The lawsuit was brought by the League of Women Voters of Kansas and two voters, including 81-year-old Dorothy Haynes of Wichita, who no longer drives and has no passport.

“I have voted in every election since 1964,” Haynes said outside the courthouse.
“I shouldn't need to buy a passport to do it again.”

Jenna Cole, the league's No. 2 official, argued that the state had spent more on defending the law than on voter education.

The primary is scheduled for Aug. 6, with polls open from 7 a.m. to 7 p.m.
""",
        entities=[
            E("e1", "Elena Park", "person"),
            E("e2", "Scott Dwyer", "person"),
            E("e3", "Kansas secretary of state's office", "organization"),
            E("e4", "Dorothy Haynes", "person"),
            E("e5", "Jenna Cole", "person"),
        ],
        mentions=[
            M("m1", "A federal judge", "e1"),
            M("m2", "U.S. District Judge Elena Park", "e1"),
            M("m3", "Legislature,” ⟦Park⟧ wrote", "e1"),
            M("m4", "Kansas Attorney General Scott Dwyer", "e2"),
            M("m5", "security,” ⟦Dwyer⟧ said", "e2"),
            M("m6", "⟦He⟧ denied", "e2"),
            M("m7", "the secretary of state's office", "e3"),
            M("m8", "⟦Haynes⟧ said", "e4"),
            M("m9", "⟦Jenna Cole⟧, the league's", "e5"),
        ],
        quotes=[
            Q("indirect", "the state had failed to show it was needed to prevent fraud",
              cue="⟦saying⟧ the state", speaker="m1", stance="A"),
            Q("mixed", "the law placed “a severe and unjustified burden” on elderly, disabled"
              " and low-income voters",
              cue="Elena Park ⟦wrote⟧", speaker="m2", stance="A"),
            Q("direct", "The right to vote is not a privilege to be rationed by the Legislature,",
              cue="Park ⟦wrote⟧.", speaker="m3", stance="A"),
            Q("mixed", "his office would appeal to the 10th Circuit “first thing Monday"
              " morning.”",
              cue="Scott Dwyer ⟦said⟧", speaker="m4", stance="F"),
            Q("direct", "This ruling ignores the will of the people of Kansas, who overwhelmingly"
              " support commonsense election security,",
              cue="Dwyer ⟦said⟧ in a statement", speaker="m5", stance="F"),
            Q("indirect", "the law had been designed to suppress turnout",
              cue="He ⟦denied⟧", speaker="m6", stance="F"),
            Q("indirect", "fraud cases had risen sharply since 2020",
              cue="⟦claimed⟧ that fraud", speaker="m6", stance="F"),
            Q("indirect", "11 cases of suspected voter impersonation were referred to prosecutors"
              " in the past four years, out of more than 5 million ballots cast",
              cue="According to", speaker="m7", stance="N"),
            Q("direct", "I have voted in every election since 1964,",
              cue="Haynes ⟦said⟧", speaker="m8", stance="A"),
            Q("direct", "I shouldn't need to buy a passport to do it again.",
              cue="Haynes ⟦said⟧", speaker="m8", stance="A"),
            Q("indirect", "the state had spent more on defending the law than on voter education",
              cue="⟦argued⟧ that the state", speaker="m9", stance="A"),
        ],
    ),
    # ====================================================================
    # A3 elections: two targets, straight double quotes, split quote in one
    # sentence ("A," she said, "B."), speaker after the quote ("the governor
    # said"), "calling it" fragment, "countered", pronoun speakers.
    Article(
        id="own_15_us_governor_debate",
        split="dev",
        locale="us",
        targets=["the gas tax increase", "the school voucher program"],
        body="""
Brenner, Whitfield clash over gas tax and vouchers in only debate

By Dana Ortiz

COLUMBUS, Ohio — Gov. Hal Brenner and his Democratic challenger, state Treasurer Monica Whitfield, sparred over taxes and schools Thursday night in their only televised debate before the Nov. 5 election.

Whitfield attacked the 10-cent gas tax increase that Brenner signed last year, calling it "a tax on going to work."

"Families in this state are paying more at the pump, more at the grocery store and more in rent," she said, "and the governor's answer was to make it worse."

Brenner defended the increase, saying the money was fixing roads and bridges that had been neglected for decades.

"You can't fill a pothole with a campaign slogan," the governor said.

The candidates also split sharply over the state's new school voucher program, which gives families up to $7,500 a year toward private school tuition.

Whitfield said the program was draining money from public schools, and that she would end it if elected.

"Every dollar that goes to a private academy is a dollar that doesn't go to a classroom in Dayton or Toledo," she said.

Brenner countered that more than 40,000 children, most of them from low-income families, had used the vouchers in the program's first year.

"Those are 40,000 kids whose parents finally have a choice," he said.
"My opponent wants to take that choice away."

A Marist poll released this week showed Whitfield trailing by 3.5 percentage points, within the margin of error.

Brenner campaign manager Tyler Ross told reporters after the debate that the governor had "won on substance."
""",
        entities=[
            E("e1", "Monica Whitfield", "person"),
            E("e2", "Hal Brenner", "person"),
            E("e3", "Tyler Ross", "person"),
        ],
        mentions=[
            M("m1", "⟦Whitfield⟧ attacked", "e1"),
            M("m2", "more in rent,\" ⟦she⟧ said", "e1"),
            M("m3", "⟦Brenner⟧ defended", "e2"),
            M("m4", "slogan,\" ⟦the governor⟧ said", "e2"),
            M("m5", "⟦Whitfield⟧ said the program", "e1"),
            M("m6", "Toledo,\" ⟦she⟧ said", "e1"),
            M("m7", "⟦Brenner⟧ countered", "e2"),
            M("m8", "a choice,\" ⟦he⟧ said", "e2"),
            M("m9", "Brenner campaign manager Tyler Ross", "e3"),
        ],
        quotes=[
            Q("mixed", "a tax on going to work.",
              cue="⟦calling⟧ it", speaker="m1", stance="AN"),
            Q("direct", "Families in this state are paying more at the pump, more at the grocery"
              " store and more in rent,",
              cue="more in rent,\" she ⟦said⟧", speaker="m2", stance="AN"),
            Q("direct", "and the governor's answer was to make it worse.",
              cue="more in rent,\" she ⟦said⟧", speaker="m2", stance="AN"),
            Q("indirect", "the money was fixing roads and bridges that had been neglected for"
              " decades",
              cue="⟦saying⟧ the money", speaker="m3", stance="FN"),
            Q("direct", "You can't fill a pothole with a campaign slogan,",
              cue="the governor ⟦said⟧", speaker="m4", stance="FN"),
            Q("indirect", "the program was draining money from public schools, and that she would"
              " end it if elected",
              cue="Whitfield ⟦said⟧ the program", speaker="m5", stance="NA"),
            Q("direct", "Every dollar that goes to a private academy is a dollar that doesn't go"
              " to a classroom in Dayton or Toledo,",
              cue="Toledo,\" she ⟦said⟧", speaker="m6", stance="NA"),
            Q("indirect", "more than 40,000 children, most of them from low-income families, had"
              " used the vouchers in the program's first year",
              cue="Brenner ⟦countered⟧", speaker="m7", stance="NF"),
            Q("direct", "Those are 40,000 kids whose parents finally have a choice,",
              cue="a choice,\" he ⟦said⟧", speaker="m8", stance="NF"),
            Q("direct", "My opponent wants to take that choice away.",
              cue="a choice,\" he ⟦said⟧", speaker="m8", stance="NF"),
            Q("mixed", "the governor had \"won on substance.\"",
              cue="⟦told⟧ reporters", speaker="m9", stance="NN"),
        ],
    ),
    # ====================================================================
    # A4 transport: trailing "according to the agency", "said board chair X"
    # inversion, a quote split over a sentence boundary before "said X", and
    # a "What they said" box whose quotes are attributed by trailing lines
    # ("- Commissioner Maria Alvarez") with no cue.
    Article(
        id="own_16_us_transit_fares",
        split="dev",
        locale="us",
        targets=["the fare increase"],
        body="""
Metro board approves first fare increase in nine years

By Kevin Liu

The Metro Transit board voted 7-2 on Wednesday to raise the base fare from $2 to $2.50, the first increase since 2016.

The higher fares will take effect Sept. 1, according to the agency.
The agency also announced that monthly passes would rise from $80 to $95.

Transit officials said the increase would raise about $18 million a year and help close a $60 million budget gap left by the end of federal pandemic aid.

“Nobody on this board wanted to do this,” said board chair Denise Rowland, who voted for the increase.
“But the alternative was cutting service on 14 bus routes, and that would have hurt the same riders even more.”

The two no votes came from Commissioners Maria Alvarez and Jerome Pike, who represent districts on the city's east side, where more than 60% of households do not own a car.

Alvarez argued the board should have asked the state for emergency funding before “reaching into the pockets of people who clean our offices at 2 a.m.”

Pike said he would introduce a motion next month to create a reduced fare for low-income riders.

Riders at the downtown transit center on Thursday morning were mostly resigned.
“It's fifty cents.
What are you going to do?” said Luis Ortega, 34, who takes two buses to his job at a warehouse in Fairview.

What they said

“Riders who depend on buses the most will pay the price for a budget hole they did not create.”

- Commissioner Maria Alvarez

“We have not raised fares in nine years.
This is a modest and overdue adjustment.”

- Metro Transit CEO Brian Kessler
""",
        entities=[
            E("e1", "Metro Transit", "organization"),
            E("e2", "Metro Transit officials", "role"),
            E("e3", "Denise Rowland", "person"),
            E("e4", "Maria Alvarez", "person"),
            E("e5", "Jerome Pike", "person"),
            E("e6", "Luis Ortega", "person"),
            E("e7", "Brian Kessler", "person"),
        ],
        mentions=[
            M("m1", "according to ⟦the agency⟧", "e1"),
            M("m2", "Transit officials", "e2"),
            M("m9", "⟦The agency⟧ also announced", "e1"),
            M("m3", "board chair Denise Rowland", "e3"),
            M("m4", "⟦Alvarez⟧ argued", "e4"),
            M("m5", "⟦Pike⟧ said", "e5"),
            M("m6", "Luis Ortega", "e6"),
            M("m7", "- ⟦Commissioner Maria Alvarez⟧", "e4"),
            M("m8", "Metro Transit CEO Brian Kessler", "e7"),
        ],
        quotes=[
            Q("indirect", "The higher fares will take effect Sept. 1",
              cue="according to", speaker="m1", stance="N"),
            Q("indirect", "monthly passes would rise from $80 to $95",
              cue="also ⟦announced⟧", speaker="m9", stance="N"),
            Q("indirect", "the increase would raise about $18 million a year and help close a $60"
              " million budget gap left by the end of federal pandemic aid",
              cue="officials ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "Nobody on this board wanted to do this,",
              cue="⟦said⟧ board chair", speaker="m3", stance="F"),
            Q("direct", "But the alternative was cutting service on 14 bus routes, and that would"
              " have hurt the same riders even more.",
              cue="⟦said⟧ board chair", speaker="m3", stance="F"),
            Q("mixed", "the board should have asked the state for emergency funding before"
              " “reaching into the pockets of people who clean our offices at 2 a.m.”",
              cue="Alvarez ⟦argued⟧", speaker="m4", stance="A"),
            Q("indirect", "he would introduce a motion next month to create a reduced fare for"
              " low-income riders",
              cue="Pike ⟦said⟧", speaker="m5", stance="N"),
            Q("direct", "It's fifty cents. What are you going to do?",
              cue="⟦said⟧ Luis Ortega", speaker="m6", stance="N"),
            Q("direct", "Riders who depend on buses the most will pay the price for a budget hole"
              " they did not create.",
              cue=None, speaker="m7", stance="A"),
            Q("direct", "We have not raised fares in nine years. This is a modest and overdue"
              " adjustment.",
              cue=None, speaker="m8", stance="F"),
        ],
    ),
    # ====================================================================
    # A5 health: "Dr.", "State Rep.", "a.m." inside a sentence, 3.5%,
    # trailing "according to", told reporters / stressed / admitted, one
    # subject with an indirect and a mixed quote ("admitted ..., but said").
    Article(
        id="own_17_us_measles_exemptions",
        split="dev",
        locale="us",
        targets=["the vaccine exemption bill"],
        body="""
Measles outbreak grows to 14 cases as lawmakers weigh vaccine exemptions

By Priya Natarajan

HOUSTON — Fourteen people in Harris County have now caught measles, the largest outbreak in the county since 1991.

Nine of the patients are children under 5, and none had received both doses of the MMR vaccine, according to Harris County Public Health.

“Measles is one of the most contagious diseases we know of,” said Dr. Rafael Ortiz, the county's health authority.
“If you are not vaccinated and you walk into a room where someone with measles was two hours ago, there is a 90% chance you will get it.”

Ortiz told reporters at a 10 a.m. briefing that the outbreak had been traced to a church day care center in Pasadena, Texas, and that exposures had also occurred at two pediatric clinics and a grocery store.

He stressed that the vaccine was safe and that two doses were 97% effective.

The outbreak comes as state lawmakers consider a bill that would let parents opt out of school vaccine requirements by signing a one-page form, rather than the notarized affidavit required now.
The share of Texas kindergartners with exemptions has risen to 3.5%, up from 0.8% in 2010.

State Rep. Cody Barnes, a Republican from Conroe who wrote the bill, said parents, not the government, should make medical decisions for their children.

“This bill doesn't ban a single vaccine,” Barnes said.
“It just respects the fact that moms and dads know their kids better than bureaucrats do.”

Barnes admitted that he had not spoken with county health officials about the outbreak, but said it had “nothing to do” with his bill.

Asked about the bill, Ortiz did not mince words.
“Making it easier to skip vaccines in the middle of a measles outbreak would be pouring gasoline on a fire,” he said.

The Texas Medical Association has also come out against the bill, which is scheduled for a committee hearing next week.
""",
        entities=[
            E("e1", "Harris County Public Health", "organization"),
            E("e2", "Rafael Ortiz", "person"),
            E("e3", "Cody Barnes", "person"),
        ],
        mentions=[
            M("m1", "according to ⟦Harris County Public Health⟧", "e1"),
            M("m2", "Dr. Rafael Ortiz", "e2"),
            M("m3", "⟦Ortiz⟧ told reporters", "e2"),
            M("m4", "⟦He⟧ stressed", "e2"),
            M("m5", "State Rep. Cody Barnes", "e3"),
            M("m6", "vaccine,” ⟦Barnes⟧ said", "e3"),
            M("m7", "⟦Barnes⟧ admitted", "e3"),
            M("m8", "fire,” ⟦he⟧ said", "e2"),
        ],
        quotes=[
            Q("indirect", "Nine of the patients are children under 5, and none had received both"
              " doses of the MMR vaccine",
              cue="according to", speaker="m1", stance="N"),
            Q("direct", "Measles is one of the most contagious diseases we know of,",
              cue="⟦said⟧ Dr. Rafael Ortiz", speaker="m2", stance="N"),
            Q("direct", "If you are not vaccinated and you walk into a room where someone with"
              " measles was two hours ago, there is a 90% chance you will get it.",
              cue="⟦said⟧ Dr. Rafael Ortiz", speaker="m2", stance="N"),
            Q("indirect", "the outbreak had been traced to a church day care center in Pasadena,"
              " Texas, and that exposures had also occurred at two pediatric clinics and a"
              " grocery store",
              cue="Ortiz ⟦told⟧ reporters", speaker="m3", stance="N"),
            Q("indirect", "the vaccine was safe and that two doses were 97% effective",
              cue="He ⟦stressed⟧", speaker="m4", stance="N"),
            Q("indirect", "parents, not the government, should make medical decisions for their"
              " children",
              cue="wrote the bill, ⟦said⟧", speaker="m5", stance="F"),
            Q("direct", "This bill doesn't ban a single vaccine,",
              cue="vaccine,” Barnes ⟦said⟧", speaker="m6", stance="F"),
            Q("direct", "It just respects the fact that moms and dads know their kids better than"
              " bureaucrats do.",
              cue="vaccine,” Barnes ⟦said⟧", speaker="m6", stance="F"),
            Q("indirect", "he had not spoken with county health officials about the outbreak",
              cue="Barnes ⟦admitted⟧", speaker="m7", stance="N"),
            Q("mixed", "it had “nothing to do” with his bill",
              cue="but ⟦said⟧ it had", speaker="m7", stance="F"),
            Q("direct", "Making it easier to skip vaccines in the middle of a measles outbreak"
              " would be pouring gasoline on a fire,",
              cue="fire,” he ⟦said⟧", speaker="m8", stance="A"),
        ],
    ),
    # ====================================================================
    # A6 education: LaTeX-style ``...'' quotes throughout, "--" dashes, a
    # sign and a policy phrase in quotes (no quotes), "what she called"
    # inside a reported clause (one mixed quote), content before "the
    # district said", "Teachers'" apostrophe next to '' marks.
    Article(
        id="own_18_us_school_book_policy",
        split="dev",
        locale="us",
        targets=["the book review policy"],
        body="""
School board adopts book review policy after heated meeting

By Ellen Marsh

FRANKLIN, Tenn. -- The Williamson Valley school board voted 5-4 late Monday to adopt a policy that lets parents challenge library books, after a meeting that stretched past 11 p.m.

Under the policy, any parent can ask for a book to be reviewed, and the book will be pulled from shelves while a committee of teachers and parents decides whether it is ``age-appropriate.''
The policy is the latest in a wave of measures targeting ``divisive concepts'' in classrooms and libraries across the state.

Board member Karen Doyle, who proposed the policy, said it was about ``transparency, not censorship.''

``Parents have a right to know what their children are reading,'' Doyle said.
``We are not banning anything.''

Opponents, many of them teachers and librarians, filled the meeting room and an overflow area.
Several held signs reading ``Let Kids Read.''

Librarian Tom Akers, who has worked at Franklin Ridge Middle School since 1998, warned that the policy would lead to hundreds of books being removed on the strength of a single complaint.

``It only takes one person who has never read the book,'' he said.

Teachers' union president Linda Moss said members had been given no say over what she called ``a policy written by people who have never set foot in a school library.''

Board chairman Gary Whitt, who cast the deciding vote, said he had received more than 300 emails about the policy, ``and I read every one of them.''

According to Whitt, the district's lawyers had reviewed the policy and found it consistent with state law.

Parent Jasmine Cole, who spoke in favor of the policy at the meeting, said she had found a graphic novel in her daughter's sixth-grade library that ``no 11-year-old should be reading.''

The first challenges can be filed Oct. 1, the district said.
""",
        entities=[
            E("e1", "Karen Doyle", "person"),
            E("e2", "Tom Akers", "person"),
            E("e3", "Linda Moss", "person"),
            E("e4", "Gary Whitt", "person"),
            E("e5", "Jasmine Cole", "person"),
            E("e6", "Williamson Valley school district", "organization"),
        ],
        mentions=[
            M("m1", "Board member Karen Doyle", "e1"),
            M("m2", "reading,'' ⟦Doyle⟧ said", "e1"),
            M("m3", "Librarian Tom Akers", "e2"),
            M("m4", "the book,'' ⟦he⟧ said", "e2"),
            M("m5", "Teachers' union president Linda Moss", "e3"),
            M("m6", "Board chairman Gary Whitt", "e4"),
            M("m7", "According to ⟦Whitt⟧", "e4"),
            M("m8", "Parent Jasmine Cole", "e5"),
            M("m9", "⟦the district⟧ said", "e6"),
        ],
        quotes=[
            Q("mixed", "it was about ``transparency, not censorship.''",
              cue="proposed the policy, ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "Parents have a right to know what their children are reading,",
              cue="Doyle ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "We are not banning anything.",
              cue="Doyle ⟦said⟧", speaker="m2", stance="F"),
            Q("indirect", "the policy would lead to hundreds of books being removed on the"
              " strength of a single complaint",
              cue="⟦warned⟧ that", speaker="m3", stance="A"),
            Q("direct", "It only takes one person who has never read the book,",
              cue="the book,'' he ⟦said⟧", speaker="m4", stance="A"),
            Q("mixed", "members had been given no say over what she called ``a policy written by"
              " people who have never set foot in a school library.''",
              cue="Linda Moss ⟦said⟧", speaker="m5", stance="A"),
            Q("mixed", "he had received more than 300 emails about the policy, ``and I read every"
              " one of them.''",
              cue="deciding vote, ⟦said⟧", speaker="m6", stance="N"),
            Q("indirect", "the district's lawyers had reviewed the policy and found it consistent"
              " with state law",
              cue="According to", speaker="m7", stance="F"),
            Q("mixed", "she had found a graphic novel in her daughter's sixth-grade library that"
              " ``no 11-year-old should be reading.''",
              cue="at the meeting, ⟦said⟧", speaker="m8", stance="F"),
            Q("indirect", "The first challenges can be filed Oct. 1",
              cue="the district ⟦said⟧", speaker="m9", stance="N"),
        ],
    ),
    # ====================================================================
    # A7 labour dispute: "a.m." inside a sentence, speaker after the quote
    # with a title ("UAW President Ray Castillo said"), "which it described
    # as" inside a reported clause, "the company said", "It added", "said
    # Tanya Brooks" inversion, a trailing group ("workers said").
    Article(
        id="own_19_us_auto_strike",
        split="test",
        locale="us",
        targets=["the strike"],
        body="""
Auto workers walk off the job at three Corvan plants

By Jessica Tran

DETROIT — About 9,400 members of the United Auto Workers walked off the job at 12:01 a.m. Friday at three Corvan Motors plants in Michigan and Ohio, the first strike at the automaker since 2007.

“We gave them every chance,” UAW President Ray Castillo said in a video address to members late Thursday.
“Corvan made record profits, and now it's time for the workers who made those profits to get their fair share.”

The union is seeking a 36% raise over four years, the restoration of cost-of-living adjustments and an end to a two-tier wage system that pays newer workers less.
The strike is the first big test for Castillo, who was elected in March.

Corvan said in a statement that it had offered a 20% raise, which it described as “the richest contract in company history.”

“We are disappointed by the UAW leadership's decision to strike rather than continue negotiating in good faith,” the company said.
It added that it would keep its parts distribution centers open and that salaried employees would fill in where possible.

On the picket line outside the Lansing Grand River plant, workers said morale was high.

“I've been here 11 years and I still make less than the guy who retired from my spot,” said Tanya Brooks, 38, a paint shop worker.
“That's what this is about.”

Labor Secretary Julie Moreno told reporters in Washington that the administration was “in close contact” with both sides.

According to the consulting firm Lakeshore Economics, a 10-day strike would cost the Michigan economy about $500 million.
Dealers said they had about 60 days of inventory on hand.
""",
        entities=[
            E("e1", "Ray Castillo", "person"),
            E("e2", "Corvan Motors", "organization"),
            E("e3", "striking workers at the Lansing Grand River plant", "role"),
            E("e4", "Tanya Brooks", "person"),
            E("e5", "Julie Moreno", "person"),
            E("e6", "Lakeshore Economics", "organization"),
            E("e7", "Corvan dealers", "role"),
        ],
        mentions=[
            M("m1", "UAW President Ray Castillo", "e1"),
            M("m2", "⟦Corvan⟧ said in a statement", "e2"),
            M("m3", "good faith,” ⟦the company⟧ said", "e2"),
            M("m4", "⟦It⟧ added", "e2"),
            M("m5", "⟦workers⟧ said morale", "e3"),
            M("m6", "Tanya Brooks", "e4"),
            M("m7", "Labor Secretary Julie Moreno", "e5"),
            M("m8", "the consulting firm Lakeshore Economics", "e6"),
            M("m9", "Dealers", "e7"),
        ],
        quotes=[
            Q("direct", "We gave them every chance,",
              cue="Castillo ⟦said⟧ in a video", speaker="m1", stance="F"),
            Q("direct", "Corvan made record profits, and now it's time for the workers who made"
              " those profits to get their fair share.",
              cue="Castillo ⟦said⟧ in a video", speaker="m1", stance="F"),
            Q("mixed", "it had offered a 20% raise, which it described as “the richest contract"
              " in company history.”",
              cue="Corvan ⟦said⟧ in a statement", speaker="m2", stance="A"),
            Q("direct", "We are disappointed by the UAW leadership's decision to strike rather"
              " than continue negotiating in good faith,",
              cue="the company ⟦said⟧", speaker="m3", stance="A"),
            Q("indirect", "it would keep its parts distribution centers open and that salaried"
              " employees would fill in where possible",
              cue="It ⟦added⟧", speaker="m4", stance="N"),
            Q("indirect", "morale was high",
              cue="workers ⟦said⟧", speaker="m5", stance="F"),
            Q("direct", "I've been here 11 years and I still make less than the guy who retired"
              " from my spot,",
              cue="⟦said⟧ Tanya Brooks", speaker="m6", stance="F"),
            Q("direct", "That's what this is about.",
              cue="⟦said⟧ Tanya Brooks", speaker="m6", stance="F"),
            Q("mixed", "the administration was “in close contact” with both sides",
              cue="Julie Moreno ⟦told⟧", speaker="m7", stance="N"),
            Q("indirect", "a 10-day strike would cost the Michigan economy about $500 million",
              cue="According to", speaker="m8", stance="N"),
            Q("indirect", "they had about 60 days of inventory on hand",
              cue="Dealers ⟦said⟧", speaker="m9", stance="N"),
        ],
    ),
    # ====================================================================
    # A8 climate policy: straight double quotes with nested straight single
    # quotes next to apostrophes ('they'll adjust,'"), "Sen. X, R-W.Va.,",
    # "U.S." inside sentences, statutory phrases in quotes (no quotes), a
    # split quote in one sentence, "what he called" inside a reported clause.
    Article(
        id="own_20_us_power_plant_rule",
        split="test",
        locale="us",
        targets=["the EPA power plant rule"],
        body="""
EPA finalizes rule to slash power plant emissions

WASHINGTON — The Environmental Protection Agency on Thursday finalized a rule requiring coal and new gas-fired power plants to cut carbon emissions by 90% by 2039, the most significant U.S. climate regulation in a decade.

"This rule is about protecting the health of every American family," EPA Administrator Michael Tanaka said at a news conference.
"For too long, power plants have been allowed to treat our air like a free dumping ground."

According to the agency, the rule will prevent 1,200 premature deaths a year and cost utilities about $10 billion through 2047.

Under the Clean Air Act, the EPA must set standards based on the "best system of emission reduction" that has been "adequately demonstrated."

Industry groups said the deadline was impossible to meet because carbon capture technology is not yet available at commercial scale.

"The EPA is betting the reliability of the U.S. electric grid on a technology that does not exist yet," said Jim Matthews, president of the American Power Producers Council.

Sen. Joe Harlan, R-W.Va., said he would introduce a resolution to overturn what he called "a war on coal country dressed up as public health policy."

"When I asked the administrator what happens to a town when its plant closes, he told me 'they'll adjust,'" Harlan said.
"They'll adjust.
That's what they think of our people."

Manish Bhatt, a senior attorney at the Clean Air Defense Fund, said the rule was "a historic step" that would save thousands of lives.

"Coal plants are the single biggest source of carbon pollution in this country," he said, "and today the EPA finally did something about it."

The rule is expected to face legal challenges from several Republican-led states.
West Virginia Attorney General Carla Simms said her office would file suit "within days."
""",
        entities=[
            E("e1", "Michael Tanaka", "person"),
            E("e2", "Environmental Protection Agency", "organization"),
            E("e3", "industry groups", "role"),
            E("e4", "Jim Matthews", "person"),
            E("e5", "Joe Harlan", "person"),
            E("e6", "Manish Bhatt", "person"),
            E("e7", "Carla Simms", "person"),
        ],
        mentions=[
            M("m1", "EPA Administrator Michael Tanaka", "e1"),
            M("m2", "According to ⟦the agency⟧", "e2"),
            M("m3", "Industry groups", "e3"),
            M("m4", "Jim Matthews", "e4"),
            M("m5", "Sen. Joe Harlan", "e5"),
            M("m6", "adjust,'\" ⟦Harlan⟧ said", "e5"),
            M("m7", "⟦Manish Bhatt⟧, a senior", "e6"),
            M("m8", "country,\" ⟦he⟧ said", "e6"),
            M("m9", "West Virginia Attorney General Carla Simms", "e7"),
        ],
        quotes=[
            Q("direct", "This rule is about protecting the health of every American family,",
              cue="Tanaka ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "For too long, power plants have been allowed to treat our air like a free"
              " dumping ground.",
              cue="Tanaka ⟦said⟧", speaker="m1", stance="F"),
            Q("indirect", "the rule will prevent 1,200 premature deaths a year and cost utilities"
              " about $10 billion through 2047",
              cue="According to", speaker="m2", stance="F"),
            Q("indirect", "the deadline was impossible to meet because carbon capture technology"
              " is not yet available at commercial scale",
              cue="groups ⟦said⟧", speaker="m3", stance="A"),
            Q("direct", "The EPA is betting the reliability of the U.S. electric grid on a"
              " technology that does not exist yet,",
              cue="⟦said⟧ Jim Matthews", speaker="m4", stance="A"),
            Q("mixed", "he would introduce a resolution to overturn what he called \"a war on coal"
              " country dressed up as public health policy.\"",
              cue="R-W.Va., ⟦said⟧", speaker="m5", stance="A"),
            Q("direct", "When I asked the administrator what happens to a town when its plant"
              " closes, he told me 'they'll adjust,'",
              cue="Harlan ⟦said⟧", speaker="m6", stance="A"),
            Q("direct", "They'll adjust. That's what they think of our people.",
              cue="Harlan ⟦said⟧", speaker="m6", stance="A"),
            Q("mixed", "the rule was \"a historic step\" that would save thousands of lives",
              cue="Defense Fund, ⟦said⟧", speaker="m7", stance="F"),
            Q("direct", "Coal plants are the single biggest source of carbon pollution in this"
              " country,",
              cue="country,\" he ⟦said⟧", speaker="m8", stance="F"),
            Q("direct", "and today the EPA finally did something about it.",
              cue="country,\" he ⟦said⟧", speaker="m8", stance="F"),
            Q("mixed", "her office would file suit \"within days.\"",
              cue="Carla Simms ⟦said⟧", speaker="m9", stance="A"),
        ],
    ),
    # ====================================================================
    # A9 housing: curly double quotes with an odd number of marks (one quote
    # lacks its opening mark), a quote-only continuation paragraph, content
    # before "city officials said Tuesday", present-tense "say".
    Article(
        id="own_21_us_rent_control",
        split="test",
        locale="us",
        targets=["Measure H"],
        body="""
Rent control measure heads to November ballot

By Carlos Mendoza

OAKDALE, Calif. — Voters in Oakdale will decide in November whether to cap annual rent increases at 3%, after a tenant coalition turned in more than 11,000 signatures, city officials said Tuesday.

Measure H would apply to apartments built before 1995 and would create an elected rent board with the power to approve larger increases for landlords facing hardship.

Supporters say rents in the city have climbed 42% in five years, far faster than wages.

“My rent went up $400 in one year.
I had to take a second job just to stay in my apartment,” said Rosa Delgado, a home health aide and a leader of the Oakdale Tenants Union.

She said the coalition had knocked on more than 30,000 doors since January.

The Central Valley Rental Housing Association, which represents landlords, said it would spend “whatever it takes” to defeat the measure.

Rent control has never built a single new home,” said Gregory Pratt, the association's executive director.

“Every city that has tried it has ended up with fewer apartments and higher rents for everyone who isn't lucky enough to have a controlled unit.”

Mayor Linda Cho, who has not taken a position on the measure, said the city would study its cost.

“I hear from tenants every day who are terrified of the next rent increase, and I hear from small landlords who are barely breaking even,” Cho said.
“Both of those things are true.”

The rent board would be funded by a fee of $84 per unit per year, which landlords could pass on to tenants.
""",
        entities=[
            E("e1", "Oakdale city officials", "role"),
            E("e2", "Measure H supporters", "role"),
            E("e3", "Rosa Delgado", "person"),
            E("e4", "Central Valley Rental Housing Association", "organization"),
            E("e5", "Gregory Pratt", "person"),
            E("e6", "Linda Cho", "person"),
        ],
        mentions=[
            M("m1", "city officials", "e1"),
            M("m2", "Supporters", "e2"),
            M("m3", "Rosa Delgado", "e3"),
            M("m4", "⟦She⟧ said the coalition", "e3"),
            M("m5", "The Central Valley Rental Housing Association", "e4"),
            M("m6", "Gregory Pratt", "e5"),
            M("m7", "Mayor Linda Cho", "e6"),
            M("m8", "⟦Cho⟧ said", "e6"),
        ],
        quotes=[
            Q("indirect", "Voters in Oakdale will decide in November whether to cap annual rent"
              " increases at 3%, after a tenant coalition turned in more than 11,000 signatures",
              cue="officials ⟦said⟧", speaker="m1", stance="N"),
            Q("indirect", "rents in the city have climbed 42% in five years, far faster than wages",
              cue="Supporters ⟦say⟧", speaker="m2", stance="F"),
            Q("direct", "My rent went up $400 in one year. I had to take a second job just to stay"
              " in my apartment,",
              cue="⟦said⟧ Rosa Delgado", speaker="m3", stance="F"),
            Q("indirect", "the coalition had knocked on more than 30,000 doors since January",
              cue="She ⟦said⟧", speaker="m4", stance="N"),
            Q("mixed", "it would spend “whatever it takes” to defeat the measure",
              cue="represents landlords, ⟦said⟧", speaker="m5", stance="A"),
            # The opening mark is missing in the source: the quote starts at
            # the beginning of its paragraph.
            Q("direct", "Rent control has never built a single new home,",
              cue="⟦said⟧ Gregory Pratt", speaker="m6", stance="A"),
            Q("direct", "Every city that has tried it has ended up with fewer apartments and higher"
              " rents for everyone who isn't lucky enough to have a controlled unit.",
              cue="⟦said⟧ Gregory Pratt", speaker="m6", stance="A"),
            Q("indirect", "the city would study its cost",
              cue="on the measure, ⟦said⟧", speaker="m7", stance="N"),
            Q("direct", "I hear from tenants every day who are terrified of the next rent"
              " increase, and I hear from small landlords who are barely breaking even,",
              cue="Cho ⟦said⟧", speaker="m8", stance="N"),
            Q("direct", "Both of those things are true.",
              cue="Cho ⟦said⟧", speaker="m8", stance="N"),
        ],
    ),
    # ====================================================================
    # A10 sport governance: "Dr.", "No. 2", split quote in one sentence,
    # speaker named in the previous paragraph with no cue, quote-only
    # continuation paragraph, "acknowledged", "A," he said. "B?".
    Article(
        id="own_22_us_college_sports_pay",
        split="test",
        locale="us",
        targets=["the revenue-sharing settlement"],
        body="""
College sports leaders brace for revenue-sharing era

By Andre Williams

INDIANAPOLIS — Athletic directors from across the country gathered Monday to plan for the first season in which schools will pay athletes directly, under a $2.8 billion legal settlement approved by a federal judge in June.

The settlement allows each school to share up to $20.5 million a year with its athletes.

"This is the biggest change in the history of college sports, and we are building the plane while we fly it," said Dr. Gloria Banks, athletic director at Midland State, whose football team is ranked No. 2 in the preseason poll.

Banks said Midland State would split its money roughly evenly between football and all other sports, but she acknowledged that many schools would not.

"Title IX didn't go away," she said, "and anyone who thinks they can put every dollar into football is going to end up in court."

Not everyone is convinced the settlement will survive.
Tom Reardon, who coached women's soccer at three Division I schools before becoming an advocate for athletes in Olympic sports, has been one of its fiercest critics.

"They settled a lawsuit brought by football and basketball players and then asked swimmers and rowers to pay for it.
Hundreds of scholarships are going to disappear."

Reardon said at least 12 schools had already announced plans to cut sports.

NCAA President Mark Ellison told reporters that the settlement was "the only realistic path" to ending years of litigation.

"Nobody would have designed it this way from scratch," Ellison said.

"But the alternative was losing in court and having a judge design it for us."

Jaylen Morris, a senior linebacker at Midland State, said he supported the settlement but worried about teammates in smaller sports.

"My little sister runs track," he said.
"If her scholarship goes away, what was all this for?"
""",
        entities=[
            E("e1", "Gloria Banks", "person"),
            E("e2", "Tom Reardon", "person"),
            E("e3", "Mark Ellison", "person"),
            E("e4", "Jaylen Morris", "person"),
        ],
        mentions=[
            M("m1", "Dr. Gloria Banks", "e1"),
            M("m2", "⟦Banks⟧ said", "e1"),
            M("m3", "but ⟦she⟧ acknowledged", "e1"),
            M("m4", "go away,\" ⟦she⟧ said", "e1"),
            M("m5", "⟦Tom Reardon⟧, who coached", "e2"),
            M("m6", "⟦Reardon⟧ said", "e2"),
            M("m7", "NCAA President Mark Ellison", "e3"),
            M("m8", "⟦Ellison⟧ said", "e3"),
            M("m9", "⟦Jaylen Morris⟧, a senior", "e4"),
            M("m10", "runs track,\" ⟦he⟧ said", "e4"),
        ],
        quotes=[
            Q("direct", "This is the biggest change in the history of college sports, and we are"
              " building the plane while we fly it,",
              cue="⟦said⟧ Dr. Gloria Banks", speaker="m1", stance="N"),
            Q("indirect", "Midland State would split its money roughly evenly between football and"
              " all other sports",
              cue="Banks ⟦said⟧", speaker="m2", stance="N"),
            Q("indirect", "many schools would not",
              cue="she ⟦acknowledged⟧", speaker="m3", stance="N"),
            Q("direct", "Title IX didn't go away,",
              cue="go away,\" she ⟦said⟧", speaker="m4", stance="N"),
            Q("direct", "and anyone who thinks they can put every dollar into football is going to"
              " end up in court.",
              cue="go away,\" she ⟦said⟧", speaker="m4", stance="N"),
            Q("direct", "They settled a lawsuit brought by football and basketball players and"
              " then asked swimmers and rowers to pay for it. Hundreds of scholarships are going"
              " to disappear.",
              cue=None, speaker="m5", stance="A"),
            Q("indirect", "at least 12 schools had already announced plans to cut sports",
              cue="Reardon ⟦said⟧", speaker="m6", stance="N"),
            Q("mixed", "the settlement was \"the only realistic path\" to ending years of"
              " litigation",
              cue="Mark Ellison ⟦told⟧", speaker="m7", stance="F"),
            Q("direct", "Nobody would have designed it this way from scratch,",
              cue="Ellison ⟦said⟧", speaker="m8", stance="N"),
            Q("direct", "But the alternative was losing in court and having a judge design it for"
              " us.",
              cue="Ellison ⟦said⟧", speaker="m8", stance="F"),
            Q("indirect", "he supported the settlement but worried about teammates in smaller"
              " sports",
              cue="Midland State, ⟦said⟧", speaker="m9", stance="F"),
            Q("direct", "My little sister runs track,",
              cue="runs track,\" he ⟦said⟧", speaker="m10", stance="N"),
            Q("direct", "If her scholarship goes away, what was all this for?",
              cue="runs track,\" he ⟦said⟧", speaker="m10", stance="A"),
        ],
    ),
    # ====================================================================
    # A11 courts: LaTeX-style ``...'' quotes, "Ill.", "--", participle
    # "arguing", argued / asked / denied / claimed, a statutory phrase in
    # quotes (no quote), a PP inside the speaker NP ("Sheriff X of Y
    # County"), content before "a court spokesman said".
    Article(
        id="own_23_us_cashless_bail",
        split="test",
        locale="us",
        targets=["the cashless bail law"],
        body="""
State high court weighs challenge to cashless bail law

By Rachel Stein

SPRINGFIELD, Ill. -- The Illinois Supreme Court on Tuesday heard arguments in a challenge to the state's new law ending cash bail, with dozens of county prosecutors arguing that it violates the state constitution.

Under the law, judges can no longer set a dollar amount for a defendant's release and must instead decide whether a person poses a ``real and present threat'' to others.
The law took effect in September 2023 after two years of litigation.
Illinois became the first state to abolish cash bail entirely, and lawmakers in at least four other states have introduced similar bills.

Arguing for the prosecutors, attorney James Kowalski told the seven justices that the legislature had ``stripped judges of a tool they have used since 1848.''

``The constitution says bail shall be set,'' Kowalski argued.
``It does not say the legislature can make bail disappear.''

Justice Maria Fontaine appeared skeptical.
``Isn't it true that a dangerous person with money could always buy their way out?'' she asked.

Solicitor General Dana Whitmore, defending the law, denied that it would empty the jails, and said that in the first six months more than 90% of defendants charged with violent felonies had been held before trial.

``Nobody is being released because they can afford it, and nobody is being held because they can't,'' Whitmore said.
``That is what equal justice looks like.''

Outside the courthouse, Sheriff Tom Brandt of Kendall County claimed that repeat offenders were being released ``within hours'' of arrest.

A decision is not expected before the fall, a court spokesman said.
""",
        entities=[
            E("e1", "county prosecutors", "role"),
            E("e2", "James Kowalski", "person"),
            E("e3", "Maria Fontaine", "person"),
            E("e4", "Dana Whitmore", "person"),
            E("e5", "Tom Brandt", "person"),
            E("e6", "Illinois Supreme Court spokesman", "role"),
        ],
        mentions=[
            M("m1", "dozens of county prosecutors", "e1"),
            M("m2", "attorney James Kowalski", "e2"),
            M("m3", "⟦Kowalski⟧ argued", "e2"),
            M("m4", "way out?'' ⟦she⟧ asked", "e3"),
            M("m5", "Solicitor General Dana Whitmore", "e4"),
            M("m6", "⟦Whitmore⟧ said", "e4"),
            M("m7", "Sheriff Tom Brandt of Kendall County", "e5"),
            M("m8", "a court spokesman", "e6"),
        ],
        quotes=[
            Q("indirect", "it violates the state constitution",
              cue="⟦arguing⟧ that it violates", speaker="m1", stance="A"),
            Q("mixed", "the legislature had ``stripped judges of a tool they have used since"
              " 1848.''",
              cue="Kowalski ⟦told⟧", speaker="m2", stance="A"),
            Q("direct", "The constitution says bail shall be set,",
              cue="Kowalski ⟦argued⟧", speaker="m3", stance="A"),
            Q("direct", "It does not say the legislature can make bail disappear.",
              cue="Kowalski ⟦argued⟧", speaker="m3", stance="A"),
            Q("direct", "Isn't it true that a dangerous person with money could always buy their"
              " way out?",
              cue="she ⟦asked⟧", speaker="m4", stance="F"),
            Q("indirect", "it would empty the jails",
              cue="⟦denied⟧ that it would", speaker="m5", stance="F"),
            Q("indirect", "in the first six months more than 90% of defendants charged with violent"
              " felonies had been held before trial",
              cue="and ⟦said⟧ that in the first", speaker="m5", stance="F"),
            Q("direct", "Nobody is being released because they can afford it, and nobody is being"
              " held because they can't,",
              cue="Whitmore ⟦said⟧", speaker="m6", stance="F"),
            Q("direct", "That is what equal justice looks like.",
              cue="Whitmore ⟦said⟧", speaker="m6", stance="F"),
            Q("mixed", "repeat offenders were being released ``within hours'' of arrest",
              cue="Kendall County ⟦claimed⟧", speaker="m7", stance="A"),
            Q("indirect", "A decision is not expected before the fall",
              cue="court spokesman ⟦said⟧", speaker="m8", stance="N"),
        ],
    ),
    # ====================================================================
    # A12 technology regulation: organisation speakers ("The FTC said", "the
    # company said", "the statement said", "It said"), "he wrote", and a
    # "Reaction" box with trailing em-dash attribution lines and no cue.
    Article(
        id="own_24_us_ftc_privacy_settlement",
        split="test",
        locale="us",
        targets=["the FTC settlement"],
        body="""
Streaming app Flicka to pay $95 million in children's privacy case

By Nathan Hale

SAN FRANCISCO — The video streaming app Flicka will pay $95 million and delete data collected from millions of children under a settlement with the Federal Trade Commission announced Wednesday.

The FTC said Flicka had collected the names, locations and viewing habits of children under 13 without their parents' consent, in violation of federal law.

“Flicka turned kids' bedtime videos into a data mine,” FTC Chair Lisa Navarro said.
“Today's settlement makes clear that the law applies to every app, no matter how popular.”

Flicka did not admit wrongdoing.
In a statement, the company said it had “already made significant changes” to how it handles young users' data.

“We are pleased to put this matter behind us,” the statement said.
It said fewer than 2% of the app's users were under 13.

Under the settlement, which must still be approved by a federal judge, Flicka must also hire an independent assessor to audit its privacy practices every two years for the next 20 years.

Privacy advocates said the fine was too small to change the company's behavior.

“Ninety-five million dollars sounds like a lot until you realize Flicka made $4.1 billion last year,” said Josh Adler, policy director at the Center for Digital Childhood.

Commissioner Mark Jaffe, the lone Republican on the commission, voted against the settlement.
In a dissenting statement, he wrote that the agency was “using a children's privacy law to regulate the entire internet.”

Reaction

“This is a slap on the wrist for a company that made billions off children's data.”

— Sen. Patricia Owens, D-Mass.

“Today's settlement shows that existing law is working, and that Congress does not need to pass sweeping new rules.”

— Digital Commerce Alliance, a tech industry trade group
""",
        entities=[
            E("e1", "Federal Trade Commission", "organization"),
            E("e2", "Lisa Navarro", "person"),
            E("e3", "Flicka", "organization"),
            E("e4", "privacy advocates", "role"),
            E("e5", "Josh Adler", "person"),
            E("e6", "Mark Jaffe", "person"),
            E("e7", "Patricia Owens", "person"),
            E("e8", "Digital Commerce Alliance", "organization"),
        ],
        mentions=[
            M("m1", "⟦The FTC⟧ said", "e1"),
            M("m2", "FTC Chair Lisa Navarro", "e2"),
            M("m3", "⟦the company⟧ said it had", "e3"),
            M("m4", "⟦the statement⟧ said", "e3"),
            M("m5", "⟦It⟧ said fewer", "e3"),
            M("m6", "Privacy advocates", "e4"),
            M("m7", "Josh Adler", "e5"),
            M("m8", "statement, ⟦he⟧ wrote", "e6"),
            M("m9", "Sen. Patricia Owens", "e7"),
            M("m10", "— ⟦Digital Commerce Alliance⟧", "e8"),
        ],
        quotes=[
            Q("indirect", "Flicka had collected the names, locations and viewing habits of"
              " children under 13 without their parents' consent, in violation of federal law",
              cue="The FTC ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "Flicka turned kids' bedtime videos into a data mine,",
              cue="Navarro ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "Today's settlement makes clear that the law applies to every app, no"
              " matter how popular.",
              cue="Navarro ⟦said⟧", speaker="m2", stance="F"),
            Q("mixed", "it had “already made significant changes” to how it handles young users'"
              " data",
              cue="the company ⟦said⟧", speaker="m3", stance="N"),
            Q("direct", "We are pleased to put this matter behind us,",
              cue="the statement ⟦said⟧", speaker="m4", stance="F"),
            Q("indirect", "fewer than 2% of the app's users were under 13",
              cue="It ⟦said⟧ fewer", speaker="m5", stance="N"),
            Q("indirect", "the fine was too small to change the company's behavior",
              cue="advocates ⟦said⟧", speaker="m6", stance="A"),
            Q("direct", "Ninety-five million dollars sounds like a lot until you realize Flicka"
              " made $4.1 billion last year,",
              cue="⟦said⟧ Josh Adler", speaker="m7", stance="A"),
            Q("mixed", "the agency was “using a children's privacy law to regulate the entire"
              " internet.”",
              cue="he ⟦wrote⟧", speaker="m8", stance="A"),
            Q("direct", "This is a slap on the wrist for a company that made billions off"
              " children's data.",
              cue=None, speaker="m9", stance="A"),
            Q("direct", "Today's settlement shows that existing law is working, and that Congress"
              " does not need to pass sweeping new rules.",
              cue=None, speaker="m10", stance="F"),
        ],
    ),
]
