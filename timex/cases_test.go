package timex_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// A tagCase is one case of a file of testdata/cases: a text, its document
// date and the expressions it must give.
type tagCase struct {
	file string
	line int // of "case:"
	name string
	dct  time.Time
	text string
	want []string // "text=TYPE:value[/MOD][/FREQ]", as format writes them
}

// format lists tags as "text=TYPE:value" (with "/MOD" and "/FREQ" when
// set), as the want lines of testdata/cases write them.
func format(tags []timex.Timex) string {
	var parts []string
	for _, x := range tags {
		s := fmt.Sprintf("%s=%s:%s", x.Text, x.Type, x.Value)
		if x.Mod != "" {
			s += "/" + x.Mod
		}
		if x.Freq != "" {
			s += "/" + x.Freq
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// TestCases runs the cases of testdata/cases, one file per kind of
// expression, written to be read without reading Go (see the head of each
// file).
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no files in testdata/cases")
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := readCases(filepath.Base(file), string(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			t.Run(strings.TrimSuffix(c.file, ".txt")+"/"+c.name, func(t *testing.T) {
				got := format(timex.Tag(c.text, c.dct))
				if want := strings.Join(c.want, "; "); got != want {
					t.Errorf("%s:%d: Tag(%q, %s)\n got %s\nwant %s", c.file, c.line, c.text, c.dct.Format("2006-01-02"), got, want)
				}
			})
		}
	}
}

// readCases reads a case file: paragraphs of "case:", "dct:", "text:"
// (with "line:" for each next line of a text of several) and one or more
// "want:" lines ("want: nothing" for none); '#' starts a
// comment line. A line it does not understand is an error naming the file
// and line.
func readCases(file, data string) ([]tagCase, error) {
	var out []tagCase
	var c *tagCase
	nothing := false
	done := func(n int) error {
		switch {
		case c == nil:
			return nil
		case c.text == "":
			return fmt.Errorf("%s:%d: case %q: no text", file, c.line, c.name)
		case len(c.want) == 0 && !nothing:
			return fmt.Errorf("%s:%d: case %q: no want (write \"want: nothing\")", file, c.line, c.name)
		}
		out = append(out, *c)
		c, nothing = nil, false
		return nil
	}
	seenDCT := false
	for n, line := range strings.Split(data, "\n") {
		n++
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.TrimSpace(line) == "" {
			if err := done(n); err != nil {
				return nil, err
			}
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		if !ok || val == "" {
			return nil, fmt.Errorf("%s:%d: want \"key: value\", got %q", file, n, line)
		}
		if key != "case" && c == nil {
			return nil, fmt.Errorf("%s:%d: %s before a \"case:\" line", file, n, key)
		}
		switch key {
		case "case":
			if c != nil {
				return nil, fmt.Errorf("%s:%d: a case starts after a blank line", file, n)
			}
			c, seenDCT = &tagCase{file: file, line: n, name: val}, false
		case "dct":
			if seenDCT {
				return nil, fmt.Errorf("%s:%d: a second dct", file, n)
			}
			seenDCT = true
			if val == "none" {
				break
			}
			day, weekday, _ := strings.Cut(val, " ")
			layout := "2006-01-02"
			if strings.Contains(day, "T") {
				// A DCT with its time of filing: "2025-08-04T19:40+02:00".
				layout = "2006-01-02T15:04Z07:00"
			}
			d, err := time.Parse(layout, day)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: dct: %v", file, n, err)
			}
			if weekday != "" && weekday != d.Weekday().String() {
				return nil, fmt.Errorf("%s:%d: dct: %s is a %s, not a %s", file, n, day, d.Weekday(), weekday)
			}
			c.dct = d
		case "text":
			if c.text != "" {
				return nil, fmt.Errorf("%s:%d: a second text", file, n)
			}
			c.text = val
		case "line":
			// A next line of the text: "text:" gives the first.
			if c.text == "" {
				return nil, fmt.Errorf("%s:%d: a line before the text", file, n)
			}
			c.text += "\n" + val
		case "want":
			if val == "nothing" {
				nothing = true
			} else {
				c.want = append(c.want, val)
			}
			if nothing && len(c.want) > 0 {
				return nil, fmt.Errorf("%s:%d: want nothing and something", file, n)
			}
		default:
			return nil, fmt.Errorf("%s:%d: unknown key %q (want case, dct, text, line or want)", file, n, key)
		}
	}
	if err := done(0); err != nil {
		return nil, err
	}
	return out, nil
}

// A line the case reader does not understand fails, naming it.
func TestReadCasesMalformed(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"case: a\ndct: 2024-06-19\ntext: x\nwnat: y\n", "c.txt:4:"},
		{"case: a\ndct: 2024-06-19 Tuesday\ntext: x\nwant: nothing\n", "c.txt:2:"},
		{"case: a\ndct: 2024-19-06\ntext: x\nwant: nothing\n", "c.txt:2:"},
		{"case: a\ndct: none\ntext: x\n", "c.txt:1:"},
		{"dct: none\n", "c.txt:1:"},
		{"case: a\ntext: x\ntext: y\n", "c.txt:3:"},
		{"case: a\nline: x\ntext: y\n", "c.txt:2:"},
		{"case: a\ntext: x\nwant: nothing\nwant: x=DATE:2024\n", "c.txt:4:"},
		{"case: a\ntext: x\nwant: nothing\ncase: b\n", "c.txt:4:"},
	} {
		_, err := readCases("c.txt", c.data)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error at %s", c.data, err, c.want)
		}
	}
}

