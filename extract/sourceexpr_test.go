package extract

import "testing"

// A source shows the expression that dated it, or none: a sentence dated
// by its article's other sentences or by its publication keeps the words
// of its own expression ("confirmed on Wednesday", the saying's day) but
// does not show them under the happening's day.
func TestSourceExpression(t *testing.T) {
	for _, c := range []struct{ basis, want string }{
		{"", "on Wednesday"},
		{"reported", "on Wednesday"},
		{"article", ""},
		{"published", ""},
	} {
		x := &candidate{tx: expr{Start: 40, End: 52, Text: "on Wednesday", Value: "2026-11-25"}, basis: c.basis}
		if got := sourceExpression(x); got != c.want {
			t.Errorf("basis %q: expression %q, want %q", c.basis, got, c.want)
		}
	}
}
