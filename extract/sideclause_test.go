package extract

import "testing"

// TestSideClauseTime: a time that belongs to a side clause in the past
// perfect, to a comparison's standard after its own verb, to a noun after a
// verb told in the present, to a noun after "of", or to a figure's period
// in the subject dates nothing of the main clause. Look-alikes keep their date.
// Events on the publication day are left out of the check.
func TestSideClauseTime(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		// The past perfect tells what came before the main clause.
		{"2024-03-13", "The league threw out an appeal that the club had lodged in January.", "", ""},
		{"2024-03-13", "The board rejected a bid the investor had tabled last month, calling it far too low.", "", ""},
		{"2024-03-13", "The union said it hoped to settle soon and that talks had resumed in January.", "", ""},
		// Not what a speaker said had happened, which keeps its teller
		// ("The MP said she had written to them"); nor the main clause's own past perfect, nor a participle on
		// its subject ("set up by").
		{"2024-03-13", "Asked about the move, the mayor said she had written to the minister on Monday.", "2024-03-11", "Asked about the move, the mayor said she had written to the minister"},
		{"2024-03-13", "A trust set up by the parish for the victims had raised 90,000 euros by Sunday night.", "2024-03-10", "A trust set up by the parish for the victims had raised 90,000 euros"},
		{"2024-03-13", "The firm had warned in February that margins would fall.", "2024-02", "The firm had warned that margins would fall"},
		// A comparison's standard after its own verb.
		{"2024-03-13", "The clinic is seeing more patients than it did a decade ago.", "", ""},
		{"2024-03-13", "The spill was cleared in less than a week.", "", ""},
		// A noun's time after a verb told in the present.
		{"2024-03-13", "Officials noted that the port is busy. The insurer faces a new lawsuit over a separate data leak in 2021.", "", ""},
		{"2024-03-13", "Officials noted that the port is busy. The goalkeeper is still recovering from a shoulder injury in January.", "", ""},
		// A figure's period in the subject; a noun's time after "of".
		{"2024-03-13", "The park service said visitor numbers in February were half the level of the year before.", "", ""},
		{"2024-03-13", "The chain said sales in the eight weeks to March 2 had fallen 2%.", "", ""},
		{"2024-03-13", "Officials noted that the port is busy. The board was expected to act because of the pension crisis of 2019 and 2020, one trustee said.", "", ""},
		// Look-alikes: an edge of a time, a passive's agent, what the verb
		// happened in.
		{"2024-03-13", "The pier was wrecked in the gales of 2014.", "2014", "The pier was wrecked in the gales of 2014"},
		{"2024-03-13", "The mill shut at the end of 2019.", "2019", "The mill shut"},
		{"2024-03-13", "The town was flattened by the cyclone of 2017.", "2017", "The town was flattened by the cyclone of 2017"},
		// Look-alikes: the main clause's time.
		{"2024-03-13", "Officials noted that the port is busy. The suspect was detained in 2021 in Lisbon.", "2021", "The suspect was detained in Lisbon"},
		{"2024-03-13", "Officials noted that the port is busy. Shares in the carrier fell 4% in February.", "2024-02", "Shares in the carrier fell 4%"},
		// A present verb's own time, a preposition and nothing else between.
		{"2024-03-13", "Officials noted that the port is busy. The chapel dates to 1872.", "1872", "The chapel dates to 1872"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}
