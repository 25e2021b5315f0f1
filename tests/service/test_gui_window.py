"""pytest-qt: the compliance actions wired into the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.queries import QueryStatus
from baitp_desktop.gui.contract import GuiContext
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.part11.controller import Part11Controls, attach_part11
from baitp_desktop.service import StudyService
from baitp_desktop.service.queries import QueryService
from baitp_desktop.storage import Database

from .conftest import PASSWORDS, PID, actor

TODAY = date(2022, 8, 1)


@pytest.fixture
def errors() -> list[str]:
    return []


def _window(
    qtbot: QtBot, database: Database, tmp_path: Path, name: str, errors: list[str]
) -> Iterator[tuple[MainWindow, Part11Controls]]:
    service = StudyService(database, actor(name), today=lambda: TODAY)
    context = GuiContext(
        service, lambda *_: None, lambda _p, m: errors.append(m), today=lambda: TODAY
    )
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    controls = attach_part11(window, idle_ms=600_000)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=30_000)
    window.open_participant(PID)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=30_000)
    yield window, controls
    controls.idle_lock.stop()
    for tab in window.crf_tabs:
        tab.discard_changes()
    window.close()


@pytest.fixture
def investigator_window(
    qtbot: QtBot, database: Database, tmp_path: Path, errors: list[str]
) -> Iterator[tuple[MainWindow, Part11Controls]]:
    yield from _window(qtbot, database, tmp_path, "investigator", errors)


@pytest.fixture
def monitor_window(
    qtbot: QtBot, database: Database, tmp_path: Path, errors: list[str]
) -> Iterator[tuple[MainWindow, Part11Controls]]:
    yield from _window(qtbot, database, tmp_path, "monitor", errors)


def test_investigator_signs_the_due_visit_from_the_menu(
    qtbot: QtBot, investigator_window: tuple[MainWindow, Part11Controls]
) -> None:
    window, controls = investigator_window
    assert controls.sign_visit_action.isVisible() and not controls.users_action.isVisible()
    assert "Dr Ivan Investigator" in controls.user_label.text()
    assert controls.lock_label.text() == f"{PID}: not signed"
    version = window.snapshot.version if window.snapshot else None
    controls.sign_visit_action.trigger()
    dialog = controls.dialogs[-1]
    sign = dialog.findChild(QLineEdit, "password")
    assert sign is not None
    qtbot.keyClicks(sign, PASSWORDS["investigator"])
    sign_dialog = sign.parentWidget()
    sign_dialog.sign_button.click()  # type: ignore[attr-defined]
    # Day 14 (2022-07-26) is the latest window begun by 2022-08-01
    assert controls.lock_label.text() == f"{PID}: signed: Day 14 (locked)"  # its name, not "d14"
    assert window.snapshot is not None and window.snapshot.version == (version or 0) + 1


def test_history_and_lock_now(
    qtbot: QtBot, investigator_window: tuple[MainWindow, Part11Controls]
) -> None:
    controls = investigator_window[1]
    controls.history_action.trigger()
    history = controls.dialogs[-1]
    assert history.model.rowCount() > 50  # type: ignore[attr-defined]
    history.close()
    controls.lock_action.trigger()
    assert controls.idle_lock.is_locked
    lock = controls.idle_lock.dialog
    assert lock is not None
    qtbot.keyClicks(lock.password, PASSWORDS["investigator"])
    lock.unlock_button.click()
    assert not controls.idle_lock.is_locked


def test_monitor_is_read_only_and_raises_a_query_on_a_finding(
    qtbot: QtBot,
    monitor_window: tuple[MainWindow, Part11Controls],
    database: Database,
    errors: list[str],
) -> None:
    window, controls = monitor_window
    assert not window.save_action.isVisible() and not window.new_action.isEnabled()
    assert not controls.sign_visit_action.isVisible()
    edits = [w for tab in window.crf_tabs for w in tab.findChildren(QLineEdit)]
    assert edits and all(w.isReadOnly() for w in edits)
    assert controls.finding_query_action.isVisible()
    finding = Finding(
        PID,
        "MISSING_BLEEDING",
        Severity.QUERY,
        date(2022, 7, 26),
        "count:2022-07-26",
        "no WHO grade on the count's date",
    )
    dialog = controls.query_finding(finding)
    assert dialog is not None and dialog.about.text().startswith("MISSING_BLEEDING")
    qtbot.keyClicks(dialog.text, "Was bleeding assessed on Day 14?")
    dialog.raise_button.click()
    [query] = QueryService(database, actor("monitor")).queries(PID)
    assert query.status is QueryStatus.NEW and query.target.finding_code == "MISSING_BLEEDING"
    controls.queries_action.trigger()
    queries = controls.dialogs[-1]
    assert queries.table.rowCount() == 1  # type: ignore[attr-defined]
    assert not queries.answer_button.isVisible()  # type: ignore[attr-defined]
    assert queries.close_button.isVisible()  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert errors == []
