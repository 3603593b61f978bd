package extract

import "testing"

// TestSentTextShared: sentText gives the sentence's text, the same copy
// for the same sentence, and a new one when the article's bytes there
// changed (a text inflated again into the same room) or another article
// or span is asked.
func TestSentTextShared(t *testing.T) {
	m := &merger{text: []byte("Ferries stopped on Monday. Crews are repairing the pier.")}
	c := &candidate{doc: 3, sent: sentence{start: 27, end: 56}}
	s := m.sentText(c)
	if s != "Crews are repairing the pier." {
		t.Fatalf("sentText = %q", s)
	}
	if m.sentText(c) != s || !m.sent.set {
		t.Fatal("the same sentence asked again is not given its copy")
	}
	copy(m.text[27:], "Teams")
	if got := m.sentText(c); got != "Teams are repairing the pier." {
		t.Fatalf("after the text changed: %q", got)
	}
	if got := m.sentText(&candidate{doc: 3, sent: sentence{start: 0, end: 26}}); got != "Ferries stopped on Monday." {
		t.Fatalf("another span: %q", got)
	}
	m.text = []byte("Ferries stopped on Monday. Trains are running again today.")
	if got := m.sentText(&candidate{doc: 4, sent: sentence{start: 27, end: 56}}); got != "Trains are running again toda" {
		t.Fatalf("another article: %q", got)
	}
}
