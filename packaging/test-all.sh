#!/usr/bin/env bash
# Builds and tests both build variants (Qt 6, then Qt 5 + KF5
# SyntaxHighlighting) and ends with ctest's summary. Used by the README's
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

mkdir -p build
status=0
run_variant qt5 -DQT_MAJOR_VERSION=5 || status=1
run_variant qt6 -DQT_MAJOR_VERSION=6 || status=1
exit $status
