#!/bin/bash
# kill -9 of the packaged service during a large observation ingest; the client retries what was not acknowledged.
# After the restarts every acknowledged observation is stored once: counted by id against the acknowledged set.
source "$(dirname "$0")/lib.sh"
SCHEMA=faults_kill9 PORT=${KILL9_PORT:-18181} TOTAL=${KILL9_TOTAL:-200000} KILLS=${KILL9_KILLS:-2}
URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA"
PREFIX=k9 ACKED=$OUT/kill9-acked.txt LOG=$OUT/kill9-service.log
build
"${PSQL[@]}" -d postgres -c "drop schema if exists $SCHEMA cascade"
: >"$LOG"
start_service "$PORT" "$URL" "$SCHEMA" "$LOG"
wait_ready "$PORT" "$LAST_PID"
put_accounts "$PORT" "$PREFIX-a" 10
rm -f "$OUT/kill9-progress"
client base="http://127.0.0.1:$PORT" prefix=$PREFIX accounts=10 batch=500 total="$TOTAL" acked="$ACKED" \
  progress="$OUT/kill9-progress" >"$OUT/kill9-client.txt" &
CLIENT=$!
for k in $(seq 1 "$KILLS"); do
  target=$((TOTAL * k / (KILLS + 1)))
  until [ "$(cat "$OUT/kill9-progress" 2>/dev/null || true)" -ge "$target" ] 2>/dev/null; do sleep 0.2; done
  kill -9 "$LAST_PID"
  wait "$LAST_PID" 2>/dev/null || true
  echo "kill -9 #$k of pid $LAST_PID after $(cat "$OUT/kill9-progress") observations acknowledged"
  sleep 1
  start_service "$PORT" "$URL" "$SCHEMA" "$LOG"
  wait_ready "$PORT" "$LAST_PID"
done
wait "$CLIENT"
cat "$OUT/kill9-client.txt"
RESULT=$(compare_acked "${PSQL[@]}" -d postgres -c "set search_path=$SCHEMA" -f - )
echo "$RESULT"
ok=0
grep -q "^observations_acknowledged=$TOTAL$" "$OUT/kill9-client.txt" || ok=1
grep -q "^missing_acknowledged=0$" <<<"$RESULT" || ok=1
grep -q "^stored_twice=0$" <<<"$RESULT" || ok=1
grep -q "^stored_ids=$TOTAL$" <<<"$RESULT" || ok=1
verdict kill9 $ok
