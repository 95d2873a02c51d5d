# Reported speech and organisation / role speakers (train split).
#
# Exec'd by build_pairs.py with its globals (topic, q, F/A/N, P/O/R,
# DIR/IND/MIX).  Written from scratch for sayso; every person, most
# organisations and all events and quotes are fictional.  Where a real body
# appears (Acas, OSHA, the Home Office, a state regulator) it is only a
# setting and the words given to it are invented.
#
# Focus: indirect ("The union said [[...]]") and mixed quotes, speakers that
# are organisations or unnamed roles, implicit stance (conditions, cuts,
# contingency plans, "the offer is fair"), facts offered by interested
# parties (convention 6) and misleading polarity (convention 3).

# ---------------------------------------------------------------------------
# WORKPLACE DISPUTES
# ---------------------------------------------------------------------------

topic("rep-council-contact-centre", "UK", "labour",
      "Staff at Marlowe Borough Council's contact centre in Kettleby walked "
      "out on Tuesday over plans to transfer 230 jobs to the outsourcing firm "
      "Brightline Services, the first of four strike days called by the "
      "Public Services Alliance union.",
      [
          q("Public Services Alliance", O, IND,
            "The union said [[morale at the centre had collapsed since the transfer was announced and that a dozen of its most experienced advisers had quit in the past two months]].",
            {"the walkout": F, "the outsourcing plan": A}),
          q("Marlowe Borough Council", O, MIX,
            "The council said [[it was “disappointed” that staff had walked out and that residents could still report missed bins and potholes online, where everything was working normally]].",
            {"the strike": A}),
          q("council spokeswoman", R, DIR,
            "A spokeswoman for the council added: “[[Handing the service to Brightline saves about £1.4m a year, and every member of staff who transfers keeps their current terms and conditions.]]”",
            {"the outsourcing plan": F}),
          q("shop steward", R, DIR,
            "One shop steward, who has taken calls at the centre for 19 years, said: “[[We're the ones who ring the pensioner back when her heating's gone off. You can't parcel that up and sell it to whoever bids lowest.]]”",
            {"the outsourcing plan": A, "the walkout": F}),
          q("Brightline Services", O, IND,
            "Brightline Services said [[it did not comment on contracts that were still being negotiated]].",
            {"the outsourcing plan": N}),
          q("Joanna Pike", P, MIX,
            "Opposition councillor Joanna Pike said [[the scheme had been “stitched together behind closed doors” and should be paused until an independent review was published]].",
            {"the outsourcing plan": A}),
          q("Ashok Varma", P, IND,
            "Ashok Varma, who chairs the council's scrutiny committee, said [[the committee would examine the contract on 12 March and had invited both union officials and senior officers to give evidence]].",
            {"the outsourcing plan": N, "the walkout": N}),
          q("Graham Tate", P, DIR,
            "Council leader Graham Tate said: “[[I have nothing but admiration for the people on those phones. But we cannot keep paying twice what our neighbours pay for the same service, and a walkout doesn't change the arithmetic.]]”",
            {"the walkout": A, "the outsourcing plan": F}),
      ])

