package extract

import "testing"

// A headline whose subject is a name and the noun it qualifies has its
// verb in "-s" right after them ("Brenton swimmer wins national title"):
// it is a clause, as "Swimmer wins national title" is (verbAt).
func TestHeadlineNameNounVerb(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Brenton swimmer wins national freestyle title", true},
		{"Ohio mayor wins second term", true},
		{"Tyrol resort reopens slopes after avalanche", true},
		{"Kent bakery marks centenary with free loaves", true},
		{"Brenton school closures", false},
		{"Brenton council of elders", false},
	} {
		if got := headline(c.title); got != c.want {
			t.Errorf("headline(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
