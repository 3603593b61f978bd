package extract

import (
	"strings"
	"testing"
)

// A press release closes on its boilerplate: a heading "About <the body's
// name>" and a paragraph that opens with the name and tells what the body
// is and when it was founded. Neither is copy of the story, and a line of
// links under a label ("Related:", "Read more:") is not either.
func TestAboutSectionAndLinkLines(t *testing.T) {
	for _, c := range []struct {
		text    string
		dropped []string // sentences that must not be read
		kept    []string // sentences that must be
	}{
		{"The line reopened on Monday.\n\nAbout Harbor Rail\n\nHarbor Rail was founded in 1983 and runs three lines.\n\nMedia contact: Ann Lee",
			[]string{"About Harbor Rail", "Harbor Rail was founded in 1983"}, []string{"The line reopened on Monday."}},
		{"The bylaw passed on Tuesday.\n\nAbout the City of Kingsbay\n\nThe City of Kingsbay is home to 86,000 residents. Incorporated in 1858, the City provides services.",
			[]string{"The City of Kingsbay is home", "Incorporated in 1858"}, []string{"The bylaw passed on Tuesday."}},
		{"About Ridge Health Services\n\nRidge Health Services, founded in 1967, protects the county's health.",
			[]string{"Ridge Health Services, founded in 1967"}, nil},
		// Not a heading: a figure, a lower-case topic, a sentence.
		{"About 200 people gathered outside the hall on Friday.",
			nil, []string{"About 200 people gathered outside the hall on Friday."}},
		{"About the outbreak\n\nThe outbreak began on March 3 at a school.",
			nil, []string{"The outbreak began on March 3 at a school."}},
		{"About Harbor Rail\n\nThe strike began on Monday, the union said.",
			nil, []string{"The strike began on Monday, the union said."}},
		{"About Face Theatre opened its season on Friday.",
			nil, []string{"About Face Theatre opened its season on Friday."}},
		// Link lines.
		{"The storm hit on Friday.\n\nRelated: Storm losses, first quarter 2040\n\nRead more: How insurers pay | Who is covered",
			[]string{"Storm losses", "How insurers pay"}, []string{"The storm hit on Friday."}},
		{"Related coverage of the storm ran on Saturday.",
			nil, []string{"Related coverage of the storm ran on Saturday."}},
	} {
		var got []string
		for _, s := range sentences(c.text) {
			got = append(got, c.text[s.start:s.end])
		}
		all := strings.Join(got, "\n")
		for _, d := range c.dropped {
			if strings.Contains(all, d) {
				t.Errorf("%q: %q read as copy:\n%s", c.text, d, all)
			}
		}
		for _, k := range c.kept {
			if !strings.Contains(all, k) {
				t.Errorf("%q: %q not read:\n%s", c.text, k, all)
			}
		}
	}
}
