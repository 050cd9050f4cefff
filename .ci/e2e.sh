#!/usr/bin/env bash
# Browser tests: Playwright drives Debian's Chromium against the app served with its real Go
# bindings (the Wails dev-mode browser endpoint), with the local Zendesk emulator and a real
# Secret Service (gnome-keyring in its own D-Bus session) under Xvfb. As root they run in a
# network namespace of their own (see .ci/lib.sh), otherwise on free ports.
set -euo pipefail
cd "$(dirname "$0")/.."
tags=dev
pkg-config --exists webkit2gtk-4.0 || tags="dev webkit2_41"
go build -tags "$tags" -o build/bin/zensync-dev .
source .ci/lib.sh
ci_isolate dbus-run-session -- bash .ci/e2e-session.sh
