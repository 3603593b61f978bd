package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// headlinesToToldDay gives an article's headline, alone an event of its
// publication day, the day its lead's closing attribution dates, when the
// lead reports an older happening and the telling is the news: "Pumps
// were switched off when flood struck, councillors told" over "Two of the
// three pumps had been switched off for servicing when the river burst
// its banks last month, councillors heard on Wednesday night" in
// Thursday's paper is Wednesday's telling. In news English a headline
// with no date of its own reports the article's news; when the lead's
// own time dates its reported clause before the days of the news, the
// only news its words date is the attribution's, and the headline (in a
// word of the lead's act, tellsLead) reports that. The headline keeps its
// own event, dated by its article's words (basis "article"): the lead
// stays with the older happening it reports. A lead whose reported
// clause is of the days of the news, an attribution of the publication
// day, one dated by anything but a weekday or "yesterday", or a saying
// that dates a clause of "after" leaves the headline at its publication.
func (m *merger) headlinesToToldDay() {
	for _, cl := range m.clusters {
		h, first, own, from, pub, ok := m.aloneHeadline(cl)
		if !ok || len(cl.members) != 1 || first == nil || first.basis != "" || first.sent.index > movedLeadReach {
			continue
		}
		// The lead's own happening, older than the news.
		older := false
		for _, o := range own {
			if o != cl && !o.dead && slices.Contains(o.members, first) {
				older = o.last < from
			}
		}
		if !older {
			continue
		}
		day, ok := closingToldDay(first.stext, first.tx.End-first.sent.start, m.news[h.doc].First(), from, pub)
		if !ok || !m.tellsLead(h.stext, first.stext) {
			continue
		}
		d := timeline.DayOfTime(time.Unix(day*86400, 0).UTC())
		h.date, h.ranged, h.basis = d, false, "article"
		cl.first, cl.last = day, day
	}
}

// toldTimeWords may stand, with one weekday or "yesterday", in the time
// that closes an attribution after its verb (data/words.txt).
var toldTimeWords = wordSet("told-time-words")

// closingToldDay is the day number, from up to the day before pub (the
// publication day published), that the closing attribution of the
// sentence s dates: a verb of saying or hearing after a comma and a
// teller of at most eight words, then "on", a weekday or "yesterday" and
// a part of the day, ending the sentence (", the inspectors said
// Tuesday", ", councillors heard on Wednesday night"). The time of the
// sentence's own clause, ending at offset at, must stand before the
// comma. ok is false for any other sentence.
func closingToldDay(s string, at int, published time.Time, from, pub int64) (int64, bool) {
	ws := words(s, 0, len(s))
	n := len(ws)
	k := n
	for k > 0 && n-k < 4 && (toldTimeWords.Has(ws[k-1].w) || weekdayNum(ws[k-1].w) >= 0 || ws[k-1].w == "yesterday") {
		k--
	}
	if k == n || k < 3 || ws[k].comma {
		return 0, false
	}
	back := -1
	for _, w := range ws[k:] {
		var b int
		switch {
		case w.w == "yesterday":
			b = 1
		case weekdayNum(w.w) >= 0:
			b = (int(published.Weekday()) - weekdayNum(w.w) + 7) % 7 // 0: the publication's own weekday
		default:
			continue
		}
		if back >= 0 {
			return 0, false // two days
		}
		back = b
	}
	if back <= 0 {
		return 0, false
	}
	v := ws[k-1].w
	if !reportingVerbs.Has(v) && !hearingAttribution.Has(v) && !sayingVerb(v) && !(hearingParticiples.Has(v) && hearingPassives.Has(ws[k-2].w)) {
		return 0, false
	}
	// The teller, after the comma that sets the attribution off.
	c := -1
	for j := k - 1; j >= max(1, k-9); j-- {
		if ws[j].comma {
			c = j
			break
		}
	}
	if c < 0 || ws[c].i < at || strings.ContainsAny(s[ws[c].i:ws[k-1].i], ";:\"“”()") {
		return 0, false
	}
	day := pub - int64(back)
	if day < from || day >= pub {
		return 0, false
	}
	return day, true
}

// weekdayNum is the number of a weekday's name in lower case (Sunday 0),
// or -1.
func weekdayNum(w string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if len(w) == len(d.String()) && strings.EqualFold(w, d.String()) {
			return int(d)
		}
	}
	return -1
}
