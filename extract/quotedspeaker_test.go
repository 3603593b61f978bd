package extract

import (
	"slices"
	"testing"
)

// TestSpeakerThroughBareQuotation: a quotation that stands as a sentence
// alone, with no speaker of its own, goes on with the words of the
// speaker the sentence before closed; a "He said" or "She said" after it
// is that speaker's, named in the title. Probes written before the rule
// (each titled "He said ..." or "She said ..." before it).
func TestSpeakerThroughBareQuotation(t *testing.T) {
	for _, c := range []struct {
		pub, text, date, want string
	}{
		{"2026-05-10", "The utility said the outage was caused by a fault. \"We got the timing wrong,\" Mr Dalby said. \"We are sorry for the disruption.\" He said the firm had received a warning on May 8 but had not acted.",
			"2026-05-08", "The firm had received a warning, Mr Dalby said"},
		{"2026-05-10", "Board chair Grace Harwell said the audit had found gaps. \"The rules were broken,\" Harwell said. \"That cannot happen again.\" She said the trustees had voted on May 8 to suspend the treasurer.",
			"2026-05-08", "The trustees had voted to suspend the treasurer, Grace Harwell said"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", c.pub, c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			if e.Date.String() == c.date {
				got = append(got, e.Title)
			}
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%s titled %q, want %q", c.date, got, c.want)
		}
	}
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"\"We are sorry for the disruption.\"", true},
		{"“We will rebuild.”", true},
		{"\"We are sorry,\" he said.", false},
		{"\"We are sorry,\" he said. \"Truly.\"", false},
		{"The mayor said sorry.", false},
	} {
		if got := bareQuotation(c.sent); got != c.want {
			t.Errorf("bareQuotation(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}
