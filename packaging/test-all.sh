#!/usr/bin/env bash
# Builds and tests a sanitizer build (with fuzz runs), then both build
# variants (Qt 5 + KF5 SyntaxHighlighting, then Qt 6) and ends with ctest's
# summary of the Qt 6 run. Used by the README's
# test command and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen

run_variant() {
    local name=$1; shift
    local dir="build/$name"
    echo "== $name: configure"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 \
        || { cat "$dir.configure.log"; return 1; }
    echo "== $name: build"
    cmake --build "$dir" --parallel "$jobs" || return 1
    echo "== $name: test"
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" || return 1
}

# Sanitizers and fuzzing (issue 8): clang with AddressSanitizer and
# UndefinedBehaviorSanitizer runs the whole suite (the .deb test aside: it
# installs the binary), plus a bounded libFuzzer run of each fuzz target
# (label "fuzz", PAPERSCOPE_FUZZ_SECONDS each). First, so that the script
# still ends with the summary of the plain Qt 6 run.
run_sanitized() {
    local dir="build/asan"
    echo "== asan: configure"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQT_MAJOR_VERSION=6 \
        -DCMAKE_CXX_COMPILER=clang++ -DPAPERSCOPE_SANITIZE=ON -DPAPERSCOPE_FUZZ=ON >"$dir.configure.log" 2>&1 \
        || { cat "$dir.configure.log"; return 1; }
    echo "== asan: build"
    cmake --build "$dir" --parallel "$jobs" || return 1
    echo "== asan: test (AddressSanitizer, UndefinedBehaviorSanitizer, bounded fuzz runs)"
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" -E '^packaging_deb$' || return 1
}

mkdir -p build
status=0
run_sanitized || status=1
run_variant qt5 -DQT_MAJOR_VERSION=5 || status=1
run_variant qt6 -DQT_MAJOR_VERSION=6 || status=1
exit $status
