#!/usr/bin/env bash
# KBibTeX beside Paperscope on the same 100,000-entry .bib (issue 17, Speed),
# on demand: never part of the tests. Each program runs in its own Xvfb
# (xvfb-run) and is timed from its start until its CPU goes idle (less than
# a fifth of a core for IDLE_SECONDS), with its peak RSS (VmHWM) sampled from /proc:
#   KBibTeX opening the file (Debian's kbibtex; skipped with a line saying
#     so when it is not installed; as root it needs QTWEBENGINE_DISABLE_SANDBOX=1);
#   Paperscope's window importing the file into a new store (the first import);
#   Paperscope's window opening that store again (a later start), and the
#     benchmark's window probe on it: first rows painted and in-memory index in.
# A screenshot of each window once idle is kept in DATA (kbibtex.png, ...;
# kbibtex-end.png: its last rows and statistics, when xdotool is installed).
#
#   tests/bench/kbibtex-side-by-side.sh [ENTRIES=100000]
#
# BUILD_DIR (default build/bench: a Release build, as run-bench.sh makes it),
# DATA (default /tmp/paperscope-kbibtex) and IDLE_SECONDS (default 3) override
# the defaults. The .bib is paperscope_bibbench's generated file (25 MB at
# 100k: macros, accents, crossrefs).
set -euo pipefail
cd "$(dirname "$0")/../.."

entries=${1:-100000}
build=${BUILD_DIR:-build/bench}
data=${DATA:-/tmp/paperscope-kbibtex}
idle=${IDLE_SECONDS:-3}
mkdir -p "$data"
data=$(cd "$data" && pwd)

for tool in xvfb-run Xvfb; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: xvfb)"; exit 1; }
done
if [ ! -x "$build/app/paperscope" ] || [ ! -x "$build/tests/bench/paperscope_bibbench" ] \
    || [ ! -x "$build/tests/bench/paperscope_bench" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BENCH_BUILD_TYPE:-Release}" \
        -DQT_MAJOR_VERSION="${QT_MAJOR_VERSION:-6}" >"$build/bench-configure.log" 2>&1 \
        || { cat "$build/bench-configure.log"; exit 1; }
    cmake --build "$build" --target paperscope paperscope_bibbench paperscope_bench
fi

bib="$data/paperscope-bibbench.bib"
"$build/tests/bench/paperscope_bibbench" "$entries" "$data" --write-only
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# A program's own settings and caches, fresh for every run.
home="$data/home"

# timed NAME CMD...: runs CMD in a new Xvfb, prints "NAME: S s until idle, peak RSS M MB"
# and keeps a screenshot of the screen as DATA/NAME.png.
timed() {
    local name=$1
    shift
    rm -rf "$home" "$data/$name.pid" "$data/$name.display"
    mkdir -p "$home"
    # The wrapper notes the program's pid and display, then becomes the program.
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        XDG_RUNTIME_DIR="$home/runtime" QTWEBENGINE_DISABLE_SANDBOX=1 \
        xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
        'echo $$ > "$0.pid"; echo "$DISPLAY $XAUTHORITY" > "$0.display"; exec "$@"' "$data/$name" "$@" \
        >"$data/$name.log" 2>&1 &
    local runner=$!
    # Timed from the program's start (the wrapper's exec), not Xvfb's.
    local pid="" start
    for _ in $(seq 1000); do
        [ -s "$data/$name.pid" ] && pid=$(cat "$data/$name.pid") && break
        sleep 0.01
    done
    start=$(date +%s.%N)
    [ -n "$pid" ] || { echo "$name: did not start (see $data/$name.log)"; return; }
    local hz last_cpu=-1 busy_at=$start peak=0 now cpu_now hwm
    hz=$(getconf CLK_TCK)
    while kill -0 "$pid" 2>/dev/null; do
        now=$(date +%s.%N)
        cpu_now=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true)
        [ -n "$cpu_now" ] || break
        hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        [ "${hwm:-0}" -gt "$peak" ] && peak=$hwm
        # Busy: 2 ticks or more (20 ms of CPU) since the last look, a tenth of a second ago.
        if [ "$last_cpu" -lt 0 ] || [ $((cpu_now - last_cpu)) -ge 2 ]; then
            busy_at=$now
        fi
        last_cpu=$cpu_now
        if awk -v n="$now" -v b="$busy_at" -v i="$idle" 'BEGIN { exit !(n - b >= i) }'; then
            break
        fi
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        read -r display auth <"$data/$name.display" || true
        DISPLAY=$display XAUTHORITY=$auth import -window root "$data/$name.png" 2>/dev/null \
            || echo "$name: no screenshot (ImageMagick's import is missing)"
        # KBibTeX: its last rows and its statistics (how many entries it holds) in a second screenshot.
        if [ "$name" = kbibtex ] && command -v xdotool >/dev/null; then
            # (keys do not reach it without a window manager: the list's scroll bar is dragged down instead)
            DISPLAY=$display XAUTHORITY=$auth xdotool key Escape sleep 1 mousemove 1083 100 mousedown 1 sleep 0.3 \
                mousemove 1083 300 sleep 0.3 mousemove 1083 700 sleep 0.3 mouseup 1 sleep 3 \
                mousemove 117 313 sleep 0.3 mousedown 1 sleep 0.2 mouseup 1 sleep 3 2>/dev/null || true
            DISPLAY=$display XAUTHORITY=$auth import -window root "$data/$name-end.png" 2>/dev/null || true
        fi
        kill "$pid" 2>/dev/null || true
    fi
    wait "$runner" 2>/dev/null || true
    awk -v b="$busy_at" -v s="$start" -v c="$last_cpu" -v hz="$hz" -v p="$peak" -v n="$name" \
        'BEGIN { printf "%s: %.1f s until idle (%.1f s CPU), peak RSS %.0f MB\n", n, b - s, c / hz, p / 1024 }'
}

if command -v kbibtex >/dev/null; then
    timed kbibtex kbibtex "$bib"
else
    echo "kbibtex: not installed (Debian: apt-get install kbibtex); KBibTeX skipped"
fi
store="$data/paperscope.sqlite"
rm -f "$store" "$store-wal" "$store-shm"
timed paperscope-first-import "$build/app/paperscope" --db "$store" "$bib"
timed paperscope-second-start "$build/app/paperscope" --db "$store"
# The first rows painted and the in-memory index in, from the window probe
# (a later start of the same store; times from the process's start).
QT_QPA_PLATFORM=offscreen "$build/tests/bench/paperscope_bench" --probe-window "$store" --until-index 2>/dev/null \
    | awk -F'\t' '/^open.ms/ {o = $2} /^index.ms/ {i = $2} /^index.rss_kb/ {r = $2}
        END { printf "paperscope second start (window probe): first rows %.2f s, index in %.2f s, %.0f MB\n", o / 1000, i / 1000, r / 1024 }'
echo "screenshots: $data/*.png"
