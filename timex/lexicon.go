package timex

// Word lists. Every key is lowercase; lookups use the lowercased tokens.

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrevs are the news-style abbreviations (AP style writes Jan. Feb.
// Aug. Sept. Oct. Nov. Dec.); they count only with a period or a number.
var monthAbbrevs = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// weekdayAbbrevs count only before a day date, as in datelines and
// time stamps ("Tue June 18, 2024", "Wed., Nov. 8"); alone, "sat", "wed"
// and "sun" are words.
var weekdayAbbrevs = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true,
	"thurs": true, "fri": true, "sat": true, "sun": true,
}

var weekdayPlurals = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

// numberWords are the cardinal numbers written as words.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a": 1, "an": 1, "dozen": 12,
}

var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1,
}

// unit is a calendar unit of a duration or a relative date.
type unit struct {
	code string // TIMEX3 duration code: "D", "W", "M", "Y", "Q", "DE", "CE", "H", "MIN", "S"
	g    gran   // granularity of a date this many units away
	time bool   // hours and smaller: a PT duration
}

var units = map[string]unit{
	"day": {"D", gDay, false}, "days": {"D", gDay, false},
	"week": {"W", gWeek, false}, "weeks": {"W", gWeek, false},
	"fortnight": {"2W", gWeek, false},
	"month":     {"M", gMonth, false}, "months": {"M", gMonth, false},
	"quarter": {"Q", gQuarter, false}, "quarters": {"Q", gQuarter, false},
	"year": {"Y", gYear, false}, "years": {"Y", gYear, false},
	"decade": {"DE", gDecade, false}, "decades": {"DE", gDecade, false},
	"century": {"CE", gCentury, false}, "centuries": {"CE", gCentury, false},
	"hour": {"H", gNone, true}, "hours": {"H", gNone, true},
	"minute": {"M", gNone, true}, "minutes": {"M", gNone, true},
	"weekend": {"WE", gWeekend, false}, "weekends": {"WE", gWeekend, false},
}

// seasons maps season names to the TIMEX3 season index (1 SP .. 4 WI).
var seasons = map[string]int{
	"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4,
}

// seasonPreps make a bare season name the season ("in summer"), not the
// verb ("to fall") or noun.
var seasonPreps = map[string]bool{
	"in": true, "during": true, "since": true, "by": true, "until": true, "through": true,
	"early": true, "late": true, "mid": true, "of": true, "this": true, "last": true, "next": true,
	"throughout": true, "before": true, "after": true,
}

// decadeWords are decades in words ("the nineties").
var decadeWords = map[string]int{
	"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
	"seventies": 1970, "eighties": 1980, "nineties": 1990,
}

// partsOfDay maps "morning" etc. to the TIMEX3 time-of-day codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// refWords are single words naming the present, past or future as a whole.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"presently": "PRESENT_REF",
	"recently":  "PAST_REF", "lately": "PAST_REF",
}

// yearPreps are the words after which a bare four-digit number is a year
// ("in 2000", "since 1998", "by 2030").
var yearPreps = map[string]bool{
	"in": true, "since": true, "of": true, "by": true, "from": true, "until": true,
	"till": true, "through": true, "during": true, "before": true, "after": true,
	"around": true, "circa": true, "early": true, "late": true, "mid": true,
	"between": true, "to": true, "and": true, "fiscal": true, "year": true,
	"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true,
	"throughout": true, "for": true, "into": true, "beyond": true, "due": true,
	"both": true,
}

// afterYear are lowercase words that may follow a year written alone
// ("in 1998 the company ...", "1998 was ..."); any other lowercase word
// after the number makes it a count ("2000 troops").
var afterYear = map[string]bool{
	"and": true, "or": true, "to": true, "through": true, "when": true, "as": true,
	"was": true, "is": true, "were": true, "had": true, "has": true, "will": true,
	"would": true, "for": true, "with": true, "after": true, "before": true,
	"but": true, "that": true, "which": true, "while": true, "until": true,
	"in": true, "on": true, "at": true, "by": true, "from": true, "than": true,
	"because": true, "compared": true, "levels": true, "level": true, "period": true,
	"quarter": true, "season": true, "election": true, "elections": true,
	"results": true, "figures": true, "budget": true, "census": true, "the": true,
	"a": true, "an": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"there": true, "saw": true, "brought": true, "also": true, "alone": true,
	"onward": true, "onwards": true, "summit": true, "olympics": true, "games": true,
	"campaign": true, "meeting": true, "visit": true, "agreement": true, "deal": true,
	"crisis": true, "war": true, "attack": true, "attacks": true, "talks": true,
	"earthquake": true, "model": true, "edition": true, "under": true, "where": true,
	"if": true, "so": true, "only": true, "up": true, "out": true, "levels.": true,
}

