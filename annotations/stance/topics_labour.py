# More labour-dispute topics for the sayso stance pairs (train split).
#
# Exec'd by build_pairs.py with its globals (topic, q, F/A/N, P/O/R,
# DIR/IND/MIX).  Written from scratch by the sayso team: every person, most
# organisations and all events and quotes are fictional.  Where a real body is
# named (Acas, a government department, a federal agency) the words given to
# it are invented.
#
# Emphasis: the implicit cases the classifier gets wrong -- union officials
# and workers who only describe conditions (favor the action, against the
# employer's policy), employers who "regret" the action or say most staff are
# working normally (against the action), neutral procedural lines, warm-worded
# opponents and reluctant-sounding supporters (convention 3), and affected
# third parties (convention 8).

# ---------------------------------------------------------------------------
# UK
# ---------------------------------------------------------------------------

topic("lab-benefits-office-strike", "UK", "labour",
      "Staff at four benefit processing centres run by the Department for "
      "Work and Pensions in the north-west of England walked out on Tuesday "
      "over new daily targets for assessing claims, the first of five strike "
      "days called by the Public Sector Staff Union (PSSU).",
      [
          q("Marion Keane", P, DIR,
            "Marion Keane, general secretary of the PSSU, said: “[[Seventy-eight per cent voted yes on a 61% turnout. That is not a union leadership talking. That is the people who process these claims every day telling ministers they have had enough.]]”",
            {"the strike": F}),
          q("Kieran Walsh", P, DIR,
            "Kieran Walsh, the PSSU rep at the Wigan centre, said: “[[We've lost a third of our team in eighteen months and not one post has been filled. Now each of us is meant to clear forty claims a day on a system that freezes twice every morning.]]”",
            {"the strike": F, "the new targets": A}),
          q("claims assessor", R, DIR,
            "A claims assessor with nine years' service, who asked not to be named, said: “[[You stop seeing people and start seeing a number on a dashboard. We're treated like machines, and the claimants can hear it in our voices.]]”",
            {"the industrial action": F}),
          q("DWP spokesman", R, MIX,
            "A DWP spokesman said [[the department was “disappointed” that the union had gone ahead while discussions were still under way, and that the great majority of staff had come in to work as usual]].",
            {"the strike": A}),
          q("Rachel Dunmore", P, MIX,
            "Employment minister Rachel Dunmore said [[the targets were “entirely reasonable” and simply brought every centre up to the level the best offices already achieved]].",
            {"the new targets": F}),
          q("Joanne Pilling", P, DIR,
            "Joanne Pilling, 44, who has been waiting seven weeks for a decision on her claim, said: “[[I don't blame the staff, honestly I don't. But every day they're outside is another day I'm borrowing off my mum for the gas meter.]]”",
            {"the walkout": A}),
          q("Department for Work and Pensions", O, IND,
            "The department said [[around 2,600 people worked at the four centres and that it did not yet have figures for how many had joined the walkout]].",
            {"the walkout": N}),
          q("Acas", O, IND,
            "The conciliation service Acas said [[officials from both sides had met at its Manchester office on Monday and had agreed to meet again after the second strike day]].",
            {"the strike": N, "the new targets": N}),
      ])

topic("lab-courts-staff-walkout", "UK", "labour",
      "Court clerks, ushers and listing officers at 23 magistrates' and crown "
      "courts across the Midlands staged a one-day walkout on Wednesday over "
      "staffing and a new case-management system, CourtFlow, which the "
      "Justice Staff Union says has added hours of unpaid work.",
      [
          q("Paul Okoro", P, DIR,
            "Paul Okoro, national officer for the Justice Staff Union, said: “[[Every hearing in this country depends on a clerk who has read the file. Cut those clerks by a fifth, give the rest a system that loses documents, and trials collapse.]]”",
            {"the walkout": F, "CourtFlow": A}),
          q("Denise Harper", P, DIR,
            "Denise Harper, an usher at Leicester Crown Court for 16 years, said: “[[Some nights I'm still in the building at seven, typing back in whatever the computer swallowed that afternoon. I'm paid until five.]]”",
            {"the walkout": F}),
          q("courts service spokeswoman", R, DIR,
            "A spokeswoman for the courts service said: “[[We apologise to anyone whose case was affected. Custody and other priority hearings went ahead as planned, and CourtFlow now handles more cases each week than the system it replaced.]]”",
            {"the walkout": A, "CourtFlow": F}),
          q("Helen Ashdown", P, MIX,
            "Courts minister Helen Ashdown said [[the walkout was “deeply regrettable” when victims were already waiting years for their day in court]].",
            {"the walkout": A}),
          q("Midlands Criminal Bar Association", O, IND,
            "The Midlands Criminal Bar Association said [[its members had lost count of hearings adjourned because papers had vanished from the new system, and that court staff had raised the problem for more than a year]].",
            {"CourtFlow": A}),
          q("Justice Staff Union", O, IND,
            "The union said [[more than 1,100 of its 1,300 members at the affected courts had stayed out, and that 19 of the 23 buildings had opened late or not at all]].",
            {"the walkout": F}),
          q("Priya Nandra", P, DIR,
            "Priya Nandra, a duty solicitor in Nottingham, said: “[[I can see the argument on both sides. What I need is to know by nine o'clock whether my client is being heard, and today nobody could tell me.]]”",
            {"the walkout": N}),
          q("courts service", O, IND,
            "The courts service said [[adjourned cases would be relisted within six weeks and that witnesses would be contacted directly with new dates]].",
            {"the industrial action": N}),
      ])

