// Package ordered runs work on every core and takes the results back in
// order, holding only a bounded window of them: an archive's articles are
// read and analysed in parallel, and merged one after another, in the same
// order and so into the same bytes as on one core.
package ordered

import (
	"runtime"
	"sync"
)

// Run calls work(i) for i in [0, n) on up to workers goroutines (0: one per
// core) and take(i, v) with each result in order of i, on the calling
// goroutine. At most window results wait to be taken (0: four per worker),
// so a slow take bounds the memory of results held, not the input.
// work must not panic.
func Run[T any](n, workers, window int, work func(i int) T, take func(i int, v T)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	if window <= 0 {
		window = 4 * workers
	}
	window = max(window, workers)
	if n == 0 {
		return
	}
	if workers == 1 {
		for i := range n {
			take(i, work(i))
		}
		return
	}
	type slot struct {
		v    T
		done chan struct{}
	}
	slots := make([]slot, window)
	for k := range slots {
		slots[k].done = make(chan struct{}, 1)
	}
	free := make(chan struct{}, window) // a token per slot not yet taken
	for range window {
		free <- struct{}{}
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				s := &slots[i%window]
				s.v = work(i)
				s.done <- struct{}{}
			}
		}()
	}
	go func() {
		for i := range n {
			<-free
			next <- i
		}
		close(next)
	}()
	for i := range n {
		s := &slots[i%window]
		<-s.done
		v := s.v
		var zero T
		s.v = zero
		take(i, v)
		free <- struct{}{}
	}
	wg.Wait()
}
