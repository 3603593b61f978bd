package corpus

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newMarkdown returns the goldmark instance articles are parsed with:
// CommonMark plus GFM tables and strikethrough, whose text is kept.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
}

// markdownText is the plain text of a Markdown body, read from goldmark's
// AST: text and soft or hard line breaks become spaces and every block ends
// with a newline, so headings, paragraphs, list items and table rows (cells
// separated by tabs) are one line each. Images, raw HTML and HTML blocks,
// code blocks and autolinks are dropped; link text is kept and its URL
// dropped. Inline <script> and <style> elements are dropped with their
// content, and so are Hugo shortcode tags ({{< figure >}}, {{% note %}}),
// though text between a pair of them is kept.
func markdownText(md goldmark.Markdown, body string, firstLine int) (string, []mark, mdNotes) {
	src := dropShortcodes([]byte(body))
	var notes mdNotes
	if tamed, at := tame(src); at >= 0 {
		notes.tamed = newLineIndex(string(src), firstLine).line(at)
		src = tamed
	}
	doc := md.Parser().Parse(text.NewReader(src))
	if at := unclosedFence(doc, src); at >= 0 {
		// A stray fence made the rest of the article code, and code is
		// dropped: read it again without the fence, and say so.
		notes.fence = newLineIndex(string(src), firstLine).line(at)
		src = blankFence(src, at)
		doc = md.Parser().Parse(text.NewReader(src))
	}
	if dedented, ok := dedentCode(doc, src); ok {
		// An indented paragraph is code in CommonMark, but in an article
		// it is text the CMS or the writer indented: read it again
		// without its indent, as the paragraph it is (its links and
		// emphasis read as such). Lines keep their numbers.
		src = dedented
		doc = md.Parser().Parse(text.NewReader(src))
	}
	idx := newLineIndex(string(src), firstLine)
	var b textBuilder
	b.sb.Grow(len(src))
	skipping := "" // the raw HTML element whose content is being dropped
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, cell := n.(*east.TableCell); n.Type() == ast.TypeBlock && !cell {
			b.endLine()
			skipping = "" // an unclosed <script> ends with its block
			if !entering {
				return ast.WalkContinue, nil
			}
		}
		switch n := n.(type) {
		case *ast.CodeBlock:
			// An indented block left in a list or a quote: its lines are
			// text, a blank line between them a paragraph break.
			if entering {
				codeLines(&b, n, src, idx)
			}
			return ast.WalkSkipChildren, nil
		case *ast.Image, *ast.HTMLBlock, *ast.FencedCodeBlock, *ast.AutoLink:
			b.separate()
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if entering {
				skipping = rawElement(n, src, skipping)
				b.separate()
			}
			return ast.WalkSkipChildren, nil
		case *east.TableCell:
			if !entering && n.NextSibling() != nil {
				b.tab()
			}
			return ast.WalkContinue, nil
		}
		if !entering || skipping != "" {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.write(unescape(n.Segment.Value(src)), idx.line(n.Segment.Start))
			switch {
			case n.SoftLineBreak() && entryLine(nextLine(src, n.Segment.Stop)):
				b.endLine() // an entry of a list of dates (entryLine)
			case n.SoftLineBreak() || n.HardLineBreak():
				b.separate()
			}
		case *ast.String:
			b.write(string(n.Value), idx.line(nodeStart(n)))
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.write(string(t.Segment.Value(src)), idx.line(t.Segment.Start))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	b.endLine()
	notes.control = b.controlLine
	return b.sb.String(), b.marks, notes
}

// nextLine returns the line after the one at offset at of src, without
// its leading white space.
func nextLine(src []byte, at int) string {
	nl := bytes.IndexByte(src[at:], '\n')
	if nl < 0 {
		return ""
	}
	l := src[at+nl+1:]
	if e := bytes.IndexByte(l, '\n'); e >= 0 {
		l = l[:e]
	}
	return strings.TrimLeft(string(l[:min(len(l), 64)]), " \t")
}

// mdNotes are what markdownText did that the reader must be told, each the
// file's line where it happened (0 for none).
type mdNotes struct {
	control int // control characters dropped (written as references)
	fence   int // a code fence never closed, read as text
	tamed   int // markup that would take goldmark quadratic time, defused
}

// Bounds on the Markdown given to goldmark, whose time grows with the
// square of the nesting of containers on a line ("- - - - ... x": 26 s for
// 128 KB, goldmark issue 592) and of the links left open in a paragraph
// ("[a]([a]([a](..."). No article needs more.
const (
	maxContainers = 16  // block quotes and list items opened on one line
	maxLinks      = 200 // "](" in one paragraph
)

// tame returns src with what goes beyond maxContainers and maxLinks
// defused, and the offset of the first line changed (-1 when none was):
// container markers past the 16th on a line are removed (they show no
// text), and the brackets of a paragraph with more than maxLinks "](" are
// escaped, so its links read as the text they are written as. Lines keep
// their numbers.
func tame(src []byte) ([]byte, int) {
	if !bytes.Contains(src, []byte("](")) && !deepContainers(src) {
		return src, -1
	}
	first := -1
	changed := func(at int) {
		if first < 0 || at < first {
			first = at
		}
	}
	var out []byte
	start := 0 // of the current paragraph in out
	links := 0
	endBlock := func() {
		if links > maxLinks {
			changed(start)
			esc := bytes.ReplaceAll(out[start:], []byte("["), []byte("\\["))
			out = append(out[:start], esc...)
		}
		links = 0
	}
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off + 1
		}
		line := src[off:end]
		if len(bytes.TrimSpace(line)) == 0 {
			endBlock()
			out = append(out, line...)
			start = len(out)
			off = end
			continue
		}
		if cut, rest, ok := containerCut(line); ok {
			changed(off)
			line = append(append([]byte(nil), line[:cut]...), line[rest:]...)
		}
		links += bytes.Count(line, []byte("]("))
		out = append(out, line...)
		off = end
	}
	endBlock()
	if first < 0 {
		return src, -1
	}
	// first is an offset in out; lines are the same in src up to it.
	return out, min(first, len(src))
}

