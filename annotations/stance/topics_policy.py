# Public policy, politics and business topics (train split).
#
# Exec'd by build_pairs.py with its globals (topic, q, F/A/N, P/O/R,
# DIR/IND/MIX).  Everything here was written from scratch for this data set:
# every person, place and most organisations are fictional, and where a real
# body appears (the Ministry of Justice, an integrated care board) the words
# given to it are invented.  Labels follow the conventions in README.md; the
# hard, implicit cases (harm described without stance words, complaints that
# back a measure, sarcasm, "Nobody wants X. But...", conditionals) are common
# on purpose.

# ---------------------------------------------------------------------------
# UK: HEALTH SERVICE REORGANISATION
# ---------------------------------------------------------------------------

topic("pol-gp-surgery-hub", "UK", "health",
      "Three village GP surgeries in the Keld Valley will close next spring "
      "and their 19,000 patients will move to a new health hub in Harnby "
      "Cross, under plans approved by the local integrated care board on "
      "Tuesday.",
      [
          q("Priya Nandakumar", P, DIR,
            "Dr Priya Nandakumar, the GP who will lead the new hub, said: “[[At the moment, if one of our partners at Fenby is off sick, the surgery shuts for the day. Under one roof we can offer physio, mental health nurses and evening clinics, which a four-room practice never could.]]”",
            {"the health hub": F}),
          q("Audrey Pilling", P, DIR,
            "Audrey Pilling, who chairs the Keep Keld Surgeries campaign, said: “[[There is one bus a day from Fenby to Harnby Cross and it leaves at twenty to ten. If your appointment is at two, you walk home six miles.]]”",
            {"the surgery closures": A}),
          q("Keld Valley Integrated Care Board", O, IND,
            "The integrated care board said [[the three surgeries would close in stages between March and May and every registered patient would be written to at least eight weeks before their practice shut]].",
            {"the surgery closures": N}),
          q("practice nurse", R, DIR,
            "A practice nurse at one of the three surgeries, who asked not to be named, said: “[[Nobody who works here wants to see the doors close. But we've advertised for a GP four times in two years, had one applicant, and she pulled out.]]”",
            {"the surgery closures": F}),
          q("Fiona Arkwright", P, MIX,
            "Fiona Arkwright, the MP for Keld and Harnby, said [[the consultation had been “a box-ticking exercise”]] and she would ask the health secretary to review the decision.",
            {"the integrated care board": A}),
          q("Keld Valley Patients' Panel", O, IND,
            "The Keld Valley Patients' Panel, an independent watchdog, said [[a survey of 1,100 patients found 58% had not known about the consultation, while seven in ten of those under 40 said they would use evening appointments]].",
            {"the surgery closures": N}),
          q("Derek Haworth", P, DIR,
            "Parish councillor Derek Haworth said: “[[A state-of-the-art hub, they tell us. Marvellous. I'm sure the photographs of it will be a great comfort at the Fenby bus stop.]]”",
            {"the health hub": A}),
          q("Neha Jassal", P, DIR,
            "Neha Jassal, who runs the pharmacy in Fenby, said: “[[If the board really does put on a community transport service before the first surgery shuts, most people here will manage. If it doesn't, we'll be picking up the pieces at the counter.]]”",
            {"the surgery closures": N}),
          q("Kayleigh Moss", P, DIR,
            "Kayleigh Moss, a care worker and mother of two, said: “[[I can never get an appointment at Fenby before my shift starts. An evening clinic would honestly change my life.]]”",
            {"the health hub": F}),
      ])

# ---------------------------------------------------------------------------
# UK: BENEFITS REFORM
# ---------------------------------------------------------------------------

