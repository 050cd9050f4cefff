//go:build linux

package app

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/wailsapp/wails/v2/pkg/options"
)

// raiseRunning asks the running Zensync with Wails' single-instance id to bring its window
// forward, over the session D-Bus exactly as Wails' own second-instance check does (without
// starting Wails here). It fails when there is no session bus or nobody answers.
func raiseRunning(id string) error {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return fmt.Errorf("no D-Bus session: %w", err)
	}
	defer conn.Close()
	name := "wails_app_" + strings.ReplaceAll(strings.ReplaceAll(id, "-", "_"), ".", "_")
	dest, path := "org."+name+".SingleInstance", dbus.ObjectPath("/org/"+name+"/SingleInstance")
	data := options.SecondInstanceData{Args: os.Args[1:]}
	data.WorkingDirectory, _ = os.Getwd()
	msg, err := json.Marshal(data)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	return conn.Object(dest, path).CallWithContext(ctx, dest+".SendMessage", 0, string(msg)).Store()
}
