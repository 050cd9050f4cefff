#!/usr/bin/env bash
# Runs inside dbus-run-session (see e2e.sh).
set -euo pipefail
out=$PWD/build/test-artifacts/e2e
mkdir -p "$out"
export XDG_DATA_HOME=$(mktemp -d)   # a keyring of its own, never the user's
echo -n zensync-e2e | gnome-keyring-daemon --unlock --components=secrets >/dev/null
data=$(mktemp -d)
display=:$((80 + RANDOM % 9))
emu_addr=127.0.0.1:18089
app_addr=127.0.0.1:34115
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data" "$XDG_DATA_HOME"; }
trap cleanup EXIT
wait_http() { for _ in $(seq 1 240); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done; echo "e2e: $1 never answered"; return 1; }

Xvfb "$display" -screen 0 1366x900x24 -nolisten tcp >"$out/xvfb.log" 2>&1 & pids+=($!)
./build/bin/zensync emulator --addr "$emu_addr" --seed-tickets 400 >"$out/emulator.log" 2>&1 & emu=$!; pids+=($emu)
wait_http "http://$emu_addr/healthz"
# BROWSER=true: the tests open the sign-in link themselves; no system browser is started.
DISPLAY=$display assetdir=frontend/dist devserver=$app_addr \
  ZENSYNC_DATA_DIR="$data" ZENSYNC_ZENDESK_URL="http://$emu_addr/{subdomain}" \
  ZENSYNC_KEYRING_SERVICE=zensync-e2e ZENSYNC_WEBHOOK_ADDR=127.0.0.1:47601 BROWSER=true \
  ./build/bin/zensync-dev --log-level debug >"$out/app.log" 2>&1 & pids+=($!)
wait_http "http://$app_addr/"
cd frontend
E2E_APP_URL="http://$app_addr/" E2E_EMULATOR_URL="http://$emu_addr" E2E_EMULATOR_PID=$emu \
  E2E_ARTIFACTS="$out" npx playwright test --config e2e/playwright.config.ts
