# HELD BACK, not read by build_pairs.py (see annotations/stance/README.md, "Held back"): the
# model trained with these pairs scored lower on dev than the shipped stance-mpnet release 2.
#
# Seventh-pass topics for the sayso stance pairs (train split, slugs "e7-*").
#
# Exec'd by build_pairs.py with its globals (topic, q, F/A/N, P/O/R,
# DIR/IND/MIX).  No slug here is named in SPLIT_ASSIGNMENT, so every pair is
# train.  Written from scratch: every person, union, employer, town and quote
# is fictional.  Where a real body is named (Acas, the Workplace Relations
# Commission, the Fair Work Commission, the Employment Relations Authority,
# the Canada Industrial Relations Board, the Federal Mediation and
# Conciliation Service) it is only a setting and the words given to it are
# invented.
#
# Emphasis: the speaker decides the label, not the action words.  The model
# had begun to read "taking industrial action", "walk out" and "strike" as
# favor because many train quotes with those words come from organisers
# (convention 12).  Here about half the items are employer, management,
# department or minister quotes that are phrased around the action itself,
# calmly and politely ("regrets that staff have chosen to take industrial
# action", "regret that a minority have chosen to walk out", "the strike is
# premature", "we urge members to think again", "our door remains open",
# "the action will achieve nothing"): against the action (conventions 1 and
# 3), and usually favor the employer's own offer or plan.  Where management
# plays the action down ("the overwhelming majority of staff will be at work",
# "it will make little difference") in a dismissive way, that is also against
# the action; a bare timetable or cover arrangement with no dismissal in it
# stays neutral (convention 12).  In the same topics the organiser calls or
# threatens the action (favor the action, against the offer), and mediators,
# regulators and councils give facts (neutral), as do organisers' turnout and
# picket figures.

# ---------------------------------------------------------------------------
# UK
# ---------------------------------------------------------------------------

topic("e7-ashworth-bus-drivers-strike", "UK", "labour",
      "Bus drivers at Ashworth Motor Services will strike on three Fridays "
      "next month after rejecting a 4% pay offer, the Road Passenger Workers' "
      "Union (RPWU) said.",
      [
          q("Ashworth Motor Services", O, DIR,
            "A spokesman for Ashworth Motor Services said: “[[A walkout helps nobody, least of all the drivers who lose a day's pay. Our 4% offer is a fair one and it remains on the table.]]”",
            {"the industrial action": A, "the 4% pay offer": F}),
          q("Road Passenger Workers' Union", O, IND,
            "The RPWU confirmed [[strikes on 6, 13 and 20 June, with drivers to stay out for the full 24 hours on each day]].",
            {"the strike": F, "the 4% pay offer": A}),
          q("Colin Brereton", P, MIX,
            "Managing director Colin Brereton said [[the walkout would “achieve nothing except lost wages and stranded passengers”]] and urged drivers to put the offer to a fresh vote.",
            {"the strike": A, "the 4% pay offer": F}),
          q("Janice Fairhurst", P, DIR,
            "Janice Fairhurst, the union's district organiser, said: “[[Our drivers have been patient for two years. Four per cent after inflation is a pay cut, and on Friday the buses stay in the garage.]]”",
            {"the strike": F, "the 4% pay offer": A}),
          q("Ashworth Motor Services", O, IND,
            "The company said [[it had spent six months trying to avoid a dispute and that its door remained open to the union on any day before the first strike]].",
            {"the strike": A, "Ashworth Motor Services": F}),
          q("Ashworth Borough Council", O, IND,
            "Ashworth Borough Council said [[school buses run under separate contracts would not be affected]].",
            {"the strike": N}),
      ])