topic("lab-prison-officers-overtime-ban", "UK", "labour",
      "Prison officers at HMP Castlemoor have stopped working voluntary "
      "overtime after a run of assaults on staff, leaving the jail on a "
      "restricted regime with some prisoners locked in their cells for up to "
      "22 hours a day.",
      [
          q("Mick Rawlings", P, DIR,
            "Mick Rawlings, national chair of the Custodial Officers' Federation, said: “[[Three officers from that jail have ended up in hospital since Easter. Our members are no longer prepared to cover the gaps with extra shifts, and they are right.]]”",
            {"the overtime ban": F}),
          q("prison officer", R, DIR,
            "One officer, who has worked at Castlemoor for eleven years, said: “[[We run wings with four staff that were designed for ten. You do your thirteenth hour, you're back in at seven the next morning, and that's when people get hurt.]]”",
            {"the overtime ban": F, "the Prison Service": A}),
          q("Prison Service spokesperson", R, DIR,
            "A Prison Service spokesperson said: “[[Overtime is voluntary and we respect that. But locking the regime down in this way harms rehabilitation, and we would encourage the federation to work with the governor on a safer plan.]]”",
            {"the overtime ban": A}),
          q("Daniel Ferris", P, MIX,
            "Prisons minister Daniel Ferris said [[he had “every sympathy” with officers facing violence but that the ban was “leaving staff and prisoners less safe, not more”]].",
            {"the overtime ban": A}),
          q("Jackie Moore", P, DIR,
            "Jackie Moore, whose son is serving a sentence at Castlemoor, said: “[[Visits have been cancelled twice this month. I know the officers are frightened, I would be too. But my lad is sat in a cell all day going out of his mind.]]”",
            {"the overtime ban": A}),
          q("Independent Monitoring Board", O, IND,
            "The prison's Independent Monitoring Board said [[its members had visited three times since the ban began and that education and workshops had been suspended on all but one wing]].",
            {"the overtime ban": N}),
          q("Sandra Whitby", P, DIR,
            "Local MP Sandra Whitby said: “[[If the ministry comes up with a real staffing plan and the federation accepts it, this could be over in a week. That is a big if, and I'll be watching both of them.]]”",
            {"the overtime ban": N}),
          q("Ministry of Justice", O, IND,
            "The Ministry of Justice said [[the governor had met federation representatives on Tuesday and that a further meeting had been arranged for next week]].",
            {"the industrial action": N}),
          q("Lorraine Beck", P, DIR,
            "Lorraine Beck, a custodial manager at the jail, said: “[[I hate seeing the regime shut down. I came into this job to run workshops, not to keep men behind doors. But I won't ask my staff to do another double shift on a wing we can't hold.]]”",
            {"the overtime ban": F}),
      ])

