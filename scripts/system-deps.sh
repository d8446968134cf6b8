#!/usr/bin/env bash
# Installs the system libraries Qt (offscreen and a real X11 window), the PDF checks and the
# tests need (and nginx for the upload tests), when they are missing and we may install them
# (root on Debian/Ubuntu). Quiet when all are there.
set -euo pipefail
# Qt offscreen, fonts and the PDF checks:
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils)
# The xcb platform plugin (a real window on an X11 desktop; `make run`): every library that
# PySide6's libqxcb.so and libQt6XcbQpa link against, which a minimal Debian desktop lacks
# in part. tests/packaging/test_system_deps.py checks this list against `ldd`.
pkgs+=(libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
       libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
       libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0
       libxcb-xkb1)
# nginx-light: the real HTTP PUT (WebDAV) server tests/region start
pkgs+=(nginx-light)
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
