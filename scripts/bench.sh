#!/usr/bin/env bash
# Whole-process benchmarks of the release binary against the targets of
# issue #14 (and the linear growth of DESIGN.md §7). Prints a table of
# medians (milliseconds) and peak memory, then each target with its figure
# and whether it is met.
#
#   scripts/bench.sh                        # everything (several minutes)
#   RUNS=10 SIZES="1000 10000" scripts/bench.sh
#   BASELINE=/path/to/older/roadmap scripts/bench.sh   # the same table for
#                                           # an older binary, row by row
#
# Knobs: RUNS (timed runs, 20), ROUNDS (rounds of next and status, and of
# the floor and the built-in roadmap for their ratio, 5), WARMUP (warm-up runs, 3), SIZES (steps,
# "1000 10000 100000"), PROFILES (synthetic profiles, "lean realistic"),
# BASELINE (an older roadmap binary to measure beside this one).
#
# Every case gets its own compiled-roadmap cache, ROADMAP_CACHE_DIR=
# target/bench/<case>/cache-<binary>, warmed by one run before timing; the
# cache miss is `next` with the cache removed before every run (a binary
# without a cache ignores the variable, so its miss is its plain `next`).
# The targets are judged on medians, except "the miss no slower than the
# baseline": two identical binaries' medians differ by up to 7% here from
# run to run, their fastest runs by under 3%, so that one compares fastest
# runs (within 5%).
#
# Installs hyperfine and GNU time with apt-get when they are missing.
set -euo pipefail
if [ -n "${BASELINE:-}" ]; then
    BASELINE=$(realpath -- "$BASELINE")
    [ -x "$BASELINE" ] || { echo "error: BASELINE=$BASELINE is not an executable" >&2; exit 1; }
fi
cd "$(dirname "$0")/.."

RUNS=${RUNS:-20}
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-3}
SIZES=${SIZES:-"1000 10000 100000"}
PROFILES=${PROFILES:-"lean realistic"}
# Absolute paths: hyperfine runs the commands without a shell, split at spaces.
WORK=$PWD/target/bench
ROADMAP=$PWD/target/release/roadmap
FLOOR=$PWD/target/release/examples/floor
case "$WORK" in *" "*)
    echo "error: the checkout's path must not contain spaces ($WORK)" >&2
    exit 1
    ;;
esac

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
mkdir -p "$WORK/csv"

# The binaries to measure, as tag=path.
BINARIES=("this=$ROADMAP")
if [ -n "${BASELINE:-}" ]; then
    BINARIES+=("baseline=$BASELINE")
fi
# Runs outside the measured cases (setting up, finding a step) keep their
# cache here too, never in the user's cache folder.
export ROADMAP_CACHE_DIR="$WORK/cache-setup"

# median_ms NAME COMMAND [hyperfine options…]: the median wall time in ms.
median_ms() {
    local name=$1 command=$2
    shift 2
    local csv="$WORK/csv/$name.csv"
    if ! hyperfine --style none --shell=none --warmup "$WARMUP" --runs "$RUNS" \
        --export-csv "$csv" "$@" "$command" >"$WORK/hyperfine.log" 2>&1; then
        echo "error: hyperfine failed on: $command" >&2
        cat "$WORK/hyperfine.log" >&2
        exit 1
    fi
    # CSV columns: command,mean,stddev,median,user,system,min,max (seconds).
    awk -F, 'NR == 2 { printf "%.1f", $4 * 1000 }' "$csv"
}

# fastest_ms NAME: the fastest run of the last median_ms NAME, in ms. Noise
# on a shared machine only adds time, so fastest runs compare two binaries
# more steadily than medians do.
fastest_ms() {
    awk -F, 'NR == 2 { printf "%.1f", $7 * 1000 }' "$WORK/csv/$1.csv"
}

