package extract

import (
	"slices"
	"testing"
)

// TestFollowUpHeadlineDay: probes of a follow-up's headline over an earlier
// happening another article dates (an explosion at a quarry on Monday
// 2023-05-01), and a conviction another outlet dates. Written before a
// rule (laterLead, session 34) that keeps a follow-up's headline off the
// older happening its background words name, in words of no set; they
// pass on the code without it. The expected day is read from grammar:
//   - a lead whose clause dates, to a later day, the act the headline names
//     by a word of its kind ("charged", "dies", "arrested", "resigns") makes
//     the headline a report of that act, not of the explosion its other
//     words ("over Hollin quarry explosion") name;
//   - a lead that dates the headline's own act to the explosion's day,
//     whenever it is told (report lag: "officials said on Tuesday"), keeps
//     the headline on that day;
//   - a lead that dates a plan ("will be sentenced on Monday") leaves the
//     headline with the act another outlet dates (the conviction);
//   - a lead framed as a statement, or one that dates another act the
//     headline does not name (rescuers searching, a vigil), or a sentence
//     that dates the explosion too ("a day after an explosion"), does not
//     move the headline off the explosion's day to the lead's.
//
// want is the day the headline's event must have; not, a day it must not
// take (the headline's own act is some other day the probe does not fix).
func TestFollowUpHeadlineDay(t *testing.T) {
	const bg = "\n\nThe quarry, run by Brackley Aggregates, had passed a safety inspection in March.\n\nThe company has cut production at its two other sites."
	for _, tc := range []struct {
		name, published, head, lead string
		want                        []string
		not                         string
		also                        string // another outlet's report, published the same day
	}{
		// The lead dates, to a later day, the act the headline names.
		{"charged later", "2023-05-05", "Two managers charged over Hollin quarry explosion",
			"Two managers of the Hollin quarry were charged on Thursday with gross negligence manslaughter.",
			[]string{"2023-05-04"}, "", ""},
		{"a death later", "2023-05-05", "Fourth worker dies after Hollin quarry explosion",
			"A fourth worker hurt at the Hollin quarry died in hospital in Brackley on Thursday, police said.",
			[]string{"2023-05-04"}, "", ""},
		{"arrested later", "2023-05-05", "Quarry manager arrested over Hollin explosion",
			"Police arrested the manager of the Hollin quarry on Thursday evening on suspicion of manslaughter.",
			[]string{"2023-05-04"}, "", ""},
		{"resigns later", "2023-05-05", "Quarry firm chief resigns over Hollin explosion",
			"The chief executive of Brackley Aggregates resigned on Thursday, saying the firm had let its workers down.",
			[]string{"2023-05-04"}, "", ""},
		{"a death later, said the day after", "2023-05-06", "Fourth worker dies after Hollin quarry explosion",
			"A fourth worker hurt at the Hollin quarry died in hospital on Thursday night, police said on Friday.",
			[]string{"2023-05-04"}, "", ""},
		// The same, the place told by an undated first sentence and the
		// act dated in the next.
		{"charged later, dated in the second sentence", "2023-05-05", "Two managers charged over Hollin quarry explosion",
			"Two managers have been charged after an explosion killed three workers at the Hollin quarry near Brackley.\n\n" +
				"Owen Price, 52, and Karen Lyle, 47, were charged on Thursday with gross negligence manslaughter.",
			[]string{"2023-05-04"}, "", ""},
		{"a death later, dated in the second sentence", "2023-05-05", "Fourth worker dies after Hollin quarry explosion",
			"A worker injured in the explosion at the Hollin quarry near Brackley has died, bringing the number killed to four.\n\n" +
				"Liam Ford, 29, died at the Royal Infirmary on Thursday night, police said on Friday.",
			[]string{"2023-05-04"}, "", ""},
		{"arrested later, dated in the second sentence", "2023-05-05", "Quarry manager arrested over Hollin explosion",
			"The manager of the quarry near Brackley where three workers were killed in an explosion has been arrested.\n\n" +
				"Owen Price, 52, was arrested on Thursday on suspicion of manslaughter.",
			[]string{"2023-05-04"}, "", ""},
		// Report lag: the lead dates the headline's own act to the
		// explosion's day.
		{"the explosion, told a day later", "2023-05-03", "Hollin quarry explosion kills three",
			"An explosion killed three workers at the Hollin quarry near Brackley on Monday, officials said on Tuesday.",
			[]string{"2023-05-01"}, "", ""},
		{"the explosion, only the saying dated", "2023-05-03", "Three killed in Hollin quarry blast",
			"Three workers were killed in an explosion at the Hollin quarry near Brackley, the company said on Tuesday.",
			nil, "2023-05-02", ""},
		// A statement-framed lead.
		{"a statement of a later day", "2023-05-05", "Quarry firm says faulty detonator caused Hollin explosion",
			"Brackley Aggregates said on Thursday that a faulty detonator had set off the explosion at its Hollin quarry.",
			nil, "2023-05-01", ""},
		{"a closing, officials said", "2023-05-05", "Council shuts road past Hollin quarry after explosion",
			"The road past the Hollin quarry was closed on Thursday so that engineers could check the quarry face, officials said.",
			nil, "2023-05-01", ""},
		// A lead that dates a plan: the day to come is no act done.
		{"a sentencing to come, the conviction told by another outlet", "2023-05-12", "Quarry manager convicted over Hollin explosion",
			"Owen Price, who was convicted of manslaughter over the Hollin quarry explosion, will be sentenced on Monday.",
			[]string{"2023-05-11"}, "",
			"A jury at Brackley Crown Court convicted Owen Price, the manager of the Hollin quarry, of manslaughter on Thursday over the explosion that killed three workers."},
		// The lead dates another act; the headline names the explosion.
		{"rescuers the day after, the explosion dated too", "2023-05-03", "Hollin quarry explosion kills three",
			"Rescue teams searched the rubble at the Hollin quarry on Tuesday for a missing worker, a day after an explosion killed three of his colleagues.",
			[]string{"2023-05-01"}, "", ""},
		{"bodies recovered, the explosion's day named", "2023-05-03", "Hollin quarry explosion kills three",
			"Rescuers on Tuesday recovered the bodies of three workers killed in an explosion at the Hollin quarry on Monday.",
			[]string{"2023-05-01"}, "", ""},
		{"another act the same day as the paper", "2023-05-02", "Hollin quarry explosion kills three",
			"Inspectors from the Health and Safety Executive began work at the Hollin quarry on Tuesday.",
			[]string{"2023-05-01"}, "", ""},
		{"a vigil later, the headline of the explosion", "2023-05-08", "Hollin quarry explosion: families pay tribute to three workers",
			"Hundreds of people gathered at the gates of the Hollin quarry on Sunday for a vigil.",
			nil, "2023-05-07", ""},
	} {
		blast := doc("a.md", "2023-05-02", "An explosion tore through the Hollin quarry near Brackley on Monday morning, killing three workers.\n\nThe quarry employs 60 people.")
		blast.Article.Title = "Explosion at Hollin quarry kills three workers"
		named := doc("c.md", "2023-05-03", "The three workers killed in the Hollin quarry explosion near Brackley on Monday were named by police.\n\nAll three had worked at the quarry for more than ten years.")
		named.Article.Title = "Hollin quarry explosion victims named"
		d := doc("b.md", tc.published, tc.lead+bg)
		d.Article.Title = tc.head
		docs := []Doc{blast, named, d}
		if tc.also != "" {
			docs = append(docs, doc("d.md", tc.published, tc.also+"\n\nHe had denied the charge."))
		}
		tl, _ := Extract(docs, Options{})
		got := eventsCiting(tl, tc.head)
		if tc.want != nil && !slices.Equal(got, tc.want) || tc.not != "" && slices.Contains(got, tc.not) {
			t.Errorf("%s: the headline is in events of %v, want %v (not %q)", tc.name, got, tc.want, tc.not)
		}
	}
}