topic("rep-bus-overtime-ban", "UK", "labour",
      "Drivers at Tollgate Buses in Ambervale began an overtime ban on Monday "
      "after turning down a 3.2% pay offer, forcing the operator to cancel "
      "about one in six journeys on its busiest routes.",
      [
          q("Road Transport Workers' Union", O, IND,
            "The Road Transport Workers' Union said [[drivers had been filling vacant shifts on their rest days for more than a year and that the timetable only survived on that goodwill]].",
            {"the overtime ban": F}),
          q("Tollgate Buses", O, MIX,
            "Tollgate Buses said [[the offer was “fair and affordable” and that it had asked the union to let members vote on it a second time]].",
            {"the pay offer": F, "the overtime ban": A}),
          q("Tollgate depot manager", R, DIR,
            "An operations manager at the Ambervale depot said: “[[We've got supervisors back behind the wheel where we can. Most routes are running, and we're posting updates on the app every hour.]]”",
            {"the overtime ban": A}),
          q("bus driver", R, DIR,
            "A driver with 22 years at the depot, who did not want to be named, said: “[[Don't get me wrong, I like overtime, it paid for both my daughters' weddings. But I'm not doing another sixty-hour week so the company can avoid hiring.]]”",
            {"the overtime ban": F}),
          q("Mandy Cole", P, DIR,
            "Mandy Cole, who takes the number 14 to her job at a care home, said: “[[Honestly, I can see both sides of it. I've stopped caring who backs down first, I just want a bus that turns up before eight.]]”",
            {"the overtime ban": N}),
          q("Ambervale County Council spokesman", R, IND,
            "A spokesman for Ambervale County Council, which pays for some of the rural routes, said [[it had no part in the pay talks and was keeping a close eye on school services]].",
            {"the overtime ban": N}),
          q("Priya Shah", P, MIX,
            "Union regional organiser Priya Shah said [[once inflation was counted the 3.2% offer was “a pay cut with a bow on it”]].",
            {"the 3.2% offer": A, "the overtime ban": F}),
          q("Neil Forsyth", P, IND,
            "Transport analyst Neil Forsyth said [[overtime bans at other regional operators had usually lasted between four and eight weeks before a settlement]].",
            {"the overtime ban": N}),
      ])

topic("rep-refinery-lockout", "US", "labour",
      "Calder Energy locked out about 600 union workers at its refinery in "
      "Sabine Point, Texas, early Sunday after members of the Gulf Coast "
      "Refinery Workers union rejected a contract that would raise health "
      "care premiums and cut staffing on overnight shifts.",
      [
          q("Calder Energy", O, DIR,
            "Calder Energy said in a statement: “[[The refinery continues to operate safely with salaried employees and trained replacement crews, and it will do so for as long as necessary.]]”",
            {"the lockout": F}),
          q("Gulf Coast Refinery Workers", O, MIX,
            "The union said [[the company had decided to “padlock the gates on its own people” rather than bargain, and that members were willing to work under the old contract while talks went on]].",
            {"the lockout": A}),
          q("process operator", R, DIR,
            "“[[They want two people doing the work of three on nights, next to units running at 900 degrees. That's not a cost saving, that's a gamble,]]” said a process operator who has worked at the plant for 12 years.",
            {"Calder Energy": A}),
          q("Doug Haney", P, DIR,
            "Calder vice president for refining Doug Haney said: “[[Nobody here takes this step lightly, and we value every one of those operators. But we can't run a refinery on a contract our competitors stopped offering ten years ago.]]”",
            {"the lockout": F}),
          q("Federal Mediation and Conciliation Service", O, IND,
            "The Federal Mediation and Conciliation Service said [[a mediator had met each side separately on Wednesday and that no date had been set for joint talks]].",
            {"the lockout": N, "Calder Energy": N}),
          q("Sabine County emergency management official", R, IND,
            "A Sabine County emergency management official said [[the county had been notified of the staffing change and had no current safety concerns about the site]].",
            {"the lockout": N}),
          q("Alicia Moreno", P, MIX,
            "State Rep. Alicia Moreno, whose district includes the refinery, said [[the lockout was “a bullying tactic” and that she would ask state regulators to review the use of replacement crews]].",
            {"the lockout": A}),
          q("Gene Trahan", P, DIR,
            "Gene Trahan, who runs a diner across the highway from the main gate, said: “[[My lunch crowd's down by half since Sunday. I'm not picking a side. Company, union, whoever, just get back in a room.]]”",
            {"the lockout": N}),
      ])

