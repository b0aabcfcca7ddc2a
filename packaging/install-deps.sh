#!/usr/bin/env bash
# Installs every Debian 12 package that Paperscope's build, tests and app
# need, for both build variants. Idempotent: installs only what is missing.
# Runs as root, or through sudo when it is available.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # sanitizer build and libFuzzer targets (packaging/test-all.sh, tests/fuzz)
    clang libclang-rt-14-dev
    # Qt 6 (default variant)
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev qt6-qpa-plugins libqt6svg6 qt6-svg-dev
    # Qt 5 + KF5 SyntaxHighlighting (second variant)
    qtbase5-dev libqt5charts5-dev libqt5sql5-sqlite qttools5-dev qttools5-dev-tools
    libkf5syntaxhighlighting-dev extra-cmake-modules libqt5svg5 libqt5svg5-dev
    # SQLite with FTS5 (Qt's plugin links the system library)
    libsqlite3-0 sqlite3
    # the benchmark's plain-SQLite floor (tests/bench, built on demand)
    libsqlite3-dev
    # BibTeX validation in the tests
    biber texlive-binaries texlive-base
    # packaging: .deb dependencies, desktop file and AppStream checks
    dpkg-dev file desktop-file-utils appstream librsvg2-bin
    # headless GUI tests and screenshots
    xvfb xauth fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
