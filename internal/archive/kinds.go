package archive

// A kind is one sort of happening the generator writes about, in several
// wordings: outlets tell the same happening in different words. In every
// template {A} is the first actor as first named ("mayor Ana Ruiz"), {a}
// their surname, {B} and {b} the counterpart (a person or an organisation),
// {P} the place, {W} when it happened, {N} and {M} numbers. A sentence's
// first letter is capitalised after filling.
type kind struct {
	titles   []string // headlines
	leads    []string // the happening told in the past: "{A} met {B} {W} in {P}."
	previews []string // the happening announced: "{A} is expected to meet {B} {W}."
	recaps   []string // an earlier happening of the story recalled
	details  []string // an undated sentence that follows the lead
}

var kinds = []kind{
	{ // a meeting
		titles: []string{"{a} and {b} hold talks in {P}", "{a} sits down with {b}", "Talks in {P} as {a} meets {b}", "{a} meets {b}, promises more to come"},
		leads: []string{"{A} met {B} {W} in {P}, aides to both said.", "{A} held talks with {B} in {P} {W}, the first meeting between the two in months.",
			"In {P}, {A} and {B} met behind closed doors {W}.", "{A} travelled to {P} {W} for a meeting with {B}."},
		previews: []string{"{A} is expected to meet {B} in {P} {W}.", "{A} will hold talks with {B} {W} in {P}, officials said."},
		recaps:   []string{"{a} first met {b} in {P} {W}.", "The two sides last held talks {W} in {P}.", "{a} and {b} met {W} in {P}, without a deal."},
		details:  []string{"The talks lasted {N} hours.", "Neither side took questions afterwards.", "About {N} officials attended."},
	},
	{ // an agreement
		titles: []string{"{a} and {b} sign deal on {P} harbour", "Agreement signed over {P} waterfront", "{b} signs accord with {a}"},
		leads: []string{"{A} and {B} signed an agreement on the future of the {P} waterfront {W}.", "{A} signed a deal with {B} {W} that settles the dispute over the {P} harbour.",
			"An accord on the {P} harbour was signed {W} by {A} and {B}."},
		previews: []string{"{A} and {B} are due to sign the harbour agreement {W}.", "The accord between {A} and {B} will be signed in {P} {W}."},
		recaps:   []string{"{a} and {b} signed the first harbour accord {W}.", "The original agreement with {b} was signed {W} in {P}."},
		details:  []string{"The agreement runs to {N} pages.", "It covers {N} berths and a new sea wall."},
	},
	{ // a vote
		titles: []string{"{b} approves {P} budget", "Budget for {P} passes after long night", "{P} vote goes the way of {a}"},
		leads: []string{"{B} voted {N} to {M} {W} to approve the budget for {P}.", "The budget for {P} was approved {W} when {B} voted {N} to {M} in its favour.",
			"{B} backed the {P} budget {W} by {N} votes to {M}, handing {A} a win."},
		previews: []string{"{B} will vote on the {P} budget {W}.", "A vote on the budget for {P} will take place {W}."},
		recaps:   []string{"{b} approved the last budget {W}.", "A first vote on the budget in {P} was held {W}."},
		details:  []string{"The budget sets aside money for {N} new teachers.", "Turnout among members was unusually high."},
	},
	{ // a protest
		titles: []string{"Thousands march in {P}", "{P} residents protest against {b}", "Protest in {P} draws a crowd"},
		leads: []string{"Thousands of residents marched through {P} {W} to protest against the plans of {B}.", "A protest against {B} filled the streets of {P} {W}.",
			"Protesters gathered outside the offices of {B} in {P} {W}, demanding that {A} step in."},
		previews: []string{"Residents plan to march through {P} {W} in protest against {B}.", "A protest against {B} is planned in {P} {W}."},
		recaps:   []string{"A first protest against {b} drew crowds in {P} {W}.", "Residents marched against {b} in {P} {W}."},
		details:  []string{"Organisers put the crowd at {N},000.", "The march passed off peacefully, police said."},
	},
	{ // a strike
		titles: []string{"Workers at {b} walk out", "Strike halts work at {b}", "{b} staff on strike over pay"},
		leads: []string{"Workers at {B} walked out {W} in a strike over pay.", "A strike at {B} halted work across {P} {W}.",
			"Staff of {B} went on strike {W}, the first walkout there in years."},
		previews: []string{"Workers at {B} will strike {W} unless a pay offer is made.", "A strike at {B} is set to begin {W}."},
		recaps:   []string{"Staff at {b} last went on strike {W}.", "A walkout at {b} {W} lasted {N} days."},
		details:  []string{"About {N} workers took part.", "Union leaders said talks had broken down."},
	},
	{ // a fire
		titles: []string{"Fire at {P} warehouse", "Blaze in {P} forces evacuation", "{P} fire: {N} people evacuated"},
		leads: []string{"A fire broke out at a warehouse in {P} {W}, and {N} people were evacuated.", "Firefighters fought a blaze at the old mill in {P} {W}.",
			"A fire tore through a storage depot owned by {B} in {P} {W}."},
		previews: []string{"Officials in {P} will publish their report on the warehouse fire {W}.", "An inquiry into the {P} fire opens {W}."},
		recaps:   []string{"A fire at the same site was put out {W}.", "The warehouse in {P} caught fire {W}."},
		details:  []string{"Nobody was hurt, the fire service said.", "The cause of the fire is not yet known."},
	},
	{ // a flood
		titles: []string{"Floods hit {P}", "{P} under water after heavy rain", "Families leave their homes as {P} floods"},
		leads: []string{"Flooding in {P} {W} forced {N} families from their homes.", "The river burst its banks at {P} {W}, flooding the lower town.",
			"Heavy rain flooded streets across {P} {W}, and {B} opened emergency shelters."},
		previews: []string{"Forecasters warned that {P} could flood again {W}.", "Flood defences at {P} will be tested {W}."},
		recaps:   []string{"The river last flooded {P} {W}.", "Floods in {P} {W} cost the town dearly."},
		details:  []string{"Water rose by {N} centimetres in an hour.", "Schools in the lower town were closed."},
	},
	{ // a launch
		titles: []string{"{b} launches ferry from {P}", "New ferry service for {P}", "{P} gets its ferry at last"},
		leads: []string{"{B} launched a new ferry service from {P} {W}.", "A ferry service between {P} and the islands was launched {W} by {B}.",
			"The first ferry of {B} left {P} {W}, carrying {N} passengers."},
		previews: []string{"{B} will launch its ferry service from {P} {W}.", "The {P} ferry is due to be launched {W}."},
		recaps:   []string{"{b} launched its first service from {P} {W}.", "The ferry service was launched {W}."},
		details:  []string{"Tickets cost {N} crowns each way.", "The crossing takes {N} minutes."},
	},
	{ // a resignation
		titles: []string{"{a} resigns", "{a} quits after {N} years", "{a} steps down as {P} row grows"},
		leads: []string{"{A} resigned {W}, saying it was time for someone new.", "{A} announced {W} that they were resigning with immediate effect.",
			"{A} quit {W} after weeks of pressure over the {P} contract."},
		previews: []string{"{A} is expected to resign {W}, colleagues said.", "{A} will announce a resignation {W}, according to aides."},
		recaps:   []string{"{a} resigned from a previous post {W}.", "{a} had offered to resign {W}."},
		details:  []string{"A successor has not been named.", "The resignation takes effect at once."},
	},
	{ // an arrest
		titles: []string{"Police arrest {N} in {P}", "Arrests after {P} raid", "{N} held after raid in {P}"},
		leads: []string{"Police in {P} arrested {N} people {W} after a raid on a warehouse.", "Officers detained {N} suspects in {P} {W}.",
			"{N} people were arrested in {P} {W} in an investigation led by {A}."},
		previews: []string{"The suspects arrested in {P} will appear in court {W}.", "The {N} suspects are due before a judge {W}."},
		recaps:   []string{"Police made the first arrests in {P} {W}.", "{N} people were detained in {P} {W}."},
		details:  []string{"Police seized documents and computers.", "All of the suspects were later released on bail."},
	},
	{ // a ruling
		titles: []string{"Court rules on {P} harbour case", "Judge sides with {b}", "{P} ruling goes against {a}"},
		leads: []string{"A court in {P} ruled {W} that the harbour contract awarded by {B} was lawful.", "Judges in {P} handed down their ruling {W} in the case brought against {B}.",
			"The court sided with {B} {W} in its long dispute with {A}."},
		previews: []string{"The court in {P} will rule on the harbour case {W}.", "A ruling in the case against {B} is expected {W}."},
		recaps:   []string{"The court first ruled on the case {W}.", "A lower court in {P} ruled against {b} {W}."},
		details:  []string{"The ruling can be appealed.", "The judgment runs to {N} pages."},
	},
	{ // an outage
		titles: []string{"Blackout in {P}", "{N} homes in {P} lose power", "Power cut hits {P}"},
		leads: []string{"A power outage left {N} homes in {P} without electricity {W}.", "Large parts of {P} lost power {W}, and {B} blamed a fault at a substation.",
			"A blackout hit {P} {W}, stopping trains and traffic lights."},
		previews: []string{"{B} will cut power to parts of {P} {W} for repairs.", "Repairs will leave {P} without power {W}."},
		recaps:   []string{"The last blackout in {P} came {W}.", "Power failed across {P} {W}."},
		details:  []string{"Power was back within {N} hours.", "Hospitals ran on generators."},
	},
	{ // an appointment
		titles: []string{"{b} appoints {a}", "{a} named to lead {b}", "New head for {b}"},
		leads: []string{"{B} appointed {A} as its new head {W}.", "{A} was named {W} to lead {B}.",
			"{B} picked {A} {W} to take charge after months of searching."},
		previews: []string{"{B} will name its new head {W}.", "{A} is expected to be appointed {W}."},
		recaps:   []string{"{b} appointed {a} {W}.", "{a} was first appointed {W}."},
		details:  []string{"The post pays {N},000 crowns a year.", "The appointment runs for {N} years."},
	},
	{ // a crash
		titles: []string{"Trains collide near {P}", "Crash on {P} line", "{N} hurt in {P} rail crash"},
		leads: []string{"Two freight trains collided near {P} {W}, blocking the line.", "A train crashed into a lorry at a level crossing near {P} {W}.",
			"{N} people were injured {W} when two trains collided outside {P}."},
		previews: []string{"Investigators will publish their report on the {P} crash {W}.", "The line through {P} reopens {W} after the crash."},
		recaps:   []string{"Two trains collided near {P} {W}.", "The line was closed after a crash {W}."},
		details:  []string{"The line stayed closed for {N} hours.", "Investigators were at the scene by nightfall."},
	},
}