// yearNouns may follow "the YYYY" when the number is a year ("the 1988
// period", "the 2000 election"); other nouns make it a count ("the 2000
// troops").
var yearNouns = map[string]bool{
	"period": true, "quarter": true, "season": true, "election": true, "elections": true,
	"results": true, "figures": true, "budget": true, "census": true, "level": true,
	"levels": true, "summit": true, "olympics": true, "games": true, "campaign": true,
	"meeting": true, "visit": true, "agreement": true, "deal": true, "crisis": true,
	"war": true, "attack": true, "attacks": true, "talks": true, "earthquake": true,
	"model": true, "edition": true, "fiscal": true, "world": true, "cup": true,
	"first": true, "second": true, "third": true, "fourth": true, "half": true,
	"presidential": true, "midterm": true, "general": true, "race": true,
	"census's": true, "vote": true, "referendum": true, "tournament": true, "championship": true,
	"invasion": true, "crash": true, "recession": true, "law": true, "act": true, "treaty": true,
}

// countWords before a number make it a count, not a year ("about 2000",
// "some 1500", "$2000").
var countWords = map[string]bool{
	"about": true, "some": true, "nearly": true, "than": true, "over": true,
	"under": true, "only": true, "just": true, "approximately": true,
	"roughly": true, "almost": true, "least": true, "most": true, "another": true,
	"were": false, "number": true, "total": true, "additional": true, "extra": true,
	"all": true, "those": true, "these": true, "estimated": true, "up": true,
	"down": true, "to": false, "of": false, "rose": true, "fell": true, "dropped": true,
	"gained": true, "lost": true, "closed": true, "points": true, "at": true,
}

// monthPreps make a capitalized "May" or "March" the month ("in May",
// "since March"); elsewhere these are the verbs.
var monthPreps = map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "to": true, "through": true, "during": true, "early": true,
	"late": true, "mid": true, "last": true, "next": true, "this": true,
	"that": true, "each": true, "every": true, "before": true, "after": true,
	"between": true, "around": true, "and": true, "or": true, "throughout": true,
	"for": true, "on": true, "into": true, "past": true, "coming": true,
	"beginning": true, "end": true, "middle": true, "start": true,
}

// pastVerbs are frequent irregular past-tense verbs of news copy; regular
// ones are recognised by their -ed ending.
var pastVerbs = map[string]bool{
	"said": true, "told": true, "was": true, "were": true, "had": true, "did": true,
	"met": true, "went": true, "came": true, "began": true, "held": true, "took": true,
	"made": true, "gave": true, "left": true, "saw": true, "got": true, "became": true,
	"brought": true, "sent": true, "spent": true, "won": true, "lost": true, "fell": true,
	"rose": true, "paid": true, "sold": true, "bought": true, "found": true, "felt": true,
	"kept": true, "led": true, "ran": true, "spoke": true, "wrote": true, "flew": true,
	"struck": true, "hit": false, "put": false, "set": false, "knew": true, "thought": true,
	"meant": true, "stood": true, "broke": true, "chose": true, "drew": true, "drove": true,
	"ate": true, "grew": true, "forgot": true, "hung": true, "shot": true, "swore": true,
	"threw": true, "wore": true, "arose": true, "fought": true, "caught": true, "taught": true,
	"sought": true, "ago": true, "yesterday": true, "earlier": true, "last": true,
	"told.": true, "rang": true, "sank": true, "withdrew": true, "overtook": true,
	"undertook": true, "underwent": true, "oversaw": true, "dealt": true, "built": true,
	"lent": true, "shut": false, "slid": true, "fled": true, "bled": true,
}

// notPast are -ed words that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "indeed": true, "proceed": true, "exceed": true,
	"succeed": true, "hundred": true, "red": true, "bed": true, "seed": true,
	"feed": true, "breed": true, "greed": true, "shed": true, "weed": true,
	"deed": true, "creed": true, "steed": true, "embed": true, "united": true,
	"limited": true, "based": true, "related": true, "armed": true, "advanced": true,
	"detailed": true, "experienced": true, "concerned": true, "expected": true,
	"scheduled": true, "planned": true, "slated": true, "proposed": true, "alleged": true,
	"so-called": true, "called": false, "supposed": true, "interested": true,
	"skilled": true, "talented": true, "isolated": true, "reclusive": true,
	"sanctioned": true, "increased": false, "estimated": true, "unnamed": true,
	"combined": true, "added": false, "used": true, "qualified": true, "fixed": true,
	"renewed": true, "heightened": true, "deepened": false, "animated": true,
	"televised": true, "coordinated": true, "heated": true, "crowded": true,
}

// futureWords put a clause in the future ("will", "shall", "'ll").
var futureWords = map[string]bool{
	"will": true, "shall": true, "ll": true, "tomorrow": true, "next": true,
	"upcoming": true, "won't": true,
}

// presentWords put a clause in the present.
var presentWords = map[string]bool{
	"is": true, "are": true, "am": true, "says": true, "say": true, "now": true,
	"today": false,
}

