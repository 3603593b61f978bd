// Package extract turns articles into timeline events: it cleans the text of
// the noise that CMS exports carry, splits it into sentences, tags the time
// expressions with package timex against each article's publication date,
// makes an event of each dated clause, names its actors and places, and
// merges the events that several articles (or several sentences) report into
// one event citing all of them.
//
// Extract takes a story's articles at once; an Extractor takes an archive's
// one at a time (Analyze on any goroutine, Add in path order, then
// Timeline) and keeps none of their text but what the timeline needs. The
// same articles give the same bytes either way, on any number of cores.
//
// The publication date is always a parameter: nothing here reads the clock.
package extract
