#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds (with -Werror),
# and runs ctest. Tests start their own throwaway PostgreSQL clusters and the
# desktop tests run under QT_QPA_PLATFORM=offscreen.
set -euo pipefail
cd "$(dirname "$0")/../.."

./deploy/local/deps.sh
./deploy/local/build.sh -DCRM_WERROR=ON -DCRM_BUILD_TESTS=ON

# Clusters left running by an earlier run that crashed would only eat memory.
for pid in /tmp/crm-test-pg-*/data/postmaster.pid; do
  [ -f "$pid" ] || continue
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl stop -D "$(dirname "$pid")" -m immediate >/dev/null 2>&1 || true
done
rm -rf /tmp/crm-test-pg-* /tmp/crm-test-srv-* 2>/dev/null || true

export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure --timeout 900 "$@"
