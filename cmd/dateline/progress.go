package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressDelay is how long a build runs before its progress line shows;
// tests set it to 0.
var progressDelay = time.Second

// isTerminal reports whether w is a terminal; tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && fileIsTerminal(f)
}

// stageHook, when a test sets it, is called with each stage a build
// enters ("reading articles", "rendering the site", "writing"), before the
// progress line shows it: the profile harness cuts its profiles there.
var stageHook func(stage string)

// progress is the line a long build shows on a terminal: what it is doing
// and for how long, rewritten in place every second and cleared at the
// end. Lines other code writes through it (problems with articles) are
// printed whole, the progress line redrawn after them.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool // a terminal, not --quiet
	start time.Time
	stage string
	shown bool
	stop  chan struct{}
	done  chan struct{}
}

// startProgress returns the progress of a build writing to stderr; it is
// silent unless stderr is a terminal and quiet is false.
func startProgress(stderr io.Writer, quiet bool) *progress {
	p := &progress{w: stderr, on: !quiet && isTerminal(stderr), start: time.Now()}
	if p.on {
		p.stop, p.done = make(chan struct{}), make(chan struct{})
		go p.tick()
	}
	return p
}

func (p *progress) tick() {
	defer close(p.done)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		}
	}
}

// draw writes the line, once the build has run for progressDelay.
func (p *progress) draw() {
	if !p.on || p.stage == "" || time.Since(p.start) < progressDelay {
		return
	}
	fmt.Fprintf(p.w, "\rdateline: %s (%ds)\033[K", p.stage, int(time.Since(p.start).Seconds()))
	p.shown = true
}

// set names what the build is doing now.
func (p *progress) set(stage string) {
	if stageHook != nil {
		stageHook(stage)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stage = stage
	p.draw()
}

// Write prints b (whole lines from elsewhere) over the progress line.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	return p.w.Write(b)
}

// printf prints a line on w (standard output, often the same terminal)
// over the progress line.
func (p *progress) printf(w io.Writer, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintf(w, format, args...)
}

// clear erases the line if it is shown; the next tick draws it again.
func (p *progress) clear() {
	if p.shown {
		io.WriteString(p.w, "\r\033[K")
		p.shown = false
	}
}

// end stops the line and clears it.
func (p *progress) end() {
	if !p.on {
		return
	}
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	p.on = false
}
