#!/usr/bin/env bash
# The README's test command, and CI's (.ci/run). Runs these legs and ends
# with each leg's time and ctest summary and an overall result; exits
# non-zero when any leg fails.
#   asan      this machine's Qt 6, clang with AddressSanitizer and
#             UndefinedBehaviorSanitizer: the whole suite (the .deb test
#             aside) plus a bounded libFuzzer run of each fuzz target
#   qt5       (Debian 12) Qt 5.15 + KF5 SyntaxHighlighting: the whole suite
#   qt6       (Debian 13) Qt 6 + KF6 SyntaxHighlighting: the whole suite
#   trixie    a fresh Debian 13 root (packaging/test-fresh.sh): the README's
#             commands, Qt 6.8 + KF6, highlighting, every test
#   bookworm  a fresh Debian 12 root: the README's app command and a smoke,
#             so a package missing from install-deps.sh fails here
# By default: on Debian 12, asan, qt5, trixie and bookworm; on Debian 13,
# asan, trixie and bookworm (the qt6 leg would repeat the trixie root).
# PAPERSCOPE_FRESH_ROOTS=0 leaves the fresh roots out (a quicker run on a
# machine that has just passed them; on Debian 13 qt6 then runs on the host).
# PAPERSCOPE_LEGS="asan qt5" picks legs. Inside a fresh root
# (PAPERSCOPE_FRESH_ROOT=1, set by test-fresh.sh) only the native Qt 6 leg
# runs, in build/qt6 (the qt6 preset's folder), and no roots are made.
set -uo pipefail
# All in one block: bash reads it whole, so editing this file cannot upset a run.
{
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
launcher=()
if [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
release=$( (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}") || true)
# Each leg's tests run beside a throw-away PostgreSQL (shared libraries),
# started and stopped by this wrapper; without it those tests fail here.
with_postgres=(packaging/with-test-postgres.sh)
export PAPERSCOPE_REQUIRE_POSTGRES=1

# Sanitizers and fuzzing (issue 8).
leg_asan() {
    local dir=build/asan
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQT_MAJOR_VERSION=6 "${launcher[@]}" \
        -DCMAKE_CXX_COMPILER=clang++ -DPAPERSCOPE_SANITIZE=ON -DPAPERSCOPE_FUZZ=ON >"$dir.configure.log" 2>&1 \
        || { cat "$dir.configure.log"; return 1; }
    cmake --build "$dir" --parallel "$jobs" || return 1
    "${with_postgres[@]}" ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" -E '^packaging_deb$'
}

leg_qt5() {
    local dir=build/qt5
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQT_MAJOR_VERSION=5 "${launcher[@]}" \
        >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; return 1; }
    grep -F 'highlighted by' "$dir.configure.log"
    cmake --build "$dir" --parallel "$jobs" || return 1
    "${with_postgres[@]}" ctest --test-dir "$dir" --output-on-failure --parallel "$jobs"
}

# The qt6 preset's folder, as the README's app command configures it; the
# build preset makes only the app, so every target is built here.
leg_qt6() {
    cmake --preset qt6 "${launcher[@]}" >build/qt6.configure.log 2>&1 \
        || { cat build/qt6.configure.log; return 1; }
    grep -E 'highlighted by|plain text' build/qt6.configure.log
    cmake --build build/qt6 --parallel "$jobs" || return 1
    "${with_postgres[@]}" ctest --preset qt6 --parallel "$jobs"
}

leg_trixie() { packaging/test-fresh.sh trixie; }
leg_bookworm() { packaging/test-fresh.sh bookworm; }

fresh=${PAPERSCOPE_FRESH_ROOTS:-1}
if [ -n "${PAPERSCOPE_LEGS:-}" ]; then
    read -r -a legs <<<"$PAPERSCOPE_LEGS"
elif [ "${PAPERSCOPE_FRESH_ROOT:-0}" = 1 ]; then
    legs=(qt6)
elif [ "$release" = trixie ] && [ "$fresh" = 1 ]; then
    legs=(asan trixie bookworm)
elif [ "$release" = trixie ]; then
    legs=(asan qt6)
elif [ "$fresh" = 1 ]; then
    legs=(asan qt5 trixie bookworm)
else
    legs=(asan qt5)
fi

mkdir -p build/logs
declare -A took result
status=0
all_start=$(date +%s)
for leg in "${legs[@]}"; do
    declare -F "leg_$leg" >/dev/null || { echo "test-all: unknown leg '$leg'" >&2; exit 2; }
    echo "== $leg: start $(date +%H:%M:%S)"
    start=$(date +%s)
    "leg_$leg" 2>&1 | tee "build/logs/$leg.log"
    rc=${PIPESTATUS[0]}
    took[$leg]=$(( $(date +%s) - start ))
    if [ "$rc" -eq 0 ]; then result[$leg]=passed; else result[$leg]="FAILED (exit $rc)"; status=1; fi
    echo "== $leg: ${result[$leg]} in $(( took[$leg] / 60 )) min $(( took[$leg] % 60 )) s"
done

echo
echo "== summary"
for leg in "${legs[@]}"; do
    printf '%-9s %-16s %3d min %2d s\n' "$leg" "${result[$leg]}" $(( took[$leg] / 60 )) $(( took[$leg] % 60 ))
    grep -E 'tests passed, [0-9]+ tests? failed out of|^with-test-postgres: PostgreSQL|^Total Test time|^smoke: passed|libKF6SyntaxHighlighting.* => |^Totals: ' \
        "build/logs/$leg.log" | sed 's/^/          /'
done
total=$(( $(date +%s) - all_start ))
if [ "$status" -eq 0 ]; then
    echo "test-all: ALL ${#legs[@]} LEGS PASSED in $(( total / 60 )) min $(( total % 60 )) s"
else
    echo "test-all: FAILED (see above) after $(( total / 60 )) min $(( total % 60 )) s"
fi
exit "$status"
}
