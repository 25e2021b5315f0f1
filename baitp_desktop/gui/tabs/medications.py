"""The Medications tab: prior and concomitant medications (PROTOCOL.md §10).

The drug name completes from the shipped generic names in English or Chinese
(`core.drug_names`), and a drug on one of the protocol's lists is marked as it is typed —
prohibited or caution, with the reason — because the nurse can then ask the investigator
before the finding arrives. Rows are saved as the change kind `medication`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.drug_names import DrugNames, DrugNamesError, load_drug_names
from baitp_desktop.core.entry_checks import check_text
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.forms_config import MedicationCategory
from baitp_desktop.core.medications import medication_record
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import Frequency, Medication, Route
from baitp_desktop.gui.code_labels import code_label
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import set_role
from baitp_desktop.gui.tabs.entry_panel import EntryPanel, EntryRow, PanelSpec
from baitp_desktop.gui.tabs.panels_tab import PanelsTab
from baitp_desktop.gui.tabs.record_tab import RecordWording
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.fields import (
    DateField,
    FieldError,
    NumberField,
    TextField,
    study_day_text,
)
from baitp_desktop.gui.widgets.term_completer import attach_term_completer
from baitp_desktop.i18n import tr
from baitp_desktop.resources import resource_path

MEDICATION_KIND = "medication"


def load_offered_names() -> DrugNames:
    """The shipped generic names; without the file a drug name can still be typed."""
    try:
        return load_drug_names(resource_path("medications", "generic-names.tsv"))
    except DrugNamesError:
        return DrugNames()


def listed_reason(config: ProtocolConfig, drug: str) -> tuple[MedicationCategory, str] | None:
    """A drug on the protocol's lists: its category and why it matters, in words."""
    listed = config.medications.match(drug)
    if listed is None:
        return None
    if listed.category is MedicationCategory.PROHIBITED:
        text = tr(
            "Medications",
            "Prohibited: {name} is on the protocol's prohibited list. Taken during "
            "treatment it is a major deviation; ask the investigator.",
        )
    else:
        text = tr(
            "Medications",
            "Caution: {name} is on the protocol's caution list (bleeding risk in ITP). "
            "Taken during treatment it raises a query.",
        )
    return listed.category, text.format(name=listed.name)


def code_box(codes: Iterable[StrEnum], parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem("", None)
    for code in codes:
        box.addItem(code_label(code), code.value)
    return box


class MedicationForm(QGroupBox):
    edited = Signal()

    def __init__(self, config: ProtocolConfig, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("Medications", "Medication"), parent)
        self.config = config
        self.drug = TextField(check_text, 200, self)
        self.completer = attach_term_completer(self.drug.editor, load_offered_names())
        self.mark = QLabel(self)
        self.mark.setWordWrap(True)
        self.mark.hide()
        self.indication = TextField(check_text, 200, self)
        self.dose = NumberField("", None, decimals=3, parent=self)
        self.unit = TextField(check_text, 20, self)
        self.route = code_box(Route, self)
        self.frequency = code_box(Frequency, self)
        self.start = DateField(today, self)
        self.ongoing = QCheckBox(tr("Medications", "Ongoing"), self)
        self.stop = DateField(today, self)
        self.code_error = FieldError(self)
        layout = QFormLayout(self)
        for label, widget in (
            (tr("Medications", "Drug name"), self.drug),
            ("", self.mark),
            (tr("Medications", "Indication"), self.indication),
            (tr("Medications", "Dose"), self.dose),
            (tr("Medications", "Unit"), self.unit),
            (tr("Medications", "Route"), self.route),
            (tr("Medications", "Frequency"), self.frequency),
            ("", self.code_error),
            (tr("Medications", "Start date"), self.start),
            ("", self.ongoing),
            (tr("Medications", "Stop date"), self.stop),
        ):
            layout.addRow(label, widget)
        for field in (self.drug, self.indication, self.dose, self.unit, self.start, self.stop):
            field.edited.connect(self.edited)
        self.drug.edited.connect(self._mark)
        self.drug.editor.textChanged.connect(self._mark)
        for box in (self.route, self.frequency):
            box.currentIndexChanged.connect(self.edited)
        self.ongoing.toggled.connect(self._ongoing_toggled)

    def _ongoing_toggled(self, ongoing: bool) -> None:
        self.stop.setEnabled(not ongoing)
        if ongoing:
            self.stop.set_value(None)
        self.edited.emit()

    def _mark(self) -> None:
        found = listed_reason(self.config, self.drug.text())
        if found is None:
            self.mark.hide()
            return
        category, text = found
        self.mark.setText(text)
        set_role(self.mark, "field-error" if category is MedicationCategory.PROHIBITED
                 else "warning")  # fmt: skip
        self.mark.show()

    def values(self) -> dict[str, Any]:
        stop = None if self.ongoing.isChecked() else self.stop.value()
        return {
            "drug": self.drug.text(),
            "indication": self.indication.text() or None,
            "dose": self.dose.value(),
            "unit": self.unit.text() or None,
            "route": self.route.currentData(),
            "frequency": self.frequency.currentData(),
            "start": self.start.value(),
            "stop": stop,  # none while ongoing: the form stores no separate flag
        }

    def typed(self) -> dict[str, Any]:
        return {
            "drug": self.drug.text(),
            "indication": self.indication.text(),
            "dose": self.dose.text(),
            "unit": self.unit.text(),
            "route": self.route.currentData(),
            "frequency": self.frequency.currentData(),
            "start": self.start.text(),
            "ongoing": self.ongoing.isChecked(),
            "stop": self.stop.text(),
        }

    def restore_typed(self, typed: dict[str, Any]) -> None:
        for name in ("drug", "indication", "dose", "unit", "start", "stop"):
            getattr(self, name).set_text(str(typed.get(name) or ""))
        self.route.setCurrentIndex(max(0, self.route.findData(typed.get("route"))))
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(typed.get("frequency"))))
        self.ongoing.setChecked(bool(typed.get("ongoing")))
        self._mark()

    def load(self, record: Medication | None) -> None:
        self.blockSignals(True)
        self.drug.set_text("" if record is None else record.drug)
        self.indication.set_text("" if record is None else record.indication or "")
        self.dose.set_value(None if record is None else record.dose)
        self.unit.set_text("" if record is None else record.unit or "")
        for box, code in ((self.route, record and record.route),
                          (self.frequency, record and record.frequency)):  # fmt: skip
            box.setCurrentIndex(max(0, box.findData(None if not code else code.value)))
        self.start.set_value(None if record is None else record.start)
        self.ongoing.setChecked(record is not None and record.stop is None)
        self.stop.set_value(None if record is None else record.stop)
        self.stop.setEnabled(not self.ongoing.isChecked())
        self.blockSignals(False)
        self._mark()

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.drug, self.indication, self.dose, self.unit, self.start, self.stop):
            field.set_read_only(read_only)

    def validate(self) -> bool:
        ok = all([f.validate() for f in (self.drug, self.indication, self.dose, self.unit,
                                          self.start, self.stop)])  # fmt: skip
        required = tr("Medications", "required")
        for field in (self.drug, self.start):
            if field.is_empty():
                field.set_error(required)
                ok = False
        missing = [box for box in (self.route, self.frequency) if box.currentData() is None]
        self.code_error.set_message(
            tr("Medications", "choose the route and the frequency") if missing else None
        )
        ok = ok and not missing
        start, stop = self.start.value(), self.stop.value()
        if start and stop and not self.ongoing.isChecked() and stop < start:
            self.stop.set_error(tr("Medications", "the stop date is before the start date"))
            ok = False
        if not self.ongoing.isChecked() and self.stop.is_empty():
            self.stop.set_error(tr("Medications", "give the stop date, or tick Ongoing"))
            ok = False
        return ok

    def show_problems(self, problems: Iterable[InputProblem]) -> None:
        fields = {"drug": self.drug, "indication": self.indication, "dose": self.dose,
                  "unit": self.unit, "start": self.start, "stop": self.stop}  # fmt: skip
        for problem in problems:
            field = fields.get(problem.field)
            if field is not None:
                field.set_error(problem.message)