topic("lab-council-support-staff-strike", "UK", "labour",
      "Teaching assistants, school cleaners, care workers and library staff "
      "employed by Redbury City Council will strike for three days next week "
      "after rejecting a flat-rate pay offer of £1,050 a year, closing or "
      "part-closing around 40 schools.",
      [
          q("Angela Fry", P, DIR,
            "Angela Fry, regional secretary of the Local Government Staff Union, said: “[[Teaching assistants in this city take home less in real terms than they did ten years ago, and plenty of them do a second job in the evenings. A flat £1,050 doesn't come close to what they've lost.]]”",
            {"the strike action": F, "the pay offer": A}),
          q("Becky Lowther", P, DIR,
            "Becky Lowther, a teaching assistant at a primary school in north Redbury, said: “[[I work with two children with complex needs every single day and I love them to bits. I also worked out last month that I'd earn more on the tills at the supermarket.]]”",
            {"the strike action": F}),
          q("Redbury City Council spokesman", R, DIR,
            "A spokesman for Redbury City Council said: “[[This is the most the council can afford without cutting services. We value our support staff hugely, and we are asking the union to put the offer back to members rather than close schools.]]”",
            {"the pay offer": F, "the strike action": A}),
          q("Tom Haverley", P, MIX,
            "Council leader Tom Haverley said [[every extra pound on the pay bill would have to come out of “adult social care or bin collections”, and called the strike “the wrong answer to a real problem”]].",
            {"the strike action": A}),
          q("Naomi Clarke", P, DIR,
            "Naomi Clarke, a single mother of three, said: “[[I'm a nurse, I've been out on strike myself, so I understand. But three days with no school is three days I'm not on the ward, and I can't keep doing that.]]”",
            {"the strike action": A}),
          q("Redbury City Council", O, IND,
            "The council said [[headteachers would tell parents by Friday whether their school would open and that breakfast clubs would run where staffing allowed]].",
            {"the strike action": N}),
          q("Local Government Staff Union", O, IND,
            "The union said [[support staff had voted for strikes by more than four to one, on the highest turnout its Redbury branch had ever recorded]].",
            {"the strike action": F}),
          q("Martin Greaves", P, DIR,
            "Martin Greaves of the Local Finance Institute said: “[[Redbury has some of the lowest reserves of any city council in England and spends more than 60% of its budget on care. Whatever the settlement is, it will be paid for from somewhere.]]”",
            {"the pay offer": N}),
          q("Anne Mercer", P, DIR,
            "Anne Mercer, head of Redbury's largest secondary school, said: “[[We'll open for Years 11 and 13, who have exams coming up, and set work online for everyone else.]]”",
            {"the strike action": N}),
      ])

topic("lab-bus-drivers-walkout", "UK", "labour",
      "Drivers at Kestrel Buses, which runs most routes in and around "
      "Dunmere, will stage a two-week walkout from Monday after rejecting a "
      "4% pay offer and a new timetable that union officials say leaves no "
      "time for breaks.",
      [
          q("Lee Barraclough", P, DIR,
            "Lee Barraclough, regional organiser for the Road Transport Workers' Union, said: “[[Drivers are timed between stops to the minute, and the turnaround at the terminus is shorter than the queue for the toilet. Kestrel made £14m last year. It can afford to treat them like people.]]”",
            {"the walkout": F}),
          q("Shaun Pettifer", P, DIR,
            "Shaun Pettifer, who has driven the number 12 route for nine years, said: “[[I've been spat at, I've had my running time cut twice, and my pay has gone backwards. Four per cent doesn't fix any of that.]]”",
            {"the 4% offer": A}),
          q("Kestrel Buses spokeswoman", R, DIR,
            "A spokeswoman for Kestrel Buses said: “[[Our drivers are the heart of this business, which is exactly why we have offered 4% plus a £500 loyalty payment. We believe that is fair, and a walkout will only hurt the passengers who rely on us.]]”",
            {"the 4% offer": F, "the walkout": A}),
          q("Elsie Draper", P, DIR,
            "Elsie Draper, 79, who takes the bus to a weekly hospital appointment, said: “[[My daughter has to take time off work to drive me now. I'm sure the drivers deserve more, but who's thinking about people like me?]]”",
            {"the walkout": A}),
          q("Callum Reid", P, DIR,
            "Callum Reid, a student waiting at Dunmere interchange, said: “[[To be honest I haven't followed who wants what. I'll walk for a fortnight and see how it ends.]]”",
            {"the walkout": N}),
          q("county transport authority", O, IND,
            "The county's transport authority said [[school services run by other operators would not be affected and that it had published a list of alternative routes on its website]].",
            {"the walkout": N}),
          q("Helen Carrow", P, MIX,
            "Regional mayor Helen Carrow said [[she had “real sympathy” for drivers and for passengers alike, and that both sides should “stop posturing” and take up her offer of independent mediation]].",
            {"the walkout": N}),
          q("Road Transport Workers' Union", O, IND,
            "The union said [[drivers at Kestrel's two other depots would be balloted next week, raising the prospect of action across the whole network]].",
            {"the industrial action": F}),
          q("Gary Holt", P, MIX,
            "Gary Holt, a driver who voted against the action, said [[he thought the offer was “fair enough the way things are” and that he would be out only “because the vote went that way”]].",
            {"the walkout": A}),
      ])

