#!/usr/bin/env bash
# Times the import of a 100,000-row messy CSV file (issue target: <= 15 s), three times (once per
# demo municipality), through the whole web layer: upload (parse + stage), column mapping, the
# report page, and the all-or-nothing commit. Runs the test-scope harness ImportBenchmark in the
# suite's Spring context (embedded PostgreSQL of its own, no running instance needed). Then, in the
# same database, PostgreSQL's COPY of the same rows, three times each: the generated file into a
# table of its five columns, and the rows the last commit stored (key figures and their links) into
# tables like key_figure and its link tables; the summary ends with import total / COPY.
#
#   bench/import.sh [--rows 100000] [--xmx 384m]
#
# Writes bench/out/import-<rows>.csv (the generated file) and bench/out/import-summary.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
ROWS=100000
XMX=384m
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --xmx) XMX="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$BENCH_DIR/out"
cd "$ROOT"
./mvnw -q -B test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dimport.rows="$ROWS" -Dimport.out="$BENCH_DIR/out" -DargLine="-Xmx$XMX" >"$BENCH_DIR/out/import.log" 2>&1 \
  || { tail -50 "$BENCH_DIR/out/import.log" >&2; exit 1; }
cat "$BENCH_DIR/out/import-summary.md"
