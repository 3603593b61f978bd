package timex_test

import (
	"runtime"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// BenchmarkTag tags every TimeBank text once per iteration and reports
// throughput (MB/s) and heap allocations per KB of text.
func BenchmarkTag(b *testing.B) {
	docs := readTimeBank(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	var tg timex.Tagger
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	n := 0
	for b.Loop() {
		for _, d := range docs {
			tg.Tag(d.Text, d.DCT)
		}
		n++
	}
	runtime.ReadMemStats(&m1)
	kb := float64(size) / 1024
	b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/float64(n)/kb, "allocs/KB")
}
