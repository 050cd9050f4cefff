package app

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// errRunnable: a file kind the system would run rather than show.
var errRunnable = errors.New("this kind of file could run a program when opened")

// runnable are extensions the system may execute instead of showing: Open refuses them (Save
// as… still works), so an attachment from a ticket never runs by a click.
var runnable = map[string]bool{".exe": true, ".msi": true, ".bat": true, ".cmd": true, ".com": true, ".scr": true,
	".ps1": true, ".vbs": true, ".js": true, ".jse": true, ".wsf": true, ".lnk": true, ".jar": true, ".sh": true,
	".desktop": true, ".app": true, ".command": true, ".appimage": true, ".run": true, ".bin": true, ".hta": true}

// OpenFile shows a local file in the system's default viewer (xdg-open, open, or the Windows
// shell), without a shell command line. Runnable kinds are refused.
func (s *Shell) OpenFile(path string) error {
	if runnable[strings.ToLower(filepath.Ext(path))] {
		return fmt.Errorf("%s: %w", filepath.Base(path), errRunnable)
	}
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("opening %s: %w", filepath.Base(path), err)
	}
	go func() { _ = cmd.Wait() }()
	return nil
}
