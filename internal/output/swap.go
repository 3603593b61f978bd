package output

import "errors"

// errNoExchange is returned by exchange where two folders cannot be swapped
// in one step (no such system call, or a file system without it).
var errNoExchange = errors.New("no atomic exchange of folders here")

// exchange swaps the folders at a and b in one atomic step; a test may set
// it to exchangeUnsupported to take the fallback.
var exchange = exchangeFolders

func exchangeUnsupported(a, b string) error { return errNoExchange }
