package main

import (
	"runtime"
	"runtime/debug"
)

// version is dateline's version, set at link time:
//
//	go build -ldflags "-X main.version=v1.4.0" ./cmd/dateline
//
// Without it, the module version of `go install ...@version` is used, or
// "(devel)" for a build from a checkout.
var version string

// versionString is the version, the commit when the build recorded one,
// and the Go release.
func versionString() string {
	v := version
	info, ok := debug.ReadBuildInfo()
	if v == "" && ok {
		v = info.Main.Version
	}
	if v == "" {
		v = "(devel)"
	}
	if ok {
		var rev, modified string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = ", modified"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			v += " (commit " + rev + modified + ")"
		}
	}
	return v + " " + runtime.Version()
}
