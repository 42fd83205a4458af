#!/bin/bash
# Fault runs: ./faults/run.sh [kill9|postgres-restart|bad-rules|two-instances ...] (default: all four).
# Each prints its counts and a RESULT line; the exit code is non-zero when any run failed.
set -uo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
RUNS=("$@")
[ ${#RUNS[@]} = 0 ] && RUNS=(bad-rules kill9 postgres-restart two-instances)
failed=()
for run in "${RUNS[@]}"; do
  echo "=== $run ($(date +%T))"
  start=$(date +%s)
  if "$DIR/$run.sh"; then :; else failed+=("$run"); fi
  echo "=== $run took $(( $(date +%s) - start )) s"
done
if [ ${#failed[@]} = 0 ]; then echo "ALL FAULT RUNS PASSED: ${RUNS[*]}"; else echo "FAILED: ${failed[*]}"; exit 1; fi