topic("e7-hallamford-university-industrial-action", "UK", "labour",
      "Lecturers and support staff at the University of Hallamford have begun "
      "a work-to-rule over a plan to close the departments of music and "
      "modern languages, the University Staff Federation (USF) said.",
      [
          q("University of Hallamford", O, DIR,
            "In a statement, the university said: “[[We regret that a minority of colleagues have chosen to take industrial action. It will not change the financial position we face, and it risks harming the students we all want to support.]]”",
            {"the work-to-rule": A, "the closure plan": F}),
          q("University Staff Federation", O, IND,
            "The USF said [[members would refuse to cover for absent colleagues or set extra assessments from Monday, and would move to strike action if the closures were confirmed in June]].",
            {"the work-to-rule": F, "strike action": F, "the closure plan": A}),
          q("Margaret Olusanya", P, MIX,
            "Vice-chancellor Margaret Olusanya said [[the work-to-rule was “premature” because no final decision on the departments had been taken]].",
            {"the work-to-rule": A}),
          q("Margaret Olusanya", P, IND,
            "Olusanya said [[she would urge every member of staff to think again before joining the action, and that the plan was the only way to keep the university solvent]].",
            {"the work-to-rule": A, "the closure plan": F}),
          q("Hallamford Students' Union", O, IND,
            "The students' union said [[about 900 students were enrolled on courses in the two departments]].",
            {"the work-to-rule": N, "the closure plan": N}),
          q("Rhodri Kemble", P, DIR,
            "Rhodri Kemble, who chairs the USF branch, said: “[[You cannot call yourself a university and shut the music school. We will work to contract for as long as it takes.]]”",
            {"the work-to-rule": F, "the closure plan": A}),
      ])

topic("e7-western-counties-ambulance-stoppages", "UK", "labour",
      "Ambulance crews and call handlers at Western Counties Ambulance Service "
      "will hold two 12-hour stoppages this month in a dispute over handover "
      "delays and rest breaks, the union Health and Emergency Workers (HEW) "
      "said.",
      [
          q("Western Counties Ambulance Service", O, IND,
            "The ambulance service said [[it was disappointed that the union had chosen stoppages while talks on rest breaks were still going on, and that it would keep talking]].",
            {"the stoppages": A}),
          q("Health and Emergency Workers", O, IND,
            "HEW said [[crews would stop work from 7am to 7pm on 9 and 16 October, with life-threatening calls still answered]].",
            {"the stoppages": F}),
          q("Sandra Penhallow", P, DIR,
            "Chief executive Sandra Penhallow said: “[[I understand how frustrated crews are about waits outside hospitals. But stopping work will not shorten a single handover, and I would ask members to think very carefully.]]”",
            {"the stoppages": A}),
          q("Health and Emergency Workers", O, IND,
            "The union said [[about 1,150 members were covered by the notice]].",
            {"the stoppages": N}),
          q("Department of Health spokesman", R, MIX,
            "A spokesman for the Department of Health said [[the stoppages were “not the answer” and that ministers had already funded 40 extra handover nurses]].",
            {"the stoppages": A, "the handover plan": F}),
          q("Ian Trebilcock", P, DIR,
            "Ian Trebilcock, a paramedic and HEW steward, said: “[[Last winter I sat outside Trevanion General for nine hours with a patient in the back. We are doing this because nobody listened.]]”",
            {"the stoppages": F}),
      ])

topic("e7-eastfield-airport-security-walkout", "UK", "labour",
      "Security staff at Eastfield Airport will walk out over the late May "
      "bank holiday in a dispute over pay and shift patterns, the Aviation and "
      "Ground Staff Union (AGSU) said.",
      [
          q("Eastfield Airport", O, DIR,
            "An airport spokeswoman said: “[[The walkout is entirely unnecessary. We have made a generous offer, and we expect the great majority of our security officers to be at work as normal.]]”",
            {"the walkout": A, "the airport's offer": F}),
          q("Aviation and Ground Staff Union", O, IND,
            "The AGSU said [[its 430 security members would walk out from 4am on Saturday 24 May for four days]], and that more dates would follow if the offer stayed unchanged.",
            {"the walkout": F, "the airport's offer": A}),
          q("Paul Dunstable", P, MIX,
            "Chief operating officer Paul Dunstable said [[passengers should expect “little or no disruption” and that the action would make no difference to the airport's position]].",
            {"the walkout": A}),
          q("Aviation and Ground Staff Union", O, IND,
            "The union said [[79% of members had voted on a turnout of 71%]].",
            {"the walkout": N}),
          q("Nadia Chaudhry", P, DIR,
            "Nadia Chaudhry, the union's regional officer, said: “[[They call it generous. Our members start at 4am and still qualify for food bank vouchers.]]”",
            {"the walkout": F, "the airport's offer": A}),
      ])

