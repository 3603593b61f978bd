package extract

import "testing"

// TestSpeakerAfterRole: a quotation that its speaker's role in lower case
// and name close ('"We will rebuild," fire chief Dana Morrow said on
// Sunday.') has that speaker, and a "She said ..." after it tells what
// she said next: the title names her. Probes written before the rule
// (realistic sentences, no set's).
func TestSpeakerAfterRole(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-08-10", "The fire that swept through Cold Creek destroyed 120 homes.\n\n\"We will rebuild,\" fire chief Dana Morrow said on Sunday. She said crews had saved 40 homes on Saturday night.\n",
			"2026-08-08", "Crews had saved 40 homes, Dana Morrow said"},
		{"2026-03-18", "Talbot Mills cut its forecast again.\n\n\"This has been a hard quarter for everyone,\" chief executive Owen Pryce told analysts on Tuesday. He said sales had fallen 8% in February.\n",
			"2026-02", "Sales had fallen 8%, Owen Pryce said"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("title at %s %q, want %q (all %q)", c.date, got[c.date], c.want, got)
		}
	}
	if i := speakerAfterQuote(`"We will rebuild," fire chief Dana Morrow said on Sunday.`); i == 0 || `"We will rebuild," fire chief Dana Morrow said on Sunday.`[i:i+4] != "Dana" {
		t.Errorf("speakerAfterQuote: %d, want the offset of Dana", i)
	}
	if i := speakerAfterQuote(`"We will rebuild," the residents of the town said.`); i != 0 {
		t.Errorf("speakerAfterQuote of no role and name: %d, want 0", i)
	}
}
