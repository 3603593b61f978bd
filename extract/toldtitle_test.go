package extract

import (
	"strings"
	"testing"
)

// TestToldTitle: a time inside what a verb of saying tells dates the
// told happening, titled by it, never the saying ("The cannery closed",
// not "The harbour master told councillors that the cannery closed"); a
// time of the saying keeps the saying's title.
func TestToldTitle(t *testing.T) {
	text := "The harbour master told councillors on Tuesday that the old cannery on the north quay closed in 2019 after its last trawler was sold."
	tl, _ := Extract([]Doc{doc("a.md", "2025-03-06", text)}, Options{})
	seen := map[string]string{}
	for _, e := range tl.Events {
		seen[e.Date.String()] = e.Title
	}
	if got := seen["2019"]; !strings.HasPrefix(got, "The old cannery") || strings.Contains(got, "told") {
		t.Errorf("2019: title %q, want what was told (The old cannery ... closed)", got)
	}
	if got := seen["2025-03-04"]; !strings.Contains(got, "told") {
		t.Errorf("2025-03-04: title %q, want the telling", got)
	}
}
