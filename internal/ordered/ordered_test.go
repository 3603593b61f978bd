package ordered

import (
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunInOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		for _, n := range []int{0, 1, 5, 100} {
			var got []int
			Run(n, workers, 0, func(i int) int {
				if i%3 == 0 {
					time.Sleep(time.Millisecond) // finish out of order
				}
				return i * i
			}, func(i, v int) {
				if v != i*i {
					t.Errorf("workers %d: take(%d, %d)", workers, i, v)
				}
				got = append(got, i)
			})
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(got, want) {
				t.Errorf("workers %d, n %d: taken in order %v", workers, n, got)
			}
		}
	}
}

// TestRunWindow checks that no more than window results wait to be taken,
// however slow take is: memory is bounded by the window, not by n.
func TestRunWindow(t *testing.T) {
	var started, taken atomic.Int64
	const window = 4
	Run(200, 3, window, func(i int) int {
		if d := started.Add(1) - taken.Load(); d > window {
			t.Errorf("item %d started with %d not yet taken (window %d)", i, d-1, window)
		}
		return i
	}, func(i, v int) {
		if i%50 == 0 {
			time.Sleep(5 * time.Millisecond)
		}
		taken.Add(1)
	})
}
