"""The dashboard widget over a real database: the lists it shows, and where a line leads."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from baitp_desktop.core.validator import validate_study
from baitp_desktop.gui.dashboard import DashboardWidget, relative_day
from baitp_desktop.gui.rows_model import TARGET_ROLE
from baitp_desktop.service import SYSTEM, Actor, StudyService
from baitp_desktop.service.queries import QueryService, finding_target
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database, open_database
from tests.core.scenario_expectations import SECTION_6_CODES
from tests.dashboard.dashboard_study import TODAY, study

MONITOR = Actor("monitor", "Zhang Min (demo monitor)", "monitor")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The study with accounts, four signed visits and a query (Argon2 is slow: built once)."""
    path = tmp_path_factory.mktemp("dashboard") / "study.sqlite"
    database = open_database(path)
    StudyService(database, SYSTEM).import_participants(study())
    UserService(database).create_demo_accounts()
    investigator = UserService(database).authenticate("investigator", "demo-2207-inv")
    signing = SignatureService(database, investigator, today=lambda: TODAY)
    for visit in ("screening", "baseline", "d7", "d14"):
        signing.sign_visit("BAITP-002", visit, "demo-2207-inv")
    people = StudyService(database).participants()
    missed = next(
        f for f in validate_study(people, TODAY) if f.code == "MISSED_VISIT"
    )  # BAITP-004's Day 14
    QueryService(database, MONITOR).raise_query(
        "BAITP-004", finding_target(missed), "Was the Day 14 visit done elsewhere?"
    )
    database.dispose()
    with sqlite3.connect(path) as connection:  # fold the WAL into the file before copying
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def database(template: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "study.sqlite"
    shutil.copyfile(template, target)
    database = open_database(target)
    yield database
    database.dispose()


@pytest.fixture
def widget(qtbot, database: Database) -> DashboardWidget:
    service = StudyService(database, Actor("nurse", "Wang Fang (demo nurse)", "nurse"))
    widget = DashboardWidget(service, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 620)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.refresh()
    yield widget
    widget.shutdown()


def shown(widget: DashboardWidget, key: str, column: int = 0) -> list[str]:
    model = widget.models[key]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_lists_on_a_fixed_today(widget: DashboardWidget) -> None:
    assert shown(widget, "due") == ["BAITP-008 TDY", "BAITP-002 DUE", "BAITP-008 TDY"]
    assert shown(widget, "due", 1) == ["Day 7", "Day 28", "Day 14"]  # whole name: tooltip
    assert shown(widget, "due", 2) == [
        "1 Mar 2023 (today)",
        "4 Mar 2023 (in 3 days)",
        "8 Mar 2023 (in 7 days)",
    ]
    assert shown(widget, "due", 3) == [
        "28 Feb – 2 Mar 2023",
        "1 Mar – 7 Mar 2023",
        "6 Mar – 10 Mar 2023",
    ]
    assert shown(widget, "overdue") == ["BAITP-004 CLS", "BAITP-003 OPN"]
    assert shown(widget, "overdue", 3) == [
        "window closed: missed visit",
        "window open until 2 Mar 2023 (tomorrow)",
    ]
    assert shown(widget, "diary") == ["BAITP-007 GAP"]
    assert shown(widget, "diary", 1) == ["3"]
    # the §6 findings; stored participants also carry the §9–§12 queries of "old data"
    # (ITP_HISTORY, MISSING_QOL) while storage does not keep those forms
    groups = widget.models["findings"].rows()
    section6 = [r for r, g in enumerate(groups) if g.first.code in SECTION_6_CODES]
    assert [shown(widget, "findings")[r] for r in section6] == ["BAITP-004", "BAITP-007",
                                                                "BAITP-008"]  # fmt: skip
    severities = widget.models["findings"]
    assert [severities.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in section6] == [
        "Minor",
        "Query",
        "Query",
    ]
    queries = sum(g.count for g in groups if g.severity.value == "query")
    assert shown(widget, "queries") == ["BAITP-004 CLS"]
    assert shown(widget, "queries", 1) == ["to answer"]
    unsigned = list(zip(shown(widget, "unsigned"), shown(widget, "unsigned", 1), strict=True))
    assert ("BAITP-002 DUE", "Day 14") not in unsigned  # signed in the fixture
    assert ("BAITP-002 DUE", "Screening") not in unsigned
    assert ("BAITP-003 OPN", "Day 14") in unsigned
    assert ("BAITP-001 SCR", "Screening") in unsigned
    titles = {key: box.title() for key, box in widget.boxes.items()}
    assert titles["due"] == "Visits due in the next 7 days (3)"
    plural = "query" if queries == 1 else "queries"
    assert titles["findings"] == f"Open findings: 0 major, 1 minor, {queries} {plural}"
    assert widget.title.text() == "Today, 1 Mar 2023"


def test_activating_a_line_opens_its_participant_on_the_right_tab(
    qtbot, widget: DashboardWidget
) -> None:
    expected = {
        "due": ("BAITP-008", "counts", "visit:d7"),
        "overdue": ("BAITP-004", "counts", "visit:d14"),
        "diary": ("BAITP-007", "diary", "diary:2023-02-02/2023-02-04"),
        "findings": ("BAITP-004", "counts", "visit:d14"),
        "queries": ("BAITP-004", "counts", "visit:d14"),
    }
    for key, target in expected.items():
        view = widget.views[key]
        index = view.model().index(0, 1)
        assert index.data(TARGET_ROLE) == target
        rect = view.visualRect(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        with qtbot.waitSignal(widget.open_requested, timeout=2000) as signal:
            qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert tuple(signal.args) == target, key
    # keyboard: Enter on the current line of the unsigned visits
    view = widget.views["unsigned"]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    first = view.model().index(0, 0).data(TARGET_ROLE)
    with qtbot.waitSignal(widget.open_requested, timeout=2000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tuple(signal.args) == first


def test_calendar_button_follows_the_selection(qtbot, widget: DashboardWidget) -> None:
    assert not widget.calendar_button.isEnabled()
    view = widget.views["overdue"]
    view.setCurrentIndex(view.model().index(1, 0))
    assert widget.calendar_button.isEnabled()
    with qtbot.waitSignal(widget.calendar_requested, timeout=2000) as signal:
        widget.calendar_button.click()
    assert signal.args == ["BAITP-003"]


def test_models_pass_the_model_tester(qtmodeltester, widget: DashboardWidget) -> None:
    for model in widget.models.values():
        qtmodeltester.check(model)


def test_a_refresh_sees_new_data(qtbot, widget: DashboardWidget, database: Database) -> None:
    SignatureService(
        database,
        UserService(database).authenticate("investigator", "demo-2207-inv"),
        today=lambda: TODAY,
    ).sign_casebook("BAITP-003", "demo-2207-inv")
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.refresh()
    assert "BAITP-003 OPN" not in shown(widget, "unsigned")


def test_relative_days() -> None:
    assert relative_day(TODAY, TODAY) == "today"
    assert relative_day(TODAY.replace(day=3), TODAY) == "in 2 days"
    assert relative_day(TODAY.replace(month=2, day=27), TODAY) == "2 days ago"
