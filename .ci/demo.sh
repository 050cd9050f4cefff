#!/usr/bin/env bash
# make demo: a seeded local Zendesk emulator plus the app pointed at it. Stops both on exit.
# It uses the usual ports (the system browser must reach them), and says so at once when the
# emulator cannot start (e.g. another program holds its port).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
CI_PREFIX=demo
addr=${ZENSYNC_EMULATOR_ADDR:-127.0.0.1:8089}
data=${DEMO_DIR:-$PWD/build/demo}
mkdir -p "$data"
trap ci_stop_all EXIT
ci_port_free "$addr" || exit 1
ci_start emulator "$data/emulator.log" ./build/bin/zensync emulator --addr "$addr" --seed-tickets "${SEED_TICKETS:-5000}"
ci_wait_http "http://$addr/healthz" 60
cat <<MSG

Zensync demo
  Emulator:        http://$addr  (account "demo"; log in $data/emulator.log)
  In the app:      + Add Integration → Zendesk → domain "demo", OAuth client identifier "zensync_desktop"
  Sign in as:      admin@demo.test / zensync-demo  (the 2FA code is at http://$addr/_emulator/demo/outbox)
  Webhooks:        set the public base URL to http://127.0.0.1:47601 (the emulator delivers over loopback)
  Data folder:     $data

MSG
ZENSYNC_KEYRING_SERVICE=zensync-demo ZENSYNC_DATA_DIR="$data" ZENSYNC_ZENDESK_URL="http://$addr/{subdomain}" ./build/bin/zensync
