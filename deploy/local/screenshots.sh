#!/usr/bin/env bash
# Saves a PNG of every workstation screen, in Chinese and in English, into
# docs/user-guide/ (docs/user-guide.md shows them). The workstation runs in
# real windows under Xvfb against a real in-process server and PostgreSQL with
# demo clients; nothing here touches var/ or your own settings.
#   ./deploy/local/screenshots.sh            # both languages
#   ./deploy/local/screenshots.sh en         # one
set -euo pipefail
cd "$(dirname "$0")/../.."

./deploy/local/deps.sh
if ! command -v xvfb-run >/dev/null; then
  apt-get install -y --no-install-recommends xvfb xauth >/dev/null
fi
# Chinese screens need a CJK font (without one every character is a box).
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  apt-get install -y --no-install-recommends fonts-noto-cjk >/dev/null
fi
./deploy/local/build.sh -DCRM_BUILD_TESTS=ON
mkdir -p docs/user-guide
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(zh_CN en)
for lang in "${langs[@]}"; do
  echo "screens in $lang..."
  xvfb-run -a -s "-screen 0 1280x900x24" build/tests/desktop/crm-desktop-screenshots docs/user-guide "$lang" \
    >"build/screenshots-$lang.log" 2>&1 || { tail -20 "build/screenshots-$lang.log"; exit 1; }
done
ls docs/user-guide/*.png | wc -l | xargs echo "PNG files in docs/user-guide:"
