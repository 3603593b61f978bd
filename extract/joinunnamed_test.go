package extract

import "testing"

// TestJoinUnnamed: in the last consolidation, a cluster of one day that
// names no one but the story's own people and places, dated by a source's
// own words, joins the one cluster of its day that names someone two
// articles name and tells the same kind of happening, when consolidate
// found their words agreeing (held); it stays apart when two such clusters
// agree with it (it tells neither for sure), when no word of a kind of
// happening is common to both, when it names someone of its own, and when
// more articles tell it than tell the named one.
func TestJoinUnnamed(t *testing.T) {
	const day = 20000
	// Names: 0 is a crew member two articles of eight name, 1 the story's
	// town (every article), 2 another person two articles name, 3 a name
	// one article uses. Stems: 1 is a word of a kind of happening.
	newM := func() *merger {
		m := &merger{days: map[int64]*bucket{}, months: map[int]*bucket{}, years: map[int]*bucket{}}
		m.w.n = 8
		m.ndf = []int32{2, 8, 2, 1}
		m.nation = make([]bool, 4)
		m.happening = []bool{false, true, false, false, false, false, false, false}
		return m
	}
	mk := func(m *merger, names []sid, stems []sid, docs ...int) *cluster {
		cl := &cluster{first: day, last: day, actors: map[string]bool{}, persons: map[string]bool{}, names: map[sid]bool{}}
		for _, n := range names {
			cl.names[n] = true
		}
		for _, d := range docs {
			m.add(cl, &candidate{doc: d, basis: "article", about: &about{}, ids: stems})
		}
		cl.core.add(stems)
		cl.dated = 1
		return cl
	}
	for _, tc := range []struct {
		name     string
		yNames   []sid
		yStems   []sid
		yDocs    []int
		twoNamed bool
		join     bool
	}{
		{"one named cluster, same kind", []sid{1}, []sid{1, 5}, []int{0}, false, true},
		{"two named clusters agree with it", []sid{1}, []sid{1, 5}, []int{0}, true, false},
		{"no kind in common", []sid{1}, []sid{4, 5}, []int{0}, false, false},
		{"a name of its own", []sid{1, 3}, []sid{1, 5}, []int{0}, false, false},
		{"more articles than the named one", []sid{1}, []sid{1, 5}, []int{0, 3, 4, 5}, false, false},
	} {
		m := newM()
		x := mk(m, []sid{0, 1}, []sid{1, 6}, 0, 1, 2)
		y := mk(m, tc.yNames, tc.yStems, tc.yDocs...)
		held := [][2]*cluster{{x, y}}
		if tc.twoNamed {
			z := mk(m, []sid{2, 1}, []sid{1, 7}, 1, 2)
			held = append(held, [2]*cluster{y, z})
		}
		n := len(x.members)
		m.joinUnnamed(held)
		if joined := y.dead && len(x.members) == n+len(y.members); joined != tc.join {
			t.Errorf("%s: joined %v, want %v", tc.name, joined, tc.join)
		}
	}
}
