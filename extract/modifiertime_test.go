package extract

import "testing"

// TestModifierTime: a time in a relative clause or a participle phrase on a
// noun dates what that part tells, never the clause the noun stands in.
// When the part can be told as a headline of its own it titles the event;
// when it cannot, the sentence gives no date (the clause's own time is not
// told). Look-alikes keep their dates: a paper's issue, which is its
// telling; a causative "had X cancelled"; a relative clause that titles
// itself. Events on the publication day are left out of the check.
func TestModifierTime(t *testing.T) {
	const lede = "Officials gave an update on Wednesday. "
	for _, c := range []struct{ text, date, title string }{
		// A relative clause with a subject of its own, on the subject: no
		// headline of its own, so no event.
		{lede + "Ruth Vance, whom the council sacked in March, was not given a pension.", "", ""},
		// On the object, after the clause's verb and a set-off part.
		{lede + "The barge will be towed to a yard in Cebu, where divers will examine the cargo deck and the winch that the inspectors blamed last month.", "", ""},
		// A participle on a noun in what was said: the part titles the
		// event, not the saying.
		{lede + "The ministry said the grain barges loaded on Sunday had left port safely.", "2026-04-12", "The grain barges were loaded"},
		{lede + "The two wardens suspended last week over the escape remain off duty.", "2026-W15", "The two wardens were suspended over the escape"},
		// Look-alikes: a paper's issue tells its finding or its
		// condemnation; "had X cancelled" is what the subject had done; a
		// relative clause set off on the subject titles itself.
		{lede + "A review published in March found that the ward was short of staff.", "2026-03", "A review published in March found that the ward was short of staff"},
		{lede + "The ferry company condemned the blockade in a statement issued on Monday.", "2026-04-13", "The ferry company condemned the blockade in a statement"},
		{lede + "The town council, which met on Monday, approved the plan.", "2026-04-13", "The town council met"},
	} {
		checkOffPubEvent(t, "2026-04-15", c.text, c.date, c.title)
	}
}
