"""pytest-qt: signing a visit in the dialog, unlocking with a reason, the history view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from baitp_desktop.core.signatures import SIGNATURE_MEANING
from baitp_desktop.gui.part11.history_dialog import HistoryDialog
from baitp_desktop.gui.part11.signatures_dialog import CASEBOOK, SignaturesDialog
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.locks import RecordLocked
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import SignatureService, signatures_for
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database

from .conftest import NAMES, PASSWORDS, PID, actor, day


def _dialog(qtbot: QtBot, database: Database, name: str) -> SignaturesDialog:
    who = actor(name)
    dialog = SignaturesDialog(
        SignatureService(database, who),
        SdvService(database, who),
        PID,
        lambda: StudyService(database).version(PID),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_investigator_signs_a_visit(qtbot: QtBot, database: Database) -> None:
    dialog = _dialog(qtbot, database, "investigator")
    assert dialog.sign_button.isVisible() and not dialog.verify_button.isVisible()
    keys = [
        dialog.table.item(n, 0).data(Qt.ItemDataRole.UserRole)
        for n in range(dialog.table.rowCount())
    ]
    assert keys[:3] == ["screening", "baseline", "d7"] and keys[-1] == CASEBOOK
    dialog.select("d7")
    assert dialog.sign_button.isEnabled() and not dialog.unlock_button.isEnabled()
    sign = dialog.sign_selected()
    assert sign is not None
    assert "since the last visit (14 Jul 2022 to 19 Jul 2022)" in sign.what.text()
    assert sign.key.text().count(" ") == 15  # the key fingerprint, in groups of four
    assert SIGNATURE_MEANING in sign.meaning.text()
    assert NAMES["investigator"] in sign.name.text()

    qtbot.keyClicks(sign.password, "not-my-password")
    qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    assert sign.isVisible() and "Wrong" in sign.error.text()
    assert signatures_for(database, PID) == []
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClicks(sign.password, PASSWORDS["investigator"])
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    assert sign.result() == QDialog.DialogCode.Accepted
    [signature] = signatures_for(database, PID)
    assert signature.visit_id == "d7"
    row = next(
        n
        for n in range(dialog.table.rowCount())
        if dialog.table.item(n, 0).data(Qt.ItemDataRole.UserRole) == "d7"
    )
    assert NAMES["investigator"] in dialog.table.item(row, 2).text()
    assert SIGNATURE_MEANING in dialog.table.item(row, 2).toolTip()
    assert not dialog.sign_button.isEnabled() and dialog.unlock_button.isEnabled()
    assert "Signed by" in dialog.all_signatures.item(0, 1).text()


def test_signed_visit_refuses_edits_until_unlocked_in_the_dialog(
    qtbot: QtBot, database: Database
) -> None:
    SignatureService(database, actor("investigator")).sign_visit(
        PID, "d7", PASSWORDS["investigator"]
    )
    nurse = StudyService(database, actor("nurse"))
    count = next(c for c in nurse.participant(PID).platelet_counts if c.date == day(7))
    with pytest.raises(RecordLocked):
        nurse.apply(
            PID,
            [Upsert("count", {"value": 46}, record_id=count.record_id)],
            reason="Transcription error",
        )
    dialog = _dialog(qtbot, database, "investigator")
    dialog.select("d7")
    asked: list[str] = []
    dialog.ask_reason = lambda _parent, what, _prompt: asked.append(what) or None
    dialog.unlock_selected()  # cancelled: nothing happens
    assert asked and signatures_for(database, PID)[0].active
    dialog.ask_reason = lambda *_: "Count transcribed wrongly"
    with qtbot.waitSignal(dialog.changed):
        dialog.unlock_selected()
    [voided] = signatures_for(database, PID)
    assert voided.void and voided.void_reason == "Count transcribed wrongly"
    assert "VOID" in dialog.all_signatures.item(0, 1).text()
    nurse.apply(
        PID,
        [Upsert("count", {"value": 46}, record_id=count.record_id)],
        reason="Transcription error",
    )


def test_nurse_sees_no_sign_button_and_monitor_verifies(qtbot: QtBot, database: Database) -> None:
    nurse = _dialog(qtbot, database, "nurse")
    assert not nurse.sign_button.isVisible() and not nurse.unlock_button.isVisible()
    monitor = _dialog(qtbot, database, "monitor")
    assert monitor.verify_button.isVisible() and not monitor.sign_button.isVisible()
    monitor.select("d14")
    with qtbot.waitSignal(monitor.changed):
        qtbot.mouseClick(monitor.verify_button, Qt.MouseButton.LeftButton)
    row = next(
        n
        for n in range(monitor.table.rowCount())
        if monitor.table.item(n, 0).data(Qt.ItemDataRole.UserRole) == "d14"
    )
    assert NAMES["monitor"] in monitor.table.item(row, 3).text()
    assert [m.visit_id for m in SdvService(database, actor("monitor")).marks(PID)] == ["d14"]


def test_history_view_shows_who_when_what_and_why(qtbot: QtBot, database: Database) -> None:
    nurse = StudyService(database, actor("nurse"))
    count = next(c for c in nurse.participant(PID).platelet_counts if c.date == day(7))
    nurse.apply(
        PID,
        [Upsert("count", {"value": 46}, record_id=count.record_id)],
        reason="Transcription error",
    )
    UserService(database, actor("admin")).reset_password("nurse", "temporary-1", "Forgotten")
    entries = StudyService(database).history()
    dialog = HistoryDialog("History", entries)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.proxy.rowCount() == len(entries)
    dialog.select_record(f"Platelet count {day(7).isoformat()}")
    rows = [
        [dialog.proxy.data(dialog.proxy.index(r, c)) for c in range(8)]
        for r in range(dialog.proxy.rowCount())
    ]
    assert [row[1:] for row in rows] == [
        [
            "system (import / demo)",
            f"Platelet count {day(7).isoformat()}",
            "Date of the count",  # fields as the form labels them, not column names
            "entered",
            "—",
            day(7).isoformat(),
            "Imported from a bundle",
        ],
        [
            "system (import / demo)",
            f"Platelet count {day(7).isoformat()}",
            "Platelet count",
            "entered",
            "—",
            "45",
            "Imported from a bundle",
        ],
        [
            "nurse",
            f"Platelet count {day(7).isoformat()}",
            "Platelet count",
            "changed",
            "45",
            "46",
            "Transcription error",
        ],
    ]
    dialog.select_record("User nurse")
    qtbot.keyClicks(dialog.search, "password")
    shown = [
        [dialog.proxy.data(dialog.proxy.index(r, c)) for c in range(8)]
        for r in range(dialog.proxy.rowCount())
    ]
    password_rows = [row for row in shown if row[3] == "Password"]  # the field's label
    assert len(password_rows) == 3  # set when the account was made, changed, reset
    assert all(row[6] == "(password set)" for row in password_rows)
    assert not any("argon2" in str(cell) for row in shown for cell in row)  # never the hash
    assert "of" in dialog.count.text()


def test_records_of_a_signed_visit_are_read_only_in_the_tabs(
    qtbot: QtBot, database: Database
) -> None:
    from baitp_desktop.gui.contract import GuiContext
    from baitp_desktop.gui.style import lock_icon
    from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
    from baitp_desktop.gui.tabs.bleeding import BleedingTab

    SignatureService(database, actor("investigator")).sign_visit(
        PID, "d7", PASSWORDS["investigator"]
    )
    nurse = StudyService(database, actor("nurse"))
    reasons: list[object] = []
    context = GuiContext(nurse, lambda *a: reasons.append(a) or "x", lambda *_: None)
    bleeding = BleedingTab(context)
    qtbot.addWidget(bleeding)
    bleeding.show_participant(context.snapshot(PID))
    with qtbot.waitExposed(bleeding):
        bleeding.show()
    bleeding.table.setFocus()
    dates = [row.date for row in bleeding.model.rows()]
    signed, open_row = dates.index(day(7)), dates.index(day(14))
    tip = bleeding.model.index(signed, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert NAMES["investigator"] in tip and "unlock" in tip
    icon = bleeding.model.index(signed, 0).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and icon.cacheKey() == lock_icon().cacheKey()
    assert bleeding.model.index(open_row, 0).data(Qt.ItemDataRole.DecorationRole) is None

    bleeding.table.selectRow(signed)
    qtbot.keyClick(bleeding.table, Qt.Key.Key_F2)
    assert bleeding._editing is None  # the form did not open the signed grade
    assert NAMES["investigator"] in bleeding.status.text()
    qtbot.keyClick(bleeding.table, Qt.Key.Key_Delete)
    assert reasons == []  # no reason asked, nothing sent to the service
    assert [b.date for b in nurse.participant(PID).bleeding] == [day(1), day(7), day(14)]

    bleeding.table.selectRow(open_row)
    qtbot.keyClick(bleeding.table, Qt.Key.Key_F2)
    assert bleeding._editing is not None and bleeding._editing.date == day(14)

    ae_tab = AdverseEventsTab(context)  # an AE is placed by its onset (Day 7: signed)
    qtbot.addWidget(ae_tab)
    ae_tab.show_participant(context.snapshot(PID))
    ae_tab.table.activated.emit(ae_tab.model.index(0, 0))  # Enter or double-click
    assert ae_tab._editing is None and "unlock" in ae_tab.status.text()
