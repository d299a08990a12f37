#!/usr/bin/env bash
# Runs the product: installs what is missing, builds, starts crm-server on its
# embedded database (var/pg, TLS files in var/tls, demo data on first start)
# and opens the desktop workstation when a display is available.
#   ./deploy/local/run.sh              server + workstation
#   ./deploy/local/run.sh --no-client  server only, in the foreground (Ctrl-C stops it)
# Any other arguments go to crm-server (see: build/server/crm-server --help).
set -euo pipefail
cd "$(dirname "$0")/../.."

client=1
server_args=()
for a in "$@"; do
  case "$a" in
    --no-client) client=0 ;;
    *) server_args+=("$a") ;;
  esac
done

./deploy/local/deps.sh
./deploy/local/build.sh

server=build/server/crm-server
workstation=build/desktop-client/crm-workstation

if [ "$client" -eq 0 ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ ! -x "$workstation" ]; then
  if [ "$client" -eq 1 ]; then
    echo "No display found: running the server only. Start the workstation on a desktop with:"
    echo "  $workstation --server 127.0.0.1:50051 --ca $(pwd)/var/tls/ca.crt"
  fi
  exec "$server" --data-dir var "${server_args[@]}"
fi

log=var/crm-server.log
mkdir -p var
"$server" --data-dir var "${server_args[@]}" >"$log" 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid 2>/dev/null' EXIT INT TERM

for _ in $(seq 1 120); do
  if grep -q '^READY port=' "$log" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "crm-server failed to start:"; cat "$log"; exit 1
  fi
  sleep 0.5
done
grep -A3 '^Demo sign-ins' "$log" || true
echo "Server log: $log"
"$workstation" --server 127.0.0.1:50051 --ca "$(pwd)/var/tls/ca.crt"
