package extract

import (
	"strings"
	"testing"
)

// A title whose subject is an age alone ("The 34-year-old won ...")
// points back at the person the article named with it, as "she" does; an
// age before a noun that says who it is does not (pointingTitle).
func TestPointingAge(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"The 62-year-old resigned after an audit found money missing", true},
		{"The 19-year-old was charged with dangerous driving", true},
		{"The 71-year-old had been missing since Friday evening", true},
		{"The 44-year-old also faces a charge of arson", true},
		{"The 27-year-old's lawyer said she would appeal", true},
		{"The 26-year-old nurse said she had been trapped for hours", false},
		{"The 40-year-old bridge was closed to traffic", false},
		{"The 58-year-old Canadian skipper was airlifted to hospital", false},
		{"The two-year-old programme was cut", false},
		{"The 2024 budget was approved", false},
	} {
		if got := pointingTitle(c.title); got != c.want {
			t.Errorf("pointingTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	// Against a headline that names no one, the age loses.
	d := doc("a.md", "2026-05-12", strings.Join([]string{
		"Residents lined the harbor wall as the lifeboat came in.",
		"The 58-year-old was pulled from the water on Monday after his dinghy overturned near the breakwater.",
		"The harbor master said the sea was calm at the time."}, "\n\n"))
	d.Article.Title = "Sailor rescued after dinghy overturns near breakwater"
	tl, _ := Extract([]Doc{d}, Options{})
	for _, e := range tl.Events {
		if strings.HasPrefix(e.Title, "The 58-year-old") {
			t.Errorf("titled %q", e.Title)
		}
	}
}
