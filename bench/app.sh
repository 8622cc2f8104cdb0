#!/usr/bin/env bash
# Starts, stops and inspects ONE benchmark instance of Sleutelnet (the runnable jar with its
# embedded PostgreSQL), on ports that do not collide with a developer's default run.
#
#   bench/app.sh start  [--port 8090] [--db-port 54390] [--data-dir bench/out/db] [--xmx 384m]
#                       [--jar PATH] [--no-copy] [--production-run] [--jvm "extra JVM options"]
#                       [-- extra application arguments, e.g. --spring.web.resources.chain.enabled=false]
#   bench/app.sh stop   [--data-dir ...]
#   bench/app.sh status [--data-dir ...]
#   bench/app.sh rss    [--data-dir ...]
#
# `start` prints the startup times: wall clock from `java -jar` to the "Started" line in
# the log, and to the first 200 from /actuator/health. `rss` prints the resident memory of
# the JVM (VmRSS, VmHWM) and of the embedded PostgreSQL (sum of PSS over its processes).
# The pid file, the log and the copy of the jar that runs live next to the data directory
# (<data-dir>.pid, <data-dir>.log, <data-dir>.jar).
#
# --production-run starts the instance as docs/operations.md documents the production run: the
# jar extracted (<data-dir>.app/), a class-data sharing archive made by a training run on this
# data directory (<data-dir>.app/sleutelnet.jsa; made again only when the jar changed, its time
# printed apart: production trains once per release), the options of production/jvm.options and
# MALLOC_ARENA_MAX=2. The startup times are those of the start after the training.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"

cmd="${1:-}"; shift || true
PORT=8090
DB_PORT=54390
DATA_DIR="$BENCH_DIR/out/db"
XMX=384m
JAR="$ROOT/target/sleutelnet-0.1.0-SNAPSHOT.jar"
TIMEOUT=180
EXTRA=()
COPY=true
JVM_OPTS=""
PRODUCTION=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --) shift; EXTRA=("$@"); break ;;
    --port) PORT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    --data-dir) DATA_DIR="$2"; shift 2 ;;
    --xmx) XMX="$2"; shift 2 ;;
    --jar) JAR="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --no-copy) COPY=false; shift ;;
    --production-run) PRODUCTION=true; shift ;;
    --jvm) JVM_OPTS="$2"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$(dirname "$DATA_DIR")"
DATA_DIR="$(cd "$(dirname "$DATA_DIR")" && pwd)/$(basename "$DATA_DIR")"
PID_FILE="$DATA_DIR.pid"
LOG_FILE="$DATA_DIR.log"

now_ms() { date +%s%3N; }

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  [[ -n "$pid" && -f "$DATA_DIR.runjar" ]] && kill -0 "$pid" 2>/dev/null \
    && grep -qF "$(cat "$DATA_DIR.runjar")" "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

# The postmaster of the embedded PostgreSQL writes its pid into the data directory.
postgres_pids() {
  local pm
  [[ -f "$DATA_DIR/postmaster.pid" ]] || return 0
  pm="$(head -1 "$DATA_DIR/postmaster.pid")"
  kill -0 "$pm" 2>/dev/null || return 0
  echo "$pm"
  ps -o pid= --ppid "$pm" | tr -d ' '
}

# The production run's preparation (docs/operations.md): extract the jar and make the class-data
# sharing archive with a training run that stops right after the context is refreshed. Done again
# only when the jar differs from the one extracted last.
APP_DIR="$DATA_DIR.app"
production_prepare() {
  local sum; sum="$(sha256sum "$JAR" | cut -d' ' -f1)"
  if [[ -f "$APP_DIR/sleutelnet.jsa" && "$(cat "$APP_DIR/jar.sha256" 2>/dev/null)" == "$sum" ]]; then
    echo "production run: extracted jar and CDS archive of this jar in $APP_DIR"; return
  fi
  rm -rf -- "$APP_DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
  local t; t="$(now_ms)"
  # The training run's own log, with the archive's warnings about classes it cannot hold.
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 java "@$ROOT/production/jvm.options" "-Xmx$XMX" $JVM_OPTS \
    -XX:ArchiveClassesAtExit="$APP_DIR/sleutelnet.jsa" -Dspring.context.exit=onRefresh \
    -jar "$APP_DIR/$(basename "$JAR")" "${APP_ARGS[@]}" "${EXTRA[@]}" >"$APP_DIR/training.log" 2>&1 </dev/null \
    || { echo "the training run failed; see $APP_DIR/training.log" >&2; tail -30 "$APP_DIR/training.log" >&2; exit 1; }
  # The run ends at the refresh without closing the context, so the embedded PostgreSQL it
  # started is still running: stop it (fast shutdown) before the real start.
  local pm
  for pm in $(postgres_pids | head -1); do
    kill -INT "$pm"
    for _ in $(seq 1 100); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pm" 2>/dev/null; then echo "the training run's PostgreSQL (pid $pm) did not stop" >&2; exit 1; fi
  done
  [[ -s "$APP_DIR/sleutelnet.jsa" ]] || { echo "the training run wrote no archive; see $APP_DIR/training.log" >&2; exit 1; }
  echo "$sum" >"$APP_DIR/jar.sha256"
  echo "production run: extracted into $APP_DIR, training run $(( $(now_ms) - t )) ms, archive $(du -m "$APP_DIR/sleutelnet.jsa" | cut -f1) MB"
}

