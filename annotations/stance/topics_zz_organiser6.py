# Sixth-pass topics for the sayso stance pairs (train split, slugs "o6-*").
#
# Exec'd by build_pairs.py with its globals (topic, q, F/A/N, P/O/R,
# DIR/IND/MIX).  No slug here is named in SPLIT_ASSIGNMENT, so every pair is
# train.  Written from scratch: every person, union, company, campaign group,
# town and quote is fictional.  Where a real body is named (Acas, the
# Workplace Relations Commission, the Fair Work Commission, the Federal
# Mediation and Conciliation Service) it is only a setting and the words given
# to it are invented.
#
# Emphasis: convention 12 of the README, "the organiser's own action is favor
# that action".  When the party that takes an action (a union for its strike,
# ballot, overtime ban, work-to-rule or picket; an employer for its own
# lockout; campaigners for their own protest, boycott, petition or legal
# challenge) announces it, names its dates or threatens it under a condition,
# the quote is favor that action and usually against the thing the action is
# over.  Turnout, figures and logistics (pickets, cover, buses booked) stay
# neutral toward the action, from the organiser too, as in the seed gold; 16
# such pairs were relabelled favor -> neutral on review.  Each topic pairs such
# organiser quotes with contrast items: the same kind of fact from the
# employer, a mediator, a council, a regulator or a business group (neutral
# toward the action), employer regret or criticism (against), genuinely open
# conditionals from undecided people (neutral), and a few ordinary opinions.

# ---------------------------------------------------------------------------
# UK
# ---------------------------------------------------------------------------

topic("o6-tram-drivers-strike", "UK", "labour",
      "Tram drivers on the Northbrook Supertram network will strike for 48 "
      "hours from Monday after rejecting a 3.2% pay offer, the Tramway and "
      "Light Rail Staff Association (TLRSA) said.",
      [
          q("Tramway and Light Rail Staff Association", O, IND,
            "The association has announced [[a 48-hour strike from 4am on Monday]], its first on the network since 2011.",
            {"the strike": F, "the 3.2% pay offer": A}),
          q("Gary Ainscough", P, MIX,
            "Gary Ainscough, the association's regional organiser, said [[about 310 drivers would be on picket lines at the Hillcar and Dunmore depots “from first light”]].",
            {"the strike": N}),
          q("Northbrook Supertram", O, IND,
            "Northbrook Supertram said [[no trams would run on either day and that replacement buses would leave the Dunmore interchange every 20 minutes]].",
            {"the strike": N, "the 3.2% pay offer": N}),
          q("Angela Rourke", P, MIX,
            "Supertram's managing director, Angela Rourke, said [[the company was “disappointed” that the association had chosen to disrupt passengers when a fair offer was on the table]].",
            {"the strike": A, "the 3.2% pay offer": F}),
          q("Tramway and Light Rail Staff Association", O, IND,
            "The TLRSA also threatened [[further walkouts over the Easter weekend]] if the company did not return with an improved offer.",
            {"the strike": F, "the 3.2% pay offer": A}),
          q("Acas", O, IND,
            "The conciliation service Acas said [[talks between the two sides would resume at its regional office on Thursday]].",
            {"the strike": N, "the 3.2% pay offer": N}),
          q("Priya Mistry", P, DIR,
            "Priya Mistry, who commutes in from Dunmore, said: “[[Fair play to them, honestly. Their wages have hardly moved while my fare has gone up twice.]]”",
            {"the strike": F}),
      ])

topic("o6-porters-overtime-ban", "UK", "labour",
      "Porters and domestic staff at Wexcombe General Hospital will refuse "
      "all overtime from next month in a dispute over a new shift rota, the "
      "union Unity Health Workers said.",
      [
          q("Unity Health Workers", O, IND,
            "Unity Health Workers announced [[an overtime ban starting on 3 March]], covering about 240 porters and domestics.",
            {"the overtime ban": F, "the new rota": A}),
          q("Denise Okafor", P, IND,
            "Branch secretary Denise Okafor said [[the ban would cover all weekend and bank-holiday shifts, and that members would still answer emergency calls from theatres]].",
            {"the overtime ban": N}),
          q("Wexcombe Hospitals NHS Trust", O, IND,
            "The trust said [[it had booked agency porters for weekend shifts and that outpatient clinics would run as planned]].",
            {"the overtime ban": N}),
          q("chief operating officer", R, DIR,
            "The trust's chief operating officer said: “[[The new rota was agreed with staff representatives last year. It is regrettable that patients may now face delays.]]”",
            {"the overtime ban": A, "the new rota": F}),
          q("Denise Okafor", P, IND,
            "Okafor added that [[the union would open a strike ballot the day management introduced the rota on 1 April]].",
            {"strike action": F, "the new rota": A}),
          q("hospital porter", R, DIR,
            "A porter with 14 years' service said: “[[Nights, then days, then nights again inside a week. I'm 58. My body can't do it any more.]]”",
            {"the new rota": A, "the overtime ban": F}),
          q("Martin Hale", P, IND,
            "Martin Hale, who chairs the Wexcombe patients' forum, said [[the forum would judge the ban by whether patients waited longer for beds, and had so far seen no evidence either way]].",
            {"the overtime ban": N}),
      ])

