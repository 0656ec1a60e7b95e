#!/usr/bin/env bash
# Type-checks the code for macOS (Apple chips and Intel) on Linux: every
# Rust line that only macOS compiles (the system-language lookup, the
# data folder, the Unix store paths) is checked by rustc for those targets.
#
# It cannot build a binary: linking, and the C code of mimalloc, need
# Apple's SDK. `cargo check` still runs mimalloc's build script, which
# compiles that C code, so the C compiler is replaced here by one that
# only makes the empty object files the script expects; nothing from
# them is used by a check. The release workflow builds and tests on real
# Macs.
#
# Usage: scripts/check-macos.sh
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(aarch64-apple-darwin x86_64-apple-darwin)
installed=$(rustup target list --installed)
for target in "${targets[@]}"; do
    grep -qx "$target" <<<"$installed" || rustup target add "$target"
done

stub=$(mktemp -d)
trap 'rm -rf "$stub"' EXIT
cat >"$stub/cc" <<'EOF'
#!/bin/sh
# Stands in for Apple's C compiler: answers cc-rs's probes as clang does
# (-E on a file that names the compiler; MSVC's -? is refused), and
# creates the file named by -o, empty.
case " $* " in
*" -E "*) echo '"clang"'; exit 0 ;;
*" -? "*) exit 1 ;;
esac
while [ $# -gt 0 ]; do
    if [ "$1" = "-o" ]; then : >"$2"; exit 0; fi
    shift
done
exit 0
EOF
chmod +x "$stub/cc"

for target in "${targets[@]}"; do
    var=$(echo "$target" | tr - _)
    echo "== cargo check --target $target"
    env "CC_$var=$stub/cc" "AR_$var=ar" cargo check --locked --all-targets --target "$target"
    env "CC_$var=$stub/cc" "AR_$var=ar" cargo clippy --locked --all-targets --target "$target" -- -D warnings
done
echo "macOS: type-check and clippy clean for ${targets[*]}"