topic("pol-disability-benefit-threshold", "UK", "benefits",
      "From next April claimants of the Daily Living Allowance will need to "
      "score four points on a single activity to qualify, a change ministers "
      "say will save £3.2bn a year. Thousands of disabled people marched on "
      "Whitehall against it on Saturday.",
      [
          q("Marcus Ellery", P, DIR,
            "Work and Pensions Secretary Marcus Ellery said: “[[The number of people on this benefit has doubled in five years. If we want it to be there in ten years' time for those who need it most, we have to act now.]]”",
            {"the eligibility changes": F}),
          q("Access Together", O, IND,
            "The disability charity Access Together said [[a woman who could not wash her own hair or cut up her food, but scored three points on each activity, would lose around £4,700 a year]].",
            {"the eligibility changes": A}),
          q("Institute for Fiscal Analysis", O, IND,
            "The Institute for Fiscal Analysis, an independent think tank, said [[about 800,000 current claimants would fall below the new threshold by 2030, though around a third were expected to keep some support through other benefits]].",
            {"the eligibility changes": N}),
          q("Hannah Quirke", P, MIX,
            "Shadow work and pensions secretary Hannah Quirke said [[the minister was “balancing the books on the backs of disabled people”]] and called for the plan to be withdrawn.",
            {"Marcus Ellery": A}),
          q("Tom Garside", P, DIR,
            "Government backbencher Tom Garside said: “[[I came into politics to stand up for disabled people and I haven't changed. But a system that signs off one in ten working-age adults in my town isn't kindness. It's giving up on them.]]”",
            {"the eligibility changes": F}),
          q("Kev Dunmore", P, DIR,
            "Kev Dunmore, a wheelchair user who joined the march, said: “[[I had to be carried up the steps at Westminster station because the lift was out again. That tells you how much thought they've given us.]]”",
            {"the march": F, "the eligibility changes": A}),
          q("Department for Work and Pensions", O, IND,
            "The Department for Work and Pensions said [[existing claimants would not be reassessed until their next scheduled review and nobody would lose payments before November]].",
            {"the eligibility changes": N}),
          q("Maggie Corr", P, DIR,
            "Maggie Corr, a welfare rights adviser in Gateshead, said: “[[If the job coaches the minister has promised actually turn up, some people will be better off in work. We'll see.]]”",
            {"the eligibility changes": N}),
          q("Marcus Ellery", P, MIX,
            "Asked about the march, Mr Ellery said [[people had every right to protest but that the organisers were “frightening claimants with figures that simply aren't true”]].",
            {"the march": A, "the eligibility changes": F}),
      ])

# ---------------------------------------------------------------------------
# UK: HOUSING AND PLANNING
# ---------------------------------------------------------------------------

topic("pol-estate-regeneration-ballot", "UK", "housing",
      "Tenants on the Calloway estate in south Larchester will vote next "
      "month on a council plan to demolish its four tower blocks and build "
      "1,400 new homes, about a third of them for social rent.",
      [
          q("Shona Riddell", P, DIR,
            "Shona Riddell, the council's cabinet member for housing, said: “[[Every block on this estate needs new cladding, new lifts and new windows. Patching them up would cost £180m and the flats would still be damp.]]”",
            {"the regeneration plan": F}),
          q("Grace Ebuka", P, DIR,
            "Grace Ebuka, who lives on the 14th floor of Marlin House, said: “[[My son's inhaler sits on the windowsill next to the black mould. Knock it down tomorrow as far as I'm concerned.]]”",
            {"the demolition": F}),
          q("Pete Molloy", P, DIR,
            "Pete Molloy, chair of the Calloway Residents' Association, said: “[[There are 620 council flats here today. Afterwards there'll be 460 homes at social rent. Do the maths.]]”",
            {"the regeneration plan": A}),
          q("Brian Ashe", P, MIX,
            "Leaseholder Brian Ashe said [[the council's offer for his two-bedroom flat was “ninety grand short of anything I could buy round here”]].",
            {"Larchester council": A}),
          q("Open Door Housing", O, IND,
            "Open Door Housing, the estate's independent tenant adviser, said [[every secure tenant aged 16 or over could vote, ballot papers would go out on 3 June and an independent scrutineer would count the result]].",
            {"the regeneration plan": N, "the demolition": N}),
          q("Mark Tenby", P, DIR,
            "Opposition councillor Mark Tenby said: “[[I'm not against regeneration. I'm against a plan that moves 160 families off this estate for good and calls it renewal.]]”",
            {"the regeneration plan": A}),
          q("Harwood Living", O, IND,
            "Harwood Living, the council's development partner, said [[the scheme would include a health centre, a nursery and 300 shared-ownership homes, and building work would support about 900 jobs]].",
            {"the regeneration plan": F}),
          q("Hilda Marsh", P, DIR,
            "Hilda Marsh, 79, said: “[[If they give me a ground-floor flat at the same rent, I'll tick yes. Until I see that in writing, I'm not ticking anything.]]”",
            {"the regeneration plan": N}),
      ])

# ---------------------------------------------------------------------------
# UK: TRANSPORT SCHEMES
# ---------------------------------------------------------------------------

