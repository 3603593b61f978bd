package extract

import (
	"slices"
	"testing"
)

// TestAdmissionToldAsPlea: a lead that reports an admission in the
// present perfect ("A lorry driver has admitted causing the death of a
// cyclist") is the plea the court report's next sentence dates ("Mark
// Ellis, 51, pleaded guilty at Westgate Magistrates' Court yesterday"):
// in a court report, to admit a charge is to plead guilty to it, and the
// lead is of the plea's day, not the publication's. A sentence of what
// comes after the plea ("will be sentenced on Friday") dates no admission.
func TestAdmissionToldAsPlea(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text string
		want                        []string // the dates of the events that cite the lead
	}{
		{"a plea dated yesterday", "Lorry driver admits causing cyclist's death", "2025-09-17",
			"A lorry driver has admitted causing the death of a cyclist by careless driving on the A61.\n\n" +
				"Mark Ellis, 51, from Thornby, pleaded guilty at Westgate Magistrates' Court yesterday.\n\nHe will be sentenced at the crown court next month.",
			[]string{"2025-09-16"}},
		{"a plea dated by its weekday", "Man admits arson attack on Elmfield school", "2024-02-08",
			"A 23-year-old man has admitted setting fire to a primary school in Elmfield last summer.\n\n" +
				"Jordan Pike pleaded guilty to arson at Norbridge Crown Court on Tuesday.\n\nThe fire caused damage estimated at £400,000.",
			[]string{"2024-02-06"}},
		{"the admission's own verb stays as it was", "Former treasurer admits theft from charity", "2023-06-15",
			"A former treasurer of a Dunford hospice charity has admitted stealing more than £80,000 from it.\n\n" +
				"Alan Royce admitted 12 counts of theft at Dunford Crown Court on Wednesday.\n\nHe was granted bail.",
			[]string{"2023-06-14"}},
		{"a sentencing ahead dates no plea", "Builder admits fraud", "2022-10-05",
			"A builder has admitted defrauding elderly customers of more than £60,000.\n\n" +
				"Gary Stone will be sentenced at Eastmoor Crown Court on Friday.\n\nPolice said he targeted people living alone.",
			[]string{"2022-10-05"}},
	} {
		if got := leadEventDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
