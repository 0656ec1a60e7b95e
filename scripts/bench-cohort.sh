#!/usr/bin/env bash
# A cohort remote at scale: USERS learners (1,000) on one bare repository,
# a mentor's data folder that syncs with it, and one learner's machine.
# Times, with the release binary (medians, ms):
#
#   - the mentor's first `sync init` (brings in every learner's file);
#   - the mentor's `sync` with nothing new on the remote;
#   - the mentor's `sync` after one learner recorded a change and synced
#     (the change is made and pushed before each timed run, untimed);
#   - the learner's `sync` of that one change (on the 1,000-file remote);
#   - `status --all-users` in the mentor's folder (1,000 learners).
#
#   scripts/bench-cohort.sh
#   USERS=300 RUNS=5 scripts/bench-cohort.sh
#
# Knobs: USERS (1000), RUNS (timed runs per figure, 10), WARMUP (2).
# Each learner has six months of history on the built-in roadmap (300
# study sessions, about a third of the steps finished), from synth.rs.
# Installs hyperfine with apt-get when it is missing. Everything happens
# under target/bench-cohort (or $CARGO_TARGET_DIR/bench-cohort); the remote
# is a local bare repository, so no network is used.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-1000}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
WORK=$TARGET/bench-cohort
ROADMAP=$TARGET/release/roadmap
SYNTH=$TARGET/release/examples/synth
case "$WORK" in *" "*)
    echo "error: the target folder's path must not contain spaces ($WORK)" >&2
    exit 1
    ;;
esac
export ROADMAP_NOW=2026-12-01T10:00:00Z

if ! command -v hyperfine >/dev/null; then
    echo "installing hyperfine with apt-get" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq && $sudo apt-get install -y -qq hyperfine >/dev/null
fi

cargo build --release --quiet --bin roadmap --example synth
rm -rf "$WORK"
mkdir -p "$WORK/home" "$WORK/csv"
# Git as on a fresh machine (after the build, which needs the real HOME):
# no global settings, nothing asked.
export GIT_CONFIG_NOSYSTEM=1 HOME=$WORK/home GIT_TERMINAL_PROMPT=0

median_ms() {
    local name=$1
    shift
    local csv="$WORK/csv/$name.csv"
    if ! hyperfine --style none --warmup "$WARMUP" --runs "$RUNS" \
        --export-csv "$csv" "$@" >"$WORK/hyperfine.log" 2>&1; then
        echo "error: hyperfine failed on $name" >&2
        cat "$WORK/hyperfine.log" >&2
        exit 1
    fi
    awk -F, 'NR == 2 { printf "%.0f", $4 * 1000 }' "$csv"
}

# The cohort: USERS learners' files, pushed to the remote in one commit.
"$SYNTH" --builtin --users "$USERS" --done 0.35 --days 180 --sessions 300 \
    --seed 7 --out "$WORK/cohort" 2>/dev/null
git init -q --bare "$WORK/remote.git"
git -C "$WORK/remote.git" symbolic-ref HEAD refs/heads/main
(
    cd "$WORK/cohort/data"
    git init -q
    git symbolic-ref HEAD refs/heads/main
    git add users/*.json
    git -c user.name=bench -c user.email=bench@example.org commit -q -m cohort
    git push -q "$WORK/remote.git" HEAD:refs/heads/main
)
bytes=$(du -sk "$WORK/cohort/data/users" | cut -f1)

mentor="$ROADMAP --data-dir $WORK/mentor --user mentor"
learner="$ROADMAP --data-dir $WORK/learner --user learner-0001"
# The learner's machine: its own copy of its file, then sync init.
mkdir -p "$WORK/learner/users"
cp "$WORK/cohort/data/users/learner-0001.json" "$WORK/learner/users/"
$learner sync init "$WORK/remote.git" >/dev/null

start=$(date +%s%N)
$mentor sync init "$WORK/remote.git" >/dev/null
init_ms=$(( ($(date +%s%N) - start) / 1000000 ))

idle=$(median_ms idle "$mentor sync")
# One change by the learner, pushed before each timed run of the mentor.
change="$learner note 1.1 'bench' && $learner sync"
after_one=$(median_ms after-one --prepare "$change" "$mentor sync")
learner_sync=$(median_ms learner --prepare "$learner note 1.1 'bench'" "$learner sync")
table=$(median_ms table "$mentor status --all-users")
# The table really lists everyone.
listed=$($mentor --json status --all-users | grep -c '"user"' || true)

echo "Machine: $(nproc) cores, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "Cohort: $USERS learners ($((bytes / 1024)) MB of user files), the built-in roadmap; $listed rows in the table."
echo "Medians of $RUNS runs after $WARMUP warm-up runs, in ms (the first sync init: one run)."
echo
echo "| cohort remote of $USERS learners | ms |"
echo "|---|---:|"
echo "| mentor: first \`sync init\` (takes every file) | $init_ms |"
echo "| mentor: \`sync\`, nothing new | $idle |"
echo "| mentor: \`sync\` after one learner's change | $after_one |"
echo "| learner: \`sync\` of one change | $learner_sync |"
echo "| mentor: \`status --all-users\` | $table |"
