package corpus

import (
	"crypto/sha256"
	"strings"
	"testing"
)

// TestSumText checks that sumText is sha256.Sum256 of the text's bytes, for
// texts shorter than, as long as and longer than its buffer.
func TestSumText(t *testing.T) {
	for _, n := range []int{0, 1, 4095, 4096, 4097, 10000} {
		s := strings.Repeat("é,ab", n)[:n]
		if got, want := sumText(s), sha256.Sum256([]byte(s)); got != want {
			t.Errorf("sumText of %d bytes = %x, want %x", n, got, want)
		}
	}
}