# ratio_rounds COMMAND: the ratio of COMMAND's median to the floor's, in
# ROUNDS rounds that measure the floor and then COMMAND (RUNS runs each);
# prints the median ratio, and the ratio of the fastest runs over all
# rounds. A noisy moment on a shared machine then slows both sides of a
# ratio, not one of them: a single floor measured at a noisy moment made
# the built-in roadmap look as fast as a hello-world program.
ratio_rounds() {
    local command=$1 round ratios="" fastest_floor="" fastest=""
    for round in $(seq "$ROUNDS"); do
        local floor_ms ms
        floor_ms=$(median_ms "ratio-floor" "$FLOOR")
        fastest_floor=$(printf '%s\n' $fastest_floor "$(fastest_ms ratio-floor)" | sort -g | head -n 1)
        ms=$(median_ms "ratio-command" "$command")
        fastest=$(printf '%s\n' $fastest "$(fastest_ms ratio-command)" | sort -g | head -n 1)
        ratios="$ratios $(awk -v a="$ms" -v b="$floor_ms" 'BEGIN { printf "%.4f", a / b }')"
    done
    local median
    # shellcheck disable=SC2086
    median=$(median_of $ratios)
    awk -v m="$median" -v a="$fastest" -v b="$fastest_floor" 'BEGIN { printf "%.4f %.4f\n", m, a / b }'
}

# median_of LIST…: the median of numbers.
median_of() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# alternating NAME COMMAND_A COMMAND_B: COMMAND_A's and COMMAND_B's
# medians in ms, each the median of ROUNDS rounds of RUNS runs that
# alternate A and B, then their fastest runs: "a b a_fastest b_fastest".
# A noisy moment on a shared machine slows a round or two, which the
# median of the rounds leaves out (one batch each made `status` at 10,000
# steps read 8 ms in one run and 5.9 in the next).
alternating() {
    local name=$1 a=$2 b=$3 round as="" bs="" af="" bf=""
    for round in $(seq "$ROUNDS"); do
        as="$as $(median_ms "$name-a" "$a")"
        af="$af $(fastest_ms "$name-a")"
        bs="$bs $(median_ms "$name-b" "$b")"
        bf="$bf $(fastest_ms "$name-b")"
    done
    # shellcheck disable=SC2086
    echo "$(median_of $as) $(median_of $bs) $(printf '%s\n' $af | sort -g | head -n 1) $(printf '%s\n' $bf | sort -g | head -n 1)"
}

# peak_kb COMMAND…: the largest peak resident set of three runs, in kB.
peak_kb() {
    local peak=0 kb
    for _ in 1 2 3; do
        kb=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    echo "$peak"
}

# The first step `next` offers: an available step, so `done` does real work.
first_available() {
    "$@" --json next -n 1 | grep -m 1 -o '"id": "[^"]*"' | cut -d '"' -f 4
}

# 1234567 -> 1,234,567
thousands() {
    echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'
}

# row CELLS…: a table row; the binary's column only when there is a baseline.
row() {
    local label=$1 binary=$2
    shift 2
    if [ -n "${BASELINE:-}" ]; then
        printf '| %s | %s |' "$label" "$binary"
    else
        printf '| %s |' "$label"
    fi
    printf ' %s |' "$@"
    echo
}

