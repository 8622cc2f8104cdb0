#!/usr/bin/env bash
# Bounded load test with wrk against a running benchmark instance (loopback only).
#
#   bench/load.sh [--port 8090] [--user coordinator@maasoever.demo] [--password Demo-Sleutelnet-2026]
#                 [--concern-user zorg@maasoever.demo] [--analyst analist01@regio.bench]
#                 [--privacy-officer fg@maasoever.demo]
#                 [--duration 15s] [--warmup 5s] [--runs 3] [--threads 2] [--connections 16]
#                 [--sessions 16] [--zoek berg] [--only start,list,...,audit] [--out DIR]
#                 [--db-port 54390] [--quiet-wait 90] [--quiet-max 25]
#
# Each endpoint is measured as the user it is for: the register, contact and API pages as
# --user (a coordinator), the concern pages as --concern-user, the regional figures as
# --analyst (default: analist01@regio.bench, a generated region of 15 municipalities at national
# scale, else the demo region's analist@regio.demo), the audit trail as --privacy-officer; the key-figure page twice, for the first
# key figure of the list and for the one with the longest history (most contact moments,
# read from the database on --db-port). Signs in with curl (CSRF token from the login form)
# --sessions times per user, renders /start once per session (see below), checks that every
# endpoint answers 200 for that session, warms each endpoint up once, then runs wrk
# (--threads, --connections, --latency) --runs rounds over all endpoints (interleaved, so
# that a noisy minute hurts every endpoint alike). The framework floor is
# /actuator/health/liveness without a session (no database); /actuator/health is measured
# too, but it is not a floor here: it checks every DataSource bean, and the embedded run's
# unpooled Flyway DataSource opens two new PostgreSQL connections per call. Prints per
# endpoint the medians over the rounds of requests/s, p50 and p99, and the medians of the
# per-round ratios p50/p50(floor) and p99/p99(floor). A round with any non-200 answer is
# reported and makes the script fail, and so is one with any "broken" page: an HTML answer
# that is not one whole document (one <html>, ending with </html>, no error page inside;
# a template that fails while streaming still answers 200). The check before the runs
# fetches every page once with curl and applies the same test, and so does a check after the
# last round (a page that breaks only under load or after the cache filled up).
# Raw wrk output and a TSV/Markdown summary go to --out (default bench/out/load-<time>).
#
# The machine is shared and noisy, so every run also records CPU time: of the instance
# (the JVM listening on --port plus the PostgreSQL on --db-port and its backends), of wrk,
# and of everything else ("others", % of all cores). CPU ms per request of the instance is
# the figure least disturbed by neighbours. Before each run the script waits up to
# --quiet-wait seconds until the others use less than --quiet-max % of the machine.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT=8090
USER_NAME=coordinator@maasoever.demo
CONCERN_USER=zorg@maasoever.demo
ANALYST=""
PRIVACY_OFFICER=fg@maasoever.demo
PASSWORD=Demo-Sleutelnet-2026
DURATION=15s
WARMUP=5s
RUNS=3
THREADS=2
CONNECTIONS=16
SESSIONS=16
ZOEK=berg
ONLY=""
OUT=""
DB_PORT=54390
QUIET_WAIT=90
QUIET_MAX=25
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --user) USER_NAME="$2"; shift 2 ;;
    --password) PASSWORD="$2"; shift 2 ;;
    --concern-user) CONCERN_USER="$2"; shift 2 ;;
    --analyst) ANALYST="$2"; shift 2 ;;
    --privacy-officer) PRIVACY_OFFICER="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --sessions) SESSIONS="$2"; shift 2 ;;
    --zoek) ZOEK="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    --quiet-wait) QUIET_WAIT="$2"; shift 2 ;;
    --quiet-max) QUIET_MAX="$2"; shift 2 ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
