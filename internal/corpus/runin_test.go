package corpus

import (
	"strings"
	"testing"
)

// TestLabelRunInDays reads roundups and chronologies whose paragraphs a
// run-in label leads, as newsrooms write them: on a page with two or
// more, the label is set as a chronology's ("Tuesday: ...", "March 7:
// ..."); one alone, a day after the page's, or words beside the day stay
// as they are. The paragraph keeps its line of the file.
func TestLabelRunInDays(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string // lines of the text that must be there
	}{
		{"bold period", "**Monday.** Boats blocked the harbour.\n\n**Tuesday.** Crews joined them.\n",
			[]string{"Monday: Boats blocked the harbour.", "Tuesday: Crews joined them."}},
		{"capitals, dash", "MONDAY — Boats blocked the harbour.\n\nTUESDAY - Crews joined them.\n",
			[]string{"Monday: Boats blocked the harbour.", "Tuesday: Crews joined them."}},
		{"bold, dash", "**Monday** — Boats blocked the harbour.\n\n**Tuesday** – Crews joined them.\n",
			[]string{"Monday: Boats blocked the harbour.", "Tuesday: Crews joined them."}},
		{"days, period", "**Mar. 7.** Part of the face collapsed.\n\n**9 March.** The council met.\n\n**Tuesday, March 10.** It voted.\n",
			[]string{"Mar. 7: Part of the face collapsed.", "9 March: The council met.", "Tuesday, March 10: It voted."}},
		{"one alone", "The fire grew on\nThursday. Cooler weather was expected.\n\n**Friday.** Crews held the line.\n",
			[]string{"The fire grew on Thursday. Cooler weather was expected.", "Friday. Crews held the line."}},
		{"a day after the page's", "**Nov. 7.** The council met.\n\n**Dec. 12.** The council votes.\n",
			[]string{"Nov. 7. The council met.", "Dec. 12. The council votes."}},
		{"words beside the day", "**Monday night.** Boats blocked the harbour.\n\n**Tuesday.** Crews joined them.\n",
			[]string{"Monday night. Boats blocked the harbour.", "Tuesday. Crews joined them."}},
		{"no paragraph after it", "**Monday.** boats blocked the harbour.\n\n**Tuesday.** crews joined them.\n",
			[]string{"Monday. boats blocked the harbour.", "Tuesday. crews joined them."}},
	} {
		src := "---\ntitle: T\ndate: 2030-11-15\n---\n\n" + c.body
		d, err := ReadFrom("page.md", strings.NewReader(src), Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		lines := map[string]bool{}
		for _, l := range strings.Split(d.Text, "\n") {
			lines[l] = true
		}
		for _, w := range c.want {
			if !lines[w] {
				t.Errorf("%s: no line %q in\n%s", c.name, w, d.Text)
			}
		}
		// Each paragraph keeps its line of the file.
		file := strings.Split(src, "\n")
		for off := 0; off < len(d.Text); {
			end := strings.IndexByte(d.Text[off:], '\n')
			if end < 0 {
				end = len(d.Text) - off
			}
			end += off
			l := d.Text[off:end]
			if _, rest, ok := strings.Cut(l, ": "); ok && l != "" {
				if n := d.Line(end - 1); !strings.Contains(file[n-1], strings.TrimSuffix(rest, ".")) {
					t.Errorf("%s: %q at line %d (%q)", c.name, l, n, file[n-1])
				}
			}
			off = end + 1
		}
	}
}
