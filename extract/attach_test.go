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
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no TimeBank corpus at " + dir)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
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
