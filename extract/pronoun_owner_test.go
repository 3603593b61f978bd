package extract

import (
	"strings"
	"testing"
)

// An "It" with an auxiliary and a verb of its own after a sentence that
// named its thing, as the subject of "said" or told of as "it" by a name
// of its own, is that thing; an expletive's "It" or a surname's "said it"
// is no one's.
func TestItSubjectOwnerSaid(t *testing.T) {
	for _, c := range []struct{ title, prev, want string }{
		{"It will hold a public hearing instead", "The city council said on Monday that it would delay its vote on the housing plan.", "The city council"},
		{"It will decide on Thursday whether the ferries can sail", "The ministry said it had sent two patrol boats to the harbour.", "The ministry"},
		{"It blamed a valve fault found during a test", "Orvane Aerospace said on Monday it had postponed the launch of its satellite.", "Orvane Aerospace"},
		{"It cited weak demand in Asia", "Pellner Motors said that it would cut 900 jobs by the end of the year.", "Pellner Motors"},
		{"It will take years to rebuild the bridge", "The agency said on Friday that it would inspect every crossing.", ""},
		{"It will be a difficult winter", "The council said it would open two more shelters.", ""},
		{"It blamed a valve fault", "Marlow said it had postponed the launch of the satellite.", ""},
		{"It blamed a valve fault", "Ana Ruiz said it was a fair decision.", ""},
		{"It blamed a valve fault", "Ana Ruiz said the launch had been postponed.", ""},
	} {
		if got := itSubject(c.title, c.prev); got != c.want {
			t.Errorf("itSubject(%q, %q) = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
}

// "They" after a sentence in which a group of plural-nouns said "they"
// would do something is that group; a surname in "-s" is one person.
func TestTheyNamedSaidThey(t *testing.T) {
	for _, c := range []struct{ title, prev, want string }{
		{"They filed their papers", "Prosecutors said on Friday they would seek a prison term.", "Prosecutors filed their papers"},
		{"They filed their papers", "Federal prosecutors said they would seek a prison term.", "Federal prosecutors filed their papers"},
		{"They filed their papers", "Williams said they would seek a prison term.", ""},
		{"They filed their papers", "Prosecutors said the judge was wrong.", ""},
	} {
		if got := theyNamed(strings.Fields(c.title), strings.Fields(c.prev)); got != c.want {
			t.Errorf("theyNamed(%q, %q) = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
}

// A name's "its" after its verb of saying tells a thing too; a group's
// "they" before any verb is the group.
func TestSaidPronounOwn(t *testing.T) {
	if got := itSubject("It raised its full-year forecast", "Dravo Systems said on Tuesday its profit rose 9%."); got != "Dravo Systems" {
		t.Errorf("its: got %q", got)
	}
	if got := theyNamed(strings.Fields("They will hold a meeting"), strings.Fields("Residents said they were not told of the rent rise.")); got != "Residents will hold a meeting" {
		t.Errorf("they were: got %q", got)
	}
	if got := itSubject("It raised its forecast", "Dravo said its profit rose 9%."); got != "" {
		t.Errorf("surname its: got %q", got)
	}
}

// A passive "He" or "She" after a sentence whose one name is the object
// of its verb is that name; two names, a named subject or an active title
// name no one.
func TestObjectNamePassive(t *testing.T) {
	for _, c := range []struct{ sent, title, want string }{
		{"Jurors convicted Mara Linden of embezzlement on Monday.", "She will be sentenced on January 9", "Mara Linden"},
		{"A jury found Daniel Okafor guilty of fraud on Friday.", "He was remanded in custody", "Daniel Okafor"},
		{"Police arrested Tom Hale, 34, at his home in March.", "He was charged with theft", "Tom Hale"},
		{"A jury found Daniel Okafor guilty of fraud on Friday.", "He thanked the jury", ""},
		{"Jurors convicted Mara Linden and Ian Cole of fraud.", "She will be sentenced in May", ""},
		{"Jurors convicted Mara Linden of fraud in Leeds.", "She will be sentenced in May", ""},
		{"Judge Ana Ruiz sentenced Tom Hale on Monday.", "He was led away", ""},
	} {
		if got := objectNamePassive(c.sent, c.title); got != c.want {
			t.Errorf("objectNamePassive(%q, %q) = %q, want %q", c.sent, c.title, got, c.want)
		}
	}
}
