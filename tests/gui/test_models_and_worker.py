"""Qt models checked by qtmodeltester; the background validator keeps the GUI thread free."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from baitp_desktop.core.course import Course
from baitp_desktop.demo import generate_study
from baitp_desktop.gui.findings_panel import FindingsModel
from baitp_desktop.gui.navigator import NavigatorModel
from baitp_desktop.gui.tabs.diary import DecisionsModel
from baitp_desktop.gui.validation_worker import ValidationWorker, validate_all, validate_one
from baitp_desktop.gui.widgets.diary_grid import DayEntry, DiaryGridModel
from baitp_desktop.gui.widgets.visit_calendar import VisitCalendarModel
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from tests.gui.support_window import NURSE, TODAY, make_service

STUDY_TODAY = date(2026, 11, 1)


@pytest.fixture(scope="module")
def scenario_service(tmp_path_factory: pytest.TempPathFactory) -> StudyService:
    names = ["01_clean.json", "02_interruption_applied.json", "05_severe_ae.json",
             "06_gaps.json"]  # fmt: skip
    return make_service(tmp_path_factory.mktemp("models") / "study.sqlite", names)


@pytest.fixture(scope="session")
def big_study(tmp_path_factory: pytest.TempPathFactory) -> StudyService:
    """A 1,000-person demo study on disk (built once: the import takes a while)."""
    path = tmp_path_factory.mktemp("big") / "study.sqlite"
    service = StudyService(open_database(path), NURSE, today=lambda: STUDY_TODAY)
    service.import_participants(generate_study(1000, seed=7, today=STUDY_TODAY))
    return service


def test_navigator_and_findings_models(
    qapp: object, qtmodeltester: ModelTester, scenario_service: StudyService
) -> None:
    results = validate_all(scenario_service, TODAY)
    navigator = NavigatorModel()
    navigator.set_results(results)
    qtmodeltester.check(navigator, force_py=True)
    assert navigator.rowCount() == 4
    findings = FindingsModel()
    findings.set_study(results)
    qtmodeltester.check(findings, force_py=True)
    assert findings.rowCount() == sum(len(r.findings) for r in results) > 0
    one = validate_one(scenario_service, "BAITP-006", TODAY)
    findings.set_participant(one)
    navigator.update_result(one)
    qtmodeltester.check(findings, force_py=True)


def test_diary_decisions_and_calendar_models(
    qapp: object, qtmodeltester: ModelTester, scenario_service: StudyService
) -> None:
    participant = scenario_service.participant("BAITP-002")
    course = Course(participant, scenario_service.config)
    diary = DiaryGridModel(25, 4.0)
    diary.set_course(course, TODAY)
    qtmodeltester.check(diary, force_py=True)
    assert diary.rowCount() == 25 and diary.columnCount() == 7
    diary.set_entries([1, 2], DayEntry(False, None))
    diary.set_selection(3, 9)
    qtmodeltester.check(diary, force_py=True)
    assert diary.day_state(1) == "missed"
    diary.set_entries([1, 2], DayEntry(True, 4.0))  # back to the saved value: no edit
    assert not diary.pending
    assert diary.day_state(120) in ("interrupted", "taken")  # inside the applied interruption
    decisions = DecisionsModel()
    decisions.set_decisions(participant.dosing_decisions, course.day1)
    qtmodeltester.check(decisions, force_py=True)
    calendar = VisitCalendarModel()
    calendar.set_course(course)
    qtmodeltester.check(calendar, force_py=True)
    assert calendar.rowCount() == len(scenario_service.config.visits)


def test_stale_results_are_dropped(qtbot: QtBot, scenario_service: StudyService) -> None:
    worker = ValidationWorker(scenario_service, lambda: TODAY)
    delivered: list[str] = []
    worker.participant_validated.connect(lambda r: delivered.append(r.participant_id))
    worker.validate_participant("BAITP-001")
    worker.validate_participant("BAITP-001")  # the first request is now stale
    worker.validate_participant("BAITP-002")
    qtbot.waitUntil(lambda: not worker.busy, timeout=20_000)
    assert delivered == ["BAITP-001", "BAITP-002"]
    worker.shutdown()


def test_gui_thread_stays_responsive_while_1000_participants_are_validated(
    qtbot: QtBot, big_study: StudyService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The study is validated on the worker thread while the GUI's event loop keeps running.

    Checked by what happened, not by how fast: the validator ran on another thread and a
    10 ms timer kept firing in the GUI thread while it ran (the stall figure is measured
    by benchmarks/gui_benchmark.py, not asserted: shared machines are noisy)."""
    import threading

    import baitp_desktop.gui.validation_worker as worker_module

    validator_threads: list[int] = []
    original = worker_module.validate_participant

    def recording(*args: object, **kwargs: object) -> object:
        validator_threads.append(threading.get_ident())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(worker_module, "validate_participant", recording)
    worker = ValidationWorker(big_study, lambda: STUDY_TODAY)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    results: list[object] = []
    worker.study_validated.connect(results.append)
    timer.start()
    started = time.perf_counter()
    worker.validate_study()
    qtbot.waitUntil(lambda: bool(results), timeout=300_000)
    finished = time.perf_counter()
    timer.stop()
    worker.shutdown()
    assert len(results[0]) == 1000  # type: ignore[arg-type]
    assert len(validator_threads) == 1000
    assert threading.get_ident() not in set(validator_threads)
    # The GUI thread's timer kept firing while the validation ran.
    assert sum(1 for tick in ticks if started < tick < finished) >= 10


def test_validate_one_reads_a_fresh_copy(scenario_service: StudyService) -> None:
    before = validate_one(scenario_service, "BAITP-001", TODAY)
    assert before.day1 == date(2022, 7, 13)
    assert before.status.value == "completed"
    assert before.ulns["alt_uln"] is not None


def test_run_latest_delivers_only_the_newest_result(qtbot: QtBot) -> None:
    import shiboken6
    from PySide6.QtCore import QObject

    from baitp_desktop.gui.tasks import TaskRunner

    runner = TaskRunner()
    dashboard, outcomes, closed = QObject(), QObject(), QObject()
    shown: list[str] = []
    runner.run_latest(dashboard, lambda: "older", shown.append)
    runner.run_latest(outcomes, lambda: "other screen", shown.append)  # its own newest
    runner.run_latest(dashboard, lambda: "newer", shown.append)
    runner.run(lambda: "plain", shown.append)  # not a refresh: always delivered
    runner.run(lambda: "for a closed window", shown.append, owner=closed)
    shiboken6.delete(closed)  # the window closed before its result came back
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert shown == ["other screen", "newer", "plain"]
    runner.shutdown()
