#!/usr/bin/env bash
# Installs the unpacked baitp-desktop folder (the one this script is in) for every user of
# this Linux workstation: /opt/baitp-desktop, the `baitp` command in /usr/local/bin, a menu
# entry and its icon. Run as root: sudo ./install.sh   (uninstall: sudo ./install.sh --remove)
# Each user's database and settings stay in their own data folder; nothing is written here.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-/opt/baitp-desktop}
APPS=/usr/share/applications
ICONS=/usr/share/icons/hicolor

if [[ $(id -u) -ne 0 ]]; then
  echo "install.sh: run as root (sudo $0)" >&2
  exit 1
fi

if [[ ${1:-} == --remove ]]; then
  rm -rf "$PREFIX" /usr/local/bin/baitp "$APPS/baitp-desktop.desktop"
  find "$ICONS" -name baitp-desktop.png -delete
  echo "install.sh: removed (users' databases in their data folders are kept)"
  exit 0
fi

if [[ $HERE != "$PREFIX" ]]; then
  rm -rf "$PREFIX"
  mkdir -p "$(dirname "$PREFIX")"
  cp -a "$HERE" "$PREFIX"
fi
ln -sf "$PREFIX/baitp" /usr/local/bin/baitp
sed "s#/opt/baitp-desktop#$PREFIX#g" "$HERE/baitp-desktop.desktop" > "$APPS/baitp-desktop.desktop"
for size in 16 32 48 64 128 256; do
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$PREFIX/_internal/resources/icons/baitp-$size.png" "$ICONS/${size}x${size}/apps/baitp-desktop.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$ICONS" || true
fc-list :lang=zh >/dev/null 2>&1 && [[ -n $(fc-list :lang=zh) ]] \
  || echo "install.sh: no Chinese font found; install one (apt-get install fonts-wqy-microhei)"
echo "install.sh: installed in $PREFIX; start 'BAITP CRF' from the menu or run: baitp"
