package corpus

import (
	"fmt"
	"slices"
	"testing"
)

func TestParseSources(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string // "file@line title date"
		wantErrs []string // "line: message"
	}{
		{
			name: "entries",
			in:   "# comment\n- file: a.txt\n  published: 2024-06-18\n  title: A\n- file: b.txt\n  published: June 19, 2024\n  url: https://x.test/b\n  extra: ignored\n",
			want: []string{"a.txt@2 A 2024-06-18", "b.txt@5  June 19, 2024"},
		},
		{name: "empty", in: "", want: nil},
		{name: "comment only", in: "# nothing yet\n", want: nil},
		{
			name:     "not a list",
			in:       "file: a.txt\npublished: 2024-06-18\n",
			wantErrs: []string{"1: malformed: want a list of articles (- file: ...)"},
		},
		{
			name:     "item not a mapping",
			in:       "- a.txt\n- file: b.txt\n  published: 2024-06-18\n",
			want:     []string{"b.txt@2  2024-06-18"},
			wantErrs: []string{"1: malformed: want file, published, title, url, outlet"},
		},
		{
			name:     "missing file",
			in:       "- published: 2024-06-18\n",
			wantErrs: []string{`1: malformed: missing "file"`},
		},
		{
			name:     "file outside the folder",
			in:       "- file: ../secret.txt\n  published: 2024-06-18\n- file: sub/a.txt\n  published: 2024-06-18\n",
			wantErrs: []string{`1: malformed: file "../secret.txt" must be a name in this folder`, `3: malformed: file "sub/a.txt" must be a name in this folder`},
		},
		{
			name:     "listed twice",
			in:       "- file: a.txt\n  published: 2024-06-18\n- file: a.txt\n  published: 2024-06-19\n",
			want:     []string{"a.txt@1  2024-06-18"},
			wantErrs: []string{"3: malformed: a.txt listed twice (first on line 1)"},
		},
		{
			name:     "title is a list",
			in:       "- file: a.txt\n  published: 2024-06-18\n  title: [a, b]\n",
			wantErrs: []string{"3: malformed: title is not a single value"},
		},
		{
			name:     "syntax error",
			in:       "- file: a.txt\n  published: 2024-06-18\n- file: b.txt\n   published: 2024-06-18\n",
			wantErrs: []string{"4: malformed: mapping values are not allowed in this context"},
		},
		{
			name: "missing published is left to the article",
			in:   "- file: a.txt\n",
			want: []string{"a.txt@1  "},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, errs := parseSources(tt.in)
			var got, gotErrs []string
			for _, e := range entries {
				got = append(got, fmt.Sprintf("%s@%d %s %s", e.file, e.line, e.meta.title.value, e.meta.date.value))
			}
			for _, err := range errs {
				p := problem("", err)
				gotErrs = append(gotErrs, fmt.Sprintf("%d: %v", p.Line, err))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("entries = %q, want %q", got, tt.want)
			}
			if !slices.Equal(gotErrs, tt.wantErrs) {
				t.Errorf("errors = %q, want %q", gotErrs, tt.wantErrs)
			}
		})
	}
}