topic("rep-warehouse-heat-walkout", "US", "labour",
      "About 300 workers at a FreshCart grocery distribution center in "
      "Westbrook, Illinois, walked off their shifts Thursday afternoon, "
      "saying the building had become dangerously hot during a week of "
      "record temperatures.",
      [
          q("Warehouse Justice Coalition", O, IND,
            "The Warehouse Justice Coalition, which has been organizing at the site, said [[temperatures on the loading dock had topped 100 degrees on three days that week and two workers had been taken to the hospital]].",
            {"the walkout": F}),
          q("FreshCart", O, DIR,
            "FreshCart said in a statement: “[[We have added fans and cooling stations and lengthened breaks for the duration of the heat wave. Deliveries to our stores are running on schedule.]]”",
            {"the walkout": A}),
          q("FreshCart spokesperson", R, MIX,
            "A FreshCart spokesperson said [[the company respected every worker's right to raise concerns but that the walkout had been “orchestrated by outside activists” with their own agenda]].",
            {"the walkout": A}),
          q("forklift driver", R, DIR,
            "“[[They gave us a fan the size of a dinner plate and a poster about drinking water. The managers' office upstairs has air conditioning,]]” said a forklift driver who asked that his name not be used.",
            {"FreshCart": A, "the walkout": F}),
          q("Occupational Safety and Health Administration", O, IND,
            "The Occupational Safety and Health Administration said [[it had opened an inspection at the facility and would not comment while it was under way]].",
            {"the walkout": N, "FreshCart": N}),
          q("Tom Hadley", P, IND,
            "Westbrook Mayor Tom Hadley said [[he had spoken with the site's general manager and hoped the workers and the company could settle the matter quickly]].",
            {"the walkout": N}),
          q("Keisha Barnes", P, DIR,
            "Keisha Barnes, a picker who stayed on shift, said: “[[I didn't walk out because I'm three months from qualifying for health insurance. But half my aisle was throwing up on Tuesday, and everybody in there knows it.]]”",
            {"the walkout": F}),
          q("Ron Patel", P, MIX,
            "Ron Patel, who owns two FreshCart franchise stores supplied from the center, said [[his shelves were “half empty” by Friday and that the protest was hurting the wrong people]].",
            {"the protest": A}),
      ])

topic("rep-port-pension-strike", "UK", "labour",
      "Crane operators and dock workers at the Port of Holmsea will strike "
      "for five days from next Wednesday in a row over changes to their "
      "pension scheme, the Dock and Maritime Union said after 87% of members "
      "backed action.",
      [
          q("Dock and Maritime Union", O, IND,
            "The union said [[the changes would leave a docker retiring in 2040 about £4,000 a year worse off than under the current scheme]].",
            {"the strike": F, "the pension changes": A}),
          q("Holmsea Port Holdings", O, MIX,
            "Holmsea Port Holdings said [[the scheme faced a £90m deficit and that reform was “the only responsible way” to keep it open to current members]].",
            {"the pension changes": F}),
          q("port spokesman", R, IND,
            "A port spokesman added that [[contingency plans were ready and most container traffic would be diverted to partner terminals for the duration of the stoppage]].",
            {"the action": A}),
          q("crane operator", R, DIR,
            "A crane operator of 16 years, speaking at the main gate, said: “[[I planned my whole life round that pension. They've changed the rules halfway through the match and then act surprised that we're angry.]]”",
            {"the pension changes": A, "the strike": F}),
          q("Moira Banks", P, MIX,
            "Moira Banks of the Freight Shippers' Association said [[a five-day stoppage would leave “weeks of backlog” for exporters and urged the union to go back to talks]].",
            {"the industrial action": A}),
          q("Greg Holloway", P, DIR,
            "Local MP Greg Holloway said: “[[The board has a genuine deficit to deal with, and the people on that quay were made a promise. I'm not taking sides. I want both of them round a table before Wednesday.]]”",
            {"the pension changes": N}),
          q("Acas", O, IND,
            "Acas said [[it had invited both parties to separate meetings on Friday morning]].",
            {"the strike": N, "the pension changes": N}),
          q("haulier", R, DIR,
            "One haulier waiting outside the terminal said: “[[I'm with the dockers on this. I won't cross their line, even if it costs me a week's work.]]”",
            {"the strike": F}),
      ])

