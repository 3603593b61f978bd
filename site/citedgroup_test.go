package site

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// citedSlow is Cited as it was written before it grouped in two passes:
// each article's quotes appended as they come.
func citedSlow(v *eventView) []citedView {
	var out []citedView
	for i, s := range v.ev.Sources {
		n := v.names[i]
		q := quoteView{Sentence: s.Sentence, Expression: s.Expression, Basis: v.bases[i]}
		at := -1
		for j := range out {
			m := &sourceName{outlet: out[j].Outlet, title: out[j].Title, url: out[j].URL, published: out[j].Published, untitled: out[j].Untitled}
			if sameNaming(m, n) {
				at = j
				break
			}
		}
		if at >= 0 {
			out[at].Quotes = append(out[at].Quotes, q)
			continue
		}
		out = append(out, citedView{Outlet: n.outlet, Title: n.title, URL: n.url, Published: n.published, Untitled: n.untitled, Quotes: []quoteView{q}})
	}
	return out
}

// TestCitedGroups: sentences of many articles, interleaved (more than the
// 16 articles after which Cited groups through a map), some articles
// named by equal but distinct namings, are grouped by article in the
// order each article first comes, each with its sentences in order;
// cited(n), for the lists and JSON-LD, names the same articles with the
// quotes of the first n only.
func TestCitedGroups(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, articles := range []int{1, 2, 5, 16, 17, 40} {
		for _, sources := range []int{1, 3, 20, 90} {
			names := make([]*sourceName, articles)
			for k := range names {
				names[k] = &sourceName{outlet: fmt.Sprint("Outlet ", k%7), title: fmt.Sprint("Title ", k), url: fmt.Sprint("https://example.org/", k)}
				if k%3 == 0 {
					names[k].published = &dateView{Datetime: "2024-05-0" + fmt.Sprint(1+k%9), Text: "a day"}
				}
			}
			v := &eventView{ev: &timeline.Event{}}
			for i := range sources {
				k := r.IntN(articles)
				n := names[k]
				if i%2 == 1 {
					c := *n // the same naming, made again
					n = &c
				}
				v.ev.Sources = append(v.ev.Sources, timeline.Source{Sentence: fmt.Sprint("Sentence ", i), Expression: fmt.Sprint("x", i)})
				v.names = append(v.names, n)
				v.bases = append(v.bases, fmt.Sprint("basis ", i%3))
			}
			want := citedSlow(v)
			if got := v.Cited(); !reflect.DeepEqual(got, want) {
				t.Errorf("%d articles, %d sources: Cited\n%v\nwant\n%v", articles, sources, got, want)
			}
			// The quotes of the first few only (the lists, JSON-LD): the
			// same articles.
			for _, quoted := range []int{0, 1, listSources} {
				part := slices.Clone(want)
				for k := quoted; k < len(part); k++ {
					part[k].Quotes = nil
				}
				if got := v.cited(quoted); !reflect.DeepEqual(got, part) {
					t.Errorf("%d articles, %d sources: cited(%d)\n%v\nwant\n%v", articles, sources, quoted, got, part)
				}
			}
		}
	}
}
