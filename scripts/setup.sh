#!/usr/bin/env bash
# Sets up everything baitp-desktop needs on a Debian/Ubuntu machine (idempotent):
#   1. the system libraries Qt needs (also headless), a Chinese font, poppler for PDF checks
#      (and Xvfb with BAITP_XVFB=1);
#   2. a virtual environment in .venv with the application and its test tools.
# Run from anywhere; needs root or sudo for step 1 (skipped with BAITP_SKIP_APT=1).
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  # Qt widgets, offscreen or on a desktop (PLATFORM.md)
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
  # Qt's xcb platform plugin, for a real desktop session
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0
  # Chinese text on screen
  fonts-wqy-microhei
  # PDF text and page rendering (tests and sample reports)
  poppler-utils poppler-data
  # checks the Linux .desktop file (packaging tests)
  desktop-file-utils
)
# BAITP_XVFB=1 (set by .ci/run): a real X server for the scripted session's run on the
# xcb platform (tests/session), with the xcb libraries Qt's hint does not name (PLATFORM.md).
if [[ "${BAITP_XVFB:-0}" == 1 ]]; then
  DEBIAN_PACKAGES+=(xvfb xauth libxcb-render0 libxcb-util1 libxcb-xkb1)
fi

missing_packages() {
  local pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

if [[ "${BAITP_SKIP_APT:-0}" != 1 ]] && command -v apt-get >/dev/null 2>&1; then
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]})); then
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then
      command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
      SUDO="sudo"
    fi
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
echo "setup: ready (.venv/bin/baitp)"