topic("rep-coffee-union-sit-in", "US", "labour",
      "Baristas from eight Bluebird Coffee stores in Portland staged a sit-in "
      "at the chain's regional office on Monday, demanding that the company "
      "recognize their union without a drawn-out election.",
      [
          q("Cafe Workers United", O, MIX,
            "Cafe Workers United said [[a majority at all eight stores had signed union cards and that the company was “running out the clock” by insisting on a vote]].",
            {"union recognition": F, "the sit-in": F}),
          q("Bluebird Coffee", O, DIR,
            "Bluebird Coffee said in a statement: “[[A secret-ballot election is the fairest way for our partners to make this choice, and we have already filed a petition with the labor board.]]”",
            {"union recognition": A}),
          q("Bluebird spokesperson", R, MIX,
            "A Bluebird spokesperson said [[the sit-in had been “peaceful but disruptive” and that office employees had been sent home for the day]].",
            {"the sit-in": A}),
          q("shift supervisor", R, DIR,
            "A shift supervisor from the Hawthorne store who took part in the sit-in said: “[[We close at nine and we're still mopping at ten thirty because they cut closing crews to two people. Nobody upstairs has ever had to do that math.]]”",
            {"the sit-in": F}),
          q("Portland police spokesperson", R, IND,
            "A Portland police spokesperson said [[officers had attended but made no arrests and the protesters left the building on their own at 6 p.m.]]",
            {"the sit-in": N}),
          q("National Labor Relations Board", O, IND,
            "The National Labor Relations Board's regional office said [[it had received the company's petition and expected to schedule a hearing within two weeks]].",
            {"union recognition": N}),
          q("Harold Jensen", P, DIR,
            "Harold Jensen, a regular at the Hawthorne store for a decade, said: “[[I'm all for people organizing. But walking into somebody's office and refusing to leave isn't how you win people over.]]”",
            {"the sit-in": A}),
          q("Dana Whitfield", P, MIX,
            "City Commissioner Dana Whitfield said [[Bluebird should “honor the cards and come to the table”]].",
            {"union recognition": F, "Bluebird Coffee": A}),
          q("Kenji Moto", P, IND,
            "Labor law professor Kenji Moto of Cascade State University said [[employers were entitled to insist on an election and most large chains in the industry had done so]].",
            {"union recognition": N}),
      ])

topic("rep-passport-office-closure", "UK", "labour",
      "Staff at the passport processing office in Redmarsh staged a lunchtime "
      "walkout on Thursday against Home Office plans to shut the site and "
      "move its 410 jobs to Sheffield and Glasgow by 2027.",
      [
          q("Home Office spokesman", R, DIR,
            "A Home Office spokesman said: “[[No decisions on individual roles have been taken. We will support every member of staff through the change, with relocation or redeployment offered wherever possible.]]”",
            {"the closure": F}),
          q("Civil Service Staff Association", O, DIR,
            "The Civil Service Staff Association said in a statement: “[[More than 300 of these staff live within ten miles of the office. Hardly any of them can uproot their families to Sheffield or Glasgow.]]”",
            {"the closure": A, "the walkout": F}),
          q("passport examiner", R, MIX,
            "A passport examiner, who did not want to be named, said [[the closure would be “the end of the last decent employer in town” and that staff had first read about it in the local paper]].",
            {"the closure": A}),
          q("Lorraine Fenwick", P, MIX,
            "Redmarsh MP Lorraine Fenwick said [[she would raise the plan in the Commons and called it “levelling down with a press release”]].",
            {"the closure": A}),
          q("Home Office", O, IND,
            "The department said [[the move would save £6m a year in rent and bring passport work together in two larger, modern hubs]].",
            {"the closure": F}),
          q("union representative", R, IND,
            "A union representative at the site said [[the walkout would last an hour and a second one was planned for the following Thursday]].",
            {"the walkout": F}),
          q("Fiona Caird", P, IND,
            "Fiona Caird, an economist at the Northern Policy Unit, said [[public-sector jobs made up roughly a quarter of all employment in Redmarsh]].",
            {"the closure": N}),
          q("Home Office spokeswoman", R, IND,
            "A spokeswoman for the department said [[applications were being processed within normal timescales and the protest had caused no delays for customers]].",
            {"the protest": A}),
      ])

