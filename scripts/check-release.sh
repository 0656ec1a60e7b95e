#!/usr/bin/env bash
# Checks the release configuration and the GitHub workflows locally:
#   - `dist plan` lists the archives, checksums and installers a tag makes;
#   - `dist generate --check` says .github/workflows/release.yml is what
#     dist-workspace.toml generates (edit the config, never that file);
#   - every workflow parses as YAML, and actionlint and zizmor run when
#     they are installed.
#
# dist needs Cargo.toml's `repository` to plan installers. Until it is set,
# this script plans in a scratch copy with a stand-in address that is
# never committed; set the real one before the first release.
#
# Needs dist: cargo install cargo-dist --version 0.34.0 --locked
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dist >/dev/null || {
    echo "dist is missing: cargo install cargo-dist --version 0.34.0 --locked" >&2
    exit 1
}
want=$(sed -n 's/^cargo-dist-version = "\(.*\)"/\1/p' dist-workspace.toml)
have=$(dist --version | awk '{print $2}')
[ "$want" = "$have" ] || echo "note: dist $have here, the workflow pins $want" >&2

dir=.
if ! grep -q '^repository *=' Cargo.toml; then
    echo "note: Cargo.toml has no 'repository' yet; planning in a scratch copy"
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    git ls-files -z | xargs -0 cp --parents -t "$dir"
    sed -i 's|^license = \(.*\)|license = \1\nrepository = "https://github.com/stand-in/roadmap"|' "$dir/Cargo.toml"
    git -C "$dir" init -q
    git -C "$dir" add -A
    git -C "$dir" -c user.name=check -c user.email=check@localhost commit -qm scratch
fi
(cd "$dir" && dist plan && dist generate --check)
echo "dist: plan ok, release.yml up to date"

for file in .github/workflows/*.yml; do
    python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$file"
    echo "yaml: $file parses"
done
if command -v actionlint >/dev/null; then
    actionlint
fi
if command -v zizmor >/dev/null; then
    # The generated release.yml pins actions by tag, as dist writes it.
    zizmor --offline .github/workflows/ci.yml || true
fi
