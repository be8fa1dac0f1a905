#!/usr/bin/env bash
# How seaworthy's time and memory grow with the size of the audited tree.
#
#   scripts/bench-scale.sh [monorepo|big|peers|all]     (default: all)
#
# Builds the release binary, generates (once; the generator is deterministic) synthetic monorepos
# of 100 / 1,000 / 3,000 / 10,000 deployment files (plus 10x ordinary source files) and three
# single big files (100,000-line Dockerfile, nginx config with 50,000 locations, compose file with
# 20,000 services) under $BENCH_DATA (default /tmp/seaworthy-bench), then for each:
#   - hyperfine (RUNS runs, default 3; one run when a first run takes over SLOW seconds, default 20)
#   - /usr/bin/time -v for peak RSS and CPU time
# and for the monorepos the time to list the tree (`find -type f`), the floor any audit pays.
# Prints a Markdown table (files -> seconds, MB) and, with `peers`, runs scripts/bench-corpus.sh
# for the ratios to the peer linters on ../shared/corpus.
# SEAWORTHY_BIN=path measures that binary instead of building this tree (before/after tables).
# Needs: cargo, python3 (3.11, stdlib), hyperfine and GNU time (apt-get install -y hyperfine time).
# The machine is shared: compare rows of one run, and read the CPU column (user+sys) next to wall.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
data=${BENCH_DATA:-/tmp/seaworthy-bench}
runs=${RUNS:-3}
slow=${SLOW:-20}
sizes=${SIZES:-100 1000 3000 10000}
if [[ -n ${SEAWORTHY_BIN:-} ]]; then
  bin=$SEAWORTHY_BIN   # another build (e.g. a baseline) instead of this tree's
else
  cargo build --release -q -p seaworthy
  bin=${CARGO_TARGET_DIR:-$PWD/target}/release/seaworthy
fi
mkdir -p "$data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# generate DIR ARGS...: (re)generate when the arguments changed
generate() {
  local dir=$1; shift
  local stamp="$*"
  if [[ -f $dir.args && $(cat "$dir.args") == "$stamp" && -d $dir ]]; then return; fi
  python3 scripts/gen-monorepo.py "$dir" --force "$@" >/dev/null 2>&1
  echo "$stamp" > "$dir.args"
}

rows=()
# measure NAME SIZE-LABEL DIR: one table row
measure() {
  local name=$1 label=$2 dir=$3
  local cmd=("$bin" audit "$dir" --format json --no-git -o /dev/null)
  /usr/bin/time -v "${cmd[@]}" 2> "$tmp/time.txt" >/dev/null || true
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$tmp/time.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$tmp/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
  local secs
  secs=$(python3 -c "import sys; p=sys.argv[1].split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(p))))" "$wall")
  local n=$runs
  if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)" "$secs" "$slow"; then n=1; fi
  local mean="$secs" min="$secs" sd="0"
  if (( n > 1 )); then
    hyperfine -N --warmup 1 --runs "$n" -i --export-json "$tmp/h.json" "${cmd[*]}" >/dev/null 2>&1
    read -r mean sd min < <(jq -r '.results[0] | "\(.mean) \(.stddev // 0) \(.min)"' "$tmp/h.json")
  fi
  local walk="-"
  if [[ $name == monorepo ]]; then
    hyperfine -N --warmup 1 --runs 3 --export-json "$tmp/w.json" "find $dir -type f" >/dev/null 2>&1
    walk=$(jq -r '.results[0].mean' "$tmp/w.json")
    walk=$(printf '%.2f' "$walk")
  fi
  rows+=("$(printf '| %s | %s | %.2f ± %.2f | %.2f | %.2f | %.0f | %s | %s |' \
    "$name" "$label" "$mean" "$sd" "$min" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$((rss / 1024))" "$walk" "$n")")
  echo "${rows[-1]}" >&2
}

if [[ $what == all || $what == monorepo ]]; then
  for n in $sizes; do
    generate "$data/monorepo-$n" --deploy-files "$n" --source-ratio 10 --seed 1
    measure monorepo "$n deployment + $((n * 10)) source files" "$data/monorepo-$n"
  done
fi
if [[ $what == all || $what == big ]]; then
  generate "$data/big-dockerfile" --big-dockerfile 100000 --seed 1
  measure big-file "Dockerfile, 100,000 lines" "$data/big-dockerfile"
  generate "$data/big-nginx" --big-nginx 50000 --seed 1
  measure big-file "nginx, 50,000 locations" "$data/big-nginx"
  generate "$data/big-compose" --big-compose 20000 --seed 1
  measure big-file "compose, 20,000 services" "$data/big-compose"
fi
if (( ${#rows[@]} )); then
  echo
  echo "$bin ($("$bin" --version)), tree at $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
  echo
  echo "| case | size | wall s (mean ± sd) | wall s (min) | CPU s (user+sys) | peak RSS MB | find -type f s | runs |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
fi
if [[ $what == all || $what == peers ]]; then
  if [[ -x ${PEERS_DIR:-$PWD/.peers}/venv/bin/hadolint ]]; then
    echo
    echo "peer linters on ../shared/corpus (scripts/bench-corpus.sh):"
    scripts/bench-corpus.sh all
  else
    echo "peers not installed (../shared/peers/install.sh, PEERS_DIR=${PEERS_DIR:-$PWD/.peers}): skipping the ratios" >&2
  fi
fi
