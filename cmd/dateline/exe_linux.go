package main

// ownExecutable names the file this process runs. /proc/self/exe opens
// that file even when another has been put at its path since the process
// started, which the path os.Executable gives would name instead.
func ownExecutable() (string, error) { return "/proc/self/exe", nil }
