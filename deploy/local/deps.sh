#!/usr/bin/env bash
# Installs what the build, the server and the tests need from Debian 12's
# packages. Idempotent and quick when everything is present. Run as root (or
# with sudo available).
set -euo pipefail

PACKAGES=(
  cmake g++ make pkg-config
  libgrpc++-dev libabsl-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libpqxx-dev libpq-dev libssl-dev libspdlog-dev libfmt-dev libcli11-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libgl-dev
  postgresql postgresql-contrib
  xvfb xauth
  clang-format-14
  libcurl4-openssl-dev python3-aiosmtpd
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
# The package lists may be stale or absent on a fresh machine.
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts a system cluster on install; this product runs its own.
if command -v pg_lsclusters >/dev/null 2>&1; then
  $SUDO pg_ctlcluster 15 main stop >/dev/null 2>&1 || true
fi
