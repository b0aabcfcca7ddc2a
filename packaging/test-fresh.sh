#!/usr/bin/env bash
# Proves the README's set-up commands on a clean Debian: makes a minimal root
# with debootstrap (--variant=minbase) from the Debian mirror apt on this
# machine uses, copies the committed HEAD into it and runs the README's two
# commands there as written, as root in a chroot:
#   bookworm  the app command, its window replaced by a headless smoke
#             (import a sample profile, list, stats, export, check them)
#   trixie    the same, then `ldd` must show KF6 SyntaxHighlighting, then the
#             test command (build and every test; PAPERSCOPE_FRESH_ROOT=1
#             keeps test-all.sh from making fresh roots in turn)
# Usage: packaging/test-fresh.sh [--screenshots DIR] [--bench "ARGS"] bookworm|trixie
#   --screenshots DIR  (trixie) also renders the README's screenshots in the
#                      root and copies them to DIR
#   --bench "ARGS"     instead of the test command, runs the benchmark in the
#                      root after the app command: tests/bench/run-bench.sh
#                      ARGS (its own Release build, its throw-away
#                      PostgreSQL), e.g. --bench "--sizes 100000"
# The debootstrap base is cached as a tarball, downloaded .debs and a ccache
# between runs, under $PAPERSCOPE_FRESH_CACHE (default
# /var/cache/paperscope-fresh); every package is still installed afresh. The
# root is unmounted and removed on every exit path.
set -euo pipefail
# All in one block: bash reads it whole, so editing this file cannot upset a run.
{

shots=""
bench=""
while :; do
    case "${1:-}" in
        --screenshots) shots=$(mkdir -p "${2:?--screenshots needs a folder}" && cd "$2" && pwd); shift 2 ;;
        --bench) bench=${2:?--bench needs the benchmark arguments}; shift 2 ;;
        *) break ;;
    esac
done
suite=${1:-}
case "$suite" in
    bookworm|trixie) ;;
    *) echo "usage: $0 [--screenshots DIR] [--bench \"ARGS\"] bookworm|trixie" >&2; exit 2 ;;
esac
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "test-fresh: needs root (chroot, mounts)" >&2; exit 1; }
    exec sudo -E "$0" ${shots:+--screenshots "$shots"} ${bench:+--bench "$bench"} "$suite"
fi
for tool in debootstrap git chroot findmnt flock; do
    command -v "$tool" >/dev/null 2>&1 || { echo "test-fresh: needs $tool" >&2; exit 1; }
done

src=$(cd "$(dirname "$0")/.." && git rev-parse --show-toplevel)
cache=${PAPERSCOPE_FRESH_CACHE:-/var/cache/paperscope-fresh}
say() { echo "test-fresh[$suite]: $*"; }

# The mirror apt uses here (deb822 .sources first, then sources.list).
mirror=${PAPERSCOPE_FRESH_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }' \
        | grep -v -- '-security' | grep -E '^https?://' | head -n 1 || true)
fi
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\//) { print $i; break } }' \
        | grep -v -- '-security' | head -n 1 || true)
fi
[ -n "$mirror" ] || { echo "test-fresh: no http mirror found in apt's sources" >&2; exit 1; }

# The two commands, read from the README's "Set up" section.
setup=$(awk '/^## Set up/ { on = 1; next } /^## / { on = 0 } on' "$src/README.md")
app_cmd=$(grep -m1 -E '^packaging/install-deps\.sh && cmake --preset' <<<"$setup" || true)
test_cmd=$(grep -m1 -E '^packaging/install-deps\.sh && packaging/test-all\.sh' <<<"$setup" || true)
[ -n "$app_cmd" ] && [ -n "$test_cmd" ] || { echo "test-fresh: README's Set up commands not found" >&2; exit 1; }
# The app command without its last step, the window.
build_cmd=${app_cmd% && *}
[ "$build_cmd" != "$app_cmd" ] || { echo "test-fresh: cannot split the app launch off: $app_cmd" >&2; exit 1; }

mkdir -p "$cache/debs-$suite/partial" "$cache/ccache-$suite"
base="$cache/$suite-minbase.tgz"
root=""

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$root" ] && [ -d "$root" ]; then
        # Whatever still runs in the root (after INT or TERM) goes first.
        local p
        for p in /proc/[0-9]*; do
            if [ "$p/root" -ef "$root" ]; then kill -KILL "${p#/proc/}" 2>/dev/null || true; fi
        done
        sleep 1
        # Innermost first; a busy one is detached lazily, then checked.
        findmnt -rn -o TARGET | grep -E "^$root(/|$)" | sort -r | while read -r m; do
            umount "$m" 2>/dev/null || umount -l "$m" || true
        done
        if findmnt -rn -o TARGET | grep -qE "^$root(/|$)"; then
            say "mounts left under $root, not removing it:" >&2
            findmnt -rn -o TARGET | grep -E "^$root(/|$)" >&2
            rc=1
        else
            rm -rf --one-file-system "$root"
            say "root removed"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The base: downloaded once into a tarball, unpacked and installed every run.
