#!/usr/bin/env bash
# Each dashboard against its own SQL run alone (issue 14; target: ratio <= 2), against a running
# benchmark instance (loopback only).
#
#   bench/dashboards.sh [--port 8090] [--db-port 54390] [--requests 30] [--rounds 10] [--warmup 100]
#                       [--user coordinator@maasoever.demo] [--concern-user zorg@maasoever.demo]
#                       [--analyst analist01@regio.bench] [--password Demo-Sleutelnet-2026]
#                       [--app-role sleutelnet_app] [--only coordination,zm-figures,...] [--out DIR]
#
# Per dashboard, signed in once as the user it is for (bench/session.sh, as bench/load.sh):
#  1. --warmup requests, then one request with statement logging on in the embedded PostgreSQL
#     (log_statement = 'all' through ALTER SYSTEM + pg_reload_conf(), off again right after);
#     bench/sqllog.py turns exactly the statements of that request (the application role's lines:
#     session store, tenant binding, transaction control, queries), with their logged parameters,
#     into a pgbench script. It is replayed once first: any error fails the script.
#  2. --rounds times: --requests sequential requests with curl over one connection (wall time of
#     each whole request, every answer must be 200), then the same number of runs of the script
#     (many short rounds, so that a noisy neighbour hurts both sides alike)
#     with pgbench (-M prepared: parameters as the driver sends them; one connection as the
#     application role via SET ROLE, so row-level security applies, with
#     plan_cache_mode = force_custom_plan as every pooled connection, ADR 0013; the tenant binding
#     is one of the replayed statements). pgbench's per-run log gives the latency of each run.
#  3. Prints dashboard, request ms (median), SQL alone ms (median), ratio, statements; and, less
#     moved by neighbours on a shared machine, CPU per request of the instance (JVM + PostgreSQL,
#     /proc; "of it PostgreSQL" should be close to the replay's if the replay does the same database
#     work) against PostgreSQL's CPU per replay, and their ratio.
# The instance's PostgreSQL must run with logging_collector = on (the script says how, once).
# Fails (non-zero) on a non-200 answer, a page that is not whole, or a statement that could not
# be replayed; a ratio above 2 is reported, not failed. Output (captured log segments, pgbench
# scripts, per-statement latencies, TSV and Markdown) goes to --out (default bench/out/dashboards-<time>).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT=8090
DB_PORT=54390
REQUESTS=30
ROUNDS=10
WARMUP=100
USER_NAME=coordinator@maasoever.demo
CONCERN_USER=zorg@maasoever.demo
ANALYST=""
PASSWORD=Demo-Sleutelnet-2026
APP_ROLE=sleutelnet_app
ONLY=""
OUT=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --user) USER_NAME="$2"; shift 2 ;;
    --concern-user) CONCERN_USER="$2"; shift 2 ;;
    --analyst) ANALYST="$2"; shift 2 ;;
    --password) PASSWORD="$2"; shift 2 ;;
    --app-role) APP_ROLE="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
OUT="${OUT:-$BENCH_DIR/out/dashboards-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
BASE="http://localhost:$PORT"
for tool in psql pgbench python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install postgresql-client curl python3)" >&2; exit 1; }
done
. "$BENCH_DIR/session.sh"

[[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE/actuator/health")" == 200 ]] \
  || { echo "no healthy instance on $BASE (bench/app.sh start)" >&2; exit 1; }
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres)
[[ "$("${PSQL[@]}" -c 'show logging_collector')" == on ]] || {
  echo "the PostgreSQL on $DB_PORT does not write a log file (logging_collector = off). Once per data directory:" >&2
  echo "  ${PSQL[*]} -c \"alter system set logging_collector = on\"" >&2
  echo "then restart the instance (bench/app.sh stop/start --data-dir ...) and run this again." >&2
  exit 1
}
DATA_DIRECTORY="$("${PSQL[@]}" -c 'show data_directory')"

# The replay connects as postgres and becomes the application role, so that row-level security
# applies as it does to the application; plans as on every pooled connection (ADR 0013).
REPLAY_OPTIONS="-c role=$APP_ROLE -c plan_cache_mode=force_custom_plan"
read -r who_am_i plan su <<<"$(PGOPTIONS="$REPLAY_OPTIONS" "${PSQL[@]}" -F ' ' \
  -c "select current_user, current_setting('plan_cache_mode'), current_setting('is_superuser')")"
