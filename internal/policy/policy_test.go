package policy

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

func TestDateLabels(t *testing.T) {
	tests := []struct {
		d                  timeline.Date
		label, short, attr string
		start, end         string
	}{
		{timeline.YearOf(2000), "2000", "2000", "2000", "2000", ""},
		{timeline.QuarterOf(2021, 2), "Q2 2021", "Q2", "2021", "2021-04", "2021-06"},
		{timeline.MonthOf(2024, time.May), "May 2024", "May", "2024-05", "2024-05", ""},
		{timeline.WeekOf(2024, 24), "week of 10 June 2024", "week of 10 Jun", "2024-W24", "2024-06-10", "2024-06-16"},
		{timeline.WeekOf(2021, 1), "week of 4 January 2021", "week of 4 Jan", "2021-W01", "2021-01-04", "2021-01-10"},
		{timeline.DayOf(2023, time.September, 13), "13 September 2023", "13 Sep", "2023-09-13", "2023-09-13", ""},
	}
	for _, tt := range tests {
		if got := DateLabel(tt.d); got != tt.label {
			t.Errorf("DateLabel(%v) = %q, want %q", tt.d, got, tt.label)
		}
		if got := ShortLabel(tt.d); got != tt.short {
			t.Errorf("ShortLabel(%v) = %q, want %q", tt.d, got, tt.short)
		}
		if got := HTMLDatetime(tt.d); got != tt.attr {
			t.Errorf("HTMLDatetime(%v) = %q, want %q", tt.d, got, tt.attr)
		}
		if s, e := ISORange(tt.d); s != tt.start || e != tt.end {
			t.Errorf("ISORange(%v) = %q, %q, want %q, %q", tt.d, s, e, tt.start, tt.end)
		}
	}
	if got := SpanLabel(timeline.DayOf(2024, 6, 18), timeline.DayOf(2024, 6, 19)); got != "18–19 June 2024" {
		t.Errorf("SpanLabel = %q", got)
	}
}

func TestURLs(t *testing.T) {
	web := []struct{ in, want string }{
		{"https://news.example/a?b=c#d", "https://news.example/a?b=c#d"},
		{" HTTP://News.example/x ", "http://News.example/x"},
		{"javascript:alert(1)", ""},
		{"java\tscript:alert(1)", ""},
		{"data:text/html,x", ""},
		{"//evil.example/x", ""},
		{"/relative", ""},
		{"https:evil", ""},
		{"ftp://files.example/x", ""},
		{"https://user@bank.example/", ""},
		{"https://ex ample.org/", ""},
		{"https://news.example/\x00", ""},
	}
	for _, tt := range web {
		if got := WebURL(tt.in); got != tt.want {
			t.Errorf("WebURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	article := []struct {
		in   string
		want bool
	}{
		{"https://news.example/a", true},
		{"story.html", true},
		{"/2024/story", true},
		{"javascript:alert(1)", false},
		{"javascript&#58;alert(1)", false},
		{"java\tscript:x", false},
		{"//evil.example/x", false},
		{`https://news.example/"onclick`, false},
		{"", false},
	}
	for _, tt := range article {
		if got := ArticleURL(tt.in); got != tt.want {
			t.Errorf("ArticleURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := Host("https://www.News.example/x"); got != "news.example" {
		t.Errorf("Host = %q", got)
	}
}

func TestNameSource(t *testing.T) {
	pub := timeline.DayOf(2024, 6, 18)
	tests := []struct {
		s    timeline.Source
		a    timeline.Article
		want string
	}{
		{timeline.Source{Article: "000_5e6b88419370af48.txt"}, timeline.Article{Path: "000_5e6b88419370af48.txt", Published: pub}, "Article of 18 June 2024"},
		{timeline.Source{Article: "x.txt"}, timeline.Article{Path: "x.txt", URL: "https://www.courier.example/a", Published: pub}, "courier.example: Article of 18 June 2024"},
		{timeline.Source{Article: "x.md", Title: "Headline"}, timeline.Article{Path: "x.md", Outlet: "The Courier", URL: "https://courier.example/a"}, "The Courier: Headline"},
		{timeline.Source{Article: "x.md"}, timeline.Article{Path: "x.md", Title: "From the article"}, "From the article"},
		{timeline.Source{Article: "x.md"}, timeline.Article{}, "Article"},
	}
	for _, tt := range tests {
		if got := NameSource(tt.s, tt.a).Name(); got != tt.want {
			t.Errorf("NameSource(%+v, %+v) = %q, want %q", tt.s, tt.a, got, tt.want)
		}
	}
	if got := DateBasis(timeline.Source{Basis: "published"}); got == "" {
		t.Error("DateBasis for a publication date is empty")
	}
}

func TestMarkdownText(t *testing.T) {
	for in, want := range map[string]string{
		"*a* <b> {{< x >}}": `\*a\* \<b\> \{\{\< x \>\}\}`,
		"- a":               `\- a`,
		"12. a":             `12\. a`,
		"a\n# b":            `a \# b`,
	} {
		if got := MarkdownText(in); got != want {
			t.Errorf("MarkdownText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := MarkdownTextStrict("www.x.example {{"); got != `www\.x\.example \{\{` {
		t.Errorf("MarkdownTextStrict = %q", got)
	}
}
