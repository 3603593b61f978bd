// Package archive generates a newsroom's archive for dateline's benchmarks
// and tests: Markdown articles of 2-6 KB with front matter (title, date,
// outlet, url), published over ten years by a dozen outlets, in our own
// words from templates over made-up outlets, actors and places (names.txt).
//
// Articles come in running stories: a story is a series of happenings
// (meetings, votes, fires...) among one cast, and each happening is told by
// several outlets in different words, on the day and over the days after,
// with relative dates ("on Tuesday", "yesterday", "June 18", "last
// month"), announced beforehand ("will vote on Thursday") and recalled by
// later articles of the story, so that merging has real work.
//
// Generate is deterministic: the same n and seed write the same bytes.
package archive

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

//go:embed names.txt
var namesTxt string

type person struct{ role, name string }

// cast is what the generator names.
type cast struct {
	outlets, orgs, places, reporters []string
	people                           []person
}

func loadCast() cast {
	var c cast
	for line := range strings.Lines(namesTxt) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			panic("archive: names.txt: no kind in " + strconv.Quote(line))
		}
		v = strings.TrimSpace(v)
		switch k {
		case "outlet":
			c.outlets = append(c.outlets, v)
		case "org":
			c.orgs = append(c.orgs, v)
		case "place":
			c.places = append(c.places, v)
		case "reporter":
			c.reporters = append(c.reporters, v)
		case "person":
			role, name, _ := strings.Cut(v, "|")
			c.people = append(c.people, person{strings.TrimSpace(role), strings.TrimSpace(name)})
		default:
			panic("archive: names.txt: unknown kind " + strconv.Quote(k))
		}
	}
	return c
}

// A thread is a running story: one cast, one home town, a few kinds of
// happening.
type thread struct {
	people  []int // indices into cast.people
	orgs    []int
	home    int
	kinds   []int
	stories []int // indices into stories, in date order
}

// A story is one happening of a thread, told by one or more articles.
type story struct {
	thread   int
	kind     int
	date     time.Time
	a        int  // a person
	b        int  // a person or, when borg, an organisation
	borg     bool // b is an organisation
	place    int
	articles int // how many articles tell it
	n, m     int // its numbers
}

// The archive's ten years: happenings fall between first and first+span
// days; articles follow them by up to two months.
var first = time.Date(2015, time.January, 5, 0, 0, 0, 0, time.UTC)

const span = 3640

// Generate writes n articles under dir, in a folder per year
// (2019/2019-04-24-harbour-ledger-000123.md). The same n and seed give the
// same files, byte for byte.
func Generate(dir string, n int, seed uint64) error {
	_, err := GenerateIf(dir, n, seed, nil)
	return err
}

// GenerateIf writes, of the n articles Generate(dir, n, seed) writes, those
// whose path keep accepts (all when keep is nil), and returns how many it
// wrote: a window of a big archive, with the bytes the whole one has there.
func GenerateIf(dir string, n int, seed uint64, keep func(path string) bool) (int, error) {
	g := newGen(n, seed)
	wrote := 0
	for i := range n {
		a := g.article(i)
		if keep != nil && !keep(a.path) {
			continue
		}
		wrote++
		p := filepath.Join(dir, a.path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return wrote, err
		}
		if err := os.WriteFile(p, a.data, 0o644); err != nil {
			return wrote, err
		}
	}
	return wrote, nil
}

// Truth is what the generator knows of one article it writes: the
// happening it tells (its story, by number) and the running story (thread)
// that happening is part of. Tests score merging with it: two articles of
// different threads tell different happenings, whatever their words.
type Truth struct {
	Path   string // as Generate writes it, under dir
	Story  int
	Thread int
	Day    time.Time // the day of the story's happening
}

// Truths returns what Generate(dir, n, seed) writes, article by article.
func Truths(n int, seed uint64) []Truth {
	g := newGen(n, seed)
	out := make([]Truth, n)
	for i := range n {
		s := &g.stories[g.plan[i].story]
		out[i] = Truth{Path: g.article(i).path, Story: g.plan[i].story, Thread: s.thread, Day: s.date}
	}
	return out
}

type gen struct {
	c       cast
	seed    uint64
	rng     *rand.Rand
	threads []thread
	stories []story
	// plan is, for each article in order, its story and its number among
	// the story's articles.
	plan []struct{ story, nth int }
}

