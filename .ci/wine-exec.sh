#!/usr/bin/env bash
# `go test -exec .ci/wine-exec.sh` runs a Windows test binary under Debian's wine64 in the Wine
# prefix that .ci/wine-test.sh prepared (WINEPREFIX).
set -euo pipefail
: "${WINEPREFIX:?run through .ci/wine-test.sh}"
export WINEDEBUG=${WINEDEBUG:--all} WINEDLLOVERRIDES=bcryptprimitives=n
exec /usr/lib/wine/wine64 "$@"
