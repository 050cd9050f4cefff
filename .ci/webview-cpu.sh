#!/usr/bin/env bash
# make bench: the web view's CPU while the first sync of a 100,000-ticket account runs under the
# emulated Professional-plan limits (400 requests and 10 export requests a minute), played
# ×${WEBVIEW_TIME_SCALE:-20} faster: the events reach the window that many times more often than
# against Zendesk, so the figure is an upper bound. The browser-test harness (.ci/e2e.sh) runs
# the app's dev build (its real WebKitGTK window under Xvfb plus the browser endpoint) and the
# Playwright spec e2e/bench/webview-cpu.bench.ts; the figures are merged into results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
results=${1:-build/bench/results.json}
export E2E_SEED_TICKETS=${WEBVIEW_TICKETS:-100000}
export E2E_EMULATOR_FLAGS="--rate-limit 400 --incremental-rate-limit 10 --time-scale ${WEBVIEW_TIME_SCALE:-20}"
export E2E_PW_CONFIG=e2e/bench/playwright.config.ts
export E2E_APP_LOG_LEVEL=info
bash .ci/e2e.sh
figures=build/test-artifacts/e2e/webview-cpu.json
[ -s "$figures" ] || { echo "webview-cpu: the spec wrote no figures ($figures)"; exit 1; }
mkdir -p "$(dirname "$results")"
[ -s "$results" ] || echo '{}' >"$results"
jq -s '.[0] * .[1]' "$results" "$figures" >"$results.tmp" && mv "$results.tmp" "$results"
echo "webview-cpu: $(jq -c . "$figures")"
