package extract

import (
	"strings"
	"testing"
)

// TestTrailingCreditCaption: a caption whose line ends with a credit's
// label and a name ("Photo: Ana Ruiz"), which the splitter keeps as no
// sentence, is no event; a sentence that goes on after a word like
// "Credit" is one.
func TestTrailingCreditCaption(t *testing.T) {
	text := "A judge granted bail to the port's director on Friday.\n\n" +
		"*The director arrives at the courthouse on Thursday. Photo: Ana Ruiz*\n\n" +
		"A former aide leaves the court in June. Picture: Port Authority\n\n" +
		"The aide spoke to reporters on Thursday. Credit for the deal went to the council.\n"
	tl, _ := Extract([]Doc{doc("a.md", "2026-02-13", text)}, Options{})
	var got []string
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			got = append(got, s.Sentence)
		}
	}
	all := strings.Join(got, "|")
	for _, caption := range []string{"arrives at the courthouse", "leaves the court"} {
		if strings.Contains(all, caption) {
			t.Errorf("the caption %q is a source: %q", caption, all)
		}
	}
	if !strings.Contains(all, "The aide spoke to reporters") {
		t.Errorf("the aide's sentence is no source: %q", all)
	}
}