OUT="${OUT:-$BENCH_DIR/out/load-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
BASE="http://localhost:$PORT"
WRK_BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@"; }
# login (sign in, prints the session cookie) and page_check (is an HTML answer one whole page)
. "$BENCH_DIR/session.sh"

[[ "$(status_of "$BASE/actuator/health")" == 200 ]] || { echo "no healthy instance on $BASE (bench/app.sh start)" >&2; exit 1; }

# --- CPU accounting -------------------------------------------------------------------
listener_pid() { ss -ltnpH "( sport = :$1 )" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
APP_PID="$(listener_pid "$PORT")"
PG_PID="$(listener_pid "$DB_PORT")"
[[ -n "$APP_PID" && -n "$PG_PID" ]] || { echo "cannot find the processes on ports $PORT and $DB_PORT" >&2; exit 1; }
NCPU="$(nproc)"
HZ="$(getconf CLK_TCK)"
# busy and total jiffies of the whole machine
machine_jiffies() { awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
# utime+stime of the instance: the JVM, the postmaster with its ended (reaped) backends
# (cutime+cstime), and its live backends
own_jiffies() {
  local sum=0 p v
  v="$(sed 's/^.*) //' "/proc/$PG_PID/stat" 2>/dev/null | awk '{print $14 + $15}')" || v=0
  sum=$((sum + ${v:-0}))
  for p in "$APP_PID" "$PG_PID" $(ps -o pid= --ppid "$PG_PID"); do
    v="$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}')" || v=0
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}
# utime+stime of the JVM alone (the rest of the instance's CPU is PostgreSQL's)
jvm_jiffies() { sed 's/^.*) //' "/proc/$APP_PID/stat" | awk '{print $12 + $13}'; }
# % of all cores used by other processes than ours over a 2 s sample
others_now() {
  local b0 t0 o0 b1 t1 o1
  read -r b0 t0 <<<"$(machine_jiffies)"; o0="$(own_jiffies)"
  sleep 2
  read -r b1 t1 <<<"$(machine_jiffies)"; o1="$(own_jiffies)"
  echo $(( 100 * ((b1 - b0) - (o1 - o0)) / (t1 - t0 > 0 ? t1 - t0 : 1) ))
}
wait_quiet() {
  local waited=0 others
  while :; do
    others="$(others_now)"
    if (( others < QUIET_MAX )) || (( waited >= QUIET_WAIT )); then echo "$others"; return; fi
    sleep 3; waited=$((waited + 5))
  done
}

# Sessions per user, signed in only for the users of the endpoints being measured:
# SESSIONS_OF[who] holds the cookie values, separated by commas.
declare -A SESSIONS_OF USER_OF=([staff]="$USER_NAME" [concern]="$CONCERN_USER" [analyst]="$ANALYST" [privacy]="$PRIVACY_OFFICER")
sign_in() { # who
  local who="$1" c cookies=""
  [[ -n "${SESSIONS_OF[$who]:-}" ]] && return 0
  echo "Signing in $SESSIONS session(s) as ${USER_OF[$who]} ..."
  for _ in $(seq 1 "$SESSIONS"); do
    c="$(login "${USER_OF[$who]}")" || exit 1
    cookies="${cookies:+$cookies,}$c"
  done
  # Render one page per session before any concurrency: the first page of a fresh session
  # creates its CSRF token, and concurrent first requests of one session race to insert that
  # attribute into spring_session_attributes (duplicate key -> 500; spring-session#2564).
  for c in ${cookies//,/ }; do
    code="$(status_of -H "Cookie: __Host-SESSION=$c" "$BASE/start")"
    [[ "$code" == 200 ]] || { echo "/start answers $code for a fresh session of ${USER_OF[$who]}" >&2; exit 1; }
  done
  SESSIONS_OF[$who]="$cookies"
}
if [[ -z "$ANALYST" ]]; then
  ANALYST=analist@regio.demo
  c="$(login analist01@regio.bench 2>/dev/null)" && ANALYST=analist01@regio.bench
fi
USER_OF[analyst]="$ANALYST"
sign_in staff
COOKIES="${SESSIONS_OF[staff]}"
FIRST="${COOKIES%%,*}"

# One key figure to open: the first of the list. (A privacy officer sees no key figures.)
ID="$(curl -s -H "Cookie: __Host-SESSION=$FIRST" "$BASE/api/v1/sleutelfiguren?paginaGrootte=1" \
  | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4 || true)"
[[ -n "$ID" || -n "$ONLY" ]] || { echo "could not read a key-figure id from /api/v1/sleutelfiguren" >&2; exit 1; }
# The key figure with the longest history (most contact moments) in the same municipality.
PSQL=(psql -X -q -At -h localhost -p "$DB_PORT" -U postgres -d postgres)
LONG_ID=""
if [[ -n "$ID" ]] && command -v psql >/dev/null; then
  LONG_ID="$("${PSQL[@]}" -c "select key_figure_id from contact_moment
      where municipality_id = (select municipality_id from key_figure where id = '$ID')
      group by key_figure_id order by count(*) desc, key_figure_id limit 1" 2>/dev/null || true)"
  LONG_ENTRIES="$("${PSQL[@]}" -c "select count(*) from contact_moment where key_figure_id = '${LONG_ID:-$ID}'" 2>/dev/null || true)"
fi
[[ -n "$LONG_ID" ]] || { echo "no key figure with contact moments found (psql on $DB_PORT): page-long uses the first one" >&2; LONG_ID="$ID"; }
TOTAL="$(curl -s -H "Cookie: __Host-SESSION=$FIRST" "$BASE/api/v1/sleutelfiguren?paginaGrootte=1" \
  | grep -o '"totaal":[0-9]*' | cut -d: -f2 || true)"
MATCHES="$(curl -s -H "Cookie: __Host-SESSION=$FIRST" "$BASE/api/v1/sleutelfiguren?paginaGrootte=1&zoek=$ZOEK" \
  | grep -o '"totaal":[0-9]*' | cut -d: -f2 || true)"

# name|path|as whom (no = without a session)
ENDPOINTS=(
  "floor|/actuator/health/liveness|no"
  "health|/actuator/health|no"
  "start|/start|staff"
  "list|/sleutelfiguren|staff"
  "search|/sleutelfiguren?zoek=$ZOEK|staff"
  "api-list|/api/v1/sleutelfiguren|staff"
  "api-get|/api/v1/sleutelfiguren/$ID|staff"
  "page|/sleutelfiguren/$ID|staff"
  "page-long|/sleutelfiguren/$LONG_ID|staff"
  "filter|/sleutelfiguren?status=ACTIVE&teLaat=true&sorteer=volgendContact|staff"
  "worklist|/contact/werklijst|staff"
  "coordination|/contact/afstemming|staff"
  "api-contacts|/api/v1/contactmomenten|staff"
  "zm-worklist|/zorgmeldingen?weergave=open|concern"
  "zm-api-list|/api/v1/zorgmeldingen|concern"
  "zm-figures|/zorgmeldingen/cijfers|concern"
  "zm-api-figures|/api/v1/zorgmeldingen/cijfers|concern"
  "zm-region|/regio/zorgmeldingen/cijfers|analyst"
  "audit|/beheer/audit|privacy"
)
if [[ -n "$ONLY" ]]; then
  kept=()
  for e in "${ENDPOINTS[@]}"; do
    [[ ",floor,$ONLY," == *",${e%%|*},"* ]] && kept+=("$e")
  done
  ENDPOINTS=("${kept[@]}")
fi
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r _ _ who <<<"$e"
  [[ "$who" == no ]] || sign_in "$who"
done

# Every endpoint once with curl, as its user: 200 and a whole page (before and after the load).
check_bodies() { # when
  local body e name path who cookie code kind bad=0
  body="$(mktemp)"
  for e in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path who <<<"$e"
    cookie=()
    [[ "$who" != no ]] && cookie=(-H "Cookie: __Host-SESSION=${SESSIONS_OF[$who]%%,*}")
    read -r code kind <<<"$(curl -s -o "$body" -w '%{http_code} %{content_type}' --max-time 10 "${cookie[@]}" "$BASE$path")"
    if [[ "$code" != 200 ]]; then
      echo "$1: $path answers $code, not 200" >&2; bad=1
    elif [[ "$(page_check "$body" "$kind")" != whole ]]; then
      echo "$1: $path answers 200 but the page is not whole (cut short or with an error page inside)" >&2; bad=1
    fi
  done
  rm -f "$body"
  return "$bad"
}
check_bodies before || { echo "not benchmarking pages that are not whole" >&2; exit 1; }

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "users: ${USER_OF[staff]}, ${USER_OF[concern]}, ${USER_OF[analyst]}, ${USER_OF[privacy]} (sessions each: $SESSIONS)"
  echo "key figures visible: $TOTAL; zoek=$ZOEK matches: $MATCHES; id: $ID; longest history: $LONG_ID (${LONG_ENTRIES:-?} contact moments)"
  echo "wrk: -t$THREADS -c$CONNECTIONS -d$DURATION --latency --timeout 10s; warm-up $WARMUP per endpoint; rounds: $RUNS"
} | tee "$OUT/context.txt"

run_wrk() { # name path who duration file -> RESULT line plus CPU fields (raw output kept)
  local name="$1" path="$2" who="$3" duration="$4" file="$5" cookies="" b0 t0 o0 j0 b1 t1 o1 j1 w line
  [[ "$who" != no ]] && cookies="${SESSIONS_OF[$who]}"
  read -r b0 t0 <<<"$(machine_jiffies)"; o0="$(own_jiffies)"; j0="$(jvm_jiffies)"
  SLEUTELNET_COOKIES="$cookies" /usr/bin/time -f 'WRKCPU %U %S' -o "$file.time" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency --timeout 10s \
    -s "$BENCH_DIR/wrk/session.lua" "$WRK_BASE$path" >"$file" 2>&1 || true
  read -r b1 t1 <<<"$(machine_jiffies)"; o1="$(own_jiffies)"; j1="$(jvm_jiffies)"
  line="$(grep '^RESULT ' "$file")" || { echo "wrk failed for $name; see $file" >&2; return 1; }
  w="$(awk '/^WRKCPU/ {printf "%d", ($2 + $3) * '"$HZ"'}' "$file.time")"
  local req; req="$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")"
  awk -v line="$line" -v own=$((o1 - o0)) -v jvm=$((j1 - j0)) -v wrk="${w:-0}" -v busy=$((b1 - b0)) -v total=$((t1 - t0)) \
      -v req="$req" -v hz="$HZ" 'BEGIN {
    printf "%s app_cpu_ms_per_req=%.3f jvm_cpu_ms_per_req=%.3f app_cpu_pct=%.0f wrk_cpu_pct=%.0f others_cpu_pct=%.0f\n", line,
      (req > 0 ? own * 1000 / hz / req : 0), (req > 0 ? jvm * 1000 / hz / req : 0), 100 * own / total, 100 * wrk / total, 100 * (busy - own - wrk) / total }'
}

