#!/usr/bin/env bash
# The unit and PostgreSQL suites again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer into build-asan/ (no workstation, no benchmarks'
# runs). .ci/run runs it after the test command; any report fails it.
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRM_SANITIZE=ON -DCRM_WERROR=ON \
  -DCRM_BUILD_DESKTOP=OFF -DCRM_BUILD_TESTS=ON "$@" >/dev/null
cmake --build build-asan -j"$jobs" --target crm_unit_tests crm_pg_tests crm_health_pgtest
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/deploy/local/lsan.supp}
cd build-asan
ctest --output-on-failure --timeout 1800 -j"$jobs" -L 'unit|pg'
