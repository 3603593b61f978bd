package extract

import (
	"slices"
	"strings"
)

// News copy names a public body in full once ("the Linden Falls Board of
// Education", "Harlow County Council", "Kessler Park Zoo") and then by its
// kind alone: "the board", "the council", "the zoo". A title opening on
// that noun names nothing; when the article before names exactly one body
// whose name that noun heads (its last word in capitals, or the word before
// its "of ...": "Board of Education"), the noun stands for it, and the
// title names it. Two such names ("Harlow County Council", "Fenby Town
// Council") leave the title as it is: a wrong name is worse than none.

// bodyHeads are the nouns that head a body's name and stand for it alone
// (data/words.txt).
var bodyHeads = wordSet("body-heads")

// bodyKinds tell a body's level, not its name: "City Council" and "County
// Commission" are any city's and any county's (data/words.txt).
var bodyKinds = wordSet("body-kinds")

// bodyNamed returns title with the "The board" (or "The board's") that
// opens it named by the one body the article's text before names so, or
// "".
func bodyNamed(title, before string, g *gazetteer) string {
	var wsRoom fieldRoom
	ws, noun, owned := theNounOpening(&wsRoom, title)
	if ws == nil || !bodyHeads.Has(noun) {
		return ""
	}
	name := oneBody(before, capitalize(noun), g)
	if name == "" {
		return ""
	}
	if owned {
		name = possessiveOf(name)
	}
	return name + " " + strings.Join(ws[2:], " ")
}

// oneBody is the one name text writes in capitals with head as its head
// noun, in its longest form and with "The" when text writes "the" before
// it; "" when text names none or two.
func oneBody(text, head string, g *gazetteer) string {
	// (A line's end ends a name: a byline's "Reporter" or a dateline's
	// zone above the paragraph is none of it.)
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, strings.ReplaceAll(text, "\n", " |\n"))
	name := ""
	bare := func(w string) string {
		return strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), ",.;:)\"”")
	}
	for i, w := range ws {
		if bare(w) != head {
			continue
		}
		if bylineAt(ws, i) {
			continue // ("By the Herald Editorial Board": the writer, not a body the news tells)
		}
		// The capitalised words before the head, up to a word of
		// punctuation or in lower case.
		k := i
		for k > 0 && capitalized(ws[k-1]) && bare(ws[k-1]) == ws[k-1] && !strings.ContainsAny(ws[k-1], "\"“(") {
			k--
		}
		for a := k; a < i; a++ {
			if inSet(articleWords, strings.ToLower(ws[a])) {
				k = a + 1 // ("The", a sentence's first word; "EST The Safety Board")
			}
		}
		for k < i && nameStop.Has(ws[k]) {
			k++
		}
		// "of" and the words in capitals after it ("Board of
		// Education", "Court of Appeal").
		j := i + 1
		if bare(w) == w && j+1 < len(ws) && ws[j] == "of" && capitalized(ws[j+1]) {
			// (Each "of" and its words in capitals: "High Court of
			// Justice of Catalonia".)
			for j+1 < len(ws) && ws[j] == "of" && capitalized(ws[j+1]) && bare(ws[j-1]) == ws[j-1] {
				j++
				for j < len(ws) && capitalized(ws[j]) {
					j++
					if bare(ws[j-1]) != ws[j-1] {
						break
					}
				}
			}
		} else if bare(w) == w && j < len(ws) && capitalized(ws[j]) {
			continue // ("Court Street": the noun heads no name)
		}
		if k == i && j == i+1 {
			continue // ("The Board said ...": the noun alone)
		}
		if k > 1 && capitalized(ws[k-2]) && (titleConjunctions.Has(ws[k-1]) || ws[k-1] == "&") {
			return "" // ("Medicines and Healthcare Agency": where it opens is a guess)
		}
		if j == i+1 && !slices.ContainsFunc(ws[k:i], func(x string) bool { return !bodyKinds.Has(strings.ToLower(x)) }) {
			continue // ("County Commission chair ...": a kind, no name)
		}
		run := append([]string(nil), ws[k:j]...)
		run[len(run)-1] = bare(run[len(run)-1])
		n := strings.Join(run, " ")
		if m := g.find(n); len(m.persons) > 0 {
			continue
		}
		if k > 0 && strings.EqualFold(ws[k-1], "the") && k-1 < i {
			n = "The " + n
		}
		switch {
		case name == "" || strings.Contains(n, strings.TrimPrefix(name, "The ")):
			if len(n) > len(name) {
				name = n
			}
		case strings.Contains(name, strings.TrimPrefix(n, "The ")):
		default:
			return "" // two bodies: which one is a guess
		}
	}
	return name
}

// bylineAt reports whether word i of ws stands on a byline: a line that
// opens with "By" and holds no more than eight words, none ending a
// sentence ("By the Herald Editorial Board"; not "By last week, 940
// modules had been installed, according to ...").
func bylineAt(ws []string, i int) bool {
	a := i
	for a > 0 && ws[a-1] != "|" {
		a--
	}
	if ws[a] != "By" {
		return false
	}
	for k := a; k < len(ws) && ws[k] != "|"; k++ {
		if k-a >= 8 || strings.HasSuffix(ws[k], ".") {
			return false
		}
	}
	return true
}