# ---------------------------------------------------------------------------
# COMMUNITY AND CONSUMER DISPUTES
# ---------------------------------------------------------------------------

topic("rep-appliance-plant-closure", "US", "business",
      "Hollis Appliance Co. will close its washing machine plant in Dunmore, "
      "Indiana, next spring and shift production to Mexico, cutting 740 jobs "
      "in a town of about 9,000 people, the company announced Tuesday.",
      [
          q("Hollis Appliance", O, MIX,
            "The company said [[the decision was “painful but necessary” after three straight years of losses at the plant]].",
            {"the closure": F}),
          q("Hollis spokesperson", R, IND,
            "A Hollis spokesperson said [[workers would receive a week's severance pay for every year of service and help finding new jobs]].",
            {"the closure": F}),
          q("Local 318", O, DIR,
            "United Steel and Appliance Workers Local 318 said in a statement: “[[This plant hit every productivity target it was ever given. Our members took a wage freeze in 2021 to keep it open.]]”",
            {"the closure": A}),
          q("assembler", R, DIR,
            "“[[My dad worked here, my uncle worked here. I've got a mortgage and two kids at the school down the road, and they're telling me a dryer is cheaper to build in Monterrey,]]” said an assembler who has been at the plant for 14 years.",
            {"the closure": A}),
          q("Ellen Burkhart", P, MIX,
            "Dunmore Mayor Ellen Burkhart said [[the town would “fight for every one of those jobs”]] and had asked the state to help find a buyer for the site.",
            {"the closure": A}),
          q("Indiana Economic Development Corporation", O, IND,
            "The Indiana Economic Development Corporation said [[it had been in touch with the company and would offer retraining through its regional workforce office]].",
            {"the closure": N}),
          q("Rick Tanaka", P, DIR,
            "“[[U.S. appliance makers have moved about a third of their capacity to Mexico since 2015. Hollis is one of the last of the mid-sized firms to do it,]]” said Rick Tanaka, an industry analyst at Meridian Research.",
            {"the closure": N, "Hollis Appliance": N}),
          q("Roger Pike", P, MIX,
            "State Sen. Roger Pike said [[he regretted the lost jobs but that the company had been “straight with this town” and could not be expected to keep a money-losing plant running]].",
            {"the closure": F, "Hollis Appliance": F}),
      ])

topic("rep-riverfront-stadium", "US", "sport",
      "The Calloway County Commission will vote next month on a plan to "
      "borrow $600 million in public bonds for a new riverfront stadium for "
      "the Riverton Comets, who have warned they may leave when their lease "
      "runs out in 2028.",
      [
          q("Riverton Comets", O, DIR,
            "The Comets said in a statement: “[[This stadium will host at least 40 events a year on top of football and support about 3,000 construction jobs.]]”",
            {"the stadium plan": F}),
          q("Riverton Taxpayers Alliance", O, MIX,
            "The Riverton Taxpayers Alliance said [[the bonds were “a $600 million gift to a billionaire” and that the county should put the deal to a public vote]].",
            {"the stadium plan": A, "a public vote": F}),
          q("Calloway County Office of Budget and Management", O, IND,
            "The county's Office of Budget and Management said [[repaying the bonds would cost about $38 million a year for 30 years]].",
            {"the stadium plan": N}),
          q("Angela Ruiz", P, DIR,
            "Commissioner Angela Ruiz said: “[[I'm a Comets fan, I own the jersey. But I can't tell a mother on Elm Street that her bus route is being cut while we pay for luxury suites.]]”",
            {"the stadium plan": A}),
          q("Riverside resident", R, IND,
            "A longtime resident of the Riverside neighborhood, where the stadium would go, said [[she had not made up her mind, because the project might bring jobs to the area but could also push rents up]].",
            {"the stadium plan": N}),
          q("Laura Benning", P, IND,
            "Sports economist Laura Benning of Ridgeway College said [[studies of publicly financed stadiums had generally found little lasting effect on local growth]].",
            {"the stadium plan": N}),
          q("Grant Whitaker", P, MIX,
            "Comets owner Grant Whitaker said [[the team wanted to stay in Riverton but “cannot play another decade” in its current ballpark]].",
            {"the stadium plan": F}),
          q("Bill Ostrander", P, IND,
            "Commission chair Bill Ostrander said [[a referendum would push the project past the lease deadline and was not needed because commissioners were elected to make exactly this kind of decision]].",
            {"a public vote": A, "the stadium plan": F}),
      ])

