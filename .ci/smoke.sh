#!/usr/bin/env bash
# Window smoke test: the production binary starts under Xvfb, reaches DOM-ready, and a screenshot
# shows the Integrations page (the front end sets the window title once that page has rendered,
# and the screenshot must hold real content, not one solid colour). Artifacts: build/test-artifacts.
# As root it runs in a network namespace of its own (see .ci/lib.sh); its listeners use port 0.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-./build/bin/zensync} # .ci/package-test.sh passes the packaged binary
source .ci/lib.sh
if ci_can_isolate; then ci_isolate bash .ci/smoke.sh "$bin"; fi
CI_PREFIX=smoke
out=build/test-artifacts
mkdir -p "$out"
data=$(mktemp -d)
cleanup() { ci_stop_all; rm -rf "$data"; }
trap cleanup EXIT
ci_xvfb "$out/xvfb.log"
display=$CI_DISPLAY
ci_start app "$out/smoke-app.log" env DISPLAY="$display" ZENSYNC_DATA_DIR="$data" \
  ZENSYNC_OAUTH_ADDR=127.0.0.1:0 ZENSYNC_WEBHOOK_ADDR=127.0.0.1:0 "$bin" --log-level debug
ok=
for _ in $(seq 1 120); do
  ci_watch || exit 1
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
