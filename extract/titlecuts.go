package extract

import _ "embed"

// The words a long title's cut may not end on, beyond those of
// data/words.txt: data, read once when the package starts.

//go:embed data/going-verbs.txt
var goingVerbsData string

// goingVerbs are the verbs of coming and going (data/going-verbs.txt).
var goingVerbs = mustReadLines(readLines("data/going-verbs.txt", goingVerbsData))