topic("e7-glenmuir-school-support-strike", "UK", "labour",
      "Classroom assistants, janitors and school cooks employed by Glenmuir "
      "Council will strike next week in a row over a regrading exercise, the "
      "Scottish Local Services Union (SLSU) said.",
      [
          q("Glenmuir Council", O, IND,
            "Glenmuir Council said [[it regretted that strike action had been called while the regrading appeals were still being heard, and that the exercise was fair and had been agreed with other unions]].",
            {"strike action": A, "the regrading": F}),
          q("Moira Galbraith", P, DIR,
            "Council leader Moira Galbraith said: “[[Our support staff are the heart of our schools, and I want to say that clearly. But a strike now helps nobody, least of all the children.]]”",
            {"strike action": A}),
          q("Scottish Local Services Union", O, IND,
            "The SLSU said [[members would strike on Tuesday and Wednesday and begin an overtime ban the following Monday]].",
            {"strike action": F, "the overtime ban": F, "the regrading": A}),
          q("Glenmuir Council", O, IND,
            "The council said [[14 primary schools would close on both days and parents would be told by text on Friday]].",
            {"strike action": N}),
          q("Fiona Dalgleish", P, MIX,
            "The council's head of education, Fiona Dalgleish, said [[the strike was “disappointing and, frankly, premature” and asked the union to return to the appeals process]].",
            {"strike action": A, "the regrading": F}),
          q("Agnes Rennie", P, DIR,
            "Agnes Rennie, a cook at Kirkhill Primary for 22 years, said: “[[They regraded my job down a band and called it fairness. I'll be on the picket line on Tuesday.]]”",
            {"strike action": F, "the regrading": A}),
      ])

# ---------------------------------------------------------------------------
# Ireland
# ---------------------------------------------------------------------------

topic("e7-carrigmore-nurses-work-to-rule", "UK", "labour",
      "Nurses at Carrigmore University Hospital began a work-to-rule on Monday "
      "over staffing on medical wards, the Irish Nursing and Care Staff Union "
      "(INCSU) said.",
      [
          q("Carrigmore University Hospital", O, DIR,
            "A spokeswoman for the hospital said: “[[Management regrets the union's decision to move to a work-to-rule when 40 new nurses start next month. It solves nothing, and we remain available for talks at any time.]]”",
            {"the work-to-rule": A, "the recruitment plan": F}),
          q("Irish Nursing and Care Staff Union", O, IND,
            "The INCSU said [[nurses would refuse non-nursing duties and decline to staff extra trolleys from Monday]], and that a full strike ballot would follow if no agreement was reached.",
            {"the work-to-rule": F, "the recruitment plan": A}),
          q("Declan Moriarty", P, MIX,
            "Hospital manager Declan Moriarty said [[the work-to-rule was “not the way forward” and that 60 nurses had already been offered posts]].",
            {"the work-to-rule": A, "the recruitment plan": F}),
          q("Workplace Relations Commission", O, IND,
            "The Workplace Relations Commission said [[it had invited both sides to talks on Thursday]].",
            {"the work-to-rule": N, "the recruitment plan": N}),
          q("Siobhán Kearney", P, DIR,
            "Siobhán Kearney, the union's industrial relations officer, said: “[[Sixty offers is not sixty nurses on the ward. Our members will not keep working short to cover for a hiring plan that exists on paper.]]”",
            {"the work-to-rule": F, "the recruitment plan": A}),
      ])

topic("e7-ballykinlar-council-outdoor-overtime-ban", "UK", "labour",
      "Outdoor staff at Ballykinlar County Council, including road crews and "
      "parks workers, have begun an overtime ban over the outsourcing of "
      "grass-cutting, the General Public Services Union (GPSU) said.",
      [
          q("Ballykinlar County Council", O, IND,
            "The council said [[it regretted the decision to begin an overtime ban and believed the action would achieve nothing, since the outsourcing contract had already been signed]].",
            {"the overtime ban": A, "the outsourcing contract": F}),
          q("Liam Costigan", P, DIR,
            "Chief executive Liam Costigan said: “[[No council in the region has done more to protect jobs in its outdoor section. I would appeal to staff to lift the overtime ban and come back to the table.]]”",
            {"the overtime ban": A, "the outsourcing contract": F}),
          q("General Public Services Union", O, IND,
            "The GPSU said [[the ban would stay in place until the contract was withdrawn, and that members would be balloted for strike action if any job was lost]].",
            {"the overtime ban": F, "strike action": F, "the outsourcing contract": A}),
          q("Liam Costigan", P, IND,
            "Costigan added that [[weekend road gritting would be covered by contractors and that the public would notice very little difference]].",
            {"the overtime ban": A}),
          q("Ballykinlar County Council", O, IND,
            "The council said [[about 85 outdoor staff were covered by the ban]].",
            {"the overtime ban": N}),
      ])

