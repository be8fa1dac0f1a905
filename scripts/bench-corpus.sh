#!/usr/bin/env bash
# Times seaworthy (release build) on the real-world corpus, next to the peer linters on the same files,
# in one hyperfine run per comparison. Needs hyperfine (apt) and the peers (../shared/peers/install.sh,
# PEERS_DIR defaults to ./.peers). Usage: scripts/bench-corpus.sh [dockerfile|compose|nginx|corpus|all]
# (the dockerfile comparison also times the whole corpus in the same run)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus}
peers=${PEERS_DIR:-$PWD/.peers}
what=${1:-all}
cargo build --release -q -p seaworthy
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/seaworthy
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# copy every file of one kind (per FILES.tsv) into a scratch tree, keeping relative paths
collect() { # kind dest
  awk -F'\t' -v k="$1" 'NR>1 && $3==k {print $1"/"$2}' "$corpus/FILES.tsv" | while IFS= read -r p; do
    mkdir -p "$2/$(dirname "$p")"; cp "$corpus/$p" "$2/$p"
  done
}

if [[ $what == all || $what == dockerfile ]]; then
  collect dockerfile "$tmp/docker"
  find "$tmp/docker" -type f | sort > "$tmp/docker.list"
  echo "Dockerfiles: $(wc -l < "$tmp/docker.list")"
  hyperfine -N --warmup 1 --ignore-failure ${RUNS:+--runs $RUNS} \
    -n "seaworthy (whole corpus)" "$bin audit $corpus --format json --no-git -o /dev/null" \
    -n "seaworthy (Dockerfiles)" "$bin audit $tmp/docker --format json --no-git -o /dev/null" \
    -n hadolint "$peers/venv/bin/hadolint --no-fail $(tr '\n' ' ' < "$tmp/docker.list")"
fi
if [[ $what == all || $what == compose ]]; then
  collect compose "$tmp/compose"
  find "$tmp/compose" -type f | sort > "$tmp/compose.list"
  echo "compose files: $(wc -l < "$tmp/compose.list")"
  hyperfine --warmup 1 --ignore-failure ${RUNS:+--runs $RUNS} \
    -n seaworthy "$bin audit $tmp/compose --format json --no-git -o /dev/null" \
    -n compose-lint "$peers/venv/bin/compose-lint $(tr '\n' ' ' < "$tmp/compose.list") > /dev/null" \
    -n dclint "$peers/npm/node_modules/.bin/dclint -r $tmp/compose > /dev/null"
fi
if [[ $what == all || $what == nginx ]]; then
  collect nginx "$tmp/nginx"
  find "$tmp/nginx" -type f | sort > "$tmp/nginx.list"
  echo "nginx files: $(wc -l < "$tmp/nginx.list")"
  hyperfine --warmup 1 --ignore-failure ${RUNS:+--runs $RUNS} \
    -n seaworthy "$bin audit $tmp/nginx --format json --no-git -o /dev/null" \
    -n gixy "for f in \$(cat $tmp/nginx.list); do $peers/venv/bin/gixy \"\$f\" > /dev/null 2>&1; done"
fi
if [[ $what == corpus ]]; then
  echo "whole corpus ($(($(wc -l < "$corpus/FILES.tsv") - 1)) files):"
  hyperfine -N --warmup 2 --ignore-failure -n "seaworthy (whole corpus)" "$bin audit $corpus --format json --no-git -o /dev/null"
fi
