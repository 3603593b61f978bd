// Package hugo renders a timeline as input for the hugo static site
// generator: files that a stock `hugo` binary builds, never Hugo's Go code.
//
// There are two shapes. Content returns content/ and data/ alone, to drop
// into a newsroom's existing Hugo site. Site returns a complete site: those
// files plus a hugo.toml and a small set of layouts embedded in dateline, that
// Hugo 0.111 (Debian's) and 0.165 build with no warning and no deprecation
// notice.
//
// Every event becomes content/timeline/<id>.md with JSON front matter written
// by encoding/json. Hugo wants a full date for a page, and a theme shows it
// (Ananke prints "September 1, 2023"; feeds print it as pubDate), so `date`
// is always a day the articles gave: a day event's own day, and for an event
// known only to its month, week, quarter or year the day the newest of its
// articles was published (the day it was reported), never the first day of
// its period. The event's real date, at the granularity its text gave,
// travels as the TIMEX3 value under params.timex with a label under
// params.when (the same words as every other format, package
// internal/policy), and that label is what dateline's layouts show. The
// weight keeps timeline order, which Hugo sorts by before the date:
//
//	{
//	  "title": "Council votes on the harbour plan",
//	  "date": "2023-10-02",
//	  "weight": 3,
//	  "params": {"timex": "2023-09", "granularity": "month", "when": "September 2023", ...}
//	}
//
// Actors and places are also taxonomies (actors/, places/) in the complete
// site. With an absolute Options.BaseURL it gets a feed of the 50 latest
// events and a sitemap; without one, links are root-relative and both are
// left out, as they need absolute URLs.
//
// A newsroom's own site takes the Content files by mounting the folder they
// were written to, beside its own content (Hugo 0.111 and later):
//
//	[[module.mounts]]
//	source = "content"
//	target = "content"
//	[[module.mounts]]
//	source = "../dateline/content"
//	target = "content"
//	[[module.mounts]]
//	source = "../dateline/data"
//	target = "data"
//
// Text from articles is data, never markup. It lives in the front matter,
// where Hugo neither renders Markdown nor expands shortcodes, and the layouts
// print it through Hugo's html/template escaping. The Markdown body that
// Content writes for themes that show only .Content repeats it with every
// character that Markdown, HTML or Hugo's shortcode syntax could act on
// escaped. Only http and https URLs are kept.
package hugo
