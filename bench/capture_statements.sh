#!/usr/bin/env bash
# Shows the statements the server issues for each crm-bench operation, from
# pg_stat_statements, to check bench/sql/<rpc>.sql against (issue: benchmarks).
#   bench/capture_statements.sh WORKDIR [OPERATION...]
# WORKDIR is a bench work directory with a seeded database (CRM_BENCH_WORK's
# customers/ directory after bench/run.sh). The cluster is restarted with
# pg_stat_statements loaded; crm-bench-server adopts it. Each operation runs
# 50 times from one caller; its statements are printed with their call counts.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:?usage: bench/capture_statements.sh WORKDIR [OPERATION...]}
shift
ops=("$@")
[ ${#ops[@]} -gt 0 ] || ops=(GetCustomer UpdateCustomer CreateCustomer ListFirstPage ListDeepPage SearchName SearchId SearchPhone CheckSuitability Login)
pgbin=/usr/lib/postgresql/15/bin
data="$work/pg/data"
sock="$work/pg/run"
as_pg() { runuser -u postgres -- "$@"; }

as_pg "$pgbin/pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1 || true
as_pg "$pgbin/pg_ctl" -D "$data" -l "$sock/capture.log" -w start -o \
  "-c listen_addresses='' -c unix_socket_directories=$sock -c port=5432 -c unix_socket_permissions=0700 \
   -c shared_buffers=512MB -c wal_compression=lz4 -c max_wal_size=4GB \
   -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" >/dev/null
psql_pg() { as_pg psql -h "$sock" -p 5432 -d crm_bench -XAtq "$@"; }
psql_pg -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

build/bench/crm-bench-server --work-dir "$work" --customers 0 --sample 2000 >"$work/capture-server.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; as_pg "$pgbin/pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1 || true' EXIT
until grep -q '^READY' "$work/capture-server.out"; do
  kill -0 $server 2>/dev/null || { cat "$work/capture-server.out"; exit 1; }
  sleep 1
done
port=$(grep -o 'READY port=[0-9]*' "$work/capture-server.out" | cut -d= -f2)
for op in "${ops[@]}"; do
  # Warm-up and sign-in first, then count only the measured calls.
  psql_pg -c "SELECT pg_stat_statements_reset()" >/dev/null
  build/bench/crm-bench --target "127.0.0.1:$port" --ca "$work/tls/ca.crt" --clients "$work/clients.csv" \
    --mix "$op" -c 1 --count 50 --warmup 0 >/dev/null
  echo "== $op (statements with at least 50 calls, the server's role)"
  psql_pg -c "SELECT calls || E'\t' || regexp_replace(query, '\s+', ' ', 'g') FROM pg_stat_statements
              WHERE calls >= 50 AND userid = 'crm_app'::regrole ORDER BY calls DESC, query"
done