topic("lab-port-dockers-strike", "UK", "labour",
      "Container traffic at the Port of Saltmarsh has come to a standstill "
      "after 560 dockers, crane drivers and lashers began an eight-day strike "
      "over pay, the second stoppage at the port this summer.",
      [
          q("Frank Maguire", P, DIR,
            "Frank Maguire, national secretary of the Maritime and Dock Workers' Union, said: “[[The owners took a £90m dividend and offered the people who load the ships a rise below inflation. Members have now shown twice that they will not be ignored.]]”",
            {"the strike": F, "Saltmarsh Port Holdings": A}),
          q("Jason Ogunleye", P, DIR,
            "Jason Ogunleye, a crane driver at the port for twelve years, said: “[[Twelve-hour shifts, forty metres up, in a cab that rocks when the wind gets up. And last winter they told us to be grateful we still had jobs.]]”",
            {"the strike": F}),
          q("Saltmarsh Port Holdings", O, MIX,
            "Saltmarsh Port Holdings said [[its 7% offer was “the best in the sector” and that the stoppage was being driven by “union officials, not our workforce”]].",
            {"the pay offer": F, "the strike": A}),
          q("Carla Menon", P, IND,
            "Shipping analyst Carla Menon of Tidewater Research said [[about a third of the vessels due at Saltmarsh this week had already been diverted to other ports on the east coast]].",
            {"the strike": N}),
          q("Alan Fryer", P, DIR,
            "Business secretary Alan Fryer said: “[[The government is not a party to this dispute. I would only say that the port matters to the whole economy, and the sooner the two sides settle the better.]]”",
            {"the strike": N}),
          q("Kayleigh Platt", P, DIR,
            "Dockworker Kayleigh Platt said: “[[Best in the sector, they keep telling us. Best at what, exactly? Paying shareholders?]]”",
            {"the pay offer": A}),
          q("Acas", O, IND,
            "Acas said [[talks between the company and the union would resume at its Leeds office on Thursday morning]].",
            {"the strike": N}),
          q("Roger Lane", P, DIR,
            "Chief executive Roger Lane said: “[[I have worked alongside dockers for thirty years and I respect every one of them. But a good offer does not get better because ships are waiting out in the estuary.]]”",
            {"the strike": A}),
      ])

topic("lab-hospital-porters-strike", "UK", "labour",
      "Porters, cleaners and healthcare assistants at Fernleigh Hospitals NHS "
      "Trust will walk out on Thursday and Friday in a dispute over claims "
      "that they have been doing higher-graded clinical work for years "
      "without being paid for it.",
      [
          q("Ruth Sandford", P, DIR,
            "Ruth Sandford, branch secretary for the Health Service Staff Union, said: “[[Healthcare assistants are taking bloods and running ECGs on the lowest pay band there is. The trust has known that for years and hoped nobody would ask.]]”",
            {"the strike": F, "the trust": A}),
          q("Winston Achebe", P, DIR,
            "Winston Achebe, a porter at Fernleigh General for 23 years, said: “[[On nights there are three of us for the whole hospital. You take a patient up to theatre, then go down to the mortuary, and the bleep goes again before you've got your breath back.]]”",
            {"the strike": F}),
          q("Fernleigh trust spokeswoman", R, DIR,
            "A spokeswoman for the trust said: “[[We regret the union's decision to take action. Emergency, maternity and intensive care services will not be affected, and patients should come to their appointments unless we contact them.]]”",
            {"the strike": A}),
          q("Fernleigh Hospitals NHS Trust", O, MIX,
            "The trust said [[its offer to backdate the regrading by two years was “fair and affordable”, and that the union's claim for six years would cost more than £9m]].",
            {"the back-pay offer": F}),
          q("Colin Whitfield", P, DIR,
            "Colin Whitfield, 58, whose hernia operation has been moved because of the strike, said: “[[I was in the gown and ready to go when they told me. I'm not saying the staff are wrong, but that's the second time this year.]]”",
            {"the strike": A}),
          q("Graham Leese", P, MIX,
            "Health minister Graham Leese said [[grading was “a matter for the trust and its staff” and that ministers would not intervene in local disputes]].",
            {"the strike": N}),
          q("Health Service Staff Union", O, IND,
            "The union said [[members at two neighbouring trusts had lodged the same grading claim and would be balloted if Fernleigh did not improve its offer]].",
            {"the strike": F}),
          q("Healthwatch Fernleigh", O, IND,
            "The local patient watchdog Healthwatch Fernleigh said [[it had opened a phone line for patients whose appointments had been moved and would report on their experiences after the strike]].",
            {"the strike": N, "the trust": N}),
      ])

