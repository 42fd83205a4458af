#!/bin/bash
# Two service instances on one database: the same evaluation request (same Idempotency-Key) sent to both at once
# creates one evaluation; unkeyed requests create exactly one evaluation each; a batch run is shared by both
# workers without a chunk or an account evaluated twice. Prints the most human-contact actions any account got in
# 30 days; MAX_HUMAN_CONTACTS_30D=<n> turns that into an assertion (the cap arrives with the trigger work).
source "$(dirname "$0")/lib.sh"
SCHEMA=faults_two P1=${TWO_PORT1:-18183} P2=${TWO_PORT2:-18184} ACCOUNTS=${TWO_ACCOUNTS:-60}
URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA"
Q=("${PSQL[@]}" -d postgres -c "set search_path=$SCHEMA" -c)
build
"${PSQL[@]}" -d postgres -c "drop schema if exists $SCHEMA cascade"
: >"$OUT/two-1.log"; : >"$OUT/two-2.log"
CHUNK=${TWO_CHUNK_SIZE:-5}
start_service "$P1" "$URL" "$SCHEMA" "$OUT/two-1.log" -Dheadroom.batch.chunk-size="$CHUNK" -Dheadroom.world.load=true -Dheadroom.world.accounts="$ACCOUNTS" \
  -Dheadroom.world.days=120
wait_ready "$P1" "$LAST_PID" 600
start_service "$P2" "$URL" "$SCHEMA" "$OUT/two-2.log" -Dheadroom.batch.chunk-size="$CHUNK"
wait_ready "$P2" "$LAST_PID" 300
mapfile -t IDS < <("${Q[@]}" "select id from account order by id")
echo "two instances on schema $SCHEMA: ports $P1 and $P2, ${#IDS[@]} accounts"
ok=0

# 1. One keyed request sent to both instances at the same moment: one evaluation per key.
START=$("${Q[@]}" "select now()")
RUN=$(date +%s)
for id in "${IDS[@]}"; do
  for port in "$P1" "$P2"; do
    echo "$port $id"
  done
done | xargs -P 12 -n 2 sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -u '"$APP"' -X POST http://127.0.0.1:$0/api/v1/evaluations \
  -H "Content-Type: application/json" -H "Idempotency-Key: two-'"$RUN"'-$1" -d "{\"accountId\":\"$1\",\"asOf\":\"2026-11-30T00:00:00Z\"}"' \
  >"$OUT/two-keyed.txt"
KEYED=$("${Q[@]}" "select count(*) || ' evaluations, ' || count(distinct account_id) || ' accounts, most per account ' || coalesce(max(n), 0) from (select account_id, count(*) n from evaluation where principal = 'app' and created_at >= '$START' group by account_id) e")
echo "keyed requests: $(sort "$OUT/two-keyed.txt" | uniq -c | tr '\n' ' ')-> $KEYED"
[ "$(grep -c '^201$' "$OUT/two-keyed.txt")" = $((2 * ${#IDS[@]})) ] || ok=1
[[ "$KEYED" == "${#IDS[@]} evaluations, ${#IDS[@]} accounts, most per account 1" ]] || ok=1

# 2. Unkeyed requests, two per account on each instance at once: exactly one evaluation per acknowledged request.
START=$("${Q[@]}" "select now()")
for id in "${IDS[@]}"; do
  for port in "$P1" "$P2" "$P1" "$P2"; do echo "$port $id"; done
done | xargs -P 12 -n 2 sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -u '"$APP"' -X POST http://127.0.0.1:$0/api/v1/evaluations \
  -H "Content-Type: application/json" -d "{\"accountId\":\"$1\",\"asOf\":\"2026-11-30T00:00:00Z\"}"' >"$OUT/two-unkeyed.txt"
ACKED=$(grep -c '^201$' "$OUT/two-unkeyed.txt" || true)
STORED=$("${Q[@]}" "select count(*) from evaluation where principal = 'app' and created_at >= '$START'")
ACTIONS=$("${Q[@]}" "select count(*) || ' actions in ' || count(distinct evaluation_id) || ' evaluations' from expansion_action a join evaluation e on e.id = a.evaluation_id where e.principal = 'app' and e.created_at >= '$START'")
echo "unkeyed requests: $ACKED acknowledged (201), $STORED evaluations stored; $ACTIONS"
[ "$ACKED" = $((4 * ${#IDS[@]})) ] && [ "$STORED" = "$ACKED" ] || ok=1

# 3. A batch run started on instance 1 and worked by the workers of both.
RUNID=$(curl -s -u "$APP" -X POST "http://127.0.0.1:$P1/api/v1/evaluations/batch" -H 'Content-Type: application/json' \
  -d '{"asOf":"2026-11-30T00:00:00Z"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for _ in $(seq 1 600); do
  STATUS=$(curl -s -u "$APP" "http://127.0.0.1:$P2/api/v1/evaluations/batch/$RUNID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$STATUS" = FINISHED ] && break
  sleep 0.5
done
BATCH=$("${Q[@]}" "select count(*) || ' evaluations of ' || count(distinct account_id) || ' accounts' from evaluation where batch_run_id = '$RUNID'")
CHUNKS=$("${Q[@]}" "select count(*) || ' chunks, ' || sum(evaluated) || ' evaluated, workers: ' || string_agg(distinct claimed_by, ' & ') from batch_chunk where run_id = '$RUNID'")
PER=$("${Q[@]}" "select string_agg(w || '=' || n, ', ') from (select claimed_by w, count(*) n from batch_chunk where run_id = '$RUNID' group by 1) x")
echo "batch run $RUNID: $STATUS; $BATCH; $CHUNKS ($PER)"
[ "$STATUS" = FINISHED ] || ok=1
[[ "$BATCH" == "${#IDS[@]} evaluations of ${#IDS[@]} accounts" ]] || ok=1
[[ "$CHUNKS" == *" ${#IDS[@]} evaluated, "* ]] || ok=1

# 4. Human contacts per account in the 30 days up to the requests' asOf, counted as the contact cap counts them:
# actions started (not held out) through a human channel by decisions as of that window. (The demo world's history
# decisions, as of months earlier, are stored now too: counting by created_at would count them in.)
HUMAN=$("${Q[@]}" "select coalesce(max(n), 0) || ' max per account (' || count(*) || ' accounts with any)' from (select a.account_id, count(*) n from expansion_action a join evaluation e on e.id = a.evaluation_id where a.channel <> 'AUTOMATED' and not a.held_out and e.as_of > timestamptz '2026-11-30T00:00:00Z' - interval '30 days' and e.as_of <= timestamptz '2026-11-30T00:00:00Z' group by a.account_id) x")
echo "human-contact actions started by decisions as of the 30 days to 2026-11-30: $HUMAN"
if [ -n "${MAX_HUMAN_CONTACTS_30D:-}" ]; then
  [ "${HUMAN%% *}" -le "$MAX_HUMAN_CONTACTS_30D" ] || ok=1
else
  echo "  (not asserted; set MAX_HUMAN_CONTACTS_30D=<cap> once per-account caps exist)"
fi
verdict two-instances $ok
