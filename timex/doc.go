// Package timex finds the time expressions of English news text and
// resolves them to TIMEX3 values (ISO-TimeML) against the document's
// creation time.
//
// The tagger scans the text once into tokens and matches rules on the
// lowercased tokens; no regular expressions run on the hot path. Resolution
// follows the TIMEX3 guidelines and the habits of news copy:
//
//   - a bare weekday or month takes its direction from the tense of its
//     clause ("met on Friday" looks back, "will meet on Friday" forward); in
//     reported speech ("said he will arrive Tuesday") and in a plan as it
//     stood ("was due to arrive Tuesday") it is the nearest one; after a
//     present-tense verb of the calendar ("the trial opens Monday") it lies
//     ahead, unless it is yesterday or today;
//   - expressions such as "the next day" or "a year earlier" anchor on the
//     previous expression of the text;
//   - the reference values PRESENT_REF, PAST_REF and FUTURE_REF stand for
//     "now", "recently" and "soon";
//   - what the text does not pin down stays unresolved (XXXX-12-25) rather
//     than being guessed: "the week" said alone is 2024-WXX, and "the
//     quarter" after a fiscal quarter is 2024-QX, since a company's fiscal
//     quarters need not be the calendar's;
//   - "the year" said alone is the year the text is about, "the year ended
//     March 31" a twelve-month stretch (P1Y);
//   - holidays are days by name ("Christmas Day", "Good Friday");
//   - the codes of business copy stand for their words ("Q3 2024" is
//     2024-Q3, "FY24" 2024), and dates in figures count only when their
//     values tell the day from the month ("6/30/2024", never "3/4/2024");
//   - "in five years" in a clause that looks ahead is a date (2029), but
//     "his first visit in 24 years" a stretch (P24Y).
//
// The tagger is correct before it is complete: a word that only might be a
// date ("may", "March" the verb, "the 2000 troops") is left untagged.
package timex
