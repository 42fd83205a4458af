#!/usr/bin/env bash
# Ingestion: observations/s through POST /api/v1/observations (5000 per request, CLIENTS concurrent curl clients)
# against psql \copy of the same rows into a scratch table LIKE observation (schema bench_copy: same columns, primary
# key and index; LIKE copies no triggers and no foreign key). Usage: bench/ingest.sh  (env: ACCOUNTS, CLIENTS, SKIP_BUILD)
source "$(dirname "$0")/common.sh"
ACCOUNTS=${ACCOUNTS:-200}   # ~1,500 observations per account-year
CLIENTS=${CLIENTS:-4}
D=$OUT/ingest
trap stop_service EXIT

[ "${NO_BUILD_STEP:-0}" = 1 ] || build
rm -rf "$D" "$D-warm"
gen "$D" 900000 $((900000 + ACCOUNTS)) 365 json
gen "$D-warm" 950000 950040 365 json        # warm-up bodies (other accounts), not timed
ROWS=$(wc -l < "$D/observations.csv")

drop_schemas
start_service "$PORT" "$OUT/service-ingest.log"
copy_accounts "$D/accounts.csv"
copy_accounts "$D-warm/accounts.csv"
"${PSQL[@]}" -c "analyze $SCHEMA.account"

post_all() { # DIR -> prints http codes
  ls "$1"/bodies/*.json | xargs -P "$CLIENTS" -I{} curl -s -o /dev/null -w '%{http_code}\n' -u "$AUTH" \
    -H 'Content-Type: application/json' --data-binary @{} "http://127.0.0.1:$PORT/api/v1/observations"
}

copy_run() { # LABEL
  "${PSQL[@]}" -c "drop schema if exists bench_copy cascade; create schema bench_copy;
                   create table bench_copy.observation (like $SCHEMA.observation including all);"
  local t0 t1; t0=$(now)
  copy_observations bench_copy.observation "$D/observations.csv"
  t1=$(now)
  echo "$(secs "$t0" "$t1")"
}

echo "warm-up: $(post_all "$D-warm" | sort | uniq -c | tr '\n' ' ')"
C1=$(copy_run first)
BEFORE=$("${PSQL[@]}" -At -c "select count(*) from $SCHEMA.observation")
T0=$(now)
CODES=$(post_all "$D" | sort | uniq -c | tr '\n' ' ')
T1=$(now)
API=$(secs "$T0" "$T1")
C2=$(copy_run second)
AFTER=$("${PSQL[@]}" -At -c "select count(*) from $SCHEMA.observation")
STORED=$((AFTER - BEFORE))
stop_service

awk -v rows="$ROWS" -v api="$API" -v c1="$C1" -v c2="$C2" -v stored="$STORED" -v codes="$CODES" -v clients="$CLIENTS" 'BEGIN {
  copy = (c1 + c2) / 2
  printf "ingest rows=%d stored_by_api=%d http=[%s] clients=%d\n", rows, stored, codes, clients
  printf "api_seconds=%.2f api_rows_per_s=%.0f\n", api, rows / api
  printf "copy_seconds=%.2f,%.2f copy_rows_per_s=%.0f\n", c1, c2, rows / copy
  printf "ratio_api_to_copy=%.2f (target >= 0.33)\n", (rows / api) / (rows / copy)
}' | tee "$OUT/ingest-result.txt"
[ "${KEEP_SCHEMA:-0}" = 1 ] || drop_schemas