topic("o6-university-redundancies-ballot", "UK", "labour",
      "Staff at the University of Kestrel Bay face the loss of up to 180 jobs "
      "under a cost-cutting plan, and the Academic and Professional Staff "
      "Union (APSU) says it is preparing to fight it.",
      [
          q("APSU Kestrel Bay branch", O, IND,
            "The APSU branch said [[members would be balloted on strikes the moment a single colleague was made compulsorily redundant]].",
            {"strike action": F, "the job cuts": A}),
          q("Helen Marwick", P, MIX,
            "Dr Helen Marwick, the branch president, said [[members were “ready to walk out” the day a single compulsory notice was issued]].",
            {"strike action": F, "compulsory redundancies": A}),
          q("University of Kestrel Bay", O, IND,
            "The university said [[a 45-day consultation on the proposals would begin on 12 May]].",
            {"strike action": N}),
          q("Graham Petrie", P, DIR,
            "Vice-chancellor Graham Petrie said: “[[Nobody wants to lose colleagues. But we cannot keep spending £14m a year more than we earn, and industrial action would only deepen the hole.]]”",
            {"strike action": A, "the job cuts": F}),
          q("Kestrel Bay Students' Union", O, IND,
            "The students' union said [[it would decide whether to back any strike once the result of a ballot was known]].",
            {"strike action": N}),
          q("Helen Marwick", P, MIX,
            "Marwick said [[the ballot papers had already been printed and would “go out the morning the first compulsory notice lands”]].",
            {"strike action": F, "compulsory redundancies": A}),
          q("marine biology lecturer", R, DIR,
            "A lecturer in marine biology said: “[[They found £3m for a new branding campaign last year. Forgive me if I don't believe the cupboard is bare.]]”",
            {"the job cuts": A}),
      ])

topic("o6-gritting-crews-walkout", "UK", "labour",
      "Road maintenance and gritting crews employed by Castlebridge County "
      "Council will walk out for a fortnight from 18 January over the removal "
      "of a winter standby allowance, the Civic and Transport Workers' Union "
      "(CTWU) said.",
      [
          q("Civic and Transport Workers' Union", O, IND,
            "The union named [[strike dates of 18 to 31 January]] and said formal notice had been served on the council.",
            {"the walkout": F, "the removal of the standby allowance": A}),
          q("Craig Bellamy", P, IND,
            "Regional officer Craig Bellamy said [[83% of members had voted for action on a 71% turnout]].",
            {"the walkout": N}),
          q("Castlebridge County Council", O, IND,
            "The council said [[priority routes to the hospital, fire stations and bus garages would still be gritted by managers and contractors during the walkout]].",
            {"the walkout": N}),
          q("Jim Harcourt", P, IND,
            "Council leader Jim Harcourt said [[the allowance was a relic of another era, the council had offered a fair alternative, and walking out in the coldest weeks of the year put residents at risk]].",
            {"the walkout": A, "the removal of the standby allowance": F}),
          q("gritter driver", R, DIR,
            "A gritter driver said: “[[You're on call every night from November to March. You can't have a drink, you can't go away. That allowance was the only thing that made it bearable.]]”",
            {"the removal of the standby allowance": A, "the walkout": F}),
          q("Castlebridge Chamber of Commerce", O, IND,
            "The chamber of commerce said [[it had sent members the council's list of priority routes and depot opening times for the fortnight]].",
            {"the walkout": N}),
          q("Craig Bellamy", P, MIX,
            "Bellamy said [[crews would stage “a second and longer walkout in February” unless the allowance was restored]].",
            {"the walkout": F, "the removal of the standby allowance": A}),
      ])

topic("o6-airport-security-strike", "UK", "labour",
      "Security screeners at Inverlochy Airport are to strike over the Easter "
      "holidays after rejecting a pay deal from the airport's operator, "
      "Highland Gateway Airports.",
      [
          q("Aviation and Services Union", O, IND,
            "The Aviation and Services Union announced [[four days of strike action over the Easter weekend]].",
            {"strike action": F, "the pay deal": A}),
          q("Fiona McAllister", P, IND,
            "Organiser Fiona McAllister said [[about 160 screeners would take part and that a rally would be held outside the terminal at noon on Good Friday]].",
            {"strike action": N}),
          q("Highland Gateway Airports", O, IND,
            "Highland Gateway Airports said [[passengers should allow an extra hour for security on the strike days and check with their airline before travelling]].",
            {"strike action": N}),
          q("Alan Dunbar", P, MIX,
            "Chief executive Alan Dunbar said [[the strike was “wholly unnecessary” given that the deal was worth 9% over two years]].",
            {"strike action": A, "the pay deal": F}),
          q("Fiona McAllister", P, IND,
            "McAllister said [[screeners would strike again over the summer holidays if they heard nothing from the company by the end of the month]].",
            {"strike action": F, "the pay deal": A}),
          q("Hamish Rennie", P, DIR,
            "Travel agent Hamish Rennie said: “[[I'm not blaming anybody until I know the facts. What I need is for somebody to tell my customers whether they'll get through security.]]”",
            {"strike action": N}),
      ])

