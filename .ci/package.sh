#!/usr/bin/env bash
# make package: everything an admin downloads, in build/dist/ (see README "Install"):
#   zensync_<v>_amd64.deb, zensync-<v>-1.x86_64.rpm   (nfpm, build/linux/nfpm.yaml)
#   zensync-<v>-linux-amd64.tar.gz                    (binary + desktop entry, icons, metainfo)
#   zensync-<v>-windows-amd64.exe                     (Wails, cross-compiled; pure Go, no cgo)
#   zensync-<v>-windows-amd64-installer.exe           (NSIS, build/windows/installer)
#   SHA256SUMS
# Needs: the Linux binary from `make build` (build/bin/zensync, same version), nfpm, makensis,
# ImageMagick. Environment: NFPM, WAILS (paths), WEBKIT_TAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${ZENSYNC_VERSION:-$(.ci/version.sh)} # make passes the version it linked
winversion=$(.ci/version.sh --windows)
dist=build/dist
stage=build/stage
rm -rf "$dist" "$stage"
mkdir -p "$dist" "$stage/share/applications" "$stage/share/metainfo"

# The binary make build linked must carry this version (a mismatch means a stale build).
got=$(./build/bin/zensync --version)
[ "$got" = "zensync $version" ] || { echo "build/bin/zensync says '$got', want 'zensync $version': run make build"; exit 1; }
cp build/bin/zensync "$stage/zensync"

# Desktop entry, icons in the hicolor sizes (from build/appicon.png), AppStream metadata.
cp build/linux/app.zensync.Zensync.desktop "$stage/share/applications/"
for size in 16 24 32 48 64 128 256 512; do
  d="$stage/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$d"
  convert build/appicon.png -strip -resize "${size}x${size}" -depth 8 "PNG32:$d/zensync.png"
done
date=$(git show -s --format=%cs HEAD 2>/dev/null || date -u +%F)
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" build/linux/app.zensync.Zensync.metainfo.xml.in \
  >"$stage/share/metainfo/app.zensync.Zensync.metainfo.xml"
appstreamcli validate --no-net --pedantic "$stage/share/metainfo/app.zensync.Zensync.metainfo.xml"
cat >"$stage/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: zensync

Files: *
Copyright: Zensync
License: proprietary
 All rights reserved.
COPYRIGHT
printf 'zensync (%s) unstable; urgency=medium\n\n  * Built from git %s.\n\n -- Zensync <support@zensync.invalid>  %s\n' \
  "$version" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$(date -u -R -d "$date")" | gzip -9n >"$stage/changelog.gz"

# The WebKitGTK the binary links (make build picks 4.1 or 4.0, whichever is installed).
if ldd build/bin/zensync | grep -q 'libwebkit2gtk-4.1'; then
  webkit_dep=libwebkit2gtk-4.1-0 webkit_rpm=webkit2gtk4.1
else
  webkit_dep=libwebkit2gtk-4.0-37 webkit_rpm=webkit2gtk4.0
fi
export ZENSYNC_VERSION=$version ZENSYNC_STAGE=$stage ZENSYNC_WEBKIT_DEP=$webkit_dep ZENSYNC_WEBKIT_RPM=$webkit_rpm
envsubst <build/linux/nfpm.yaml >"$stage/nfpm.yaml"
"$NFPM" package -f "$stage/nfpm.yaml" -p deb -t "$dist/zensync_${version}_amd64.deb"
"$NFPM" package -f "$stage/nfpm.yaml" -p rpm -t "$dist/zensync-${version}-1.x86_64.rpm"

tarroot=zensync-$version-linux-amd64
mkdir -p "$stage/tar/$tarroot"
cp -r "$stage/zensync" "$stage/share" "$stage/tar/$tarroot/"
tar -C "$stage/tar" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$date" -czf "$dist/$tarroot.tar.gz" "$tarroot"

# Windows: the same front end (already built), cross-compiled (Wails on Windows needs no cgo).
# The version goes into the .exe's file properties (info.json, a template Wails fills from
# wails.json's "info") and the installer's (version.nsh, included by project.nsi); both files
# are written here and ignored by git. Windows wants a numeric a.b.c.d besides the text.
cat >build/windows/info.json <<INFO
{
  "fixed": {"file_version": "$winversion", "product_version": "$winversion"},
  "info": {
    "0000": {
      "ProductVersion": "$version",
      "FileVersion": "$version",
      "CompanyName": "{{.Info.CompanyName}}",
      "FileDescription": "{{.Info.ProductName}}",
      "LegalCopyright": "{{.Info.Copyright}}",
      "ProductName": "{{.Info.ProductName}}",
      "OriginalFilename": "zensync.exe",
      "Comments": "{{.Info.Comments}}"
    }
  }
}
INFO
printf '!define INFO_PRODUCTVERSION "%s"\n!define INFO_FILEVERSION "%s"\n' "$version" "$winversion" >build/windows/installer/version.nsh
ldflags="-X zensync/app.Version=$version"
"$WAILS" build -platform windows/amd64 -s -m -skipbindings -trimpath -ldflags "$ldflags" -o zensync.exe \
  -nsis -webview2 download -nosyncgomod -v 1 -tags "$WEBKIT_TAGS" -f
cp build/bin/zensync.exe "$dist/zensync-$version-windows-amd64.exe"
cp build/bin/zensync-amd64-installer.exe "$dist/zensync-$version-windows-amd64-installer.exe"

(cd "$dist" && sha256sum -- *.deb *.rpm *.tar.gz *.exe >SHA256SUMS)
echo "package: $version"; ls -l "$dist"
