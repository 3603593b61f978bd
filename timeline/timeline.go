package timeline

import (
	"cmp"
	"slices"
)

// Timeline is what dateline publishes: events in date order, and the articles
// they cite. Every output format is rendered from it.
type Timeline struct {
	Events   []Event   `json:"events"`
	Articles []Article `json:"articles"`
}

// Event is one happening, merged across the articles that report it.
type Event struct {
	// ID is stable across runs for the same input; it is also the event's
	// permalink anchor, so it holds only [a-z0-9-].
	ID string `json:"id"`
	// Date is when the event happened, at the granularity the text gave.
	Date Date `json:"date"`
	// End, when set, closes a span (a two-day visit); it is after Date.
	End     Date   `json:"end,omitzero"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
	Key     bool   `json:"key"`
	// Salience ranks events: higher is more important (how many articles
	// report the event, whether their headlines and leads do). Key events
	// are the most salient ones; --top N keeps the N most salient.
	Salience float64  `json:"salience"`
	Actors   []string `json:"actors"`
	Places   []string `json:"places"`
	// Sources trace the event to the sentences it came from; at least one.
	Sources []Source `json:"sources"`
	// Edited lists the fields an editor changed ("title", "summary",
	// "date", "key", "merge", "drop-sources"), in that order; empty for
	// an event as it was extracted.
	Edited []string `json:"edited,omitempty"`
}

// Source is one sentence of one article that reports an event, with the time
// expression its date came from.
type Source struct {
	// Article is the article's path relative to the folder named on the
	// command line (its Article.Path).
	Article   string `json:"article"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published Date   `json:"published"`
	Sentence  string `json:"sentence"`
	// Expression is the time expression that dated the source, or empty:
	// a source shows no expression that did not date it.
	Expression string `json:"expression"`
	// Value is the TIMEX3 value the expression resolved to (the event's
	// date when no expression gave it).
	Value string `json:"value"`
	// Basis says where the date came from when no expression gave it:
	// "published" for an article's own news, dated by its publication
	// date, or by the day a wire dispatch's dateline says it was filed;
	// "article" for a sentence dated by its article's other sentences
	// (Expression is then empty). "reported" for a report whose
	// expression dates the saying (Value), not the happening it joined.
	// Empty when Expression gave it.
	Basis string `json:"basis,omitempty"`
	// Offset is where Expression starts in the article's text, in bytes; it
	// is provenance kept in memory and not published.
	Offset int `json:"-"`
}

// Article is one input article's metadata.
type Article struct {
	Path      string `json:"article"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published Date   `json:"published"`
	// Inferred, when the article gave no publication date, is the
	// evidence in its text that Published was inferred from (a dateline
	// such as "SEOUL, June 18 (Reuters) -"); its events' sources say
	// Basis "inferred".
	Inferred string `json:"inferred,omitempty"`
}

// Sort puts events in timeline order (date, then ID) and articles in path
// order. The order is total, so output is the same for the same input.
func (t *Timeline) Sort() {
	slices.SortStableFunc(t.Events, func(a, b Event) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	slices.SortStableFunc(t.Articles, func(a, b Article) int { return cmp.Compare(a.Path, b.Path) })
}

// Article returns the article with the given path, and whether there is one.
func (t *Timeline) Article(path string) (Article, bool) {
	i, ok := slices.BinarySearchFunc(t.Articles, path, func(a Article, p string) int { return cmp.Compare(a.Path, p) })
	if !ok {
		// Articles may not be sorted yet.
		i = slices.IndexFunc(t.Articles, func(a Article) bool { return a.Path == path })
		if i < 0 {
			return Article{}, false
		}
	}
	return t.Articles[i], true
}
