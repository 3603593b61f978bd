package site

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

var indentCases = []string{
	`{}`, `[]`, `""`, `0`, `-1.5e+10`, `true`, `null`,
	`{"a":{},"b":[],"c":[{}],"d":[[]],"e":{"f":[1,2,{"g":null}]}}`,
	`["a\"b","\\","\\\"","x\\\\\"y\\",":,{}[]","\u003cscript\u003e","é ∂ 日本"]`,
	`{"":"","\"":"\\","k":[true,false,null,"{\"a\":[1]}"]}`,
	`[[[[["deep"]]]],[],{},[{"a":[]}]]`,
}

// appendIndent indents as json.Indent does, byte for byte.
func TestAppendIndent(t *testing.T) {
	cases := indentCases
	// The timeline of a story, as dateline marshals it.
	if b, err := os.ReadFile("testdata/golden/timeline.json"); err == nil {
		var c bytes.Buffer
		if json.Compact(&c, b) == nil {
			cases = append(cases, c.String())
		}
	}
	for _, s := range cases {
		for _, pi := range [][2]string{{"", "  "}, {"    ", "  "}, {"\t", "\t"}} {
			var want bytes.Buffer
			if err := json.Indent(&want, []byte(s), pi[0], pi[1]); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
			if got := appendIndent([]byte("x"), []byte(s), pi[0], pi[1]); string(got) != "x"+want.String() {
				t.Errorf("%q %q %s:\n got %s\nwant %s", pi[0], pi[1], s, got[1:], want.String())
			}
		}
	}
}

func FuzzAppendIndent(f *testing.F) {
	for _, s := range indentCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c bytes.Buffer
		if json.Compact(&c, b) != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, c.Bytes(), "    ", "  "); err != nil {
			t.Fatal(err)
		}
		if got := appendIndent(nil, c.Bytes(), "    ", "  "); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s:\n got %s\nwant %s", c.Bytes(), got, want.Bytes())
		}
	})
}
