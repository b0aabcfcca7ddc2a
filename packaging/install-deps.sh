#!/usr/bin/env bash
# Installs every package that Paperscope's build, tests and app need, for the
# Debian release it runs on (read from /etc/os-release): Debian 12 (bookworm)
# builds Qt 6.4 (preview plain) and Qt 5 + KF5 SyntaxHighlighting; Debian 13
# (trixie) builds Qt 6.8 + KF6 SyntaxHighlighting. Everything is named and
# installed with --no-install-recommends, so nothing comes from a recommends
# chain or from what happens to be installed. Idempotent: installs only what
# is missing (and runs apt-get update only then). Runs as root, or through
# sudo. On any other system it lists what to install by hand and fails.
set -euo pipefail

# Packages both releases name the same way. Add a package here, or to one
# release's list below when its name differs.
common=(
    # toolchain (cmake only recommends its build tools: name them)
    build-essential cmake ninja-build pkg-config
    # sanitizer build and libFuzzer targets (packaging/test-all.sh, tests/fuzz)
    clang
    # Qt 6 (default variant)
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev qt6-qpa-plugins libqt6svg6 qt6-svg-dev
    # SQLite with FTS5 (Qt's plugin links the system library), and the
    # benchmark's plain-SQLite floor (tests/bench, built on demand)
    libsqlite3-0 sqlite3 libsqlite3-dev
    # BibTeX validation in the tests
    biber texlive-binaries texlive-base
    # packaging: .deb dependencies, desktop file and AppStream checks
    dpkg-dev file desktop-file-utils appstream librsvg2-bin
    # headless GUI tests and screenshots
    xvfb xauth fonts-dejavu-core
    # the test command's fresh Debian roots (packaging/test-fresh.sh)
    debootstrap
    # shared libraries: Qt's PostgreSQL driver; the test command runs a
    # throw-away server of the release's PostgreSQL (packaging/with-test-postgres.sh)
    libqt6sql6-psql
    # libpq's headers: imports COPY rows over the driver's own connection
    libpq-dev
    # the window remembers a shared library's password in the desktop keyring
    # (QtKeychain reaches the Secret Service through libsecret); the keyring
    # test runs GNOME Keyring on a private session bus (with-test-keyring.sh)
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon dbus-bin
)

# Debian 12: Qt 6.4 has no KF6 beside it; the Qt 5 + KF5 variant brings the
# highlighted preview.
bookworm=(
    libclang-rt-14-dev
    # Qt 6 Charts needs the OpenGL development files (in Debian 13 they are
    # part of qt6-base-dev, which provides this name)
    libqt6opengl6-dev
    qtbase5-dev libqt5charts5-dev libqt5sql5-sqlite qttools5-dev qttools5-dev-tools
    libkf5syntaxhighlighting-dev extra-cmake-modules libqt5svg5 libqt5svg5-dev
    libqt5sql5-psql postgresql-15 qt5keychain-dev
)

# Debian 13: Qt 6.8 with KF6 SyntaxHighlighting, the platform Paperscope is
# made for.
trixie=(
    libclang-rt-19-dev
    libkf6syntaxhighlighting-dev extra-cmake-modules
    postgresql-17
)

release=""
if [ -r /etc/os-release ]; then
    # shellcheck disable=SC1091
    release=$(. /etc/os-release && [ "${ID:-}" = debian ] && echo "${VERSION_CODENAME:-}" || true)
fi

case "$release" in
    bookworm) packages=("${common[@]}" "${bookworm[@]}") ;;
    trixie)   packages=("${common[@]}" "${trixie[@]}") ;;
    *)
        name=$( (. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-}") || true)
        cat >&2 <<MSG
install-deps: ${name:-this system} is not Debian 12 (bookworm) or Debian 13 (trixie),
the releases this script knows. Install by hand the equivalents of:
  ${common[*]}
plus, for Qt 6 with the highlighted BibTeX preview (Qt 6.5 or newer):
  ${trixie[*]} (KF6 SyntaxHighlighting)
or, for the Qt 5.15 + KF5 variant (cmake -DQT_MAJOR_VERSION=5):
  ${bookworm[*]}
then run cmake --preset qt6 (or qt5) as the README says.
MSG
        exit 1
        ;;
esac

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: $release: all ${#packages[@]} packages already installed"
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

echo "install-deps: $release: installing ${#missing[@]} of ${#packages[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
