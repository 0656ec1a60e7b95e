#!/usr/bin/env bash
# Type-checks the code for macOS (Apple chips and Intel) on Linux: every
# Rust line that only macOS compiles (the system-language lookup, the
# data folder, the Unix store paths) is checked by rustc for those targets.
#
# It cannot build a binary: linking needs Apple's SDK. The release
# workflow builds and tests on real Macs.
#
# Usage: scripts/check-macos.sh
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(aarch64-apple-darwin x86_64-apple-darwin)
installed=$(rustup target list --installed)
for target in "${targets[@]}"; do
    grep -qx "$target" <<<"$installed" || rustup target add "$target"
done

for target in "${targets[@]}"; do
    echo "== cargo check --target $target"
    cargo check --locked --all-targets --target "$target"
    cargo clippy --locked --all-targets --target "$target" -- -D warnings
done
echo "macOS: type-check and clippy clean for ${targets[*]}"
