#!/usr/bin/env bash
# Runs inside dbus-run-session (see e2e.sh), in a network namespace of its own when root.
# make bench reuses it for the web view's CPU during a large sync (.ci/webview-cpu.sh) with:
#   E2E_SEED_TICKETS (default 400), E2E_EMULATOR_FLAGS (extra emulator flags), E2E_PW_CONFIG
#   (the Playwright config, default e2e/playwright.config.ts), E2E_APP_LOG_LEVEL (default debug).
set -euo pipefail
source .ci/lib.sh
CI_PREFIX=e2e
out=$PWD/build/test-artifacts/e2e
mkdir -p "$out"
export XDG_DATA_HOME=$(mktemp -d)   # a keyring of its own, never the user's
echo -n zensync-e2e | gnome-keyring-daemon --unlock --components=secrets >/dev/null
data=$(mktemp -d)
saves=$(mktemp -d) # exports land here: the browser tests have no native Save dialog
pw=
cleanup() {
  if [ -n "$pw" ]; then kill -- "-$pw" 2>/dev/null || true; fi
  ci_stop_all
  rm -rf "$data" "$saves" "$XDG_DATA_HOME"
}
trap cleanup EXIT

if [ -n "${ZENSYNC_CI_NETNS:-}" ]; then
  # Nobody else is in this network namespace: the usual ports are free.
  emu_port=18089 app_port=34115 oauth_port=47600 webhook_port=47601
  echo "e2e: in a network namespace of its own (loopback only)"
else
  ci_free_port emu_port && ci_free_port app_port && ci_free_port oauth_port && ci_free_port webhook_port
  echo "e2e: not in a network namespace of its own (not root?): free ports" \
    "emulator $emu_port, app $app_port, OAuth $oauth_port, webhooks $webhook_port"
fi
emu_addr=127.0.0.1:$emu_port
app_addr=127.0.0.1:$app_port
redirect_url=http://127.0.0.1:$oauth_port/oauth/callback # the seeded client's, for the app's port

ci_port_free "$emu_addr" "$app_addr" "127.0.0.1:$oauth_port" "127.0.0.1:$webhook_port"
ci_xvfb "$out/xvfb.log"
ci_start emulator "$out/emulator.log" \
  ./build/bin/zensync emulator --addr "$emu_addr" --seed-tickets "${E2E_SEED_TICKETS:-400}" --redirect-url "$redirect_url" ${E2E_EMULATOR_FLAGS:-}
ci_wait_http "http://$emu_addr/healthz" 60
# BROWSER=true: the tests open the sign-in link themselves; no system browser is started.
ci_start app "$out/app.log" env DISPLAY="$CI_DISPLAY" assetdir=frontend/dist devserver="$app_addr" \
  ZENSYNC_DATA_DIR="$data" ZENSYNC_ZENDESK_URL="http://$emu_addr/{subdomain}" \
  ZENSYNC_KEYRING_SERVICE=zensync-e2e ZENSYNC_OAUTH_ADDR="127.0.0.1:$oauth_port" \
  ZENSYNC_WEBHOOK_ADDR="127.0.0.1:$webhook_port" ZENSYNC_E2E_SAVE_DIR="$saves" BROWSER=true \
  ./build/bin/zensync-dev --log-level "${E2E_APP_LOG_LEVEL:-debug}"
ci_wait_http "http://$app_addr/" 120

cd frontend
# Playwright in a process group of its own, so a dead app or Xvfb can stop it at once. The
# emulator is not watched from here on: 90-offline stops it on purpose. E2E_SPECS, when set,
# runs only the spec files it names (with the ones they rely on: "20-connect 30-sync 90-offline").
E2E_APP_URL="http://$app_addr/" E2E_EMULATOR_URL="http://$emu_addr" E2E_EMULATOR_PID=$(ci_pid emulator) E2E_APP_PID=$(ci_pid app) \
  E2E_WEBHOOK_BASE_URL="http://127.0.0.1:$webhook_port" E2E_ARTIFACTS="$out" E2E_SAVE_DIR="$saves" \
  setsid -w npx playwright test --config "${E2E_PW_CONFIG:-e2e/playwright.config.ts}" ${E2E_SPECS:-} &
pw=$!
while kill -0 "$pw" 2>/dev/null; do
  if ! ci_watch app Xvfb; then
    echo "e2e: stopping the browser tests" >&2
    kill -- "-$pw" 2>/dev/null || kill "$pw" 2>/dev/null || true
    exit 1
  fi
  sleep 1
done
status=0
wait "$pw" || status=$?
pw=
exit "$status"
