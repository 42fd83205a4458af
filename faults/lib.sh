# Shared helpers for faults/*.sh (sourced). Every service started here is stopped on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${OUT:-$ROOT/faults/out}
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
ADMIN=admin:admin-local
APP=app:app-local
mkdir -p "$OUT"

build() {
  if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  fi
}

SERVICE_PIDS=()
cleanup_services() {
  local pid
  for pid in "${SERVICE_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup_services EXIT

# start_service PORT JDBC_URL SCHEMA LOG [java options...]: starts the packaged service (local profile); sets LAST_PID.
start_service() {
  local port=$1 url=$2 schema=$3 log=$4
  shift 4
  (cd "$ROOT" && QUARKUS_DATASOURCE_JDBC_URL="$url" QUARKUS_FLYWAY_SCHEMAS="$schema" exec java -Xmx768m \
    -Dquarkus.profile=local -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" "$@" -jar "$JAR") >>"$log" 2>&1 &
  LAST_PID=$!
  SERVICE_PIDS+=("$LAST_PID")
}

# wait_ready PORT PID [SECONDS]: 0 when ready, 1 when the process ended or the time ran out.
wait_ready() {
  local port=$1 pid=$2 limit=${3:-180}
  for _ in $(seq 1 $((limit * 2))); do
    if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

active_version() { # PORT
  curl -s "http://127.0.0.1:$1/q/health/ready" | python3 -c \
    'import json,sys; c=[x for x in json.load(sys.stdin)["checks"] if x["name"]=="rule-base"]; print(c[0]["data"]["version"] if c and "data" in c[0] else "none")'
}

put_accounts() { # PORT PREFIX COUNT
  local i
  for i in $(seq 0 $(($3 - 1))); do
    curl -fs -u "$APP" -X PUT "http://127.0.0.1:$1/api/v1/accounts/$2$i" -H 'Content-Type: application/json' \
      -d '{"name":"Fault '"$i"'","plan":"PRO","seatsLicensed":5,"arr":2388,"billingCycleStart":"2026-06-01"}' >/dev/null
  done
}

client() { # key=value ... (see FaultClient.java)
  java "$ROOT/faults/FaultClient.java" "$@"
}

# compare_acked PSQL_ARGS... : prints acknowledged / stored / missing / duplicated for ids in $ACKED with $PREFIX.
compare_acked() {
  "$@" <<SQL
create temp table acked (id text);
\copy acked from '$ACKED'
select 'acknowledged_ids=' || count(*) || ' (distinct ' || count(distinct id) || ')' from acked;
select 'stored_ids=' || count(*) from observation where id like '$PREFIX-%';
select 'missing_acknowledged=' || count(*) from acked a where not exists (select 1 from observation o where o.id = a.id);
select 'stored_twice=' || count(*) from (select id from observation where id like '$PREFIX-%' group by id having count(*) > 1) d;
select 'stored_not_acknowledged=' || count(*) from observation o where o.id like '$PREFIX-%'
   and not exists (select 1 from acked a where a.id = o.id);
SQL
}

verdict() { # NAME OK(0/1) : prints PASS/FAIL and returns non-zero on failure
  if [ "$2" = 0 ]; then echo "RESULT $1: PASS"; else echo "RESULT $1: FAIL"; return 1; fi
}
