#!/usr/bin/env bash
# Command 2 of the README, and what CI runs: install and start what the tests need, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-native.sh --for-tests
export OMP_THREAD_LIMIT=1
dotnet build ZcIngest.sln -c Release -nologo -v q
log=$(mktemp)
status=0
dotnet test ZcIngest.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?
# A plain closing line so any reader of the log sees the totals at a glance.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit $status