# bench_case KEY LABEL DIR MISS [--roadmap FILE]: next, status, done, the
# cache miss (when MISS is 1) and the peak memory of each binary on the
# progress in DIR/data. `done` marks an available step on a fresh copy of
# the store before every run, so every run really changes and writes it.
bench_case() {
    local key=$1 label=$2 dir=$3 miss_too=$4
    shift 4
    local store="$dir/data/users/learner.json"
    cp "$store" "$dir/pristine.json"
    local step
    step=$(first_available "$ROADMAP" --data-dir "$dir/data" --user learner "$@")
    local entry tag bin cmd next status next_fastest status_fastest done_ms miss miss_fastest a b c peak
    for entry in "${BINARIES[@]}"; do
        tag=${entry%%=*}
        bin=${entry#*=}
        cmd="$bin --data-dir $dir/data --user learner $*"
        export ROADMAP_CACHE_DIR="$dir/cache-$tag"
        $cmd next >/dev/null
        if [ "$tag" = this ] && [ "$miss_too" = 1 ] && [ ! -d "$ROADMAP_CACHE_DIR/roadmaps" ]; then
            echo "error: the warm-up run wrote no cache entry in $ROADMAP_CACHE_DIR" >&2
            exit 1
        fi
        read -r next status next_fastest status_fastest \
            < <(alternating "$key-$tag" "$cmd next" "$cmd status")
        done_ms=$(median_ms "$key-$tag-done" "$cmd done $step" \
            --prepare "cp $dir/pristine.json $store")
        cp "$dir/pristine.json" "$store"
        miss=-
        miss_fastest=-
        if [ "$miss_too" = 1 ]; then
            miss=$(median_ms "$key-$tag-miss" "$cmd next" \
                --prepare "rm -rf $ROADMAP_CACHE_DIR")
            miss_fastest=$(fastest_ms "$key-$tag-miss")
        fi
        $cmd next >/dev/null
        a=$(peak_kb $cmd next)
        b=$(peak_kb $cmd status)
        c=$(peak_kb $cmd done "$step")
        cp "$dir/pristine.json" "$store"
        peak=$(printf '%s\n' "$a" "$b" "$c" | sort -g | tail -n 1)
        peak=$(awk -v kb="$peak" 'BEGIN { printf "%.1f", kb / 1024 }')
        row "$label" "$tag" "$next" "$status" "$done_ms" "$miss" "$peak"
        echo "$key $tag $next $status $done_ms $miss $peak $next_fastest" \
            "$status_fastest $miss_fastest" >>"$WORK/results.txt"
    done
    export ROADMAP_CACHE_DIR="$WORK/cache-setup"
}

echo "Machine: $(nproc) cores, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory"
echo "Binaries: this = $ROADMAP${BASELINE:+, baseline = $BASELINE}"
echo "Medians of $RUNS runs (after $WARMUP warm-up runs), in ms, with a warm"
echo "compiled-roadmap cache; next and status: the median of $ROUNDS such medians,"
echo "in rounds that alternate them; miss: the first next after the roadmap"
echo "changed (its cache removed before each run); peak memory: the largest"
echo "resident set of three runs each of next, status and done, in MB."
echo
header="| roadmap |"
rule="|---|"
if [ -n "${BASELINE:-}" ]; then
    header="$header binary |"
    rule="$rule---|"
fi
echo "$header next (ms) | status (ms) | done (ms) | miss (ms) | peak memory (MB) |"
echo "$rule---:|---:|---:|---:|---:|"
floor=$(median_ms floor "$FLOOR")
row "trivial binary (floor)" "" "$floor" "" "" "" ""

# The built-in roadmap with a few steps done. It has no file to change, so
# no cache miss.
mkdir -p "$WORK/builtin/data"
$ROADMAP --data-dir "$WORK/builtin/data" --user learner done 1.1 1.2 >/dev/null
total=$($ROADMAP --data-dir "$WORK/builtin/data" --json status | grep -o '"total": [0-9]*' | tail -n 1 | cut -d ' ' -f 2)
bench_case builtin "built-in ($total steps)" "$WORK/builtin" 0
builtin_cmd="$ROADMAP --data-dir $WORK/builtin/data --user learner"
read -r next_ratio next_ratio_fastest < <(ratio_rounds "$builtin_cmd next")
read -r status_ratio status_ratio_fastest < <(ratio_rounds "$builtin_cmd status")

for profile in $PROFILES; do
    for steps in $SIZES; do
        dir="$WORK/$profile-$steps"
        target/release/examples/synth --profile "$profile" --steps "$steps" --stages 20 \
            --done 0.5 --seed 1 --out "$dir" 2>/dev/null
        # A roadmap file changed less than 2 s ago is not cached yet (file
        # times tick coarsely): let it settle before warming its cache.
        sleep 2.1
        per_step=$(($(stat -c %s "$dir/roadmap.json") / steps))
        bench_case "$profile-$steps" "$profile, $(thousands "$steps") steps ($per_step B a step), half done" \
            "$dir" 1 --roadmap "$dir/roadmap.json"
    done
done

echo
awk -v baseline="${BASELINE:-}" -v rounds="$ROUNDS" \
    -v next_ratio="$next_ratio" -v status_ratio="$status_ratio" \
    -v next_ratio_fastest="$next_ratio_fastest" -v status_ratio_fastest="$status_ratio_fastest" '
    !($1 in seen) { seen[$1] = 1; keys[++count] = $1 }
    {
        n[$1, $2] = $3; s[$1, $2] = $4; d[$1, $2] = $5; m[$1, $2] = $6; p[$1, $2] = $7
        nf[$1, $2] = $8; sf[$1, $2] = $9; mf[$1, $2] = $10
    }
    function verdict(ok) { return ok ? "met" : "MISSED" }
    # under KEY LABEL LIMIT UNIT A [B]: one line for a target "under LIMIT".
    # (Test `key in seen`: reading n[key, …] would create the entry.)
    function under(key, label, limit, unit, a, b,    line) {
        if (!(key in seen)) {
            printf "- %s: not measured (add it to SIZES and PROFILES)\n", label
            return
        }
        line = sprintf("- %s under %s %s: %s", label, limit, unit, a)
        if (b != "") line = line " / " b
        printf "%s %s: %s\n", line, unit, verdict(a < limit && (b == "" || b < limit))
    }
    END {
        print "Targets (issue #14), for this binary:"
        if ("builtin" in seen)
            printf "- built-in next / status at most 1.5x the floor (median of %d rounds, each the floor then the command): %.2fx / %.2fx (fastest runs: %.2fx / %.2fx): %s\n",
                rounds, next_ratio, status_ratio, next_ratio_fastest, status_ratio_fastest,
                verdict(next_ratio <= 1.5 + 1e-9 && status_ratio <= 1.5 + 1e-9)
        under("realistic-10000", "10,000 realistic steps: next / status", 6, "ms",
            n["realistic-10000", "this"], s["realistic-10000", "this"])
        under("realistic-10000", "10,000 realistic steps: done", 15, "ms", d["realistic-10000", "this"], "")
        under("realistic-100000", "100,000 realistic steps: next / status", 40, "ms",
            n["realistic-100000", "this"], s["realistic-100000", "this"])
        under("realistic-100000", "100,000 realistic steps: done", 120, "ms", d["realistic-100000", "this"], "")
        under("realistic-100000", "100,000 realistic steps: peak memory", 60, "MB", p["realistic-100000", "this"], "")
        if (baseline == "") {
            print "- the cache miss no slower than today: not compared (set BASELINE=/path/to/older/roadmap)"
        } else {
            # Medians of two identical binaries differ by up to 7% here
            # from run to run; their fastest runs by under 3%.
            for (i = 1; i <= count; i++) if ((key = keys[i]) != "builtin")
                printf "- %s: the cache miss no slower than the baseline'"'"'s (fastest runs, within 5%%): %s vs %s ms (%.2fx; medians %s vs %s ms): %s\n",
                    key, mf[key, "this"], mf[key, "baseline"], mf[key, "this"] / mf[key, "baseline"],
                    m[key, "this"], m[key, "baseline"], verdict(mf[key, "this"] <= 1.05 * mf[key, "baseline"])
        }
        for (i = 1; i <= count; i++) {
            if ((key = keys[i]) !~ /-10000$/) continue
            big = key; sub(/-10000$/, "-100000", big)
            if (big in seen)
                printf "- %s to %s, growth at most about 12x (DESIGN.md §7): next %.1fx, status %.1fx, done %.1fx: %s\n",
                    key, big, n[big, "this"] / n[key, "this"], s[big, "this"] / s[key, "this"],
                    d[big, "this"] / d[key, "this"],
                    verdict(n[big, "this"] <= 12 * n[key, "this"] && s[big, "this"] <= 12 * s[key, "this"] && d[big, "this"] <= 12 * d[key, "this"])
        }
    }' "$WORK/results.txt"
