package extract

import "testing"

// TestThatSubjectParticipleTime: a time right after a past participle on the
// subject of what "that" or a question word brings in, with the subject's
// own verb after the time, dates the participle, not the clause it is the
// subject of nor the saying or finding above it (subjectParticipleTime).
// Our own sentences: no event on the participle's date may be titled by
// the clause (bad); the guards keep their event (good, a word its title
// holds).
func TestThatSubjectParticipleTime(t *testing.T) {
	checkOwnsTime(t, "2026-06-20", "Officials gave an update on Thursday. ", "the clause above the participle", []ownsTimeCase{
		{"The inspectors found that a valve fitted in March was faulty.", "2026-03", "found", ""},
		{"The council asked why roadworks agreed in January had not started.", "2026-01", "asked", ""},
		{"Auditors found the rules were broken and that a payment booked on 12 May, a week before the vote, was never declared.", "2026-05-12", "Auditors", ""},
		{"The question is why the pumps installed in 2019 were never tested.", "2019", "question", ""},
		// Guards: "that" as a relative pronoun after a noun tells the
		// happening its time dates; a finite verb of what is found.
		{"The bylaw that the council adopted in May has been copied by other towns.", "2026-05", "", "adopted"},
		{"The inspectors found that the pump failed in March.", "2026-03", "", "failed"},
	})
}
