#!/usr/bin/env bash
# Builds the Linux one-folder application: build/dist/baitp/ (run `baitp` or `baitp-desktop`
# in it) and a tarball build/dist/baitp-desktop-<version>-linux-x86_64.tar.gz to copy to a
# site. Needs the project's .venv (bash scripts/setup.sh); installs PyInstaller into it
# (the `packaging` extra) when missing. Extra arguments go to PyInstaller;
# BAITP_BUILD_TARBALL=0 skips the tarball (tests, CI).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
[[ -x $PYTHON ]] || { echo "build_linux: no $PYTHON; run bash scripts/setup.sh first" >&2; exit 1; }
# PyInstaller reads shared-library dependencies with ldd and objdump (binutils) and bundles
# libpython, which Debian's own Python keeps in a separate package (libpython3.X). A fresh
# Debian has neither, so install what is missing when apt-get can (root, or sudo).
needed=()
command -v objdump >/dev/null || needed+=(binutils)
if [[ $("$PYTHON" -c 'import sys; print(sys.base_prefix)') == /usr ]]; then
  libpython=libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  dpkg-query -W -f='${Status}' "$libpython" 2>/dev/null | grep -q "install ok installed" \
    || needed+=("$libpython")
fi
if ((${#needed[@]})) && command -v apt-get >/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null && SUDO="sudo"
  if [[ $(id -u) -eq 0 || -n $SUDO ]]; then
    echo "build_linux: installing ${needed[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null \
      || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null; }
  fi
fi
for tool in ldd objdump; do
  command -v $tool >/dev/null || { echo "build_linux: $tool not found (apt-get install binutils)" >&2; exit 1; }
done

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build_linux: installing PyInstaller (pip install -e '.[packaging]')"
  "$PYTHON" -m pip install -q -e ".[packaging]"
fi

PYTHON=$PYTHON bash scripts/build_translations.sh
started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/pyinstaller "$@" packaging/baitp.spec
cp packaging/linux/baitp-desktop.desktop packaging/linux/install.sh build/dist/baitp/

version=$("$PYTHON" -c "import baitp_desktop; print(baitp_desktop.__version__)")
tarball=build/dist/baitp-desktop-$version-linux-$(uname -m).tar.gz
if [[ ${BAITP_BUILD_TARBALL:-1} == 0 ]]; then
  echo "build_linux: build/dist/baitp ($(du -sh build/dist/baitp | cut -f1)) in $(( $(date +%s) - started )) s"
  exit 0
fi
tar -C build/dist -czf "$tarball" baitp
echo "build_linux: build/dist/baitp ($(du -sh build/dist/baitp | cut -f1)) and $tarball" \
  "($(du -sh "$tarball" | cut -f1)) in $(( $(date +%s) - started )) s"
