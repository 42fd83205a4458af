#!/usr/bin/env bash
# GET /api/v1/accounts/{id}/prompts latency under load (wrk, loopback) against two trivial endpoints measured the same
# way in the same run: GET /api/v1/accounts/{id} (the same login and one primary-key read) and /q/health/live (no
# login, no database). Starts the packaged application in the local profile on schema headroom_bench_prompts (emptied
# at start), loads BENCH_ACCOUNTS accounts through the API (bench/accounts.py), evaluates each once so it has prompts,
# runs wrk on each endpoint and prints req/s, p50 and p99. Output in bench/out/prompts-<time>/.
# Environment (defaults): BENCH_ACCOUNTS (20) BENCH_DURATION (20s) BENCH_WARMUP (5s) BENCH_THREADS (2) BENCH_CONNECTIONS (16)
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${BENCH_ACCOUNTS:-20}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-5s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
SCHEMA=headroom_bench_prompts
OUT=bench/out/prompts-$(date -u +%Y%m%dT%H%M%SZ)
JAR=target/quarkus-app/quarkus-run.jar
APP_PID=
mkdir -p "$OUT"
exec > >(tee "$OUT/summary.txt") 2>&1

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
}
trap stop_app EXIT INT TERM

command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk"; exit 1; }
[[ -f $JAR ]] || ./mvnw -B -q -DskipTests package
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE=http://127.0.0.1:$PORT
echo "cpu: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg) before the run"
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
QUARKUS_FLYWAY_SCHEMAS=$SCHEMA QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true \
QUARKUS_PROFILE=local HEADROOM_BATCH_WORKER_ENABLED=false java -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 1; done
IDS=$(python3 bench/accounts.py "$BASE" "$ACCOUNTS" | tr '\n' ' ')
PROMPTS=0
for id in $IDS; do
    curl -sf -u admin:admin-local -X POST -H 'Content-Type: application/json' -d "{\"accountId\":\"$id\"}" \
        "$BASE/api/v1/evaluations" >/dev/null
    n=$(curl -sf -u admin:admin-local "$BASE/api/v1/accounts/$id/prompts" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["prompts"]))')
    PROMPTS=$((PROMPTS + n))
done
echo "$ACCOUNTS accounts evaluated once; $PROMPTS in-product prompts among them"

run() { # name template duration
    timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s bench/get-account.lua "$BASE" -- "$2" $IDS \
        >"$OUT/wrk-$1.txt" 2>&1
}
line() {
    awk -v n="$1" '/^Requests\/sec:/ {r = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
        /Non-2xx/ {bad = $5} END {printf "%-9s %8s req/s  p50 %8s  p99 %8s  non-2xx %d\n", n, r, p50, p99, bad + 0}' "$OUT/wrk-$1.txt"
}
for name in prompts account health; do
    case $name in
        prompts) template=/api/v1/accounts/%s/prompts ;;
        account) template=/api/v1/accounts/%s ;;
        health) template=/q/health/live?%s ;;
    esac
    run "warmup-$name" "$template" "$WARMUP"
    run "$name" "$template" "$DURATION"
done
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up each), loopback"
for name in prompts account health; do line "$name"; done
echo "load $(cut -d' ' -f1-3 /proc/loadavg) after the run"
