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