topic("lab-paramedics-ballot", "UK", "labour",
      "Paramedics and emergency call handlers at the Westmarch Ambulance "
      "Service are voting on strike action over pay and long delays in "
      "handing patients over at hospital doors, with the result due on 14 "
      "March.",
      [
          q("Joe Castellano", P, DIR,
            "Joe Castellano, head of health at the Allied Health Workers' Union, said: “[[Crews are spending whole shifts parked outside A&E with a patient in the back while the next 999 call waits. Members tell us they cannot go on like this, and this ballot is their chance to say so.]]”",
            {"the ballot": F}),
          q("Hannah Lowe", P, DIR,
            "Hannah Lowe, a paramedic in Westmarch for seven years, said: “[[Last month I sat through a nine-hour handover and then drove home past the station where I should have been on call. Half the people I qualified with have left for the police or agency work.]]”",
            {"strike action": F}),
          q("Westmarch Ambulance Service spokesman", R, DIR,
            "A spokesman for the Westmarch Ambulance Service said: “[[We understand the pressure our crews are under, and we are working with hospitals to bring handover times down. Strike action would not release a single ambulance from an A&E queue.]]”",
            {"strike action": A}),
          q("call handler", R, DIR,
            "A call handler in the Westmarch control room, who asked not to be named, said: “[[I'd hate to vote yes. It feels wrong in a job like this. But last week a man rang back for the fourth time about his wife on the kitchen floor, and I had nothing to send him.]]”",
            {"strike action": F}),
          q("Ballotline", O, IND,
            "Ballotline, the independent scrutineer running the vote, said [[papers had been posted to 2,140 staff and that the legal turnout threshold of 50% would apply]].",
            {"the ballot": N}),
          q("Priya Raman", P, MIX,
            "Health minister Priya Raman said [[ambulance staff had received “a fair and fully funded award” this year and urged them to “think very carefully” before backing action]].",
            {"strike action": A}),
          q("Maureen Tate", P, DIR,
            "Maureen Tate, whose husband waited seven hours for an ambulance after a fall, said: “[[The crew were wonderful when they finally got to us, and every bit as angry about the wait as we were. Whether striking is the answer, I honestly couldn't tell you.]]”",
            {"strike action": N}),
          q("Neil Farrant", P, DIR,
            "Dr Neil Farrant, an emergency medicine consultant at Westmarch General, said: “[[Handover delays start with beds we can't empty because there is no social care to send people home to. Whatever happens in this ballot, that is the problem somebody has to fix.]]”",
            {"strike action": N}),
          q("Allied Health Workers' Union", O, IND,
            "The union said [[more than 1,000 members had come to workplace meetings about the ballot in its first week, the most it had ever seen in the region]].",
            {"the ballot": F}),
      ])

topic("lab-university-job-cuts-strike", "UK", "labour",
      "Staff at the University of Hartwell began an open-ended strike on "
      "Monday over plans to cut 240 jobs, including whole departments in "
      "modern languages and music, to close a £28m deficit.",
      [
          q("Ellen Frazer", P, DIR,
            "Dr Ellen Frazer, president of the Higher Education Workers' Union branch at Hartwell, said: “[[Colleagues were told by email, two days before Christmas, to apply for their own jobs. Workloads were already impossible, and now management wants the same courses taught by half the people.]]”",
            {"the strike": F, "the job cuts": A}),
          q("University of Hartwell spokesman", R, DIR,
            "A university spokesman said: “[[These are painful decisions and none of them has been taken lightly. But without change Hartwell will not be sustainable, and the strike will only deepen the disruption to our students.]]”",
            {"the job cuts": F, "the strike": A}),
          q("Orla Brennan", P, DIR,
            "Orla Brennan, a second-year physics student, said: “[[I've had four weeks of teaching cancelled already this year. I do feel for the staff, but I'm paying £9,250 for lectures that aren't happening.]]”",
            {"the strike": A}),
          q("Hartwell Students' Union", O, IND,
            "The students' union said [[its council had voted to back the strike and would run a hardship fund for students affected by lost teaching]].",
            {"the strike": F}),
          q("Mark Tennant", P, IND,
            "Higher education analyst Mark Tennant said [[about one in three English universities was now forecasting a deficit, and that Hartwell was one of more than 40 running redundancy programmes]].",
            {"the job cuts": N}),
          q("Rachel Odum", P, MIX,
            "Local MP Rachel Odum said [[the cuts would “rip the heart out” of a university the town had relied on for sixty years]].",
            {"the job cuts": A}),
          q("Department for Education", O, IND,
            "The Department for Education said [[universities were independent bodies responsible for their own staffing decisions]].",
            {"the job cuts": N}),
          q("Higher Education Workers' Union", O, IND,
            "The union said [[it would add a marking and assessment boycott from April unless compulsory redundancies were ruled out]].",
            {"the industrial action": F}),
      ])

