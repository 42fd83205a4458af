#!/bin/bash
# Load: POST /api/v1/evaluations and POST /api/v1/observations — first the maximum throughput (closed loop,
# LOAD_CONCURRENCY workers), then an open-loop run at 80 % of it (fixed rate, latency from the due time).
# Prints throughput, p50, p99 and errors for each; target: zero errors at 80 %. Figures: bench/README.md "Load".
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${LOAD_PORT:-18190} SCHEMA=${LOAD_SCHEMA:-headroom_bench_load} C=${LOAD_CONCURRENCY:-16}
SECONDS_MAX=${LOAD_SECONDS:-20} WARMUP=${LOAD_WARMUP:-5} SHARE=${LOAD_SHARE:-0.8} ACCOUNTS=${LOAD_ACCOUNTS:-20}
OUT=$ROOT/bench/out/load-$(date +%Y%m%d-%H%M%S); mkdir -p "$OUT"
export PGOPTIONS="-c client_min_messages=warning"
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "drop schema if exists $SCHEMA cascade"
(cd "$ROOT" && QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
  QUARKUS_FLYWAY_SCHEMAS=$SCHEMA exec java -Dquarkus.profile=local -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$PORT" -Dheadroom.batch.worker-enabled=false -jar target/quarkus-app/quarkus-run.jar) >"$OUT/service.log" 2>&1 &
SVC=$!
trap 'kill $SVC 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
mapfile -t IDS < <(python3 "$ROOT/bench/accounts.py" "http://127.0.0.1:$PORT" "$ACCOUNTS")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "service: packaged jar, local profile, schema $SCHEMA, $ACCOUNTS accounts; client: bench/LoadGen.java, concurrency $C"
run() { java "$ROOT/bench/LoadGen.java" "http://127.0.0.1:$PORT" "$@" -- "${IDS[@]}"; }
for endpoint in evaluations observations; do
  run "$endpoint" max "$C" "$WARMUP" >/dev/null
  MAX=$(run "$endpoint" max "$C" "$SECONDS_MAX" | tee -a "$OUT/results.txt")
  echo "$MAX"
  RATE=$(sed -n 's/.*throughput=\([0-9.]*\)\/s.*/\1/p' <<<"$MAX" | awk -v s="$SHARE" '{printf "%.1f", $1 * s}')
  run "$endpoint" rate "$C" "$SECONDS_MAX" "$RATE" | tee -a "$OUT/results.txt"
done
echo "raw results: $OUT/results.txt"
