"""A nurse's whole day in the real application, as she works it (acceptance).

The real sign-in step, main window, dialogs and style, against a real new SQLite file,
driven through the keyboard wherever the screens allow it: the first start creates the
administrator, who creates a nurse and an investigator; the nurse screens a new person
(three typos refused at the field, then corrected), enters eight weeks of diary with an
undo, five visit counts (45000 refused, then 45; two counts above 300 four weeks apart:
the interruption message) and two AEs (one found by typing "pneumonia": Lung infection); she is
interrupted (lock, the investigator switches in and signs the Day 14 visit, she comes
back and her unsaved count is offered back), and a key on a signed diary day is refused
at once. At each step the test checks what she sees and what the database holds; at the
end `baitp verify` checks the audit trail and the signature.

It runs offscreen in the default suite; .ci/run also runs it once on a real X server
(Xvfb, QT_QPA_PLATFORM=xcb) so that focus, the window manager's part and dialogs are real.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.core.records import DecisionAction
from baitp_desktop.gui.dialogs.new_participant import NewParticipantDialog
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.part11.controller import Part11Controls
from baitp_desktop.gui.part11.idle_lock import LockDialog
from baitp_desktop.gui.part11.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from baitp_desktop.gui.part11.sign_dialog import SignDialog
from baitp_desktop.gui.part11.signatures_dialog import SignaturesDialog
from baitp_desktop.gui.part11.users_dialog import AddUserDialog, UsersDialog
from baitp_desktop.gui.session import ApplicationSession
from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.tabs.counts import CountsTab
from baitp_desktop.gui.tabs.diary import DiaryTab
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.gui.widgets.fields import EntryField
from baitp_desktop.service import StudyService
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.storage import open_database
from tests.gui.support_session import (
    ModalScript,
    activate,
    application_session,
    click,
    later,
    shown_window,
)

pytestmark = pytest.mark.gui

TODAY = date.today()
DAY1 = TODAY - timedelta(days=59)  # today is Day 60: eight weeks of diary are due
PID = "BAITP-001"
PASSWORDS = {
    "admin": "Harbour-lights-41",
    "nurse": "Kestrel-wing-63",
    "investigator": "Juniper-trail-52",
}
TEMPORARY = {"nurse": "Provisional-4417", "investigator": "Provisional-5528"}
NAMES = {"admin": "Ada Admin", "nurse": "Wang Fang", "investigator": "Dr Li Ming"}
MISSED = (5, 18, 40)
COUNTS = {1: "20", 7: "45", 14: "80", 28: "320", 56: "350"}  # Day: count (×10⁹/L)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def day(n: int) -> date:
    return DAY1 + timedelta(days=n - 1)


class Nurse:
    """The person at the keyboard: keys go where the focus is, as on a real screen."""

    def __init__(self, qtbot: QtBot, session: ApplicationSession) -> None:
        self.qtbot = qtbot
        self.session = session

    @property
    def window(self) -> MainWindow:
        return shown_window(self.qtbot, self.session)

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def key(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier | None = None, times: int = 1
    ) -> None:
        for _ in range(times):
            if modifiers is None:
                self.qtbot.keyClick(self.focus(), key)
            else:
                self.qtbot.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def fill(self, field: EntryField | QLineEdit, text: str) -> None:
        """Into a field: select what is there, type over it, Tab on (the field checks it)."""
        editor = field.editor if isinstance(field, EntryField) else field
        editor.setFocus(Qt.FocusReason.TabFocusReason)
        editor.selectAll()
        self.qtbot.keyClicks(editor, text)
        self.qtbot.keyClick(editor, Qt.Key.Key_Tab)

    def tab(self, kind: type[QWidget]) -> QWidget:
        """Click the tab's title in the tab bar."""
        window = self.window
        target = next(t for t in window.crf_tabs if isinstance(t, kind))
        bar = window.tabs.tabBar()
        rect = bar.tabRect(window.tabs.indexOf(target))
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.tabs.currentWidget() is target
        return target

    def find_participant(self, text: str) -> None:
        """Ctrl+F, part of the id, Enter: the one match opens."""
        self.key(Qt.Key.Key_F, CTRL)
        assert isinstance(self.focus(), QLineEdit)
        self.type(text)
        self.key(Qt.Key.Key_Return)

    def settle(self) -> None:
        """Until the background checks asked for so far are in (findings, navigator)."""
        window = self.window
        self.qtbot.waitUntil(lambda: not window.worker.busy, timeout=30_000)
        QApplication.processEvents()