// deepContainers reports whether some line of src may open more than
// maxContainers containers (a cheap test before tame's line by line).
func deepContainers(src []byte) bool {
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off + 1
		}
		if _, _, ok := containerCut(src[off:end]); ok {
			return true
		}
		off = end
	}
	return false
}

// containerCut reads the container markers at the start of line ("> ",
// "- ", "* ", "+ ", "1. ", "1) ") and, when there are more than
// maxContainers, returns where the one past the last kept starts (cut) and
// where the text after them all starts (rest).
func containerCut(line []byte) (cut, rest int, ok bool) {
	i, n := 0, 0
	for {
		j := i
		for j < len(line) && j-i < 4 && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j >= len(line) {
			break
		}
		k := j
		switch c := line[j]; {
		case c == '>':
			k = j + 1
		case c == '-' || c == '*' || c == '+':
			k = j + 1
			if k < len(line) && line[k] != ' ' && line[k] != '\t' && line[k] != '\n' {
				k = j
			}
		case c >= '0' && c <= '9':
			d := j
			for d < len(line) && d-j < 9 && line[d] >= '0' && line[d] <= '9' {
				d++
			}
			if d < len(line) && (line[d] == '.' || line[d] == ')') && (d+1 == len(line) || line[d+1] == ' ' || line[d+1] == '\t' || line[d+1] == '\n') {
				k = d + 1
			}
		}
		if k == j {
			break
		}
		n++
		if n == maxContainers+1 {
			cut = i
		}
		i = k
	}
	if n <= maxContainers {
		return 0, 0, false
	}
	return cut, i, true
}

// dedentCode returns src with the indent of each line of the indented code
// blocks at the top of doc removed, and whether there were any.
func dedentCode(doc ast.Node, src []byte) ([]byte, bool) {
	var out []byte
	last := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		cb, ok := n.(*ast.CodeBlock)
		if !ok {
			continue
		}
		lines := cb.Lines()
		for i := 0; i < lines.Len(); i++ {
			start := lines.At(i).Start
			ls := bytes.LastIndexByte(src[:start], '\n') + 1
			if ls < last {
				continue
			}
			end := ls
			for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
				end++
			}
			out = append(out, src[last:ls]...)
			last = end
		}
	}
	if out == nil && last == 0 {
		return src, false
	}
	return append(out, src[last:]...), true
}

// codeLines writes the lines of an indented code block as text.
func codeLines(b *textBuilder, n *ast.CodeBlock, src []byte, idx lineIndex) {
	b.separate()
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		v := seg.Value(src)
		if len(bytes.TrimSpace(v)) == 0 {
			b.endLine()
			continue
		}
		b.write(unescape(v), idx.line(seg.Start))
		b.separate()
	}
	b.endLine()
}