topic("o6-rail-guards-overtime-ban", "UK", "labour",
      "Guards on Wessex Coast Railway will refuse rest-day working from Sunday "
      "in a dispute over plans to run more trains without a guard on board.",
      [
          q("Railway Operating Staff Union", O, IND,
            "The Railway Operating Staff Union said [[its ban on rest-day working would begin on Sunday and run until further notice]].",
            {"the overtime ban": F, "driver-only operation": A}),
          q("Terry Holloway", P, DIR,
            "General secretary Terry Holloway said: “[[A guard is the person who helps a wheelchair user off at an unstaffed station at eleven at night. Take them off the train and see who's left.]]”",
            {"driver-only operation": A, "the overtime ban": F}),
          q("Wessex Coast Railway", O, IND,
            "Wessex Coast Railway said [[it would run a reduced Sunday timetable with about 60% of normal services, and that Sunday tickets would be valid on Monday]].",
            {"the overtime ban": N}),
          q("Karen Lusted", P, DIR,
            "Managing director Karen Lusted said: “[[We have guaranteed every guard a job. I'm sorry passengers are being dragged into a dispute about a future that protects everyone's employment.]]”",
            {"the overtime ban": A, "driver-only operation": F}),
          q("Wessex Transport Partnership", O, IND,
            "The regional transport partnership said [[Sunday services on the coast line had carried an average of 11,400 passengers a week last year]].",
            {"the overtime ban": N}),
          q("Terry Holloway", P, MIX,
            "Holloway said [[the union would “move straight to a strike ballot” if the company tried to run a single service without a guard]].",
            {"strike action": F, "driver-only operation": A}),
          q("Lucy Farrant", P, DIR,
            "Lucy Farrant of the disability group Access Wessex said: “[[We stand with the guards. Without them, a lot of our members simply can't travel.]]”",
            {"the overtime ban": F, "driver-only operation": A}),
      ])

topic("o6-teaching-assistants-stoppages", "UK", "labour",
      "Teaching assistants in Ashenvale will strike for three days next week "
      "after the county council moved them onto term-time-only contracts, "
      "cutting annual pay by up to £3,000.",
      [
          q("Education Support Staff Union", O, IND,
            "The Education Support Staff Union has unveiled [[a programme of rolling stoppages across 41 primary schools]], beginning with three days next week.",
            {"the stoppages": F, "term-time-only contracts": A}),
          q("Sharon Pike", P, IND,
            "Union convenor Sharon Pike said [[schools would be picketed from 7.30am and that a march would leave the county hall car park at 11]].",
            {"the stoppages": N}),
          q("Ashenvale County Council", O, IND,
            "The council said [[17 schools would close on the strike days and a further nine would open only for pupils with special educational needs]].",
            {"the stoppages": N}),
          q("Robert Gale", P, DIR,
            "Head teacher Robert Gale said: “[[I'll make up my mind when I've seen the council's figures. If the assistants are right about the size of the pay cut, I'll be out on the pavement with them.]]”",
            {"the stoppages": N}),
          q("Paula Crane", P, DIR,
            "Cabinet member for schools Paula Crane said: “[[Most councils in the region moved to term-time contracts years ago. We sympathise, but closing schools hurts the very children these staff care so much about.]]”",
            {"the stoppages": A, "term-time-only contracts": F}),
          q("teaching assistant", R, DIR,
            "A teaching assistant at a Year 2 class said: “[[I'm paid for 39 weeks and I'm making resources all through the holidays. Now they want to take three grand off me.]]”",
            {"term-time-only contracts": A, "the stoppages": F}),
          q("Sharon Pike", P, MIX,
            "Pike said [[members would “keep going into the summer term” unless the council agreed to protect existing staff]].",
            {"the stoppages": F, "term-time-only contracts": A}),
      ])

topic("o6-glantaf-bus-work-to-rule", "UK", "labour",
      "Drivers at Glantaf Buses in south Wales have begun a work-to-rule over "
      "a new disciplinary code that penalises drivers for running late.",
      [
          q("United Road Transport Workers", O, IND,
            "The United Road Transport Workers said [[the work-to-rule would see drivers refuse to start any journey until a full walk-round check of the bus had been completed]].",
            {"the work-to-rule": F, "the disciplinary code": A}),
          q("Rhys Bevan", P, DIR,
            "Union rep Rhys Bevan said: “[[Two warnings for being five minutes late in traffic you didn't cause. That's the code. So we'll do everything by the book, and the book takes time.]]”",
            {"the work-to-rule": F, "the disciplinary code": A}),
          q("Glantaf Buses", O, IND,
            "Glantaf Buses said [[services on its 12 busiest routes were running up to 20 minutes late and that it would post daily updates on its website]].",
            {"the work-to-rule": N}),
          q("Carys Morgan", P, MIX,
            "Managing director Carys Morgan said [[the code was about “basic reliability” and that passengers were being punished for a dispute they had no part in]].",
            {"the work-to-rule": A, "the disciplinary code": F}),
          q("Rhys Bevan", P, MIX,
            "Bevan said [[drivers would “escalate to strike action” if any driver was disciplined under the code while the dispute went on]].",
            {"strike action": F, "the disciplinary code": A}),
          q("Elin Hughes", P, DIR,
            "Student Elin Hughes said: “[[I get why they're doing it, I really do. But I've been late for lectures every day this week and my patience has gone.]]”",
            {"the work-to-rule": A}),
      ])

