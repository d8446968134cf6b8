#!/usr/bin/env bash
# Installs the system libraries Qt (offscreen), the PDF checks and the tests need (and
# nginx for the upload tests), when
# they are missing and we may install them (root on Debian/Ubuntu). Quiet when all are there.
set -euo pipefail
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils
      libxkbcommon-x11-0 libxcb-cursor0
      nginx-light)  # nginx-light: the real HTTP PUT (WebDAV) server tests/region start
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "HyteDesk needs these system packages: ${missing[*]} (install them with apt-get as root)" >&2
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
