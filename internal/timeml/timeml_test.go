package timeml_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/timeml"
	"github.com/dateline-news/dateline/timex"
)

// sample is a small TimeML document in our own words.
const sample = `<?xml version="1.0" ?>
<TimeML>
<DOCID>sample_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">March 14, 2001</TIMEX3></DCT>
<TEXT>
The mill <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-13">yesterday</TIMEX3> &amp; will stay shut for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`

func TestRead(t *testing.T) {
	doc, err := timeml.Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.DocID, "sample_1"; got != want {
		t.Errorf("DocID = %q, want %q", got, want)
	}
	if got, want := doc.DCT, time.Date(2001, 3, 14, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("DCT = %v, want %v", got, want)
	}
	wantText := "\nThe mill closed yesterday & will stay shut for two weeks.\n"
	if doc.Text != wantText {
		t.Errorf("Text = %q, want %q", doc.Text, wantText)
	}
	want := []timeml.Timex{
		{TID: "t1", Type: "DATE", Value: "2001-03-13", Text: "yesterday"},
		{TID: "t2", Type: "DURATION", Value: "P2W", Text: "two weeks"},
	}
	if len(doc.Timexes) != len(want) {
		t.Fatalf("got %d timexes, want %d", len(doc.Timexes), len(want))
	}
	for i, w := range want {
		g := doc.Timexes[i]
		if g.TID != w.TID || g.Type != w.Type || g.Value != w.Value || g.Text != w.Text || doc.Text[g.Start:g.End] != w.Text {
			t.Errorf("timex %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		is             error
	}{
		{"no text", `<TimeML><DCT><TIMEX3 value="2001-01-01" functionInDocument="CREATION_TIME">x</TIMEX3></DCT></TimeML>`, "doc.tml:1: no <TEXT> element", timeml.ErrNoText},
		{"no dct", `<TimeML><TEXT>a</TEXT></TimeML>`, "doc.tml:1: no DCT", nil},
		{"bad dct", "<TimeML>\n<DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>", "doc.tml:2: DCT value \"soon\": not a date", nil},
		{"unclosed", "<TimeML>\n<TEXT>\n<TIMEX3>a</TEXT></TimeML>", "doc.tml:3:", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timeml.ReadNamed(strings.NewReader(tt.in), "doc.tml")
			if err == nil {
				t.Fatalf("ReadNamed(%q) succeeded, want error %q", tt.in, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %q, want prefix %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

// TestWriteRoundTrip writes our tags and reads them back as gold.
func TestWriteRoundTrip(t *testing.T) {
	doc, err := timeml.Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	tags := timex.Tag(doc.Text, doc.DCT)
	if len(tags) == 0 {
		t.Fatal("no tags")
	}
	var b bytes.Buffer
	if err := timeml.Write(&b, doc, tags); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "TLINK") || strings.Contains(out, "EVENT") {
		t.Errorf("output keeps gold markup:\n%s", out)
	}
	back, err := timeml.Read(&b)
	if err != nil {
		t.Fatalf("reading back: %v\n%s", err, out)
	}
	if back.Text != doc.Text {
		t.Errorf("text changed: got %q, want %q", back.Text, doc.Text)
	}
	if !back.DCT.Equal(doc.DCT) {
		t.Errorf("DCT changed: got %v, want %v", back.DCT, doc.DCT)
	}
	if len(back.Timexes) != len(tags) {
		t.Fatalf("read back %d timexes, wrote %d", len(back.Timexes), len(tags))
	}
	for i, x := range tags {
		g := back.Timexes[i]
		if g.Start != x.Start || g.End != x.End || g.Type != x.Type || g.Value != x.Value {
			t.Errorf("timex %d: got %+v, wrote %+v", i, g, x)
		}
	}
}

func TestWriteRejectsBadSpans(t *testing.T) {
	doc, err := timeml.Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	bad := []timex.Timex{{Start: 5, End: 9, Type: "DATE"}, {Start: 3, End: 4, Type: "DATE"}}
	if err := timeml.Write(&bytes.Buffer{}, doc, bad); err == nil {
		t.Error("Write accepted overlapping tags")
	}
}

// FuzzRead checks that Read never panics and that gold spans lie inside
// the text.
func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add(`<TimeML><DCT><TIMEX3 value="2001-01-01">x</TIMEX3></DCT><TEXT><TIMEX3 type="DATE" value="2001">2001</TIMEX3></TEXT></TimeML>`)
	f.Add(`<TEXT><TIMEX3><TIMEX3>a</TIMEX3></TIMEX3></TEXT>`)
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := timeml.Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, x := range doc.Timexes {
			if x.Start < 0 || x.End < x.Start || x.End > len(doc.Text) || doc.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v in text of length %d", x, len(doc.Text))
			}
		}
		var b bytes.Buffer
		if err := timeml.Write(&b, doc, nil); err != nil {
			t.Fatal(err)
		}
	})
}

// TestDCTValues reads the forms a DCT value takes in TimeML corpora,
// including times with a zone, which keep the date as written.
func TestDCTValues(t *testing.T) {
	for v, want := range map[string]string{
		"1998-01-08":                "1998-01-08 00:00",
		"19980108":                  "1998-01-08 00:00",
		"1998-01-08T13:10":          "1998-01-08 13:10",
		"1998-01-08T13:10:00":       "1998-01-08 13:10",
		" 1998-01-08 ":              "1998-01-08 00:00",
		"2013-03-22T23:30:00-05:00": "2013-03-22 23:30",
		"2013-03-22T08:00:00.000Z":  "2013-03-22 08:00",
		"2013-03-22T08:00+09:00":    "2013-03-22 08:00",
		"2013-03-22T08:00:00.5":     "2013-03-22 08:00",
	} {
		in := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="` + v + `" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>`
		doc, err := timeml.ReadNamed(strings.NewReader(in), "doc.tml")
		if err != nil {
			t.Errorf("DCT %q: %v", v, err)
			continue
		}
		if got := doc.DCT.Format("2006-01-02 15:04"); got != want {
			t.Errorf("DCT %q = %s, want %s", v, got, want)
		}
	}
}