topic("pol-kelsey-park-ltn", "UK", "transport",
      "Planters and camera-controlled gates went in on eleven roads in Kelsey "
      "Park this week for an 18-month trial low-traffic neighbourhood. About "
      "200 residents protested against the scheme outside Hartfield council's "
      "offices on Saturday.",
      [
          q("Nadia Froome", P, DIR,
            "Councillor Nadia Froome, cabinet member for the environment, said: “[[Before the trial, 9,000 vehicles a day were using Elm Grove as a cut-through, past two primary schools. Parents asked us to act, and we have.]]”",
            {"the low-traffic neighbourhood": F}),
          q("Gary Pleasance", P, DIR,
            "Gary Pleasance, who organised the protest, said: “[[We've been ignored for six months, so today we're making ourselves hard to ignore. My mum's carer now spends 25 minutes on the main road getting to a house she used to reach in five.]]”",
            {"the protest": F, "the road closures": A}),
          q("Hartfield council", O, IND,
            "Hartfield council said [[traffic and air quality would be measured at 30 points across the area and the first results would be published in the autumn]].",
            {"the low-traffic neighbourhood": N}),
          q("ambulance service", O, IND,
            "The regional ambulance service said [[its crews could pass through the gates and it had not recorded any delays linked to the trial so far]].",
            {"the low-traffic neighbourhood": N}),
          q("Helen Dacre", P, MIX,
            "Helen Dacre, who lives on Abbey Road inside the zone, said [[the protest did not speak for her street and that most of her neighbours were “hearing birdsong for the first time in years”]].",
            {"the protest": A, "the LTN": F}),
          q("Ian Bellamy", P, DIR,
            "Ward councillor Ian Bellamy said: “[[Brilliant idea, close the roads first and ask people afterwards. I can't think why nobody round here trusts the council.]]”",
            {"Hartfield council": A}),
          q("Walk Hartfield", O, DIR,
            "The campaign group Walk Hartfield said: “[[Eleven roads is a start. Kelsey Park should be the first of ten, not a one-off the council loses its nerve over.]]”",
            {"the low-traffic neighbourhood": F}),
          q("Hartfield Police", O, IND,
            "Police said [[Saturday's protest had passed off peacefully and no arrests were made]].",
            {"the protest": N}),
      ])

# ---------------------------------------------------------------------------
# UK: ENERGY AND CLIMATE
# ---------------------------------------------------------------------------

topic("pol-heat-pump-grant-cut", "UK", "energy",
      "The grant for households replacing gas boilers with heat pumps will be "
      "cut from £7,500 to £5,000 from July, but the scheme will now run until "
      "2030, Energy Secretary Rosalind Carver announced on Wednesday.",
      [
          q("Rosalind Carver", P, DIR,
            "Ms Carver said: “[[The price of a heat pump has fallen by a quarter in two years. Keeping the scheme open for longer means more families benefit from the same budget.]]”",
            {"the grant cut": F}),
          q("Dean Whitlow", P, DIR,
            "Dean Whitlow, who runs a heating firm in Stockport, said: “[[I've had eleven customers cancel since Monday. These are people who'd saved up for the rest and now they're two and a half grand short.]]”",
            {"the grant cut": A}),
          q("Warm Homes Coalition", O, MIX,
            "The Warm Homes Coalition said [[the grant was “one of the few green policies that actually works”]] and should have been increased rather than cut.",
            {"the heat pump grant": F, "the grant cut": A}),
          q("Resolution Energy Centre", O, IND,
            "The Resolution Energy Centre, an independent think tank, said [[about 38,000 grants were paid last year and the average installed cost of an air-source heat pump was £11,800]].",
            {"the grant cut": N, "the heat pump grant": N}),
          q("Lower Bills Alliance", O, DIR,
            "A spokesman for the Lower Bills Alliance said: “[[Seven and a half thousand pounds of other people's money so that comfortable households can feel green. Cutting it is a start. Scrapping it would be better.]]”",
            {"the heat pump grant": A, "the grant cut": F}),
          q("Owen Lacey", P, DIR,
            "Opposition energy spokesman Owen Lacey said: “[[Rosalind Carver says heat pumps are the future. She has just decided the future should cost you £2,500 more.]]”",
            {"Rosalind Carver": A}),
          q("retired teacher", R, DIR,
            "A retired teacher in Shropshire, who had a heat pump fitted last winter, said: “[[Our bills have come down by a third. I'd tell anyone thinking about it to get their application in.]]”",
            {"the heat pump grant": F}),
          q("Department for Energy spokesperson", R, IND,
            "A department spokesperson said [[applications submitted before 30 June would still be paid at the current rate]].",
            {"the grant cut": N}),
      ])

