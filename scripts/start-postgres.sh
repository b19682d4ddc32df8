#!/usr/bin/env bash
# Starts the local PostgreSQL cluster on loopback for the integration tests (the clustered job store's
# issue adds them). Idempotent: a running cluster is left alone. No systemd is assumed.
set -euo pipefail
command -v pg_lsclusters >/dev/null || { echo "PostgreSQL is not installed (apt package postgresql)" >&2; exit 1; }
pg_lsclusters --no-header | while read -r version cluster port status _; do
  if [[ "$status" != online* ]]; then
    pg_ctlcluster "$version" "$cluster" start
  fi
  echo "PostgreSQL $version/$cluster on 127.0.0.1:$port"
done
