#!/usr/bin/env bash
# Builds the Windows binary on Linux and runs it under Wine: a smoke test of
# the main flow (next, done, status, undo, export, Japanese, two concurrent
# writers, a corrupt store refused), then, unless --smoke-only is given, the
# whole test suite with Wine as the test runner.
#
# Slow (a release build with LTO, then a test build; minutes on two cores),
# so it is not part of .ci/run; the release workflow tests on real Windows.
#
# Needs Debian or Ubuntu and rustup. Installs, when missing (as root):
# the Rust target x86_64-pc-windows-gnu, the MinGW-w64 toolchain (the
# linker), Wine, and the ja_JP.UTF-8 locale (for the Japanese-system run).
#
# Usage: scripts/check-windows.sh [--smoke-only]
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=x86_64-pc-windows-gnu
SMOKE_ONLY=false
case "${1:-}" in
"") ;;
--smoke-only) SMOKE_ONLY=true ;;
*)
    echo "usage: $0 [--smoke-only]" >&2
    exit 2
    ;;
esac

step() { printf '\n== %s\n' "$*"; }

# --- What is needed ---------------------------------------------------------

step "tools"
if ! rustup target list --installed | grep -qx "$TARGET"; then
    rustup target add "$TARGET"
fi
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null || missing+=(wine wine64)
command -v localedef >/dev/null || missing+=(locales)
if ((${#missing[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing: ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! locale -a 2>/dev/null | grep -qi '^ja_JP\.utf-\?8$'; then
    if [ "$(id -u)" -eq 0 ]; then
        localedef -i ja_JP -f UTF-8 ja_JP.UTF-8
    else
        echo "note: no ja_JP.UTF-8 locale; the Japanese-system run will be skipped" >&2
    fi
fi
wine --version 2>/dev/null

# A Wine prefix of our own, kept between runs (creating one takes a while).
export WINEPREFIX="${WINEPREFIX:-$PWD/target/wine-prefix}"
export WINEDEBUG=-all
# No Wine window or desktop integration on a machine without a display.
export DISPLAY=
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"

# --- Build --------------------------------------------------------------------

step "clippy ($TARGET)"
# What only Windows compiles (and what it leaves out) warns nowhere else.
cargo clippy --locked --all-targets --target "$TARGET" -- -D warnings

step "build (release, $TARGET)"
cargo build --release --locked --target "$TARGET"
EXE="$PWD/target/$TARGET/release/roadmap.exe"
ls -l "$EXE"

# Rust's standard library (1.78 and later) gets random numbers from
# ProcessPrng in bcryptprimitives.dll, which Wine added only in version 9.
# On an older Wine (Debian 12 has 8.0), give the prefix a stand-in that
# asks RtlGenRandom instead; Windows 10 and later have the real one.
if ! wine "$EXE" --version >/dev/null 2>&1; then
    shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
    if [ ! -e "$shim" ]; then
        echo "this Wine lacks bcryptprimitives.dll; installing a stand-in"
        src=$(mktemp -d)
        cat >"$src/bcryptprimitives.c" <<'EOF'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
EOF
        x86_64-w64-mingw32-gcc -shared -O2 -o "$shim" "$src/bcryptprimitives.c" -ladvapi32
        rm -r "$src"
    fi
fi

# --- Smoke test ---------------------------------------------------------------

step "smoke test under Wine"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
PASSED=0

# Runs roadmap.exe with a clean Windows environment: no locale variables,
# the data dir given as a Windows path, a fixed user.
rm_env=(-u LANG -u LC_ALL -u LC_MESSAGES -u ROADMAP_LANG -u ROADMAP_FILE -u ROADMAP_USER -u NO_COLOR)
run() {
    env "${rm_env[@]}" ROADMAP_DATA_DIR="$(winepath -w "$DATA")" USER=learner wine "$EXE" "$@"
}
pass() {
    PASSED=$((PASSED + 1))
    echo "ok   $*"
}
fail() {
    echo "FAIL $*" >&2
    exit 1
}
# expect DESCRIPTION TEXT -- ARGS...: the run succeeds and prints TEXT.
expect() {
    local what=$1 text=$2
    shift 3
    local out
    out=$(run "$@" 2>&1) || fail "$what: exit $?: $out"
    grep -qF -- "$text" <<<"$out" || fail "$what: no '$text' in: $out"
    pass "$what"
}

expect "--version" "roadmap " -- --version
expect "next shows the first step" "roadmap done 1.1" -- next
expect "done marks it" "[x] 1.1" -- done 1.1
expect "status counts it" '"done": 1' -- status --json
expect "status draws the table" "┌" -- status
[ -f "$DATA/users/learner.json" ] || fail "no store file at $DATA/users/learner.json"
pass "the store file is where it should be"
expect "undo takes it back" "Undid:" -- undo
out=$(run status --json)
if grep -qF '"done": 1' <<<"$out"; then fail "status after undo still counts it: $out"; fi
pass "status after undo"
expect "done again, by id" "[x] 1.1" -- done "$(run next --json | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -n 1)"
expect "export to standard output" "[x]" -- export --format md
run export --format html -o "$(winepath -w "$WORK/roadmap.html")" >/dev/null
grep -q "<html" "$WORK/roadmap.html" || fail "export -o wrote no page"
pass "export -o writes a file"
run export --format md -o "$(winepath -w "$WORK/roadmap.md")" >/dev/null
run done 1.2 >/dev/null
run export --format md -o "$(winepath -w "$WORK/roadmap.md")" >/dev/null
grep -qF "[x]" "$WORK/roadmap.md" || fail "export -o did not replace the file"
pass "export -o replaces an existing file"

# Japanese: from LANG, and from the Windows display language alone.
out=$(env "${rm_env[@]}" ROADMAP_DATA_DIR="$(winepath -w "$DATA")" USER=learner LANG=ja_JP.UTF-8 wine "$EXE" next)
grep -qF "完了" <<<"$out" || fail "LANG=ja_JP.UTF-8 gave no Japanese: $out"
pass "Japanese from LANG"
if locale -a 2>/dev/null | grep -qi '^ja_JP\.utf-\?8$'; then
    # Wine takes its Windows locale from the Unix one; `set LANG=` then
    # removes the variable inside Windows, so only the system setting is left.
    out=$(env "${rm_env[@]}" LANG=ja_JP.UTF-8 ROADMAP_DATA_DIR="$(winepath -w "$DATA")" USER=learner \
        wine cmd /c "set LANG=&& $(winepath -w "$EXE") next")
    grep -qF "完了" <<<"$out" || fail "a Japanese Windows gave no Japanese: $out"
    pass "Japanese from the Windows display language (no LANG)"
fi

# Two writers at once, five times over: every step marked, none lost. A
# roadmap with Windows line ends (CRLF), as Notepad saves it.
roadmap="$WORK/parallel.json"
{
    printf '{\r\n  "id": "parallel",\r\n  "title": "Parallel",\r\n'
    printf '  "stages": [{"id": "s", "title": "Stage"}],\r\n  "steps": [\r\n'
    for i in $(seq 1 10); do
        sep=$([ "$i" -lt 10 ] && echo , || true)
        printf '    {"id": "p%d", "stage": "s", "title": "Step %d", "estimate_hours": 1}%s\r\n' "$i" "$i" "$sep"
    done
    printf '  ]\r\n}\r\n'
} >"$roadmap"
win_roadmap=$(winepath -w "$roadmap")
for pair in "1 2" "3 4" "5 6" "7 8" "9 10"; do
    set -- $pair
    run --roadmap "$win_roadmap" done "p$1" >"$WORK/a.out" 2>&1 &
    first=$!
    run --roadmap "$win_roadmap" done "p$2" >"$WORK/b.out" 2>&1 &
    second=$!
    wait "$first" || fail "concurrent done p$1: $(cat "$WORK/a.out")"
    wait "$second" || fail "concurrent done p$2: $(cat "$WORK/b.out")"
done
out=$(run --roadmap "$win_roadmap" status)
grep -qF "10/10" <<<"$out" || fail "concurrent writers lost an update: $out"
pass "5 pairs of concurrent done: 10/10 kept (CRLF roadmap)"
leftovers=$(find "$DATA/users" -name '*.tmp' | wc -l)
[ "$leftovers" -eq 0 ] || fail "$leftovers temporary files left"
pass "no temporary file left behind"

# A corrupt store is refused, named, and left as it was.
printf '{"version": 2, "roadm' >"$DATA/users/learner.json"
cp "$DATA/users/learner.json" "$WORK/corrupt.json"
set +e
out=$(run done 1.3 2>&1)
code=$?
set -e
[ "$code" -eq 1 ] || fail "corrupt store: exit $code (want 1): $out"
grep -qF "learner.json" <<<"$out" || fail "corrupt store: the file is not named: $out"
cmp -s "$DATA/users/learner.json" "$WORK/corrupt.json" || fail "corrupt store was changed"
pass "a corrupt store is refused (exit 1), named and left unchanged"

echo
echo "smoke test: $PASSED checks passed under $(wine --version)"

# --- The test suite -------------------------------------------------------------

if $SMOKE_ONLY; then
    exit 0
fi
step "cargo test under Wine"
# The tests run roadmap.exe and check files on disk; Unix-only ones (modes,
# symlinks, signals, /dev/zero) are compiled out for Windows.
# `roadmap sync` and its tests run the system's git; this machine can put
# no Windows git into Wine, so those tests (names with "sync") are skipped
# here. The CI workflow runs them on real Windows, which has Git.
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine
cargo test --locked --target "$TARGET" -- --skip sync