topic("rep-maternity-unit-move", "UK", "health",
      "Campaigners marched through Kelsby on Saturday against plans by the "
      "Northfold Hospitals NHS Trust to move consultant-led maternity care "
      "from Kelsby General to Brayford Royal, 28 miles away.",
      [
          q("Northfold Hospitals NHS Trust", O, IND,
            "The trust said [[it could not safely staff two consultant-led units and that mothers would be better cared for by one larger team]].",
            {"the maternity move": F}),
          q("trust spokeswoman", R, MIX,
            "A spokeswoman for the trust said [[a midwife-led unit would stay in Kelsby and that the change was “about safety, not savings”]].",
            {"the maternity move": F}),
          q("Keep Kelsby Births", O, DIR,
            "The campaign group Keep Kelsby Births said: “[[About 2,500 people marched today. In winter, an ambulance transfer to Brayford can take more than an hour.]]”",
            {"the maternity move": A}),
          q("Kelsby midwife", R, DIR,
            "A midwife at Kelsby General, who did not want to be named, said: “[[We've been running on agency staff for two years and everyone is shattered. But the answer is to fund us properly, not to put a woman in labour in an ambulance on the A-road.]]”",
            {"the maternity move": A}),
          q("Daniel Orme", P, MIX,
            "Kelsby MP Daniel Orme said [[he would wait for the consultation to close before taking a view, but wanted the trust to publish its “full workings” on travel times]].",
            {"the maternity move": N}),
          q("Care Quality Commission", O, IND,
            "The Care Quality Commission said [[its most recent inspection had found that maternity care at Kelsby General required improvement]].",
            {"the maternity move": N}),
          q("Hannah Price", P, DIR,
            "Hannah Price, who was transferred from Kelsby to Brayford Royal during her labour last year, said: “[[I know people love Kelsby, and so did I. But when things went wrong, every specialist I needed was in Brayford, and I'm glad that's where I ended up.]]”",
            {"the maternity move": F}),
          q("Healthwatch Northfold", O, IND,
            "Healthwatch Northfold said [[it would hold three public meetings before the trust board took its final decision in June]].",
            {"the maternity move": N, "the trust": N}),
      ])