// TestClockOtherParagraph checks that a clock time with no day of its own,
// in a paragraph after the one that named the text's last day, is left
// undated when that day is more than a day from the DCT (the paragraph may
// tell of another day) or when its clause is in the pluperfect, and keeps the day in the same paragraph or when
// the day is the DCT's or the day before. (A case file holds one line of
// text, no paragraph break.)
func TestClockOtherParagraph(t *testing.T) {
	dct := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"The mayor signed the order on June 3.\n\nIn court, a neighbour said she heard a scream at 10 p.m. and called police.",
			"June 3=DATE:2024-06-03"},
		{"The mayor signed the order on June 3. A neighbour said she heard a scream at 10 p.m. and called police.",
			"June 3=DATE:2024-06-03; 10 p.m.=TIME:2024-06-03T22:00"},
		{"The shop was raided on Tuesday.\n\nOfficers arrived at 10 p.m. and seized the stock.",
			"Tuesday=DATE:2024-06-18; 10 p.m.=TIME:2024-06-18T22:00"},
		// The pluperfect tells of a time before another past, which the
		// day of the paragraph before need not be, even yesterday; in
		// the same paragraph the day holds.
		{"The council said on Tuesday that the review was widening.\n\nInspectors said a queue had formed outside the hall by 7.15 p.m.",
			"Tuesday=DATE:2024-06-18"},
		{"Crews reached the valley on Tuesday. By 4 p.m. they had found two climbers.",
			"Tuesday=DATE:2024-06-18; 4 p.m.=TIME:2024-06-18T16:00"},
		// A time that opens the paragraph right after one that told, in
		// the simple past, what happened on a day after "on" goes on with
		// that day's story; not after a noun's day, nor in what someone
		// said.
		{"Divers reached the flooded cave on May 30.\n\nAt 4:20 p.m. they found the first of the missing students.",
			"May 30=DATE:2024-05-30; 4:20 p.m.=TIME:2024-05-30T16:20"},
		{"Three of the men detained on May 30 were released on bail.\n\nAt 4:20 p.m. they left the court.",
			"May 30=DATE:2024-05-30"},
		{"Divers reached the flooded cave on May 30.\n\nA teacher said they found the students at 4:20 p.m.",
			"May 30=DATE:2024-05-30"},
	} {
		if got := format(timex.Tag(c.text, dct)); got != c.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