def _rows(snapshot: ParticipantSnapshot) -> list[EntryRow]:
    day1 = snapshot.course.day1
    return [
        EntryRow(m, (medication_record(m),), study_day_text(m.start, day1))
        for m in sorted(snapshot.participant.medications, key=lambda m: (m.start, m.drug))
    ]


class MedicationsTab(PanelsTab):
    tab_id = "medications"

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = MedicationForm(context.config, context.today, self)
        spec = PanelSpec(
            kind=MEDICATION_KIND,
            title=tr("Medications", "Prior and concomitant medications"),
            columns=self._columns,
            rows=_rows,
            records=lambda s: s.participant.medications,
            wording=RecordWording(
                busy=tr("Medications", "Save or clear the medication being entered first."),
                not_saved=tr("Medications", "Not saved: correct the fields marked in red."),
                no_reason=tr("Medications", "Not saved: no reason for the change was given."),
                deleted=lambda m: tr("Medications", "Deleted {drug}.").format(drug=m.drug),
            ),
            saved=lambda v: tr("Medications", "Saved {drug}.").format(drug=v["drug"]),
        )
        self.panel = self.add_panel(
            EntryPanel(context, spec, self.form, self.say, self, side_by_side=True)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.status)
        self.show_participant(None)

    def title(self) -> str:
        return tr("Tabs", "Medications")

    def _columns(self) -> list[Column]:
        def listed(row: EntryRow) -> str:
            found = self.context.config.medications.match(row.record.drug)
            if found is None:
                return ""
            if found.category is MedicationCategory.PROHIBITED:
                return tr("Medications", "Prohibited")
            return tr("Medications", "Caution")

        def dose(m: Medication) -> str:
            amount = "" if m.dose is None else fmt_number(m.dose)
            return f"{amount} {m.unit or ''}".strip()

        return [
            Column(tr("Medications", "Drug name"), lambda r: r.record.drug),
            Column(tr("Medications", "List"), listed),
            Column(tr("Medications", "Dose"), lambda r: dose(r.record)),
            Column(tr("Medications", "Start date"), lambda r: format_date(r.record.start)),
            Column(tr("Forms", "Study day"), lambda r: r.day, align_right=True),
            Column(
                tr("Medications", "Stop date"),
                lambda r: (
                    tr("Medications", "Ongoing")
                    if r.record.stop is None
                    else format_date(r.record.stop)
                ),
            ),
            Column(tr("Medications", "Indication"), lambda r: r.record.indication or ""),
        ]
