#!/usr/bin/env bash
# Compiles resources/translations/baitp_<lang>.ts into .qm files with pyside6-lrelease and
# copies Qt's own qtbase_<lang>.qm (standard buttons: OK, Cancel, Yes, No...) beside them.
#
# The application does not need the .qm files to speak Chinese: baitp_desktop/i18n.py reads
# the .ts files directly. The .qm files are for Qt's QTranslator (Qt's own dialogs) and for
# tools that expect them; the packaging build runs this script first.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
LRELEASE=${LRELEASE:-$(dirname "$PYTHON")/pyside6-lrelease}
OUT=resources/translations
[[ -x $LRELEASE ]] || { echo "build_translations: $LRELEASE not found (pip install PySide6-Essentials)" >&2; exit 1; }

for ts in "$OUT"/baitp_*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
  echo "build_translations: ${ts%.ts}.qm"
done

# Qt's own catalogue for each language we ship (other than English, Qt's source language).
QT_TRANSLATIONS=$("$PYTHON" -c \
  'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.TranslationsPath))')
for ts in "$OUT"/baitp_*.ts; do
  lang=${ts##*/baitp_}; lang=${lang%.ts}
  if [[ -f $QT_TRANSLATIONS/qtbase_$lang.qm ]]; then
    cp "$QT_TRANSLATIONS/qtbase_$lang.qm" "$OUT/"
    echo "build_translations: $OUT/qtbase_$lang.qm (from PySide6)"
  else
    echo "build_translations: no qtbase_$lang.qm in $QT_TRANSLATIONS; Qt's buttons stay English" >&2
  fi
done
