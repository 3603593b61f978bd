package extract

import "testing"

// TestOpeningBeforeTitledName: the phrase that opens a long title goes
// when the subject after its comma opens on a lowercase title before a
// name ("chief executive Anna Berg", "plant manager Tom Reeve"), as it goes
// before a name or a determiner: news English writes such a title in lower
// case before the name, and the clause starts there.
func TestOpeningBeforeTitledName(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-06-10", "In an email to employees last week, site manager Tom Reeve said the firm's 2 percent rise was \"all we can manage in a difficult year\" and warned that customers lost during a stoppage \"may not come back\".",
			"2025-W23", "Site manager Tom Reeve said the firm's 2 percent rise was \"all we can manage in a difficult year\""},
		{"2025-06-10", "At a briefing for reporters at the fire station on Monday, county fire chief Dan Ortega said crews had contained about 40 percent of the blaze that has burned through 12,000 acres of forest.",
			"2025-06-09", "County fire chief Dan Ortega said crews had contained about 40 percent of the blaze"},
		// Controls: an opening that names what the title may lean on
		// ("company chairman" of the motor show's maker) stays, and so
		// does one before a title within the cap.
		{"2025-06-10", "At this year's Geneva Motor Show on Monday, company chairman Hans Vogel unveiled the firm's first electric truck, which will go on sale across most of Europe next spring.",
			"2025-06-09", "At this year's Geneva Motor Show, company chairman Hans Vogel unveiled the firm's first electric truck"},
		{"2025-06-10", "In a statement issued to shareholders on Monday, chief executive Anna Berg said the board had rejected the offer.",
			"2025-06-09", "In a statement issued to shareholders, chief executive Anna Berg said the board had rejected the offer"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