(
    flock 9
    if [ ! -s "$base" ]; then
        say "making the $suite base tarball from $mirror (once)"
        work=$(mktemp -d "$cache/mk-$suite.XXXXXX")
        debootstrap --variant=minbase --include=ccache --make-tarball="$base.part" \
            "$suite" "$work" "$mirror" >"$cache/mk-$suite.log" 2>&1 \
            || { tail -n 20 "$cache/mk-$suite.log" >&2; rm -rf "$work"; exit 1; }
        rm -rf "$work"
        mv "$base.part" "$base"
    fi
) 9>"$cache/$suite.lock"

root=$(mktemp -d /var/tmp/paperscope-fresh-"$suite".XXXXXX)
chmod 755 "$root" # it is /: every user may pass (mktemp made it 700)
t0=$(date +%s)
say "debootstrap --variant=minbase $suite $root $mirror (from $base)"
debootstrap --variant=minbase --include=ccache --unpack-tarball="$base" "$suite" "$root" "$mirror" \
    >"$root.debootstrap.log" 2>&1 || { tail -n 20 "$root.debootstrap.log" >&2; rm -f "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
say "base root ready in $(( $(date +%s) - t0 )) s: $(. "$root/etc/os-release" && echo "$PRETTY_NAME")"

# A throwaway root needs no fsync after every file dpkg unpacks.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/paperscope-fresh-unsafe-io"
# No service starts in the root (postgresql's package would start a
# cluster); the test command starts its own server (with-test-postgres.sh).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
# The .deb cache is the host's folder, which apt's sandbox user cannot write.
echo 'APT::Sandbox::User "root";' >"$root/etc/apt/apt.conf.d/90paperscope-fresh"

# The root is a mount point of its own, as / is on a real machine (tests
# that unshare a mount namespace need it).
mount --bind "$root" "$root"
mount --make-private "$root"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
mount --bind "$cache/debs-$suite" "$root/var/cache/apt/archives"
mkdir -p "$root/var/cache/ccache"
mount --bind "$cache/ccache-$suite" "$root/var/cache/ccache"

head=$(git -C "$src" rev-parse --short HEAD)
say "copying the committed HEAD ($head) to /root/paperscope"
mkdir -p "$root/root/paperscope"
git -C "$src" archive --format=tar HEAD | tar -x -C "$root/root/paperscope"
# For working on this script only: uncommitted copies of a few files.
for f in ${PAPERSCOPE_FRESH_OVERLAY:-}; do
    say "NOT COMMITTED: using the working copy of $f"
    cp "$src/$f" "$root/root/paperscope/$f"
done

# Runs a command in the root from the checkout, with a clean environment.
# ccache only makes repeated runs faster; it is not a dependency.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CCACHE_DIR=/var/cache/ccache CMAKE_CXX_COMPILER_LAUNCHER=ccache \
        PAPERSCOPE_FRESH_ROOT=1 /bin/bash -c "cd /root/paperscope && $1" &
    wait $! # so that INT and TERM are handled at once
}

step() {
    say "\$ $1"
    local s; s=$(date +%s)
    if in_root "$1"; then
        say "ok in $(( $(date +%s) - s )) s"
    else
        say "FAILED after $(( $(date +%s) - s )) s: $1"
        exit 1
    fi
}

step "$build_cmd"

# The window's place: a headless import, list, stats and export.
smoke='set -e
app=build/qt6/app/paperscope; db=/tmp/smoke.sqlite; rm -f $db
$app --db $db import tests/data/profile-ada-lovecode.txt
$app --db $db list > /tmp/list.txt; cat /tmp/list.txt
$app --db $db stats | head -n 1
$app --db $db export -o /tmp/smoke.bib
n=$(wc -l < /tmp/list.txt); e=$(grep -c "^@misc{" /tmp/smoke.bib)
echo "smoke: $n papers listed, $e BibTeX entries exported"
[ "$n" -eq 5 ] && [ "$e" -eq 5 ] && grep -q "^@misc{allal2023santacoder," /tmp/smoke.bib
echo "smoke: passed"'
step "$smoke"

if [ -n "$bench" ]; then
    step "tests/bench/run-bench.sh $bench"
elif [ "$suite" = trixie ]; then
    step 'ldd build/qt6/app/paperscope | grep -i kf6; ldd build/qt6/app/paperscope | grep -q libKF6SyntaxHighlighting'
    step 'if ldd build/qt6/app/paperscope | grep -qi kf5; then echo "KF5 in a Qt 6 binary"; exit 1; fi'
    step "$test_cmd"
    # The highlighting test, verbosely: every function passes, none skipped.
    step 'set -o pipefail; t=$(find build/qt6/tests -name tst_bibtexpreview -type f -executable | head -n 1)
          QT_QPA_PLATFORM=offscreen $t | grep -E "^(PASS|FAIL|SKIP|Totals)" | tee /tmp/hl.txt && grep -q ", 0 skipped" /tmp/hl.txt'
    if [ -n "$shots" ]; then
        step 'cmake --build build/qt6 --target paperscope_screenshots && mkdir -p /tmp/shots &&
              QT_QPA_PLATFORM=offscreen build/qt6/tests/paperscope_screenshots /tmp/shots tests/data/profile-ada-lovecode.txt'
        cp "$root"/tmp/shots/*.png "$shots"/
        say "screenshots copied to $shots"
    fi
fi
say "passed in $(( $(date +%s) - t0 )) s"
exit 0
}
