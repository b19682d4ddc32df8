#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, and process sample-docs/ with the embedded
# default job store (SQLite under the output folder; no server to start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-native.sh
export OMP_THREAD_LIMIT=1
dotnet build ZcIngest.sln -c Release -nologo -v q
out="${1:-out/sample-run}"
dotnet run --project src/Ingest.Worker -c Release --no-build -- process sample-docs --out "$out"
echo "results in $out (summary: $out/summary.csv)"
