package hugo

import (
	"testing"

	"github.com/dateline-news/dateline/internal/output"
)

func TestScratch(t *testing.T) {
	for _, n := range []string{"fixture", "hostile"} {
		f, err := Site(load(t, n+".json"), Options{Title: "T"})
		if err != nil {
			t.Fatal(err)
		}
		if err := output.Write("/tmp/hs/"+n, f); err != nil {
			t.Fatal(err)
		}
	}
}
