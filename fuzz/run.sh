#!/usr/bin/env bash
# Run every fuzz target (or the ones named) for a bounded time with one job; logs in logs/.
# SECONDS_PER_TARGET (default 240) and RSS_MB (default 2048) tune it.
set -u
cd "$(dirname "$0")"
secs=${SECONDS_PER_TARGET:-240}
rss=${RSS_MB:-2048}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(dockerfile yaml_compose nginx dotenv dockerignore requirements pyproject shell interpolate classify app_python app_misc audit)
fi
mkdir -p logs
export RAYON_NUM_THREADS=1
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  cargo +nightly fuzz run -s none -a "$t" "corpus/$t" -- \
    -max_total_time="$secs" -rss_limit_mb="$rss" -timeout=10 -print_final_stats=1 \
    >"logs/$t.log" 2>&1
  rc=$?
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "logs/$t.log" | tail -1)
  crash=$(grep -o 'Test unit written to [^ ]*' "logs/$t.log" | tail -1)
  echo "$t rc=$rc ${runs:-no final stats} ${crash}"
done