def sign_in(qtbot: QtBot, username: str, password: str) -> Callable[[QWidget], None]:
    """The sign-in dialog: user name, Tab, password, Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        activate(qtbot, dialog)
        dialog.username.setFocus()
        qtbot.keyClicks(dialog.username, username)
        qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
        assert dialog.password.hasFocus()
        qtbot.keyClicks(dialog.password, password)
        later(lambda: qtbot.keyClick(dialog.password, Qt.Key.Key_Return))

    return answer


def choose_password(qtbot: QtBot, user: str) -> Callable[[QWidget], None]:
    """First sign-in with a temporary password: choose one's own."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        activate(qtbot, dialog)
        assert "temporary password" in dialog.intro.text()
        for field, text in (
            (dialog.current, TEMPORARY[user]),
            (dialog.new, PASSWORDS[user]),
            (dialog.again, PASSWORDS[user]),
        ):
            field.setFocus()
            qtbot.keyClicks(field, text)
        later(lambda: qtbot.keyClick(dialog.again, Qt.Key.Key_Return))

    return answer


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BAITP_DRAFTS_DIR", str(tmp_path / "drafts"))
    monkeypatch.delenv("BAITP_USER", raising=False)
    monkeypatch.delenv("BAITP_PASSWORD", raising=False)
    yield tmp_path / "site" / "study.sqlite"


def test_a_nurses_day(qtbot: QtBot, tmp_path: Path, study: Path, baitp: Callable) -> None:
    started = time.perf_counter()
    study.parent.mkdir()
    database = open_database(study)
    session = application_session(database, tmp_path / "settings.ini")
    script = ModalScript(qtbot, tolerated=(LockDialog, UsersDialog, AddUserDialog,
                                           SignaturesDialog, SignDialog))  # fmt: skip
    person = Nurse(qtbot, session)
    try:
        first_start_and_accounts(qtbot, session, script, person)
        screening(qtbot, script, person)
        diary_by_keyboard(person)
        visit_counts(qtbot, script, person)
        adverse_events(qtbot, person)
        interrupted_by_the_investigator(qtbot, script, person)
        signed_day_refused(person)
    finally:
        script.stop()
        session.close()
        database.dispose()
    verify = baitp("verify", "--db", str(study))
    assert verify.returncode == 0, verify.stdout + verify.stderr
    platform = QGuiApplication.platformName()
    print(f"\nnurse session on {platform}: {time.perf_counter() - started:.1f} s")


# -- the steps -------------------------------------------------------------------------------
def first_start_and_accounts(
    qtbot: QtBot, session: ApplicationSession, script: ModalScript, person: Nurse
) -> None:
    """First start: the administrator; she adds the nurse and the investigator, signs out."""

    def first_admin(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        activate(qtbot, dialog)
        assert "no accounts yet" in dialog.intro.text()
        for field, text in (
            (dialog.username, "admin"),
            (dialog.printed_name, NAMES["admin"]),
            (dialog.password, PASSWORDS["admin"]),
            (dialog.again, PASSWORDS["admin"]),
        ):
            field.setFocus()
            qtbot.keyClicks(field, text)
        later(lambda: qtbot.keyClick(dialog.again, Qt.Key.Key_Return))

    script.expect(FirstAdminDialog, first_admin)
    assert session.start()
    script.finish()
    window = person.window
    assert window.context.service.actor.role == "admin"
    assert not window.new_action.isVisible()  # an administrator enters no data

    controls = window.findChild(Part11Controls)
    assert controls is not None
    users = controls.open_users()
    for user, role in (("nurse", "nurse"), ("investigator", "investigator")):
        qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
        add = next(d for d in users.findChildren(AddUserDialog) if d.isVisible())
        person.fill(add.username, user)
        person.fill(add.printed_name, NAMES[user])
        add.role.setFocus()
        add.role.setCurrentIndex(add.role.findData(role))
        add.password.setFocus()
        qtbot.keyClicks(add.password, TEMPORARY[user])
        qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda a=add: not a.isVisible())
        add.deleteLater()
    rows = {users.table.item(r, 0).text(): users.table.item(r, 3).text()
            for r in range(users.table.rowCount())}  # fmt: skip
    assert set(rows) == {"admin", "nurse", "investigator"}
    users.reject()

    script.expect(LoginDialog, sign_in(qtbot, "nurse", TEMPORARY["nurse"]))
    script.expect(ChangePasswordDialog, choose_password(qtbot, "nurse"))
    window.sign_out_action.trigger()  # File > Sign out
    script.finish()
    nurse = person.window
    assert nurse is not window and nurse.context.service.actor.username == "nurse"
    assert "Wang Fang" in nurse.statusBar().findChild(QWidget, "signed_in_user").text()