# ---------------------------------------------------------------------------
# US
# ---------------------------------------------------------------------------

topic("lab-us-auto-parts-strike", "US", "labour",
      "About 3,400 workers at Brightline Axle, which makes drivetrain parts "
      "for several automakers, went on strike early Saturday at plants in "
      "Indiana and Kentucky after their contract expired without a deal.",
      [
          q("Darryl Whitmore", P, DIR,
            "“[[We've got people with 25 years on the line who are still on the second tier. Same job, same plant, eight dollars less an hour. That ends with this contract,]]” said Darryl Whitmore, president of United Automotive and Industrial Workers Local 1190.",
            {"the strike": F, "Brightline Axle": A}),
          q("Tricia Hensley", P, DIR,
            "Assembler Tricia Hensley, 41, said: “[[They call it mandatory overtime. I call it missing my kids for seven Sundays in a row.]]”",
            {"the strike": F}),
          q("Brightline Axle", O, DIR,
            "Brightline Axle said in a statement: “[[Our offer includes raises of 18 percent over four years and a path to top pay for every worker. We're disappointed the union chose to strike rather than let members vote on it.]]”",
            {"the company's offer": F, "the strike": A}),
          q("UAIW Local 1190", O, IND,
            "The union said [[97 percent of members who voted had authorized the strike and that pickets would staff all four plant gates around the clock]].",
            {"the strike": F}),
          q("Kevin Ostrowski", P, IND,
            "Industry analyst Kevin Ostrowski of Midwest Auto Research said [[two assembly plants that depend on Brightline parts could run short within a week]].",
            {"the strike": N}),
          q("Ron Ashby", P, DIR,
            "Indiana Gov. Ron Ashby said: “[[Both of these sides have been good for this state. My job is to keep them talking, not to tell them what a fair contract looks like.]]”",
            {"the strike": N}),
          q("Marcus Reed", P, MIX,
            "Forklift driver Marcus Reed said [[the company's “path to top pay” would take “eleven years, if you don't get hurt first”]].",
            {"the company's offer": A}),
          q("Carver Motors", O, IND,
            "Carver Motors, which buys axles from Brightline for two of its pickup lines, said [[it was monitoring parts supplies daily and had no plans yet to idle any of its plants]].",
            {"the strike": N}),
      ])

