"""The GUI's print actions: real widgets (offscreen), a real study file, real PDFs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.core.config import default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.records import Participant
from baitp_desktop.gui.contract import GuiContext
from baitp_desktop.gui.dialogs.visit_picker import VisitChoice, VisitPicker
from baitp_desktop.gui.print_actions import PrintActions, visit_choices
from baitp_desktop.gui.style import lock_icon
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from tests.account_helpers import ready_account

from .conftest import assert_page_numbers, pdf_pages


class Harness:
    def __init__(self, qtbot: QtBot, db: Path, tmp_path: Path) -> None:
        self.errors: list[str] = []
        self.opened: list[Path] = []
        self.service = StudyService(open_database(db))
        self.context = GuiContext(self.service, lambda *_: None,
                                  lambda _p, message: self.errors.append(message))  # fmt: skip
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        self.actions = PrintActions(self.context, self.window, self.settings)
        self.actions.open_file = self.opened.append
        self.saved_to = tmp_path / "saved.pdf"
        self.actions.ask_save_path = lambda _parent, _suggested: self.saved_to

    def close(self) -> None:
        self.actions.shutdown()
        self.service.database.dispose()


@pytest.fixture
def harness(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> Iterator[Harness]:
    db = tmp_path / "study.sqlite"
    shutil.copyfile(demo_db, db)
    h = Harness(qtbot, db, tmp_path)
    yield h
    h.close()


def test_menu_holds_the_actions_and_they_follow_the_participant(harness: Harness) -> None:
    menu = QMenu()
    harness.actions.add_to_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert "Save casebook as PDF…" in texts and "Print visit summary…" in texts
    assert not harness.actions.save_casebook.isEnabled(), "no participant shown yet"
    assert harness.actions.save_blank.isEnabled()
    harness.actions.set_participant("BAITP-001")
    assert harness.actions.save_casebook.isEnabled()


def test_save_casebook_builds_off_the_gui_thread_and_opens_the_file(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.actions.set_participant("BAITP-001")
    with qtbot.waitSignal(harness.actions.report_written, timeout=60_000) as written:
        harness.actions.save_casebook.trigger()
        assert harness.actions.busy and not harness.actions.save_casebook.isEnabled()
    assert written.args == [str(harness.saved_to)]
    assert harness.opened == [harness.saved_to]
    text = pdf_pages(harness.saved_to)
    assert_page_numbers(text)
    assert "Participant casebook" in text[0] and "BAITP-001" in text[0]
    assert not harness.actions.busy and harness.actions.save_casebook.isEnabled()
    assert harness.errors == []


def test_print_visit_summary_opens_a_temporary_pdf(qtbot: QtBot, harness: Harness) -> None:
    asked: list[tuple[list[VisitChoice], int]] = []

    def choose(_parent: QWidget, choices: list[VisitChoice], preselected: int) -> str:
        asked.append((choices, preselected))
        return "d7"

    harness.actions.ask_visit = choose
    harness.actions.set_participant("BAITP-001")
    with qtbot.waitSignal(harness.actions.report_written, timeout=60_000):
        harness.actions.print_visit.trigger()
    choices, _ = asked[0]
    assert [c[0] for c in choices][:3] == ["screening", "baseline", "d7"]
    (opened,) = harness.opened
    assert opened != harness.saved_to and opened.name == "BAITP-001_d7_visit_summary.pdf"
    assert "Visit summary: Day 7 (early response)" in pdf_pages(opened)[0]


def test_a_failed_build_is_shown_and_leaves_the_actions_usable(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    harness.saved_to = blocker / "blank.pdf"
    harness.actions.ask_save_path = lambda _parent, _suggested: harness.saved_to
    harness.actions.paper_actions["letter"].trigger()
    harness.actions.save_blank.trigger()
    qtbot.waitUntil(lambda: bool(harness.errors), timeout=30_000)
    assert "Cannot write" in harness.errors[0]
    assert harness.opened == [] and not harness.actions.busy
    assert harness.settings.value("reports/paper") == "letter"


def test_visit_choice_preselects_the_visit_due_today(demo_participants: list[Participant]) -> None:
    config = default_config()
    p = next(p for p in demo_participants if p.first_dose_date is not None)
    course = Course(p, config)
    window = course.window("d28")
    assert window is not None
    choices, index = visit_choices(course, window.target)
    assert choices[index][0] == "d28"
    assert "window" in choices[index][1]
    choices, index = visit_choices(Course(p, config), date(1990, 1, 1))
    assert choices[index][0] == "screening"


def test_saving_a_pdf_says_where_it_went_and_opens_its_folder(
    qtbot: QtBot, harness: Harness
) -> None:
    folders: list[Path] = []
    notice = harness.actions.saved_notice
    notice.open_folder = folders.append
    harness.actions.set_participant("BAITP-001")
    with qtbot.waitSignal(harness.actions.report_written, timeout=60_000):
        harness.actions.print_casebook.trigger()  # printing: a temporary file, no notice
    assert not notice.isVisibleTo(harness.window)
    with qtbot.waitSignal(harness.actions.report_written, timeout=60_000):
        harness.actions.save_casebook.trigger()
    assert notice.isVisibleTo(harness.window)
    assert notice.label.text() == f"Saved to {harness.saved_to}"
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert folders == [harness.saved_to.parent]


def test_the_visit_picker_marks_the_signed_visits(qtbot: QtBot, harness: Harness) -> None:
    database = harness.service.database
    admin = UserService(database).create_first_admin("admin", "Ada Admin", "Harbour-lights-41")
    ready_account(database, admin, "investigator", "Dr I", "investigator", "Juniper-trail-52")
    investigator = Actor("investigator", "Dr I", "investigator")
    SignatureService(database, investigator, harness.service.config).sign_visit(
        "BAITP-001", "baseline", "Juniper-trail-52"
    )
    offered: list[list[VisitChoice]] = []

    def pick(parent: QWidget, choices: list[VisitChoice], preselected: int) -> str | None:
        offered.append(choices)
        picker = VisitPicker(choices, 0, parent)
        qtbot.addWidget(picker)
        with qtbot.waitActive(picker):
            picker.show()
        assert picker.list.hasFocus()  # choose by keyboard at once
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
        qtbot.keyClick(picker.list, Qt.Key.Key_Return)
        assert picker.result() == QDialog.DialogCode.Accepted
        return picker.chosen()

    harness.actions.ask_visit = pick
    harness.actions.set_participant("BAITP-001")
    with qtbot.waitSignal(harness.actions.report_written, timeout=60_000):
        harness.actions.print_visit.trigger()
    assert harness.opened[-1].name == "BAITP-001_baseline_visit_summary.pdf"  # Down: baseline
    [choices] = offered
    marked = {c.visit_id for c in choices if c.signed}
    assert marked == {"baseline"}
    picker = VisitPicker(choices, 1)
    qtbot.addWidget(picker)
    for row, choice in enumerate(choices):
        item = picker.list.item(row)
        assert item.text().endswith("— signed") == choice.signed
        padlock = item.icon().pixmap(16, 16).toImage() == lock_icon().pixmap(16, 16).toImage()
        assert padlock == choice.signed  # the padlock beside the word
