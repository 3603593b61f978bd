package main

import (
	"flag"
	"fmt"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/timeline"
)

// selectFlags cut the timeline down before it is written: the most salient
// events, and a window of dates.
type selectFlags struct {
	top      int
	from, to string
}

func (f *selectFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.top, "top", 0, "keep the `N` most salient events (0: all), one per date before a second of any date, an article's headline news day counting 2 more, the latest article's news day first, shown in date order")
	fs.StringVar(&f.from, "from", "", "keep events on or after this `date` (2024, 2024-06 or 2024-06-18)")
	fs.StringVar(&f.to, "to", "", "keep events on or before this `date` (2024, 2024-06 or 2024-06-18)")
}

// selection checks the flags; a malformed date is a usage error.
func (f *selectFlags) selection() (extract.Selection, error) {
	s := extract.Selection{Top: f.top}
	if f.top < 0 {
		return s, fmt.Errorf("%w: --top %d: want 0 or more", errUsage, f.top)
	}
	for _, x := range []struct {
		name, v string
		d       *timeline.Date
	}{{"from", f.from, &s.From}, {"to", f.to, &s.To}} {
		if x.v == "" {
			continue
		}
		d, err := timeline.ParseDate(x.v)
		if err != nil {
			return s, fmt.Errorf("%w: --%s %q: want a date such as 2024, 2024-06 or 2024-06-18", errUsage, x.name, x.v)
		}
		*x.d = d
	}
	if !s.From.IsZero() && !s.To.IsZero() && s.To.Last().Before(s.From.First()) {
		return s, fmt.Errorf("%w: --to %s is before --from %s", errUsage, f.to, f.from)
	}
	return s, nil
}
