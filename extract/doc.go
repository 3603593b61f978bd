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
// Which clause a time dates is asked of clause.go, a shallow chunker that
// cuts a sentence's words into clauses (main, relative, participle phrase,
// complement, adverbial, target, second predicate, aside, a comparison's
// standard), each with its verb, subject and parent, in one pass. A time
// dates the clause it stands in: a part of a clause with no verb dates
// nothing (verbless, chunkSkip), and a relative clause or participle phrase
// its time dates gives an event titled by that clause (objectRelative,
// ownClauseTitle). The candidate loop (docCandidatesLow, extract.go) and
// clauseTitle (title.go) still hold per-shape rules written before the
// chunker; a new rule should be a question to the chunker, not another shape.
//
// The publication date is always a parameter: nothing here reads the clock.
package extract
