#!/usr/bin/env bash
# Paperscope's benchmark (issue 6), on demand: never part of the tests.
# Builds the paperscope_bench target in a build of its own, generates the
# profile files once (seeded, reused afterwards), and prints the table
# that README.md's "Performance" section shows.
#
#   tests/bench/run-bench.sh                  10k, 100k and 1M papers (about 12 min on 2 cores)
#   tests/bench/run-bench.sh --max 100000     10k and 100k only
#   tests/bench/run-bench.sh --help           every option of paperscope_bench
#
# The shared-library figures (issue 19) come beside the SQLite ones: the
# run goes through packaging/with-test-postgres.sh (a throw-away server on
# this machine, fsync off) unless PAPERSCOPE_TEST_POSTGRES already names a
# server; `--postgres none` leaves them out, as does a machine without
# PostgreSQL's server package.
#
# BUILD_DIR (default build/bench), BENCH_BUILD_TYPE (default Release),
# QT_MAJOR_VERSION (default 6) and BENCH_DATA (default /tmp/paperscope-bench,
# about 9 GB at 1M: the profiles and two stores) override the defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${BUILD_DIR:-build/bench}
data=${BENCH_DATA:-/tmp/paperscope-bench}
mkdir -p "$build" "$data"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BENCH_BUILD_TYPE:-Release}" \
    -DQT_MAJOR_VERSION="${QT_MAJOR_VERSION:-6}" >"$build/bench-configure.log" 2>&1 \
    || { cat "$build/bench-configure.log"; exit 1; }
cmake --build "$build" --target paperscope_bench

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
ram=$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)
echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}, $ram RAM; $(uname -sr)"
server=()
if [ -z "${PAPERSCOPE_TEST_POSTGRES:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    server=(packaging/with-test-postgres.sh)
fi
exec "${server[@]}" env QT_QPA_PLATFORM=offscreen "$build/tests/bench/paperscope_bench" --data "$data" "$@"
