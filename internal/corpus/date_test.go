package corpus

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

func TestParseDate(t *testing.T) {
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	seoul := time.FixedZone("KST", 9*3600)
	tests := []struct {
		in   string
		loc  *time.Location
		want string // the published day in loc
	}{
		{"2024-06-18", time.UTC, "2024-06-18"},
		{"2024-06-18", seoul, "2024-06-18"}, // a day without a zone is that day wherever
		{"2024-06-18T09:00:00Z", time.UTC, "2024-06-18"},
		{"2024-06-18T23:30:00-04:00", time.UTC, "2024-06-18"}, // with an offset: the day where it was written
		{"2024-06-18T23:30:00-04:00", newYork, "2024-06-18"},
		{"2024-06-19T01:30:00+09:00", newYork, "2024-06-19"},
		{"2024-06-19T03:30:00Z", newYork, "2024-06-18"}, // in UTC: the day in the newsroom's zone
		{"2024-06-19T03:30:00+00:00", newYork, "2024-06-18"},
		{"2024-06-18 22:15", seoul, "2024-06-18"},
		{"2024-06-18T22:15:05.123", time.UTC, "2024-06-18"},
		{"  2024-06-18  ", time.UTC, "2024-06-18"},
		// dateparse, in the newsroom's zone
		{"June 18, 2024", time.UTC, "2024-06-18"},
		{"18 June 2024", time.UTC, "2024-06-18"},
		{"Jun 18 2024", time.UTC, "2024-06-18"},
		{"2024/06/18", time.UTC, "2024-06-18"},
		{"06/18/2024", time.UTC, "2024-06-18"},
		{"18/06/2024", time.UTC, "2024-06-18"}, // day first: retried with day and month swapped
		{"03/03/2024", time.UTC, "2024-03-03"}, // the same either way
		{"1800-01-01", time.UTC, "1800-01-01"},
		{"2200-12-31", time.UTC, "2200-12-31"},
		{"Tue, 18 Jun 2024 23:00:00 -0400", time.UTC, "2024-06-18"},
		{"Tue, 18 Jun 2024 23:00:00 -0400", newYork, "2024-06-18"},
		{"June 18, 2024 09:00 EDT", newYork, "2024-06-18"},
		{"20240618", time.UTC, "2024-06-18"},
	}
	for _, tt := range tests {
		tm, err := parseDate(tt.in, tt.loc)
		if err != nil {
			t.Errorf("parseDate(%q, %v) error: %v", tt.in, tt.loc, err)
			continue
		}
		if got := publishedDay(tm, tt.loc).String(); got != tt.want {
			t.Errorf("parseDate(%q, %v) = day %s, want %s", tt.in, tt.loc, got, tt.want)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", `unreadable publication date: empty`},
		{"tomorrow-ish", `unreadable publication date: "tomorrow-ish": no known date format`},
		{"2024", `unreadable publication date: "2024" is not a day (a publication date needs year, month and day)`},
		{"2024-06", `unreadable publication date: "2024-06" is not a day (a publication date needs year, month and day)`},
		{"2024-13-45", `unreadable publication date: "2024-13-45": month out of range`},
		{"0000-01-01", `unreadable publication date: "0000-01-01": year 0 out of range (1800-2200)`},
		{"0001-06-18", `unreadable publication date: "0001-06-18": year 1 out of range (1800-2200)`},    // gave dates like "-023"
		{"9999-12-28", `unreadable publication date: "9999-12-28": year 9999 out of range (1800-2200)`}, // gave "10000-W01"
		{"03/04/2024", `unreadable publication date: "03/04/2024" could be day/month or month/day: write it as YYYY-MM-DD`},
		{"3.4.2024", `unreadable publication date: "3.4.2024" could be day/month or month/day: write it as YYYY-MM-DD`},
		{"12-01-2024 10:00", `unreadable publication date: "12-01-2024 10:00" could be day/month or month/day: write it as YYYY-MM-DD`},
		// Fixed bugs.
		{"0001-01-01T00:00:00+01:00", `unreadable publication date: "0001-01-01T00:00:00+01:00": year 1 out of range (1800-2200)`}, // fuzz: the day where it was written is in year 1 (in UTC, year 0)
		{"10:30:00", `unreadable publication date: "10:30:00" is a time of day, not a date`},                                       // dateparse read it as 2000-10-30
	}
	for _, tt := range tests {
		_, err := parseDate(tt.in, time.UTC)
		if err == nil {
			t.Errorf("parseDate(%q) = no error, want %q", tt.in, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("parseDate(%q) error = %q, want %q", tt.in, err, tt.want)
		}
		if !errors.Is(err, ErrDate) {
			t.Errorf("parseDate(%q) error does not wrap ErrDate", tt.in)
		}
		if c := err.Error()[0]; 'A' <= c && c <= 'Z' {
			t.Errorf("parseDate(%q) error %q starts with a capital", tt.in, err)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	seoul := time.FixedZone("KST", 9*3600)
	tests := []struct {
		name string
		in   string
		loc  *time.Location
		want timeline.Article
	}{
		{
			name: "YAML",
			in:   "---\ntitle: A title\ndate: 2024-06-18\nurl: https://x.test/a\noutlet: The Wire\n---\nText.\n",
			want: timeline.Article{Title: "A title", URL: "https://x.test/a", Outlet: "The Wire", Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "YAML closed by dots, published, quoted date",
			in:   "---\npublished: \"June 18, 2024\"\n...\nText.\n",
			want: timeline.Article{Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "date wins over published",
			in:   "---\npublished: 2024-01-01\ndate: 2024-06-18\n---\nText.\n",
			want: timeline.Article{Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "keys in any case, unknown keys ignored",
			in:   "---\nTitle: T\nDate: 2024-06-18\ndraft: true\nparams: {a: 1}\n---\nText.\n",
			want: timeline.Article{Title: "T", Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "YAML folded title becomes one line",
			in:   "---\ntitle: >\n  A long\n  title\ndate: 2024-06-18\n---\nText.\n",
			want: timeline.Article{Title: "A long title", Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "YAML alias",
			in:   "---\nd: &d 2024-06-18\ndate: *d\n---\nText.\n",
			want: timeline.Article{Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "empty YAML front matter falls through to no date",
			in:   "---\n---\nText.\n",
		},
		{
			name: "TOML local date",
			in:   "+++\ntitle = \"T\"\ndate = 2024-06-18\n+++\nText.\n",
			loc:  seoul,
			want: timeline.Article{Title: "T", Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "TOML local date-time is in the newsroom's zone",
			in:   "+++\ndate = 2024-06-18T23:30:00\n+++\nText.\n",
			loc:  seoul,
			want: timeline.Article{Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "TOML offset date-time moves to the newsroom's zone",
			in:   "+++\ndate = 2024-06-18T23:30:00Z\n+++\nText.\n",
			loc:  seoul,
			want: timeline.Article{Published: timeline.DayOf(2024, 6, 19)},
		},
		{
			name: "TOML string date and a table after",
			in:   "+++\npublished = \"18 June 2024\"\noutlet = 'Wire'\n[params]\ntitle = \"not this one\"\n+++\nText.\n",
			want: timeline.Article{Outlet: "Wire", Published: timeline.DayOf(2024, 6, 18)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadFrom("a.md", strings.NewReader(tt.in), Options{Location: tt.loc})
			if tt.want.Published.IsZero() {
				if !errors.Is(err, ErrNoDate) {
					t.Fatalf("ReadFrom error = %v, want ErrNoDate", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Path = "a.md"
			if d.Article != tt.want {
				t.Errorf("Article = %+v, want %+v", d.Article, tt.want)
			}
		})
	}
}

func TestFrontMatterErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"YAML syntax on the first line", "---\n: : :\n---\nx\n", "a.md:2: front matter: did not find expected key"},
		{"YAML bad indentation", "---\ntitle: a\ndate: 2024-06-18\n  x: y: z\n---\nx\n", "a.md:4: front matter: mapping values are not allowed in this context"},
		{"YAML unclosed quote", "---\ntitle: \"open\ndate: 2024-06-18\n---\nx\n", "a.md:2: front matter: found unexpected end of stream"},
		{"YAML list instead of mapping", "---\n- a\n- b\n---\nx\n", "a.md:2: front matter: want key: value lines"},
		{"YAML date is a list", "---\ndate:\n  - 2024-06-18\n---\nx\n", "a.md:3: front matter: date is not a single value"},
		{"TOML syntax", "+++\ntitle = \"a\"\n\ndate = 2024-06-18\nbroken\n+++\nx\n", "a.md:5: front matter: expected '.' or '=', but got '\\n' instead"},
		{"TOML date is a table", "+++\n[date]\nday = 1\n+++\nx\n", "a.md:2: front matter: date is not a single value"},
		{"TOML time of day only", "+++\ndate = 10:30:00\n+++\nx\n", `a.md:2: unreadable publication date: "10:30:00" is a time of day, not a date`},
		{"unclosed TOML", "+++\ndate = 2024-06-18\n", "a.md:1: front matter: no closing +++"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadFrom("a.md", strings.NewReader(tt.in), Options{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("ReadFrom error = %v, want %q", err, tt.want)
			}
		})
	}
}
