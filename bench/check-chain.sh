#!/usr/bin/env bash
# Checks the audit hash chain of a running benchmark instance twice, and times both:
#  1. in SQL, set-based (bench/sql/verify-chain.sql, same canonical string as AuditHash);
#  2. in the application: the privacy officer's "Controleer de hele keten" button
#     (POST /beheer/audit/controle as fg@maasoever.demo), which walks the chain in Java and
#     appends an AUDIT_VERIFIED row with outcome SUCCESS (intact) or FAILURE (broken).
#
#   bench/check-chain.sh [--port 8090] [--db-port 54390]
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT=8090
DB_PORT=54390
USER_NAME=fg@maasoever.demo
PASSWORD=Demo-Sleutelnet-2026
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
BASE="http://localhost:$PORT"
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres)

t0="$(date +%s%3N)"
read -r checked broken <<<"$("${PSQL[@]}" -F ' ' -f "$BENCH_DIR/sql/verify-chain.sql")"
t1="$(date +%s%3N)"
echo "sql: ${checked} rows checked, first broken: ${broken:-none} ($((t1 - t0)) ms)"

jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token="$(curl -s -c "$jar" -b "$jar" "$BASE/inloggen" | csrf)"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "gebruikersnaam=$USER_NAME" \
  --data-urlencode "wachtwoord=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/inloggen"
token="$(curl -s -c "$jar" -b "$jar" "$BASE/beheer/audit" | csrf)"
[[ -n "$token" ]] || { echo "could not open /beheer/audit as $USER_NAME" >&2; exit 1; }
before="$("${PSQL[@]}" -c "select coalesce(max(seq), 0) from audit_event where action = 'AUDIT_VERIFIED'")"
read -r code seconds <<<"$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' \
  --max-time 600 --data-urlencode "_csrf=$token" "$BASE/beheer/audit/controle")"
outcome="$("${PSQL[@]}" -c "select outcome from audit_event where action = 'AUDIT_VERIFIED' and seq > $before
                             order by seq desc limit 1")"
echo "app: POST /beheer/audit/controle answered $code in ${seconds} s; recorded outcome: ${outcome:-none}"
[[ -z "$broken" && "$outcome" == SUCCESS ]]
