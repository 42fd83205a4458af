# Shared helpers for bench/*.sh (sourced). Loopback only; every server started here is stopped by stop_service.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
PORT=${PORT:-18080}
SCHEMA=${SCHEMA:-headroom_bench}
SEED=${SEED:-20261130}
END=${END:-2026-11-30T00:00:00Z}
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres)
AUTH=app:app-local
mkdir -p "$OUT"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

build() {
  if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]; then
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  fi
  if [ ! -s "$OUT/cp.txt" ]; then
    (cd "$ROOT" && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt")
  fi
  rm -rf "$OUT/gen-classes" && mkdir -p "$OUT/gen-classes"
  javac -d "$OUT/gen-classes" -cp "$ROOT/target/classes:$(cat "$OUT/cp.txt")" \
    $(find "$ROOT/bench/gen" -name '*.java')
}

gen() { # OUTDIR FROM TO DAYS [json]
  java -Xmx2g -cp "$OUT/gen-classes:$ROOT/target/classes:$(cat "$OUT/cp.txt")" \
    com.localizevideos.headroom.demo.world.BenchWorldCsv "$1" "$2" "$3" "$4" "$SEED" "$END" ${5:-}
}

SERVICE_PIDS=()
start_service() { # PORT LOGFILE
  local port=$1 log=$2
  (cd "$ROOT" && QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
    QUARKUS_FLYWAY_SCHEMAS=$SCHEMA exec java ${SERVICE_JAVA_OPTS:-} -Dquarkus.profile=local \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar) >"$log" 2>&1 &
  SERVICE_PIDS+=($!)
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "service on $port did not become ready; see $log" >&2
  return 1
}

stop_service() {
  local pid
  for pid in "${SERVICE_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  SERVICE_PIDS=()
}

drop_schemas() {
  "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade; drop schema if exists bench_copy cascade;"
}

copy_accounts() { # CSV
  "${PSQL[@]}" -c "\\copy $SCHEMA.account (id, name, plan, seats_licensed, arr, billing_cycle_start, renewal_date, fiscal_year_start_month, region, segment, strategic, do_not_contact, in_dunning, owner, created_at, updated_at) from '$1' csv"
}

copy_observations() { # TABLE CSV
  "${PSQL[@]}" -c "\\copy $1 (id, account_id, metric, dimension, value, observed_at, source, received_at) from '$2' csv"
}
