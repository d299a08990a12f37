#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds (with -Werror),
# and runs ctest. Tests start their own throwaway PostgreSQL clusters and the
# desktop tests run under QT_QPA_PLATFORM=offscreen.
set -euo pipefail
cd "$(dirname "$0")/../.."

./deploy/local/deps.sh
./deploy/local/build.sh -DCRM_WERROR=ON -DCRM_BUILD_TESTS=ON

export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure --timeout 900 "$@"
