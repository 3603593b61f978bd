package extract

// sentText returns the text of c, an undated sentence of the article
// whose sentences the merge tries (m.text), as a string: the one copy of
// it that looksAhead, nowTold and the merge's driver (a sentence that
// joins keeps it as its stext) share, where each made its own. The copy
// kept is given again only while m.text holds the same bytes there
// (compared, without a copy), so a text that changed under the same
// article and offsets is copied anew. The caller has checked that c's
// span is within m.text.
func (m *merger) sentText(c *candidate) string {
	b := m.text[c.sent.start:c.sent.end]
	if t := &m.sent; t.set && t.doc == c.doc && t.start == c.sent.start && t.end == c.sent.end && t.s == string(b) {
		return t.s
	}
	s := string(b)
	m.sent.doc, m.sent.start, m.sent.end, m.sent.set, m.sent.s = c.doc, c.sent.start, c.sent.end, true, s
	return s
}