def screening(qtbot: QtBot, script: ModalScript, person: Nurse) -> None:
    """Ctrl+N: a new person, typos refused at the field and corrected; the screening form."""
    errors: list[str] = []

    def new_participant(dialog: QWidget) -> None:
        assert isinstance(dialog, NewParticipantDialog)
        activate(qtbot, dialog)
        assert dialog.participant_id.text() == PID  # the next free number
        person.fill(dialog.initials, "WX ")  # a space at the end: refused
        errors.append(dialog.initials.error_message() or "")
        person.fill(dialog.initials, "WXY")
        person.fill(dialog.birth_date, "1985-13-01")  # month 13: refused
        errors.append(dialog.birth_date.error_message() or "")
        person.fill(dialog.birth_date, "1985-01-13")
        person.fill(dialog.consent_date, (DAY1 - timedelta(days=10)).isoformat())
        dialog.female.setFocus()
        qtbot.keyClick(dialog.female, Qt.Key.Key_Space)
        assert dialog.initials.error_message() is None
        assert dialog.birth_date.error_message() is None
        later(lambda: qtbot.keyClick(dialog.consent_date.editor, Qt.Key.Key_Return))

    script.expect(NewParticipantDialog, new_participant)
    later(lambda: person.key(Qt.Key.Key_N, CTRL))
    script.finish()
    assert "without spaces at the ends" in errors[0]
    assert errors[1]  # the birth date's refusal is shown under the field
    window = person.window
    assert window.current_participant_id() == PID
    tab = window.tabs.currentWidget()
    assert isinstance(tab, ScreeningTab)
    assert "Not eligible:" in tab.verdict.text()

    person.fill(tab.editors["screening_date"], (DAY1 - timedelta(days=7)).isoformat())  # type: ignore[arg-type]
    tab.editors["i1"].setFocus()
    for key in [Qt.Key.Key_Y] * 4 + [Qt.Key.Key_N] * 10:  # I1-I5 yes, E1-E10 no
        person.key(key)
    person.fill(tab.editors["screening_platelets"], "22")  # type: ignore[arg-type]
    tab.editors["significant_bleeding"].setFocus()
    person.key(Qt.Key.Key_N)
    labs = {"alt": "30", "alt_uln": "40", "ast": "25", "ast_uln": "40", "bilirubin": "12",
            "bilirubin_uln": "21", "hemoglobin": "12.5", "wbc": "5600", "anc": "3100",
            "lymphocytes": "1500"}  # fmt: skip
    for key, value in labs.items():
        person.fill(tab.editors[key], value)  # type: ignore[arg-type]
    egfr = tab.editors["egfr"]
    assert isinstance(egfr, EntryField)
    person.fill(egfr, "900000000")  # extra zeros: refused at the field
    assert "0 to 10,000,000" in (egfr.error_message() or "")
    person.fill(egfr, "90")
    assert egfr.error_message() is None
    verdict = tab.verdict.text()  # the verdict followed the typing
    assert "✔ Eligible</span>" in verdict and "Not eligible" not in verdict
    assert "ITP history:" in verdict  # no ITP history typed yet: a query, not ineligibility
    person.fill(tab.editors["first_dose_date"], DAY1.isoformat())  # type: ignore[arg-type]
    person.key(Qt.Key.Key_S, CTRL)
    assert not tab.has_unsaved_changes()
    stored = window.context.service.participant(PID)
    assert (stored.initials, stored.birth_date, stored.first_dose_date) == (
        "WXY", date(1985, 1, 13), DAY1,
    )  # fmt: skip
    assert stored.screening.labs.egfr == 90 and stored.screening.platelets == 22
    assert tab.calendar.isVisibleTo(tab)


