package extract

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAttachClause: the ranker gives a time to the verb next to it, across
// no "that", "and" or comma: the relative clause's verb when the time ends
// it, the main verb when the time follows the main verb.
func TestAttachClause(t *testing.T) {
	for _, tc := range []struct{ text, time, verb string }{
		{"The board fined the company that ignored the warnings in May.", "May", "ignored"},
		{"The company ignored the warnings, and the board fined it in May.", "May", "fined"},
		{"The board fined the company on Monday for ignoring the warnings.", "Monday", "fined"},
		{"In March the mayor signed the order that closed the market.", "March", "signed"},
	} {
		ws := appendWordsLow(nil, tc.text, "", 0, len(tc.text))
		cs := appendClauses(nil, tc.text, ws)
		at := strings.Index(tc.text, tc.time)
		c := attachClause(cs, ws, at, at+len(tc.time))
		if c < 0 || ws[cs[c].verb].w != tc.verb {
			got := ""
			if c >= 0 {
				got = ws[cs[c].verb].w
			}
			t.Errorf("%q: %q attached to %q, want %q", tc.text, tc.time, got, tc.verb)
		}
	}
}

// TestAttachSide: a time in a clause that restricts a noun after the main
// verb dates that clause, titled by it, or nothing; not the main clause.
func TestAttachSide(t *testing.T) {
	for _, tc := range []struct {
		text, day, want string // want "" : no event on day
	}{
		{"The agency said a banned drug had been found in a blood sample taken from the cyclist on March 3.", "2024-03-03", "A blood sample was taken from the cyclist"},
		{"A rival firm settled a similar case over batteries supplied in 2018.", "2018", ""},
		// Controls: the main clause keeps its time.
		{"The council approved the plan on Tuesday.", "2024-05-07", "The council approved the plan"},
		{"The council on Tuesday approved the plan that the mayor drew up.", "2024-05-07", "The council approved the plan that the mayor drew up"},
	} {
		got := eventTitles(t, "2024-05-10", tc.text)[tc.day]
		if got != tc.want {
			t.Errorf("%q: event on %s %q, want %q", tc.text, tc.day, got, tc.want)
		}
	}
	// Without the step, the main clause takes the time.
	attachOn = false
	defer func() { attachOn = true }()
	if got := eventTitles(t, "2024-05-10", "A rival firm settled a similar case over batteries supplied in 2018.")["2018"]; got == "" {
		t.Errorf("without the ranker's step the main clause should have been dated (the test no longer tests the step)")
	}
}

// TestAttachWeightsCurrent: data/attach.tsv is what
// testdata/attach/train.py writes from TimeBank (run where Python 3 and
// the corpus are at hand; DATELINE_TIMEBANK names the corpus's folder).
func TestAttachWeightsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := os.Getenv("DATELINE_TIMEBANK")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpora", "timebank")
	}
	inCI := os.Getenv("CI") == "true" // (CI has both: skipping there would hide stale weights)
	if _, err := os.Stat(dir); err != nil {
		if inCI {
			t.Fatalf("CI: no TimeBank corpus at %s", dir)
		}
		t.Skip("no TimeBank corpus at " + dir)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		if inCI {
			t.Fatal("CI: no python3 to rerun testdata/attach/train.py")
		}
		t.Skip("no python3")
	}
	out, err := exec.Command(py, filepath.Join("testdata", "attach", "train.py"), dir).Output()
	if err != nil {
		t.Fatalf("train.py: %v", err)
	}
	if !bytes.Equal(out, []byte(attachTSV)) {
		t.Errorf("data/attach.tsv is not what testdata/attach/train.py writes: run it again")
	}
	if len(attachWeights) < 50 {
		t.Errorf("only %d weights", len(attachWeights))
	}
}
