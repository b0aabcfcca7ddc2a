#!/usr/bin/env bash
# The import's ratio to its plain-SQLite floor (issues 16 and 17), taken
# ROUNDS times instead of once: on a shared 2-core machine one pair of runs
# moves by a third from run to run (the floor alone took 3.0 to 5.5 s for
# the same .bib), so a single ratio says little. Each round runs the
# profile-file benchmark (paperscope_bench, 100k papers, import and floor)
# and then the .bib one (paperscope_bibbench, 100k entries, import and
# floor), each pair in the same run; prints every round's wall ratios and,
# at the end, the median and the range of each. On demand: never part of
# the tests.
#
#   tests/bench/import-ratio.sh [ROUNDS=5]
#
# BUILD_DIR (default build/bench: a Release build, as run-bench.sh makes it)
# and BENCH_DATA (default /tmp/paperscope-bench; the .bib goes in its bib/
# folder) override the defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-5}
build=${BUILD_DIR:-build/bench}
data=${BENCH_DATA:-/tmp/paperscope-bench}
mkdir -p "$build" "$data/bib"
if [ ! -x "$build/tests/bench/paperscope_bench" ] || [ ! -x "$build/tests/bench/paperscope_bibbench" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BENCH_BUILD_TYPE:-Release}" \
        -DQT_MAJOR_VERSION="${QT_MAJOR_VERSION:-6}" >"$build/bench-configure.log" 2>&1 \
        || { cat "$build/bench-configure.log"; exit 1; }
    cmake --build "$build" --target paperscope_bench paperscope_bibbench
fi

# The first ratio ("1.46x", "(1.70×)") in the first line that matches $1, from stdin.
ratio_of() { grep -E "$1" | head -1 | grep -oE '[0-9]+\.[0-9]+(×|x)' | head -1 | sed -E 's/(×|x)$//'; }
# "median MIN-MAX" of the numbers given.
summary() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %.2fx, range %.2fx-%.2fx over %d runs\n", m, v[1], v[NR], NR }'; }

echo "Machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
profiles=() bibs=()
for round in $(seq 1 "$rounds"); do
    p=$("$build/tests/bench/paperscope_bench" --data "$data" --sizes 100000 --import-only --postgres none 2>&1 \
        | ratio_of '^\| Import, files to store')
    b=$("$build/tests/bench/paperscope_bibbench" 100000 "$data/bib" --no-reader 2>&1 | ratio_of '^import / floor')
    echo "round $round: profile files ${p}x, .bib ${b}x (import / floor, wall)"
    profiles+=("$p")
    bibs+=("$b")
done
echo "profile files (100k papers): $(summary "${profiles[@]}")"
echo ".bib (100k entries): $(summary "${bibs[@]}")"
echo "Machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