topic("e7-inishcarra-ferry-strike", "UK", "labour",
      "Crews on the Inishcarra island ferry will strike for 24 hours on Friday "
      "in a dispute over roster changes, the Maritime and Harbour Workers' "
      "Union said.",
      [
          q("Inishcarra Ferries", O, MIX,
            "Inishcarra Ferries said [[it was “deeply disappointed” that crews had voted to strike over rosters that gave them more days off, not fewer]].",
            {"the strike": A, "the new rosters": F}),
          q("Maritime and Harbour Workers' Union", O, IND,
            "The union said [[no sailings would be crewed on Friday and that a second 48-hour stoppage would follow the next week unless the rosters were withdrawn]].",
            {"the strike": F, "the new rosters": A}),
          q("Eimear Gallagher", P, DIR,
            "Operations director Eimear Gallagher said: “[[We respect the right to strike. We just don't think this strike is needed, and we would urge the crews to look at the rosters again before Friday.]]”",
            {"the strike": A, "the new rosters": F}),
          q("Minister for Rural and Island Affairs", R, IND,
            "The Minister for Rural and Island Affairs said [[the strike was regrettable and that the company's proposals deserved a fair hearing from the crews]].",
            {"the strike": A, "the new rosters": F}),
          q("Workplace Relations Commission", O, IND,
            "The Workplace Relations Commission said [[it had not been asked to intervene]].",
            {"the strike": N}),
      ])

# ---------------------------------------------------------------------------
# United States
# ---------------------------------------------------------------------------

topic("e7-greenvale-warehouse-strike", "US", "labour",
      "Workers at the Greenvale Foods distribution center in Marston, Ohio, "
      "walked off the job on Tuesday over pay and productivity quotas, "
      "United Grocery and Warehouse Workers Local 412 said.",
      [
          q("Greenvale Foods", O, DIR,
            "Greenvale spokeswoman Tara Lindqvist said: “[[We're disappointed that Local 412 has chosen to strike. Our offer is the best in the regional grocery industry, and our stores will stay fully stocked.]]”",
            {"the strike": A, "Greenvale's offer": F}),
          q("United Grocery and Warehouse Workers Local 412", O, IND,
            "Local 412 said [[the strike would continue until Greenvale dropped its quota system and raised the base wage to $24 an hour]].",
            {"the strike": F, "Greenvale's offer": A}),
          q("Brent Holloway", P, MIX,
            "Brent Holloway, Greenvale's vice president of distribution, said [[the walkout was “a mistake” and that most shifts had run with replacement workers]].",
            {"the strike": A}),
          q("Federal Mediation and Conciliation Service", O, IND,
            "The Federal Mediation and Conciliation Service said [[a mediator had met both sides on Monday and no further session had been set]].",
            {"the strike": N, "Greenvale's offer": N}),
          q("Luis Echeverría", P, DIR,
            "Luis Echeverría, a forklift operator and union steward, said: “[[They time our bathroom breaks. We're not going back in until that ends.]]”",
            {"the strike": F, "Greenvale's offer": A}),
          q("Greenvale Foods", O, IND,
            "The company said [[its door remained open and that it had asked the union four times to put the offer to a membership vote]].",
            {"the strike": A, "Greenvale's offer": F}),
      ])

topic("e7-metro-valley-transit-strike", "US", "labour",
      "Bus and light-rail operators at the Metro Valley Transit Authority have "
      "set a strike date of March 3 after contract talks stalled, Transit "
      "Operators Union Local 88 said.",
      [
          q("Metro Valley Transit Authority", O, IND,
            "The transit authority said [[it regretted that the union had set a strike date while talks were still productive and urged operators not to walk out]].",
            {"the strike": A}),
          q("Transit Operators Union Local 88", O, IND,
            "Local 88 said [[operators would walk off the job at 12:01am on March 3 if no agreement was reached]].",
            {"the strike": F, "the authority's contract offer": A}),
          q("Renée Castellanos", P, DIR,
            "General manager Renée Castellanos said: “[[A strike would hurt the very riders our operators care about. Our offer includes a 12% raise over three years, and I'd ask every operator to weigh that.]]”",
            {"the strike": A, "the authority's contract offer": F}),
          q("Darnell Whitaker", P, DIR,
            "Local 88 president Darnell Whitaker said: “[[Twelve percent over three years doesn't cover what rent did in one. If they want the buses running on the third, they know what to do.]]”",
            {"the strike": F, "the authority's contract offer": A}),
          q("Metro Valley Transit Authority", O, IND,
            "The authority said [[paratransit service would continue during any strike under a separate contract]].",
            {"the strike": N}),
      ])

