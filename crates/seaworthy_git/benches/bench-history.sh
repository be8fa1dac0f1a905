#!/usr/bin/env bash
# Time seaworthy_git::collect (history scan of all refs) on a synthetic repository built with
# `git fast-import`, as created (pack written by fast-import) and after `git gc --aggressive`
# (the layout of a normal clone), and compare with `git log --all --raw` over the same paths.
#
#   crates/seaworthy_git/benches/bench-history.sh [COMMITS] [FILES]
#
# Needs git; uses hyperfine when installed, otherwise the example's own timer (5 runs).
set -euo pipefail
commits="${1:-5000}"
files="${2:-2000}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
cargo build --release -q -p seaworthy_git --example bench_history
bin="$root/target/release/examples/bench_history"

"$bin" --commits "$commits" --files "$files" --out "$work/fast-import" --runs 1
cp -r "$work/fast-import" "$work/gc"
git -C "$work/gc" gc -q --aggressive

pathspec=('*.env' '.env*' '*.key' 'credentials*.json')
for repo in "$work/fast-import" "$work/gc"; do
  echo "== $(basename "$repo"): $commits commits, $files files"
  "$bin" --repo "$repo" --runs 1
  if command -v hyperfine >/dev/null; then
    hyperfine -N -w 2 -r 10 \
      "$bin --repo $repo --runs 1" \
      "git -C $repo log --all --format=%H --raw --no-renames -- ${pathspec[*]}"
  else
    "$bin" --repo "$repo" --runs 5
  fi
done