topic("lab-us-nurses-staffing-strike", "US", "labour",
      "Nearly 2,000 nurses at St. Brendan Medical Center walked off the job "
      "Tuesday for a five-day strike over staffing levels, the first nurses' "
      "strike at the hospital in three decades.",
      [
          q("Janelle Brooks", P, DIR,
            "“[[I've had seven patients on a unit where the safe number is four. You go home and lie awake wondering what you missed,]]” said Janelle Brooks, an ICU nurse on the bargaining team for the Registered Nurses Alliance.",
            {"the strike": F}),
          q("St. Brendan spokesperson", R, DIR,
            "A St. Brendan spokesperson said: “[[Patient care is continuing without interruption with the help of qualified replacement nurses. We remain ready to meet the union at any time.]]”",
            {"the strike": A}),
          q("Alan Kessler", P, MIX,
            "Hospital president Dr. Alan Kessler said [[he was “grateful every single day” for the nurses but that fixed ratios would force the hospital to “close beds this community needs”]].",
            {"staffing ratios": A}),
          q("Gloria Reyes", P, DIR,
            "Gloria Reyes, whose chemotherapy appointment was rescheduled, said: “[[The nurses on my floor are angels, and I told them so. But cancer doesn't take the week off because there's a strike.]]”",
            {"the strike": A}),
          q("Tom Whelan", P, DIR,
            "Tom Whelan, whose father spent two weeks on a cardiac ward at St. Brendan last winter, said: “[[Some nights Dad pressed the call button and waited forty minutes. Nobody on that floor was lazy. There just weren't enough of them.]]”",
            {"the strike": F}),
          q("state Department of Health", O, IND,
            "The state Department of Health said [[inspectors would visit the hospital during the strike to confirm that replacement staff held valid licenses]].",
            {"the strike": N}),
          q("Harold Greene", P, MIX,
            "State Sen. Harold Greene, who chairs the health committee, said [[a bill setting minimum “safe staffing” ratios in every hospital would get a hearing next month]].",
            {"staffing ratios": N}),
          q("Registered Nurses Alliance", O, IND,
            "The union said [[more than 1,500 nurses had joined the picket line on the first morning and that 94 percent had voted to authorize the walkout]].",
            {"the walkout": F}),
          q("Keiko Tanaka", P, DIR,
            "Labor and delivery nurse Keiko Tanaka said: “[[Walking out those doors this morning was the hardest thing I've done in this job. Walking back in next week to the same staffing would be harder.]]”",
            {"the walkout": F}),
          q("Dana Whitcomb", P, DIR,
            "Health economist Dana Whitcomb of Ridgeway University said: “[[Research on mandated ratios points both ways. Some studies find fewer deaths, others find hospitals closing units they can't staff.]]”",
            {"staffing ratios": N}),
      ])

topic("lab-us-casino-hotel-strike", "US", "labour",
      "Housekeepers, cooks, bartenders and porters at the Silver Mesa Resort "
      "and Casino in Reno began an open-ended strike Friday, the first "
      "walkout at a major casino in the city in more than 20 years.",
      [
          q("Lorena Castillo", P, DIR,
            "“[[Silver Mesa raised its room rates 40 percent in three years. The women who clean those rooms got 6 percent. That's the whole story,]]” said Lorena Castillo, president of Culinary and Gaming Workers Local 77.",
            {"the strike": F}),
          q("Esperanza Ruiz", P, DIR,
            "Housekeeper Esperanza Ruiz, 52, said: “[[They added three rooms to my quota and took away the cart runners. I take ibuprofen before my shift now, not after.]]”",
            {"the room quotas": A, "the strike": F}),
          q("Silver Mesa spokesperson", R, DIR,
            "A Silver Mesa spokesperson said: “[[Our team members are family, and we've offered them the richest contract in the company's history. The resort remains open, and guests can expect the service they're used to.]]”",
            {"the strike": A}),
          q("Silver Mesa Resort and Casino", O, MIX,
            "The company said [[room quotas were “in line with every comparable property” in northern Nevada and would be reviewed after the busy season]].",
            {"the room quotas": F}),
          q("Joyce Whitaker", P, DIR,
            "Joyce Whitaker, a retired teacher staying at the resort, said: “[[I walked the picket line with them for an hour this morning. I was in a union for 31 years. You don't forget.]]”",
            {"the strike": F}),
          q("regional visitors authority", O, IND,
            "The regional visitors authority said [[hotel occupancy in the city was running at about 82 percent this weekend, roughly level with a year ago]].",
            {"the strike": N}),
          q("Craig Denholm", P, DIR,
            "Mayor Craig Denholm said: “[[I have friends on both sides of that line. I'll help get them in a room, but I won't be telling either of them what to sign.]]”",
            {"the strike": N}),
          q("Federal Mediation and Conciliation Service", O, IND,
            "A spokesperson for the Federal Mediation and Conciliation Service said [[a mediator had been assigned and would meet each side separately on Monday]].",
            {"the walkout": N}),
          q("Nick Sorensen", P, MIX,
            "Bartender Nick Sorensen, who crossed the picket line Friday, said [[he had voted “no” on the strike because he did “just fine on tips” and had a mortgage to pay]].",
            {"the strike": A}),
      ])

