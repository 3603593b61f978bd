package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestDaySharedName: a mention dated by its own words to the one day of a
// happening that names a family ("the Kerrs") that half the story's
// articles name but not three in four (the dead of a fire, in a story of
// the fire and of the town's answer to it) is not set apart by the given
// names it adds ("Ann and Tom Kerr", see givenName), whatever else the
// happening's sources name (the church). The funeral of another of the
// family ("Mark Kerr") and another happening of that day that names the
// same people in other words (a walk, not the funeral) stay apart.
func TestDaySharedName(t *testing.T) {
	for _, tc := range []struct {
		name, first, second string
		one                 bool
	}{
		{"a funeral by its dead's first names",
			"A funeral for the Kerrs will be held on Saturday at St Bride's Church in Dunmoor.",
			"A funeral for Ann and Tom Kerr is scheduled for Saturday.", true},
		{"a memorial service by the couple's full names",
			"A memorial service for the Kerrs will be held on Saturday at St Bride's Church.",
			"A memorial service for Ann and Tom Kerr will take place on Saturday in Dunmoor.", true},
		{"another of the family's funeral",
			"A funeral for Mark Kerr will be held on Saturday at St Bride's Church in Dunmoor.",
			"A funeral for Ann and Tom Kerr is scheduled for Saturday.", false},
		{"a vigil of the same day",
			"A funeral for the Kerrs will be held on Saturday at St Bride's Church in Dunmoor.",
			"Neighbours of Ann and Tom Kerr plan a candlelit walk on Saturday evening along Mill Lane.", false},
	} {
		docs := []Doc{
			doc("a.md", "2025-03-10", "A house fire in Dunmoor killed a retired couple on Sunday.\n\nFire crews from Lowick fought the blaze for three hours."),
			doc("b.md", "2025-03-11", "Police on Monday named the dead as Ann and Tom Kerr.\n\nFire investigators said a faulty heater started the blaze."),
			doc("c.md", "2025-03-12", "Neighbours on Tuesday remembered the Kerrs, who had lived in the house for 40 years.\n\nThe couple worshipped at St Bride's Church."),
			doc("d.md", "2025-03-13", tc.first+"\n\nThe church expects hundreds of mourners."),
			doc("e.md", "2025-03-14", tc.second+"\n\nThe town's flags will fly at half mast."),
			doc("f.md", "2025-03-17", "Dunmoor council voted on Monday to fund smoke alarms for older residents.\n\nThe scheme costs 40,000 pounds."),
			doc("g.md", "2025-03-19", "The fire service began fitting free smoke alarms in Dunmoor on Tuesday.\n\nMore than 300 homes have asked for one."),
			doc("h.md", "2025-03-21", "Insurers paid out on the burned house on Thursday, the council said.\n\nThe site will be cleared next month."),
		}
		tl, _ := Extract(docs, Options{})
		one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
			return citesSentence(e, tc.first) && citesSentence(e, tc.second)
		})
		if one != tc.one {
			t.Errorf("%s: the two reports are in events of %v and %v, want one event %v", tc.name, eventsCiting(tl, tc.first), eventsCiting(tl, tc.second), tc.one)
		}
	}
}

// TestGivenNameWordsOnce: score asks givenName of one sentence for each of
// its names and each cluster it tries; the sentence's words are cut and
// looked up once (givenWords), not at every question: asking again of a
// cluster that does not name the family allocates nothing. The answers
// are those of TestDaySharedName's reading: a given name before a family
// name the cluster names and most articles use.
func TestGivenNameWordsOnce(t *testing.T) {
	m := &merger{num: map[string]sid{"\x00ann": 0, "\x00tom": 1, "\x00kerr": 2, "\x00mark": 3}, ndf: []int32{2, 2, 3, 1}}
	m.w.n = 4
	c := &candidate{stext: "A funeral for Ann and Tom Kerr is scheduled for Saturday.", nids: []sid{0, 1, 2}}
	kerrs := &cluster{names: map[sid]bool{2: true}}
	other := &cluster{names: map[sid]bool{3: true}}
	for _, tc := range []struct {
		cl   *cluster
		n    sid
		want bool
	}{{kerrs, 0, true}, {kerrs, 1, true}, {kerrs, 2, false}, {other, 0, false}, {other, 1, false}} {
		if got := m.givenName(tc.cl, c, tc.n); got != tc.want {
			t.Errorf("givenName(cluster of %v, %d) = %v, want %v", tc.cl.names, tc.n, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() {
		m.givenName(other, c, 0)
		m.givenName(other, c, 1)
	}); n != 0 {
		t.Errorf("%v allocations asking again of the same sentence, want 0", n)
	}
}

// TestLeadOfKindRoom: leadOfKind, which echo asks of every headline, reads
// the headline's words and the sentence of every member of the happening
// it would join for a verb of the headline's kind; all are cut in one room
// (kindRoom), so it allocates only its list of kinds, however many members
// the happening has (a big story's have thousands).
// (The members' sentences are in small letters: lowering a capital makes
// a copy of a sentence, whatever the room.)
func TestLeadOfKindRoom(t *testing.T) {
	m := &merger{}
	c := &candidate{basis: "published", stext: "Council shuts footbridges for checks", ranged: true, r0: 100, r1: 100}
	allocs := func(members int) float64 {
		best := &cluster{first: 99, last: 99}
		for range members {
			best.members = append(best.members, &candidate{stext: "the footbridges were inspected on monday by engineers from the county."})
		}
		return testing.AllocsPerRun(20, func() {
			if got := m.leadOfKind(c, best); got != nil {
				t.Fatalf("leadOfKind = %v, want nil (no lead of the article dates a closing)", got)
			}
		})
	}
	if one, many := allocs(1), allocs(50); many > one || many > 1 {
		t.Errorf("%v allocations with 50 members, %v with one: want at most one (the list of kinds)", many, one)
	}
}
