package corpus

import (
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in, want, wantErr string
	}{
		{"UTF-8 kept", "Caf\u00e9 \u2014 \u041f", "Caf\u00e9 \u2014 \u041f", ""},
		{"BOM stripped", "\xef\xbb\xbfabc", "abc", ""},
		{"CRLF and CR", "a\r\nb\rc", "a\nb\nc", ""},
		{"Latin-1", "na\xefve r\xe9sum\xe9", "na\u00efve r\u00e9sum\u00e9", ""},
		{"Windows-1252 quotes and dashes", "\x91a\x92 \x97 \x85", "\u2018a\u2019 \u2014 \u2026", ""},
		{"empty", "", "", "empty article"},
		{"white space only", " \n\t", "", "empty article"},
		{"NUL", "ab\x00", "", "binary file: control byte 0x00"},
		{"UTF-16 with BOM", "\xfe\xff\x00a", "", "unsupported text encoding: UTF-16 text (save it as UTF-8)"},
		{"byte undefined in Windows-1252", "a\x8fb", "", "unsupported text encoding: byte 0x8f is not UTF-8 and undefined in Windows-1252"},
		{"KOI8-R Cyrillic", "\xf0\xd2\xc9\xd7\xc5\xd4", "", "unsupported text encoding: not UTF-8, Latin-1 or Windows-1252"},
		{"Shift JIS", "\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x4c\x83\x58\x83\x67", "", "unsupported text encoding: not UTF-8, Latin-1 or Windows-1252"},
		{"GBK", "\xd0\xc2\xce\xc5\xb1\xa8\xb5\xc0", "", "unsupported text encoding: not UTF-8, Latin-1 or Windows-1252"},
		{"high bytes everywhere", strings.Repeat("\xe9a\xe9 ", 10), "", "unsupported text encoding: not UTF-8, Latin-1 or Windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := decode([]byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Errorf("decode(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("decode(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
			}
		})
	}
}
