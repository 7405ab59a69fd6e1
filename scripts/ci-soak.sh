#!/usr/bin/env bash
# Runs .ci/run N times in a row, each on a fresh clone of a commit, while a CPU hog (one busy process per
# --hogs) runs beside it. Proves the suite holds on a loaded machine; prints one line per run and the total.
#   scripts/ci-soak.sh [--runs N] [--hogs H] [--commit REF] [--dir DIR]
set -euo pipefail
runs=5 hogs=1 commit=HEAD dir="${TMPDIR:-/tmp}/mentoring-soak"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --hogs) hogs="$2"; shift 2 ;;
    --commit) commit="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "ci-soak: unknown option $1 (use --runs, --hogs, --commit, --dir)" >&2; exit 2 ;;
  esac
done
repo="$(cd "$(dirname "$0")/.." && pwd)"
sha="$(git -C "$repo" rev-parse "$commit")"
mkdir -p "$dir"
hog_pids=()
stop_hogs() { for p in "${hog_pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop_hogs EXIT
for _ in $(seq "$hogs"); do (while :; do :; done) & hog_pids+=("$!"); done

passed=0
for i in $(seq "$runs"); do
  clone="$dir/run-$i"
  rm -rf "$clone"
  git clone --quiet --no-hardlinks "$repo" "$clone"
  git -C "$clone" checkout --quiet "$sha"
  start=$(date +%s)
  if (cd "$clone" && CI=true bash .ci/run) >"$dir/run-$i.log" 2>&1; then
    result=passed; passed=$((passed + 1))
  else
    result=FAILED
  fi
  echo "run $i of $runs at ${sha:0:7}: $result in $(( $(date +%s) - start )) s, $(grep -E '^[0-9]+ passed, [0-9]+ failed' "$dir/run-$i.log" | tail -1 || echo 'no summary'), load $(cut -d' ' -f1-3 /proc/loadavg) (log $dir/run-$i.log)"
done
echo "$passed of $runs runs passed with $hogs CPU hog(s)"
[ "$passed" -eq "$runs" ]
