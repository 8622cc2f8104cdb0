#!/usr/bin/env bash
# Fills the database of a RUNNING benchmark instance (see bench/app.sh) with generated data.
#
#   bench/generate.sh [--scale default|national] [--db-port 54390] [--host localhost]
#                     [--audit-rows N] [--key-figures N] [--staff N]
#                     [--reset [--data-dir bench/out/db] [--port 8090]] [--no-contacts] [--no-concerns]
#
#   default   the demo region's 3 municipalities, 300 key figures each, 10 staff accounts
#             each, 4 wijken with 2 buurten and the default network kinds each, an audit
#             trail of 30,000 rows; contact moments via sql/generate-contacts.sql if present;
#             concerns via sql/generate-concerns.sql (≈ 2.9 per key figure: ≈ 2,600)
#   national  342 municipalities in 25 regions, ~70,000 key figures with a Zipf-like skew
#             (Maasoever, whose coordinator the load runs as, is the biggest: ~4,600),
#             10 staff accounts each, an audit trail of 400,000 rows, ≈ 200,000 concerns
#   --no-contacts / --no-concerns skip those generators (e.g. to measure concerns only)
#
# Idempotent: it only tops up to the targets (stable ids, "on conflict do nothing"), so a
# second run adds nothing and national after default adds the difference. The audit trail
# is append-only (a trigger refuses DELETE/TRUNCATE), so going back to a smaller data set
# means a fresh database: --reset stops the instance of --data-dir, deletes that directory
# (only below bench/out or /tmp), starts the instance again, then generates.
#
# Connects with psql as the superuser postgres to database postgres (the embedded
# PostgreSQL of the instance trusts local connections). Refuses the developers' default
# port 54329 unless --force.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCALE=default
HOST=localhost
DB_PORT=54390
PORT=8090
DATA_DIR="$BENCH_DIR/out/db"
AUDIT_ROWS=""
KEY_FIGURES=70000
STAFF=10
RESET=false
FORCE=false
CONTACTS=true
CONCERNS=true
PASSWORD_FROM=coordinator@maasoever.demo
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --host) HOST="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --data-dir) DATA_DIR="$2"; shift 2 ;;
    --audit-rows) AUDIT_ROWS="$2"; shift 2 ;;
    --key-figures) KEY_FIGURES="$2"; shift 2 ;;
    --staff) STAFF="$2"; shift 2 ;;
    --reset) RESET=true; shift ;;
    --force) FORCE=true; shift ;;
    --no-contacts) CONTACTS=false; shift ;;
    --no-concerns) CONCERNS=false; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
case "$SCALE" in
  default) AUDIT_ROWS="${AUDIT_ROWS:-30000}" ;;
  national) AUDIT_ROWS="${AUDIT_ROWS:-400000}" ;;
  *) echo "--scale must be default or national" >&2; exit 2 ;;
esac
if [[ "$DB_PORT" == 54329 && "$FORCE" != true ]]; then
  echo "port 54329 is the developers' default database; use a benchmark instance (bench/app.sh) or --force" >&2
  exit 2
fi

if [[ "$RESET" == true ]]; then
  mkdir -p "$(dirname "$DATA_DIR")"
  abs="$(cd "$(dirname "$DATA_DIR")" && pwd)/$(basename "$DATA_DIR")"
  case "$abs" in
    "$BENCH_DIR"/out/*|/tmp/*) ;;
    *) echo "--reset deletes only data directories below $BENCH_DIR/out or /tmp, not $abs" >&2; exit 2 ;;
  esac
  "$BENCH_DIR/app.sh" stop --data-dir "$abs"
  rm -rf -- "$abs"
  "$BENCH_DIR/app.sh" start --data-dir "$abs" --port "$PORT" --db-port "$DB_PORT"
fi

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$DB_PORT" -U postgres -d postgres)
if ! "${PSQL[@]}" -c 'select 1' >/dev/null 2>&1; then
  echo "no PostgreSQL on $HOST:$DB_PORT: start the instance first (bench/app.sh start)" >&2
  exit 1
fi

echo "Generating scale '$SCALE' on $HOST:$DB_PORT (audit trail target $AUDIT_ROWS rows)"
start="$(date +%s%3N)"
"${PSQL[@]}" -v scale="$SCALE" -v kf_total="$KEY_FIGURES" -v staff_per_municipality="$STAFF" \
  -v audit_rows="$AUDIT_ROWS" -v password_from="$PASSWORD_FROM" -f "$BENCH_DIR/sql/generate.sql" 2>&1 \
  | sed -e 's/^psql:[^ ]* NOTICE:  /  /'
# ---- HOOK: contact moments ------------------------------------------------------------
# sql/generate-contacts.sql (owned by the contact module's benchmark) fills contact moments
# for the key figures generated above. It gets the same psql variables; it must be idempotent
# and top-up only, like generate.sql. Skipped while the file does not exist.
if [[ "$CONTACTS" != true ]]; then
  echo "--no-contacts: no contact moments generated"
elif [[ -f "$BENCH_DIR/sql/generate-contacts.sql" ]]; then
  echo "Generating contact moments (sql/generate-contacts.sql)"
  "${PSQL[@]}" -v scale="$SCALE" -v kf_total="$KEY_FIGURES" -v staff_per_municipality="$STAFF" \
    -f "$BENCH_DIR/sql/generate-contacts.sql" 2>&1 | sed -e 's/^psql:[^ ]* NOTICE:  /  /'
else
  echo "No sql/generate-contacts.sql: no contact moments generated"
fi
# ---- end of HOOK -----------------------------------------------------------------------
# Concerns (issue 4): sql/generate-concerns.sql, in proportion to the key figures; idempotent.
if [[ "$CONCERNS" == true ]]; then
  echo "Generating concerns (sql/generate-concerns.sql)"
  "${PSQL[@]}" -f "$BENCH_DIR/sql/generate-concerns.sql" 2>&1 | sed -e 's/^psql:[^ ]* NOTICE:  /  /'
else
  echo "--no-concerns: no concerns generated"
fi
end="$(date +%s%3N)"
printf 'Done in %d.%03d s\n' $(((end - start) / 1000)) $(((end - start) % 1000))
