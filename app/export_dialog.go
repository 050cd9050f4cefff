package app

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// FileFilter is one "Files of type" choice of a Save dialog.
type FileFilter struct {
	Name    string // "CSV files"
	Pattern string // "*.csv"
}

// SaveDialog asks the admin where an export goes. An empty path with no error means the admin
// closed the dialog. The export facade uses only this, so tests and the browser-test mode
// (where there is no native dialog) can answer instead.
type SaveDialog interface {
	SaveFile(title, defaultName string, filter FileFilter) (string, error)
	ChooseFolder(title string) (string, error)
}

// nativeDialog is the system's Save and folder dialogs through Wails.
type nativeDialog struct{ shell *Shell }

func (d nativeDialog) ctx() (context.Context, error) {
	if d.shell.ctx == nil {
		return nil, fmt.Errorf("the window is not ready yet")
	}
	return d.shell.ctx, nil
}

func (d nativeDialog) SaveFile(title, defaultName string, filter FileFilter) (string, error) {
	ctx, err := d.ctx()
	if err != nil {
		return "", err
	}
	return runtime.SaveFileDialog(ctx, runtime.SaveDialogOptions{Title: title, DefaultFilename: defaultName,
		Filters: []runtime.FileFilter{{DisplayName: filter.Name, Pattern: filter.Pattern}}})
}

func (d nativeDialog) ChooseFolder(title string) (string, error) {
	ctx, err := d.ctx()
	if err != nil {
		return "", err
	}
	return runtime.OpenDirectoryDialog(ctx, runtime.OpenDialogOptions{Title: title, CanCreateDirectories: true})
}

// folderDialog answers every dialog with a fixed folder (ZENSYNC_E2E_SAVE_DIR): the file keeps
// its suggested name. Only the browser tests use it.
type folderDialog struct{ dir string }

func (d folderDialog) SaveFile(_, defaultName string, _ FileFilter) (string, error) {
	return filepath.Join(d.dir, defaultName), nil
}

func (d folderDialog) ChooseFolder(string) (string, error) { return d.dir, nil }

// newSaveDialog picks the native dialogs, or the fixed folder when one is configured.
func newSaveDialog(shell *Shell, fixedDir string) SaveDialog {
	if fixedDir != "" {
		return folderDialog{dir: fixedDir}
	}
	return nativeDialog{shell: shell}
}