topic("o6-lido-closure-protest", "UK", "campaign",
      "Campaigners opposed to Penhallow Town Council's plan to close the "
      "seaside town's 1930s lido have announced a march and a petition ahead "
      "of a final vote next month.",
      [
          q("Save Penhallow Lido", O, IND,
            "Save Penhallow Lido announced [[a march from the harbour to the council offices on Saturday 14 June]].",
            {"the protest": F, "the lido closure": A}),
          q("Jenna Trewin", P, IND,
            "Organiser Jenna Trewin said [[more than 600 people had signed up to march and the petition had passed 8,000 signatures]].",
            {"the protest": N, "the lido closure": A}),
          q("Penhallow Town Council", O, IND,
            "The town council said [[the harbour road would be closed to traffic from 10am to 1pm on the day of the march]].",
            {"the protest": N}),
          q("Derek Polglase", P, DIR,
            "Council leader Derek Polglase said: “[[I learned to swim there and I hate this decision. But the pool needs £2.3m of repairs we simply don't have.]]”",
            {"the lido closure": F}),
          q("Jenna Trewin", P, IND,
            "Trewin said [[the campaign would seek a judicial review if councillors voted to close the pool, and had already instructed a solicitor]].",
            {"the legal challenge": F, "the lido closure": A}),
          q("police spokesman", R, IND,
            "A police spokesman said [[officers had met the organisers to agree the route and expected a peaceful day]].",
            {"the protest": N}),
      ])

topic("o6-incinerator-legal-challenge", "UK", "campaign",
      "Residents in Eastling have launched a legal challenge against the "
      "borough council's approval of a 350,000-tonne waste incinerator on the "
      "edge of the town.",
      [
          q("Eastling Clean Air Group", O, IND,
            "Eastling Clean Air Group said [[it had lodged an application for judicial review at the High Court on Tuesday]].",
            {"the legal challenge": F, "the incinerator": A}),
          q("Moira Banfield", P, MIX,
            "The group's chair, Moira Banfield, said [[the case was being paid for with £31,000 raised from “more than 1,200 households”]].",
            {"the legal challenge": N}),
          q("Vantage Energy Recovery", O, MIX,
            "The developer, Vantage Energy Recovery, said [[the challenge was “without merit” and would only delay a plant that would keep waste out of landfill]].",
            {"the legal challenge": A, "the incinerator": F}),
          q("Eastling Borough Council", O, IND,
            "The borough council said [[it had received the claim and would file its response within the 21 days allowed]].",
            {"the legal challenge": N}),
          q("Moira Banfield", P, MIX,
            "Banfield said [[the group would take the case “all the way to the Court of Appeal” if it had to, because “our children breathe this air”]].",
            {"the legal challenge": F, "the incinerator": A}),
          q("Simon Achebe", P, DIR,
            "Local MP Simon Achebe said: “[[I've asked both sides for their evidence on emissions. Until I've read it, I'm not taking a position on the challenge or the plant.]]”",
            {"the legal challenge": N, "the incinerator": N}),
      ])

# ---------------------------------------------------------------------------
# IRELAND
# ---------------------------------------------------------------------------

topic("o6-ballinacourty-crane-stoppage", "UK", "labour",
      "Crane operators at Ballinacourty Port will stage a 24-hour stoppage on "
      "Friday in a dispute over the introduction of remote-controlled cranes, "
      "the Services and Maritime Union (SAMU) said.",
      [
          q("Services and Maritime Union", O, IND,
            "SAMU said [[its 70 crane operators would down tools at 7am on Friday and that no containers would be moved until 7am on Saturday]].",
            {"the stoppage": F, "remote-controlled cranes": A}),
          q("Declan Furlong", P, MIX,
            "Declan Furlong, the union's sector organiser, said [[members would move to “a series of stoppages” if the port company installed the first remote cab next month]].",
            {"the stoppage": F, "remote-controlled cranes": A}),
          q("Ballinacourty Port Company", O, IND,
            "Ballinacourty Port Company said [[three vessels due on Friday had been rescheduled to berth on Saturday and Sunday]].",
            {"the stoppage": N}),
          q("Orla Brennan", P, DIR,
            "Port chief executive Orla Brennan said: “[[Remote cranes are safer, and no operator will lose his job. Shutting the port for a day over technology already used across Europe makes no sense.]]”",
            {"the stoppage": A, "remote-controlled cranes": F}),
          q("Workplace Relations Commission", O, IND,
            "The Workplace Relations Commission said [[it had invited both parties to talks early next week]].",
            {"the stoppage": N, "remote-controlled cranes": N}),
          q("South East Hauliers' Group", O, IND,
            "The South East Hauliers' Group said [[its drivers had been told not to arrive for collections before Saturday morning]].",
            {"the stoppage": N}),
      ])

topic("o6-kilcarran-nurses-work-to-rule", "UK", "labour",
      "Nurses at St Brigid's University Hospital in Kilcarran will begin a "
      "work-to-rule on Monday over staffing in the emergency department.",
      [
          q("Irish Nursing and Midwifery Alliance", O, IND,
            "The Irish Nursing and Midwifery Alliance announced [[a work-to-rule from Monday under which nurses will refuse clerical duties and redeployment to other wards]].",
            {"the work-to-rule": F, "St Brigid's management": A}),
          q("Áine Moloney", P, DIR,
            "Alliance representative Áine Moloney said: “[[Last Tuesday we had 48 patients on trolleys and seven nurses. We've written to management nine times. This is the tenth letter, and it has teeth.]]”",
            {"the work-to-rule": F, "St Brigid's management": A}),
          q("St Brigid's University Hospital", O, IND,
            "The hospital said [[planned procedures would go ahead as scheduled during the work-to-rule and that patients would be contacted directly about any change]].",
            {"the work-to-rule": N}),
          q("regional health service manager", R, DIR,
            "The regional health service manager said: “[[We've hired 22 nurses since January and more are coming. Industrial action at this stage isn't going to speed that up.]]”",
            {"the work-to-rule": A, "St Brigid's management": F}),
          q("Áine Moloney", P, MIX,
            "Moloney said [[nurses would ballot for “full strike action” in the new year if the trolley count did not come down]].",
            {"strike action": F, "St Brigid's management": A}),
          q("Colm Dunphy", P, IND,
            "Patient advocate Colm Dunphy said [[whether the action helped patients would depend on what management did next, and he would wait and see]].",
            {"the work-to-rule": N}),
      ])

