/*
Dateline turns a pile of news articles into a merged, sourced timeline.

Usage:

	dateline extract [--format json|markdown] PATH...
	dateline build [--out DIR] [--hugo DIR] [--hugo-content DIR] PATH...
	dateline tag --dct YYYY-MM-DD FILE|-
	dateline tag --jsonl FILE|-
	dateline tag --format timeml FILE.tml
	dateline serve [--addr HOST:PORT] PATH...
	dateline version
	dateline help [COMMAND]

PATH is an article file or a folder read recursively; "-" reads one article
from standard input. Articles are Markdown (.md) with YAML or TOML front
matter (title, date or published, url, outlet), plain text (.txt) with
front matter or a sources.yaml beside them, or saved web pages (.html,
.htm: the main text, and the date from the page's metadata).

extract prints the merged timeline as JSON (the shape every format is made
from) or Markdown on standard output.

build writes the site into DIR (default public/, or none when --hugo or
--hugo-content is given without --out): index.html, a page per event and
per actor, embed.html, fragment.html, timeline.md, timeline.json,
timelinejs.json, feeds and oEmbed. DIR must be missing, empty, or an
earlier build's (it holds .dateline-output); any other folder is refused
unless --force, and DIR may never be a file, an input, or hold or lie
inside one. It is replaced in one atomic step: a failed or killed build
leaves the previous site whole, and a second build of the same DIR fails at
once. --hugo DIR writes a complete Hugo site, --hugo-content DIR only
content/timeline/ and data/timeline.json; both write only the files
dateline owns (listed in DIR/.dateline-manifest) and leave the site's own
files and config alone. A build that read no article, or fewer than half as
many as the last one, keeps what was published and exits 1, unless
--allow-empty. On a terminal, a build that takes over a second shows a
progress line on standard error (--quiet: none).

tag prints the time expressions of one text, resolved against --dct, as
{"timexes":[{"start","end","text","type","value"}]} with start and end in
Unicode code points (end exclusive). With --jsonl each input line
{"doc","dct","text"} gives an output line {"doc","timexes":[...]}. With
--format timeml it reads a TimeML document and writes it back with
dateline's TIMEX3 tags.

serve builds the site in memory, serves it on localhost and rebuilds when an
article changes (it is told of changes by the system, and a burst of them,
such as a folder copied in, is one rebuild).

version prints the version. help COMMAND (or COMMAND --help) prints the
command's help and flags.

Flags common to extract, build and serve:

	--aliases FILE   YAML map of canonical actor name to its spellings,
	                 added to the built-in table
	--lexicon FILE   lines added to the built-in word lists: "kind: word
	                 word ..." (words that name one kind of happening, as
	                 extract/data/happenings.txt) and "demonyms Place: form
	                 ..." (the words for a place's people, as
	                 extract/data/demonyms.txt) and "shortforms Place
	                 Name: form ..." (a place's short forms, "Mich.", as
	                 extract/data/shortforms.txt)
	--tz ZONE        newsroom time zone for metadata dates with no offset or
	                 in UTC (default UTC); a date with an offset is the day
	                 where it was written
	--now DATE       today's date, for refusing articles dated in the future
	                 (default: the clock)
	-v               also list the expressions left off the timeline, and why
	--editorial FILE an editor's corrections keyed by event id (default:
	                 editorial.yaml in the first folder given)
	--project FILE   default flags (default: dateline.yaml in the first
	                 folder given); a flag given overrides it
	--infer-published
	                 an article without a publication date takes the one
	                 its text shows (a dateline, a date line), said on
	                 standard error with the evidence; refused when the
	                 evidence disagrees

extract --ids prints one line per event, its id, date and title separated
by tabs: the ids editorial.yaml is keyed by. Each event page shows its id.

Exit status: 0 when every article went through; 1 on an error, including
a missing PATH, a malformed editorial.yaml or dateline.yaml (file:line:
reason), an output refused as not dateline's, a second build of the
same output, and a build that read no article or too few (the published
output is then kept); 2 on bad usage; 3 when the output was written but
some input was skipped (each skipped file is named on standard error, one
line each).
*/
package main