topic("rep-bank-branch-closure", "UK", "business",
      "Northmoor Bank will close its branch in Little Ashby on 14 November, "
      "leaving the market town of 6,000 people without a bank, the company "
      "confirmed on Wednesday.",
      [
          q("Northmoor Bank", O, IND,
            "Northmoor Bank said [[nine in ten of the branch's customers already banked online or by phone and that visits had fallen by 60% in five years]].",
            {"the closure": F}),
          q("Northmoor Bank spokesman", R, MIX,
            "A spokesman for the bank said [[customers could use the post office on the high street for “most everyday banking”]].",
            {"the closure": F}),
          q("pensioner", R, DIR,
            "“[[I haven't got a smartphone and I don't want one. So where am I meant to pay my pension in?]]” asked one pensioner queuing outside the branch on Wednesday.",
            {"the closure": A}),
          q("Little Ashby Town Council", O, MIX,
            "Little Ashby Town Council said [[the decision was “a slap in the face” for older residents and small traders]] and that it would press for a shared banking hub.",
            {"the closure": A}),
          q("butcher", R, DIR,
            "The owner of a butcher's shop on the market square said: “[[Now I'll be driving eleven miles twice a week just to pay my takings in.]]”",
            {"the closure": A}),
          q("Linkpoint", O, IND,
            "The cash access network Linkpoint said [[it would assess the town's needs within eight weeks and then decide whether a banking hub should open]].",
            {"the closure": N, "a banking hub": N}),
          q("Susan Greaves", P, DIR,
            "Local MP Susan Greaves said: “[[I'm no fan of branch closures, and I've fought a few. But with fewer than forty people a day coming through that door, I can't honestly tell the bank it's got this one wrong.]]”",
            {"the closure": F}),
          q("Cash Matters", O, IND,
            "The campaign group Cash Matters said [[more than 400 towns had lost their last branch since 2020 and the rules meant to protect access to cash were failing]].",
            {"the closure": A}),
      ])

topic("rep-festival-licence", "UK", "councils",
      "Wyndham councillors will decide on Tuesday whether to license "
      "Fieldsong, a three-day music festival for up to 25,000 people on "
      "farmland outside the village of Esterby, after more than 300 "
      "objections were lodged.",
      [
          q("Fieldsong", O, IND,
            "Fieldsong's organisers said [[the event would bring about £3m into the local economy and that noise would be measured at every home within a mile of the site]].",
            {"the festival licence": F}),
          q("Esterby Residents' Association", O, MIX,
            "The Esterby Residents' Association said [[the village's single-track lanes were “simply not built” for 25,000 visitors and that ambulances could be left stuck behind festival traffic]].",
            {"the festival licence": A}),
          q("Wyndham Police", O, IND,
            "Wyndham Police said [[it had withdrawn its objection after the organisers agreed to pay for extra officers and a traffic management plan]].",
            {"the festival licence": N}),
          q("council licensing officer", R, IND,
            "The council's licensing officer said [[the committee could attach conditions on hours, noise and numbers if it decided to grant the licence]].",
            {"the festival licence": N}),
          q("Tom Blackwood", P, DIR,
            "Tom Blackwood, whose family farms the land next to the site, said: “[[It's three days a year. My kids have grown up in a village with nothing for teenagers to do, and this is finally something.]]”",
            {"the festival licence": F}),
          q("retired teacher", R, DIR,
            "A retired teacher who has lived in Esterby for 30 years said: “[[I love live music, I went to festivals myself in the seventies. But I didn't move to a village of 400 people to have 25,000 of them in the field behind my garden.]]”",
            {"the festival": A}),
          q("Esterby Arms landlord", R, IND,
            "The landlord of the Esterby Arms said [[last summer's smaller event had given the pub its busiest weekend in ten years]].",
            {"the festival licence": F}),
          q("Esterby Parish Council", O, MIX,
            "Esterby Parish Council said [[it was “not against events in principle” but wanted any licence capped at 10,000 people]].",
            {"the festival licence": A}),
      ])