topic("o6-clonmara-data-centre-protest", "UK", "campaign",
      "Residents of Clonmara have called a protest outside the county council "
      "offices against plans for a 90-megawatt data centre on farmland north "
      "of the village.",
      [
          q("Clonmara Residents Together", O, IND,
            "Clonmara Residents Together called [[a protest outside the council offices at 6pm on Thursday, when councillors meet to discuss the plan]].",
            {"the protest": F, "the data centre": A}),
          q("Maeve Quirke", P, IND,
            "Organiser Maeve Quirke said [[two buses had been booked from the village and that local farmers would bring their tractors]].",
            {"the protest": N}),
          q("Greyrock Digital", O, MIX,
            "The developer, Greyrock Digital, said [[it respected the right to protest and that the project would bring “200 construction jobs and 40 permanent ones”]].",
            {"the data centre": F}),
          q("Garda spokesperson", R, IND,
            "A Garda spokesperson said [[a traffic plan would be in place around the council offices on Thursday evening]].",
            {"the protest": N}),
          q("Maeve Quirke", P, IND,
            "Quirke said [[the group would lodge a planning appeal within a week if the council granted permission, and had already raised the money for it]].",
            {"the planning appeal": F, "the data centre": A}),
          q("Seán Hogan", P, DIR,
            "Councillor Seán Hogan said: “[[I'm genuinely undecided. If the grid operator confirms there's capacity without blackouts, that changes things. If not, I can't support it.]]”",
            {"the data centre": N}),
      ])

# ---------------------------------------------------------------------------
# UNITED STATES
# ---------------------------------------------------------------------------

topic("o6-stadium-concessions-walkout", "US", "labour",
      "Concession workers at Harbor Point Stadium in Brennan City will walk "
      "off the job before Friday's season opener after contract talks with "
      "the food-service contractor, Apex Venue Services, broke down.",
      [
          q("United Service and Hospitality Workers Local 482", O, IND,
            "Local 482 said [[roughly 650 cooks, cashiers and vendors would begin picketing at the stadium gates at 3 p.m. Friday]].",
            {"the walkout": F, "Apex Venue Services": A}),
          q("Rosa Delgado", P, DIR,
            "Local president Rosa Delgado said: “[[We sell $14 beers and take home $13.50 an hour. Friday, those stands are going to be empty of us.]]”",
            {"the walkout": F, "Apex Venue Services": A}),
          q("Apex Venue Services", O, MIX,
            "Apex said [[it was “disappointed” by the union's decision and that its offer included a raise of $2 an hour over three years]].",
            {"the walkout": A, "Apex Venue Services": F}),
          q("Harbor Point Stadium", O, IND,
            "The stadium said [[gates would open at 5 p.m. as planned and that fans could bring in sealed water bottles and food in clear bags]].",
            {"the walkout": N}),
          q("Rosa Delgado", P, MIX,
            "Delgado said [[workers would “be back out for the whole homestand” if Apex did not return with a better offer]].",
            {"the walkout": F, "Apex Venue Services": A}),
          q("Mike Trainor", P, DIR,
            "Season-ticket holder Mike Trainor said: “[[I'll bring a sandwich. Pay the people who work the game, they've earned it.]]”",
            {"the walkout": F}),
          q("Federal Mediation and Conciliation Service", O, IND,
            "The Federal Mediation and Conciliation Service said [[a mediator was available to both parties but no session had been scheduled]].",
            {"the walkout": N, "Apex Venue Services": N}),
      ])

topic("o6-lakeshore-technicians-strike", "US", "labour",
      "Lab technicians and respiratory therapists at Lakeshore Regional "
      "Medical Center in Millbrook have delivered a 10-day strike notice after "
      "14 months of contract talks.",
      [
          q("Healthcare Professionals Guild", O, IND,
            "The Healthcare Professionals Guild delivered [[notice of a three-day strike beginning at 7 a.m. on Oct. 14]].",
            {"the strike": F, "Lakeshore Regional": A}),
          q("Healthcare Professionals Guild", O, IND,
            "The guild said [[94 percent of the 520 members who voted had authorized the strike]].",
            {"the strike": N}),
          q("Lakeshore Regional Medical Center", O, IND,
            "The hospital said [[patients with appointments on the strike days would be contacted by phone and the emergency department would remain open]].",
            {"the strike": N}),
          q("Gregory Vance", P, IND,
            "Hospital CEO Gregory Vance said [[the raises on offer would put Lakeshore's technicians at the top of the market and a strike would only put patients in the middle]].",
            {"the strike": A, "Lakeshore Regional": F}),
          q("Dana Whitfield", P, DIR,
            "Respiratory therapist Dana Whitfield, a guild steward, said: “[[I covered 31 ventilator patients alone on a night shift in March. That's why I'll be on the line on the 14th.]]”",
            {"the strike": F, "Lakeshore Regional": A}),
          q("county health officer", R, IND,
            "The county health officer said [[ambulances would be diverted to two nearby hospitals only if Lakeshore asked for it]].",
            {"the strike": N}),
      ])

