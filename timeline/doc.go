// Package timeline is dateline's domain model: fuzzy dates that keep the
// granularity their text gave (a year, a month, an ISO week, a day), events
// dated with them, the sources every event is traced to, and the timeline that
// every output format is rendered from.
//
// It imports only the standard library, so the tagger, the readers and the
// renderers can each be tested against it alone.
package timeline
