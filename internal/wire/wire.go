// Package wire writes and reads the plain binary records of dateline's
// cache: unsigned and signed varints, and length-prefixed strings and
// bytes, with no reflection. A Reader never panics and never reads past
// its input: once anything is malformed, it reads zeros and Err says so.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
)

// ErrMalformed is what a Reader reports for input it cannot read.
var ErrMalformed = errors.New("wire: malformed record")

// A Writer appends a record to B.
type Writer struct{ B []byte }

func (w *Writer) Uint(v uint64)   { w.B = binary.AppendUvarint(w.B, v) }
func (w *Writer) Int(v int64)     { w.B = binary.AppendVarint(w.B, v) }
func (w *Writer) String(s string) { w.Uint(uint64(len(s))); w.B = append(w.B, s...) }
func (w *Writer) Bytes(b []byte)  { w.Uint(uint64(len(b))); w.B = append(w.B, b...) }
func (w *Writer) Bool(v bool) {
	if v {
		w.B = append(w.B, 1)
	} else {
		w.B = append(w.B, 0)
	}
}

// Strings writes a count and then each string.
func (w *Writer) Strings(l []string) {
	w.Uint(uint64(len(l)))
	for _, s := range l {
		w.String(s)
	}
}

// A Reader reads a record written by a Writer.
type Reader struct {
	b   []byte
	err error
}

// NewReader reads b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Err is ErrMalformed once anything read was not there, else nil.
func (r *Reader) Err() error { return r.err }

// Done reports whether the record was read whole and exactly.
func (r *Reader) Done() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = ErrMalformed
	}
	return r.err
}

func (r *Reader) fail() { r.err, r.b = ErrMalformed, nil }

func (r *Reader) Uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Uints reads len(dst) unsigned varints, as many Uint would, into dst;
// each must be below lim. One that is not, or input that ends first, fails
// the Reader, and Uints returns false. (A list of small numbers, read
// without a call a number.)
func (r *Reader) Uints(dst []int32, lim int32) bool {
	b := r.b
	for i := range dst {
		var v uint64
		switch {
		case len(b) > 0 && b[0] < 0x80:
			v, b = uint64(b[0]), b[1:]
		case len(b) > 1 && b[1] < 0x80:
			v, b = uint64(b[0]&0x7f)|uint64(b[1])<<7, b[2:]
		default:
			x, n := binary.Uvarint(b)
			if n <= 0 {
				r.fail()
				return false
			}
			v, b = x, b[n:]
		}
		if v >= uint64(max(lim, 0)) {
			r.fail()
			return false
		}
		dst[i] = int32(v)
	}
	r.b = b
	return true
}

func (r *Reader) Int() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Len reads a count of at most max, and of no more than the bytes left
// (every element takes one at least): a count that is not is malformed.
func (r *Reader) Len(max int) int {
	n := r.Uint()
	if n > uint64(max) || n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *Reader) Bytes() []byte {
	n := r.Uint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b
}

func (r *Reader) String() string { return string(r.Bytes()) }

func (r *Reader) Bool() bool {
	if len(r.b) == 0 || r.b[0] > 1 {
		r.fail()
		return false
	}
	v := r.b[0] == 1
	r.b = r.b[1:]
	return v
}

// Strings reads a count and then each string.
func (r *Reader) Strings() []string {
	n := r.Len(len(r.b))
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.String()
	}
	return out
}

// Plain writes v, a struct whose fields are integers, booleans, strings
// and such structs, field by field in order: a type that gains a field is
// written whole without a change here. Another kind of field is an error.
func (w *Writer) Plain(v any) error { return w.plain(reflect.ValueOf(v)) }

func (w *Writer) plain(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.Int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.Uint(v.Uint())
	case reflect.Bool:
		w.Bool(v.Bool())
	case reflect.String:
		w.String(v.String())
	case reflect.Struct:
		for i := range v.NumField() {
			if err := w.plain(v.Field(i)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("wire: %s is not a plain field", v.Type())
	}
	return nil
}

// Plain reads into *p what Writer.Plain wrote of a value of its type.
func (r *Reader) Plain(p any) {
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		r.fail()
		return
	}
	r.plain(v.Elem())
}

func (r *Reader) plain(v reflect.Value) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := r.Int()
		if v.OverflowInt(n) {
			r.fail()
			return
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n := r.Uint()
		if v.OverflowUint(n) {
			r.fail()
			return
		}
		v.SetUint(n)
	case reflect.Bool:
		v.SetBool(r.Bool())
	case reflect.String:
		v.SetString(r.String())
	case reflect.Struct:
		for i := range v.NumField() {
			r.plain(v.Field(i))
		}
	default:
		r.fail()
	}
}
