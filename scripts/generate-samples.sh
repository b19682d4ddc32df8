#!/usr/bin/env bash
# Regenerates sample-docs/ byte for byte (same seed, count and tool versions → same files), or, with other
# arguments, any corpus: scripts/generate-samples.sh <out-dir> <count> <seed>
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-sample-docs}"
count="${2:-16}"
seed="${3:-20221122}"
bash scripts/install-native.sh
dotnet build tools/Ingest.SampleGen -c Release -nologo -v q
mkdir -p "$out"
# Only generated submissions are replaced; the README beside them stays.
find "$out" -maxdepth 1 -name 'S[0-9][0-9][0-9]*' -exec rm -rf {} +
dotnet tools/Ingest.SampleGen/bin/Release/net10.0/Ingest.SampleGen.dll generate --out "$out" --count "$count" --seed "$seed"
