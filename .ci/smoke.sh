#!/usr/bin/env bash
# Window smoke test: the production binary starts under Xvfb, reaches DOM-ready, and a screenshot
# shows the Integrations page (the front end sets the window title once that page has rendered,
# and the screenshot must hold real content, not one solid colour). Artifacts: build/test-artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-./build/bin/zensync} # .ci/package-test.sh passes the packaged binary
out=build/test-artifacts
mkdir -p "$out"
data=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1366x900x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
sleep 1
DISPLAY=$display ZENSYNC_DATA_DIR="$data" ZENSYNC_OAUTH_ADDR=127.0.0.1:0 ZENSYNC_WEBHOOK_ADDR=127.0.0.1:0 \
  "$bin" --log-level debug >"$out/smoke-app.log" 2>&1 &
app=$!
ok=
for _ in $(seq 1 120); do
  if ! kill -0 "$app" 2>/dev/null; then echo "smoke: the app exited early"; cat "$out/smoke-app.log"; exit 1; fi
  if DISPLAY=$display xdotool search --name "Zensync — Integrations" >/dev/null 2>&1; then ok=1; break; fi
  sleep 0.5
done
grep -q "dom ready" "$out/smoke-app.log" || { echo "smoke: never reached DOM-ready"; cat "$out/smoke-app.log"; exit 1; }
[ -n "$ok" ] || { echo "smoke: the Integrations page never rendered"; DISPLAY=$display import -window root "$out/smoke.png" || true; exit 1; }
sleep 1
DISPLAY=$display import -window root "$out/smoke.png"
colours=$(convert "$out/smoke.png" -format '%k' info:)
echo "smoke: screenshot $out/smoke.png has $colours colours"
if [ "$colours" -lt 64 ]; then echo "smoke: the window looks blank (a solid colour)"; exit 1; fi
echo "smoke: 1 passed, 0 failed"