# ---------------------------------------------------------------------------
# UK: LOCAL COUNCIL DECISIONS
# ---------------------------------------------------------------------------

topic("pol-cramford-parking-charges", "UK", "councils",
      "Dunmere District Council has voted to end free parking in Cramford "
      "town centre, bringing in a £5 all-day charge at its three car parks "
      "from September to help close a £2.1m budget gap.",
      [
          q("Janet Orrell", P, DIR,
            "Council leader Janet Orrell said: “[[Nobody on this council wanted to charge for parking. But the alternative was closing the leisure centre, and I'm not prepared to do that.]]”",
            {"the parking charges": F}),
          q("Martin Keogh", P, DIR,
            "Martin Keogh, a butcher on Cramford high street, said: “[[Saturday is half my takings. If a family has to pay a fiver to park, they'll drive twenty minutes to the retail park where it's free.]]”",
            {"the £5 charge": A}),
          q("Cramford Traders' Association", O, MIX,
            "The Cramford Traders' Association said [[its petition had gathered 4,200 signatures in a week, which showed the council had “completely misread this town”]].",
            {"the traders' petition": F, "the council": A}),
          q("council finance director", R, IND,
            "The council's finance director said [[the charges were expected to raise about £640,000 a year once new machines and enforcement had been paid for]].",
            {"the parking charges": N}),
          q("Leanne Purvis", P, DIR,
            "Leanne Purvis, who runs a dress shop on the high street, broke ranks with other traders: “[[The car parks are full by eight with commuters who park here and get the train to Bristol. My customers can't get a space as it is.]]”",
            {"the parking charges": F}),
          q("Tony Reddy", P, DIR,
            "Liberal Democrat councillor Tony Reddy said: “[[A fiver to park in a town with four empty shops on the high street already. What could possibly go wrong?]]”",
            {"the £5 charge": A}),
          q("Mary Fothergill", P, DIR,
            "Mary Fothergill, 76, said: “[[If the first hour stays free, like they've hinted, I can live with it. If not, I'll do my shopping on the computer like everyone else.]]”",
            {"the parking charges": N}),
          q("Dunmere District Council", O, IND,
            "The council said [[the charges would be reviewed after twelve months and Blue Badge holders would continue to park free]].",
            {"the parking charges": N}),
          q("Janet Orrell", P, MIX,
            "Ms Orrell said [[the petition was “entirely understandable”, but that those who signed it had not been told which services would be cut instead]].",
            {"the traders' petition": A, "the council's plan": F}),
      ])

# ---------------------------------------------------------------------------
# UK: POLICING AND JUSTICE
# ---------------------------------------------------------------------------

topic("pol-prison-early-release", "UK", "justice",
      "Around 2,400 prisoners in England and Wales will be freed early next "
      "month after Justice Secretary Imogen Hartley confirmed that inmates "
      "serving less than four years will be released after 40% of their "
      "sentence rather than half.",
      [
          q("Imogen Hartley", P, DIR,
            "Ms Hartley said: “[[I did not come into this job wanting to let anybody out early. But when the prisons are full, the police can't make arrests and the courts can't sentence, and I will not allow that to happen.]]”",
            {"the early release scheme": F}),
          q("Voice for Victims", O, IND,
            "The charity Voice for Victims said [[a woman had rung its helpline that morning to say the man who attacked her would be living three streets away by Christmas, and nobody had warned her]].",
            {"the early release scheme": A}),
          q("Prison Governors' Forum", O, MIX,
            "The Prison Governors' Forum said [[jails were “days away from being completely full” and the scheme was “the only tool left in the box”]].",
            {"the early release scheme": F}),
          q("Nick Beale", P, MIX,
            "Shadow justice secretary Nick Beale said [[the government had “lost control of the prisons” and that Ms Hartley was “opening the gates because she failed to build the cells”]].",
            {"the early release scheme": A, "Imogen Hartley": A}),
          q("probation officer", R, DIR,
            "A probation officer in Leeds said: “[[Each of us already has sixty cases. Next month we'll get another dozen each, most of them walking out on the same day.]]”",
            {"the early releases": A}),
          q("Penal Research Unit", O, IND,
            "The Penal Research Unit, an independent think tank, said [[about one in four prisoners freed under a similar scheme two years ago had been recalled within a year, slightly more than among those who served the full half]].",
            {"the early release scheme": N}),
          q("Ministry of Justice", O, IND,
            "The Ministry of Justice said [[people convicted of sexual offences, terrorism or serious violence would be excluded and releases would be staggered over four weeks]].",
            {"the early release scheme": N}),
          q("Denise Whalley", P, DIR,
            "Denise Whalley, whose son is serving 20 months for burglary, said: “[[He's on a wing where they're locked up 23 hours a day because there aren't enough staff. Getting him out three months early is the best news we've had all year.]]”",
            {"the early releases": F}),
          q("Rob Stanning", P, DIR,
            "Rob Stanning, who chairs the Police Officers' Federation, said: “[[If probation gets the staff to supervise these people properly, we'll cope. If it doesn't, my officers will be knocking on the same doors again by spring.]]”",
            {"the early release scheme": N}),
      ])

