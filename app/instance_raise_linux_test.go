//go:build linux

package app

import (
	"bufio"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/wailsapp/wails/v2/pkg/options"
)

// privateSessionBus starts a dbus-daemon of its own (the dbus package of the CI image) and
// points DBUS_SESSION_BUS_ADDRESS at it.
func privateSessionBus(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Fatalf("dbus-daemon is needed for this test (apt package dbus): %v", err)
	}
	cmd := exec.Command(path, "--session", "--nofork", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the bus address: %v", err)
	}
	addr = strings.TrimSpace(addr)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)
	return addr
}

type firstWindow chan string

func (f firstWindow) SendMessage(message string) *dbus.Error {
	f <- message
	return nil
}

func TestRaiseRunningReachesTheFirstWindowOverDBus(t *testing.T) {
	addr := privateSessionBus(t)
	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The first window registers as Wails' SetupSingleInstance does for its UniqueId.
	id := singleInstanceID("/home/admin/.config/zensync")
	name := "wails_app_" + strings.ReplaceAll(id, "-", "_")
	got := make(firstWindow, 1)
	if err := conn.Export(got, dbus.ObjectPath("/org/"+name+"/SingleInstance"), "org."+name+".SingleInstance"); err != nil {
		t.Fatal(err)
	}
	if reply, err := conn.RequestName("org."+name+".SingleInstance", dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("RequestName = %v, %v", reply, err)
	}
	if err := raiseRunning(id); err != nil {
		t.Fatalf("raiseRunning = %v", err)
	}
	select {
	case msg := <-got:
		var data options.SecondInstanceData
		if err := json.Unmarshal([]byte(msg), &data); err != nil {
			t.Fatalf("the first window got %q: %v", msg, err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("the first window was not asked to come forward")
	}
	if err := raiseRunning(singleInstanceID("/another/folder")); err == nil {
		t.Error("raiseRunning reached a window of another data folder")
	}
}