// scheduledVerbs, in the present tense, announce what is on the calendar
// ("the council meets Tuesday"), or what began yesterday and goes on ("Kim
// hosts Putin from Tuesday to Thursday", said on Wednesday): a bare weekday
// after one lies ahead, or is yesterday or today.
var scheduledVerbs = map[string]bool{
	"meets": true, "arrives": true, "begins": true, "convenes": true, "testifies": true,
	"travels": true, "resumes": true, "returns": true, "hosts": true, "departs": true,
	"expires": true, "opens": true, "reopens": true, "concludes": true, "visits": true,
	"starts": true, "votes": true, "launches": true, "unveils": true, "leaves": true,
	"flies": true, "heads": true,
	"meet": true, "arrive": true, "begin": true, "convene": true, "resume": true,
}

// pluralNouns are scheduledVerbs that are as often plural nouns.
var pluralNouns = map[string]bool{
	"returns": true, "visits": true, "votes": true, "launches": true, "starts": true, "hosts": true,
	"heads": true, "leaves": true,
}

// nounBefore are the words after which a verb form is a noun or no
// present tense ("his visits", "to meet", "did meet").
var nounBefore = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "whose": true, "of": true, "to": true, "did": true, "does": true,
	"do": true, "not": true, "and": true, "or": true, "for": true, "in": true, "on": true, "at": true,
}

// spanCues before "in N years" make it the stretch since something last
// happened ("the first visit in 24 years", "a record in a decade").
var spanCues = map[string]bool{
	"first": true, "last": true, "only": true, "record": true, "time": true, "ever": true,
	"most": true, "least": true, "best": true, "worst": true, "once": true, "twice": true,
	"times": true, "never": true, "since": true, "within": true, "over": true,
}

// notSuperlative are words in -est that are no superlative.
var notSuperlative = map[string]bool{
	"interest": true, "interests": true, "protest": true, "request": true, "contest": true,
	"harvest": true, "invest": true, "arrest": true, "suggest": true, "manifest": true,
	"honest": true, "modest": true, "forest": true, "digest": true, "conquest": true,
	"inquest": true, "behest": true, "unrest": true, "bequest": true, "midwest": true,
}

// reportingVerbs introduce reported speech; a future inside it is seen from
// the time of saying.
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "added": true, "stated": true,
	"reported": true, "confirmed": true, "noted": true, "declared": true,
	"revealed": true, "disclosed": true, "explained": true, "indicated": true,
	"wrote": true, "tweeted": true, "posted": true, "insisted": true,
	"warned": true, "predicted": true, "promised": true, "pledged": true,
	"claimed": true, "suggested": true, "agreed": true, "decided": true,
}

// abbreviations end with a period that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "cmdr": true, "adm": true, "maj": true, "st": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "vs": true,
	"no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "u": true, "s": true, "a": true, "p": true, "m": true, "e": true,
	"g": true, "i": true, "etc": true, "mt": true, "ft": true, "pres": true,
}

// timeZones may follow a clock time ("5 p.m. EST").
var timeZones = map[string]bool{
	"gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true,
	"pst": true, "pdt": true, "mst": true, "mdt": true, "bst": true, "cet": true,
	"kst": true, "jst": true, "msk": true, "et": true, "pt": true, "ct": true,
}

// modals before "one day" make it "some day in the future".
var modals = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "shall": true,
	"should": true, "can": true, "ll": true,
}

// intentVerbs in the past tense before "to" put what follows ahead of the
// time they speak of ("agreed to sell", "decided to close").
var intentVerbs = map[string]bool{
	"agreed": true, "decided": true, "promised": true, "pledged": true, "vowed": true,
	"planned": true, "offered": true, "voted": true, "threatened": true, "undertook": true,
	"arranged": true, "resolved": true, "intended": true,
}

// closedWords after "Friday's" name a result that is known only once the
// day is over ("Friday's close", "Thursday's closing price").
var closedWords = map[string]bool{
	"close": true, "closing": true, "closes": true, "settlement": true,
}

// timePreps before a number make it a point in time rather than a count
// ("since 2000", "until 2010"): unlike "of", "for" or "by", they do not
// take amounts.
var timePreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true,
	"before": true, "after": true, "throughout": true,
}

// weekdayNamePrefixes make a capitalised weekday part of a name: "Black
// Friday", "Super Tuesday", "Cyber Monday", "Ash Wednesday", "Bloody Sunday".
var weekdayNamePrefixes = map[string]bool{
	"black": true, "cyber": true, "super": true, "ash": true, "holy": true, "maundy": true,
	"bloody": true, "giving": true, "palm": true, "easter": true, "whit": true, "shrove": true,
}

// sept11Words after "Sept. 11" with no year mean the 2001 attacks.
var sept11Words = map[string]bool{
	"attacks": true, "attack": true, "commission": true, "hijackers": true, "hijacker": true,
	"terrorist": true, "terror": true, "memorial": true, "victims": true, "attackers": true, "plot": true,
}
