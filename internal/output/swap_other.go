//go:build !linux && !darwin

package output

// exchangeFolders is not available here: Replace falls back to two renames.
func exchangeFolders(a, b string) error { return errNoExchange }
