// Package templates holds the HTML templates, the stylesheet and the two
// small scripts that package site renders a timeline with. They are embedded
// in the binary, so a built site makes no request to any other origin; a
// newsroom overrides any of them by passing a folder with same-named files.
//
// The files are trusted: they are the only source of markup, CSS and script
// that site emits unescaped.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.html *.css *.js *.svg
var files embed.FS

// FS returns the embedded template files: the page templates (*.html),
// style.css, timeline.js (the optional filter), embed.js (the iframe
// resizer) and favicon.svg.
func FS() fs.FS { return files }
