"""Regenerate docs/screenshots/: the main window on each CRF tab, on the demo study, 1366×768.

Builds a fresh demo study (fixed seed and date, so the pictures only change when the
screens do), opens the main window offscreen as the demo nurse, shows a participant with
an interruption (findings in the panel and highlighted diary days) and grabs one PNG per
tab, plus the screening tab of a participant still in screening and the New participant
dialog.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from baitp_desktop.core.validator import validate_participant
from baitp_desktop.demo import generate_study
from baitp_desktop.gui.app import build_main_window, qt_application
from baitp_desktop.gui.dialogs.new_participant import NewParticipantDialog
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.i18n import set_language
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.storage import open_database

TODAY = date(2026, 11, 1)
SIZE = (1366, 768)


def settle(app: QApplication, window: MainWindow) -> None:
    deadline = time.perf_counter() + 60
    while (window.worker.busy or time.perf_counter() < deadline - 59.7) and (
        time.perf_counter() < deadline
    ):
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def pick_participants(service: StudyService) -> tuple[str, str]:
    """One whose diary shows doses during an interruption, one still in screening."""
    participants = service.participants()
    interrupted = next(
        (
            p.participant_id
            for p in participants
            if any(f.code == "DOSE_DURING_INTERRUPTION"
                   for f in validate_participant(p, TODAY, service.config))
        ),
        participants[0].participant_id,
    )  # fmt: skip
    screening = next(
        (p.participant_id for p in participants if p.first_dose_date is None),
        participants[-1].participant_id,
    )
    return interrupted, screening


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en", help="en or zh_CN (layout check)")
    args = parser.parse_args()
    set_language(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    app = qt_application()
    with tempfile.TemporaryDirectory() as tmp:
        service = StudyService(
            open_database(Path(tmp) / "demo.sqlite"),
            Actor("nurse", "Wang Fang (demo nurse)", "nurse"),
            today=lambda: TODAY,
        )
        service.import_participants(generate_study(35, seed=2207, today=TODAY))
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(service, settings)
        window.context.today = lambda: TODAY
        window.worker.today = lambda: TODAY
        window.resize(*SIZE)
        window.show()
        settle(app, window)
        interrupted, screening = pick_participants(service)
        window.open_participant(interrupted)
        settle(app, window)
        written = []
        for index, tab in enumerate(window.crf_tabs):
            window.tabs.setCurrentWidget(tab)
            settle(app, window)
            path = args.out / f"{index + 1:02d}-{tab.tab_id}.png"
            window.grab().save(str(path))
            written.append(path)
        window.open_participant(screening)
        window.tabs.setCurrentIndex(0)
        settle(app, window)
        path = args.out / "06-screening-new-person.png"
        window.grab().save(str(path))
        written.append(path)

        def grab_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, NewParticipantDialog):
                dialog.initials.set_text("LMN")
                dialog.create()  # refused: sex and birth date missing, shown at the fields
                app.processEvents()
                dialog.grab().save(str(args.out / "07-new-participant.png"))
                dialog.reject()

        QTimer.singleShot(200, grab_dialog)
        window.new_participant()
        written.append(args.out / "07-new-participant.png")
        for tab in window.crf_tabs:
            tab.discard_changes()
        window.worker.shutdown()
        window.deleteLater()
        app.processEvents()
        service.database.dispose()
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
