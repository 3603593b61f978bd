package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestQuotationOpensOnTime: a quotation that opens on the time's
// preposition loses the preposition with the time, as any clause does,
// and keeps its quotation mark; its first word takes the capital.
func TestQuotationOpensOnTime(t *testing.T) {
	for _, c := range []struct{ in, x string }{
		{"\"In 2017 we nearly lost the whole orchard to frost,\" the farmer said.", "2017"},
		{"The county's report said: \"In 2011, a third of the wells sampled held too much nitrate.\"", "2011"},
	} {
		i := strings.Index(c.in, c.x)
		got := clauseTitle(c.in, [2]int{0, len(c.in)}, &timex.Timex{Start: i, End: i + len(c.x), Text: c.x})
		if strings.Contains(got, "\"In ") || strings.Contains(got, "In,") || strings.Contains(got, "\" ") && !strings.HasSuffix(got, "\"") || !strings.ContainsAny(got, "\"") {
			t.Errorf("clauseTitle(%q) = %q: the preposition stayed, or the quotation mark went", c.in, got)
		}
		if strings.Contains(got, "\"we ") || strings.Contains(got, "\"a third") || strings.Contains(got, "\", ") {
			t.Errorf("clauseTitle(%q) = %q: the quotation's first word in lower case or after the time's comma", c.in, got)
		}
	}
}
