#!/usr/bin/env bash
# Builds the .deb from a configured build folder, validates the desktop
# file and the AppStream metainfo, installs the package (as root: for real
# with apt; otherwise unpacked into a scratch root) and runs the installed
# binary: --version, and a headless import and export of a fixture.
# Usage: packaging/test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: test-deb.sh BUILD_DIR}" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
app_id=io.github.paperscope.Paperscope
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

desktop-file-validate "$src/packaging/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$src/packaging/$app_id.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net "$src/packaging/$app_id.metainfo.xml"
echo "test-deb: desktop file and metainfo valid"

(cd "$build" && cpack -G DEB -B "$scratch/pkg" >/dev/null)
deb=$(ls "$scratch"/pkg/paperscope_*.deb)
dpkg-deb -I "$deb" | grep -E '^ (Package|Version|Depends):'

if [ "$(id -u)" -eq 0 ] && [ "${PAPERSCOPE_DEB_INSTALL:-1}" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    exe=/usr/bin/paperscope
    echo "test-deb: installed $(dpkg-query -W -f='${Package} ${Version}' paperscope)"
else
    dpkg-deb -x "$deb" "$scratch/root"
    exe="$scratch/root/usr/bin/paperscope"
    echo "test-deb: unpacked into a scratch root (not root, so not installed)"
fi
listing=$(dpkg-deb -c "$deb")
for f in usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/icons/hicolor/48x48/apps/$app_id.png; do
    grep -q "./$f" <<<"$listing" || { echo "test-deb: $f missing from the package" >&2; exit 1; }
done

env -u DISPLAY -u QT_QPA_PLATFORM "$exe" --version
env -u DISPLAY -u QT_QPA_PLATFORM "$exe" --db "$scratch/store.sqlite" import "$src/tests/data/profile-ada-lovecode.txt"
env -u DISPLAY -u QT_QPA_PLATFORM "$exe" --db "$scratch/store.sqlite" export -o "$scratch/out.bib"
entries=$(grep -c '^@' "$scratch/out.bib")
[ "$entries" -eq 5 ] || { echo "test-deb: expected 5 entries, exported $entries" >&2; exit 1; }
echo "test-deb: installed binary imported and exported $entries entries"
