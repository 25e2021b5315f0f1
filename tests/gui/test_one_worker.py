"""Every background job of a window runs on its one worker (GuiContext.tasks): validation,
the dashboard, the outcomes window, PDFs and the visit calendar queue behind each other
on one thread instead of competing for the database file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.study_screens import attach_study_screens
from baitp_desktop.gui.tasks import TaskRunner
from tests.dashboard.dashboard_study import TODAY, study
from tests.gui.support_window import Answers, close_window, make_service, make_window


def test_all_background_work_of_a_window_goes_through_one_worker(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = make_service(tmp_path / "study.sqlite", today=TODAY)
    service.import_participants(study())
    window = make_window(qtbot, service, tmp_path / "settings.ini", Answers(), today=TODAY)
    screens = attach_study_screens(window)
    tasks = window.context.tasks
    threads: list[int] = []
    owners: list[str] = []
    run = tasks.run

    def recording_run(
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        def traced() -> Any:
            threads.append(threading.get_ident())
            return work()

        owners.append(type(owner).__name__)
        run(traced, on_done, on_error, owner=owner)

    monkeypatch.setattr(tasks, "run", recording_run)
    blank, calendar = tmp_path / "blank.pdf", tmp_path / "calendar.pdf"
    window.print_actions.ask_save_path = lambda _parent, _suggested: blank
    window.print_actions.open_file = lambda _path: None
    screens.ask_language = lambda _parent: "en"
    screens.ask_save_path = lambda _parent, _suggested: calendar
    screens.open_file = lambda _path: None
    try:
        window.worker.validate_study()
        screens.dashboard.refresh()
        screens.show_outcomes()
        window.print_actions.save_blank.trigger()
        dosed = next(p for p in service.participants() if p.first_dose_date is not None)
        screens.print_calendar(dosed.participant_id)
        qtbot.waitUntil(lambda: tasks.pending == 0 and blank.exists() and calendar.exists())
    finally:
        if screens.outcomes_window is not None:
            screens.outcomes_window.close()
        close_window(window)
        service.database.dispose()
    assert {"ValidationWorker", "DashboardWidget", "OutcomesView", "PrintActions"} <= set(owners)
    assert len(threads) == len(owners) >= 5
    assert len(set(threads)) == 1 and threads[0] != threading.get_ident()
    # nothing in the window keeps a worker of its own
    assert window.findChildren(QThreadPool) == [] and window.findChildren(TaskRunner) == []