topic("o6-pinecrest-warehouse-lockout", "US", "labour",
      "Grocery distributor Pinecrest Foods has locked out 420 warehouse "
      "workers at its Corliss Falls distribution center after they rejected a "
      "contract that would raise health-care premiums.",
      [
          q("Pinecrest Foods", O, IND,
            "Pinecrest said [[the lockout would remain in place until the union accepted the company's final offer]].",
            {"the lockout": F, "the final offer": F}),
          q("Pinecrest spokesman", R, MIX,
            "A company spokesman said [[replacement workers had been hired “for as long as necessary” and deliveries to stores were running normally]].",
            {"the lockout": N}),
          q("Warehouse and Drivers Local 19", O, MIX,
            "Local 19 said [[the lockout was “a punishment for voting no” and that members would picket the gates around the clock]].",
            {"the lockout": A, "Pinecrest Foods": A}),
          q("Earl Whitaker", P, DIR,
            "Local 19 president Earl Whitaker said: “[[They want us paying $300 a month more for the same insurance. We said no. Now they've shut the doors on us.]]”",
            {"the final offer": A, "the lockout": A}),
          q("state labor department", O, IND,
            "The state labor department said [[locked-out workers could apply for unemployment benefits under a 2019 state law]].",
            {"the lockout": N}),
          q("Brian Castellano", P, MIX,
            "Pinecrest CEO Brian Castellano said [[the doors would reopen “the day they sign, not a day before”]].",
            {"the lockout": F, "the final offer": F}),
          q("Tom Ebersole", P, IND,
            "Independent grocer Tom Ebersole said [[he had no view on the dispute and had seen no gaps on his shelves so far]].",
            {"the lockout": N}),
      ])

topic("o6-whitmore-dining-boycott", "US", "campaign",
      "Students at Whitmore State University have launched a boycott of the "
      "campus dining contractor, Fairway Dining, over its treatment of "
      "cafeteria workers and rising meal-plan prices.",
      [
          q("Student Labor Coalition", O, IND,
            "The Student Labor Coalition announced [[a boycott of all Fairway-run dining halls beginning Monday]].",
            {"the boycott": F, "Fairway Dining": A}),
          q("Jaylen Brooks", P, IND,
            "Organizer Jaylen Brooks said [[volunteers would hand out free lunches from a table outside the student union every weekday at noon]].",
            {"the boycott": N}),
          q("Fairway Dining", O, MIX,
            "Fairway Dining said [[it “values every team member” and pays above the local minimum wage]].",
            {"Fairway Dining": F}),
          q("Whitmore State University", O, IND,
            "The university said [[meal-plan balances would not be refunded during the boycott and would roll over to the spring semester as usual]].",
            {"the boycott": N}),
          q("Jaylen Brooks", P, MIX,
            "Brooks said [[the coalition would take “every signature we've got” to the trustees' meeting if nothing changed by spring break]].",
            {"the boycott": F, "Fairway Dining": A}),
          q("Marisol Ortega", P, DIR,
            "Line cook Marisol Ortega said: “[[I can't say anything about the boycott, I need this job. But I see what those kids are doing for us, and I appreciate it.]]”",
            {"the boycott": F}),
      ])

topic("o6-calder-grad-workers-strike", "US", "labour",
      "Graduate teaching assistants at Calder University say they will strike "
      "at the start of finals week unless the university agrees to a larger "
      "stipend increase.",
      [
          q("Graduate Workers United-Calder", O, IND,
            "The union said [[its 2,300 members would stop grading and teaching from Dec. 8 unless the university raised the minimum stipend to $40,000]].",
            {"the strike": F, "the university's stipend offer": A}),
          q("Aditi Rao", P, MIX,
            "Co-chair Aditi Rao said [[87 percent of eligible members had voted, with “an overwhelming yes”]].",
            {"the strike": N}),
          q("Linda Kowalczyk", P, DIR,
            "Provost Linda Kowalczyk said: “[[We have made a generous offer. Withholding grades from undergraduates who have done nothing wrong is not the way to resolve this.]]”",
            {"the strike": A, "the university's stipend offer": F}),
          q("Calder University", O, IND,
            "The university said [[final exams would take place on the published schedule and that faculty would be responsible for submitting grades]].",
            {"the strike": N}),
          q("Kyle Brandt", P, DIR,
            "Sophomore Kyle Brandt said: “[[I honestly don't know enough to pick a side. I just want to know if my chemistry final is happening.]]”",
            {"the strike": N}),
          q("Aditi Rao", P, IND,
            "Rao said [[picket lines would go up outside the main library and the science quad at 8 a.m. on Dec. 8]] and told members to bring gloves.",
            {"the strike": N}),
      ])

# ---------------------------------------------------------------------------
# CANADA
# ---------------------------------------------------------------------------