# ---------------------------------------------------------------------------
# US: TAXES AND BUDGETS
# ---------------------------------------------------------------------------

topic("pol-gas-tax-holiday", "US", "tax",
      "Gov. Raymond Castellano has asked lawmakers to suspend the state's "
      "31-cent-a-gallon gas tax from Memorial Day through Labor Day, a move "
      "his office says would save the average driver about $140.",
      [
          q("Raymond Castellano", P, DIR,
            "“[[Families are choosing between filling the tank and filling the fridge. This puts money back in their pockets right when they need it,]]” Castellano said at a gas station in Fairmont.",
            {"the gas tax holiday": F}),
          q("Legislative Fiscal Office", O, IND,
            "The nonpartisan Legislative Fiscal Office said [[the suspension would cut revenue to the state highway fund by about $410 million]].",
            {"the gas tax holiday": N}),
          q("Nora Feldstein", P, DIR,
            "Nora Feldstein, an economist at Lakeland State University, said: “[[In other states, stations passed on most of the cut at first and less of it as the summer went on. How much drivers actually see depends on the market.]]”",
            {"the gas tax holiday": N}),
          q("Associated Road Builders", O, DIR,
            "Associated Road Builders, a contractors' group, said: “[[That $410 million is 90 bridge repairs that won't happen this year. Drivers will pay it back in blown tires and cracked axles.]]”",
            {"the gas tax holiday": A}),
          q("Denise Okonjo", P, MIX,
            "Senate Minority Leader Denise Okonjo called the proposal [[an “election-year gimmick” that would mostly benefit oil companies]].",
            {"the gas tax holiday": A, "Raymond Castellano": A}),
          q("Marcus Greer", P, DIR,
            "Marcus Greer, who drives a delivery van in the Fairmont suburbs, said: “[[I put 300 miles a day on that van. Fourteen weeks without the tax is real money for me, and I don't care whose idea it was.]]”",
            {"the gas tax holiday": F}),
          q("Clean Transit Now", O, DIR,
            "The advocacy group Clean Transit Now said: “[[Nothing says we take climate change seriously quite like paying people to burn more gasoline.]]”",
            {"the gas tax holiday": A}),
          q("Sam Haddad", P, DIR,
            "Sam Haddad, who owns three stations along Route 9, said: “[[If it passes, I'll pass on every cent, you can write that down. Whether it's good for the roads is above my pay grade.]]”",
            {"the gas tax holiday": N}),
          q("Curtis Bell", P, IND,
            "State Rep. Curtis Bell, a Republican, said [[a summer holiday was welcome as far as it went but he would make the cut permanent and halve the tax]].",
            {"the gas tax holiday": F}),
      ])

# ---------------------------------------------------------------------------
# US: IMMIGRATION
# ---------------------------------------------------------------------------

topic("pol-migrant-shelter-armory", "US", "immigration",
      "Port Delmar plans to open a shelter for up to 400 newly arrived "
      "migrant family members in the city's former National Guard armory "
      "next month, and several hundred Eastside residents rallied against the "
      "plan outside City Hall on Tuesday.",
      [
          q("Lydia Santoro", P, DIR,
            "Mayor Lydia Santoro said: “[[Right now we have children sleeping on the floor of a police station lobby. The armory has heat, showers and a kitchen. This is not a hard call.]]”",
            {"the shelter plan": F}),
          q("Frank DeLuca", P, DIR,
            "Frank DeLuca of the Eastside Neighbors Association, who organized the rally, said: “[[Nobody asked us. The mayor announced it on a Friday afternoon and figured we wouldn't notice.]]”",
            {"the rally": F, "Mayor Santoro": A}),
          q("Carmen Ortiz", P, DIR,
            "Carmen Ortiz, who attended the rally, said: “[[My grandparents came here with nothing, so don't tell me I'm against immigrants. I'm here because they're putting 400 people in a building with no school within two miles.]]”",
            {"the shelter plan": A, "the rally": F}),
          q("Office of Emergency Management", O, IND,
            "The city's Office of Emergency Management said [[the shelter would open on the 15th, families would be referred by the city's intake center and stays would be limited to 60 days]].",
            {"the shelter plan": N}),
          q("Puentes Legal Aid", O, DIR,
            "The immigrant rights group Puentes Legal Aid said: “[[The families we represent have done everything by the book. They have court dates and work permits pending. What they need is an address.]]”",
            {"the shelter plan": F}),
          q("Elijah Grant", P, MIX,
            "Pastor Elijah Grant of Eastside Bethel Church said [[the rally “did not speak for this neighborhood”]] and that his congregation would run a clothing drive for the families.",
            {"the rally": A, "the shelter plan": F}),
          q("Port Delmar Police Department", O, IND,
            "The Port Delmar Police Department said [[the rally was peaceful and no arrests were made]].",
            {"the rally": N}),
          q("armory neighbor", R, DIR,
            "A woman who lives across the street from the armory, and asked not to be named, said: “[[If it really is families and it really is 60 days, fine. If it turns into something permanent with nobody in charge, that's a different conversation.]]”",
            {"the shelter plan": N}),
      ])

