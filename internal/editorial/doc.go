// Package editorial reads an editor's corrections to a machine-made
// timeline (editorial.yaml) and applies them, so that they survive every
// rebuild: a corrected title, summary or date, a key event, a hidden
// event, two events merged into one, and the sources of one article
// dropped from an event.
//
// The file is keyed by event id:
//
//	events:
//	  2023-09-13-meeting-kim-jong-un-vladimir-putin:
//	    title: Ruiz hosts Berg at the Harbour Hall
//	    date: 2023-09-13
//	    key: true
//	    merge: [2023-09-13-talks-kim-jong-un]
//	    drop-sources: [2023-09-14-eastern-courier.md]
//	  2024-06-19-statement-kremlin:
//	    hide: true
//
// The file is the editor's: it is read, never written. An override whose
// event no longer exists is reported, with its line, and kept.
package editorial
