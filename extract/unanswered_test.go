package extract

import (
	"testing"
)

// TestUnansweredCall: a sentence that tells a reporter's call no one
// answered, and nothing more, is no happening of the story: no event, no
// source of one, dated or not. A sentence that tells more after the phrase
// ("did not return home", "could not be reached by rescuers", "declined to
// comment on the brake but said ...") is copy like any other.
func TestUnansweredCall(t *testing.T) {
	lx := newLexicon(nil)
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Vertex did not respond to repeated requests for comment.", true},
		{"Penhallow could not be reached.", true},
		{"A company spokesman declined to comment further.", true},
		{"Harrow Homes did not respond to phone calls and emails on Tuesday.", true},
		{"His lawyer did not immediately return a call seeking comment.", true},
		{"The agency was not available for comment yesterday.", true},
		{"Reached by phone, the owner declined to comment.", true},
		{"The boy did not return home on Friday.", false},
		{"The trawler could not be reached by rescuers until Tuesday.", false},
		{"The prosecutor declined to comment on the brake but said the inquiry was moving quickly.", false},
		{"The council did not respond to the flooding for three days.", false},
		{"The vaccine was not available in rural clinics last winter.", false},
		{"Firefighters reached the house at 4 a.m.", false},
		{"He said the company had offered to repay the money but that the district had not responded.", false},
		{"A woman who answered the phone there said the owner was not available.", false},
		{"Fitch died in 2030; Shaw could not be reached yesterday.", false},
	} {
		ws := words(c.sent, 0, len(c.sent))
		for i := range ws {
			ws[i].w = asciiLower(ws[i].w)
		}
		if got := lx.unansweredIn(c.sent, ws, nil, nil); got != c.want {
			t.Errorf("unansweredIn(%q) = %v, want %v", c.sent, got, c.want)
		}
		sc := lx.getScratch()
		var ids []int32
		for _, w := range ws {
			ids = append(ids, lx.tokenID(sc, w.w))
		}
		got := lx.unansweredIn(c.sent, ws, ids, sc)
		lx.putScratch(sc)
		if got != c.want {
			t.Errorf("unansweredIn(%q) with a scratch = %v, want %v", c.sent, got, c.want)
		}
	}
	// Through Extract: the dated call makes no event; the happening of
	// the same day keeps its own.
	docs := []Doc{doc("a.md", "2031-05-09", "Fire destroyed the Elm Street warehouse on Thursday, officials said.\n\nThe warehouse's owner, Delmar Storage, did not respond to requests for comment on Thursday.")}
	tl, _ := Extract(docs, Options{})
	if got := eventsOf(tl, "The warehouse's owner"); len(got) != 0 {
		t.Errorf("the unanswered call is cited by events dated %v", got)
	}
	if got := eventsOf(tl, "Fire destroyed"); len(got) != 1 || got[0] != "2031-05-08" {
		t.Errorf("the fire is cited by events dated %v, want [2031-05-08]", got)
	}
}