def diary_by_keyboard(person: Nurse) -> None:
    """Eight weeks of a returned card: a week at a time with T, the missed days with M;
    one M on the wrong day is taken back with Ctrl+Z."""
    tab = person.tab(DiaryTab)
    assert isinstance(tab, DiaryTab)
    model = tab.model
    tab.grid.setFocus()
    assert model.selection == (60, 60)  # it opens on today
    person.key(Qt.Key.Key_Up, times=8)  # Day 4
    person.key(Qt.Key.Key_Home)  # the first day of that week: Day 1
    assert model.selection == (1, 1)
    for week in range(8):
        first = week * 7 + 1
        assert tab.grid.current == first
        person.key(Qt.Key.Key_Right, SHIFT, times=6)
        person.key(Qt.Key.Key_T)
        assert model.selection == (first, first + 6)
        for missed in (d for d in MISSED if first <= d <= first + 6):
            if missed == 18:  # a slip: M on Day 17 first, then Ctrl+Z
                person.key(Qt.Key.Key_Left, times=tab.grid.current - 17)
                person.key(Qt.Key.Key_M)
                assert model.pending[day(17)].taken is False
                person.key(Qt.Key.Key_Z, CTRL)
                assert model.pending[day(17)].taken is True
                assert person.window.redo_action.isEnabled()  # Edit > Redo could bring it back
            person.key(Qt.Key.Key_Left if tab.grid.current > missed else Qt.Key.Key_Right,
                       times=abs(tab.grid.current - missed))  # fmt: skip
            person.key(Qt.Key.Key_M)  # marks it and moves on to the next day
        person.key(Qt.Key.Key_Right, times=first + 7 - tab.grid.current)
    assert len(model.pending) == 56
    tip = model.data(model.index_of_day(1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Day 1 · {format_date(DAY1)}")  # each cell is dated
    person.key(Qt.Key.Key_S, CTRL)
    assert not tab.has_unsaved_changes()
    doses = person.window.context.service.participant(PID).doses
    assert len(doses) == 56
    assert sorted((d.date - DAY1).days + 1 for d in doses if not d.taken) == list(MISSED)
    assert all(d.dose_mg == 4 for d in doses if d.taken)


def visit_counts(qtbot: QtBot, script: ModalScript, person: Nurse) -> None:
    """Five visits' counts with their WHO grade; 45000 is refused at the field; the second
    count above 300 (four weeks after the first) brings the interruption message."""
    tab = person.tab(CountsTab)
    assert isinstance(tab, CountsTab)
    form = tab.form
    assert form.visit.currentData() == "w8"  # the visit due today is preselected
    told: list[str] = []
    for number, count in COUNTS.items():
        person.fill(form.date, day(number).isoformat())
        form.grade.setFocus()
        qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "00"
        person.type("0")  # WHO grade 0 by its number
        assert form.grade.currentData() == 0
        if number == 7:
            person.fill(form.count, "45000")
            assert "enter 45 for 45,000/µL" in (form.count.error_message() or "")
        if number == 56:
            told = script.expect(QMessageBox, click("OK"))
        person.fill(form.count, count)
        form.count.editor.setFocus()
        person.key(Qt.Key.Key_Return)
        if number == 56:
            script.finish()
        assert tab.status.text() == f"Saved the count of {format_date(day(number))}."
    stored = person.window.context.service.participant(PID)
    assert [(c.date, c.value) for c in stored.platelet_counts] == [
        (day(n), float(v)) for n, v in COUNTS.items()
    ]
    assert {b.date: b.who_grade for b in stored.bleeding} == {day(n): 0 for n in COUNTS}
    said = f"Interruption rule met on {format_date(day(56))} (Day 56): stop dosing"
    assert told and told[0].startswith(said)
    assert tab.banner.isVisible() and said in tab.banner.text.text()


def adverse_events(qtbot: QtBot, person: Nurse) -> None:
    """Two AEs: one found by typing "pneumonia" (a synonym of the CTCAE term "Lung
    infection"), grades by number key, Ctrl+S."""
    tab = person.tab(AdverseEventsTab)
    assert isinstance(tab, AdverseEventsTab)
    editor = tab.editor
    for typed, grade, onset in (("pneumonia", 3, 30), ("Epistaxis", 1, 40)):
        editor.term.editor.setFocus()
        person.type(typed)
        popup = editor.completer.popup()
        if typed == "pneumonia":  # the synonym finds the CTCAE term
            assert popup.isVisible()
            listed = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
            assert "pneumonia → Lung infection" in listed
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            assert editor.term.editor.text() == "Lung infection"
        else:
            popup.hide()
        editor.grade.focus_choice()
        person.key(getattr(Qt.Key, f"Key_{grade}"))
        person.fill(editor.onset, day(onset).isoformat())
        person.key(Qt.Key.Key_S, CTRL)
        assert not tab.has_unsaved_changes(), tab.status.text()
    stored = person.window.context.service.participant(PID).adverse_events
    assert [(ae.term, ae.grade, ae.onset) for ae in stored] == [
        ("Lung infection", 3, day(30)), ("Epistaxis", 1, day(40)),
    ]  # fmt: skip


def interrupted_by_the_investigator(qtbot: QtBot, script: ModalScript, person: Nurse) -> None:
    """Mid-entry the nurse is called away: Ctrl+L; the investigator switches in, sees no
    draft of hers, signs the Day 14 visit and signs out; the nurse is offered her entry."""
    nurse_window = person.window
    counts = person.tab(CountsTab)
    assert isinstance(counts, CountsTab)
    person.fill(counts.form.count, "77")  # typed, not saved
    assert counts.has_unsaved_changes()
    person.key(Qt.Key.Key_L, CTRL)
    lock = nurse_window.findChild(LockDialog)
    assert lock is not None and lock.isVisible()
    assert "Wang Fang" in lock.message.text()
    script.expect(LoginDialog, sign_in(qtbot, "investigator", TEMPORARY["investigator"]))
    script.expect(ChangePasswordDialog, choose_password(qtbot, "investigator"))
    qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)
    script.finish()  # nothing of the nurse's is offered to the investigator
    window = person.window
    assert window.context.service.actor.username == "investigator"
    person.settle()
    person.find_participant("001")
    assert window.current_participant_id() == PID
    counts = person.tab(CountsTab)
    assert isinstance(counts, CountsTab) and counts.form.count.text() == ""
    assert counts.banner.record_button.isVisible()  # an investigator may record it

    controls = window.findChild(Part11Controls)
    assert controls is not None
    signatures = controls.open_signatures()
    assert signatures is not None
    activate(qtbot, signatures)
    signatures.table.setFocus()
    for _ in range(12):  # down the visits to the Day 14 one
        if signatures.selected_key() == "d14":
            break
        person.key(Qt.Key.Key_Down)
    assert signatures.selected_key() == "d14"
    qtbot.mouseClick(signatures.sign_button, Qt.MouseButton.LeftButton)
    sign = signatures.findChild(SignDialog)
    assert sign is not None and sign.isVisible()
    activate(qtbot, sign)
    assert "Dr Li Ming" in sign.name.text()
    qtbot.keyClicks(sign.password, PASSWORDS["investigator"])
    qtbot.keyClick(sign.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not sign.isVisible())
    signatures.reject()
    database = window.context.service.database
    service = SignatureService(database, window.context.service.actor, window.context.config)
    (signed,) = service.lock_state(PID).signatures
    assert (signed.visit_id, signed.username) == ("d14", "investigator")
    assert "signed: Day 14" in window.statusBar().findChild(QWidget, "lock_state").text()

    script.expect(LoginDialog, sign_in(qtbot, "nurse", PASSWORDS["nurse"]))
    offer = script.expect(QMessageBox, click("Restore"))
    window.sign_out_action.trigger()
    script.finish()
    assert PID in offer[0] and "Platelet counts" in offer[0]
    back = person.window
    assert back.context.service.actor.username == "nurse"
    counts = back.tabs.currentWidget()
    assert isinstance(counts, CountsTab) and counts.form.count.text() == "77"
    counts.form.cancel_button.setFocus()
    person.key(Qt.Key.Key_Space)  # she decides against it: Cancel
    assert not counts.has_unsaved_changes()
    stored = StudyService(database).participant(PID)
    assert [c.value for c in stored.platelet_counts] == [float(v) for v in COUNTS.values()]
    assert not any(d.action is DecisionAction.INTERRUPT for d in stored.dosing_decisions)


def signed_day_refused(person: Nurse) -> None:
    """A key on a day of the signed Day 14 visit is refused at once, with the reason."""
    tab = person.tab(DiaryTab)
    assert isinstance(tab, DiaryTab)
    tab.grid.setFocus()
    person.key(Qt.Key.Key_Up, times=(tab.grid.current - 13) // 7)
    person.key(Qt.Key.Key_Left if tab.grid.current > 13 else Qt.Key.Key_Right,
               times=abs(tab.grid.current - 13))  # fmt: skip
    assert tab.model.selection == (13, 13)
    person.key(Qt.Key.Key_M)
    expected = f"Day 13 ({format_date(day(13))}) is signed; an investigator must unlock it first."
    assert person.window.statusBar().currentMessage() == expected
    assert tab.model.pending == {} and not tab.has_unsaved_changes()
    (dose,) = [d for d in person.window.context.service.participant(PID).doses if d.date == day(13)]
    assert dose.taken
