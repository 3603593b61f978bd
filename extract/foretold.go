package extract

import "github.com/dateline-news/dateline/timeline"

// foretoldStems is how many stems a happening shares with a plan of its
// day for the two to tell one happening, foretold and then done (see
// foretoldDone).
const foretoldStems = 2

// foretoldProbe bounds the plans of one day a happening is compared with
// (the latest), so the comparison stays linear in the clusters.
const foretoldProbe = 8

// foretoldDone reports, for each cluster, whether it tells the happening
// of a day the story's earlier reports foretold: a cluster of one day
// that an article tells as done (not still ahead of every report of it),
// and that shares foretoldStems stems with a cluster of the same day
// still ahead of every article that reports it ("the inquiry will hold
// its first public hearing on 8 March", then "the police chief
// testified on the first day of public hearings"). A day the news
// announced before it came and reported when it came is a moment of the
// story: the plan's reports are news of that day too, and what happened
// is not background a later article recalls (see rank).
func foretoldDone(live []*cluster, arts []timeline.Article) []bool {
	isAhead := func(cl *cluster) bool {
		for _, c := range cl.members {
			if c.doc >= len(arts) || arts[c.doc].Published.IsZero() {
				return false
			}
			if pub, _ := dayNum(arts[c.doc].Published); cl.first <= pub {
				return false
			}
		}
		return len(cl.members) > 0
	}
	plans := map[int64][]int{}
	ahead := make([]bool, len(live))
	for i, cl := range live {
		if cl.first != cl.last {
			continue
		}
		if ahead[i] = isAhead(cl); ahead[i] {
			p := plans[cl.first]
			if len(p) == foretoldProbe {
				p = p[1:]
			}
			plans[cl.first] = append(p, i)
		}
	}
	out := make([]bool, len(live))
	if len(plans) == 0 {
		return out
	}
	for i, cl := range live {
		if cl.first != cl.last || ahead[i] {
			continue
		}
		for _, j := range plans[cl.first] {
			if sharedStems(&cl.core, &live[j].core) >= foretoldStems {
				out[i] = true
				break
			}
		}
	}
	return out
}