# ---------------------------------------------------------------------------
# US: SCHOOLS
# ---------------------------------------------------------------------------

topic("pol-four-day-school-week", "US", "education",
      "The Cedar Fork School District board voted 4-3 on Monday to move its "
      "5,600 students to a four-day week starting in August, with longer "
      "school days and Fridays off, in an effort to recruit and keep "
      "teachers.",
      [
          q("Karen Holloway", P, IND,
            "Superintendent Karen Holloway said [[the district had started the year with 41 teaching vacancies, while neighboring districts that switched to four days had filled theirs by July]].",
            {"the four-day week": F}),
          q("Shanice Turner", P, DIR,
            "Shanice Turner, who works two jobs, said: “[[Who's watching my seven-year-old on Fridays? Day care here is $60 a day, and nobody's giving me Fridays off.]]”",
            {"the four-day week": A}),
          q("Gail Henning", P, MIX,
            "Board member Gail Henning, who voted no, said [[the change had been “rushed through” without any study of its effect on test scores]].",
            {"the four-day week": A, "the board's decision": A}),
          q("state Department of Education", O, IND,
            "The state Department of Education said [[districts on four-day schedules must still provide at least 1,080 hours of instruction a year]].",
            {"the four-day week": N}),
          q("Luis Paredes", P, IND,
            "Luis Paredes of the Rural Schools Policy Institute, an independent research group, said [[studies had found attendance tended to improve slightly, while effects on achievement ranged from none to small declines, mostly in math]].",
            {"the four-day week": N}),
          q("Jaden Cole", P, DIR,
            "Jaden Cole, a junior at Cedar Fork High, said: “[[Longer days and a three-day weekend every week? Yeah, I think I'll cope somehow.]]”",
            {"the four-day week": F}),
          q("Cedar Fork YMCA", O, IND,
            "The Cedar Fork YMCA said [[it would run a Friday day camp for $25 a day, with scholarships for low-income families]].",
            {"the four-day week": N}),
          q("Tamika Rhodes", P, DIR,
            "Tamika Rhodes, president of the Cedar Fork Education Association, said: “[[Nobody here thinks a shorter week is ideal for kids. But a classroom with a long-term sub all year is worse, and that's where we are.]]”",
            {"the schedule change": F}),
      ])

# ---------------------------------------------------------------------------
# US: TECHNOLOGY REGULATION
# ---------------------------------------------------------------------------