func newGen(n int, seed uint64) *gen {
	g := &gen{c: loadCast(), seed: seed, rng: rand.New(rand.NewPCG(seed, 0x6461746c696e65))}
	r := g.rng
	nThreads := max(2, n/60)
	for range nThreads {
		t := thread{home: r.IntN(len(g.c.places))}
		t.people = pickDistinct(r, len(g.c.people), 2+r.IntN(3))
		t.orgs = pickDistinct(r, len(g.c.orgs), 1+r.IntN(2))
		t.kinds = pickDistinct(r, len(kinds), 3+r.IntN(3))
		g.threads = append(g.threads, t)
	}
	for total := 0; total < n; {
		ti := r.IntN(nThreads)
		t := &g.threads[ti]
		s := story{thread: ti, kind: t.kinds[r.IntN(len(t.kinds))], date: first.AddDate(0, 0, r.IntN(span)),
			a: t.people[r.IntN(len(t.people))], place: t.home, n: 3 + r.IntN(40)}
		s.m = 1 + r.IntN(s.n-1)
		if r.IntN(10) < 4 {
			s.place = r.IntN(len(g.c.places))
		}
		if r.IntN(2) == 0 {
			s.b, s.borg = t.orgs[r.IntN(len(t.orgs))], true
		} else {
			s.b = t.people[r.IntN(len(t.people))]
			if s.b == s.a {
				s.b, s.borg = t.orgs[0], true
			}
		}
		switch x := r.IntN(20); {
		case x < 5:
			s.articles = 1
		case x < 12:
			s.articles = 2 + r.IntN(2)
		default:
			s.articles = 4 + r.IntN(5)
		}
		s.articles = min(s.articles, n-total)
		for j := range s.articles {
			g.plan = append(g.plan, struct{ story, nth int }{len(g.stories), j})
		}
		total += s.articles
		t.stories = append(t.stories, len(g.stories))
		g.stories = append(g.stories, s)
	}
	for i := range g.threads {
		t := &g.threads[i]
		slices.SortStableFunc(t.stories, func(a, b int) int { return g.stories[a].date.Compare(g.stories[b].date) })
	}
	return g
}

// pickDistinct returns k distinct numbers below n (k <= n).
func pickDistinct(r *rand.Rand, n, k int) []int {
	p := r.Perm(n)
	return p[:min(k, n)]
}

type article struct {
	path string
	data []byte
}

// article writes the i-th article. Each article draws from its own
// generator, seeded by the archive's seed and its number, so that its text
// does not depend on the order articles are written in.
func (g *gen) article(i int) article {
	pl := g.plan[i]
	s := &g.stories[pl.story]
	r := rand.New(rand.NewPCG(g.seed, 0x61727469636c65+uint64(i)))
	// Outlets of one story differ: the nth article's outlet is the story's
	// first outlet moved on by n.
	o := (pl.story*7 + pl.nth) % len(g.c.outlets)
	outlet := g.c.outlets[o]
	style := o // an outlet's house style: which wording it prefers
	// The publication day: announced before, told on the day or after,
	// recalled weeks later.
	var off int
	switch x := r.IntN(100); {
	case x < 12 && pl.nth > 0:
		off = -1 - r.IntN(5)
	case x < 45:
		off = 0
	case x < 78:
		off = 1 + r.IntN(3)
	case x < 94:
		off = 4 + r.IntN(11)
	default:
		off = 20 + r.IntN(40)
	}
	pub := s.date.AddDate(0, 0, off)
	v := g.vars(s, r)
	k := &kinds[s.kind]
	// Background sentences and quotes are not repeated within an article.
	var fill1, quote1 []int
	filler := func() string {
		if len(fill1) == 0 {
			fill1 = r.Perm(len(fillers))
		}
		f := fillers[fill1[0]]
		fill1 = fill1[1:]
		v["{K}"] = strconv.Itoa(2 + r.IntN(90))
		v["{O}"] = "the " + g.c.orgs[r.IntN(len(g.c.orgs))]
		return fill(f, v)
	}
	quote := func() string {
		if len(quote1) == 0 {
			quote1 = r.Perm(len(quotes))
		}
		q := quotes[quote1[0]]
		quote1 = quote1[1:]
		return fill(q, v)
	}
	var b strings.Builder
	title := fill(pick(r, k.titles), v)
	slug := slugify(title)
	fmt.Fprintf(&b, "---\ntitle: %q\ndate: %s\noutlet: %s\nurl: https://%s.example/%s/%s-%06d\n---\n\n",
		title, pub.Format(time.DateOnly), outlet, slugify(outlet), pub.Format("2006/01/02"), slug, i)
	fmt.Fprintf(&b, "By %s\n\n", g.c.reporters[r.IntN(len(g.c.reporters))])

	// The lead: the happening, dated from the publication day.
	var lead string
	if off < 0 {
		v["{W}"] = future(r, pub, s.date, style)
		lead = fill(k.previews[(style+r.IntN(2))%len(k.previews)], v)
	} else {
		v["{W}"] = past(r, pub, s.date, style)
		lead = fill(k.leads[(style+r.IntN(2))%len(k.leads)], v)
	}
	b.WriteString(lead)
	b.WriteString(" ")
	b.WriteString(fill(pick(r, k.details), v))
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "“%s,” %s said.", quote(), v["{a}"])
	b.WriteString(" ")
	b.WriteString(filler())
	b.WriteString("\n\n")

	// The story so far: earlier happenings of the thread, and the next one
	// when it is announced.
	t := &g.threads[s.thread]
	var before []int
	next := -1
	for _, si := range t.stories {
		d := g.stories[si].date
		if si == pl.story {
			continue
		}
		if d.Before(pub.AddDate(0, 0, -6)) {
			before = append(before, si)
		} else if d.After(pub) && d.Before(pub.AddDate(0, 0, 9)) && next < 0 {
			next = si
		}
	}
	if len(before) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", headings[r.IntN(len(headings))])
		picks := []int{before[len(before)-1]}
		if len(before) > 1 && r.IntN(2) == 0 {
			picks = append(picks, before[r.IntN(len(before)-1)])
		}
		for j, si := range picks {
			ps := &g.stories[si]
			pv := g.vars(ps, r)
			pv["{W}"] = recalled(r, pub, ps.date, style)
			if j > 0 {
				b.WriteString(" ")
			}
			b.WriteString(fill(pick(r, kinds[ps.kind].recaps), pv))
		}
		b.WriteString(" ")
		b.WriteString(filler())
		b.WriteString("\n\n")
	}
	if next >= 0 {
		ns := &g.stories[next]
		nv := g.vars(ns, r)
		nv["{W}"] = future(r, pub, ns.date, style)
		b.WriteString(fill(pick(r, kinds[ns.kind].previews), nv))
		b.WriteString("\n\n")
	}

	// The rest: quotes and background up to the article's length.
	target := 2100 + r.IntN(3500)
	for b.Len() < target {
		sentences := 2 + r.IntN(3)
		for j := range sentences {
			if j > 0 {
				b.WriteString(" ")
			}
			if r.IntN(12) == 0 {
				fmt.Fprintf(&b, "“%s,” said %s.", quote(), v["{B}"])
			} else {
				b.WriteString(filler())
			}
		}
		b.WriteString("\n\n")
	}
	path := fmt.Sprintf("%d/%s-%s-%06d.md", pub.Year(), pub.Format(time.DateOnly), slugify(outlet), i)
	return article{path: path, data: []byte(strings.TrimRight(b.String(), "\n") + "\n")}
}

