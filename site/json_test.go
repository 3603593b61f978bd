package site

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestWriteJSON: the streamed timeline.json is, byte for byte, the whole
// document marshalled at once, for the fixture, hostile text, a large
// synthetic timeline and an empty one.
func TestWriteJSON(t *testing.T) {
	// writeJSON writes these two lists and nothing else: a new field of
	// Timeline must be added there too.
	tt := reflect.TypeFor[timeline.Timeline]()
	if tt.NumField() != 2 || tt.Field(0).Tag.Get("json") != "events" || tt.Field(1).Tag.Get("json") != "articles" {
		t.Fatalf("timeline.Timeline has fields writeJSON does not write: %v", tt)
	}
	for name, tl := range map[string]*timeline.Timeline{
		"fixture": fixture(), "hostile": hostile(), "synthetic": synthetic(100), "empty": {},
		"no-articles": {Events: []timeline.Event{{ID: "a", Title: "A"}}},
	} {
		nt, err := normalize(tl)
		if err != nil {
			t.Fatal(err)
		}
		want, err := marshalJSON(nt)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := WriteJSON(&got, tl); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: streamed JSON differs from the whole document:\n%s", name, lineDiff(string(want), got.String()))
		}
		files, err := JSON(tl, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(files[0].Data, want) {
			t.Errorf("%s: timeline.json differs from the whole document:\n%s", name, lineDiff(string(want), string(files[0].Data)))
		}
	}
	if err := WriteJSON(&bytes.Buffer{}, &timeline.Timeline{Events: []timeline.Event{{ID: "Bad ID"}}}); err == nil {
		t.Error("an invalid event id was written")
	}
}