topic("e7-st-brendans-nurses-strike", "US", "labour",
      "Nurses at St. Brendan's Medical Center in Redwater, Minnesota, will "
      "hold a three-day strike next week over staffing ratios, the Northern "
      "Plains Nurses Union said.",
      [
          q("St. Brendan's Medical Center", O, MIX,
            "The hospital said [[it was “saddened” that the union had called a strike and that patient care would continue without interruption]].",
            {"the strike": A}),
          q("Karen Vossberg", P, DIR,
            "Chief nursing officer Karen Vossberg said: “[[Our nurses are extraordinary. But this strike is premature, and our staffing plan already adds 45 nurses by summer.]]”",
            {"the strike": A, "the hospital's staffing plan": F}),
          q("Northern Plains Nurses Union", O, IND,
            "The union said [[about 1,300 nurses would walk out at 7am on Tuesday]] and that a ten-day notice had been delivered to the hospital.",
            {"the strike": F, "the hospital's staffing plan": A}),
          q("St. Brendan's Medical Center", O, IND,
            "The hospital said [[it had contracted with an agency to provide replacement nurses for the three days]].",
            {"the strike": N}),
          q("Amy Lindgren", P, DIR,
            "Amy Lindgren, an ICU nurse, said: “[[Forty-five nurses by summer is a press release. I had three patients on a ventilator last night by myself.]]”",
            {"the strike": F, "the hospital's staffing plan": A}),
          q("Karen Vossberg", P, IND,
            "Vossberg said [[the hospital would keep bargaining and hoped nurses would reconsider before Tuesday]].",
            {"the strike": A}),
      ])

topic("e7-fairhaven-teachers-strike", "US", "labour",
      "Teachers in the Fairhaven Unified School District could strike as "
      "early as next week after the Fairhaven Education Association rejected "
      "the district's latest offer.",
      [
          q("Fairhaven Unified School District", O, DIR,
            "Superintendent Gloria Whitcombe said: “[[A strike would be deeply regrettable and is simply not necessary. Our offer is fair, and it is the most the district can afford without layoffs.]]”",
            {"the strike": A, "the district's offer": F}),
          q("Fairhaven Education Association", O, IND,
            "The association said [[teachers would strike beginning Monday unless the district agreed to smaller class sizes]].",
            {"the strike": F, "the district's offer": A}),
          q("Gloria Whitcombe", P, MIX,
            "Whitcombe said [[she would urge teachers “to stay in their classrooms” and that schools would remain open with substitute staff]].",
            {"the strike": A}),
          q("Fairhaven Unified School District", O, IND,
            "The district said [[meals would still be served at 11 school sites during any strike]].",
            {"the strike": N}),
          q("Marcus Delahunt", P, DIR,
            "Association president Marcus Delahunt said: “[[Thirty-eight kids in a fourth-grade room is not education, it's crowd control. We are ready to walk.]]”",
            {"the strike": F, "the district's offer": A}),
      ])

# ---------------------------------------------------------------------------
# Canada
# ---------------------------------------------------------------------------

topic("e7-norbury-teachers-work-to-rule", "UK", "labour",
      "Elementary teachers in the Norbury District School Board have begun a "
      "work-to-rule campaign after contract talks broke down, the Elementary "
      "Teachers' Alliance of Norbury (ETAN) said.",
      [
          q("Norbury District School Board", O, DIR,
            "Board chair Heather Lachance said: “[[We are disappointed that ETAN has moved to job action. We believe a deal is within reach at the table, and we urge the union to come back to it.]]”",
            {"the work-to-rule": A}),
          q("Elementary Teachers' Alliance of Norbury", O, IND,
            "ETAN said [[teachers would stop supervising extracurricular activities and filling in board paperwork from Monday, and would escalate to rotating strikes in November if needed]].",
            {"the work-to-rule": F, "strike action": F}),
          q("Norbury District School Board", O, IND,
            "The board said [[classes would continue as normal and it expected the work-to-rule to have little impact on students]].",
            {"the work-to-rule": A}),
          q("Ministry of Education spokesperson", R, MIX,
            "A spokesperson for the Ministry of Education said [[job action was “not the answer” and that the province's offer of 3% a year was fair to teachers and taxpayers]].",
            {"the work-to-rule": A, "the province's offer": F}),
          q("Josée Tremblay-Hart", P, DIR,
            "ETAN president Josée Tremblay-Hart said: “[[Three per cent does not touch the violence in our classrooms. Teachers will do the job they are paid for, and not one minute more.]]”",
            {"the work-to-rule": F, "the province's offer": A}),
          q("Norbury Parents' Council", O, IND,
            "The parents' council said [[it had not taken a position and would survey families over the weekend]].",
            {"the work-to-rule": N}),
      ])

