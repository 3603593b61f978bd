package hugo

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/timeline"
)

// TestTimelineStreams: data/timeline.json written an event at a time is
// json.Marshal of the cleaned timeline and a newline, byte for byte, nil
// lists (null) included.
func TestTimelineStreams(t *testing.T) {
	hostile := synthetic(40)
	hostile.Events[3].Sources[0].URL = "javascript:alert(1)"
	hostile.Articles[len(hostile.Articles)-1].URL = "data:text/html,x"
	for name, tl := range map[string]*timeline.Timeline{
		"synthetic": synthetic(40), "hostile": hostile, "nil lists": {}, "empty lists": {Events: []timeline.Event{}, Articles: []timeline.Article{}},
	} {
		c := clean(tl)
		deep := c // every source's URL cleaned, as data/timeline.json has them
		deep.Events = slices.Clone(c.Events)
		for i := range deep.Events {
			deep.Events[i] = cleanSources(deep.Events[i])
		}
		want, err := json.Marshal(&deep)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeTimeline(&got, &c); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), append(want, '\n')) {
			t.Errorf("%s: %q, want %q", name, got.String(), want)
		}
		if bytes.Contains(got.Bytes(), []byte("javascript:")) || bytes.Contains(got.Bytes(), []byte("data:text")) {
			t.Errorf("%s: an unsafe URL reached data/timeline.json", name)
		}
	}
	if hostile.Events[3].Sources[0].URL != "javascript:alert(1)" {
		t.Errorf("the timeline given was changed")
	}
}

// TestSiteToStreams: SiteTo and ContentTo hand over Site's and Content's
// files in their order, the event pages and data/timeline.json streamed.
func TestSiteToStreams(t *testing.T) {
	tl := synthetic(40)
	for name, f := range map[string]struct {
		all func(*timeline.Timeline, Options) ([]output.File, error)
		to  func(*timeline.Timeline, Options, func(output.File) error) error
	}{"site": {Site, SiteTo}, "content": {Content, ContentTo}} {
		want, err := f.all(tl, Options{Title: "T"})
		if err != nil {
			t.Fatal(err)
		}
		i := 0
		err = f.to(tl, Options{Title: "T"}, func(file output.File) error {
			if (file.Stream != nil) != (file.Path == "data/timeline.json" || strings.HasPrefix(file.Path, "content/timeline/") && !strings.HasSuffix(file.Path, "/_index.md")) {
				t.Errorf("%s: %s streamed: %v", name, file.Path, file.Stream != nil)
			}
			data, err := file.Bytes()
			if i >= len(want) || want[i].Path != file.Path || !bytes.Equal(want[i].Data, data) {
				t.Errorf("%s: file %d is %s, not as %s gives it", name, i, file.Path, name)
			}
			i++
			return err
		})
		if err != nil || i != len(want) {
			t.Errorf("%s: %v, %d files of %d", name, err, i, len(want))
		}
	}
}
