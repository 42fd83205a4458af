#!/usr/bin/env bash
# Both figures of issue 3 in one run: build once, ingestion, then batch evaluation; machine facts first.
# Results: bench/out/machine.txt, bench/out/ingest-result.txt, bench/out/batch-result.txt. Bounded: every service
# start waits at most 120 s, every batch run at most 2 x MAX_PROJECTED_SECONDS + 60 s; the bench schemas are dropped.
source "$(dirname "$0")/common.sh"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  free -h | sed 's/^/mem: /'
  java -version 2>&1 | head -1 | sed 's/^/java: /'
  psql -h 127.0.0.1 -U postgres -At -c 'select version()' | sed 's/^/postgres: /'
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"
build
NO_BUILD_STEP=1 "$ROOT/bench/ingest.sh"
NO_BUILD_STEP=1 "$ROOT/bench/batch.sh"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
