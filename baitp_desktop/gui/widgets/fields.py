"""Entry fields that refuse a bad value at the field, with the core's own words.

Every field is an editor plus a `FieldError` label under it. A value is checked when the
person leaves the field (and again live while an error is showing, so the message goes
away as soon as the value is fixed); `problem()` gives the same check on demand, which a
tab runs over all its fields before saving so that nothing is saved while any field is
refused. The checks are the functions of `baitp_desktop.core.entry_checks`, so a value is
refused with the same message in the GUI, the import and the command line.

Reuse these in every tab (UX.md conventions): `DateField` (typed YYYY-MM-DD or picked, the
study day shown beside it, future dates refused), `NumberField` (right-aligned, unit
beside it, e.g. a platelet count with `check_platelets`), `TextField`, `FieldError`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from baitp_desktop.core.entry_checks import check_date, check_finite_number, parse_iso_date
from baitp_desktop.core.studyday import study_day
from baitp_desktop.gui.style import calendar_icon
from baitp_desktop.i18n import tr

NumberCheck = Callable[[float], str | None]
TextCheck = Callable[[str], str | None]


def study_day_text(day: date | None, day1: date | None) -> str:
    """ "Day 28" (or "Day −3") for a date, empty when Day 1 or the date is unknown."""
    if day is None or day1 is None:
        return ""
    number = study_day(day, day1)
    shown = f"−{-number}" if number < 0 else str(number)
    return tr("Field", "Day {n}").format(n=shown)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border on an editor: the `invalid` property, which `gui.style.BaitpStyle` paints.

    Only a repaint is needed; re-polishing (or a style sheet) is what crashed the process.
    """
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.update()


