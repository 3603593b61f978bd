package site

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden compares the text formats of the fixture with reviewed files
// in testdata/golden; -update rewrites them (review the diff like code).
func TestGolden(t *testing.T) {
	files, err := Render(fixture(), Options{Title: "The strait crossing", Description: "How two towns agreed to build a bridge.", BaseURL: "https://news.example/strait/"})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	for _, name := range []string{"timeline.json", "timeline.md", "timelinejs.json", "feed.atom", "feed.json", "oembed.json"} {
		t.Run(name, func(t *testing.T) {
			golden := filepath.Join("testdata", "golden", name)
			got := []byte(m[name])
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", name, golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff shows the first differing line, (-want +got).
func lineDiff(want, got string) string {
	w, g := bytes.Split([]byte(want), []byte("\n")), bytes.Split([]byte(got), []byte("\n"))
	for i := range max(len(w), len(g)) {
		var a, b []byte
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if !bytes.Equal(a, b) {
			return "line " + itoa(i+1) + ":\n-" + string(a) + "\n+" + string(b)
		}
	}
	return ""
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// TestJSONShape checks timeline.json against the shape issue 2 publishes:
// exactly these keys, in this order, and the Timeline back from it.
func TestJSONShape(t *testing.T) {
	files, err := JSON(fixture(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	data := files[0].Data
	if !bytes.HasSuffix(data, []byte("}\n")) || !bytes.HasPrefix(data, []byte("{\n  \"events\": [")) {
		t.Errorf("timeline.json is not indented JSON with a final newline")
	}
	var doc struct {
		Events   []map[string]json.RawMessage `json:"events"`
		Articles []map[string]json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]json.RawMessage) []string {
		var k []string
		for key := range m {
			k = append(k, key)
		}
		slices.Sort(k)
		return k
	}
	eventKeys := []string{"actors", "date", "id", "key", "places", "salience", "sources", "summary", "title"}
	for _, e := range doc.Events {
		got := slices.DeleteFunc(keys(e), func(k string) bool { return k == "end" })
		if !slices.Equal(got, eventKeys) {
			t.Errorf("event keys = %v, want %v (+ end)", got, eventKeys)
		}
		var srcs []map[string]json.RawMessage
		json.Unmarshal(e["sources"], &srcs)
		for _, s := range srcs {
			if got, want := slices.DeleteFunc(keys(s), func(k string) bool { return k == "basis" }), []string{"article", "expression", "published", "sentence", "title", "url", "value"}; !slices.Equal(got, want) {
				t.Errorf("source keys = %v, want %v", got, want)
			}
		}
	}
	for _, a := range doc.Articles {
		if got, want := keys(a), []string{"article", "outlet", "published", "title", "url"}; !slices.Equal(got, want) {
			t.Errorf("article keys = %v, want %v", got, want)
		}
	}
	var back timeline.Timeline
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	want := fixture()
	want.Sort()
	if len(back.Events) != len(want.Events) || back.Events[3].Date != want.Events[3].Date || back.Events[5].End != want.Events[5].End {
		t.Errorf("timeline.json does not read back as the timeline")
	}
}

// TestUndated: an event without a date is listed last, and TimelineJS,
// which needs a start date, leaves it out.
func TestUndated(t *testing.T) {
	tl := fixture()
	tl.Events = append(tl.Events, timeline.Event{ID: "no-date", Title: "Someone remembers a ferry", Sources: []timeline.Source{{Article: "c/notes.txt"}}})
	files, err := Render(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	assertContent(t, m, "timeline/index.html", `<h2 id="y_undated_h">Undated</h2>`, `<p class="dl-when">undated</p>`, `! datetime=""`)
	assertContent(t, m, "timelinejs.json", "! no-date")
	assertContent(t, m, "timeline.md", "## Undated")
}
