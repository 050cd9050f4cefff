#!/usr/bin/env bash
# make demo: a seeded local Zendesk emulator plus the app pointed at it. Stops both on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
addr=${ZENSYNC_EMULATOR_ADDR:-127.0.0.1:8089}
data=${DEMO_DIR:-$PWD/build/demo}
mkdir -p "$data"
./build/bin/zensync emulator --addr "$addr" --seed-tickets "${SEED_TICKETS:-5000}" &
emu=$!
trap 'kill $emu 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fsS "http://$addr/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
cat <<MSG

Zensync demo
  Emulator:        http://$addr  (account "demo")
  In the app:      + Add Integration → Zendesk → domain "demo", OAuth client identifier "zensync_desktop"
  Sign in as:      admin@demo.test / zensync-demo  (the 2FA code is at http://$addr/_emulator/demo/outbox)
  Webhooks:        set the public base URL to http://127.0.0.1:47601 (the emulator delivers over loopback)
  Data folder:     $data

MSG
ZENSYNC_KEYRING_SERVICE=zensync-demo ZENSYNC_DATA_DIR="$data" ZENSYNC_ZENDESK_URL="http://$addr/{subdomain}" ./build/bin/zensync