topic("lab-us-delivery-heat-walkout", "US", "labour",
      "Delivery drivers and warehouse workers at a QuickCart distribution "
      "center in suburban Atlanta walked off the job Monday, saying "
      "temperatures inside the building and in delivery vans had reached "
      "dangerous levels.",
      [
          q("Andre Mitchell", P, DIR,
            "“[[There's no air conditioning in the back of those vans, and it was 104 degrees on Friday. People are passing out and being told to finish the route,]]” said Andre Mitchell, an organizer with the Logistics Workers Organizing Committee.",
            {"the walkout": F}),
          q("Kiara Simmons", P, DIR,
            "Driver Kiara Simmons, 26, said: “[[I have 210 stops a day. The app flags me if I'm parked more than four minutes. You learn not to drink water so you won't need a bathroom.]]”",
            {"the delivery targets": A, "the walkout": F}),
          q("Elena Marsh", P, DIR,
            "QuickCart spokesperson Elena Marsh said: “[[The safety of our drivers is our top priority, and every van carries cooling fans and water. The vast majority of our team reported for work as normal today.]]”",
            {"the walkout": A}),
          q("QuickCart", O, IND,
            "The company said [[its delivery targets were built from data on thousands of routes and already allowed for traffic and weather]].",
            {"the delivery targets": F}),
          q("Marcy Fields", P, DIR,
            "Marcy Fields, a customer in Decatur, said: “[[My order is two days late, but I'm not going to pretend I know who's right. I just hope nobody gets hurt out there.]]”",
            {"the walkout": N}),
          q("Janet Abernathy", P, DIR,
            "Labor law professor Janet Abernathy of Peachtree State University said: “[[Workers don't need a union to be protected here. Federal law covers employees who act together over safety, whether or not they're organized.]]”",
            {"the walkout": N}),
          q("Lydia Banks", P, MIX,
            "County Commissioner Lydia Banks said [[QuickCart should “stop counting seconds and start counting heatstroke cases”]].",
            {"QuickCart": A}),
          q("Occupational Safety and Health Administration", O, IND,
            "The Occupational Safety and Health Administration said [[it had received a complaint about the facility and could not comment on an open inspection]].",
            {"QuickCart": N}),
          q("Devon Harris", P, DIR,
            "Warehouse picker Devon Harris, who kept working, said: “[[It's hot, sure. It's Georgia in July. Management brought in extra fans and longer breaks, and I don't see what walking out gets anybody.]]”",
            {"the walkout": A}),
      ])

topic("lab-us-teachers-health-premiums", "US", "labour",
      "Teachers in the Millbrook Unified School District voted Thursday to "
      "authorize a strike, and their union said they could walk out as early "
      "as Feb. 3 unless the district drops a plan to shift more "
      "health-insurance costs onto employees.",
      [
          q("Dana Kowalczyk", P, DIR,
            "“[[Ninety-one percent. That number should tell the board everything it needs to know about how teachers feel,]]” said Millbrook Education Association president Dana Kowalczyk.",
            {"the strike vote": F}),
          q("Rob Jennings", P, DIR,
            "Third-grade teacher Rob Jennings said: “[[Under this plan my family premium goes up $340 a month. I already drive rideshare on weekends. At some point you have to ask why you're still doing this.]]”",
            {"the health plan changes": A, "the strike": F}),
          q("Patricia Oyelaran", P, DIR,
            "Superintendent Patricia Oyelaran said: “[[Our teachers are the best in the state, and I'd say that anywhere. But premiums are rising for everyone, and a strike would cost students time they can't get back.]]”",
            {"the strike": A, "the health plan changes": F}),
          q("Jalen Moore", P, DIR,
            "Student body president Jalen Moore said: “[[My chemistry teacher buys our lab supplies with her own money. If the board wants our respect, it could start by respecting her.]]”",
            {"the strike": F}),
          q("state Employment Relations Commission", O, IND,
            "The state Employment Relations Commission said [[a mediator would meet both sides on Jan. 27, the last scheduled session before the earliest possible strike date]].",
            {"the strike": N}),
          q("Victor Hale", P, DIR,
            "Board member Victor Hale said: “[[If the union will move on salary, I think there's room to move on premiums. If nobody moves, we're going to have a strike, and I won't pretend otherwise.]]”",
            {"the strike": N}),
          q("Omar Siddiq", P, DIR,
            "Omar Siddiq, whose two sons attend Millbrook High, said: “[[I've heard the district's numbers and the union's numbers, and they can't both be right. Until somebody shows me the math, I'm staying out of it.]]”",
            {"the strike": N}),
          q("Diane Bukowski", P, IND,
            "Diane Bukowski, a math teacher with 28 years in the district, said [[she had voted against authorizing a strike because members had not yet been shown the district's latest proposal]].",
            {"strike action": A}),
      ])
