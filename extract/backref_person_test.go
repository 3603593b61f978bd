package extract

import "testing"

// TestBackReferencePerson: a title whose verb acts on "him", past its
// first words, with no name between its verb and the pronoun, names the
// person only in another sentence ("The judge remanded him in custody"):
// it loses the event's title to a source that names the person. "him"
// after a name it stands for ("arrested John Hale and charged him") or
// after a preposition does not count, nor does "them". Written after the
// rule; none is a set's sentence.
func TestBackReferencePerson(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Magistrate Joan Ardley sent him to jail to await trial in the spring", true},
		{"Police have charged him and he will appear before magistrates", true},
		{"Officers stopped him near the border crossing", true},
		{"Police arrested John Hale and charged him with burglary", false},
		{"Police arrested two men and charged them with burglary", false},
		{"A court fined the company and ordered it to pay costs", false},
		{"Ron Bell will appear before magistrates", false},
		{"Fans queued for hours to see him", false},
	} {
		if got := backReference(c.title); got != c.want {
			t.Errorf("backReference(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
