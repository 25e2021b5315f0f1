"""A plain log form built from its declaration alone: a tab of its own, saving, the table,
drafts and jumping to a record, with no code written for the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.core.crf_forms import RESCUE
from baitp_desktop.gui.tabs import tab_classes
from baitp_desktop.gui.tabs.log_form import LogTab, log_tab_classes
from baitp_desktop.gui.widgets.declared_fields import OTHER, SuggestedTextField
from tests.gui.support_tabs_b import NEW_ID, TODAY, open_study, shown_tab


def _rescue_tab_class() -> type[LogTab]:
    """The tab a plain log gets when no hand-written tab hosts it (here: rescue therapy)."""
    (cls,) = log_tab_classes(hosted_tabs=())
    assert issubclass(cls, LogTab) and cls.kinds == (RESCUE,)
    return cls


def test_every_plain_log_of_this_study_lives_on_a_hand_written_tab() -> None:
    hosted = [tab.tab_id for tab in tab_classes()]
    assert hosted == [
        "screening",
        "diary",
        "counts",
        "bleeding",
        "adverse_events",
        "labs",
        "medications",
        "qol",
    ]


def test_a_declared_log_gets_a_working_tab(qtbot: QtBot, tmp_path: Path) -> None:
    study = open_study(tmp_path)
    tab = shown_tab(qtbot, study, _rescue_tab_class(), NEW_ID)
    assert tab.title() == "Rescue therapy"
    panel = tab.logs.panels["rescue"]
    headers = [
        panel.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(panel.model.columnCount())
    ]
    assert headers == ["Date given", "Study day", "Therapy"]  # the declared fields
    assert not tab.has_unsaved_changes()  # the date starts as today: nothing typed yet
    therapy = panel.field("therapy")
    assert isinstance(therapy, SuggestedTextField)
    therapy.choice.setCurrentIndex(therapy.choice.findData(OTHER))
    therapy.choice.activated.emit(therapy.choice.currentIndex())
    qtbot.keyClicks(therapy.other.editor, "Rituximab")
    assert tab.has_unsaved_changes()

    draft = tab.draft()
    assert draft is not None
    again = shown_tab(qtbot, study, _rescue_tab_class(), NEW_ID)
    again.restore_draft(draft)
    assert again.logs.panels["rescue"].values() == {"date": TODAY, "therapy": "Rituximab"}
    again.discard_changes()
    assert not again.has_unsaved_changes()

    assert tab.save() is True
    assert [(r.date, r.therapy) for r in study.service.participant(NEW_ID).rescue] == [
        (TODAY, "Rituximab")
    ]
    assert not tab.has_unsaved_changes()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 2).data() == "Rituximab"
    assert panel.model.index(0, 1).data() == "Day 56"
    assert tab.focus_record("rescue:1") and not tab.focus_record("rescue:2")
