#!/usr/bin/env bash
# Prints Zensync's one version, from git, in a form every package format accepts (Debian's rules
# are the strictest: it must start with a digit, and "~" sorts before a release):
#   tag v1.2.3 on HEAD            -> 1.2.3
#   3 commits after v1.2.3        -> 1.2.3+git3.g1a2b3c4
#   no tag yet                    -> 0.0.0~git20261130.g1a2b3c4   (commit date, so builds sort)
#   uncommitted changes           -> ... with ".dirty" appended
#   not a git checkout            -> 0.0.0~dev
# `.ci/version.sh --windows` prints the numeric a.b.c.d a Windows version resource needs.
set -euo pipefail
cd "$(dirname "$0")/.."
version() {
  local d sha date
  if ! d=$(git describe --tags --always --dirty --match 'v[0-9]*' 2>/dev/null); then
    echo 0.0.0~dev; return
  fi
  local dirty=
  case $d in *-dirty) dirty=.dirty; d=${d%-dirty} ;; esac
  if [[ $d =~ ^v([0-9]+\.[0-9]+\.[0-9]+)$ ]]; then
    echo "${BASH_REMATCH[1]}$dirty"
  elif [[ $d =~ ^v([0-9]+\.[0-9]+\.[0-9]+)-([0-9]+)-(g[0-9a-f]+)$ ]]; then
    echo "${BASH_REMATCH[1]}+git${BASH_REMATCH[2]}.${BASH_REMATCH[3]}$dirty"
  else
    sha=$(git rev-parse --short=7 HEAD)
    date=$(git show -s --format=%cd --date=format:%Y%m%d HEAD)
    echo "0.0.0~git$date.g$sha$dirty"
  fi
}
v=$(version)
if [ "${1:-}" = --windows ]; then
  [[ $v =~ ^([0-9]+)\.([0-9]+)\.([0-9]+) ]]
  echo "${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.${BASH_REMATCH[3]}.0"
else
  echo "$v"
fi
