"""Every string the real GUI and the real PDFs ask for in Chinese has a translation.

The extractor sees literal tr() calls; this sees what runs: the main window with every
tab on a demo participant, a visit summary and the casebook with its audit appendix,
including labels that come from data (lab and visit names, statuses, reasons). A miss is
listed with its context so it can be added to the catalogue.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from baitp_desktop import i18n
from baitp_desktop.core.config import default_config
from baitp_desktop.demo import generate_study
from baitp_desktop.gui.app import build_main_window
from baitp_desktop.gui.language import add_language_menu
from baitp_desktop.reports.casebook import write_casebook
from baitp_desktop.reports.gather import gather_report_data
from baitp_desktop.reports.visit_summary import write_visit_summary
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database

TODAY = date(2026, 11, 24)


class _Recorder(dict):
    """The zh_CN catalogue, remembering every (context, text) asked for and missing."""

    def __init__(self, real: dict[tuple[str, str], str]) -> None:
        super().__init__(real)
        self.missing: set[tuple[str, str]] = set()
        self.asked: set[tuple[str, str]] = set()

    def get(self, key, default=None):  # type: ignore[override]
        self.asked.add(key)
        if key not in self:
            self.missing.add(key)
        return super().get(key, default)


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch):
    recorder = _Recorder(i18n.catalogue("zh_CN"))
    real = i18n.catalogue
    monkeypatch.setattr(
        i18n, "catalogue", lambda language: recorder if language == "zh_CN" else real(language)
    )
    previous = i18n.current_language()
    i18n.set_language("zh_CN")
    yield recorder
    i18n.set_language(previous)


@pytest.fixture
def service(tmp_path: Path):
    database = open_database(tmp_path / "study.sqlite")
    service = StudyService(database, today=lambda: TODAY)
    service.import_participants(generate_study(12, 2207, TODAY))
    yield service
    database.dispose()


def _missing(recorder: _Recorder) -> str:
    return "\n".join(f"  [{c}] {t!r}" for c, t in sorted(recorder.missing))


def test_every_tab_of_the_main_window(qapp: QApplication, chinese, service, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(service, settings)
    add_language_menu(window.tools_menu, settings, window.context.service.actor.username, window)
    window.resize(1366, 768)
    window.show()
    for participant_id in ("BAITP-002", "BAITP-003", "BAITP-006"):
        assert window.open_participant(participant_id)
        deadline = time.monotonic() + 20
        while window.worker.busy and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    assert len(chinese.asked) > 300  # the net really caught the window's strings
    assert not chinese.missing, "GUI strings without a zh_CN translation:\n" + _missing(chinese)


def test_visit_summary_and_casebook(chinese, service, tmp_path: Path) -> None:
    config = default_config()
    for participant_id in ("BAITP-002", "BAITP-003"):
        data = gather_report_data(service.database, participant_id, config, with_audit=True)
        write_casebook(data, tmp_path / f"{participant_id}.pdf", language="zh_CN")
        for visit in ("baseline", "d28"):
            write_visit_summary(data, visit, tmp_path / f"{visit}.pdf", language="zh_CN")
    assert len(chinese.asked) > 150
    assert not chinese.missing, "PDF strings without a zh_CN translation:\n" + _missing(chinese)
