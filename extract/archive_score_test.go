package extract_test

import (
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/archive"
)

// TestArchiveMerging scores merging on a generated newsroom archive
// (internal/archive: 1,000 articles over ten years, running stories told
// by several outlets), whose generator knows which happening each article
// tells and which running story (thread) it is part of:
//
//   - cross-thread pairs: of the pairs of articles an event cites
//     together, the share whose articles belong to different threads,
//     which never tell one happening (the generator repeats some of its
//     sentences word for word across threads, so a few are expected);
//   - story recall: for each happening told by two articles or more, the
//     share of them its best event on the happening's day cites.
//
// A denser archive puts more happenings on each day: what a sentence
// joins by its words alone must still keep to its own story.
func TestArchiveMerging(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and reads 1,000 articles")
	}
	const n = 1000
	dir := t.TempDir()
	if err := archive.Generate(dir, n, 1); err != nil {
		t.Fatal(err)
	}
	truth := map[string]archive.Truth{}
	byStory := map[int]int{}
	for _, x := range archive.Truths(n, 1) {
		truth[filepath.Base(x.Path)] = x
		byStory[x.Story]++
	}
	st := readStory(t, dir)
	pairs, cross := 0, 0
	best := map[int]int{} // story: the most of its articles one event of its day cites
	for _, e := range st.tl.Events {
		var arts []archive.Truth
		seen := map[string]bool{}
		for _, s := range e.Sources {
			b := filepath.Base(s.Article)
			x, ok := truth[b]
			if !ok {
				t.Fatalf("source %s: not an article the generator wrote", s.Article)
			}
			if !seen[b] {
				seen[b] = true
				arts = append(arts, x)
			}
		}
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				pairs++
				if arts[i].Thread != arts[j].Thread {
					cross++
				}
			}
		}
		cited := map[int]int{}
		for _, x := range arts {
			if e.Date.String() == x.Day.Format("2006-01-02") {
				cited[x.Story]++
			}
		}
		for s, k := range cited {
			best[s] = max(best[s], k)
		}
	}
	recall, stories := 0.0, 0
	for s, k := range byStory {
		if k >= 2 {
			recall += float64(best[s]) / float64(k)
			stories++
		}
	}
	recall /= float64(stories)
	share := float64(cross) / float64(pairs)
	t.Logf("generated archive of %d articles: %d events; cross-thread pairs %d of %d (%.3f); story recall %.3f over %d happenings told by two articles or more",
		n, len(st.tl.Events), cross, pairs, share, recall, stories)
	// Floors a little under today's figures (0.018 and 0.953).
	if share > 0.025 {
		t.Errorf("cross-thread pairs %.3f, above the ceiling 0.025", share)
	}
	if recall < 0.94 {
		t.Errorf("story recall %.3f, below the floor 0.94", recall)
	}
}
