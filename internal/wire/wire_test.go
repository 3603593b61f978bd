package wire

import (
	"math/rand/v2"
	"slices"
	"testing"
)

type inner struct {
	A uint8
	B string
}

type plain struct {
	N  int
	S  string
	OK bool
	In inner
	U  uint32
}

func TestRoundTrip(t *testing.T) {
	var w Writer
	w.Uint(300)
	w.Int(-5)
	w.String("héllo")
	w.Bytes([]byte{0, 1, 2})
	w.Bool(true)
	w.Strings([]string{"a", "", "bc"})
	want := plain{-7, "x", true, inner{200, "y"}, 1 << 30}
	if err := w.Plain(want); err != nil {
		t.Fatal(err)
	}
	r := NewReader(w.B)
	var got plain
	if r.Uint() != 300 || r.Int() != -5 || r.String() != "héllo" || !slices.Equal(r.Bytes(), []byte{0, 1, 2}) ||
		!r.Bool() || !slices.Equal(r.Strings(), []string{"a", "", "bc"}) {
		t.Error("values read back differ")
	}
	r.Plain(&got)
	if got != want || r.Done() != nil {
		t.Errorf("Plain: %+v, %v", got, r.Done())
	}
	if err := w.Plain(struct{ F []int }{}); err == nil {
		t.Error("a slice field is written by Plain")
	}
}

// No input makes a Reader panic or read past its end: every prefix of a
// record, and random bytes, give an error or values, never a crash.
func TestReaderMalformed(t *testing.T) {
	var w Writer
	w.Strings([]string{"one", "two"})
	w.Plain(plain{1, "s", true, inner{3, "t"}, 4})
	for n := range len(w.B) {
		r := NewReader(w.B[:n])
		r.Strings()
		var p plain
		r.Plain(&p)
		if r.Done() == nil {
			t.Errorf("a record cut at %d of %d bytes reads whole", n, len(w.B))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(64))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		r := NewReader(b)
		r.Strings()
		var p plain
		r.Plain(&p)
		r.Bytes()
		r.Len(10)
		_ = r.Done()
	}
	// A count past the bytes left is refused before anything is made.
	var big Writer
	big.Uint(1 << 40)
	if r := NewReader(big.B); r.Strings() != nil || r.Err() == nil {
		t.Error("a huge count is read")
	}
}

// Uints reads what Uint would, a list at a time, and refuses a number at
// the limit or past it and a list cut short.
func TestUints(t *testing.T) {
	values := []uint64{0, 1, 127, 128, 300, 16383, 16384, 1 << 20, 1<<31 - 2}
	var w Writer
	for _, v := range values {
		w.Uint(v)
	}
	w.B = append(w.B, 0x80, 0x00) // 0 in two bytes, which Uint reads too
	got := make([]int32, len(values)+1)
	r := NewReader(w.B)
	if !r.Uints(got, 1<<31-1) || r.Done() != nil {
		t.Fatalf("Uints: %v", r.Err())
	}
	for i, v := range append(values, 0) {
		if uint64(got[i]) != v {
			t.Errorf("%d: read %d, want %d", i, got[i], v)
		}
	}
	for _, lim := range []int32{0, 1, 300, 1 << 20} {
		r := NewReader(w.B)
		if r.Uints(got, lim) || r.Err() == nil {
			t.Errorf("a number at or past %d is read", lim)
		}
	}
	for n := range len(w.B) {
		r := NewReader(w.B[:n])
		if r.Uints(got, 1<<31-1) || r.Err() == nil {
			t.Errorf("a list cut at %d of %d bytes reads whole", n, len(w.B))
		}
	}
}