topic("o6-boreal-lakes-college-strike", "UK", "labour",
      "Professors and instructors at Boreal Lakes College's five campuses in "
      "northern Ontario will walk out on Monday if no deal is reached on "
      "workload, their union said.",
      [
          q("College Academic Staff Union Local 311", O, IND,
            "The union served [[a 72-hour strike notice on the college on Thursday afternoon]].",
            {"the strike": F}),
          q("Marc Thibodeau", P, MIX,
            "Bargaining chair Marc Thibodeau said [[picket lines would go up at all five campuses “at 7 a.m. sharp” if there was no deal by midnight on Sunday]].",
            {"the strike": F}),
          q("Boreal Lakes College", O, IND,
            "The college said [[classes would be suspended during any strike and that the semester would be extended if needed]].",
            {"the strike": N}),
          q("Denise Lapointe", P, DIR,
            "College president Denise Lapointe said: “[[Our offer matches the rest of the sector. A strike now would cost students a semester they've already paid for.]]”",
            {"the strike": A, "the college's offer": F}),
          q("Marc Thibodeau", P, DIR,
            "Thibodeau said: “[[I teach 140 students a term and mark every paper myself. Cap the sections and we stay in the classroom. It's that simple.]]”",
            {"the strike": F, "the college's offer": A}),
          q("Lise Charbonneau", P, IND,
            "Provincial mediator Lise Charbonneau said [[talks would continue through the weekend at a hotel near the college's main campus]].",
            {"the strike": N, "the college's offer": N}),
      ])

topic("o6-port-alcott-grain-lockout", "UK", "labour",
      "Prairie Coast Grain has locked out 310 workers at its terminal in Port "
      "Alcott, British Columbia, after they staged a one-day strike over "
      "changes to their pension plan.",
      [
          q("Prairie Coast Grain", O, IND,
            "Prairie Coast Grain said [[the lockout took effect at 12:01 a.m. on Saturday and would continue until a new agreement was ratified]].",
            {"the lockout": F}),
          q("Neil Fraser", P, DIR,
            "Vice-president Neil Fraser said: “[[We cannot run a terminal on the basis of surprise walkouts. The lockout gives everyone certainty while we finish bargaining.]]”",
            {"the lockout": F, "the one-day strike": A}),
          q("Grain and Waterfront Workers Local 8", O, IND,
            "The union said [[members would picket the terminal gates in four-hour shifts and hold a rally outside Port Alcott city hall on Wednesday]].",
            {"the picket": N, "the lockout": A}),
          q("Gurpreet Sandhu", P, MIX,
            "Local 8 president Gurpreet Sandhu said [[the company had turned a pension dispute into “a full-blown siege”]].",
            {"the lockout": A, "the pension changes": A}),
          q("Joanne Lévesque", P, IND,
            "Federal labour minister Joanne Lévesque said [[she had appointed two mediators and was monitoring the effect on grain shipments]].",
            {"the lockout": N}),
          q("Western Grain Growers' Association", O, IND,
            "The Western Grain Growers' Association said [[about 14 vessels were waiting at anchor to load at the terminal]].",
            {"the lockout": N}),
      ])

# ---------------------------------------------------------------------------
# AUSTRALIA
# ---------------------------------------------------------------------------

topic("o6-bayside-metro-work-bans", "UK", "labour",
      "Drivers at Bayside Metro Trains will begin protected industrial action "
      "on Wednesday in a pay dispute with the state-owned operator, which is "
      "bound by a 3% public-sector wage cap.",
      [
          q("Rail Operators' Association", O, IND,
            "The Rail Operators' Association notified [[a series of work bans from Wednesday, including a refusal to drive trains with faulty air-conditioning]].",
            {"the industrial action": F, "the 3% wage cap": A}),
          q("Shane Kavanagh", P, IND,
            "Secretary Shane Kavanagh said [[the bans would escalate to four-hour stoppages on 18 and 25 November if the government did not lift the cap]].",
            {"the industrial action": F, "the 3% wage cap": A}),
          q("Bayside Metro Trains", O, IND,
            "Bayside Metro said [[it expected to cancel about one in five peak services on Wednesday and advised passengers to check the journey planner]].",
            {"the industrial action": N}),
          q("Gail Pritchard", P, DIR,
            "Transport minister Gail Pritchard said: “[[The union's own members will be sweltering on platforms with everyone else. These bans are about pay, not air-con, and they should be called off.]]”",
            {"the industrial action": A}),
          q("Fair Work Commission", O, IND,
            "The Fair Work Commission said [[it would hear the operator's application to suspend the action on Tuesday morning]].",
            {"the industrial action": N}),
          q("Aisha Rahman", P, DIR,
            "Commuter Aisha Rahman said: “[[Three per cent when my rent's gone up fifteen? I'd be out there with them.]]”",
            {"the industrial action": F, "the 3% wage cap": A}),
      ])

topic("o6-evergreen-aged-care-stop-work", "UK", "labour",
      "Aged care workers at 23 Evergreen Living homes in Queensland will hold "
      "two-hour stop-work meetings on Thursday after the provider froze "
      "penalty rates for weekend shifts.",
      [
          q("Health and Aged Care Employees Union", O, IND,
            "The Health and Aged Care Employees Union announced [[two-hour stop-work meetings at all 23 homes on Thursday, starting at 10am]].",
            {"the stop-work meetings": F, "the penalty rate freeze": A}),
          q("Kylie Mansfield", P, IND,
            "Organiser Kylie Mansfield said [[a skeleton roster agreed with each home would keep residents fed, medicated and safe while the meetings were held]].",
            {"the stop-work meetings": N}),
          q("Evergreen Living", O, IND,
            "Evergreen Living said [[families would be told the meeting times in advance and that visiting hours would not change]].",
            {"the stop-work meetings": N}),
          q("Warren Blake", P, DIR,
            "Evergreen chief executive Warren Blake said: “[[The freeze is temporary and it keeps every home open. I'm disappointed the union has chosen to put residents' routines at risk.]]”",
            {"the stop-work meetings": A, "the penalty rate freeze": F}),
          q("Kylie Mansfield", P, IND,
            "Mansfield said [[the union would apply for a protected action ballot on 2 July if the freeze was still in place on 1 July]].",
            {"strike action": F, "the penalty rate freeze": A}),
          q("Leanne Pryor", P, IND,
            "Leanne Pryor, whose father lives at an Evergreen home in Ridgeway, said [[she would back the staff as long as her father's care was not affected, and would be watching closely on Thursday]].",
            {"the stop-work meetings": N}),
      ])

