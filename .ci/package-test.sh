#!/usr/bin/env bash
# make test-package: checks what make package wrote to build/dist/.
# - The .deb passes lintian (no errors) and its AppStream file validates.
# - As root with CI=true: `apt-get install` of the .deb, the installed /usr/bin/zensync prints the
#   version and opens its window under Xvfb (.ci/smoke.sh), then `apt-get purge` removes every file.
#   Otherwise the same checks run on the package unpacked into a temporary folder (dpkg-deb -x),
#   never installing anything system-wide.
# - The tarball holds the same binary; SHA256SUMS matches every file.
# - The Windows .exe and installer are GUI executables (PE subsystem 2) carrying the version.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${ZENSYNC_VERSION:-$(.ci/version.sh)} # make passes the version it linked
dist=build/dist
deb=$dist/zensync_${version}_amd64.deb
passed=0 failed=0
check() { # check NAME COMMAND...: runs one check and counts it
  local name=$1; shift
  if "$@"; then echo "ok   $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}
[ -f "$deb" ] || { echo "package-test: $deb is missing: run make package"; exit 1; }

check "SHA256SUMS matches" bash -c "cd $dist && sha256sum --quiet -c SHA256SUMS"
check "lintian: no errors" lintian --fail-on error --no-tag-display-limit "$deb"
check "deb version is $version" test "$(dpkg-deb -f "$deb" Version)" = "$version-1"
check "deb depends on WebKitGTK, GTK and a session bus" bash -c \
  "dpkg-deb -f '$deb' Depends | grep -q libwebkit2gtk && dpkg-deb -f '$deb' Depends | grep -q libgtk-3-0 && dpkg-deb -f '$deb' Depends | grep -q dbus-session-bus"
check "deb recommends a Secret Service" bash -c "dpkg-deb -f '$deb' Recommends | grep -q gnome-keyring"

if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ]; then
  mode=installed root=
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >/dev/null
else
  mode=unpacked root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  dpkg-deb -x "$deb" "$root"
fi
echo "package-test: the .deb $mode${root:+ in $root}"
bin=$root/usr/bin/zensync
check "binary at /usr/bin/zensync" test -x "$bin"
check "desktop entry" grep -q '^Exec=zensync$' "$root/usr/share/applications/app.zensync.Zensync.desktop"
for size in 16 24 32 48 64 128 256 512; do
  check "icon ${size}x${size}" bash -c "identify -format '%wx%h' '$root/usr/share/icons/hicolor/${size}x${size}/apps/zensync.png' | grep -qx ${size}x${size}"
done
check "AppStream metadata validates" appstreamcli validate --no-net "$root/usr/share/metainfo/app.zensync.Zensync.metainfo.xml"
check "AppStream release is $version" grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/app.zensync.Zensync.metainfo.xml"
check "zensync --version" test "$("$bin" --version)" = "zensync $version"
check "the window opens (smoke test)" .ci/smoke.sh "$bin"
if [ "$mode" = installed ]; then
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -q zensync >/dev/null
  check "removed cleanly" bash -c "! dpkg -s zensync >/dev/null 2>&1 && [ ! -e /usr/bin/zensync ] && [ ! -e /usr/share/applications/app.zensync.Zensync.desktop ] && [ ! -e /usr/share/icons/hicolor/512x512/apps/zensync.png ]"
fi

tarball=$dist/zensync-$version-linux-amd64.tar.gz
check "tarball holds the same binary" bash -c \
  "tar -xzOf '$tarball' zensync-$version-linux-amd64/zensync | cmp -s - '$dist/../stage/zensync'"

# A PE file's subsystem (2 = Windows GUI, 3 = console) sits 68 bytes into the optional header.
pe_subsystem() {
  local pe
  pe=$(od -An -tu4 -j60 -N4 "$1" | tr -d ' ')
  od -An -tu2 -j$((pe + 24 + 68)) -N2 "$1" | tr -d ' '
}
exe=$dist/zensync-$version-windows-amd64.exe
installer=$dist/zensync-$version-windows-amd64-installer.exe
check "zensync.exe is a 64-bit Windows GUI program" bash -c "file -b '$exe' | grep -q 'PE32+ executable (GUI) x86-64'"
check "zensync.exe subsystem is GUI" test "$(pe_subsystem "$exe")" = 2
check "zensync.exe file properties carry $version" bash -c "strings -el '$exe' | grep -qxF '$version'"
check "zensync.exe --version is linked in" bash -c "strings -a '$exe' | grep -qF '$version'"
check "the installer is a Windows GUI program" bash -c "file -b '$installer' | grep -q 'PE32 executable (GUI)' && test \$(od -An -tu4 -j60 -N4 '$installer' | tr -d ' ') -gt 0"
check "installer subsystem is GUI" test "$(pe_subsystem "$installer")" = 2
check "installer file properties carry $version" bash -c "strings -el '$installer' | grep -qxF '$version'"

echo "package-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