topic("pol-robotaxi-permit", "US", "technology",
      "State regulators on Wednesday gave Vantor Mobility permission to run "
      "its driverless taxis around the clock across the whole city of "
      "Marisol, lifting limits that had kept its 300 cars to downtown streets "
      "at night.",
      [
          q("Vantor Mobility", O, IND,
            "Vantor said [[its cars had driven 40 million miles with far fewer injury crashes than human drivers and that riders in every neighborhood deserved the option]].",
            {"the robotaxi expansion": F}),
          q("Hector Salinas", P, DIR,
            "Hector Salinas, an organizer with the Marisol App Drivers Union, said: “[[I've got 11 years and zero accidents. Now I'm supposed to compete with a company that doesn't have to pay a driver at all.]]”",
            {"the robotaxi expansion": A}),
          q("Marisol Fire Department", O, MIX,
            "The Marisol Fire Department said [[Vantor cars had blocked its engines at least 14 times this year, once “parked dead center in an active fire scene”]].",
            {"Vantor Mobility": A}),
          q("Public Utilities Commission", O, IND,
            "The Public Utilities Commission said [[Vantor must report every collision within 24 hours and keep remote operators able to reach any car within 90 seconds]].",
            {"the permit": N}),
          q("Denise Albright", P, DIR,
            "Denise Albright, who is blind, said: “[[For the first time in my adult life I can go out at 11 at night without asking anybody for a ride.]]”",
            {"the robotaxi expansion": F}),
          q("emergency room nurse", R, DIR,
            "An emergency room nurse at Marisol General said: “[[Great. Now when one of them stalls in the ambulance bay at 3 a.m., there won't even be a driver to yell at.]]”",
            {"the robotaxi expansion": A}),
          q("Oliver Tran", P, DIR,
            "Oliver Tran, a transportation analyst at the independent Pacific Mobility Institute, said: “[[The safety numbers look good, but they come mostly from dry weather and well-mapped streets. The next year of data will tell us far more.]]”",
            {"the robotaxi expansion": N}),
          q("Grace Yoon", P, DIR,
            "City Council member Grace Yoon said: “[[If Vantor agrees to share its crash data with the city, I'll have no objection. We've asked, and we're waiting for an answer.]]”",
            {"the permit": N}),
          q("downtown bartender", R, DIR,
            "A bartender who works nights downtown said: “[[I used to wait 40 minutes for a ride home at 2 a.m. Now I wait four, and I don't have to make small talk.]]”",
            {"the robotaxi expansion": F}),
      ])

# ---------------------------------------------------------------------------
# US: ELECTIONS AND CANDIDATES
# ---------------------------------------------------------------------------

topic("pol-ocotillo-sheriff-race", "US", "elections",
      "Sheriff Wayne Pruitt, seeking a fifth term in Ocotillo County, faces "
      "Lt. Marisa Vega, a 19-year veteran of his own department, in the "
      "Nov. 5 election.",
      [
          q("Wayne Pruitt", P, DIR,
            "Pruitt said: “[[Violent crime in this county is down 22 percent since I took office. Folks can decide whether they want to gamble with that.]]”",
            {"Wayne Pruitt": F, "Marisa Vega": A}),
          q("Marisa Vega", P, DIR,
            "Vega said: “[[I've worked in that jail. Three people died in it last year, and the sheriff still hasn't told their families what happened.]]”",
            {"the sheriff": A}),
          q("county elections director", R, IND,
            "The county elections director said [[mail ballots must arrive by 7 p.m. on Election Day and the county would open 34 vote centers]].",
            {"Wayne Pruitt": N, "Marisa Vega": N}),
          q("Ocotillo County Deputy Sheriffs' Association", O, MIX,
            "The Ocotillo County Deputy Sheriffs' Association, which endorsed Vega last week, said [[the department needed “a leader who has worked a patrol shift in the last decade”]].",
            {"Marisa Vega": F, "Wayne Pruitt": A}),
          q("Bud Hanley", P, DIR,
            "Bud Hanley, who ranches east of Tres Pinos, said: “[[When cattle went missing off my place, Wayne drove out himself on a Sunday. You don't forget a thing like that.]]”",
            {"Wayne Pruitt": F}),
          q("Rosa Delgado", P, DIR,
            "Rosa Delgado, whose son died in the county jail in March, spoke at a Vega campaign event: “[[My son was in there for a probation violation. He should have come home.]]”",
            {"the sheriff": A}),
          q("Alan Whitmore", P, IND,
            "Alan Whitmore, a political scientist at Ocotillo Community College, said [[incumbent sheriffs in the county had almost never lost, but a challenger from inside the department with the deputies' backing was something new]].",
            {"Marisa Vega": N}),
          q("Joyce Keller", P, DIR,
            "Joyce Keller, a retired postal worker, said: “[[I've voted for Wayne three times. I'll watch the debate and make up my mind after that, same as always.]]”",
            {"Wayne Pruitt": N}),
      ])

# ---------------------------------------------------------------------------
# US: COMPANY TAKEOVERS AND CLOSURES
# ---------------------------------------------------------------------------

