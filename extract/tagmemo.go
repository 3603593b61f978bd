package extract

import (
	"sync"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// titleTag is timex.Tag(text, day) for the checks of a title against its
// sentence (timeWords, withoutOpeningTime), which read the same text two
// or three times for one title (mendSplice, then titleFlaw's spliceGap,
// then the event's title made of it): the last texts tagged are kept, and
// one asked for again is not tagged again. The slice returned is shared:
// its reader must not change it.
func titleTag(text string, day time.Time) []timex.Timex {
	k := tagKey{text, day}
	tagMemo.Lock()
	for i := range tagMemo.keys {
		if tagMemo.keys[i] == k {
			tx := tagMemo.tx[i]
			tagMemo.Unlock()
			return tx
		}
	}
	tagMemo.Unlock()
	tx := timex.Tag(text, day)
	tagMemo.Lock()
	tagMemo.keys[tagMemo.next], tagMemo.tx[tagMemo.next] = k, tx
	tagMemo.next = (tagMemo.next + 1) % len(tagMemo.keys)
	tagMemo.Unlock()
	return tx
}

type tagKey struct {
	text string
	day  time.Time
}

// tagMemo holds the last texts titleTag tagged, a few for each goroutine
// that reads titles at once (toEvent runs on every core).
var tagMemo struct {
	sync.Mutex
	keys [16]tagKey
	tx   [16][]timex.Timex
	next int
}
