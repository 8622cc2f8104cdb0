#!/usr/bin/env bash
# One scale, end to end: start an instance, generate the data, measure startup (restarts on
# the populated database), run the load, read the resident memory after the load, check the
# audit chain, stop the instance, and write a summary.
#
#   bench/run.sh --scale default|national [--fresh] [--runs 3] [--duration 15s] [--warmup 10s]
#                [--startups 3] [--port 8090] [--db-port 54390] [--data-dir bench/out/db-<scale>]
#                [--plain-jar]
#
# --fresh deletes the data directory first (and so also measures a cold first start:
# initdb, migrations, demo data). The instance runs as the documented production run
# (bench/app.sh start --production-run: extracted jar, CDS archive from a training run,
# production/jvm.options); --plain-jar runs `java -Xmx384m -jar` instead. Results:
# bench/out/<scale>-<time>/summary.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
SCALE=""
FRESH=false
RUNS=3
DURATION=15s
WARMUP=10s
STARTUPS=3
PORT=8090
DB_PORT=54390
DATA_DIR=""
QUIET_WAIT=120
QUIET_MAX=25
RUN_MODE=(--production-run)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --fresh) FRESH=true; shift ;;
    --runs) RUNS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --startups) STARTUPS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    --data-dir) DATA_DIR="$2"; shift 2 ;;
    --quiet-wait) QUIET_WAIT="$2"; shift 2 ;;
    --quiet-max) QUIET_MAX="$2"; shift 2 ;;
    --plain-jar) RUN_MODE=(); shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ "$SCALE" == default || "$SCALE" == national ]] || { echo "--scale default|national is required" >&2; exit 2; }
DATA_DIR="${DATA_DIR:-$BENCH_DIR/out/db-$SCALE}"
OUT="$BENCH_DIR/out/$SCALE-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
APP=("$BENCH_DIR/app.sh")
INSTANCE=(--data-dir "$DATA_DIR" --port "$PORT" --db-port "$DB_PORT" "${RUN_MODE[@]}")
exec > >(tee "$OUT/run.log") 2>&1

# % of all cores busy over a 2 s sample (nothing of ours runs while this is called)
busy_now() {
  local a b
  a=($(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)); sleep 2
  b=($(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat))
  echo $(( 100 * (b[0] - a[0]) / (b[1] - a[1]) ))
}
wait_quiet() {
  local waited=0 busy
  while :; do
    busy="$(busy_now)"
    if (( busy < QUIET_MAX )) || (( waited >= QUIET_WAIT )); then echo "$busy"; return; fi
    sleep 3; waited=$((waited + 5))
  done
}
median() { sort -g | awk '{a[NR] = $1} END {print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
field() { sed -n "s/.*$1=\([0-9]*\).*/\1/p"; }

echo "== Sleutelnet benchmark, scale $SCALE, $(date -u +%Y-%m-%dT%H:%M:%SZ), results in $OUT"
[[ -f "$ROOT/target/sleutelnet-0.1.0-SNAPSHOT.jar" ]] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
"${APP[@]}" stop --data-dir "$DATA_DIR" >/dev/null
if [[ "$FRESH" == true ]]; then
  rm -rf -- "$DATA_DIR"
fi
cold=""
[[ -d "$DATA_DIR" ]] || cold=yes
echo "== start${cold:+ (cold: initdb, migrations, demo data)} (others busy before: $(wait_quiet)%)"
"${APP[@]}" start "${INSTANCE[@]}" | tee "$OUT/start-0.txt"

echo "== generate"
"$BENCH_DIR/generate.sh" --scale "$SCALE" --db-port "$DB_PORT" | tee "$OUT/generate.txt"

echo "== startup on the populated database, $STARTUPS times"
: >"$OUT/startups.tsv"
for i in $(seq 1 "$STARTUPS"); do
  "${APP[@]}" stop --data-dir "$DATA_DIR" >/dev/null
  busy="$(wait_quiet)"
  line="$("${APP[@]}" start "${INSTANCE[@]}" | grep '^startup_')"
  s="$(field startup_started_ms <<<"$line")"; h="$(field startup_health_ms <<<"$line")"
  printf '%s\t%s\t%s\t%s\n' "$i" "$s" "$h" "$busy" >>"$OUT/startups.tsv"
  echo "  start $i: 'Started' after $s ms, first healthy /actuator/health after $h ms (machine busy before: $busy%)"
done
started_median="$(cut -f2 "$OUT/startups.tsv" | median)"
health_median="$(cut -f3 "$OUT/startups.tsv" | median)"

echo "== load"
load_ok=yes
"$BENCH_DIR/load.sh" --port "$PORT" --db-port "$DB_PORT" --runs "$RUNS" --duration "$DURATION" --warmup "$WARMUP" \
  --quiet-wait "$QUIET_WAIT" --quiet-max "$QUIET_MAX" --out "$OUT/load" || load_ok=no

echo "== resident memory after the load (-Xmx384m)"
rss="$("${APP[@]}" rss --data-dir "$DATA_DIR")"
echo "  $rss"

echo "== audit chain"
chain_ok=yes
chain="$("$BENCH_DIR/check-chain.sh" --port "$PORT" --db-port "$DB_PORT")" || chain_ok=no
echo "$chain" | sed 's/^/  /'

"${APP[@]}" stop --data-dir "$DATA_DIR"

{
  echo "# Scale $SCALE, $(date -u +%Y-%m-%d)"
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem:/ {print $2}') GB RAM; $(java -version 2>&1 | head -1)"
  echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml || echo ' (with local changes)')"
  echo "- data: $(sed -n '/^ region/,/^ audit_event/p' "$OUT/generate.txt" | awk -F'|' '{gsub(/ /, "", $1); gsub(/ /, "", $2); printf "%s %s, ", $1, $2}' | sed 's/, $//')"
  echo "- run: $([[ ${#RUN_MODE[@]} -gt 0 ]] && echo 'documented production run (extracted jar, CDS archive, production/jvm.options, MALLOC_ARENA_MAX=2)' || echo 'plain java -Xmx384m -jar')"
  echo "- startup, median of $STARTUPS restarts on the populated database: 'Started' after ${started_median} ms, first healthy /actuator/health after ${health_median} ms"
  echo "- resident memory after the load: $rss"
  echo "- audit chain: $(echo "$chain" | tr '\n' ';' | sed 's/;$//')"
  echo
  cat "$OUT/load/context.txt" | sed 's/^/    /'
  echo
  cat "$OUT/load/summary.md"
  if [[ "$load_ok" != yes ]]; then echo; echo "**Some load runs had non-200 answers, broken pages or socket errors: not valid.**"; fi
  if [[ "$chain_ok" != yes ]]; then echo; echo "**The audit chain is broken: not valid.**"; fi
} >"$OUT/summary.md"
echo
echo "== summary ($OUT/summary.md)"
cat "$OUT/summary.md"
[[ "$load_ok" == yes && "$chain_ok" == yes ]]
