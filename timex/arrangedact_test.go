package timex_test

import "testing"

// TestArrangedActDay: a verb of setting a thing for a time ("scheduled a
// hearing for June") looks ahead only for the time after "for"; a day
// before the verb, fronted or between the subject and the verb, dates the
// setting itself, which the verb's past form puts behind. A day after
// "for", a future before the verb and a present plan are left ahead.
func TestArrangedActDay(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2038-03-10 is a Wednesday.
		{"2038-03-10", "At its meeting Monday night, the council scheduled a public hearing for May 4.", "Monday night", "2038-03-08TNI"},
		{"2038-03-10", "On Monday, the school board scheduled a budget workshop for Sept. 11.", "Monday", "2038-03-08"},
		{"2038-03-10", "The judge on Tuesday set a trial date for next month.", "Tuesday", "2038-03-09"},
		{"2038-03-10", "On Monday, the club planned a fundraiser for the spring.", "Monday", "2038-03-08"},
		// The day after "for" is the one set, ahead.
		{"2038-03-10", "The council scheduled a public hearing for Monday.", "Monday", "2038-03-15"},
		{"2038-03-10", "The judge set a trial date for Friday.", "Friday", "2038-03-12"},
		// A future before the verb, or a plan in the present, looks ahead.
		{"2038-03-10", "On Monday, the council will schedule a hearing for May 4.", "Monday", "2038-03-15"},
		{"2038-03-10", "On Monday, the council plans a hearing for May 4.", "Monday", "2038-03-15"},
	})
}
