#!/usr/bin/env bash
# Whole-process benchmarks of the release binary against the performance
# targets of DESIGN.md §7. Prints a table of medians (ms) and peak memory,
# then each target with its figure, the hello-world floor beside it, and
# whether it is met.
#
#   scripts/bench.sh                     # everything (a few minutes)
#   RUNS=10 SIZES="1000 10000" scripts/bench.sh
#
# Knobs: RUNS (timed runs per figure, 20), WARMUP (3), ROUNDS (rounds of
# floor and built-in roadmap for their ratio, 5), SIZES (synthetic roadmap
# sizes, "1000 10000 100000"), SESSIONS (study sessions in the three years
# of history, 5000), USERS (learners for the mentor table, 1000).
#
# Each synthetic roadmap has half of its steps finished over three years
# of one learner's history: each finished step started, then finished (two
# status changes a finished step: 1,000 at 1,000 steps), and SESSIONS study
# sessions among them. The mentor table is the built-in roadmap with USERS
# learners of six months each (300 sessions, 30 steps finished: 60
# changes).
#
# Installs hyperfine and GNU time with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
ROUNDS=${ROUNDS:-5}
SIZES=${SIZES:-"1000 10000 100000"}
SESSIONS=${SESSIONS:-5000}
USERS=${USERS:-1000}
WORK=$PWD/target/bench
ROADMAP=$PWD/target/release/roadmap
FLOOR=$PWD/target/release/examples/floor
SYNTH=$PWD/target/release/examples/synth
case "$WORK" in *" "*)
    echo "error: the checkout's path must not contain spaces ($WORK)" >&2
    exit 1
    ;;
esac
# Every run sees the same moment, the end of the synthetic histories.
export ROADMAP_NOW=2026-12-01T10:00:00Z

install() {
    echo "installing $1 with apt-get" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "$1" >/dev/null
}
command -v hyperfine >/dev/null || install hyperfine
[ -x /usr/bin/time ] || install time

cargo build --release --quiet --bin roadmap --example synth --example floor
rm -rf "$WORK"
mkdir -p "$WORK/csv"

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