// vars are the template slots of a story.
func (g *gen) vars(s *story, r *rand.Rand) map[string]string {
	p := g.c.people[s.a]
	v := map[string]string{
		"{A}": p.role + " " + p.name,
		"{a}": surname(p.name),
		"{P}": g.c.places[s.place],
		"{N}": strconv.Itoa(s.n),
		"{M}": strconv.Itoa(s.m),
	}
	if s.borg {
		v["{B}"] = "the " + g.c.orgs[s.b]
		v["{b}"] = g.c.orgs[s.b]
	} else {
		q := g.c.people[s.b]
		v["{B}"] = q.role + " " + q.name
		v["{b}"] = surname(q.name)
	}
	return v
}

func surname(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// fill puts v into the slots of tpl and capitalises the first letter.
func fill(tpl string, v map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			break
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			break
		}
		b.WriteString(tpl[:i])
		key := tpl[i : i+j+1]
		val, ok := v[key]
		if !ok {
			panic("archive: no value for " + key)
		}
		b.WriteString(val)
		tpl = tpl[i+j+1:]
	}
	s := b.String()
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// monthDay is a day without its year in the outlet's house style: "June
// 18" or "18 June".
func monthDay(d time.Time, style int) string {
	if style%2 == 0 {
		return d.Format("January 2")
	}
	return d.Format("2 January")
}

// fullDay is a day with its year in the outlet's house style.
func fullDay(d time.Time, style int) string {
	if style%2 == 0 {
		return d.Format("January 2, 2006")
	}
	return d.Format("2 January 2006")
}

// past words day d, on or before pub, as news copy published on pub would.
func past(r *rand.Rand, pub, d time.Time, style int) string {
	days := int(pub.Sub(d).Hours() / 24)
	switch {
	case days == 0:
		if r.IntN(4) == 0 {
			return "today"
		}
		return "on " + d.Weekday().String()
	case days == 1 && r.IntN(3) == 0:
		return "yesterday"
	}
	return onDay(pub, d, days, style)
}

// future words day d, after pub.
func future(r *rand.Rand, pub, d time.Time, style int) string {
	days := int(d.Sub(pub).Hours() / 24)
	if days == 1 && r.IntN(3) == 0 {
		return "tomorrow"
	}
	return onDay(pub, d, days, style)
}

// onDay names day d, days away from pub: its weekday within the week, else
// its date, with the year only when it is not pub's.
func onDay(pub, d time.Time, days, style int) string {
	switch {
	case days < 7:
		return "on " + d.Weekday().String()
	case d.Year() == pub.Year():
		return "on " + monthDay(d, style)
	default:
		return "on " + fullDay(d, style)
	}
}

// recalled words an earlier day d, weeks or years before pub: the day, or
// only its month ("last month", "in March 2019").
func recalled(r *rand.Rand, pub, d time.Time, style int) string {
	pm := pub.AddDate(0, -1, 0)
	if r.IntN(5) < 3 {
		return past(r, pub, d, style)
	}
	switch {
	case d.Year() == pm.Year() && d.Month() == pm.Month() && pub.Day() < 28:
		return "last month"
	case d.Year() == pub.Year() && d.Month() != pub.Month():
		return "in " + d.Month().String()
	default:
		return "in " + d.Format("January 2006")
	}
}

// slugify keeps lower-case ASCII letters and digits, with one "-" for each
// run of anything else.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
			continue
		}
		dash = true
	}
	return b.String()
}
