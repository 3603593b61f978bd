package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestSimpleYAMLMeta checks that the front matter simpleYAMLMeta reads it
// reads as yaml.v3 does, and that it leaves the rest to yaml.v3.
func TestSimpleYAMLMeta(t *testing.T) {
	values := []string{
		`2024-06-18`, `The Coastal Wire`, `https://a.example/x?y=1&z=2#top`, `"A “quoted” title: it’s here"`,
		`"x\"y"`, `"x\ny"`, `null`, `~`, `Null`, `NULL`, `nulls`, ``, `"" `, `""`, `a #b`, `a#b`, `a: b`, `a:`,
		`'single'`, `[1, 2]`, `{a: 1}`, `&x 1`, `*x`, `!tag x`, `- x`, `? x`, `|`, `>`, `yes`, `no`, `0x1F`, `1e3`,
		`.inf`, `a  b`, `a `, "a\tb", "a\u2028b", "a\u0085b", "a\ufeffb", "a\ufffdb", `é`, `été`, `"\u00e9"`, `%x`,
		`@x`, "`x", `x,y`, `x[y]`, `"unclosed`, `'it''s'`, `123`, `-1`, `+1`, `true`, `2024-06-18T10:00:00Z`,
	}
	keys := []string{"title", "date", "Date", "published", "url", "outlet", "other", "x-y", "a_b", "1x", "<<", "null", " title"}
	var cases []string
	for _, v := range values {
		for _, k := range keys {
			cases = append(cases, fmt.Sprintf("%s: %s\n", k, v))
		}
		cases = append(cases, fmt.Sprintf("title: %s\ndate: 2024-01-02\n", v), fmt.Sprintf("date: 2024-01-02\n\ntitle: %s\n", v))
	}
	cases = append(cases, "", "\n", "title: a\ntitle: b\n", "date: 2024-01-02\npublished: 2023-01-01\n", "title:  two spaces\n",
		"title: a\n  continued\n", "# comment\ntitle: a\n", "title: a\n---\n", "title: a\r\n", "title:\ta\n", "title: a\nb\n",
		strings.Repeat("k: v\n", 9), "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\nh: 8\n")
	simple := 0
	for _, fm := range cases {
		var want meta
		wantErr := func() error {
			var doc meta
			err := parseYAMLMetaSlow(&doc, fm, 2)
			want = doc
			return err
		}()
		var got meta
		if simpleYAMLMeta(&got, fm, 2) {
			simple++
			if wantErr != nil || got != want {
				t.Errorf("%q: simple %+v; yaml.v3 %+v, %v", fm, got, want, wantErr)
			}
		} else if got != (meta{}) {
			t.Errorf("%q: not simple, but m changed: %+v", fm, got)
		}
	}
	if simple < 150 {
		t.Errorf("only %d of %d front matters read simply", simple, len(cases))
	}
}
