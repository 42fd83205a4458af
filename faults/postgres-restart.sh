#!/bin/bash
# PostgreSQL restarted under load, on a throwaway cluster of its own (port 5499; the shared cluster on 5432 is never
# touched): readiness goes DOWN and back UP, requests fail fast with 503 problem+json while it is down, no
# acknowledged observation is lost, and the service process is the same one throughout.
source "$(dirname "$0")/lib.sh"
VERSION=${PG_VERSION:-15} CLUSTER=faults PGPORT_FAULTS=${PGPORT_FAULTS:-5499} PORT=${PG_FAULT_PORT:-18182}
UP_BEFORE=${PG_UP_BEFORE:-3} DOWN_FOR=${PG_DOWN_FOR:-8} SECONDS_TOTAL=${PG_SECONDS:-40} FAST_MS=${PG_FAST_MS:-5000}
URL="jdbc:postgresql://127.0.0.1:$PGPORT_FAULTS/postgres?currentSchema=headroom"
PREFIX=pg ACKED=$OUT/pg-acked.txt LOG=$OUT/pg-service.log
FPSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT_FAULTS" -U postgres -d postgres)
build
drop_cluster() { pg_dropcluster "$VERSION" "$CLUSTER" --stop >/dev/null 2>&1 || true; }
trap 'cleanup_services; drop_cluster' EXIT
drop_cluster
pg_createcluster "$VERSION" "$CLUSTER" --port "$PGPORT_FAULTS" --start -- --auth=trust >/dev/null
echo "throwaway cluster $VERSION/$CLUSTER on port $PGPORT_FAULTS: $(pg_lsclusters -h | awk -v n=$CLUSTER '$2==n {print $4}')"
: >"$LOG"
start_service "$PORT" "$URL" headroom "$LOG" -Dheadroom.batch.worker-enabled=false
SERVICE=$LAST_PID
wait_ready "$PORT" "$SERVICE"
put_accounts "$PORT" "$PREFIX-a" 10
rm -f "$OUT/pg-progress"
client base="http://127.0.0.1:$PORT" prefix=$PREFIX accounts=10 batch=50 seconds="$SECONDS_TOTAL" acked="$ACKED" \
  ready-log="$OUT/pg-ready.txt" progress="$OUT/pg-progress" >"$OUT/pg-client.txt" &
CLIENT=$!
until [ "$(cat "$OUT/pg-progress" 2>/dev/null || true)" -ge 500 ] 2>/dev/null; do sleep 0.2; done
sleep "$UP_BEFORE"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$CLUSTER" stop -m fast
echo "PostgreSQL stopped at $(date +%T)"
sleep 1
CODE=$(curl -s -o "$OUT/pg-503.json" -w '%{http_code} %{content_type} %{time_total}' -u "$APP" \
  -X POST "http://127.0.0.1:$PORT/api/v1/evaluations" -H 'Content-Type: application/json' -d '{"accountId":"pg-a1"}')
echo "POST /api/v1/evaluations while down: $CODE $(head -c 200 "$OUT/pg-503.json")"
sleep "$DOWN_FOR"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$CLUSTER" start
echo "PostgreSQL started at $(date +%T)"
wait "$CLIENT"
cat "$OUT/pg-client.txt"
echo "readiness timeline:"; cat "$OUT/pg-ready.txt"
RESULT=$(compare_acked "${FPSQL[@]}" -c "set search_path=headroom" -f -)
echo "$RESULT"
ok=0
kill -0 "$SERVICE" 2>/dev/null && echo "service pid $SERVICE still running (no restart)" || { echo "service died"; ok=1; }
grep -q "^readiness=UP,DOWN,UP$" "$OUT/pg-client.txt" || ok=1
grep -q "^answers_503=" "$OUT/pg-client.txt" || ok=1
grep -q "^answers_500=" "$OUT/pg-client.txt" && ok=1
grep -q "^answers_503_not_problem_json=0$" "$OUT/pg-client.txt" || ok=1
[ "$(sed -n 's/^max_503_ms=//p' "$OUT/pg-client.txt")" -lt "$FAST_MS" ] || ok=1
[[ "$CODE" == "503 application/problem+json"* ]] || ok=1
grep -q "^missing_acknowledged=0$" <<<"$RESULT" || ok=1
grep -q "^stored_twice=0$" <<<"$RESULT" || ok=1
verdict postgres-restart $ok
