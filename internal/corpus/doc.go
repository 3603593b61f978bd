// Package corpus reads news articles from disk: Markdown with YAML or TOML
// front matter, and plain-text files whose metadata may instead come from a
// sources.yaml beside them. Each article becomes a Document: its metadata as a
// timeline.Article and its body as plain text, one block per line, with a way
// back from a byte offset of that text to the line of the file.
//
// Reading never stops at a bad article. Read returns what it could read and,
// for everything it left out, one problem per article whose message is a
// single line "file:line: reason" (line where there is one), sorted, so that a
// command can print them and still build the rest.
//
// What is refused, and why: an empty file, a binary file (NUL or other
// control bytes), text that is neither UTF-8 nor Latin-1/Windows-1252, a file
// over Options.MaxSize, malformed front matter, a publication date that is
// missing, does not parse, is not a day, or lies after Options.Now, a .txt
// that sources.yaml does not list, a file read a second time (through a
// link, or given twice), and a copy of an article (the same text from the
// same outlet and url: the same text from two outlets is two sources, and
// both are kept). A sources.yaml that names a file that is not there, a
// symlink loop, a link to a folder outside the folder given (a link to /
// would read the whole disk), and a folder reached twice are reported too.
//
// An article's identity is its file; its Path is the file's path relative to
// the folder given, and with several paths given, begins with the end of that
// path ("a/index.md", "b/index.md"). Documents come sorted by Path, so the
// order in which paths are given changes nothing. Files that are
// not articles (other extensions, hidden files, sources.yaml itself) are
// skipped silently.
//
// What is changed, and said in Document.Warnings: text converted from Latin-1
// or Windows-1252, Unicode bidi controls removed (they can make a title read
// backwards on screen), control characters removed wherever they come from
// (raw C1 bytes, YAML and TOML escapes such as "\e", character references
// such as "&#27;" in a body: none reaches a page or a terminal), and a url that is not http, https or relative
// (javascript:, data:) dropped. Markdown is read as text: raw HTML, images,
// fenced code blocks, link destinations and Hugo shortcode tags never reach Text;
// an indented paragraph (code in CommonMark) is read as text, and so is the
// text after a code fence that is never closed (with a warning at the fence).
package corpus