// quotes are what actors say: no dates, no news.
var quotes = []string{
	"We have listened to everyone who wrote to us, and we will keep listening",
	"This is not the end of the matter",
	"Nobody should pretend this was easy",
	"We owe it to the people of {P} to get this right",
	"I am confident we can find a way through",
	"There is still a great deal of work to do",
	"The town deserves better than this",
	"We were not consulted, and that is the problem",
	"It is a good day for {P}",
	"The numbers speak for themselves",
	"Our door remains open",
	"We will study the details carefully before saying more",
}

// fillers are the undated sentences that make up the rest of an article;
// {K} is a number of their own and {O} an organisation.
var fillers = []string{
	"Local businesses in {P} have watched the dispute closely.",
	"Officials said the details were still being worked out.",
	"Critics say the plan does too little for the outer districts.",
	"{O} declined to comment when asked about the figures.",
	"The town has a population of about {K},000.",
	"Several residents said they had heard nothing from the authorities.",
	"The harbour has been the main employer in {P} for generations.",
	"Rents in {P} have risen sharply, according to {O}.",
	"The opposition called for an independent review.",
	"A report by {O} put the cost at {K} million crowns.",
	"{a} has faced criticism from within their own party.",
	"Traffic around the centre of {P} was heavy throughout.",
	"Supporters said the move was overdue.",
	"The regional government has promised to publish its own study.",
	"Shopkeepers on the high street in {P} said trade had been slow.",
	"The figures have not been independently checked.",
	"Questions remain over who will pay for the work.",
	"Teachers and nurses in {P} joined the debate online.",
	"{O} said it would set out its position in writing.",
	"Fishermen in {P} say their catch has fallen by a third.",
	"The matter is likely to come up again at the next session.",
	"Some councillors want a public vote on the question.",
	"The bridge over the estuary carries {K},000 vehicles a day.",
	"Independent experts said the risks had been underestimated.",
	"Many of those affected are elderly.",
	"A petition has gathered more than {K},000 signatures.",
	"Environmental groups welcomed parts of the plan.",
	"{a} did not respond to a request for comment.",
	"Insurers are still assessing the damage.",
	"The old customs house in {P} is being turned into flats.",
	"Transport links to the islands remain poor.",
	"A spokesperson for {O} said lessons would be learned.",
	"Younger voters in {P} appear divided on the issue.",
	"The last census showed the town growing for the first time in decades.",
	"{O} has hired outside lawyers.",
	"Most of the money is expected to come from the regional budget.",
}

// headings are the subheadings of longer articles.
var headings = []string{"Background", "What happens next", "Reaction", "The numbers", "A long dispute", "Local anger"}
