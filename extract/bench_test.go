package extract

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkExtract measures the whole extraction (tagging included) on a
// generated archive of short articles in news style.
func BenchmarkExtract(b *testing.B) {
	var docs []Doc
	size := 0
	for i := range 200 {
		var t strings.Builder
		fmt.Fprintf(&t, "North Korean leader Kim Jong Un met President Vladimir Putin on Tuesday in the port city, officials said.\n")
		fmt.Fprintf(&t, "Read More\nThe talks, which began on Monday, ended a day later with a joint statement.\n")
		fmt.Fprintf(&t, "Spokesman John Kirby said on Wednesday that the United States was watching closely.\n")
		fmt.Fprintf(&t, "The two leaders first met in April 2019 in Vladivostok, and council %d voted last week.\n", i)
		docs = append(docs, doc(fmt.Sprintf("a%03d.md", i), fmt.Sprintf("2024-0%d-1%d", 1+i%9, i%10), t.String()))
		size += t.Len()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Extract(docs, Options{})
	}
}

// BenchmarkMergeLinear merges the two shapes that made merging quadratic:
// many different happenings on one day, and many articles on one
// happening. ns/candidate must stay flat as the size grows ten-fold.
func BenchmarkMergeLinear(b *testing.B) {
	verbs := []string{"opened", "closed", "sold", "bought", "painted", "repaired", "inspected", "flooded"}
	for _, shape := range []string{"same-day", "one-event"} {
		for _, n := range []int{1000, 10000} {
			var docs []Doc
			for i := range n / 10 {
				var t strings.Builder
				for j := range 10 {
					k := i*10 + j
					if shape == "same-day" {
						// Different places and things, the same day.
						fmt.Fprintf(&t, "Workers %s warehouse %d in district %d on Monday.\n", verbs[k%len(verbs)], k, k/7)
					} else {
						fmt.Fprintf(&t, "A bomb exploded at the central station on Monday, police said in report %d.\n", k)
					}
				}
				docs = append(docs, doc(fmt.Sprintf("a%05d.md", i), "2024-06-19", t.String()))
			}
			b.Run(fmt.Sprintf("%s/candidates=%d", shape, n), func(b *testing.B) {
				for b.Loop() {
					Extract(docs, Options{})
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/candidate")
			})
		}
	}
}

// BenchmarkExtractShapes runs extraction on the shapes that once made it
// superlinear or crash (issue 9), at three sizes each: ns/byte must stay
// flat within 2x from the smallest to the largest.
func BenchmarkExtractShapes(b *testing.B) {
	shapes := []struct {
		name string
		unit func(i int) string
	}{
		{"the", func(int) string { return "the " }},
		{"ellipsis", func(int) string { return "He paused... Then Really?. Then " }},
		{"dates-one-clause", func(i int) string { return fmt.Sprintf("on %d June 2024 and ", 1+i%28) }},
		{"same-day-lines", func(i int) string { return fmt.Sprintf("Line %d on Monday.\n", i) }},
		{"commas", func(int) string { return "who, which, as, while, " }},
		{"quotes", func(i int) string { return fmt.Sprintf("\"on Monday\" he said on %d May, ", 1+i%28) }},
		{"capitals", func(int) string { return "President John Smith Minister " }},
		{"clock-then-day", func(int) string { return "At 10:00 officials said on Monday the vote passed. " }},
		{"live-own-line", func(i int) string {
			return fmt.Sprintf("**%d:%02d p.m.**\n\nCrews reported outage %d on Monday.\n\n", 11-i%11, 59-i%60, i)
		}},
		{"stamps-alone", func(i int) string { return fmt.Sprintf("%02d:%02d\n\n", 23-i%24, 59-i%60) }},
	}
	for _, sh := range shapes {
		for _, n := range []int{1000, 10000, 100000} {
			var t strings.Builder
			t.WriteString("Kim met Putin on Tuesday.\n")
			for i := range n {
				t.WriteString(sh.unit(i))
			}
			t.WriteString("\n")
			docs := []Doc{doc("a.md", "2024-06-19", t.String())}
			b.Run(fmt.Sprintf("%s/units=%d", sh.name, n), func(b *testing.B) {
				b.SetBytes(int64(t.Len()))
				for b.Loop() {
					Extract(docs, Options{})
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(t.Len()), "ns/byte")
			})
		}
	}
}
