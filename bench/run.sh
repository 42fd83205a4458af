#!/usr/bin/env bash
# Headroom benchmark, one run, figures side by side:
#   1. in-process: evaluations/s of the shipped rule base (pooled sessions) and of the same decisions hand-coded
#      in plain Java, single-threaded, inside the running application (POST /bench/in-process); their ratio.
#   2. HTTP: wrk against POST /api/v1/evaluations (snapshot SQL, rules, audit committed) and against
#      POST /bench/insert (one INSERT in its own transaction, the limit); their ratio.
# Starts the packaged application on a free loopback port against its own schema (emptied at start), loads accounts
# through the public API, measures, prints, and stops the application. Output is kept in bench/out/<time>/.
#
# Environment (defaults): BENCH_ACCOUNTS (20) BENCH_DURATION (20s) BENCH_WARMUP (5s) BENCH_THREADS (2)
# BENCH_CONNECTIONS (16) BENCH_EVALUATIONS (100000) BENCH_DB (postgres) BENCH_DB_HOST (127.0.0.1) BENCH_DB_PORT (5432)
# BENCH_SCHEMA (headroom_bench_run): emptied at start, so give it to nothing else.
set -euo pipefail

cd "$(dirname "$0")/.."
ACCOUNTS=${BENCH_ACCOUNTS:-20}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-5s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
EVALUATIONS=${BENCH_EVALUATIONS:-100000}
SCHEMA=${BENCH_SCHEMA:-headroom_bench_run}
DB=${BENCH_DB:-postgres}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-5432}
OUT=bench/out/$(date -u +%Y%m%dT%H%M%SZ)
JAR=target/quarkus-app/quarkus-run.jar
APP_PID=

mkdir -p "$OUT"
exec > >(tee "$OUT/summary.txt") 2>&1

say() { printf '%s\n' "$*"; }

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
        say "application stopped"
    fi
}
trap stop_app EXIT INT TERM

require() {
    command -v "$1" >/dev/null || { say "needs $1: $2"; exit 1; }
}

ensure_wrk() {
    if ! command -v wrk >/dev/null; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            say "installing wrk from Debian's packages"
            apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
        fi
    fi
    require wrk "apt-get install -y wrk"
}

build_if_needed() {
    if [[ ! -f $JAR ]] || [[ -n $(find pom.xml src rules decision-tables -newer "$JAR" -type f -print -quit) ]]; then
        say "building (./mvnw -q -DskipTests package)"
        ./mvnw -q -DskipTests package
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

machine() {
    say "== machine"
    say "cpu:    $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    say "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
    say "java:   $(java -version 2>&1 | head -1)"
    say "kernel: $(uname -sr)"
    say "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before the run"
}

start_app() {
    PORT=$(free_port)
    BASE=http://127.0.0.1:$PORT
    say "== starting the application on $BASE, schema $SCHEMA of database $DB (emptied first)"
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB?currentSchema=$SCHEMA" \
    QUARKUS_FLYWAY_SCHEMAS=$SCHEMA QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true \
    HEADROOM_BENCH_ENABLED=true QUARKUS_PROFILE=local \
        java -jar "$JAR" >"$OUT/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 120); do
        if curl -sf "$BASE/q/health/ready" >/dev/null; then
            say "ready: $(grep -o 'Rule set [0-9a-f]\{12\}.*' "$OUT/app.log" | head -1)"
            return
        fi
        kill -0 "$APP_PID" 2>/dev/null || { say "the application stopped; see $OUT/app.log"; tail -20 "$OUT/app.log"; exit 1; }
        sleep 1
    done
    say "the application was not ready within 120 s; see $OUT/app.log"
    exit 1
}

json() {
    python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"
}

in_process() {
    say "== in-process: $EVALUATIONS Drools evaluations and 10 times as many hand-coded, single-threaded, interleaved rounds after warm-up"
    curl -sf -u admin:admin-local --max-time 600 -X POST "$BASE/bench/in-process?evaluations=$EVALUATIONS" >"$OUT/in-process.json"
    json '"\n".join(f"{k}: {v}" for k, v in d.items())' <"$OUT/in-process.json"
    DROOLS_SHARE=$(json 'd["droolsShareOfHandCoded"]' <"$OUT/in-process.json")
    IN_PROCESS_LINE=$(json '"Drools %.0f/s, hand-coded %.0f/s: Drools = 1/%.1f of hand-coded (rounds from 1/%.1f to 1/%.1f), same decisions: %s" % (d["droolsPerSecond"], d["handCodedPerSecond"], 1 / d["droolsShareOfHandCoded"], 1 / d["droolsShareLowestRound"], 1 / d["droolsShareHighestRound"], d["sameDecisions"])' <"$OUT/in-process.json")
}