topic("e7-westbrook-library-strike", "UK", "labour",
      "Library workers in the City of Westbrook, Manitoba, walked out on "
      "Saturday, closing all nine branches, in a dispute over part-time hours "
      "and security, Municipal Employees Union Local 17 said.",
      [
          q("City of Westbrook", O, MIX,
            "The city said [[it was “disappointed” that Local 17 had chosen to walk out, and that its offer addressed security at every branch]].",
            {"the strike": A, "the city's offer": F}),
          q("Municipal Employees Union Local 17", O, IND,
            "Local 17 said [[members would picket all nine branches daily from 10am until the city returned to bargaining]].",
            {"the strike": F, "the city's offer": A}),
          q("Darlene Kowalchuk", P, DIR,
            "Mayor Darlene Kowalchuk said: “[[I value every one of our library staff. But walking out will not make the budget any bigger, and our door has been open the whole time.]]”",
            {"the strike": A, "the city's offer": F}),
          q("Municipal Employees Union Local 17", O, IND,
            "The union said [[about 140 members were on strike, 90 of them part-time]].",
            {"the strike": N}),
          q("Tomasz Nowicki", P, DIR,
            "Tomasz Nowicki, a library technician, said: “[[I've been punched at the front desk. Their offer is a camera. We're out until we get staff.]]”",
            {"the strike": F, "the city's offer": A}),
      ])

topic("e7-port-kittering-dockworkers-strike", "UK", "labour",
      "Dockworkers at the Port of Kittering, British Columbia, have served "
      "72-hour strike notice in a dispute over automation, Dockside Workers "
      "Guild Local 9 said.",
      [
          q("Kittering Port Employers' Association", O, IND,
            "The employers' association said [[it regretted the strike notice, which it called unnecessary, and that its automation plan guaranteed every current job]].",
            {"the strike": A, "the automation plan": F}),
          q("Dockside Workers Guild Local 9", O, IND,
            "Local 9 said [[members would stop work at 8am on Thursday and would not handle any cargo at the two automated berths]].",
            {"the strike": F, "the automation plan": A}),
          q("Federal Minister of Labour", R, MIX,
            "The federal labour minister said [[a strike would be “the wrong move at the wrong time” for Canada's supply chains and urged both sides to keep talking]].",
            {"the strike": A}),
          q("Gordon Ashby", P, DIR,
            "Association president Gordon Ashby said: “[[We have gone further than any port on this coast to protect jobs. Walking off the docks now would be a serious mistake.]]”",
            {"the strike": A, "the automation plan": F}),
          q("Canada Industrial Relations Board", O, IND,
            "The Canada Industrial Relations Board said [[grain shipments would continue under an existing essential-services order]].",
            {"the strike": N}),
          q("Raj Sandhu", P, DIR,
            "Local 9 president Raj Sandhu said: “[[Every job guaranteed until the last of us retires, and then no jobs at all. That's their plan. Thursday we stop.]]”",
            {"the strike": F, "the automation plan": A}),
      ])

# ---------------------------------------------------------------------------
# Australia
# ---------------------------------------------------------------------------

