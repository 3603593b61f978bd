package extract

import "testing"

// TestSideClauseTime: a time that belongs to a side clause in the past
// perfect, to a comparison's standard after its own verb, or to a noun
// after a verb told in the present dates nothing of the main clause; the
// side clause may be titled by itself. Look-alikes keep their date.
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
		// Look-alikes: the main clause's time.
		{"2024-03-13", "Officials noted that the port is busy. The suspect was detained in 2021 in Lisbon.", "2021", "The suspect was detained in Lisbon"},
		{"2024-03-13", "Officials noted that the port is busy. Shares in the carrier fell 4% in February.", "2024-02", "Shares in the carrier fell 4%"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}
