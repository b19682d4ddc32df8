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

# The test role and database the integration tests connect to over loopback (password auth, as pg_hba asks for
# on 127.0.0.1). Tests read ZCINGEST_TEST_PG, else use this same default. Created once; later runs leave them.
test_conn="Host=127.0.0.1;Port=5432;Username=zcingest;Password=zcingest;Database=zcingest_test"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }
if ! as_postgres psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'zcingest'" | grep -q 1; then
  as_postgres psql -q -c "CREATE ROLE zcingest LOGIN PASSWORD 'zcingest'"
fi
if ! as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'zcingest_test'" | grep -q 1; then
  as_postgres createdb -O zcingest zcingest_test
fi
echo "test connection: ${ZCINGEST_TEST_PG:-$test_conn}"
