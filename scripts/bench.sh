#!/usr/bin/env bash
# Whole-process benchmarks of the release binary against the targets of
# DESIGN.md §7. Prints a table of medians (milliseconds) and peak memory.
#
#   scripts/bench.sh                  # everything (a few minutes)
#   RUNS=10 SIZES="1000 10000" scripts/bench.sh
#
# Installs hyperfine and GNU time with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
SIZES=${SIZES:-"1000 10000 100000"}
WORK=target/bench
ROADMAP=target/release/roadmap
FLOOR=target/release/examples/floor

install() {
    echo "installing $1 with apt-get" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq "$1" >/dev/null
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq "$1" >/dev/null
    fi
}
command -v hyperfine >/dev/null || install hyperfine
[ -x /usr/bin/time ] || install time

cargo build --release --quiet --bin roadmap --example synth --example floor
rm -rf "$WORK"
mkdir -p "$WORK"

# median_ms NAME COMMAND [hyperfine options…]: the median wall time in ms.
median_ms() {
    local name=$1 command=$2
    shift 2
    hyperfine --style none --shell=none --warmup "$WARMUP" --runs "$RUNS" \
        --export-csv "$WORK/$name.csv" "$@" "$command" >/dev/null 2>&1
    # CSV columns: command,mean,stddev,median,user,system,min,max (seconds).
    awk -F, 'NR == 2 { printf "%.1f", $4 * 1000 }' "$WORK/$name.csv"
}

# peak_mb COMMAND…: the largest peak resident set of three runs, in MB.
peak_mb() {
    local peak=0 kb
    for _ in 1 2 3; do
        kb=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    awk -v kb="$peak" 'BEGIN { printf "%.1f", kb / 1024 }'
}

# The first step `next` offers: an available step, so `done` does real work.
first_available() {
    "$@" --json next -n 1 | grep -m 1 -o '"id": "[^"]*"' | cut -d '"' -f 4
}

# bench_roadmap KEY LABEL DIR [--roadmap FILE]: next, status and done on the
# progress in DIR/data. `done` marks an available step on a fresh copy of
# the store before every run, so every run really changes and writes it.
bench_roadmap() {
    local key=$1 label=$2 dir=$3
    shift 3
    local cmd="$ROADMAP --data-dir $dir/data --user learner $*"
    local store="$dir/data/users/learner.json"
    cp "$store" "$dir/pristine.json"
    local step
    step=$(first_available $cmd)
    local next status done peak=""
    next=$(median_ms "$key-next" "$cmd next")
    status=$(median_ms "$key-status" "$cmd status")
    done=$(median_ms "$key-done" "$cmd done $step" \
        --prepare "cp $dir/pristine.json $store")
    cp "$dir/pristine.json" "$store"
    if [ "${MEASURE_PEAK:-}" = 1 ]; then
        local a b c
        a=$(peak_mb $cmd next)
        b=$(peak_mb $cmd status)
        cp "$dir/pristine.json" "$store"
        c=$(peak_mb $cmd done "$step")
        cp "$dir/pristine.json" "$store"
        peak=$(printf '%s\n' "$a" "$b" "$c" | sort -g | tail -n 1)
    fi
    printf '| %s | %s | %s | %s | %s |\n' "$label" "$next" "$status" "$done" "$peak"
    echo "$key $next $status $done" >>"$WORK/results.txt"
}

echo "Machine: $(nproc) cores, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory"
echo "Medians of $RUNS runs (after $WARMUP warm-up runs), in ms; peak memory in MB."
echo
floor=$(median_ms floor "$FLOOR")
echo "| roadmap | next (ms) | status (ms) | done (ms) | peak memory (MB) |"
echo "|---|---:|---:|---:|---:|"
printf '| trivial binary (floor) | %s | | | |\n' "$floor"

# The built-in roadmap with a few steps done.
mkdir -p "$WORK/builtin/data"
$ROADMAP --data-dir "$WORK/builtin/data" --user learner done 1.1 1.2 >/dev/null
MEASURE_PEAK=1 bench_roadmap builtin "built-in ($($ROADMAP --data-dir "$WORK/builtin/data" --json status | grep -o '"total": [0-9]*' | tail -n 1 | cut -d ' ' -f 2) steps)" "$WORK/builtin"

for steps in $SIZES; do
    target/release/examples/synth --steps "$steps" --stages 20 --done 0.5 --seed 1 \
        --out "$WORK/$steps" 2>/dev/null
    MEASURE_PEAK=$([ "$steps" -ge 100000 ] && echo 1 || echo 0) \
        bench_roadmap "$steps" "$(echo "$steps" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') steps, half done" "$WORK/$steps" \
        --roadmap "$WORK/$steps/roadmap.json"
done

echo
awk -v floor="$floor" '
    $1 == "builtin" { printf "built-in next/status: %.2fx / %.2fx the trivial binary (target: at most 2x)\n", $2 / floor, $3 / floor }
    $1 == "10000" { n10 = $2; s10 = $3; d10 = $4 }
    $1 == "100000" { n100 = $2; s100 = $3; d100 = $4 }
    END {
        if (n10 && n100)
            printf "growth from 10,000 to 100,000 steps: next %.1fx, status %.1fx, done %.1fx (target: at most ~12x)\n", n100 / n10, s100 / s10, d100 / d10
    }' "$WORK/results.txt"