[[ "$who_am_i" == "$APP_ROLE" && "$plan" == force_custom_plan && "$su" == off ]] \
  || { echo "replay connection is '$who_am_i' ($plan, superuser $su), not $APP_ROLE with force_custom_plan" >&2; exit 1; }

if [[ -z "$ANALYST" ]]; then
  ANALYST=analist@regio.demo
  login analist01@regio.bench >/dev/null 2>&1 && ANALYST=analist01@regio.bench
fi
declare -A USER_OF=([staff]="$USER_NAME" [concern]="$CONCERN_USER" [analyst]="$ANALYST") SESSION_OF

# name|path|as whom (the paths and users of bench/load.sh)
DASHBOARDS=(
  "coordination|/contact/afstemming|staff"
  "zm-figures|/zorgmeldingen/cijfers|concern"
  "zm-api-figures|/api/v1/zorgmeldingen/cijfers|concern"
  "zm-region|/regio/zorgmeldingen/cijfers|analyst"
  "start|/start|staff"
)
if [[ -n "$ONLY" ]]; then
  kept=()
  for d in "${DASHBOARDS[@]}"; do [[ ",$ONLY," == *",${d%%|*},"* ]] && kept+=("$d"); done
  DASHBOARDS=("${kept[@]}")
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# CPU time (jiffies) of the instance, less disturbed by neighbours than wall time: the JVM listening
# on --port, and the PostgreSQL on --db-port (postmaster with its ended backends, cutime+cstime,
# and its live backends). The replay's backend ends with pgbench, so it is counted as ended.
listener_pid() { ss -ltnpH "( sport = :$1 )" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
APP_PID="$(listener_pid "$PORT")"
PG_PID="$(listener_pid "$DB_PORT")"
[[ -n "$APP_PID" && -n "$PG_PID" ]] || { echo "cannot find the processes on ports $PORT and $DB_PORT" >&2; exit 1; }
HZ="$(getconf CLK_TCK)"
jvm_jiffies() { sed 's/^.*) //' "/proc/$APP_PID/stat" | awk '{print $12 + $13}'; }
pg_jiffies() {
  local sum p v
  sum="$(sed 's/^.*) //' "/proc/$PG_PID/stat" | awk '{print $12 + $13 + $14 + $15}')"
  for p in $(ps -o pid= --ppid "$PG_PID"); do
    v="$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}')" || v=0
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}

# N sequential requests over one connection; appends "code seconds connects" per request to $3.
requests() { # path cookie file n
  local path="$1" cookie="$2" file="$3" n="$4" args=() i
  for ((i = 0; i < n; i++)); do args+=(-o /dev/null "$BASE$path"); done
  curl -s --max-time 30 -H "Cookie: __Host-SESSION=$cookie" -w '%{http_code} %{time_total} %{num_connects}\n' \
    "${args[@]}" >>"$file"
}

# ALTER SYSTEM settings for the capture, reset again on any exit.
capture_off() {
  "${PSQL[@]}" -c "alter system reset log_statement" -c "alter system reset log_line_prefix" \
    -c "alter system reset log_parameter_max_length" -c "select pg_reload_conf()" >/dev/null
}
trap 'capture_off || true' EXIT

failed=0
TSV="$OUT/dashboards.tsv"
printf 'dashboard\tpath\tuser\trequest_ms_median\tsql_ms_median\tratio\tqueries\ttransaction_control\tvalidation_skipped\twrites\tunreplayable\tload1_before\tload1_after\tinlined\tbackends\treq_cpu_ms\tsql_cpu_ms\tcpu_ratio\treq_pg_cpu_ms\n' >"$TSV"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); $ROUNDS round(s) x $REQUESTS requests and $REQUESTS SQL runs per dashboard; warm-up $WARMUP" \
  | tee "$OUT/context.txt"
