"""Render the screens of a nurse's day that changed last to PNG (1366×768, offscreen).

Why: layout is judged by looking at it, in both languages (truncated labels, a form
squeezed by its verdict, dates that do not fit a diary cell):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_workflow.py [OUT_DIR]

Writes, for English and Chinese, into docs/screenshots/ by default:
- screening-verdict-<lang>.png: a person just registered (23 reasons), findings panel open;
- screening-reasons-<lang>.png: the same with the reasons opened;
- diary-dated-signed-<lang>.png: dated diary cells, padlocks on a signed visit's days;
- interruption-message-<lang>.png: the message when a saved count meets the rule, as an
  investigator sees it, and interruption-banner-<lang>.png: the band that stays.
Data: the demo study as of a fixed date in a temporary SQLite database, plus one new
person and one participant whose counts are about to meet the interruption rule.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from baitp_desktop.gui.app import build_main_window, qt_application
from baitp_desktop.gui.language import apply_language
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.tabs.counts import CountsTab
from baitp_desktop.gui.tabs.diary import DiaryTab
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database, open_database

TODAY = date(2026, 11, 24)
SIZE = (1366, 768)
NEW_PERSON = "BAITP-201"
RULE = "BAITP-202"
DAY1 = TODAY - timedelta(days=60)
INVESTIGATOR = Actor("investigator", "Dr Li Ming", "investigator")
PASSWORD = "invest-pass-1"


def settle(window: MainWindow, seconds: float = 0.5) -> None:
    deadline = time.monotonic() + 30
    while window.worker.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def study(folder: Path) -> Database:
    """Two participants of interest: a new person, and one whose rule is armed (Day 30)."""
    database = open_database(folder / "screens.sqlite")
    service = StudyService(database, INVESTIGATOR, today=lambda: TODAY)
    service.create_participant(
        NEW_PERSON, initials="LMN", sex="F", birth_date=date(1979, 3, 8),
        consent_date=TODAY - timedelta(days=1),
    )  # fmt: skip
    service.create_participant(
        RULE, initials="QRS", sex="M", birth_date=date(1972, 6, 2),
        consent_date=DAY1 - timedelta(days=12), screening_date=DAY1 - timedelta(days=10),
        first_dose_date=DAY1,
    )  # fmt: skip
    doses = [
        Upsert("dose", {"date": DAY1 + timedelta(days=n), "taken": True, "dose_mg": 4.0})
        for n in range(0, 43)
    ]
    counts = [Upsert("count", {"date": DAY1 + timedelta(days=29), "value": 420.0})]
    service.apply(RULE, [*doses, *counts])
    admin = UserService(database).create_first_admin("admin", "Admin", "admin-pass-1")
    UserService(database, admin).add_user(
        INVESTIGATOR.username, INVESTIGATOR.display_name, "investigator", PASSWORD,
        must_change_password=False,
    )  # fmt: skip
    signing = SignatureService(database, INVESTIGATOR, service.config, lambda: TODAY)
    signing.sign_visit(RULE, "d14", PASSWORD)
    return database


def tab_of(window: MainWindow, kind: type) -> object:
    return next(t for t in window.crf_tabs if isinstance(t, kind))


def shoot(language: str, out: Path) -> list[Path]:
    app = qt_application()
    apply_language(app, language)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        database = study(Path(folder))
        service = StudyService(database, INVESTIGATOR, today=lambda: TODAY)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(service, settings)
        window.context.today = lambda: TODAY
        window.worker.today = lambda: TODAY
        window.resize(*SIZE)
        window.show()
        window.open_participant(NEW_PERSON)
        window.findings.show()
        screening = tab_of(window, ScreeningTab)
        assert isinstance(screening, ScreeningTab)
        window.tabs.setCurrentWidget(screening)
        settle(window)
        written.append(out / f"screening-verdict-{language}.png")
        window.grab().save(str(written[-1]))
        screening.reasons_button.setChecked(True)
        settle(window, 0.2)
        written.append(out / f"screening-reasons-{language}.png")
        window.grab().save(str(written[-1]))
        screening.reasons_button.setChecked(False)

        window.open_participant(RULE)
        diary = tab_of(window, DiaryTab)
        assert isinstance(diary, DiaryTab)
        window.tabs.setCurrentWidget(diary)
        diary.grid.move_to(13)
        diary._command("taken")  # refused: the Day 14 visit is signed
        settle(window)
        written.append(out / f"diary-dated-signed-{language}.png")
        window.grab().save(str(written[-1]))

        counts = tab_of(window, CountsTab)
        assert isinstance(counts, CountsTab)
        window.tabs.setCurrentWidget(counts)
        counts.form.date.set_text((DAY1 + timedelta(days=43)).isoformat())
        counts.form.count.set_text("350")
        message = out / f"interruption-message-{language}.png"

        def grab_message() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(50, grab_message)
                return
            box.grab().save(str(message))
            later = box.buttons()[-1]
            later.click()

        QTimer.singleShot(100, grab_message)
        counts.save()
        settle(window, 1.0)
        written.append(message)
        written.append(out / f"interruption-banner-{language}.png")
        window.grab().save(str(written[-1]))
        for tab in window.crf_tabs:
            tab.discard_changes()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        database.dispose()
    return written


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "zh_CN"):
        for path in shoot(language, out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