topic("e7-coastlink-rail-overtime-ban", "UK", "labour",
      "Train crews at Coastlink Trains have started an overtime ban that has "
      "cancelled dozens of weekend services, the Rail and Transit Employees "
      "Association (RTEA) said.",
      [
          q("Coastlink Trains", O, DIR,
            "A Coastlink spokesman said: “[[Every day of this ban costs crews and passengers alike, and for no good reason. The enterprise agreement on the table gives crews a 14% rise over four years.]]”",
            {"the industrial action": A, "the enterprise agreement offer": F}),
          q("Rail and Transit Employees Association", O, IND,
            "The RTEA said [[the overtime ban would extend to weekday evening services from next Monday]].",
            {"the overtime ban": F, "the enterprise agreement offer": A}),
          q("Minister for Transport", R, MIX,
            "The state's Minister for Transport said [[the overtime ban was “hurting commuters, not Coastlink” and urged the union to let members vote on the offer]].",
            {"the overtime ban": A, "the enterprise agreement offer": F}),
          q("Fair Work Commission", O, IND,
            "The Fair Work Commission said [[a conciliation conference had been listed for Wednesday]].",
            {"the overtime ban": N, "the enterprise agreement offer": N}),
          q("Brendan Treloar", P, DIR,
            "RTEA secretary Brendan Treloar said: “[[Fourteen per cent over four years, with two years of it already gone to inflation. The ban stays until they fix the rosters.]]”",
            {"the overtime ban": F, "the enterprise agreement offer": A}),
          q("Coastlink Trains", O, IND,
            "Coastlink said [[it had met the union eleven times since March and would keep its door open every day of the ban]].",
            {"the overtime ban": A}),
      ])

topic("e7-harbourline-retail-strike", "UK", "labour",
      "Sales staff at Harbourline department stores in Port Carrick and Belmore Heights "
      "will strike for four hours on Saturday in a dispute over rosters and "
      "penalty rates, the Shop and Warehouse Employees' Union said.",
      [
          q("Harbourline", O, MIX,
            "Harbourline said [[the stoppage was “unnecessary and disappointing” and that all stores would trade as usual on Saturday]].",
            {"the stoppage": A}),
          q("Shop and Warehouse Employees' Union", O, IND,
            "The union said [[members would stop work from 10am to 2pm on Saturday and hold a rally outside the flagship Harbour Arcade store]].",
            {"the stoppage": F, "the roster changes": A}),
          q("Alison Marchetti", P, DIR,
            "Chief executive Alison Marchetti said: “[[A small number of our team have chosen to take this action, and that is their right. We do not believe it is the answer, and our new rosters were designed with staff input.]]”",
            {"the stoppage": A, "the roster changes": F}),
          q("Shop and Warehouse Employees' Union", O, IND,
            "The union said [[about 600 members at 11 stores were covered by the protected action order]].",
            {"the stoppage": N}),
          q("Kylie Matheson", P, DIR,
            "Kylie Matheson, who has worked in the shoe department for nine years, said: “[[Staff input? Nobody asked me. I lose my Sunday rate and get Tuesday mornings instead.]]”",
            {"the roster changes": A, "the stoppage": F}),
      ])

topic("e7-carramar-university-strike", "UK", "labour",
      "Academic and professional staff at the University of Carramar will "
      "hold a 24-hour strike on Wednesday over insecure work and a proposed "
      "pay deal, the Tertiary Staff Union (TSU) said.",
      [
          q("University of Carramar", O, IND,
            "The university said [[it was disappointed the TSU was taking strike action during the exam period and that its pay offer was among the best in the sector]].",
            {"strike action": A, "the university's pay offer": F}),
          q("Tertiary Staff Union", O, IND,
            "The TSU said [[members would strike for 24 hours from midnight on Tuesday and hold a second strike in the first week of semester two unless casual contracts were converted]].",
            {"strike action": F, "the university's pay offer": A}),
          q("Philippa Renwick", P, DIR,
            "Vice-chancellor Philippa Renwick said: “[[Industrial action at exam time puts students in an impossible position. I would urge staff to think again and let the bargaining run its course.]]”",
            {"strike action": A}),
          q("Philippa Renwick", P, MIX,
            "Renwick said [[most lectures would “go ahead as normal” and the strike would make little practical difference to the term]].",
            {"strike action": A}),
          q("Dr Anand Raghavan", P, DIR,
            "Dr Anand Raghavan, the TSU branch president, said: “[[Half the teaching here is done by people on semester contracts. Best in the sector is not a high bar. We strike on Wednesday.]]”",
            {"strike action": F, "the university's pay offer": A}),
      ])

# ---------------------------------------------------------------------------
# New Zealand
# ---------------------------------------------------------------------------

