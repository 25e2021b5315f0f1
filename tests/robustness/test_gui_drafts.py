"""Drafts in the real main window: typed entries survive a window that dies unsaved, and
the next window offers them back; saving or discarding removes the draft."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.drafts import DraftStore
from baitp_desktop.gui.dialogs.common import UnsavedChoice
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.reliability import DraftKeeper, RestoreChoice
from tests.gui.support_window import (
    Answers,
    close_window,
    make_service,
    make_window,
    tab_of,
)

PID = "BAITP-001"


class Offers:
    """Scripted answers to the restore question; records what was offered."""

    def __init__(self, *choices: RestoreChoice) -> None:
        self.choices = list(choices)
        self.asked: list[tuple[str, list[str], bool]] = []

    def __call__(
        self, _parent: QWidget | None, pid: str, what: Sequence[str], changed: bool
    ) -> RestoreChoice:
        self.asked.append((pid, list(what), changed))
        return self.choices.pop(0)


def _type_count(qtbot: QtBot, window: MainWindow, text: str) -> None:
    counts = tab_of(window, "counts")
    window.tabs.setCurrentWidget(counts)
    editor = counts.form.count.editor  # type: ignore[attr-defined]
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_typed_entries_come_back_after_the_window_dies(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "study.sqlite"
    store = DraftStore(str(db), root=tmp_path / "drafts")
    service = make_service(db, ["01_clean.json"])
    first = make_window(qtbot, service, tmp_path / "settings.ini", Answers())
    keeper = DraftKeeper(first, store, ask=Offers())
    first.open_participant(PID)
    _type_count(qtbot, first, "87")
    assert tab_of(first, "counts").has_unsaved_changes()
    keeper.keep_now()
    (kept,) = store.pending("nurse1")
    assert (kept.participant_id, kept.tab) == (PID, "counts")
    # The first window "crashes": it is never closed, its edits never saved.

    second_service = make_service(db)
    second = make_window(qtbot, second_service, tmp_path / "settings2.ini", Answers())
    offers = Offers(RestoreChoice.RESTORE)
    DraftKeeper(second, store, ask=offers).offer_at_start()
    assert second.current_participant_id() == PID
    assert offers.asked and offers.asked[0][0] == PID and not offers.asked[0][2]
    counts = tab_of(second, "counts")
    assert counts.form.count.editor.text() == "87"  # type: ignore[attr-defined]
    assert counts.has_unsaved_changes() and second.isWindowModified()
    assert (
        service.participant(PID).platelet_counts == second_service.participant(PID).platelet_counts
    )  # nothing was saved by restoring

    counts.discard_changes()  # the nurse decides against it: the draft goes too
    assert store.pending("nurse1") == []
    close_window(first)
    close_window(second)


def test_declined_drafts_are_removed_and_later_keeps_them(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "study.sqlite"
    store = DraftStore(str(db), root=tmp_path / "drafts")
    service = make_service(db, ["01_clean.json"])
    window = make_window(qtbot, service, tmp_path / "settings.ini", Answers())
    keeper = DraftKeeper(window, store, ask=Offers())
    window.open_participant(PID)
    _type_count(qtbot, window, "55")
    keeper.keep_now()
    assert len(store.pending("nurse1")) == 1

    later = make_window(qtbot, make_service(db), tmp_path / "s2.ini", Answers())
    DraftKeeper(later, store, ask=Offers(RestoreChoice.LATER)).offer_at_start()
    assert len(store.pending("nurse1")) == 1  # still there for next time
    declined = make_window(qtbot, make_service(db), tmp_path / "s3.ini", Answers())
    DraftKeeper(declined, store, ask=Offers(RestoreChoice.DISCARD)).offer_at_start()
    assert store.pending("nurse1") == []
    for each in (window, later, declined):
        close_window(each)


def test_a_clean_close_leaves_no_draft(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "study.sqlite"
    store = DraftStore(str(db), root=tmp_path / "drafts")
    answers = Answers(unsaved=[UnsavedChoice.DISCARD])
    window = make_window(qtbot, make_service(db, ["01_clean.json"]), tmp_path / "s.ini", answers)
    keeper = DraftKeeper(window, store, ask=Offers())
    window.open_participant(PID)
    _type_count(qtbot, window, "66")
    keeper.keep_now()
    assert store.pending("nurse1")
    window.close()  # Save / Discard / Cancel → Discard
    assert store.pending("nurse1") == []
