package corpus

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestReadRoomKeepsNothing: Read reads each file into room it uses again,
// so a Document read earlier must keep its own text whatever is read
// after it (a longer file, a shorter one, one with a byte order mark).
func TestReadRoomKeepsNothing(t *testing.T) {
	dir := t.TempDir()
	// Each file's text carries a word of its own (its marker).
	bodies := map[string]string{
		"a.md":  "The harbour board met on a wet evening and agreed to dredge the channel (alpha) before the spring tides.\n",
		"b.md":  "Short (bravo).\n",
		"c.md":  "\xEF\xBB\xBFA ferry ran aground near the breakwater (charlie); nobody was hurt, the operator said.\n" + strings.Repeat("Repairs will take weeks. ", 200) + "\n",
		"d.md":  "Councillors deferred the vote (delta).\n",
		"e.txt": "A plain text article: the library reopened (echo) after repairs.\n",
	}
	markers := map[string]string{"a.md": "alpha", "b.md": "bravo", "c.md": "charlie", "d.md": "delta", "e.txt": "echo"}
	files := map[string]string{}
	for name, body := range bodies {
		files[name] = okFM + body
	}
	writeTree(t, dir, files)
	for round := range 3 {
		l := List([]string{dir}, Options{})
		var docs []Document
		for i := range l.Len() {
			d, err := l.Read(i)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
		// Read again without the room (Raw, then Parse): every field of
		// every Document read before is as it was.
		for i, d := range docs {
			raw, err := l.Raw(i)
			if err != nil {
				t.Fatal(err)
			}
			if want, err := l.Parse(i, raw); err != nil || !reflect.DeepEqual(d, want) {
				t.Errorf("round %d: %s read through the room is\n%+v\nnot\n%+v (%v)", round, d.Article.Path, d, want, err)
			}
		}
		if len(docs) != len(bodies) {
			t.Fatalf("round %d: %d documents, want %d", round, len(docs), len(bodies))
		}
		for _, d := range docs {
			name := d.Article.Path[strings.LastIndex(d.Article.Path, "/")+1:]
			for other, m := range markers {
				if got := strings.Contains(d.Text, "("+m+")"); got != (other == name) {
					t.Errorf("round %d: %s: holds %s's marker %v: %q", round, name, other, got, short(d.Text))
				}
			}
			if name == "c.md" && strings.Count(d.Text, "Repairs will take weeks.") != 200 {
				t.Errorf("round %d: c.md lost its repeated sentence: %q", round, short(d.Text))
			}
		}
	}
}

func short(s string) string {
	if len(s) > 80 {
		return fmt.Sprintf("%s…(%d bytes)", s[:80], len(s))
	}
	return s
}