scoring_ratio() {
    say "== in-process: full evaluation (rules, then probability, revenue potential, forecast) vs the rules alone"
    curl -sf -u admin:admin-local --max-time 600 -X POST "$BASE/bench/scoring?evaluations=$EVALUATIONS" >"$OUT/scoring.json"
    json '"\n".join(f"{k}: {v}" for k, v in d.items())' <"$OUT/scoring.json"
    SCORING_RATIO=$(json 'd["fullToCoreRatio"]' <"$OUT/scoring.json")
    SCORING_LINE=$(json '"core %.1f us, full %.1f us per evaluation: full = %.2fx core (rounds from %.2fx to %.2fx), calibration %s" % (d["coreMicrosPerEvaluation"], d["fullMicrosPerEvaluation"], d["fullToCoreRatio"], d["ratioLowestRound"], d["ratioHighestRound"], d["calibrationVersion"])' <"$OUT/scoring.json")
}

wrk_run() { # name url script duration -> figures in $OUT/wrk-<name>.txt
    timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s "$3" "$2" -- $IDS >"$OUT/wrk-$1.txt" 2>&1
}

rate() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
percentile() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
failures() { awk '/Non-2xx or 3xx responses:/ {n = $5} END {print n + 0}' "$1"; }
stored() { curl -sf -u admin:admin-local "$BASE/api/v1/audit/evaluations?size=1" | json 'd["total"]'; }

http() {
    say "== HTTP: wrk -t$THREADS -c$CONNECTIONS, warm-up $WARMUP each, then $DURATION each, loopback"
    wrk_run warmup-evaluate "$BASE/api/v1/evaluations" bench/post-account.lua "$WARMUP"
    wrk_run warmup-insert "$BASE/bench/insert" bench/post-account.lua "$WARMUP"
    local before after
    before=$(stored)
    wrk_run evaluate "$BASE/api/v1/evaluations" bench/post-account.lua "$DURATION"
    sleep 1
    after=$(stored)
    wrk_run insert "$BASE/bench/insert" bench/post-account.lua "$DURATION"
    for name in evaluate insert; do
        say "$name: $(rate "$OUT/wrk-$name.txt") req/s, p50 $(percentile "$OUT/wrk-$name.txt" 50%), p99 $(percentile "$OUT/wrk-$name.txt" 99%), non-2xx $(failures "$OUT/wrk-$name.txt")"
    done
    EVALUATE_RATE=$(rate "$OUT/wrk-evaluate.txt")
    INSERT_RATE=$(rate "$OUT/wrk-insert.txt")
    COMPLETED=$(awk '/requests in/ {print $1}' "$OUT/wrk-evaluate.txt")
    say "evaluations stored during the timed run: $((after - before)) (wrk completed $COMPLETED requests)"
    HTTP_SHARE=$(python3 -c "print(round($EVALUATE_RATE / $INSERT_RATE, 4))")
}

verdict() { # share target -> met / not met
    python3 -c "print('met' if $1 >= $2 else 'NOT met')"
}

require curl "apt-get install -y curl"
require python3 "apt-get install -y python3"
require java "a Java 17 runtime"
ensure_wrk
machine
build_if_needed
start_app
say "== loading $ACCOUNTS accounts with a month of observations through the API"
IDS=$(python3 bench/accounts.py "$BASE" "$ACCOUNTS" | tr '\n' ' ')
say "tiers at first evaluation: $(for id in $IDS; do
    curl -sf -u admin:admin-local -X POST -H 'Content-Type: application/json' -d "{\"accountId\":\"$id\"}" "$BASE/api/v1/evaluations" | json 'd["readiness"]["tier"]'
done | sort | uniq -c | tr -s ' \n' ' ')"
in_process
scoring_ratio
http
stop_app
say "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after the run"

say ""
say "== summary ($OUT)"
say "in-process: $IN_PROCESS_LINE"
say "            target Drools >= 1/10 of hand-coded: $(verdict "$DROOLS_SHARE" 0.1)"
say "scoring:    $SCORING_LINE"
say "            target full < 2x core: $(python3 -c "print('met' if $SCORING_RATIO < 2 else 'NOT met')")"
say "HTTP:       evaluate $EVALUATE_RATE req/s, one-INSERT $INSERT_RATE req/s: evaluate = $(python3 -c "print(f'{100 * $HTTP_SHARE:.1f}')")% of one-INSERT"
say "            target evaluate >= 40% of one-INSERT: $(verdict "$HTTP_SHARE" 0.4)"