case "$cmd" in
  start)
    if pid="$(running_pid)"; then echo "already running: pid $pid ($LOG_FILE)" >&2; exit 1; fi
    [[ -f "$JAR" ]] || { echo "no jar at $JAR: run ./mvnw -q -B -DskipTests package" >&2; exit 1; }
    if curl -s -o /dev/null "http://localhost:$PORT/actuator/health"; then
      echo "port $PORT is already answering: another instance? Choose --port" >&2; exit 1
    fi
    # Run a copy: a rebuild of target/ (./mvnw package) must not pull the jar from under a
    # running benchmark.
    # (--no-copy: run --jar in place, e.g. an extracted jar that needs its lib/ next to it)
    RUN_JAR="$JAR"
    JAVA_ARGS=("-Xmx$XMX")
    APP_ARGS=(--server.port="$PORT" --sleutelnet.database.port="$DB_PORT" --sleutelnet.database.data-directory="$DATA_DIR")
    if [[ "$PRODUCTION" == true ]]; then
      production_prepare
      RUN_JAR="$APP_DIR/$(basename "$JAR")"
      JAVA_ARGS=("@$ROOT/production/jvm.options" "-Xmx$XMX" "-XX:SharedArchiveFile=$APP_DIR/sleutelnet.jsa")
      export MALLOC_ARENA_MAX=2
    elif [[ "$COPY" == true ]]; then cp "$JAR" "$DATA_DIR.jar"; RUN_JAR="$DATA_DIR.jar"; fi
    echo "$RUN_JAR" >"$DATA_DIR.runjar"
    t0="$(now_ms)"
    # setsid: the instance survives the shell that started it; it is stopped by pid (stop).
    # shellcheck disable=SC2086
    setsid java "${JAVA_ARGS[@]}" $JVM_OPTS -jar "$RUN_JAR" "${APP_ARGS[@]}" "${EXTRA[@]}" >"$LOG_FILE" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PID_FILE"
    started=""; healthy=""
    while :; do
      t="$(now_ms)"
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "the application exited during startup; see $LOG_FILE" >&2; tail -30 "$LOG_FILE" >&2; exit 1
      fi
      if [[ -z "$started" ]] && grep -q 'Started SleutelnetApplication' "$LOG_FILE"; then started=$((t - t0)); fi
      if [[ -z "$healthy" ]] && [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 \
            "http://localhost:$PORT/actuator/health" || true)" == 200 ]]; then healthy=$(( $(now_ms) - t0 )); fi
      if [[ -n "$started" && -n "$healthy" ]]; then break; fi
      if (( t - t0 > TIMEOUT * 1000 )); then echo "no startup within ${TIMEOUT}s; see $LOG_FILE" >&2; exit 1; fi
      sleep 0.05
    done
    if [[ "$PRODUCTION" == true ]] && ! grep -qF "$APP_DIR/sleutelnet.jsa" "/proc/$pid/maps"; then
      echo "the JVM did not map the CDS archive $APP_DIR/sleutelnet.jsa (stale, or made by another JDK?)" >&2; exit 1
    fi
    spring="$(grep -o 'Started SleutelnetApplication in [0-9.]* seconds (process running for [0-9.]*)' "$LOG_FILE" | head -1)"
    printf 'pid %s, log %s\n' "$pid" "$LOG_FILE"
    printf 'startup_started_ms=%s startup_health_ms=%s\n' "$started" "$healthy"
    printf 'spring: %s\n' "${spring:-?}"
    ;;
  stop)
    if ! pid="$(running_pid)"; then echo "not running"; rm -f "$PID_FILE"; exit 0; fi
    kill -TERM "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then echo "pid $pid did not stop in 30 s" >&2; exit 1; fi
    rm -f "$PID_FILE"
    echo "stopped pid $pid"
    ;;
  status)
    if pid="$(running_pid)"; then echo "running: pid $pid, log $LOG_FILE"; else echo "not running"; exit 1; fi
    ;;
  rss)
    pid="$(running_pid)" || { echo "not running" >&2; exit 1; }
    rss="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")"
    hwm="$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")"
    pg=0
    for p in $(postgres_pids); do
      v="$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)"
      pg=$((pg + ${v:-0}))
    done
    printf 'jvm_rss_mb=%d jvm_hwm_mb=%d postgres_pss_mb=%d\n' $((rss / 1024)) $((hwm / 1024)) $((pg / 1024))
    ;;
  *)
    sed -n '2,23p' "$0"; exit 2 ;;
esac