# median_of NUMBERS…
median_of() {
    printf '%s\n' "$@" | sort -g |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
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

# verdict LABEL FIGURE LIMIT UNIT: one target, met when FIGURE < LIMIT.
verdict() {
    local met
    met=$(awk -v f="$2" -v l="$3" 'BEGIN { print (f < l) ? "met" : "MISSED" }')
    printf '%-58s %10s %-3s (target < %s %s)  %s\n' "$1" "$2" "$4" "$3" "$4" "$met"
}

echo "Machine: $(nproc) cores, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "Medians of $RUNS runs after $WARMUP warm-up runs, in ms; peak memory in MB."
echo

# The floor and the built-in roadmap, in rounds that measure both, so
# that a noisy moment slows both sides of the ratio.
floors="" nexts="" statuses="" ratios=""
mkdir -p "$WORK/builtin"
for _ in $(seq "$ROUNDS"); do
    f=$(median_ms floor "$FLOOR")
    n=$(median_ms builtin-next "$ROADMAP --data-dir $WORK/builtin next")
    s=$(median_ms builtin-status "$ROADMAP --data-dir $WORK/builtin status")
    floors="$floors $f" nexts="$nexts $n" statuses="$statuses $s"
    ratios="$ratios $(awk -v a="$n" -v b="$s" -v f="$f" 'BEGIN { printf "%.3f", (a > b ? a : b) / f }')"
done
# shellcheck disable=SC2086
floor=$(median_of $floors) builtin_next=$(median_of $nexts) builtin_status=$(median_of $statuses) builtin_ratio=$(median_of $ratios)

echo "| roadmap | next | status | done | peak MB |"
echo "|---|---:|---:|---:|---:|"
echo "| hello-world floor | $floor | | | |"
echo "| built-in | $builtin_next | $builtin_status | | |"

declare -A NEXT STATUS DONE PEAK
for steps in $SIZES; do
    dir="$WORK/s$steps"
    "$SYNTH" --steps "$steps" --stages 20 --done 0.5 --profile realistic \
        --days 1095 --sessions "$SESSIONS" --out "$dir" 2>/dev/null
    cmd="$ROADMAP --roadmap $dir/roadmap.json --data-dir $dir/data --user learner"
    store="$dir/data/users/learner.json"
    cp "$store" "$dir/pristine.json"
    step=$($cmd --json next -n 1 | grep -m 1 -o '"id": "[^"]*"' | cut -d '"' -f 4)
    NEXT[$steps]=$(median_ms "next-$steps" "$cmd next")
    STATUS[$steps]=$(median_ms "status-$steps" "$cmd status")
    # A fresh copy of the store before every run, so every run writes.
    DONE[$steps]=$(median_ms "done-$steps" "$cmd done $step" --prepare "cp $dir/pristine.json $store")
    cp "$dir/pristine.json" "$store"
    # shellcheck disable=SC2086
    PEAK[$steps]=$(printf '%s\n' "$(peak_mb $cmd status)" "$(peak_mb $cmd done "$step")" | sort -g | tail -n 1)
    cp "$dir/pristine.json" "$store"
    printf '| %s steps, %s KB of progress | %s | %s | %s | %s |\n' "$steps" \
        "$(($(stat -c %s "$dir/pristine.json") / 1024))" \
        "${NEXT[$steps]}" "${STATUS[$steps]}" "${DONE[$steps]}" "${PEAK[$steps]}"
done

# The mentor table over USERS learners on the built-in roadmap.
dir="$WORK/cohort"
"$SYNTH" --builtin --users "$USERS" --done 0.68 --days 182 --sessions 300 --out "$dir" 2>/dev/null
all_users=$(RUNS=$((RUNS < 5 ? RUNS : 5)) median_ms all-users "$ROADMAP --data-dir $dir/data status --all-users")
echo "| built-in, status --all-users, $USERS learners | | $all_users | | |"
echo

echo "Targets (floor: a hello-world binary, $floor ms):"
verdict "built-in next/status, times the floor" "$builtin_ratio" 2.5 "x"
has() { [[ " $SIZES " == *" $1 "* ]]; }
if has 1000; then
    verdict "1,000 steps, 3-year history: next" "${NEXT[1000]}" 10 ms
    verdict "1,000 steps, 3-year history: status" "${STATUS[1000]}" 10 ms
    verdict "1,000 steps, 3-year history: done (lock and fsync)" "${DONE[1000]}" 20 ms
fi
# At 10,000 and 100,000 steps the targets are next's and status's; done
# (which also writes the whole store and waits for the disk) gets twice
# as long, as it does at 1,000 steps (10 ms and 20 ms).
for pair in "10000 10,000 60" "100000 100,000 600"; do
    read -r steps shown limit <<<"$pair"
    has "$steps" || continue
    verdict "$shown steps: next" "${NEXT[$steps]}" "$limit" ms
    verdict "$shown steps: status" "${STATUS[$steps]}" "$limit" ms
    verdict "$shown steps: done (lock and fsync)" "${DONE[$steps]}" $((limit * 2)) ms
done
if has 100000; then
    verdict "100,000 steps: peak memory" "${PEAK[100000]}" 250 MB
fi
verdict "status --all-users, $USERS learners of six months" "$all_users" 1000 ms
# Linear growth: ten times the steps (and history) costs at most twelve
# times as much; the start-up floor is taken off first.
for pair in "1000 10000" "10000 100000"; do
    read -r small large <<<"$pair"
    if has "$small" && has "$large"; then
        for what in NEXT STATUS DONE; do
            declare -n figures=$what
            growth=$(awk -v a="${figures[$large]}" -v b="${figures[$small]}" -v f="$floor" \
                'BEGIN { d = b - f; if (d < 0.1) d = 0.1; printf "%.1f", (a - f) / d }')
            verdict "growth of ${what,,} from $small to $large steps" "$growth" 12 "x"
        done
    fi
done
