"""Render the main window with each CRF tab, in a chosen language, to PNG (1366×768, offscreen).

Why: a translation is checked by looking at it (boxes instead of glyphs, truncated or
overlapping labels), and anyone should be able to regenerate the pictures after a change:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_zh.py [OUT_DIR] [LANG]

Data: the demo study (35 participants, seed 2207) as of a fixed date in a temporary SQLite
database: the site dashboard (the first page), then BAITP-003 on every tab. Writes
out/screenshots-<lang>/ by default (LANG defaults to zh_CN).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from baitp_desktop.demo import generate_study
from baitp_desktop.gui.app import build_main_window, qt_application
from baitp_desktop.gui.language import add_language_menu, apply_language
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database

TODAY = date(2026, 11, 24)
SIZE = (1366, 768)
PARTICIPANT = "BAITP-003"


def _settle(window: QWidget, seconds: float) -> None:
    """Let background reads (dashboard, validator) finish and the window repaint."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    language = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    out = out or Path("out") / f"screenshots-{language}"
    out.mkdir(parents=True, exist_ok=True)
    app = qt_application()
    apply_language(app, language)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "screens.sqlite")
        service = StudyService(database, today=lambda: TODAY)
        service.import_participants(generate_study(35, 2207, TODAY))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(service, settings)
        user = window.context.service.actor.username
        add_language_menu(window.tools_menu, settings, user, window)
        window.resize(*SIZE)
        window.show()
        _settle(window, 3.0)  # the site dashboard, the first page, reads the study
        window.grab().save(str(out / "0-dashboard.png"))
        print(out / "0-dashboard.png")
        window.open_participant(PARTICIPANT)
        deadline = time.monotonic() + 30
        while window.worker.busy and time.monotonic() < deadline:  # findings shown
            QApplication.processEvents()
            time.sleep(0.05)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            for _ in range(5):
                QApplication.processEvents()
            tab_id = getattr(window.tabs.widget(index), "tab_id", str(index))
            path = out / f"{index + 1}-{tab_id}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
