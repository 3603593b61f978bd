package extract

import "testing"

// TestAnnouncedAct: an article whose lead tells its news in the present
// perfect with no time, and whose next sentence dates the making known of
// that news, a verb of saying whose object names the lead's act again
// ("announced his decision", "announced the sacking"), has its headline
// (with its lead) on that day. A saying that reports a clause ("said on
// Tuesday that ..."), or whose object names another thing ("announced
// its plans for the site"), does not move them there.
func TestAnnouncedAct(t *testing.T) {
	checkHeadlineDays(t, []headlineDayCase{
		{"announced his decision", "2026-05-13", "Farley council leader quits",
			"Rhys Dunmore has quit as leader of Farley council after a row over housing.\n\nDunmore announced his decision at a meeting of his group on Tuesday evening.\n\nHis deputy will act as leader until May.",
			"", []string{"2026-05-12"}},
		{"announced the sacking", "2026-05-13", "Tennford Rovers sack Perez",
			"Tennford Rovers have sacked their manager, Luis Perez, after five straight defeats.\n\nThe club announced the sacking in a short statement on Tuesday night.\n\nA caretaker will take charge on Saturday.",
			"", []string{"2026-05-12"}},
		{"announced at a meeting that ran late", "2026-05-13", "Farley council leader quits",
			"Rhys Dunmore has quit as leader of Farley council after a row over housing.\n\nDunmore announced his decision at a meeting of his group that ran late on Tuesday.\n\nHis deputy will act as leader until May.",
			"", []string{"2026-05-12"}},
		{"a saying that reports a clause", "2026-05-13", "Tennford depot closes",
			"The Tennford bus depot has closed its doors.\n\nThe operator said on Tuesday that staff would move to Farley.\n\nThe site is to be sold.",
			"2026-05-12", nil},
		{"a saying of another thing", "2026-05-13", "Farley estate approved",
			"Farley councillors have approved a new housing estate on the edge of the town.\n\nThe developer announced its plans for the site on Tuesday.\n\nWork could start next year.",
			"2026-05-12", nil},
	})
}
