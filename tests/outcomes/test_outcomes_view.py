"""The outcomes screen over a real database: its numbers are compute_outcomes', and every
number names its participants."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from baitp_desktop.core.outcomes import StudyOutcomes, compute_outcomes
from baitp_desktop.gui.outcomes_view import OutcomesView
from baitp_desktop.service import SYSTEM, StudyService
from baitp_desktop.storage import Database, open_database
from tests.core.builders import AS_OF
from tests.outcomes.test_outcomes_text import hand_study


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "study.sqlite")
    StudyService(database, SYSTEM).import_participants(hand_study())
    yield database
    database.dispose()


@pytest.fixture
def view(qtbot, database: Database) -> Iterator[OutcomesView]:
    view = OutcomesView(StudyService(database), today=lambda: AS_OF)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    yield view
    view.shutdown()


def cells(view: OutcomesView, key: str, column: int) -> list[str]:
    model = view.models[key]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def click(qtbot, view: OutcomesView, key: str, row: int, column: int) -> list[str]:
    table = view.views[key]
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    return view.trace.participants()


def test_numbers_shown_are_compute_outcomes(view: OutcomesView) -> None:
    expected: StudyOutcomes = compute_outcomes(hand_study(), AS_OF)
    assert cells(view, "responses", 0) == [p.label for p in expected.responses]
    assert cells(view, "responses", 1) == [f"{p.n}/{p.total}" for p in expected.responses]
    assert cells(view, "responses", 1) == ["4/8", "4/8", "4/8", "0/8", "3/8"]
    assert cells(view, "responses", 3)[-1] == "8.5–75.5"
    assert cells(view, "responses", 4) == ["0", "0", "0", "0", "1"]
    assert cells(view, "timing", 1)[0] == "median 6 days, range 6–6 (n = 4)"
    assert cells(view, "timing", 1)[1] == "6 days"  # Kaplan–Meier: half respond on day 6
    assert cells(view, "adverse_events", 0) == ["Any adverse event", "Pneumonia"]
    assert cells(view, "adverse_events", 1) == ["1", "1"]
    assert cells(view, "adverse_events", 5) == ["1", "1"]  # G3
    assert cells(view, "serious", 0) == ["BAITP-002"]
    assert view.flow_buttons["dosed"].text() == "Dosed  8"
    assert view.flow_buttons["discontinued"].text() == "Discontinued  1"
    assert "BAITP-008" in view.flow_note.text()
    assert view.title.text() == "Study outcomes as of 28 Jan 2023"
    assert len(view.trajectory.chart.lines) == 8
    assert view.curve.chart.steps == ((6, 0.5),)


def test_clicking_a_number_lists_its_participants(qtbot, view: OutcomesView) -> None:
    assert click(qtbot, view, "responses", 4, 1) == ["BAITP-001", "BAITP-002", "BAITP-004"]
    assert click(qtbot, view, "responses", 4, 4) == ["BAITP-003"]  # not assessed
    everyone = click(qtbot, view, "responses", 4, 0)  # the N, each with what they count as
    assert len(everyone) == 8
    items = [view.trace.list.item(i).text() for i in range(view.trace.list.count())]
    assert "BAITP-003   not assessed" in items and "BAITP-005   no response" in items
    assert click(qtbot, view, "adverse_events", 1, 5) == ["BAITP-002"]  # Pneumonia, G3
    assert click(qtbot, view, "timing", 0, 1) == [f"BAITP-00{i}" for i in (1, 2, 3, 4)]
    view.tabs.setCurrentIndex(2)
    rows = cells(view, "changes", 0)
    assert click(qtbot, view, "changes", rows.index("Rescue therapy"), 1) == ["BAITP-005"]
    bleeding = rows.index("Bleeding events (WHO grade ≥ 2)")
    assert click(qtbot, view, "changes", bleeding, 1) == ["BAITP-006"]
    qtbot.mouseClick(view.flow_buttons["discontinued"], Qt.MouseButton.LeftButton)
    assert view.trace.participants() == ["BAITP-003"]


def test_double_click_opens_the_participant(qtbot, view: OutcomesView) -> None:
    click(qtbot, view, "responses", 4, 1)
    listing = view.trace.list
    item = listing.item(1)
    rect = listing.visualItemRect(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.participant_requested, timeout=2000) as signal:
        qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["BAITP-002"]


def test_models_pass_the_model_tester(qtmodeltester, view: OutcomesView) -> None:
    for model in view.models.values():
        qtmodeltester.check(model)


def test_save_as_pdf_and_csv(qtbot, view: OutcomesView, tmp_path: Path) -> None:
    for kind in ("pdf", "csv"):
        target = tmp_path / f"outcomes.{kind}"
        view.ask_save_path = lambda _parent, _name, _kind, t=target: t
        view.save(kind)
        qtbot.waitUntil(lambda t=target: view.status.text().startswith("Saved"), timeout=20_000)
        assert target.exists()
        view.status.setText("")
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(tmp_path / "outcomes.pdf")).pages)
    assert "Study outcomes" in text and "Pneumonia" in text
    assert "response,durable_response,3,8,37.5,8.5,75.5" in (tmp_path / "outcomes.csv").read_text()
