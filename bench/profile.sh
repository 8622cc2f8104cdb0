#!/usr/bin/env bash
# Where a request's JVM time goes: records JFR (settings=profile) of the running benchmark instance
# while bench/load.sh loads one endpoint at a time, then splits each endpoint's samples into the
# parts of a request (bench/breakdown.py: security filter chain, session, SQL on the JVM side,
# templates, messages, JSON, response writing, ...). PostgreSQL's share is the difference between
# load.sh's two CPU columns ("CPU ms/req" and "of it JVM").
#
#   bench/profile.sh [--port 8090] [--db-port 54390] [--only start,list,page-long,api-get]
#                    [--duration 15s] [--warmup 10s] [--out DIR] [-- more load.sh options]
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT=8090
DB_PORT=54390
ONLY=start,list,page-long,api-get
DURATION=15s
WARMUP=10s
OUT=""
MORE=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --) shift; MORE=("$@"); break ;;
    --port) PORT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
OUT="${OUT:-$BENCH_DIR/out/profile-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
PID="$(ss -ltnpH "( sport = :$PORT )" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
[[ -n "$PID" ]] || { echo "no instance listening on $PORT (bench/app.sh start)" >&2; exit 1; }

for e in ${ONLY//,/ }; do
  jcmd "$PID" JFR.start name="bench-$e" settings=profile filename="$OUT/$e.jfr" >/dev/null
  "$BENCH_DIR/load.sh" --port "$PORT" --db-port "$DB_PORT" --only "$e" --runs 1 --duration "$DURATION" \
    --warmup "$WARMUP" --out "$OUT/load-$e" "${MORE[@]}" >"$OUT/load-$e.log" 2>&1 \
    || { jcmd "$PID" JFR.stop name="bench-$e" >/dev/null; echo "load of $e failed: $OUT/load-$e.log" >&2; exit 1; }
  jcmd "$PID" JFR.stop name="bench-$e" >/dev/null
  grep "^| $e " "$OUT/load-$e/summary.md"
done
echo
python3 "$BENCH_DIR/breakdown.py" "$OUT" ${ONLY//,/ } | tee "$OUT/breakdown.md"
