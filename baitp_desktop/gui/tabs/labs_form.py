"""The form for one safety laboratory panel (PROTOCOL.md §11): a line per analyte.

Each line has the value, the lab's ULN where the grade is a multiple of it, the reference
the grade is read against (the LLN for the participant's sex, a configured ULN) and the
CTCAE grade, recomputed with every key press by `core.labs` on the digits as typed — so
the nurse sees "Grade 3" before leaving the field. Under the lines: the label's hold
thresholds that the panel falls under, and for each grade at or above the AE threshold
that no recorded AE covers, an offer to open the AE form prefilled with the CTCAE term,
grade and the panel date as onset.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.crf_forms import LAB_UNITS
from baitp_desktop.core.entry_checks import check_lab, check_lab_pair, check_panel_date
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.forms_config import AnalyteGrading
from baitp_desktop.core.labs import ae_covers, below_hold, field_label, grade, term_label
from baitp_desktop.core.numbers import fmt_decimal
from baitp_desktop.core.records import PANEL_FIELDS, AdverseEvent, LabPanel, Sex
from baitp_desktop.gui.style import set_role
from baitp_desktop.gui.widgets.fields import DateField, FieldError, NumberField
from baitp_desktop.i18n import tr


@dataclass(frozen=True, slots=True)
class AeOffer:
    """A grade that calls for an AE not yet recorded: what the AE form is prefilled with."""

    term: str
    grade: int
    onset: date

    def text(self) -> str:
        return tr("Labs", "{term}, grade {grade}, onset {onset}: no AE recorded.").format(
            term=tr("Lab", self.term), grade=self.grade, onset=self.onset.isoformat()
        )


def decimal_of(text: str) -> Decimal | None:
    """The digits as typed, as a Decimal (None when empty or not a number)."""
    try:
        value = Decimal(text.strip()) if text.strip() else None
    except InvalidOperation:
        return None
    return value if value is None or value.is_finite() else None


def reference_text(analyte: AnalyteGrading, sex: Sex | None) -> str:
    """What the grade is read against: the LLN for this sex, or a configured ULN."""
    lln = analyte.lln.get(sex) if sex is not None else None
    if lln is not None:
        return tr("Labs", "LLN {value}").format(value=fmt_decimal(lln))
    if analyte.uln is not None:
        return tr("Labs", "ULN {value}").format(value=fmt_decimal(analyte.uln))
    first = analyte.grades[-1]
    if first.limit is not None:
        return tr("Labs", "grade 1 {when} {value}").format(
            when=first.comparison, value=fmt_decimal(first.limit)
        )
    return ""


class LabPanelForm(QGroupBox):
    """Date, a line per analyte (value, ULN, reference, grade), hold warning, AE offers."""

    edited = Signal()
    ae_requested = Signal(object)  # AeOffer

    def __init__(self, config: ProtocolConfig, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("Labs", "Lab panel"), parent)
        self.config = config
        self.settings = config.labs
        self.sex: Sex | None = None
        self.adverse_events: tuple[AdverseEvent, ...] = ()
        self.other_dates: tuple[date, ...] = ()
        self._today = today
        self.date = DateField(today, self)
        self.date.setAccessibleName(tr("Labs", "Panel date"))
        self.fields: dict[str, NumberField] = {}
        self.grade_labels: dict[str, QLabel] = {}
        self.reference_labels: dict[str, QLabel] = {}
        self.pair_errors: dict[str, FieldError] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Labs", "Panel date"), self), 0, 0)
        grid.addWidget(self.date, 0, 1, 1, 3)
        for column, title in enumerate(
            (tr("Labs", "Value"), tr("Labs", "Lab's ULN"), tr("Labs", "Reference"),
             tr("Labs", "CTCAE grade")), start=1,
        ):  # fmt: skip
            heading = QLabel(title, self)
            heading.setProperty("role", "hint")
            grid.addWidget(heading, 1, column)
        for row, analyte in enumerate(self.settings.analytes, start=2):
            self._add_line(grid, row, analyte)
        grid.setColumnStretch(4, 1)
        self.hold = QLabel(self)
        self.hold.setWordWrap(True)
        self.hold.setProperty("role", "warning")
        self.hold.hide()
        self.offers = QVBoxLayout()
        self._offer_rows: list[tuple[QLabel, QPushButton]] = []
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.hold)
        layout.addLayout(self.offers)
        layout.addStretch(1)
        self.date.edited.connect(self._changed)
        self.current_offers: list[AeOffer] = []
        self._editing_date: date | None = None

    def _add_line(self, grid: QGridLayout, row: int, analyte: AnalyteGrading) -> None:
        name = analyte.panel_field
        label = QLabel(field_label(name), self)
        value = self._number(name)
        label.setBuddy(value.editor)
        grid.addWidget(label, row, 0)
        grid.addWidget(value, row, 1)
        if analyte.uln_field is not None:
            grid.addWidget(self._number(analyte.uln_field), row, 2)
        reference = QLabel(self)
        reference.setProperty("role", "hint")
        self.reference_labels[analyte.key] = reference
        grid.addWidget(reference, row, 3)
        shown = QLabel("", self)
        shown.setAccessibleName(tr("Labs", "Grade of {lab}").format(lab=field_label(name)))
        self.grade_labels[analyte.key] = shown
        grid.addWidget(shown, row, 4)

    def _number(self, name: str) -> NumberField:
        unit = LAB_UNITS.get(name.removesuffix("_uln"), "")  # a ULN is in its value's unit

        def check(_value: float, name: str = name) -> str | None:
            number = decimal_of(self.fields[name].text())
            return None if number is None else check_lab(name, number, self.config)

        field = NumberField(unit, check, decimals=3, parent=self)
        field.setAccessibleName(field_label(name))
        field.edited.connect(self._changed)
        self.fields[name] = field
        return field

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The panel as the change funnel takes it: `date` and every panel field (None for
        not done), each value the Decimal of the digits typed."""
        values: dict[str, Any] = {"date": self.date.value()}
        for name in PANEL_FIELDS:
            field = self.fields.get(name)
            values[name] = None if field is None else decimal_of(field.text())
        return values

    def panel(self) -> LabPanel:
        """The panel typed so far (dated today while the date is empty), for grading."""
        values = self.values()
        day = values.pop("date") or self._today()
        return LabPanel.of(day, values)

    def typed(self) -> dict[str, str]:
        return {"date": self.date.text(), **{n: f.text() for n, f in self.fields.items()}}

    def restore_typed(self, typed: dict[str, Any]) -> None:
        self.date.set_text(str(typed.get("date") or ""))
        for name, field in self.fields.items():
            field.set_text(str(typed.get(name) or ""))
        self.refresh()

    def load(self, panel: LabPanel | None) -> None:
        """Show a stored panel (None: an empty form for a new one)."""
        self._editing_date = None if panel is None else panel.date
        self.date.set_value(None if panel is None else panel.date)
        for name, field in self.fields.items():
            value = None if panel is None else panel.value(name)
            field.set_text("" if value is None else fmt_decimal(value))
        self.refresh()

    def set_participant(
        self,
        sex: Sex | None,
        day1: date | None,
        adverse_events: tuple[AdverseEvent, ...],
        other_dates: Iterable[date],
    ) -> None:
        self.sex = sex
        self.adverse_events = adverse_events
        self.other_dates = tuple(other_dates)
        self.date.set_day1(day1)
        for analyte in self.settings.analytes:
            self.reference_labels[analyte.key].setText(reference_text(analyte, sex))
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.date.set_read_only(read_only)
        for field in self.fields.values():
            field.set_read_only(read_only)

    # -- checks ----------------------------------------------------------------------------
    def validate(self) -> bool:
        """Show every refusal at its field; True when the panel can be sent."""
        ok = self.date.validate()
        day = self.date.value()
        if day is None and ok:
            self.date.set_error(tr("Labs", "the panel date is required"))
            ok = False
        elif day is not None and (
            message := check_panel_date(
                (d for d in self.other_dates if d != self._editing_date), day
            )
        ):
            self.date.set_error(message)
            ok = False
        for field in self.fields.values():
            ok = field.validate() and ok
        for analyte in self.settings.analytes:
            uln_name = analyte.uln_field
            if uln_name is None:
                continue
            value, uln = self.fields[analyte.panel_field], self.fields[uln_name]
            problem = check_lab_pair(decimal_of(value.text()), decimal_of(uln.text()))
            if problem is not None:
                (uln if uln.is_empty() else value).set_error(problem)
                ok = False
        return ok

    def show_problems(self, problems: Iterable[InputProblem]) -> None:
        for problem in problems:
            target = self.date if problem.field == "date" else self.fields.get(problem.field)
            if target is not None:
                target.set_error(problem.message)

    # -- live grades, hold and AE offers ---------------------------------------------------
    def _changed(self) -> None:
        self.refresh()
        self.edited.emit()

    def refresh(self) -> None:
        panel = self.panel()
        sex = self.sex or Sex.FEMALE  # no participant shown: nothing is saved either
        offers: list[AeOffer] = []
        for analyte in self.settings.analytes:
            shown = self.grade_labels[analyte.key]
            typed_ok = self.fields[analyte.panel_field].problem() is None
            value = grade(analyte, panel, sex) if typed_ok else None
            if value is None:
                shown.setText("—")
                set_role(shown, "hint")
                continue
            shown.setText(tr("Labs", "Grade {grade}").format(grade=value))
            set_role(shown, "warning" if value >= self.settings.ae_min_grade else None)
            shown.setToolTip(term_label(analyte))
            dated = self.date.value() is not None
            if value >= self.settings.ae_min_grade and dated and not self._covered(analyte, panel):
                offers.append(AeOffer(analyte.term, value, panel.date))
        self._show_hold(panel)
        self._show_offers(offers)

    def _covered(self, analyte: AnalyteGrading, panel: LabPanel) -> bool:
        """Does a recorded AE of the analyte's CTCAE term cover the panel date?"""
        window = self.settings.ae_window_days
        return any(ae_covers(ae, analyte.term, panel.date, window) for ae in self.adverse_events)

    def _show_hold(self, panel: LabPanel) -> None:
        under = below_hold(panel, self.settings.hold_below)
        if not under:
            self.hold.hide()
            return
        parts = [
            tr("Labs", "{lab} {value} is below {limit}").format(
                lab=field_label(name),
                value=fmt_decimal(value),
                limit=fmt_decimal(self.settings.hold_below[name]),
            )
            for name, value in under.items()
        ]
        self.hold.setText(
            tr("Labs", "Hold baricitinib (label threshold): {values}.").format(
                values="; ".join(parts)
            )
        )
        self.hold.show()

    def _show_offers(self, offers: list[AeOffer]) -> None:
        if offers == self.current_offers:
            return
        self.current_offers = offers
        for text, button in self._offer_rows:
            for widget in (text, button):
                self.offers.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._offer_rows = []
        for offer in offers:
            text = QLabel(offer.text(), self)
            text.setWordWrap(True)
            text.setProperty("role", "warning")
            button = QPushButton(tr("Labs", "Record this AE…"), self)
            button.setAccessibleName(
                tr("Labs", "Record the AE {term}").format(term=tr("Lab", offer.term))
            )
            button.clicked.connect(lambda _=False, o=offer: self.ae_requested.emit(o))
            self.offers.addWidget(text)
            self.offers.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self._offer_rows.append((text, button))
