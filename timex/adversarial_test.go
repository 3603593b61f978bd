package timex_test

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// adversarialShapes are inputs built to find superlinear paths in the
// tagger: each gives a text of about n bytes made of one repeated shape.
var adversarialShapes = []struct {
	name string
	gen  func(n int) string
}{
	{"the", func(n int) string { return repeatTo("the ", n) }},
	{"this-past", func(n int) string { return repeatTo("the past the last this ", n) }},
	{"dates-one-clause", func(n int) string {
		var b strings.Builder
		b.WriteString("The talks were held ")
		for d := 0; b.Len() < n; d++ {
			fmt.Fprintf(&b, "on %d March %d, Monday, ", d%28+1, 1990+d%30)
		}
		return b.String()
	}},
	{"quoted-dates", func(n int) string { return repeatTo(`"on Monday" he said, `, n) }},
	{"today-quoted", func(n int) string { return repeatTo(`he said "Today, " and Today `, n) }},
	{"numbers", func(n int) string {
		var b strings.Builder
		for k := 0; b.Len() < n; k++ {
			b.WriteString(strconv.Itoa(k % 3000))
			b.WriteByte(' ')
		}
		return b.String()
	}},
	{"joined-numbers", func(n int) string { return repeatTo("12,3.4:5/6,", n) + "7" }},
	{"long-word", func(n int) string { return "on " + repeatTo("a", n) + " Monday" }},
	{"years", func(n int) string { return repeatTo("1999 2000 2001-2002 '80s ", n) }},
	{"capitalised", func(n int) string { return repeatTo("Alpha Beta Gamma Monday May Delta ", n) }},
	{"commas", func(n int) string { return repeatTo(", ", n) }},
	{"long-line", func(n int) string {
		return repeatTo("the minister said on Tuesday that last week the talks of the past year would go on next month and ", n)
	}},
	{"end-of", func(n int) string { return repeatTo("the end of the beginning of the middle of ", n) }},
	{"half-of", func(n int) string { return repeatTo("the first half of the last half of ", n) }},
	{"weekdays", func(n int) string { return repeatTo("Monday to Tuesday and ", n) }},
}

func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// BenchmarkAdversarial tags each shape at 10x, 100x and 1000x a base size
// of 100 bytes and reports ns per byte of input: a linear tagger gives
// about the same figure at every size.
func BenchmarkAdversarial(b *testing.B) {
	dct := time.Date(2024, 6, 18, 0, 0, 0, 0, time.UTC)
	for _, s := range adversarialShapes {
		for _, mult := range []int{10, 100, 1000} {
			text := s.gen(100 * mult)
			b.Run(fmt.Sprintf("%s/%dx", s.name, mult), func(b *testing.B) {
				var tg timex.Tagger
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					tg.Tag(text, dct)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
			})
		}
	}
}

// TestDeepInput: a run of one repeated determiner used to recurse once
// per word (detExpr -> core -> detExpr) and, at about 830 KB, die with a
// fatal stack overflow no recover can catch. With the stack held to 16 MB
// the old recursion dies within the first word of these 200 KB; the
// tagger must now go through every shape like any text.
func TestDeepInput(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(16 << 20))
	dct := time.Date(2024, 6, 18, 0, 0, 0, 0, time.UTC)
	for _, s := range adversarialShapes {
		text := s.gen(200 << 10)
		timex.Tag(text, dct)
	}
}