topic("o6-port-hennessy-kayak-blockade", "UK", "campaign",
      "Climate campaigners have announced a week of kayak blockades at the "
      "Port Hennessy coal terminal to protest against its planned expansion.",
      [
          q("Blockade the Coast", O, IND,
            "Blockade the Coast announced [[a flotilla of up to 300 kayaks in the terminal's shipping channel from 22 to 28 November]].",
            {"the protest": F, "the terminal expansion": A}),
          q("Tess Holbrook", P, MIX,
            "Spokeswoman Tess Holbrook said [[the group had “trained 180 people in water safety” and would run a camp on the foreshore for the week]].",
            {"the protest": N}),
          q("Port Hennessy Port Authority", O, IND,
            "The port authority said [[an exclusion zone would apply within 100 metres of moored vessels throughout the week]].",
            {"the protest": N}),
          q("Hennessy Bulk Handling", O, MIX,
            "Terminal operator Hennessy Bulk Handling said [[the blockade was “reckless” and that the expansion had passed every environmental assessment]].",
            {"the protest": A, "the terminal expansion": F}),
          q("police spokesperson", R, IND,
            "A police spokesperson said [[officers would be on the water each day and that anyone entering the channel without permission could be fined]].",
            {"the protest": N}),
          q("Tess Holbrook", P, MIX,
            "Holbrook said [[the group would be “back every month until it's stopped” if the expansion was approved]].",
            {"the protest": F, "the terminal expansion": A}),
      ])

# ---------------------------------------------------------------------------
# NEW ZEALAND
# ---------------------------------------------------------------------------

topic("o6-harbourline-bus-strike", "UK", "labour",
      "Drivers for Harbourline Buses in Port Kereru will hold a 24-hour strike "
      "next Friday after pay talks stalled, their union has confirmed.",
      [
          q("Passenger Transport Workers Union", O, IND,
            "The Passenger Transport Workers Union confirmed [[a 24-hour strike from 4am next Friday, with about 280 drivers taking part]].",
            {"the strike": F, "Harbourline Buses": A}),
          q("Hemi Walker", P, MIX,
            "Organiser Hemi Walker said [[drivers would follow up with “a week of fare-free days”, driving their routes but refusing to collect fares, unless the company moved]].",
            {"the industrial action": F, "Harbourline Buses": A}),
          q("regional council", O, IND,
            "The regional council, which funds the network, said [[school buses would run as usual because they were operated by a different contractor]].",
            {"the strike": N}),
          q("Craig Foster", P, IND,
            "Harbourline general manager Craig Foster said [[the company had offered 5.5%, more than its council contract allowed for, and that a strike would punish the people who relied on the buses]].",
            {"the strike": A, "Harbourline Buses": F}),
          q("employment mediator", R, IND,
            "A mediator from the employment ministry said [[the parties had agreed to meet again on Tuesday]].",
            {"the strike": N, "Harbourline Buses": N}),
          q("Margaret Huia", P, DIR,
            "Pensioner Margaret Huia said: “[[Good on them. I'll walk, it's only a kilometre, and they've been driving me around for years.]]”",
            {"the strike": F}),
      ])

topic("o6-kowhai-teachers-rolling-strikes", "UK", "labour",
      "Secondary teachers in the Kōwhai region will hold rolling one-day "
      "strikes by district from next week after rejecting the government's "
      "latest pay offer.",
      [
          q("Secondary Educators' Union", O, IND,
            "The Secondary Educators' Union released [[a timetable of rolling one-day strikes, starting in the northern districts on Tuesday and ending in the city the following Monday]].",
            {"the rolling strikes": F, "the government's pay offer": A}),
          q("Mere Tawhiri", P, MIX,
            "Union president Mere Tawhiri said [[members had rejected the offer by 92% and that strikes would go ahead “district by district, week by week” until a better one arrived]].",
            {"the rolling strikes": F, "the government's pay offer": A}),
          q("Ministry of Education", O, IND,
            "The Ministry of Education said [[each school board would decide whether to close or stay open for supervision on its strike day]].",
            {"the rolling strikes": N}),
          q("Philip Danvers", P, IND,
            "Education minister Philip Danvers said [[the offer was a good one in a tight budget and rolling strikes would cost students learning time in an exam year]].",
            {"the rolling strikes": A, "the government's pay offer": F}),
          q("David Renwick", P, IND,
            "School board chair David Renwick said [[the board had not taken a position on the strikes and would keep the school open for supervision]].",
            {"the rolling strikes": N}),
          q("Sione Latu", P, DIR,
            "Maths teacher Sione Latu said: “[[I've got 31 kids in a Year 12 class and two vacancies in my department we can't fill. The pay is why we can't fill them.]]”",
            {"the rolling strikes": F, "the government's pay offer": A}),
      ])
