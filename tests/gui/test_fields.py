"""The shared entry fields: date (typed or picked, study day, no future), number with unit,
radio choice by keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from pytestqt.qtbot import QtBot

from baitp_desktop.core.config import default_config
from baitp_desktop.core.entry_checks import check_platelets
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.fields import DateField, NumberField

TODAY = date(2024, 3, 10)


def test_date_field_typed_picked_and_refused(qtbot: QtBot) -> None:
    field = DateField(lambda: TODAY)
    qtbot.addWidget(field)
    field.set_day1(date(2024, 3, 1))
    edits: list[int] = []
    field.edited.connect(lambda: edits.append(1))
    qtbot.keyClicks(field.editor, "2024-03-05")
    assert field.value() == date(2024, 3, 5)
    assert field.day_label.text() == "Day 5"
    field.set_text("2024-02-28")
    assert field.day_label.text() == "Day −2"
    field.set_text("2024-13-01")
    assert not field.validate()
    assert field.error.text() == "2024-13-01 is not a calendar date"

    def pick() -> None:
        assert field.calendar is not None
        assert field.calendar.maximumDate() == QDate(2024, 3, 10)  # no future dates
        field.calendar.clicked.emit(QDate(2024, 3, 8))

    QTimer.singleShot(50, pick)
    field.picker.showMenu()
    assert field.value() == date(2024, 3, 8)
    assert field.validate() and not field.error.isVisibleTo(field)
    assert edits


def test_number_field_refuses_per_microlitre_counts(qtbot: QtBot) -> None:
    field = NumberField("×10⁹/L", lambda v: check_platelets(v, default_config()), decimals=1)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.editor, "45000")
    field.editor.editingFinished.emit()
    assert "enter 45 for 45,000/µL" in field.error.text()
    qtbot.keyClicks(field.editor, "abc")  # letters never reach the field
    assert field.editor.text() == "45000"
    field.set_value(45)
    assert field.validate() and field.value() == 45


def test_radio_choice_answers_from_the_keyboard(qtbot: QtBot) -> None:
    choice = RadioChoice.yes_no()
    qtbot.addWidget(choice)
    qtbot.keyClick(choice, Qt.Key.Key_Y)
    assert choice.value() is True
    qtbot.keyClick(choice, Qt.Key.Key_N)
    assert choice.value() is False
    qtbot.keyClick(choice, Qt.Key.Key_Delete)
    assert choice.value() is None


@pytest.mark.parametrize("field_kind", ["date", "number"])
def test_refused_value_corrected_cleared_and_refused_again(qtbot: QtBot, field_kind: str) -> None:
    """A red field corrected, cleared and refused again, several times over, under the
    application's style: this sequence once corrupted the heap (a style sheet changed from
    inside a polish call) and killed the application."""
    from PySide6.QtWidgets import QApplication

    from baitp_desktop.gui.style import BaitpStyle

    assert isinstance(QApplication.style(), BaitpStyle)
    if field_kind == "date":
        field: DateField | NumberField = DateField(lambda: TODAY)
        bad, good = "1985-13-01", "1985-12-01"
    else:
        config = default_config()
        field = NumberField("×10⁹/L", lambda v: check_platelets(v, config), decimals=1)
        bad, good = "45000", "45"
    qtbot.addWidget(field)
    field.show()
    for _ in range(4):
        field.editor.clear()
        qtbot.keyClicks(field.editor, bad)
        assert not field.validate()
        assert field.editor.property("invalid") is True
        for _ in bad:
            qtbot.keyClick(field.editor, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field.editor, good)
        assert field.validate()
        assert field.editor.property("invalid") is False
        field.editor.clear()
        qtbot.wait(1)
    assert field.error_message() is None
