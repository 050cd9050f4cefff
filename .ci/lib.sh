# Helpers for the scripts that start programs (e2e, smoke, demo); source it, do not run it.
#
# - ci_isolate: as root, re-run a command in a network namespace of its own (loopback only), so
#   the ports the tests bind can never meet another program's; ZENSYNC_CI_NETNS=1 inside.
# - ci_free_port: a loopback port nobody listens on (outside a namespace).
# - ci_xvfb: Xvfb on a display it picks itself.
# - ci_port_free: refuse to start on an address another program holds.
# - ci_start / ci_wait_http / ci_watch: start a program in the background with its log, wait for
#   a URL while stopping at once, naming the program and showing its log, if it exits early.

# ci_can_isolate says whether ci_isolate will use a network namespace of its own: as root, with
# unshare and ip present and the kernel allowing it, when not already inside one, and unless
# ZENSYNC_CI_NO_NETNS=1 asks for free ports instead (to try that path as root).
ci_can_isolate() {
  [ -z "${ZENSYNC_CI_NETNS:-}" ] && [ -z "${ZENSYNC_CI_NO_NETNS:-}" ] && [ "$(id -u)" = 0 ] &&
    command -v unshare >/dev/null &&
    command -v ip >/dev/null && unshare --net true 2>/dev/null
}

# ci_isolate runs "$@" (exec) in a new network namespace with loopback up when ci_can_isolate,
# otherwise as is. Unix sockets (Xvfb with -nolisten tcp, D-Bus, the keyring) work inside; only
# the namespace's programs share the loopback ports and abstract sockets.
ci_isolate() {
  if ci_can_isolate; then
    ZENSYNC_CI_NETNS=1 exec unshare --net -- bash -c 'ip link set lo up && exec "$@"' ci-isolate "$@"
  fi
  exec "$@"
}

# ci_free_port VAR sets VAR to a port on 127.0.0.1 that nothing answers on and that this script
# has not handed out yet. Another program may still take it before ours binds; ci_wait_http then
# says which program exited and shows its log.
ci_ports_given=" "
ci_free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    case "$ci_ports_given" in *" $p "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      ci_ports_given="$ci_ports_given$p "
      printf -v "$1" '%s' "$p"
      return 0
    fi
  done
  echo "${CI_PREFIX:-ci}: no free port found on 127.0.0.1" >&2
  return 1
}

# ci_port_free HOST:PORT… returns 1, saying so, when another program already answers on one of
# them: started anyway, ours would die on "address already in use" while the waits below talk
# to the stranger.
ci_port_free() {
  local a
  for a in "$@"; do
    if (exec 3<>"/dev/tcp/${a%:*}/${a##*:}") 2>/dev/null; then
      echo "${CI_PREFIX:-ci}: another program already listens on $a; stop it or choose another address" >&2
      return 1
    fi
  done
}

# ci_start NAME LOG CMD… starts CMD in the background with stdout and stderr in LOG, and
# remembers it by NAME (ci_pid NAME gives its pid; ci_stop_all ends them all).
ci_names=()
ci_pids=()
ci_logs=()
ci_start() {
  local name=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  ci_names+=("$name")
  ci_pids+=("$!")
  ci_logs+=("$log")
}

ci_pid() {
  local i
  for i in "${!ci_names[@]}"; do
    [ "${ci_names[$i]}" = "$1" ] && echo "${ci_pids[$i]}" && return 0
  done
  return 1
}

# ci_watch NAME… returns 1, after saying which one and showing the end of its log, when one of
# the named programs (all started ones when none is named) is no longer running.
ci_watch() {
  local i name pid status
  for i in "${!ci_names[@]}"; do
    name=${ci_names[$i]}
    if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
    pid=${ci_pids[$i]}
    if ! kill -0 "$pid" 2>/dev/null; then
      status=0
      wait "$pid" 2>/dev/null || status=$?
      echo "${CI_PREFIX:-ci}: the $name (pid $pid) exited early with status $status; the end of ${ci_logs[$i]}:" >&2
      tail -n 30 "${ci_logs[$i]}" | sed 's/^/  | /' >&2
      return 1
    fi
  done
  return 0
}

# ci_wait_http URL SECONDS NAME… waits until URL answers, watching the named programs (all when
# none is named): it fails at once when one of them exits, and after SECONDS otherwise.
ci_wait_http() {
  local url=$1 secs=$2
  shift 2
  local deadline=$((SECONDS + secs))
  while [ "$SECONDS" -lt "$deadline" ]; do
    ci_watch "$@" || return 1
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      ci_watch "$@" || return 1 # the answer came from a stranger if ours has died meanwhile
      return 0
    fi
    sleep 0.5
  done
  echo "${CI_PREFIX:-ci}: $url did not answer within ${secs}s (the programs it waits on are still running)" >&2
  return 1
}

# ci_stop_all ends every program ci_start started, newest first.
ci_stop_all() {
  local i
  for ((i = ${#ci_pids[@]} - 1; i >= 0; i--)); do
    kill "${ci_pids[$i]}" 2>/dev/null || true
  done
}

# ci_xvfb LOG starts Xvfb on a display number it chooses itself (-displayfd, so two runs never
# pick the same one) and sets CI_DISPLAY (":N") once it accepts clients.
ci_xvfb() {
  local log=$1 numfile
  numfile=$(mktemp)
  ci_start Xvfb "$log" Xvfb -displayfd 3 -screen 0 1366x900x24 -nolisten tcp 3>"$numfile"
  CI_DISPLAY=
  for _ in $(seq 1 120); do
    if [ -s "$numfile" ] && grep -q '^[0-9][0-9]*$' "$numfile"; then
      CI_DISPLAY=:$(cat "$numfile")
      break
    fi
    ci_watch Xvfb || { rm -f "$numfile"; return 1; }
    sleep 0.25
  done
  rm -f "$numfile"
  if [ -z "$CI_DISPLAY" ]; then
    echo "${CI_PREFIX:-ci}: Xvfb never reported its display within 30s; see $log" >&2
    return 1
  fi
}
