package extract

import "testing"

// TestToldAlike checks that a statement of one day and the happening of
// that day told in nearly the same words by other articles become one
// event (consolidate, toldAlike), and that a reaction of the same day, in
// other words, stays apart.
func TestToldAlike(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-10-09", "The port authority said on Tuesday it would close the Brackley ferry crossing for the winter after a safety inspection found corroded ramps."),
		doc("b.md", "2024-10-10", "The port authority closed the Brackley ferry crossing for the winter on Tuesday after a safety inspection found corroded ramps."),
		doc("c.md", "2024-10-10", "The Brackley ferry crossing was closed for the winter on Tuesday after an inspection found corroded ramps."),
		doc("d.md", "2024-10-10", "The boatmen's union said on Tuesday it would fight for the jobs of its members through the winter."),
	}
	tl, _ := Extract(docs, Options{})
	evs := find(tl, "2024-10-08")
	var sources []int
	for _, e := range evs {
		sources = append(sources, len(e.Sources))
		t.Logf("%q: %d sources", e.Title, len(e.Sources))
	}
	if len(evs) != 2 {
		t.Errorf("want 2 events of 2024-10-08 (the closure told three times, the union apart); got events of %v sources", sources)
	}
}