for d in "${DASHBOARDS[@]}"; do
  IFS='|' read -r name path who <<<"$d"
  if [[ -z "${SESSION_OF[$who]:-}" ]]; then
    SESSION_OF[$who]="$(login "${USER_OF[$who]}")" || exit 1
  fi
  cookie="${SESSION_OF[$who]}"
  before="$(load1)"
  # Whole page, then the warm-up; every answer 200.
  read -r code kind <<<"$(curl -s -o "$OUT/$name.body" -w '%{http_code} %{content_type}' --max-time 30 \
    -H "Cookie: __Host-SESSION=$cookie" "$BASE$path")"
  if [[ "$code" != 200 ]]; then echo "$name: $path answers $code for ${USER_OF[$who]}" >&2; failed=1; continue; fi
  if [[ "$(page_check "$OUT/$name.body" "$kind")" != whole ]]; then echo "$name: $path is not a whole page" >&2; failed=1; continue; fi
  : >"$OUT/$name-warmup.txt"
  requests "$path" "$cookie" "$OUT/$name-warmup.txt" "$WARMUP"
  if awk '$1 != 200 { bad = 1 } END { exit !bad }' "$OUT/$name-warmup.txt"; then
    echo "$name: a warm-up request did not answer 200" >&2; failed=1; continue
  fi

  # One request with statement logging on.
  "${PSQL[@]}" -c "alter system set log_statement = 'all'" -c "alter system set log_line_prefix = '%m [%p] %u@%d '" \
    -c "alter system set log_parameter_max_length = -1" -c "select pg_reload_conf()" >/dev/null
  sleep 0.5
  logfile="$DATA_DIRECTORY/$("${PSQL[@]}" -c 'select pg_current_logfile()')"
  offset="$(stat -c %s "$logfile")"
  # The marks bracket the request in the log (bench/sqllog.py reads only what lies between them).
  "${PSQL[@]}" -c "select 'sleutelnet-bench: request starts'" >/dev/null
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Cookie: __Host-SESSION=$cookie" "$BASE$path")"
  "${PSQL[@]}" -c "select 'sleutelnet-bench: request answered'" >/dev/null
  capture_off
  [[ "$logfile" == "$DATA_DIRECTORY/$("${PSQL[@]}" -c 'select pg_current_logfile()')" ]] \
    || { echo "$name: the log file changed during the capture; run again" >&2; failed=1; continue; }
  tail -c +$((offset + 1)) "$logfile" >"$OUT/$name-statements.log"
  [[ "$code" == 200 ]] || { echo "$name: the logged request answered $code" >&2; failed=1; continue; }
  info="$(python3 "$BENCH_DIR/sqllog.py" "$OUT/$name-statements.log" "$APP_ROLE" "$OUT/$name.sql" "$OUT/$name.defines")" \
    || { echo "$name: no statements captured" >&2; failed=1; continue; }
  field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$info"; }
  unreplayable="$(field unreplayable)"
  defines=()
  while IFS= read -r line; do defines+=(-D "$line"); done <"$OUT/$name.defines"
  pgb() { PGOPTIONS="$REPLAY_OPTIONS" pgbench -n -M prepared -h localhost -p "$DB_PORT" -U postgres -c 1 -j 1 \
            "${defines[@]}" -f "$OUT/$name.sql" "$@" postgres; }
  if [[ "$unreplayable" != none ]] || ! pgb -t 1 >"$OUT/$name-replay-check.txt" 2>&1; then
    echo "$name: the statements cannot be replayed ($unreplayable); see $OUT/$name-replay-check.txt" >&2
    failed=1
    printf '%s\t%s\t%s\t\t\t\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$path" "${USER_OF[$who]}" "$(field statements)" \
      "$(field transaction_control)" "$(field validation_skipped)" "$(field writes)" "${unreplayable/none/replay failed}" \
      "$before" "$(load1)" "$(field inlined)" "$(field backends)" >>"$TSV"
    continue
  fi

  : >"$OUT/$name-requests.txt"
  rm -f "$OUT/$name-pgbench".*
  req_cpu=0; req_pg=0; sql_cpu=0
  for round in $(seq 1 "$ROUNDS"); do
    j0="$(jvm_jiffies)"; p0="$(pg_jiffies)"
    requests "$path" "$cookie" "$OUT/$name-requests.txt" "$REQUESTS"
    j1="$(jvm_jiffies)"; p1="$(pg_jiffies)"
    pgb -t "$REQUESTS" -r -l --log-prefix="$OUT/$name-pgbench" >"$OUT/$name-pgbench-round$round.txt" 2>&1 \
      || { echo "$name: pgbench failed in round $round; see $OUT/$name-pgbench-round$round.txt" >&2; failed=1; break; }
    p2="$(pg_jiffies)"
    req_cpu=$((req_cpu + (j1 - j0) + (p1 - p0))); req_pg=$((req_pg + (p1 - p0))); sql_cpu=$((sql_cpu + (p2 - p1)))
  done
  n_total=$((ROUNDS * REQUESTS))
  req_cpu_ms="$(awk -v j="$req_cpu" -v n="$n_total" -v hz="$HZ" 'BEGIN { printf "%.2f", j * 1000 / hz / n }')"
  req_pg_ms="$(awk -v j="$req_pg" -v n="$n_total" -v hz="$HZ" 'BEGIN { printf "%.2f", j * 1000 / hz / n }')"
  sql_cpu_ms="$(awk -v j="$sql_cpu" -v n="$n_total" -v hz="$HZ" 'BEGIN { printf "%.2f", j * 1000 / hz / n }')"
  cpu_ratio="$(awk -v a="$req_cpu" -v b="$sql_cpu" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }')"
  bad="$(awk '$1 != 200' "$OUT/$name-requests.txt" | wc -l)"
  connects="$(awk '{ s += $3 } END { print s + 0 }' "$OUT/$name-requests.txt")"
  if [[ "$bad" != 0 ]]; then echo "$name: $bad request(s) did not answer 200" >&2; failed=1; fi
  req_ms="$(awk '{ print $2 * 1000 }' "$OUT/$name-requests.txt" | median)"
  # pgbench -l: client, transaction, latency in microseconds, ...
  sql_ms="$(cat "$OUT/$name-pgbench".* | awk '{ print $3 / 1000 }' | median)"
  runs="$(cat "$OUT/$name-pgbench".* | wc -l)"
  [[ "$runs" == $((ROUNDS * REQUESTS)) ]] || { echo "$name: pgbench logged $runs runs, not $((ROUNDS * REQUESTS))" >&2; failed=1; }
  ratio="$(awk -v a="$req_ms" -v b="$sql_ms" 'BEGIN { printf "%.2f", a / b }')"
  after="$(load1)"
  printf '%s\t%s\t%s\t%.2f\t%.2f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$path" "${USER_OF[$who]}" "$req_ms" "$sql_ms" \
    "$ratio" "$(field statements)" "$(field transaction_control)" "$(field validation_skipped)" "$(field writes)" \
    "$unreplayable" "$before" "$after" "$(field inlined)" "$(field backends)" "$req_cpu_ms" "$sql_cpu_ms" "$cpu_ratio" "$req_pg_ms" >>"$TSV"
  printf '  %-15s request %8.2f ms  SQL alone %8.2f ms  ratio %5s  CPU %s / %s ms, ratio %s  (%s queries; curl opened %s connection(s), one per round; load %s -> %s)\n' \
    "$name" "$req_ms" "$sql_ms" "$ratio" "$req_cpu_ms" "$sql_cpu_ms" "$cpu_ratio" "$(field statements)" "$connects" "$before" "$after"