echo "Warm-up ($WARMUP per endpoint) ..."
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path who <<<"$e"
  run_wrk "$name" "$path" "$who" "$WARMUP" "$OUT/warmup-$name.txt" >/dev/null
done

RUNS_TSV="$OUT/runs.tsv"
printf 'round\tendpoint\trps\tp50_ms\tp90_ms\tp99_ms\tmax_ms\trequests\tnon200\tnon200_codes\tsocket_errors\tapp_cpu_ms_per_req\tapp_cpu_pct\twrk_cpu_pct\tothers_cpu_pct\tothers_before_pct\tbroken\tjvm_cpu_ms_per_req\n' >"$RUNS_TSV"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }
failed=0
for round in $(seq 1 "$RUNS"); do
  for e in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path who <<<"$e"
    before="$(wait_quiet)"
    line="$(run_wrk "$name" "$path" "$who" "$DURATION" "$OUT/round$round-$name.txt")"
    non200="$(field non200 "$line")"
    sock=$(( $(field connect_err "$line") + $(field read_err "$line") + $(field write_err "$line") + $(field timeouts "$line") ))
    broken="$(field broken "$line")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$(field rps "$line")" \
      "$(field p50_ms "$line")" "$(field p90_ms "$line")" "$(field p99_ms "$line")" "$(field max_ms "$line")" \
      "$(field requests "$line")" "$non200" "$(field non200_codes "$line")" "$sock" \
      "$(field app_cpu_ms_per_req "$line")" "$(field app_cpu_pct "$line")" "$(field wrk_cpu_pct "$line")" \
      "$(field others_cpu_pct "$line")" "$before" "$broken" "$(field jvm_cpu_ms_per_req "$line")" >>"$RUNS_TSV"
    printf '  round %s %-9s %8s req/s  p50 %7s ms  p99 %7s ms  non-200 %s  broken %s  cpu/req %s ms  others %s%% (before %s%%)\n' \
      "$round" "$name" "$(field rps "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")" "$non200" "$broken" \
      "$(field app_cpu_ms_per_req "$line")" "$(field others_cpu_pct "$line")" "$before"
    if [[ "$non200" != 0 || "$sock" != 0 || "$broken" != 0 ]]; then failed=1; fi
  done
