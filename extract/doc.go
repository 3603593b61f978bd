// Package extract turns articles into timeline events: it cleans the text of
// the noise that CMS exports carry, splits it into sentences, tags the time
// expressions with package timex against each article's publication date,
// makes an event of each dated clause, names its actors and places, and
// merges the events that several articles (or several sentences) report into
// one event citing all of them.
//
// The publication date is always a parameter: nothing here reads the clock.
package extract