done

SUMMARY="$OUT/summary.md"
awk -F'\t' 'NR == 1 { next } {
    if (NR == 2) {
      print "| dashboard | path | as | request ms (median) | SQL alone ms (median) | ratio (target <= 2) | CPU ms per request (JVM + PostgreSQL) | of it PostgreSQL | PostgreSQL CPU ms per replay | CPU ratio | statements | load avg (1 min) |"
      print "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
    }
    stmts = $7 " queries + " $8 " BEGIN/COMMIT/ROLLBACK"
    if ($9 > 0) stmts = stmts "; not replayed: " $9 " empty quer" ($9 == 1 ? "y" : "ies") " (pool validation)"
    if ($14 > 0) stmts = stmts "; " $14 " empty-string/NULL parameter(s) as literals"
    if ($15 > 1) stmts = stmts "; on " $15 " server processes"
    if ($10 != "none") stmts = stmts ", writes rolled back: " $10
    if ($4 == "") { printf "| %s | `%s` | %s | | | not measured: %s | | | | | %s | %s |\n", $1, $2, $3, $11, stmts, $12; next }
    printf "| %s | `%s` | %s | %.2f | %.2f | %.2f%s | %s | %s | %s | %s | %s | %s -> %s |\n", $1, $2, $3, $4, $5, $6, ($6 > 2 ? " (over)" : ""), $16, $19, $17, $18, stmts, $12, $13
  }' "$TSV" >"$SUMMARY"
echo
cat "$SUMMARY"
echo
echo "Raw output: $OUT"
if [[ "$failed" != 0 ]]; then
  echo "SOME DASHBOARDS FAILED (non-200, not whole, or not replayable): see above; these figures are not complete." >&2
  exit 1
fi