topic("pol-kessler-falls-mill-closure", "US", "business",
      "Northgate Paper will close its mill in Kessler Falls by March, "
      "eliminating 640 jobs, eight months after the company was bought by "
      "the private equity firm Crestline Partners.",
      [
          q("Northgate Paper", O, IND,
            "Northgate said in a statement that [[demand for coated paper had fallen by almost half in a decade and the Kessler Falls mill had lost money in each of the last four years]].",
            {"the closure": F}),
          q("Dwight Amundsen", P, DIR,
            "Dwight Amundsen, president of United Paperworkers Local 118, said: “[[Crestline told us to our faces in June there were no plans to close. Since then they've sold the timberland, frozen the pension, and now they're leaving the building.]]”",
            {"Crestline Partners": A}),
          q("Cody Lindahl", P, DIR,
            "Cody Lindahl, a machine tender, said: “[[My grandfather started here in 1958. My son started in April. Where's he supposed to go now, a warehouse two hours away?]]”",
            {"the closure": A}),
          q("state Department of Economic Development", O, IND,
            "The state Department of Economic Development said [[it would open a job center in Kessler Falls next week and affected workers could qualify for up to two years of retraining]].",
            {"the closure": N}),
          q("Rachel Sorensen", P, DIR,
            "Rachel Sorensen, an analyst who covers the paper industry, said: “[[Crestline paid a low price precisely because the mill was losing money. Whether they ever meant to run it long term, only they know.]]”",
            {"Crestline Partners": N, "the takeover": N}),
          q("Janet Lindqvist", P, MIX,
            "Rep. Janet Lindqvist said [[Crestline had treated the town “like a line on a spreadsheet”]] and asked federal regulators to review the deal.",
            {"the takeover": A}),
          q("Crestline Partners", O, IND,
            "Crestline said [[it had invested $30 million in the mill since buying Northgate and had explored every option, including a sale, before deciding to close it]].",
            {"the closure": F, "the takeover": F}),
          q("Ed Varga", P, DIR,
            "Kessler Falls Mayor Ed Varga said: “[[If someone wants to buy this mill and run it, the town will do whatever it takes to help them. We've already had two calls.]]”",
            {"the mill closure": N}),
      ])

# ---------------------------------------------------------------------------
# US: CONSUMER AND REGULATOR RULINGS
# ---------------------------------------------------------------------------

topic("pol-tri-valley-rate-increase", "US", "regulation",
      "The state Public Service Commission on Thursday approved a 9.8 percent "
      "increase in electricity rates for about 1.2 million Tri-Valley Power "
      "customers, adding about $14 a month to a typical household bill. The "
      "utility had asked for 15 percent.",
      [
          q("Glenn Avery", P, DIR,
            "Tri-Valley chief executive Glenn Avery said: “[[We're replacing poles that went up in the 1960s and burying lines in the wildfire zones. That work isn't optional, and it has to be paid for.]]”",
            {"the rate increase": F}),
          q("Office of Ratepayer Advocate", O, MIX,
            "The state Office of Ratepayer Advocate said [[the commission had “split the difference with a monopoly”]] and customers would still be funding a 10.2 percent return for shareholders.",
            {"the commission's ruling": A}),
          q("Public Service Commission", O, IND,
            "The commission said [[the new rates would take effect Jan. 1 and customers enrolled in its low-income program would see no increase]].",
            {"the rate increase": N}),
          q("Dolores Finch", P, DIR,
            "Dolores Finch, 78, said: “[[I already keep the thermostat at 62 in January. Fourteen dollars is my blood pressure pills.]]”",
            {"the rate increase": A}),
          q("Tri-Valley Power", O, IND,
            "Tri-Valley said [[it was disappointed the commission had not approved its full request and was reviewing whether to appeal]].",
            {"the commission's ruling": A}),
          q("Kenji Mori", P, DIR,
            "Kenji Mori, a utilities analyst at the independent Energy Rates Project, said: “[[Even after this, Tri-Valley's rates sit roughly in the middle for the region. The bigger question is what wildfire spending looks like over the next decade.]]”",
            {"the rate increase": N, "Tri-Valley Power": N}),
          q("Ana Beltran", P, DIR,
            "Ana Beltran, who owns an ice cream shop in Redwood Flats, said: “[[We lost power eleven times last summer and threw out $9,000 worth of stock. Somebody has to pay to fix those lines, and I'd rather pay it than lose another summer.]]”",
            {"the rate increase": F}),
          q("Senior Action Council", O, IND,
            "The Senior Action Council said [[it was not disputing that the grid needed work, only that a company which made $600 million last year could pay for more of it]].",
            {"the rate hike": A}),
          q("Redwood Flats fire chief", R, IND,
            "The fire chief in Redwood Flats, where a 2021 blaze was traced to a sagging power line, said [[burying lines in the canyons was overdue and worth paying for]].",
            {"the rate increase": F}),
      ])
