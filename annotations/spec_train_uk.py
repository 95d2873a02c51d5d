"""Own gold training articles with UK conventions (8, split "train").

Written for training the models, in the format of spec_uk.py: bodies hold one
sentence per line and a blank line between paragraphs (see goldspec.compose).
Span specs: goldspec module docstring. Stance strings give one letter per
target: F favor, A against, N neutral. People, companies, clubs, councils and
events are fictional; real institutions (Unite, Usdaw, Unison, Acas, Ofsted,
the EFL, the Home Office, NHS England ...) appear only as settings, with
invented words.
"""

from goldspec import E, M, Q, Article, upto

ARTICLES = [
    # ====================================================================
    # T1 labour dispute (port): curly single quotes, trailing "..., the Unite
    # union has announced", agentless "Dockers were told", scare quote,
    # three-paragraph British quote with a curly apostrophe (hours’) that
    # looks like a closing mark, org speaker "said in a statement" and "the
    # statement said", one subject with "accused ... ‘fragment’" and
    # "insisted", inverted "said Mr Pelham", 'A,' he said. 'B.', role speaker.
    Article(
        id="own_train_01_uk_port_strike",
        split="train",
        locale="uk",
        targets=["the strike"],
        body="""
Saltmarsh dockers to strike over new shift rotas

By Lewis Carrow, Business Reporter

More than 400 dockers at the Port of Saltmarsh will stage a series of 24-hour strikes from next week in a row over shift patterns, the Unite union has announced.

The walkouts are expected to disrupt freight at one of the busiest container terminals on the east coast, which handles about a fifth of the UK’s imports of fresh fruit.

The changes are part of a so-called ‘dynamic rostering’ system already in use at several smaller ports.
Dockers were told in January that the new rotas would apply from April.

Unite regional officer Sharon Tulley said: ‘Our members have worked through storms, a pandemic and a cyber attack to keep this port open.

‘Now they are being told they could be called in at 12 hours’ notice and sent home again if a ship is late.

‘That is no way to run a family life, and the company knows it.’

The port’s owner, Saltmarsh Harbour Holdings, said in a statement that the changes were needed to compete with larger ports and that no jobs would be lost.

‘We have offered a £1,500 payment to every docker who signs up to the new rotas, and our door remains open,’ the statement said.

Chief executive Adrian Pelham accused the union of ‘holding the port to ransom’ and insisted the company had bent over backwards to reach a deal.

‘Nobody wins from a strike, least of all the dockers’ own families,’ said Mr Pelham.

Hauliers are already preparing for delays.
Fruit importer Dev Raman, who runs a wholesale business in nearby Cressing, said he was already paying for extra cold storage in case his containers were held up.

‘I understand why they are angry,’ he said.
‘But if my lorries are stuck for a week, I will have to lay people off.’

A Home Office spokesman said Border Force officers would continue to carry out checks at the port during the strikes.

Talks between the two sides are due to resume at the conciliation service Acas on Thursday.
""",
        entities=[
            E("e1", "Unite", "organization"),
            E("e2", "Sharon Tulley", "person"),
            E("e3", "Saltmarsh Harbour Holdings", "organization"),
            E("e4", "Adrian Pelham", "person"),
            E("e5", "Dev Raman", "person"),
            E("e6", "Home Office spokesman", "role"),
        ],
        mentions=[
            M("m1", "the Unite union", "e1"),
            M("m2", "Unite regional officer Sharon Tulley", "e2"),
            M("m3", "⟦The port’s owner⟧, Saltmarsh", "e3"),
            M("m4", "remains open,’ ⟦the statement⟧ said", "e3"),
            M("m5", "Chief executive Adrian Pelham", "e4"),
            M("m6", "⟦Mr Pelham⟧.", "e4"),
            M("m7", "Fruit importer Dev Raman", "e5"),
            M("m8", "angry,’ ⟦he⟧ said", "e5"),
            M("m9", "A Home Office spokesman", "e6"),
        ],
        quotes=[
            Q("indirect", "More than 400 dockers at the Port of Saltmarsh will stage a series of"
              " 24-hour strikes from next week in a row over shift patterns",
              cue="has ⟦announced⟧", speaker="m1", stance="F"),
            # Agentless report: the teller is never mentioned.
            Q("indirect", "the new rotas would apply from April",
              cue="Dockers were ⟦told⟧", speaker=None, stance="N"),
            Q("direct", "Our members have worked through storms, a pandemic and a cyber attack"
              " to keep this port open.",
              cue="Sharon Tulley ⟦said⟧", speaker="m2", stance="F"),
            # "hours’ notice" is an apostrophe; the paragraph has no closing mark.
            Q("direct", "Now they are being told they could be called in at 12 hours’ notice"
              " and sent home again if a ship is late.",
              cue="Sharon Tulley ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "That is no way to run a family life, and the company knows it.",
              cue="Sharon Tulley ⟦said⟧", speaker="m2", stance="F"),
            Q("indirect", "the changes were needed to compete with larger ports and that no"
              " jobs would be lost",
              cue="Holdings, ⟦said⟧ in a statement", speaker="m3", stance="A"),
            Q("direct", "We have offered a £1,500 payment to every docker who signs up to the"
              " new rotas, and our door remains open,",
              cue="the statement ⟦said⟧", speaker="m4", stance="A"),
            Q("mixed", "holding the port to ransom",
              cue="⟦accused⟧ the union", speaker="m5", stance="A"),
            Q("indirect", "the company had bent over backwards to reach a deal",
              cue="⟦insisted⟧ the company", speaker="m5", stance="A"),
            Q("direct", "Nobody wins from a strike, least of all the dockers’ own families,",
              cue="⟦said⟧ Mr Pelham", speaker="m6", stance="A"),
            Q("indirect", "he was already paying for extra cold storage in case his containers were"
              " held up",
              cue="Cressing, ⟦said⟧", speaker="m7", stance="N"),
            Q("direct", "I understand why they are angry,",
              cue="angry,’ he ⟦said⟧", speaker="m8", stance="N"),
            Q("direct", "But if my lorries are stuck for a week, I will have to lay people off.",
              cue="angry,’ he ⟦said⟧", speaker="m8", stance="A"),
            Q("indirect", "Border Force officers would continue to carry out checks at the port"
              " during the strikes",
              cue="spokesman ⟦said⟧", speaker="m9", stance="N"),
        ],
    ),
    # ====================================================================
    # T2 council budget: two targets, straight double quotes, present-tense
    # "says", a report title and a scare quote in double marks (no quotes),
    # "Cllr", three-paragraph quote, "She added", "accused ... of
    # "fragment"", "he said" / "He argued", a slogan on a banner (no quote),
    # split quote with inverted "said Pauline Okoro", role speaker with a
    # mixed quote, "voted" (no quote).
    Article(
        id="own_train_02_uk_council_budget",
        split="train",
        locale="uk",
        targets=["the library closures", "the council tax rise"],
        body="""
Five libraries to close and council tax to rise 4.99pc in Wendlebury budget

By Owen Trask, Local Democracy Reporter

Five libraries in Wendlebury will close and council tax will rise by the maximum 4.99pc under budget plans approved by the borough's cabinet last night.

Wendlebury Borough Council says it must save £19.2m next year after a sharp rise in the cost of children's social care and temporary accommodation.

The closures are set out in a document titled "Wendlebury Forward: A Sustainable Council", which also proposes turning the central library into a "community hub" run partly by volunteers.
The cabinet voted six to two in favour.

Council leader Cllr Margaret Ellory said: "Nobody comes into local government to close libraries, and this is the hardest budget I have had to set.

"But we have a legal duty to balance the books, and every pound we spend on buildings is a pound we cannot spend on protecting vulnerable children.

"I would rather have a library service that works well in nine places than one that is failing in fourteen."

She added that the 4.99pc rise would add about £1.60 a week to a Band D bill.

Opposition leader Cllr Stuart Haswell, of the Liberal Democrats, accused the ruling Labour group of "balancing the budget on the backs of children and pensioners".

"Residents are being asked to pay more and get less," he said.

He argued that the council should sell its empty office block on Mercer Street before closing any libraries.

Friends of Wendlebury Libraries, which has held protests outside the town hall under the banner "Books Not Bulldozers", said it was considering a legal challenge.

"For a lot of older people," said Pauline Okoro, the group's chairwoman, "the library is the only warm place they can go where nobody expects them to spend money."

Mother-of-two Kerry Dunmore, whose children use the Salter Road library for a homework club, said: "They've already taken the youth centre, and now they're taking this."

Unison, which represents library staff, said 38 jobs were at risk.

A Local Government Association spokeswoman said many councils had "no choice left" but to raise council tax by the maximum allowed.

The budget will go to a vote of the full council on 27 February.
""",
        entities=[
            E("e1", "Wendlebury Borough Council", "organization"),
            E("e2", "Margaret Ellory", "person"),
            E("e3", "Stuart Haswell", "person"),
            E("e4", "Friends of Wendlebury Libraries", "organization"),
            E("e5", "Pauline Okoro", "person"),
            E("e6", "Kerry Dunmore", "person"),
            E("e7", "Unison", "organization"),
            E("e8", "Local Government Association spokeswoman", "role"),
        ],
        mentions=[
            M("m1", "⟦Wendlebury Borough Council⟧ says", "e1"),
            M("m2", "Council leader Cllr Margaret Ellory", "e2"),
            M("m3", "⟦She⟧ added", "e2"),
            M("m4", "Opposition leader Cllr Stuart Haswell", "e3"),
            M("m5", "get less,\" ⟦he⟧ said", "e3"),
            M("m6", "⟦He⟧ argued", "e3"),
            M("m7", "⟦Friends of Wendlebury Libraries⟧, which", "e4"),
            M("m8", "said ⟦Pauline Okoro⟧", "e5"),
            M("m9", "Mother-of-two Kerry Dunmore", "e6"),
            M("m10", "⟦Unison⟧, which represents", "e7"),
            M("m11", "A Local Government Association spokeswoman", "e8"),
        ],
        quotes=[
            Q("indirect", "it must save £19.2m next year after a sharp rise in the cost of"
              " children's social care and temporary accommodation",
              cue="Council ⟦says⟧", speaker="m1", stance="FF"),
            Q("direct", "Nobody comes into local government to close libraries, and this is the"
              " hardest budget I have had to set.",
              cue="Margaret Ellory ⟦said⟧", speaker="m2", stance="NN"),
            Q("direct", "But we have a legal duty to balance the books, and every pound we spend"
              " on buildings is a pound we cannot spend on protecting vulnerable children.",
              cue="Margaret Ellory ⟦said⟧", speaker="m2", stance="FN"),
            Q("direct", "I would rather have a library service that works well in nine places"
              " than one that is failing in fourteen.",
              cue="Margaret Ellory ⟦said⟧", speaker="m2", stance="FN"),
            Q("indirect", "the 4.99pc rise would add about £1.60 a week to a Band D bill",
              cue="She ⟦added⟧", speaker="m3", stance="NN"),
            Q("mixed", "balancing the budget on the backs of children and pensioners",
              cue="⟦accused⟧ the ruling", speaker="m4", stance="AA"),
            Q("direct", "Residents are being asked to pay more and get less,",
              cue="get less,\" he ⟦said⟧", speaker="m5", stance="AA"),
            Q("indirect", "the council should sell its empty office block on Mercer Street before"
              " closing any libraries",
              cue="He ⟦argued⟧", speaker="m6", stance="AN"),
            Q("indirect", "it was considering a legal challenge",
              cue="Bulldozers\", ⟦said⟧", speaker="m7", stance="AN"),
            Q("direct", "For a lot of older people,",
              cue="⟦said⟧ Pauline Okoro", speaker="m8", stance="AN"),
            Q("direct", "the library is the only warm place they can go where nobody expects"
              " them to spend money.",
              cue="⟦said⟧ Pauline Okoro", speaker="m8", stance="AN"),
            Q("direct", "They've already taken the youth centre, and now they're taking this.",
              cue="homework club, ⟦said⟧", speaker="m9", stance="AN"),
            Q("indirect", "38 jobs were at risk",
              cue="library staff, ⟦said⟧", speaker="m10", stance="NN"),
            Q("mixed", "many councils had \"no choice left\" but to raise council tax by the"
              " maximum allowed",
              cue="spokeswoman ⟦said⟧", speaker="m11", stance="NF"),
        ],
    ),
    # ====================================================================
    # T3 hospital merger: curly double quotes, a headline quote nobody says
    # (no quote), "voted" (no quote), "Dr", mixed quote with a scare-quoted
    # term inside reported speech, “A,” he said. “B.” across a sentence
    # break, "He added:", an anonymous role speaker, split quote in one
    # sentence with "the consultant said", speaker after the quote ("Mrs
    # Claybrook said"), "According to" two organisations, role speaker.
    Article(
        id="own_train_03_uk_hospital_merger",
        split="train",
        locale="uk",
        targets=["the hospital merger"],
        body="""
Hospital trusts agree “marriage of necessity”

By Farah Quaid, Health Correspondent

The trusts that run hospitals in Penbury and Ridgeford are to merge next April, creating one of the largest NHS organisations in the South West.

Board members of both trusts voted unanimously on Wednesday to back the plan, which will create a single trust employing 11,000 staff and serving 800,000 people.

Dr Simon Achebe, chief executive of Penbury Hospitals NHS Trust, who will lead the new organisation, said the merger would end a “postcode lottery” in which patients in one town waited twice as long for cancer tests as those in the other.

“We are two trusts competing for the same consultants, the same nurses and the same money,” he said.
“That makes no sense for patients, and it makes no sense for taxpayers.”

He added: “Nobody is going to lose their A&E, and nobody is going to lose their job because of this.”

Ridgeford General, the smaller of the two hospitals, has lost its stroke unit and its children’s ward to Penbury in the past decade.

A senior consultant at Ridgeford, who asked not to be named, said colleagues were already being asked to cover clinics at both sites without extra pay.

“This is a takeover dressed up as a merger,” the consultant said, “and everyone here knows where the specialist services will end up.”

Ridgeford MP Yvonne Claybrook said she was not opposed to the merger in principle but wanted guarantees in writing about the future of the town’s maternity unit.

“I will be watching very closely to make sure Ridgeford does not end up as a glorified clinic,” Mrs Claybrook said.

Healthwatch Ridgeford said most of the 340 responses it had received during the consultation had been “negative or anxious”.

According to the two trusts, the merger will save £40m over five years, largely through shared back-office services and joint buying of equipment.

An NHS England spokeswoman said: “Mergers are a matter for local boards, and we will support both trusts through the transition.”

The new organisation will be called Penbury and Ridgeford Hospitals NHS Trust.
""",
        entities=[
            E("e1", "Simon Achebe", "person"),
            E("e2", "senior consultant at Ridgeford General", "role"),
            E("e3", "Yvonne Claybrook", "person"),
            E("e4", "Healthwatch Ridgeford", "organization"),
            E("e5", "Penbury and Ridgeford hospital trusts", "organization"),
            E("e6", "NHS England spokeswoman", "role"),
        ],
        mentions=[
            M("m1", "Dr Simon Achebe", "e1"),
            M("m2", "same money,” ⟦he⟧ said", "e1"),
            M("m3", "⟦He⟧ added", "e1"),
            M("m4", "A senior consultant at Ridgeford", "e2"),
            M("m5", "merger,” ⟦the consultant⟧ said", "e2"),
            M("m6", "Ridgeford MP Yvonne Claybrook", "e3"),
            M("m7", "Mrs Claybrook", "e3"),
            M("m8", "⟦Healthwatch Ridgeford⟧ said", "e4"),
            M("m9", "According to ⟦the two trusts⟧", "e5"),
            M("m10", "An NHS England spokeswoman", "e6"),
        ],
        quotes=[
            Q("mixed", "the merger would end a “postcode lottery” in which patients in one"
              " town waited twice as long for cancer tests as those in the other",
              cue="new organisation, ⟦said⟧", speaker="m1", stance="F"),
            Q("direct", "We are two trusts competing for the same consultants, the same nurses"
              " and the same money,",
              cue="same money,” he ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "That makes no sense for patients, and it makes no sense for taxpayers.",
              cue="same money,” he ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "Nobody is going to lose their A&E, and nobody is going to lose their"
              " job because of this.",
              cue="He ⟦added⟧", speaker="m3", stance="F"),
            Q("indirect", "colleagues were already being asked to cover clinics at both sites"
              " without extra pay",
              cue="not to be named, ⟦said⟧", speaker="m4", stance="A"),
            Q("direct", "This is a takeover dressed up as a merger,",
              cue="the consultant ⟦said⟧", speaker="m5", stance="A"),
            Q("direct", "and everyone here knows where the specialist services will end up.",
              cue="the consultant ⟦said⟧", speaker="m5", stance="A"),
            Q("indirect", "she was not opposed to the merger in principle but wanted guarantees"
              " in writing about the future of the town’s maternity unit",
              cue="Yvonne Claybrook ⟦said⟧", speaker="m6", stance="N"),
            Q("direct", "I will be watching very closely to make sure Ridgeford does not end up"
              " as a glorified clinic,",
              cue="Mrs Claybrook ⟦said⟧", speaker="m7", stance="N"),
            Q("mixed", "most of the 340 responses it had received during the consultation had"
              " been “negative or anxious”",
              cue="Healthwatch Ridgeford ⟦said⟧", speaker="m8", stance="N"),
            Q("indirect", "the merger will save £40m over five years, largely through shared"
              " back-office services and joint buying of equipment",
              cue="According to", speaker="m9", stance="F"),
            Q("direct", "Mergers are a matter for local boards, and we will support both trusts"
              " through the transition.",
              cue="spokeswoman ⟦said⟧", speaker="m10", stance="N"),
        ],
    ),
    # ====================================================================
    # T4 transport scheme: straight single quotes among apostrophes
    # (Drivers' Association, It's, can't), "said in a statement", two-
    # paragraph quote, "claimed" and "warned" with fragments, "admitted",
    # a slogan on placards and "welcomed" (no quotes), a speaker introduced
    # in the previous paragraph (cue null), a section head and trailing
    # attribution lines "- Name, role" (cue null).
    Article(
        id="own_train_04_uk_clean_air_zone",
        split="train",
        locale="uk",
        targets=["the clean air zone charge"],
        body="""
Drivers face £9 daily charge as Carrbridge clean air zone approved

By Lucy Ardagh, Transport Correspondent

Drivers of older petrol and diesel cars will pay £9 a day to enter central Carrbridge from September after councillors approved the city's clean air zone.

The scheme, which will be enforced by 84 number-plate cameras, was passed by 31 votes to 22 at a meeting of the full council.

Carrbridge City Council said in a statement that the charge was needed to bring nitrogen dioxide levels below legal limits by 2027 and that all the money raised would go on buses and cycle lanes.

Council leader Cllr Dominic Ferraby said: 'Every year around 90 people in this city die early because of the air they breathe.

'We are not doing this to make money, and if the zone works as it should, it will raise less every year.'

He admitted the council had not yet decided how the charge would apply to blue badge holders.

The Carrbridge Chamber of Commerce claimed the charge would 'drive shoppers into the arms of out-of-town retail parks'.
Chamber president Lynette Abara, who runs a florist's on Bridge Street, said trade in the city centre had still not recovered from the pandemic.

The Carrbridge Hackney Drivers' Association said its members had been given 'nowhere near enough' time to replace their vehicles.

Conservative group leader Cllr Pat Deverell warned the zone would 'cut the city off' from the surrounding villages.

Parents from Clean Air for Carrbridge Kids, who have stood outside school gates with placards reading 'Let Us Breathe', welcomed the decision.

Paediatrician Dr Ananya Roy, one of the group's founders, has treated children with asthma at Carrbridge Royal Infirmary for 15 years.

'I have seen what dirty air does to small lungs.
This charge will save lives, and in ten years we will wonder why we ever argued about it.'

A Department for Transport spokeswoman said the government had given Carrbridge £12m to help small businesses and low-income drivers replace older vehicles.

Drivers can check whether their vehicle is liable on the council's website.

Reaction

'It's a tax on working people who can't afford a new car, dressed up as an environmental policy.'

- Wayne Pennock, delivery driver

'About time.
I cycle to work with my daughter and some mornings you can taste the fumes.'

- Sian Lloyd-Meredith, Riverside resident
""",
        entities=[
            E("e1", "Carrbridge City Council", "organization"),
            E("e2", "Dominic Ferraby", "person"),
            E("e3", "Carrbridge Chamber of Commerce", "organization"),
            E("e4", "Lynette Abara", "person"),
            E("e5", "Carrbridge Hackney Drivers' Association", "organization"),
            E("e6", "Pat Deverell", "person"),
            E("e7", "Ananya Roy", "person"),
            E("e8", "Department for Transport spokeswoman", "role"),
            E("e9", "Wayne Pennock", "person"),
            E("e10", "Sian Lloyd-Meredith", "person"),
        ],
        mentions=[
            M("m1", "⟦Carrbridge City Council⟧ said", "e1"),
            M("m2", "Council leader Cllr Dominic Ferraby", "e2"),
            M("m3", "⟦He⟧ admitted", "e2"),
            M("m4", "The Carrbridge Chamber of Commerce", "e3"),
            M("m5", "Chamber president Lynette Abara", "e4"),
            M("m6", "The Carrbridge Hackney Drivers' Association", "e5"),
            M("m7", "Conservative group leader Cllr Pat Deverell", "e6"),
            M("m8", "Paediatrician Dr Ananya Roy", "e7"),
            M("m9", "A Department for Transport spokeswoman", "e8"),
            M("m10", "- ⟦Wayne Pennock⟧", "e9"),
            M("m11", "- ⟦Sian Lloyd-Meredith⟧", "e10"),
        ],
        quotes=[
            Q("indirect", "the charge was needed to bring nitrogen dioxide levels below legal"
              " limits by 2027 and that all the money raised would go on buses and cycle lanes",
              cue="Council ⟦said⟧ in a statement", speaker="m1", stance="F"),
            Q("direct", "Every year around 90 people in this city die early because of the air"
              " they breathe.",
              cue="Dominic Ferraby ⟦said⟧", speaker="m2", stance="F"),
            Q("direct", "We are not doing this to make money, and if the zone works as it"
              " should, it will raise less every year.",
              cue="Dominic Ferraby ⟦said⟧", speaker="m2", stance="F"),
            Q("indirect", "the council had not yet decided how the charge would apply to blue"
              " badge holders",
              cue="He ⟦admitted⟧", speaker="m3", stance="N"),
            Q("mixed", "the charge would 'drive shoppers into the arms of out-of-town retail"
              " parks'",
              cue="Commerce ⟦claimed⟧", speaker="m4", stance="A"),
            Q("indirect", "trade in the city centre had still not recovered from the pandemic",
              cue="Bridge Street, ⟦said⟧", speaker="m5", stance="A"),
            Q("mixed", "its members had been given 'nowhere near enough' time to replace their"
              " vehicles",
              cue="Association ⟦said⟧", speaker="m6", stance="A"),
            Q("mixed", "the zone would 'cut the city off' from the surrounding villages",
              cue="Deverell ⟦warned⟧", speaker="m7", stance="A"),
            # Speaker introduced in the previous paragraph, no reporting verb.
            Q("direct", "I have seen what dirty air does to small lungs. This charge will save"
              " lives, and in ten years we will wonder why we ever argued about it.",
              cue=None, speaker="m8", stance="F"),
            Q("indirect", "the government had given Carrbridge £12m to help small businesses and"
              " low-income drivers replace older vehicles",
              cue="spokeswoman ⟦said⟧", speaker="m9", stance="N"),
            Q("direct", "It's a tax on working people who can't afford a new car, dressed up as"
              " an environmental policy.",
              cue=None, speaker="m10", stance="A"),
            Q("direct", "About time. I cycle to work with my daughter and some mornings you can"
              " taste the fumes.",
              cue=None, speaker="m11", stance="F"),
        ],
    ),
    # ====================================================================
    # T5 company collapse: curly single quotes with curly apostrophes next
    # to them (shopworkers’, I’ve, I’ll), "said ... while" content, agentless
    # "were told", accounts that "show" (no quote), org "accused ...
    # ‘fragment’", three-paragraph quote, "In a statement, X said" mixed and
    # "the statement said", "did not respond" (no quote), speaker after the
    # quote ("Mr Platt said"), "a DWP spokeswoman", Jobcentre Plus's.
    Article(
        id="own_train_05_uk_retailer_collapse",
        split="train",
        locale="uk",
        targets=["Tolland Capital"],
        body="""
Furniture chain Hollins & Vane collapses with 1,100 jobs at risk

By Bethany Orr, Business Reporter

Furniture retailer Hollins & Vane has collapsed into administration, putting 1,100 jobs at risk across its 46 stores.

Administrators from the accountancy firm Calloway Price were appointed on Monday after a rescue deal fell through over the weekend.

Joint administrator Fiona Strachan said all stores would continue to trade while the firm looked for a buyer.

‘Hollins & Vane is a well-known name with a loyal customer base, and we are confident there will be interest in parts of the business,’ she said.

Customers who have paid deposits for furniture that has not yet been delivered were told they might not get their money back.

The chain was bought in 2019 by Tolland Capital, the investment firm run by financier Conrad Tolland, which loaded it with £85m of debt and sold the freeholds of 30 stores.
Accounts filed at Companies House show the business lost £14m last year.

Usdaw, the shopworkers’ union, accused Mr Tolland of ‘stripping the business to the bone’.

Usdaw national officer Dean Mulvaney said: ‘Staff have watched the stores being sold off one by one while the people at the top took millions out.

‘They found out from the news that their jobs were at risk.

‘Our members deserve answers, and they deserve them now.’

In a statement, Tolland Capital said it had invested more than £20m in the business and that the collapse had been caused by ‘a perfect storm’ of high interest rates and weak consumer spending.

‘We did everything we could to save this business, and we reject any suggestion that its collapse was caused by its ownership,’ the statement said.

Mr Tolland did not respond to requests for comment.

Sales assistant Kirsty Abernethy, 23, who has worked at the Dunhallow store for four years, said: ‘I’ve got rent to pay at the end of the month and nobody can tell me if I’ll have a job.’

Dunhallow MP Gideon Platt said he would ask the Insolvency Service to examine whether the company’s directors had acted properly.

‘Conrad Tolland owes these workers an explanation,’ Mr Platt said.

A DWP spokeswoman said Jobcentre Plus’s rapid response team would be on hand to help any staff who lost their jobs.
""",
        entities=[
            E("e1", "Fiona Strachan", "person"),
            E("e2", "Usdaw", "organization"),
            E("e3", "Dean Mulvaney", "person"),
            E("e4", "Tolland Capital", "organization"),
            E("e5", "Kirsty Abernethy", "person"),
            E("e6", "Gideon Platt", "person"),
            E("e7", "Department for Work and Pensions spokeswoman", "role"),
        ],
        mentions=[
            M("m1", "Joint administrator Fiona Strachan", "e1"),
            M("m2", "the business,’ ⟦she⟧ said", "e1"),
            M("m3", "⟦Usdaw⟧, the shopworkers’", "e2"),
            M("m4", "Usdaw national officer Dean Mulvaney", "e3"),
            M("m5", "statement, ⟦Tolland Capital⟧ said", "e4"),
            M("m6", "its ownership,’ ⟦the statement⟧ said", "e4"),
            M("m7", "Sales assistant Kirsty Abernethy", "e5"),
            M("m8", "Dunhallow MP Gideon Platt", "e6"),
            M("m9", "Mr Platt", "e6"),
            M("m10", "A DWP spokeswoman", "e7"),
        ],
        quotes=[
            Q("indirect", "all stores would continue to trade while the firm looked for a buyer",
              cue="Fiona Strachan ⟦said⟧", speaker="m1", stance="N"),
            Q("direct", "Hollins & Vane is a well-known name with a loyal customer base, and we"
              " are confident there will be interest in parts of the business,",
              cue="the business,’ she ⟦said⟧", speaker="m2", stance="N"),
            # Agentless report: the teller is never mentioned.
            Q("indirect", "they might not get their money back",
              cue="were ⟦told⟧", speaker=None, stance="N"),
            Q("mixed", "stripping the business to the bone",
              cue="⟦accused⟧ Mr Tolland", speaker="m3", stance="A"),
            Q("direct", "Staff have watched the stores being sold off one by one while the people"
              " at the top took millions out.",
              cue="Dean Mulvaney ⟦said⟧", speaker="m4", stance="A"),
            Q("direct", "They found out from the news that their jobs were at risk.",
              cue="Dean Mulvaney ⟦said⟧", speaker="m4", stance="A"),
            Q("direct", "Our members deserve answers, and they deserve them now.",
              cue="Dean Mulvaney ⟦said⟧", speaker="m4", stance="A"),
            Q("mixed", "it had invested more than £20m in the business and that the collapse had"
              " been caused by ‘a perfect storm’ of high interest rates and weak consumer"
              " spending",
              cue="Tolland Capital ⟦said⟧", speaker="m5", stance="F"),
            Q("direct", "We did everything we could to save this business, and we reject any"
              " suggestion that its collapse was caused by its ownership,",
              cue="the statement ⟦said⟧", speaker="m6", stance="F"),
            Q("direct", "I’ve got rent to pay at the end of the month and nobody can tell me if"
              " I’ll have a job.",
              cue="four years, ⟦said⟧", speaker="m7", stance="N"),
            Q("indirect", "he would ask the Insolvency Service to examine whether the company’s"
              " directors had acted properly",
              cue="Gideon Platt ⟦said⟧", speaker="m8", stance="A"),
            Q("direct", "Conrad Tolland owes these workers an explanation,",
              cue="Mr Platt ⟦said⟧", speaker="m9", stance="A"),
            Q("indirect", "Jobcentre Plus’s rapid response team would be on hand to help any"
              " staff who lost their jobs",
              cue="DWP spokeswoman ⟦said⟧", speaker="m10", stance="N"),
        ],
    ),
    # ====================================================================
    # T6 sports club takeover: straight double quotes, banner slogan (no
    # quote), "confirmed", content before the cue (", a club spokesman
    # said"), "A," he said. "B." across a break, org mixed quote with an
    # apostrophe (Supporters' Trust), a quote with no closing mark running
    # to the paragraph end, "According to", "insisted", inverted "said Mr
    # Brannigan" then a quote-only continuation paragraph, "has not ruled
    # out" (no quote), the EFL as speaker.
    Article(
        id="own_train_06_uk_club_takeover",
        split="train",
        locale="uk",
        targets=["the takeover"],
        body="""
Kellingford Town fans march against US takeover

By Rhys Mottram, Sports Reporter

Hundreds of Kellingford Town supporters marched to the club's Ropewalk ground on Saturday to protest against a proposed takeover by an American investment group.

Fans carried banners reading "Our Club, Not Your Asset" and chanted throughout the 2-1 defeat by Carlow Athletic.

The League Two club confirmed last week that it had agreed terms with Arrowhead Sports Partners, a Texas-based fund that owns stakes in clubs in Portugal and Belgium.
The deal is expected to be completed before the end of the season, a club spokesman said.

Chairman Roy Eastlake, whose family has owned Kellingford for 40 years, said the club could no longer survive on his money alone.

"We lose about £60,000 a week, and I am 74 years old," he said.
"Somebody has to take this club forward, and Arrowhead have the money to do it."

The Kellingford Town Supporters' Trust, which owns 9% of the club's shares, said it had "serious concerns" about the group's plans for the ground.

Trust chairwoman Bernadette Fairclough said: "We have seen what happens at other clubs when the ground is sold off and the team ends up renting its own stadium.

Arrowhead has not ruled out moving the club to a new 15,000-seat stadium on the edge of town.
According to Arrowhead, the Ropewalk needs £12m of repairs to meet modern safety standards.

Arrowhead managing partner Warren Brannigan, who flew in for the match, insisted the fans had nothing to fear.

"Nobody is taking Kellingford Town away from Kellingford," said Mr Brannigan.
"We want to invest in the academy, the women's team and the ground."

"I understand the fans are nervous, and in their shoes I'd be nervous too."

The EFL said the deal would be subject to its owners' and directors' test.
""",
        entities=[
            E("e1", "Kellingford Town", "organization"),
            E("e2", "Kellingford Town spokesman", "role"),
            E("e3", "Roy Eastlake", "person"),
            E("e4", "Kellingford Town Supporters' Trust", "organization"),
            E("e5", "Bernadette Fairclough", "person"),
            E("e6", "Arrowhead Sports Partners", "organization"),
            E("e7", "Warren Brannigan", "person"),
            E("e8", "English Football League", "organization"),
        ],
        mentions=[
            M("m1", "The League Two club", "e1"),
            M("m2", "a club spokesman", "e2"),
            M("m3", "Chairman Roy Eastlake", "e3"),
            M("m4", "a week, and I am 74 years old,\" ⟦he⟧ said", "e3"),
            M("m5", "The Kellingford Town Supporters' Trust", "e4"),
            M("m6", "Trust chairwoman Bernadette Fairclough", "e5"),
            M("m7", "According to ⟦Arrowhead⟧", "e6"),
            M("m8", "Arrowhead managing partner Warren Brannigan", "e7"),
            M("m9", "said ⟦Mr Brannigan⟧", "e7"),
            M("m10", "⟦The EFL⟧ said", "e8"),
        ],
        quotes=[
            Q("indirect", "it had agreed terms with Arrowhead Sports Partners, a Texas-based fund"
              " that owns stakes in clubs in Portugal and Belgium",
              cue="club ⟦confirmed⟧", speaker="m1", stance="N"),
            # Content before the cue.
            Q("indirect", "The deal is expected to be completed before the end of the season",
              cue="club spokesman ⟦said⟧", speaker="m2", stance="N"),
            Q("indirect", "the club could no longer survive on his money alone",
              cue="40 years, ⟦said⟧", speaker="m3", stance="F"),
            Q("direct", "We lose about £60,000 a week, and I am 74 years old,",
              cue="74 years old,\" he ⟦said⟧", speaker="m4", stance="F"),
            Q("direct", "Somebody has to take this club forward, and Arrowhead have the money to"
              " do it.",
              cue="74 years old,\" he ⟦said⟧", speaker="m4", stance="F"),
            Q("mixed", "it had \"serious concerns\" about the group's plans for the ground",
              cue="club's shares, ⟦said⟧", speaker="m5", stance="A"),
            # The closing mark is missing: the quote runs to the paragraph end.
            Q("direct", "We have seen what happens at other clubs when the ground is sold off"
              " and the team ends up renting its own stadium.",
              cue="Fairclough ⟦said⟧", speaker="m6", stance="A"),
            Q("indirect", "the Ropewalk needs £12m of repairs to meet modern safety standards",
              cue="According to", speaker="m7", stance="F"),
            Q("indirect", "the fans had nothing to fear",
              cue="⟦insisted⟧ the fans", speaker="m8", stance="F"),
            Q("direct", "Nobody is taking Kellingford Town away from Kellingford,",
              cue="⟦said⟧ Mr Brannigan", speaker="m9", stance="F"),
            Q("direct", "We want to invest in the academy, the women's team and the ground.",
              cue="⟦said⟧ Mr Brannigan", speaker="m9", stance="F"),
            # Quote-only paragraph continuing the previous speaker.
            Q("direct", "I understand the fans are nervous, and in their shoes I'd be nervous"
              " too.",
              cue="⟦said⟧ Mr Brannigan", speaker="m9", stance="N"),
            Q("indirect", "the deal would be subject to its owners' and directors' test",
              cue="The EFL ⟦said⟧", speaker="m10", stance="N"),
        ],
    ),
    # ====================================================================
    # T7 court case: curly double quotes, "admitted fraud" (a plea, no
    # quote), "told the court that", speaker after the quote ("Mr Okonedo
    # said"), "He said", a victim statement with a nested ‘...’ quote (only
    # the outer is gold), "Defending, X said" mixed, "Miss", "argued",
    # three-paragraph judge's quote with a concession paragraph (neutral),
    # "Detective Constable", role speaker, "said in a statement" mixed.
    Article(
        id="own_train_07_uk_hospice_fraud",
        split="train",
        locale="uk",
        targets=["Lorraine Gaskell"],
        body="""
Former treasurer jailed for stealing £212,000 from children’s hospice

By Callum Westwood, Court Reporter

A former charity treasurer who stole £212,000 from a children’s hospice to pay for holidays, designer handbags and online gambling has been jailed for four years.

Lorraine Gaskell, 52, of Orchard Close, Thornby, admitted fraud by abuse of position at Pellham Crown Court.

Prosecutor Tobias Okonedo told the court that Gaskell had made more than 300 transfers from the Little Acorns Hospice account to her own over six years.

“She was trusted completely, and she used that trust to fund a lifestyle she could not otherwise afford,” Mr Okonedo said.

He said the theft came to light only when a new auditor queried invoices from a landscaping company that did not exist.

In a victim statement read to the court, hospice chief executive Dr Rebecca Hurst said the losses had forced the charity to delay opening two new family bedrooms.

“Every pound she took was given by a family who had been told ‘there is nothing more we can do’, or by a child who was still fighting,” she said.

Defending, Nadia Kerrigan said her client had developed a gambling addiction after the death of her husband in 2016 and was “truly ashamed”.

Miss Kerrigan argued that a suspended sentence would allow Gaskell to keep working and pay the money back.

Sentencing, Judge Philippa Ormerod said: “You stole from dying children and their families, and you did so over and over again.

“I accept that you are remorseful, and that your gambling had become an illness.

“But nothing less than an immediate prison sentence can be justified for a breach of trust on this scale.”

Gaskell, wearing a grey cardigan, wept as she was led to the cells.

Detective Constable Owen Lacey, of Thornshire Police’s economic crime unit, said officers would now seek to recover the money under the Proceeds of Crime Act.

A Crown Prosecution Service spokesman said: “This sentence sends a clear message that those who abuse positions of trust will face the consequences.”

The hospice said in a statement that it had been “overwhelmed” by donations from the public since the case was first reported.
""",
        entities=[
            E("e1", "Tobias Okonedo", "person"),
            E("e2", "Rebecca Hurst", "person"),
            E("e3", "Nadia Kerrigan", "person"),
            E("e4", "Philippa Ormerod", "person"),
            E("e5", "Owen Lacey", "person"),
            E("e6", "Crown Prosecution Service spokesman", "role"),
            E("e7", "Little Acorns Hospice", "organization"),
        ],
        mentions=[
            M("m1", "Prosecutor Tobias Okonedo", "e1"),
            M("m2", "Mr Okonedo", "e1"),
            M("m3", "⟦He⟧ said the theft", "e1"),
            M("m4", "hospice chief executive Dr Rebecca Hurst", "e2"),
            M("m5", "still fighting,” ⟦she⟧ said", "e2"),
            M("m6", "Defending, ⟦Nadia Kerrigan⟧", "e3"),
            M("m7", "Miss Kerrigan", "e3"),
            M("m8", "Judge Philippa Ormerod", "e4"),
            M("m9", "Detective Constable Owen Lacey", "e5"),
            M("m10", "A Crown Prosecution Service spokesman", "e6"),
            M("m11", "⟦The hospice⟧ said in a statement", "e7"),
        ],
        quotes=[
            Q("indirect", "Gaskell had made more than 300 transfers from the Little Acorns Hospice"
              " account to her own over six years",
              cue="Okonedo ⟦told⟧ the court", speaker="m1", stance="A"),
            Q("direct", "She was trusted completely, and she used that trust to fund a lifestyle"
              " she could not otherwise afford,",
              cue="Mr Okonedo ⟦said⟧", speaker="m2", stance="A"),
            Q("indirect", "the theft came to light only when a new auditor queried invoices from"
              " a landscaping company that did not exist",
              cue="He ⟦said⟧ the theft", speaker="m3", stance="A"),
            Q("indirect", "the losses had forced the charity to delay opening two new family"
              " bedrooms",
              cue="Rebecca Hurst ⟦said⟧", speaker="m4", stance="A"),
            # The nested ‘...’ stays inside the outer quote.
            Q("direct", "Every pound she took was given by a family who had been told ‘there is"
              " nothing more we can do’, or by a child who was still fighting,",
              cue="still fighting,” she ⟦said⟧", speaker="m5", stance="A"),
            Q("mixed", "her client had developed a gambling addiction after the death of her"
              " husband in 2016 and was “truly ashamed”",
              cue="Nadia Kerrigan ⟦said⟧", speaker="m6", stance="F"),
            Q("indirect", "a suspended sentence would allow Gaskell to keep working and pay the"
              " money back",
              cue="Kerrigan ⟦argued⟧", speaker="m7", stance="F"),
            Q("direct", "You stole from dying children and their families, and you did so over"
              " and over again.",
              cue="Ormerod ⟦said⟧", speaker="m8", stance="A"),
            # A concession on its own, without a position: neutral.
            Q("direct", "I accept that you are remorseful, and that your gambling had become an"
              " illness.",
              cue="Ormerod ⟦said⟧", speaker="m8", stance="N"),
            Q("direct", "But nothing less than an immediate prison sentence can be justified for"
              " a breach of trust on this scale.",
              cue="Ormerod ⟦said⟧", speaker="m8", stance="A"),
            Q("indirect", "officers would now seek to recover the money under the Proceeds of"
              " Crime Act",
              cue="crime unit, ⟦said⟧", speaker="m9", stance="A"),
            Q("direct", "This sentence sends a clear message that those who abuse positions of"
              " trust will face the consequences.",
              cue="Service spokesman ⟦said⟧", speaker="m10", stance="A"),
            Q("mixed", "it had been “overwhelmed” by donations from the public since the case"
              " was first reported",
              cue="The hospice ⟦said⟧", speaker="m11", stance="N"),
        ],
    ),
    # ====================================================================
    # T8 labour dispute (schools): two targets, straight single quotes with
    # apostrophes inside (can't, trust's, wouldn't), present-tense "says" and
    # "insists", three-paragraph quote, "Prof", mixed quote, split quote
    # 'A,' he said, 'B.' in one sentence, "He added", an Ofsted grade as a
    # term of art (no quote), 'A,' she said. 'B.' across a break, role
    # speaker, trailing "according to the union".
    Article(
        id="own_train_08_uk_teaching_assistants",
        split="train",
        locale="uk",
        targets=["the strike", "the regrading plan"],
        body="""
Teaching assistants at eight academies to strike over pay regrading

By Ffion Maddox, Education Correspondent

Teaching assistants at eight schools run by the Larchfield Academies Trust will strike for three days next week in a dispute over pay.

Unison says a new pay structure will cut the salaries of some of its members by up to £2,400 a year.

The trust, which employs about 310 teaching assistants, insists no one will lose money in the first two years.

Unison branch secretary Carol Whitmarsh said: 'Teaching assistants are the people who sit with the child who can't cope in a class of 32.

'They are already among the lowest paid staff in any school, and now the trust wants to take even more off them.

'Nobody wants to shut a classroom, but our members have been left with no other option.'

Trust chief executive Prof Leonard Hebden said the regrading was needed to bring pay into line across its schools, some of which had used 'different rules for the same job'.

'It is simply not fair that two people doing identical work in schools three miles apart are paid different amounts,' he said, 'and that is what we are putting right.'

He added that all eight schools would stay open during the strike, although some classes might have to be combined.

The dispute comes months after Ofsted rated two of the trust's schools as 'requires improvement'.

Parent Joanne Tilsley, whose son has autism and attends Brookmead Primary, said she backed the teaching assistants 'one hundred per cent'.

'Without his TA, my son wouldn't be in school at all,' she said.
'If the trust is trying to save money, it should start with the people at the top.'

A Department for Education spokeswoman said: 'Strikes in schools are hugely disruptive for children and their parents, and we urge both sides to resolve this dispute.'

Talks at Acas broke down on Friday, according to the union.
""",
        entities=[
            E("e1", "Unison", "organization"),
            E("e2", "Larchfield Academies Trust", "organization"),
            E("e3", "Carol Whitmarsh", "person"),
            E("e4", "Leonard Hebden", "person"),
            E("e5", "Joanne Tilsley", "person"),
            E("e6", "Department for Education spokeswoman", "role"),
        ],
        mentions=[
            M("m1", "⟦Unison⟧ says", "e1"),
            M("m2", "⟦The trust⟧, which employs", "e2"),
            M("m3", "Unison branch secretary Carol Whitmarsh", "e3"),
            M("m4", "Trust chief executive Prof Leonard Hebden", "e4"),
            M("m5", "amounts,' ⟦he⟧ said", "e4"),
            M("m6", "⟦He⟧ added", "e4"),
            M("m7", "Parent Joanne Tilsley", "e5"),
            M("m8", "at all,' ⟦she⟧ said", "e5"),
            M("m9", "A Department for Education spokeswoman", "e6"),
            M("m10", "according to ⟦the union⟧", "e1"),
        ],
        quotes=[
            Q("indirect", "a new pay structure will cut the salaries of some of its members by up"
              " to £2,400 a year",
              cue="Unison ⟦says⟧", speaker="m1", stance="FA"),
            Q("indirect", "no one will lose money in the first two years",
              cue="⟦insists⟧", speaker="m2", stance="AF"),
            Q("direct", "Teaching assistants are the people who sit with the child who can't"
              " cope in a class of 32.",
              cue="Whitmarsh ⟦said⟧", speaker="m3", stance="FN"),
            Q("direct", "They are already among the lowest paid staff in any school, and now the"
              " trust wants to take even more off them.",
              cue="Whitmarsh ⟦said⟧", speaker="m3", stance="FA"),
            Q("direct", "Nobody wants to shut a classroom, but our members have been left with"
              " no other option.",
              cue="Whitmarsh ⟦said⟧", speaker="m3", stance="FN"),
            Q("mixed", "the regrading was needed to bring pay into line across its schools, some"
              " of which had used 'different rules for the same job'",
              cue="Leonard Hebden ⟦said⟧", speaker="m4", stance="NF"),
            Q("direct", "It is simply not fair that two people doing identical work in schools"
              " three miles apart are paid different amounts,",
              cue="amounts,' he ⟦said⟧", speaker="m5", stance="NF"),
            Q("direct", "and that is what we are putting right.",
              cue="amounts,' he ⟦said⟧", speaker="m5", stance="NF"),
            Q("indirect", "all eight schools would stay open during the strike, although some"
              " classes might have to be combined",
              cue="He ⟦added⟧", speaker="m6", stance="NN"),
            Q("mixed", "she backed the teaching assistants 'one hundred per cent'",
              cue="Brookmead Primary, ⟦said⟧", speaker="m7", stance="FN"),
            Q("direct", "Without his TA, my son wouldn't be in school at all,",
              cue="at all,' she ⟦said⟧", speaker="m8", stance="FN"),
            Q("direct", "If the trust is trying to save money, it should start with the people at"
              " the top.",
              cue="at all,' she ⟦said⟧", speaker="m8", stance="FA"),
            Q("direct", "Strikes in schools are hugely disruptive for children and their parents,"
              " and we urge both sides to resolve this dispute.",
              cue="spokeswoman ⟦said⟧", speaker="m9", stance="AN"),
            Q("indirect", "Talks at Acas broke down on Friday",
              cue="according to", speaker="m10", stance="NN"),
        ],
    ),
]