topic("rep-water-utility-fines", "US", "business",
      "State regulators fined Clearwater Utilities $2.4 million on Monday for "
      "repeated drinking water violations in Harlan Springs, Missouri, two "
      "weeks after the company asked to raise customer rates by 22 percent.",
      [
          q("Missouri Department of Natural Resources", O, IND,
            "The Missouri Department of Natural Resources said [[the company had exceeded limits for disinfection byproducts in 11 of the past 16 quarters]].",
            {"the fines": N}),
          q("Clearwater Utilities", O, MIX,
            "Clearwater Utilities said [[the penalty was “out of all proportion” and that it would appeal, adding that the water had never posed an immediate health risk]].",
            {"the fines": A}),
          q("Clearwater spokesman", R, IND,
            "A company spokesman said [[the rate increase would pay for a $90 million treatment plant that would fix the problems the state had identified]].",
            {"the rate increase": F}),
          q("Harlan Springs Water Watch", O, DIR,
            "Harlan Springs Water Watch, a residents' group, said: “[[Families here have been buying bottled water for two years. They should not be asked to pay more to clean up the company's failures.]]”",
            {"the rate increase": A}),
          q("Harlan Springs mother", R, DIR,
            "“[[It comes out of the tap smelling like a swimming pool, and now they want twenty-two percent more for it? Fine them. Fine them every quarter until it's fixed,]]” a mother of three told a public hearing on Tuesday.",
            {"the fines": F, "the rate increase": A}),
          q("Missouri Public Service Commission", O, IND,
            "The Missouri Public Service Commission said [[it would hold evidentiary hearings on the rate request in September and expected to rule early next year]].",
            {"the rate increase": N}),
          q("Office of the Public Counsel", O, MIX,
            "The state's Office of the Public Counsel said [[it would oppose any increase “until customers have water they can trust”]].",
            {"the rate increase": A}),
          q("Heartland Water Providers Association", O, IND,
            "The Heartland Water Providers Association said [[aging pipes and new federal standards were pushing up costs for every provider in the state, not just Clearwater]].",
            {"the rate increase": F}),
          q("Dennis Oakley", P, IND,
            "Harlan Springs Mayor Dennis Oakley said [[the city had no say over the company's rates but had asked it to meet residents at a town hall]].",
            {"the rate increase": N}),
      ])

topic("rep-elementary-school-merger", "US", "education",
      "The Pine Hollow School Board voted 4-3 Tuesday night to merge Lincoln "
      "and Garfield elementary schools next fall, closing the Garfield "
      "building and moving about 310 students to Lincoln, 2.5 miles away.",
      [
          q("Pine Hollow School District", O, IND,
            "The Pine Hollow School District said [[enrollment at the two schools had dropped by a third since 2015 and the merger would save about $1.1 million a year]].",
            {"the merger": F}),
          q("district spokeswoman", R, MIX,
            "A district spokeswoman said [[no teacher would lose a job and that class sizes at the combined school would stay “comfortably within state guidelines”]].",
            {"the merger": F}),
          q("Save Garfield", O, MIX,
            "Save Garfield, a parents' group, said [[the board had “brushed aside hundreds of families” who spoke against the plan and that it was weighing a legal challenge]].",
            {"the merger": A, "the school board": A}),
          q("Garfield teacher", R, DIR,
            "A Garfield teacher who asked not to be named because she was not authorized to speak said: “[[Half my kids walk to school. Next year they'll be on a bus forty minutes each way, and some of them just won't come.]]”",
            {"the merger": A}),
          q("Carla Jennings", P, DIR,
            "Board member Carla Jennings, who voted yes, said: “[[I didn't join this board to shut a school, and tonight didn't feel good. But we were heating a half-empty building when that money could have paid for reading specialists.]]”",
            {"the merger": F}),
          q("Luis Ferreira", P, IND,
            "Board member Luis Ferreira, who voted no, said [[the district had not properly studied the new bus routes and the vote should have waited until spring]].",
            {"the merger": A}),
          q("Pine Hollow Education Association", O, IND,
            "The Pine Hollow Education Association said [[it would negotiate the transfer of Garfield staff with the district over the summer]].",
            {"the merger": N}),
          q("state Department of Education", O, IND,
            "The state Department of Education said [[decisions on consolidating schools were made locally and it had no role in approving them]].",
            {"the merger": N, "the school board": N}),
          q("Tanya Morales", P, DIR,
            "Tanya Morales, whose son attends Lincoln, said: “[[The combined school will finally be big enough for a full-time art teacher. Lincoln lost ours three years ago.]]”",
            {"the merger": F}),
      ])
