package hugo

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/timeline"
)

// synthetic returns a timeline of n made-up events over n/20 articles, with
// every granularity, a few spans, key events, 40 actors and 12 places.
func synthetic(n int) *timeline.Timeline {
	tl := &timeline.Timeline{}
	nArticles := max(1, n/20)
	for i := range nArticles {
		tl.Articles = append(tl.Articles, timeline.Article{
			Path:      fmt.Sprintf("%04d/story-%d.md", 2000+i%25, i),
			Title:     fmt.Sprintf("Report number %d from the coast desk", i),
			URL:       fmt.Sprintf("https://news.example/%d/story-%d", 2000+i%25, i),
			Outlet:    []string{"Eastport Gazette", "Coast Weekly", "The Harbour Post"}[i%3],
			Published: timeline.DayOf(2000+i%25, time.Month(1+i%12), 1+i%28),
		})
	}
	for i := range n {
		y := 1990 + i%35
		var d timeline.Date
		switch i % 5 {
		case 0:
			d = timeline.DayOf(y, time.Month(1+i%12), 1+i%28)
		case 1:
			d = timeline.MonthOf(y, time.Month(1+i%12))
		case 2:
			d = timeline.WeekOf(y, 1+i%52)
		case 3:
			d = timeline.QuarterOf(y, 1+i%4)
		default:
			d = timeline.YearOf(y)
		}
		e := timeline.Event{
			ID:      fmt.Sprintf("event-%05d", i),
			Date:    d,
			Title:   fmt.Sprintf("The council takes decision %d on the harbour", i),
			Summary: fmt.Sprintf("Decision %d changed what the harbour board may build and when.", i),
			Key:     i%17 == 0,
			Actors:  []string{fmt.Sprintf("Actor %d", i%40), fmt.Sprintf("Actor %d", (i+7)%40)},
			Places:  []string{fmt.Sprintf("Place %d", i%12)},
		}
		if d.Gran == timeline.Day && i%3 == 0 {
			e.End = timeline.DayOfTime(d.First().AddDate(0, 0, 2))
		}
		for j := range 1 + i%2 {
			a := tl.Articles[(i+j)%nArticles]
			e.Sources = append(e.Sources, timeline.Source{
				Article:    a.Path,
				Title:      a.Title,
				URL:        a.URL,
				Published:  a.Published,
				Sentence:   fmt.Sprintf("The council said decision %d would take effect then.", i),
				Expression: "then",
				Value:      d.String(),
			})
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

// BenchmarkContent10000 renders the complete Hugo site of 10,000 events and
// writes it with output.Write. Then, once, if hugo is installed, it times
// `hugo` building those pages and reports the seconds as hugo-s, and
// dateline's time as a share of Hugo's as of-hugo (the bar of issue 4:
// below 0.5). The same in CPU seconds, user and system, which other work on
// a shared machine disturbs less: cpu-s/op, hugo-cpu-s and cpu-of-hugo.
func BenchmarkContent10000(b *testing.B) {
	tl := synthetic(10000)
	dir := filepath.Join(b.TempDir(), "site")
	opt := Options{Title: "Ten thousand events"}
	var n int
	cpu0 := testdir.CPUTime()
	for b.Loop() {
		files, err := Site(tl, opt)
		if err != nil {
			b.Fatal(err)
		}
		if err := output.Write(dir, files); err != nil {
			b.Fatal(err)
		}
		n = len(files)
	}
	b.StopTimer()
	perOp := b.Elapsed().Seconds() / float64(b.N)
	cpuPerOp := (testdir.CPUTime() - cpu0).Seconds() / float64(b.N)
	b.ReportMetric(float64(n), "files")
	if cpuPerOp > 0 {
		b.ReportMetric(cpuPerOp, "cpu-s/op")
	}
	bin := os.Getenv("DATELINE_HUGO")
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("hugo"); err != nil {
			b.Log("hugo is not installed: no hugo-s")
			return
		}
	}
	cmd := exec.Command(bin, "--source", dir, "--destination", "public", "--cacheDir", b.TempDir(),
		"--noBuildLock", "--quiet")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(start).Seconds()
	if err != nil {
		b.Fatalf("hugo: %v\n%s", err, out)
	}
	b.ReportMetric(took, "hugo-s")
	b.ReportMetric(perOp/took, "of-hugo")
	// CPU seconds are steadier than wall time on a shared machine.
	hugoCPU := (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	b.ReportMetric(hugoCPU, "hugo-cpu-s")
	if cpuPerOp > 0 {
		b.ReportMetric(cpuPerOp/hugoCPU, "cpu-of-hugo")
	}
}

// BenchmarkRender10000 renders the same site in memory only, to tell the
// rendering from the disk writes in BenchmarkContent10000.
func BenchmarkRender10000(b *testing.B) {
	tl := synthetic(10000)
	for b.Loop() {
		if _, err := Site(tl, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSynthetic(t *testing.T) {
	files, err := Content(synthetic(100), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(files), 100+2; got != want {
		t.Errorf("Content(synthetic(100)) wrote %d files, want %d", got, want)
	}
}
