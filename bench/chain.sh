#!/usr/bin/env bash
# Cost of the audit hash chain on POST /api/v1/evaluations throughput, three ways on one running application,
# alternating in rounds so machine load hits all three alike:
#   NONE       no chain (the queueing trigger disabled): the baseline
#   SEQUENCER  the shipped design: a trigger queues each evaluation in audit_pending (no lock); the sealer
#              (headroom.audit.chain.seal-every, 5 s) appends to audit_chain in the background
#   HEADLOCK   the alternative: append in the evaluation's own transaction under a chain-head row lock (a deferred
#              constraint trigger, i.e. taken as late as possible, held through the commit)
# Then times GET /api/v1/audit/verify over everything sealed. Loopback only; the application is stopped at the end.
# Environment (defaults): CHAIN_ROUNDS (3) CHAIN_DURATION (15s) CHAIN_WARMUP (10s) CHAIN_ACCOUNTS (20)
# CHAIN_THREADS (2) CHAIN_CONNECTIONS (16) CHAIN_SCHEMA (headroom_bench_chain): emptied at start.
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${CHAIN_ROUNDS:-3}
DURATION=${CHAIN_DURATION:-15s}
WARMUP=${CHAIN_WARMUP:-10s}
ACCOUNTS=${CHAIN_ACCOUNTS:-20}
THREADS=${CHAIN_THREADS:-2}
CONNECTIONS=${CHAIN_CONNECTIONS:-16}
SCHEMA=${CHAIN_SCHEMA:-headroom_bench_chain}
OUT=bench/out/chain-$(date -u +%Y%m%dT%H%M%SZ)
JAR=target/quarkus-app/quarkus-run.jar
PSQL=(psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres)
APP_PID=
mkdir -p "$OUT"
exec > >(tee "$OUT/summary.txt") 2>&1

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
}
trap stop_app EXIT INT TERM

command -v wrk >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
[[ -f $JAR ]] || ./mvnw -B -q -DskipTests package
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE=http://127.0.0.1:$PORT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
QUARKUS_FLYWAY_SCHEMAS=$SCHEMA QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true \
QUARKUS_PROFILE=local HEADROOM_BATCH_WORKER_ENABLED=false java -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 180); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "not ready; see $OUT/app.log"; exit 1; }

sql() { "${PSQL[@]}" -c "set search_path = $SCHEMA; $1"; }
sql "create table bench_chain_head (id int primary key, seq bigint not null, hash text not null);
     insert into bench_chain_head values (1, 0, '');
     create table bench_chain_link (seq bigint primary key, record_id uuid, record_hash text, chain_hash text);
     create function bench_chain_append() returns trigger language plpgsql as \$\$
     declare h record; rh text; ch text;
     begin
         update bench_chain_head set seq = seq + 1 where id = 1 returning seq, hash into h;
         rh := encode(sha256(convert_to(new.facts::text || new.decision::text, 'UTF8')), 'hex');
         ch := encode(sha256(convert_to(h.hash || h.seq || new.id::text || rh, 'UTF8')), 'hex');
         insert into bench_chain_link values (h.seq, new.id, rh, ch);
         update bench_chain_head set hash = ch where id = 1;
         return null;
     end \$\$;
     create constraint trigger evaluation_chain_headlock after insert on evaluation
         deferrable initially deferred for each row execute function bench_chain_append();"

variant() {
    case $1 in
        NONE) sql "alter table evaluation disable trigger evaluation_chain; alter table evaluation disable trigger evaluation_chain_headlock" ;;
        SEQUENCER) sql "alter table evaluation enable trigger evaluation_chain; alter table evaluation disable trigger evaluation_chain_headlock" ;;
        HEADLOCK) sql "alter table evaluation disable trigger evaluation_chain; alter table evaluation enable trigger evaluation_chain_headlock" ;;
    esac
}

IDS=$(python3 bench/accounts.py "$BASE" "$ACCOUNTS" | tr '\n' ' ')
run_wrk() { timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s bench/post-account.lua "$BASE/api/v1/evaluations" -- $IDS >"$OUT/wrk-$1.txt" 2>&1; }
rate() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
non2xx() { awk '/Non-2xx or 3xx responses:/ {n = $5} END {print n + 0}' "$1"; }

variant SEQUENCER
run_wrk warmup "$WARMUP"
echo "round variant rate_req_s p50 p99 non2xx unsealed_after"
for round in $(seq "$ROUNDS"); do
    for v in NONE SEQUENCER HEADLOCK; do
        variant "$v"
        run_wrk "$v-$round" "$DURATION"
        f=$OUT/wrk-$v-$round.txt
        echo "$round $v $(rate "$f") $(pct "$f" 50%) $(pct "$f" 99%) $(non2xx "$f") $(sql "select count(*) from audit_pending")"
    done
done | tee "$OUT/rounds.txt"
variant SEQUENCER

python3 - "$OUT/rounds.txt" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1]) if l[0].isdigit()]
med = {v: statistics.median(float(r[2]) for r in rows if r[1] == v) for v in ("NONE", "SEQUENCER", "HEADLOCK")}
for v, m in med.items():
    print(f"median {v:10s} {m:8.1f} req/s  = {100 * m / med['NONE']:.1f}% of NONE")
PY

# Everything queued during the SEQUENCER rounds (and the rest, queued now) sealed, then verified.
sql "insert into audit_pending (kind, record_id) select 'EVALUATION', e.id::text from evaluation e where not exists
     (select 1 from audit_chain c where c.record_id = e.id::text) and not exists (select 1 from audit_pending p where p.record_id = e.id::text)"
for _ in $(seq 120); do [[ $(sql "select count(*) from audit_pending") == 0 ]] && break; sleep 1; done
start=$(date +%s.%N)
curl -sf -u governance:governance-local "$BASE/api/v1/audit/verify" >"$OUT/verify.json"
end=$(date +%s.%N)
python3 -c "import json; d = json.load(open('$OUT/verify.json')); print(f\"verify: ok={d['ok']} sealed={d['sealed']} verified={d['verified']} in $(awk -v a=$start -v b=$end 'BEGIN{printf "%.1f", b-a}') s\")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "output: $OUT"