done

check_bodies after || failed=1

# Medians over rounds; ratios per round against that round's health run, then the median.
SUMMARY_MD="$OUT/summary.md"
awk -F'\t' -v order="$(printf '%s\n' "${ENDPOINTS[@]}" | cut -d'|' -f1,2 | tr '\n' ';')" '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; j = i - 1; while (j > 0 && a[j] + 0 > t + 0) { a[j + 1] = a[j]; j-- } a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  NR == 1 { next }
  { rps[$2] = rps[$2] " " $3; p50[$2] = p50[$2] " " $4; p99[$2] = p99[$2] " " $6
    cpu[$2] = cpu[$2] " " $12; oth[$2] = oth[$2] " " $15; jvm[$2] = jvm[$2] " " $18
    h50[$1, $2] = $4; h99[$1, $2] = $6; rounds[$1] = 1; bad[$2] += $9 + $11 + $17; cut[$2] += $17 }
  END {
    for (r in rounds) for (k in bad) { r50[k] = r50[k] " " h50[r, k] / h50[r, "floor"]; r99[k] = r99[k] " " h99[r, k] / h99[r, "floor"] }
    n = split(order, eps, ";")
    print "| endpoint | path | req/s | p50 ms | p99 ms | p50 / floor | p99 / floor | CPU ms/req | of it JVM | others % | non-200 | broken |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      if (eps[i] == "") continue
      split(eps[i], kv, "|"); k = kv[1]
      printf "| %s | `%s` | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.0f | %d | %d |\n", k, kv[2], median(rps[k]), median(p50[k]), median(p99[k]), median(r50[k]), median(r99[k]), median(cpu[k]), median(jvm[k]), median(oth[k]), bad[k] - cut[k], cut[k]
    }
  }' "$RUNS_TSV" >"$SUMMARY_MD"
echo
echo "Medians over $RUNS round(s) ($THREADS threads, $CONNECTIONS connections, $DURATION each):"
cat "$SUMMARY_MD"
echo
echo "Raw output: $OUT"
if [[ "$failed" != 0 ]]; then
  echo "SOME RUNS HAD NON-200 ANSWERS, BROKEN PAGES OR SOCKET ERRORS: see $RUNS_TSV; these figures are not valid." >&2
  exit 1
fi