class FieldError(QLabel):
    """The message of a refused value, shown under its field; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "field-error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def set_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class EntryField(QWidget):
    """Base of the entry fields: `row` holds the editor and its companions, `error` is under.

    Signals: `edited` whenever the person changes the value (not on `set_*` calls).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QLineEdit(self)
        self.error = FieldError(self)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.editor)
        self.editor.textEdited.connect(self._on_text_edited)
        self.editor.editingFinished.connect(self.validate)
        self._external_error: str | None = None

    # -- value -----------------------------------------------------------------------------
    def value(self) -> Any:
        """The entered value in its type (None when empty); each field kind says how."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def text(self) -> str:
        return self.editor.text().strip()

    def is_empty(self) -> bool:
        return not self.text()

    def set_text(self, text: str) -> None:
        """Set the shown text without emitting `edited`; clears any error."""
        self.editor.setText(text)
        self._external_error = None
        self._show(None)
        self._text_changed()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)

    # -- checks ----------------------------------------------------------------------------
    def problem(self) -> str | None:
        """Why the current value is refused (None when acceptable; empty is acceptable)."""
        return None

    def validate(self) -> bool:
        """Show the current problem at the field; True when there is none."""
        message = self.problem() or self._external_error
        self._show(message)
        return message is None

    def set_error(self, message: str | None) -> None:
        """Show a refusal that came from elsewhere (the service) until the value changes."""
        self._external_error = message
        self._show(message or self.problem())

    def error_message(self) -> str | None:
        return self.error.text() or None

    def _show(self, message: str | None) -> None:
        self.error.set_message(message)
        set_invalid(self.editor, message is not None)

    def _on_text_edited(self, _text: str) -> None:
        self._external_error = None
        if self.error.isVisible():
            self.validate()
        self._text_changed()
        self.edited.emit()

    def _text_changed(self) -> None:
        """Hook for companions that follow the text (the study day label)."""


class TextField(EntryField):
    """One line of text with an optional check (initials, a reason)."""

    def __init__(
        self,
        check: TextCheck | None = None,
        max_length: int = 200,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.editor.setMaxLength(max_length)

    def value(self) -> str | None:
        return self.editor.text() if self.editor.text() else None

    def set_value(self, value: str | None) -> None:
        self.set_text(value or "")

    def problem(self) -> str | None:
        value = self.editor.text()
        if not value or self._check is None:
            return None
        return self._check(value)


class NumberField(EntryField):
    """A number, right-aligned, with its unit beside it; `check` is an entry_checks function.

    Typing is limited to digits and one decimal point (`decimals` places; 0 for whole
    numbers) so a value such as 45000 can still be typed — and is then refused with the
    check's message (a platelet count: "looks like per µL — enter 45 for 45,000/µL").
    """

    def __init__(
        self,
        unit: str = "",
        check: NumberCheck | None = None,
        decimals: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        pattern = r"^\d{0,9}$" if decimals == 0 else rf"^\d{{0,9}}(\.\d{{0,{decimals}}})?$"
        self.editor.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.editor.setMinimumWidth(self.editor.fontMetrics().horizontalAdvance("0000000.00"))
        self.editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.unit = QLabel(unit, self)
        self.unit.setProperty("role", "hint")
        self.row.addWidget(self.unit)
        self.row.addStretch(1)
        if not unit:
            self.unit.hide()

    def value(self) -> float | None:
        """The number typed, or None when empty or not a number."""
        try:
            return float(self.text()) if self.text() else None
        except ValueError:
            return None

    def set_value(self, value: float | None) -> None:
        if value is None:
            self.set_text("")
        else:
            self.set_text(f"{value:g}" if abs(value) < 1e15 else str(value))

    def problem(self) -> str | None:
        if not self.text():
            return None
        try:
            value = float(self.text())
        except ValueError:
            return tr("Entry", "not a number")
        if (message := check_finite_number(value)) is not None:
            return message
        return self._check(value) if self._check is not None else None


class DateField(EntryField):
    """A date typed as YYYY-MM-DD or picked from a calendar; its study day shown beside it.

    `today` gives the latest acceptable date (dates in the future are refused with the
    core's message); `set_day1` sets what the study day is counted from.
    """

    def __init__(
        self,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        show_study_day: bool = True,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._day1: date | None = None
        self._show_study_day = show_study_day
        self.editor.setPlaceholderText(tr("Field", "YYYY-MM-DD"))
        partial_date = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")
        self.editor.setValidator(QRegularExpressionValidator(partial_date, self))
        self.editor.setMinimumWidth(self.editor.fontMetrics().horizontalAdvance("0000-00-00000"))
        self.editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.picker = QToolButton(self)
        self.picker.setIcon(calendar_icon())
        self.picker.setToolTip(tr("Field", "Pick a date"))
        self.picker.setAccessibleName(tr("Field", "Pick a date"))
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._menu = QMenu(self.picker)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar: QCalendarWidget | None = None  # built on first use: it is costly
        self.picker.setMenu(self._menu)
        self.day_label = QLabel(self)
        self.day_label.setProperty("role", "study-day")
        self.row.addWidget(self.picker)
        self.row.addWidget(self.day_label)
        self.row.addStretch(1)

    def set_day1(self, day1: date | None) -> None:
        self._day1 = day1
        self._text_changed()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.picker.setEnabled(not read_only)

    def value(self) -> date | None:
        """The date typed, or None when empty or not a valid date."""
        try:
            return parse_iso_date(self.text()) if self.text() else None
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        self.set_text(value.isoformat() if value else "")

    def problem(self) -> str | None:
        if not self.text():
            return None
        try:
            value = parse_iso_date(self.text())
        except ValueError as exc:
            return str(exc)
        return check_date(value, self._today())

    def _text_changed(self) -> None:
        if self._show_study_day:
            self.day_label.setText(study_day_text(self.value(), self._day1))

    def _prepare_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self._menu)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self.calendar)
            self._menu.addAction(action)
        today = self._today()
        self.calendar.setMaximumDate(QDate(today.year, today.month, today.day))
        shown = self.value() or today
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, picked: QDate) -> None:
        self._menu.close()
        self.editor.setText(picked.toString("yyyy-MM-dd"))
        self._on_text_edited(self.editor.text())
        self.validate()
        self.editor.setFocus()
