#!/usr/bin/env bash
# Measures two commits on the same data, one after the other, and prints their load tables
# side by side, so that a change's effect is measured rather than remembered.
#
#   bench/compare.sh BEFORE AFTER [--scale default|national] [--data-dir DIR] [--pairs 1]
#                    [--port 8090] [--db-port 54390] [-- load.sh options, e.g. --only start,list --runs 2]
#
# BEFORE and AFTER are anything `git rev-parse` takes (a commit, a branch, HEAD~3). Each is
# built once into bench/out/compare-<time>/<commit>.jar from a temporary worktree. The data is
# generated once with BEFORE's jar (or taken from --data-dir: a stopped benchmark database,
# which is left as it is) and kept as a pristine copy; each measurement starts from a fresh
# copy of it, so both commits see the same rows (AFTER's migrations, if any, run on its copy).
# --pairs N measures BEFORE, AFTER N times in turn (a drifting machine then hurts both).
# Prints one table: per endpoint req/s, p99 and CPU ms/request of both, and AFTER/BEFORE.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
[[ $# -ge 2 ]] || { sed -n '2,14p' "$0"; exit 2; }
BEFORE="$(git -C "$ROOT" rev-parse --short "$1")"
AFTER="$(git -C "$ROOT" rev-parse --short "$2")"
shift 2
SCALE=default
DATA_SOURCE=""
PAIRS=1
PORT=8090
DB_PORT=54390
LOAD_OPTS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --) shift; LOAD_OPTS=("$@"); break ;;
    --scale) SCALE="$2"; shift 2 ;;
    --data-dir) DATA_SOURCE="$2"; shift 2 ;;
    --pairs) PAIRS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
OUT="$BENCH_DIR/out/compare-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
DB="$OUT/db"
PRISTINE="$OUT/db-pristine"
APP=("$BENCH_DIR/app.sh")
INSTANCE=(--port "$PORT" --db-port "$DB_PORT" --data-dir "$DB" --no-copy)

build() { # commit -> $OUT/<commit>.jar
  local commit="$1" tree="$OUT/src-$1"
  echo "== build $commit"
  git -C "$ROOT" worktree add --detach -q "$tree" "$commit"
  (cd "$tree" && ./mvnw -q -B -DskipTests package) >"$OUT/build-$commit.log" 2>&1 \
    || { echo "build of $commit failed: $OUT/build-$commit.log" >&2; exit 1; }
  cp "$tree"/target/sleutelnet-*.jar "$OUT/$commit.jar"
  git -C "$ROOT" worktree remove --force "$tree"
}
build "$BEFORE"
build "$AFTER"
trap '"${APP[@]}" stop --data-dir "$DB" >/dev/null 2>&1 || true' EXIT

if [[ -n "$DATA_SOURCE" ]]; then
  echo "== data: copy of $DATA_SOURCE"
  cp -a "$DATA_SOURCE" "$PRISTINE"
else
  echo "== data: generated with $BEFORE (--scale $SCALE)"
  "${APP[@]}" start "${INSTANCE[@]}" --jar "$OUT/$BEFORE.jar" >/dev/null
  "$BENCH_DIR/generate.sh" --scale "$SCALE" --db-port "$DB_PORT" >"$OUT/generate.txt"
  "${APP[@]}" stop --data-dir "$DB" >/dev/null
  mv "$DB" "$PRISTINE"
fi

measure() { # commit pair
  local commit="$1" pair="$2"
  echo "== load: $commit (pair $pair of $PAIRS)"
  rm -rf "$DB"
  cp -a "$PRISTINE" "$DB"
  "${APP[@]}" start "${INSTANCE[@]}" --jar "$OUT/$commit.jar" | grep '^startup_' || true
  "$BENCH_DIR/load.sh" --port "$PORT" --db-port "$DB_PORT" --out "$OUT/load-$commit-$pair" "${LOAD_OPTS[@]}" \
    >"$OUT/load-$commit-$pair.log" 2>&1 || { echo "load of $commit failed: $OUT/load-$commit-$pair.log" >&2; exit 1; }
  "${APP[@]}" stop --data-dir "$DB" >/dev/null
}
for pair in $(seq 1 "$PAIRS"); do
  measure "$BEFORE" "$pair"
  measure "$AFTER" "$pair"
done

# Side by side: medians over every round of every pair (runs.tsv of each load).
{
  echo "# $BEFORE → $AFTER ($(date -u +%Y-%m-%d), $PAIRS pair(s), load options: ${LOAD_OPTS[*]:-defaults})"
  echo
  awk -F'\t' -v before="$BEFORE" '
    function median(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 2; i <= n; i++) { t = a[i]; j = i - 1; while (j > 0 && a[j] + 0 > t + 0) { a[j + 1] = a[j]; j-- } a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    FNR == 1 { split(FILENAME, parts, "/load-"); c = substr(parts[2], 1, index(parts[2], "-") - 1); next }
    { k = $2; if (!(k in seen)) { seen[k] = 1; order[++n] = k }
      rps[c, k] = rps[c, k] " " $3; p99[c, k] = p99[c, k] " " $6; cpu[c, k] = cpu[c, k] " " $12
      commits[c] = 1; bad[c, k] += $9 + $11 + $17 }
    END {
      for (c in commits) if (c != before) after = c
      printf "| endpoint | req/s %s | req/s %s | p99 ms %s | p99 ms %s | CPU ms/req %s | CPU ms/req %s | CPU after/before |\n", before, after, before, after, before, after
      print "|---|---:|---:|---:|---:|---:|---:|---:|"
      for (i = 1; i <= n; i++) {
        k = order[i]; cb = median(cpu[before, k]); ca = median(cpu[after, k])
        printf "| %s%s | %.0f | %.0f | %.1f | %.1f | %.2f | %.2f | %.2f |\n", k,
          (bad[before, k] + bad[after, k] > 0 ? " (had failures)" : ""),
          median(rps[before, k]), median(rps[after, k]), median(p99[before, k]), median(p99[after, k]),
          cb, ca, (cb > 0 ? ca / cb : 0)
      }
    }' "$OUT"/load-*-*/runs.tsv
} | tee "$OUT/compare.md"
rm -rf "$DB" "$PRISTINE"
echo "Raw output: $OUT"