// unclosedFence returns the source offset of the opening line of a fenced
// code block that is never closed, or -1. Such a block runs to the end of
// its container (the article, a list item, a quote): a stray fence turns
// everything after it into code. A closed block is followed by its closing
// fence, on the line right after its last line.
func unclosedFence(doc ast.Node, src []byte) int {
	at := -1
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		f, ok := n.(*ast.FencedCodeBlock)
		if !entering || !ok || at >= 0 {
			return ast.WalkContinue, nil
		}
		lines := f.Lines()
		if lines.Len() == 0 {
			return ast.WalkContinue, nil // nothing in it to lose
		}
		next := src[lines.At(lines.Len()-1).Stop:]
		if i := bytes.IndexByte(next, '\n'); i >= 0 {
			next = next[:i]
		}
		next = bytes.TrimLeft(next, " \t>")
		if bytes.HasPrefix(next, []byte("```")) || bytes.HasPrefix(next, []byte("~~~")) {
			return ast.WalkContinue, nil
		}
		// The opening fence is the line before the first line of code.
		ls := bytes.LastIndexByte(src[:lines.At(0).Start], '\n') + 1
		at = 0
		if ls > 0 {
			at = bytes.LastIndexByte(src[:ls-1], '\n') + 1
		}
		return ast.WalkStop, nil
	})
	return at
}

// blankFence turns the fence on the line at offset at into spaces, keeping
// what stands before it (a quote's ">") and the line's end.
func blankFence(src []byte, at int) []byte {
	out := bytes.Clone(src)
	end := bytes.IndexByte(out[at:], '\n')
	if end < 0 {
		end = len(out) - at
	}
	line := out[at : at+end]
	i := bytes.IndexAny(line, "`~")
	if i < 0 {
		return out
	}
	for k := i; k < len(line); k++ {
		line[k] = ' '
	}
	return out
}

// shortcode matches a Hugo shortcode tag.
var shortcode = regexp.MustCompile(`\{\{[<%][\s\S]*?[>%]\}\}`)

// dropShortcodes removes each Hugo shortcode tag from src but for its
// newlines, so that goldmark sees no markup there and every line keeps its
// number. (Spaces in its place could turn the line into an indented code
// block.)
func dropShortcodes(src []byte) []byte {
	if !bytes.Contains(src, []byte("{{")) {
		return src
	}
	return shortcode.ReplaceAllFunc(src, func(m []byte) []byte {
		return bytes.Repeat([]byte("\n"), bytes.Count(m, []byte("\n")))
	})
}

// nodeStart is the source offset of n's first text, for nodes without a
// segment of their own.
func nodeStart(n ast.Node) int {
	for p := n; p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock {
			if l := p.Lines(); l != nil && l.Len() > 0 {
				return l.At(0).Start
			}
		}
		if prev := p.PreviousSibling(); prev != nil {
			if t, ok := prev.(*ast.Text); ok {
				return t.Segment.Stop
			}
		}
	}
	return 0
}

// rawElement tracks inline <script> and <style> elements, whose content
// goldmark leaves as text between two raw HTML nodes: it returns the element
// being skipped after raw HTML n.
func rawElement(n *ast.RawHTML, src []byte, skipping string) string {
	var raw []byte
	for i := 0; i < n.Segments.Len(); i++ {
		s := n.Segments.At(i)
		raw = append(raw, s.Value(src)...)
	}
	tag := strings.ToLower(string(raw))
	if skipping != "" {
		if strings.HasPrefix(tag, "</"+skipping) {
			return ""
		}
		return skipping
	}
	for _, el := range []string{"script", "style"} {
		if strings.HasPrefix(tag, "<"+el) && !strings.HasSuffix(strings.TrimSpace(tag), "/>") {
			return el
		}
	}
	return ""
}

// unescape resolves what CommonMark lets text escape: backslash escapes of
// ASCII punctuation, and entity and numeric character references, as
// goldmark's HTML writer does before it escapes the result again.
func unescape(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	var sb strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			sb.WriteByte(v[i+1])
			i++
			continue
		}
		if c == '&' {
			if r, n := reference(v[i:]); n > 0 {
				sb.WriteString(r)
				i += n - 1
				continue
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// reference reads an entity or numeric character reference at the start of
// v ("&amp;", "&#8212;", "&#x2014;"), returning its text and length, or 0
// when there is none.
func reference(v []byte) (string, int) {
	end := bytes.IndexByte(v, ';')
	if end < 2 || end > 40 {
		return "", 0
	}
	name := string(v[1:end])
	if num, ok := strings.CutPrefix(name, "#"); ok {
		base := 10
		if h, ok := strings.CutPrefix(num, "x"); ok {
			num, base = h, 16
		} else if h, ok := strings.CutPrefix(num, "X"); ok {
			num, base = h, 16
		}
		if num == "" || len(num) > 7 {
			return "", 0
		}
		n, err := strconv.ParseUint(num, base, 32)
		if err != nil {
			return "", 0
		}
		return string(util.ToValidRune(rune(n))), end + 1
	}
	for _, c := range []byte(name) {
		if !util.IsAlphaNumeric(c) {
			return "", 0
		}
	}
	if e, ok := util.LookUpHTML5EntityByName(name); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}