topic("e7-waikeri-refuse-walkout", "UK", "labour",
      "Refuse and recycling collectors employed by Waikeri District Council "
      "walked out on Monday over a plan to move to one-person trucks, the "
      "Public and Municipal Workers Union (PMWU) said.",
      [
          q("Waikeri District Council", O, DIR,
            "The council's chief executive, Rangi Tautahi, said: “[[We regret that collectors have chosen to walk out. The one-person trucks have been used safely across the country, and the walkout will not change that.]]”",
            {"the walkout": A, "the one-person trucks": F}),
          q("Public and Municipal Workers Union", O, IND,
            "The PMWU said [[collectors would stay out until Friday and walk out again every Monday for a month if the plan went ahead]].",
            {"the walkout": F, "the one-person trucks": A}),
          q("Waikeri District Council", O, MIX,
            "The council said [[the walkout was “regrettable but manageable” and that most rounds would be completed by Wednesday]].",
            {"the walkout": A}),
          q("Employment Relations Authority", O, IND,
            "The Employment Relations Authority said [[mediation between the council and the union had been scheduled for next Tuesday]].",
            {"the walkout": N, "the one-person trucks": N}),
          q("Hemi Walker", P, DIR,
            "Hemi Walker, a collector for 17 years and PMWU delegate, said: “[[One driver, one arm, lifting bins on the side of the Kaiwaka road at 5am. Someone is going to get killed, and it won't be a councillor.]]”",
            {"the walkout": F, "the one-person trucks": A}),
      ])

topic("e7-southern-health-junior-doctors-strike", "UK", "labour",
      "Resident doctors at Southern Health Board hospitals will strike for 48 "
      "hours from Thursday over rosters and pay, the Resident Doctors' "
      "Society (RDS) said.",
      [
          q("Southern Health Board", O, DIR,
            "Chief medical officer Dr Fiona Halvorsen said: “[[We are disappointed that the RDS has taken this step. We have made a serious offer on safer rosters, and we do not believe strike action is warranted while we are still talking.]]”",
            {"strike action": A, "the board's offer": F}),
          q("Resident Doctors' Society", O, IND,
            "The RDS said [[members would strike from 8am Thursday to 8am Saturday, with a further 72-hour strike planned for next month if the offer did not improve]].",
            {"strike action": F, "the board's offer": A}),
          q("Minister of Health spokesperson", R, MIX,
            "A spokesperson for the Minister of Health said [[the strike was “disappointing and unnecessary” and that the minister had asked the board to keep its door open]].",
            {"strike action": A}),
          q("Southern Health Board", O, IND,
            "The board said [[about 1,200 planned operations and appointments had been postponed]].",
            {"strike action": N}),
          q("Dr Mereana Fox", P, DIR,
            "RDS national secretary Dr Mereana Fox said: “[[A safer roster that still has us working 12 days in a row is not safer. Our members will be on strike on Thursday.]]”",
            {"strike action": F, "the board's offer": A}),
          q("Dr Fiona Halvorsen", P, IND,
            "Halvorsen said [[she would urge every resident doctor to consider the offer carefully before deciding to walk out]].",
            {"strike action": A, "the board's offer": F}),
      ])

topic("e7-aotea-ferries-stoppages", "UK", "labour",
      "Deckhands and engineers at Aotea Harbour Ferries will hold a series of "
      "two-hour stoppages over the next fortnight in a dispute over crewing "
      "levels, the Maritime Crews Union said.",
      [
          q("Aotea Harbour Ferries", O, IND,
            "The company said [[it was disappointed the union had chosen rolling stoppages, which it believed were premature while a crewing review was still under way]].",
            {"the stoppages": A, "the crewing review": F}),
          q("Maritime Crews Union", O, IND,
            "The union said [[crews would stop work for two hours at the morning peak on five days, starting Tuesday, and would add evening stoppages if the review was not scrapped]].",
            {"the stoppages": F, "the crewing review": A}),
          q("Graeme Pettigrew", P, DIR,
            "General manager Graeme Pettigrew said: “[[These stoppages will achieve nothing. The review is independent, and I would ask the crews to wait for its findings rather than leave commuters on the wharf.]]”",
            {"the stoppages": A, "the crewing review": F}),
          q("maritime regulator spokesperson", R, IND,
            "A spokesperson for the maritime regulator said [[minimum crewing on each vessel was set by its safety certificate and was not a matter for the review]].",
            {"the stoppages": N, "the crewing review": N}),
          q("Tania Ruawai", P, MIX,
            "Union organiser Tania Ruawai said [[the review was “a cost-cutting exercise dressed up as safety” and that the stoppages would go ahead]].",
            {"the stoppages": F, "the crewing review": A}),
      ])
