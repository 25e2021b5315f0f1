"""The forms of the screening history (PROTOCOL.md §9): the ITP history itself, a prior ITP
therapy, an entry of other medical history.

The therapy is chosen from the §9 code list by typing its name in English or in Chinese
(the type-ahead lists both and enters the name in the current language); the stored value
is always the code. Dates of unknown day are entered as the 15th, which the forms say.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QWidget

from baitp_desktop.core.ctcae import Completion
from baitp_desktop.core.entry_checks import check_text
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.itp_history import add_months
from baitp_desktop.core.names import normalise_name
from baitp_desktop.core.records import (
    ItpHistory,
    ItpTherapyCode,
    MedicalHistoryEntry,
    PriorItpTherapy,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.gui.code_labels import code_label, english_code_label
from baitp_desktop.gui.tabs.medications import code_box
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.fields import DateField, EntryField, FieldError, TextField
from baitp_desktop.gui.widgets.term_completer import attach_term_completer
from baitp_desktop.i18n import language_scope, tr, tr_n


def unknown_day_hint() -> str:
    return tr("History", "Unknown day of a known month: enter the 15th.")


def itp_duration_text(diagnosed: date | None, on: date | None) -> str:
    """How long the ITP has lasted on the screening date, in whole years and months."""
    if diagnosed is None or on is None or diagnosed > on:
        return ""
    months = 0
    while add_months(diagnosed, months + 1) <= on:
        months += 1
    years, rest = divmod(months, 12)
    year_text = tr_n("History", "{n} year", "{n} years", years).format(n=years)
    month_text = tr_n("History", "{n} month", "{n} months", rest).format(n=rest)
    return tr("History", "ITP duration at screening: {years} {months}").format(
        years=year_text, months=month_text
    )


@dataclass(frozen=True, slots=True)
class TherapyNames:
    """The §9 therapy codes as type-ahead rows: English and Chinese names of each."""

    def completions(self) -> Iterator[Completion]:
        shown = [(code, english_code_label(code), chinese_label(code)) for code in ItpTherapyCode]
        for _code, english, chinese in shown:
            yield Completion(english, f"{english} · {chinese}", code_label(_code))
        for code, english, chinese in shown:
            yield Completion(chinese, f"{chinese} → {english}", code_label(code))


def chinese_label(code: ItpTherapyCode) -> str:
    with language_scope("zh_CN"):
        return code_label(code)


def therapy_code(text: str) -> ItpTherapyCode | None:
    """The code a typed therapy name stands for (English, Chinese or the shown label)."""
    key = normalise_name(text)
    for code in ItpTherapyCode:
        names = (english_code_label(code), chinese_label(code), code_label(code), code.value)
        if key in {normalise_name(name) for name in names}:
            return code
    return None


class ItpHistoryBox(QGroupBox):
    """Diagnosis date (with the ITP duration it gives), splenectomy and its date."""

    edited = Signal()

    def __init__(self, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("History", "ITP history"), parent)
        self.diagnosis = DateField(today, self, show_study_day=False)
        self.duration = QLabel(self)
        self.duration.setProperty("role", "hint")
        self.splenectomy = RadioChoice.yes_no(self)
        self.splenectomy_date = DateField(today, self, show_study_day=False)
        self.screening_date: date | None = None
        hint = QLabel(unknown_day_hint(), self)
        hint.setProperty("role", "hint")
        layout = QFormLayout(self)
        layout.addRow(tr("History", "Date of ITP diagnosis"), self.diagnosis)
        layout.addRow("", self.duration)
        layout.addRow(tr("History", "Splenectomy"), self.splenectomy)
        layout.addRow(tr("History", "Splenectomy date"), self.splenectomy_date)
        layout.addRow("", hint)
        for field in (self.diagnosis, self.splenectomy, self.splenectomy_date):
            field.edited.connect(self._changed)

    def _changed(self) -> None:
        self.refresh()
        self.edited.emit()

    def refresh(self) -> None:
        self.duration.setText(itp_duration_text(self.diagnosis.value(), self.screening_date))
        self.splenectomy_date.setEnabled(self.splenectomy.value() is True)

    def history(self) -> ItpHistory:
        splenectomy = self.splenectomy.value() is True
        return ItpHistory(
            self.diagnosis.value(),
            splenectomy,
            self.splenectomy_date.value() if splenectomy else None,
        )

    def values(self) -> dict[str, Any]:
        """The participant fields of the ITP history (a `ParticipantUpdate`)."""
        history = self.history()
        return {
            "diagnosis_date": history.diagnosis_date,
            "splenectomy": history.splenectomy,
            "splenectomy_date": history.splenectomy_date,
        }

    def typed(self) -> dict[str, Any]:
        return {
            "diagnosis_date": self.diagnosis.text(),
            "splenectomy": self.splenectomy.value(),
            "splenectomy_date": self.splenectomy_date.text(),
        }

    def restore_typed(self, typed: dict[str, Any]) -> None:
        self.diagnosis.set_text(str(typed.get("diagnosis_date") or ""))
        self.splenectomy.set_value(typed.get("splenectomy"))
        self.splenectomy_date.set_text(str(typed.get("splenectomy_date") or ""))
        self.refresh()

    def load(self, history: ItpHistory | None) -> None:
        self.diagnosis.set_value(None if history is None else history.diagnosis_date)
        self.splenectomy.set_value(None if history is None else history.splenectomy)
        self.splenectomy_date.set_value(None if history is None else history.splenectomy_date)
        self.refresh()

    def validate(self) -> bool:
        ok = self.diagnosis.validate() and self.splenectomy_date.validate()
        if self.splenectomy.value() is True and self.splenectomy_date.is_empty():
            self.splenectomy_date.set_error(tr("History", "give the date of the splenectomy"))
            ok = False
        return ok

    def show_problems(self, problems: Iterable[InputProblem]) -> None:
        fields: dict[str, EntryField] = {
            "diagnosis_date": self.diagnosis,
            "splenectomy_date": self.splenectomy_date,
        }
        for problem in problems:
            target = fields.get(problem.field)
            if target is not None:
                target.set_error(problem.message)


class _DatedForm(QGroupBox):
    """What the therapy and medical-history forms share: fields by name, start and an end
    date that an "ongoing" tick empties and disables, refusals shown at their fields."""

    edited = Signal()
    text_fields: dict[str, EntryField]

    def _connect(self, ongoing: QCheckBox, end: DateField) -> None:
        for field in self.text_fields.values():
            field.edited.connect(self.edited)
        self._ongoing, self._end = ongoing, end
        ongoing.toggled.connect(self._ongoing_toggled)

    def _ongoing_toggled(self, ongoing: bool) -> None:
        self._end.setEnabled(not ongoing)
        if ongoing:
            self._end.set_value(None)
        self.edited.emit()

    def _check_dates(self, start: DateField, required_start: bool) -> bool:
        ok = all([field.validate() for field in self.text_fields.values()])
        if required_start and start.is_empty():
            start.set_error(tr("History", "required"))
            ok = False
        first, last = start.value(), self._end.value()
        if first and last and last < first:
            self._end.set_error(tr("History", "the end date is before the start date"))
            ok = False
        return ok

    def set_read_only(self, read_only: bool) -> None:
        for field in self.text_fields.values():
            field.set_read_only(read_only)

    def show_problems(self, problems: Iterable[InputProblem]) -> None:
        for problem in problems:
            target = self.text_fields.get(problem.field)
            if target is not None:
                target.set_error(problem.message)

    def _typed_texts(self) -> dict[str, Any]:
        return {name: field.text() for name, field in self.text_fields.items()}

    def _restore_texts(self, typed: dict[str, Any]) -> None:
        for name, field in self.text_fields.items():
            field.set_text(str(typed.get(name) or ""))


class TherapyForm(_DatedForm):
    """One prior ITP therapy: code (type-ahead), name for "other", dates, response, reason."""

    def __init__(self, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("History", "Prior ITP therapy"), parent)
        self.therapy = TextField(None, 80, self)
        self.completer = attach_term_completer(self.therapy.editor, TherapyNames())
        self.name = TextField(check_text, 200, self)
        self.start = DateField(today, self, show_study_day=False)
        self.ongoing = QCheckBox(tr("History", "Ongoing"), self)
        self.stop = DateField(today, self, show_study_day=False)
        self.response = code_box(TherapyResponse, self)
        self.reason = code_box(StopReason, self)
        self.choice_error = FieldError(self)
        self.text_fields = {"therapy": self.therapy, "name": self.name, "start": self.start,
                            "stop": self.stop}  # fmt: skip
        layout = QFormLayout(self)
        layout.addRow(tr("History", "Therapy"), self.therapy)
        layout.addRow(tr("History", "Name (other therapy)"), self.name)
        layout.addRow(tr("History", "Start date"), self.start)
        layout.addRow("", self.ongoing)
        layout.addRow(tr("History", "Stop date"), self.stop)
        layout.addRow(tr("History", "Best response"), self.response)
        layout.addRow(tr("History", "Reason stopped"), self.reason)
        layout.addRow("", self.choice_error)
        self._connect(self.ongoing, self.stop)
        self.ongoing.toggled.connect(self._follow_ongoing)
        for box in (self.response, self.reason):
            box.currentIndexChanged.connect(self.edited)
        self.therapy.edited.connect(self._follow_code)
        self._follow_code()

    def _follow_code(self) -> None:
        self.name.setEnabled(therapy_code(self.therapy.text()) is ItpTherapyCode.OTHER)

    def _follow_ongoing(self, ongoing: bool) -> None:
        self.reason.setEnabled(not ongoing)
        if ongoing:
            self.reason.setCurrentIndex(0)

    def values(self) -> dict[str, Any]:
        code = therapy_code(self.therapy.text())
        ongoing = self.ongoing.isChecked()
        return {
            "therapy": None if code is None else code.value,
            "name": self.name.text() or None if code is ItpTherapyCode.OTHER else None,
            "start": self.start.value(),
            "stop": None if ongoing else self.stop.value(),
            "best_response": self.response.currentData() or TherapyResponse.UNKNOWN.value,
            "reason_stopped": None if ongoing else self.reason.currentData(),
        }

    def typed(self) -> dict[str, Any]:
        return {
            **self._typed_texts(),
            "ongoing": self.ongoing.isChecked(),
            "response": self.response.currentData(),
            "reason": self.reason.currentData(),
        }

    def restore_typed(self, typed: dict[str, Any]) -> None:
        self._restore_texts(typed)
        self.ongoing.setChecked(bool(typed.get("ongoing")))
        self.response.setCurrentIndex(max(0, self.response.findData(typed.get("response"))))
        self.reason.setCurrentIndex(max(0, self.reason.findData(typed.get("reason"))))
        self._follow_code()

    def load(self, record: PriorItpTherapy | None) -> None:
        self.blockSignals(True)
        self.therapy.set_text("" if record is None else code_label(record.therapy))
        self.name.set_text("" if record is None else record.name or "")
        self.start.set_value(None if record is None else record.start)
        self.ongoing.setChecked(record is not None and record.stop is None)
        self.stop.set_value(None if record is None else record.stop)
        response = None if record is None else record.best_response.value
        self.response.setCurrentIndex(max(0, self.response.findData(response)))
        reason = None if record is None or record.reason_stopped is None else record.reason_stopped
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason and reason.value)))
        self.blockSignals(False)
        self._follow_code()

    def validate(self) -> bool:
        ok = self._check_dates(self.start, required_start=True)
        code = therapy_code(self.therapy.text())
        if code is None:
            self.therapy.set_error(tr("History", "choose a therapy from the list"))
            ok = False
        elif code is ItpTherapyCode.OTHER and self.name.is_empty():
            self.name.set_error(tr("History", "give the name of the other therapy"))
            ok = False
        stopped = not self.ongoing.isChecked()
        if stopped and self.stop.is_empty():
            self.stop.set_error(tr("History", "give the stop date, or tick Ongoing"))
            ok = False
        missing_reason = stopped and self.reason.currentData() is None
        self.choice_error.set_message(
            tr("History", "choose why the therapy was stopped") if missing_reason else None
        )
        return ok and not missing_reason


class MedicalHistoryForm(_DatedForm):
    """One entry of other medical history: term, start (may be unknown), ongoing, end."""

    def __init__(self, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("History", "Other medical history"), parent)
        self.term = TextField(check_text, 200, self)
        self.start = DateField(today, self, show_study_day=False)
        self.ongoing = QCheckBox(tr("History", "Ongoing"), self)
        self.end = DateField(today, self, show_study_day=False)
        self.text_fields = {"term": self.term, "start": self.start, "end": self.end}
        layout = QFormLayout(self)
        layout.addRow(tr("History", "Condition"), self.term)
        layout.addRow(tr("History", "Start date"), self.start)
        layout.addRow("", self.ongoing)
        layout.addRow(tr("History", "End date"), self.end)
        self._connect(self.ongoing, self.end)

    def values(self) -> dict[str, Any]:
        ongoing = self.ongoing.isChecked()
        return {
            "term": self.term.text(),
            "start": self.start.value(),
            "ongoing": ongoing,
            "end": None if ongoing else self.end.value(),
        }

    def typed(self) -> dict[str, Any]:
        return {**self._typed_texts(), "ongoing": self.ongoing.isChecked()}

    def restore_typed(self, typed: dict[str, Any]) -> None:
        self._restore_texts(typed)
        self.ongoing.setChecked(bool(typed.get("ongoing")))

    def load(self, record: MedicalHistoryEntry | None) -> None:
        self.blockSignals(True)
        self.term.set_text("" if record is None else record.term)
        self.start.set_value(None if record is None else record.start)
        self.ongoing.setChecked(record is not None and record.ongoing)
        self.end.set_value(None if record is None else record.end)
        self.blockSignals(False)

    def validate(self) -> bool:
        ok = self._check_dates(self.start, required_start=False)
        if self.term.is_empty():
            self.term.set_error(tr("History", "required"))
            ok = False
        return ok
