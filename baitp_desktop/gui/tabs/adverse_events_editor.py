"""The AE editor: CTCAE term with type-ahead, grade by number key, dates, seriousness.

Why a widget of its own: the AE form has the most rules of any CRF form (the term's own
grade meanings, "to be coded" for free text, awareness and sponsor-report dates that
exist only for a serious AE), and keeping them here leaves the tab to do layout, the
table and saving. `values()` gives the bundle-format fields the service checks; every
refusal comes back to the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.crf_forms import AE
from baitp_desktop.core.ctcae import GRADES, TermList, generic_grade_meaning
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.records import AdverseEvent, AeAction, AeOutcome, Relationship
from baitp_desktop.gui.field_labels import problem_text
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import set_role, severity_colour
from baitp_desktop.gui.tabs.adverse_events_rows import (
    action_label,
    outcome_label,
    relationship_label,
    to_be_coded_text,
)
from baitp_desktop.gui.widgets.declared_fields import text_field
from baitp_desktop.gui.widgets.fields import DateField, EntryField, FieldError
from baitp_desktop.gui.widgets.graded_choice import GradedChoice
from baitp_desktop.gui.widgets.term_completer import attach_term_completer
from baitp_desktop.i18n import tr

_DATE_FIELDS = ("onset", "resolved", "aware_date", "reported_date")


def _choice_box(parent: QWidget, items: list[tuple[str, str | None]], name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    for label, value in items:
        box.addItem(label, value)
    return box


class AeEditor(QGroupBox):
    """One AE being entered or changed; `edited` on every change the person makes."""

    edited = Signal()
    save_requested = Signal()
    cancel_requested = Signal()
    delete_requested = Signal()

    def __init__(
        self,
        config: ProtocolConfig,
        terms: TermList,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("AE", "New adverse event"), parent)
        self.config = config
        self.terms = terms
        self.finding = QLabel(self)
        self.finding.setWordWrap(True)
        self.finding.hide()
        self.term = text_field(AE.field("term"), self)  # as long as the form declares
        self.term.editor.setPlaceholderText(tr("AE", "type part of a term or a synonym"))
        self.term.editor.setAccessibleName(tr("AE", "CTCAE term"))
        self.completer = attach_term_completer(self.term.editor, terms)
        self.coding = QLabel(self)
        self.coding.setProperty("role", "hint")
        self.coding.setWordWrap(True)
        self.suggestion = QPushButton(self)
        self.suggestion.hide()
        self.grade = GradedChoice(GRADES[: config.ctcae_grade_max], self)
        self.onset = DateField(today, self)
        self.resolved = DateField(today, self)
        self.ongoing = QCheckBox(tr("AE", "O&ngoing"), self)
        self.serious = QCheckBox(tr("AE", "Se&rious adverse event (SAE)"), self)
        self.aware = DateField(today, self)
        self.reported = DateField(today, self)
        self.report_due = QLabel(self)
        self.report_due.setProperty("role", "hint")
        self.relationship = _choice_box(
            self,
            [("—", None)] + [(relationship_label(r), r.value) for r in Relationship],
            tr("AE", "Relationship"),
        )
        self.action = _choice_box(
            self,
            [("—", None)] + [(action_label(a), a.value) for a in AeAction],
            tr("AE", "Action taken"),
        )
        self.outcome = _choice_box(
            self,
            [("—", None)] + [(outcome_label(o), o.value) for o in AeOutcome],
            tr("AE", "Outcome"),
        )
        self.other_error = FieldError(self)  # a refusal about a field without an editor here
        self.save_button = QPushButton(tr("AE", "&Save AE"), self)
        self.cancel_button = QPushButton(tr("AE", "Clear"), self)
        self.delete_button = QPushButton(tr("AE", "&Delete AE…"), self)
        self._lay_out()
        self._connect()
        self.clear()

    # -- layout ----------------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _lay_out(self) -> None:
        """Term and grade on the left, dates and assessment on the right, each its own grid
        (so the tall grade list does not stretch the rows of the dates)."""
        top = Qt.AlignmentFlag.AlignTop
        left = QGridLayout()
        left.setVerticalSpacing(4)
        # mnemonics: the menu bar holds F, P, V, T and H (File, Participant, View, Tools, Help)
        left.addWidget(self._label(tr("AE", "Ter&m"), self.term.editor), 0, 0, top)
        term_row = QHBoxLayout()
        term_row.addWidget(self.term, 1)
        term_row.addWidget(self.suggestion, 0, top)
        left.addLayout(term_row, 0, 1)
        left.addWidget(self.coding, 1, 1)
        left.addWidget(self._label(tr("AE", "&Grade"), self.grade), 2, 0, top)
        left.addWidget(self.grade, 2, 1)
        keys = QLabel(
            tr("AE", "Number keys 1–{max} choose the grade.").format(
                max=self.config.ctcae_grade_max
            ),
            self,
        )
        keys.setProperty("role", "hint")
        left.addWidget(keys, 3, 1)
        left.setColumnStretch(1, 1)
        left.setRowStretch(4, 1)
        right_rows = [
            (tr("AE", "&Onset"), self.onset, self.onset.editor),
            (tr("AE", "Reso&lved"), self._resolved_row(), self.resolved.editor),
            ("", self.serious, None),
            (tr("AE", "Site a&ware"), self.aware, self.aware.editor),
            (tr("AE", "Reported to sponsor"), self.reported, self.reported.editor),
            ("", self.report_due, None),
            (tr("AE", "Relat&ionship"), self.relationship, self.relationship),
            (tr("AE", "A&ction taken"), self.action, self.action),
            (tr("AE", "O&utcome"), self.outcome, self.outcome),
        ]
        right = QGridLayout()
        right.setVerticalSpacing(4)
        self._labels: dict[QWidget, QLabel] = {}
        for row, (text, widget, buddy) in enumerate(right_rows):
            if text and buddy is not None:
                label = self._label(text, buddy)
                self._labels[widget] = label
                right.addWidget(label, row, 0, top)
            right.addWidget(widget, row, 1)
        right.setColumnStretch(1, 1)
        right.setRowStretch(len(right_rows), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.finding)
        layout.addLayout(columns, 1)
        layout.addWidget(self.other_error)
        layout.addLayout(buttons)
        order = [
            self.term.editor,
            *self.grade.tab_chain(),
            self.onset.editor,
            self.ongoing,
            self.resolved.editor,
            self.serious,
            self.aware.editor,
            self.reported.editor,
            self.relationship,
            self.action,
            self.outcome,
            self.save_button,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _resolved_row(self) -> QWidget:
        """[x] Ongoing, then the resolution date (enabled when not ongoing)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ongoing, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.resolved, 1)
        return box

    def _connect(self) -> None:
        self.term.edited.connect(self._term_changed)
        self.completer.activated.connect(lambda _text: self._term_changed())
        self.term.editor.editingFinished.connect(self._normalise_term)
        self.suggestion.clicked.connect(self._use_suggestion)
        self.grade.edited.connect(self.edited)
        for field in (self.onset, self.resolved, self.aware, self.reported):
            field.edited.connect(self._dates_changed)
        self.ongoing.toggled.connect(self._ongoing_toggled)
        self.serious.toggled.connect(self._serious_toggled)
        for box in (self.relationship, self.action, self.outcome):
            box.activated.connect(lambda _i: self.edited.emit())
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.delete_button.clicked.connect(self.delete_requested)

    # -- values ----------------------------------------------------------------------------
    def clear(self) -> None:
        """An empty AE: ongoing, not serious, nothing assessed yet."""
        self.set_mode(None)
        self.load_values(
            {
                "term": "",
                "grade": None,
                "onset": None,
                "resolved": None,
                "serious": False,
                "relationship": None,
                "action": None,
                "outcome": None,
                "aware_date": None,
                "reported_date": None,
            }
        )
        self.show_findings([])

    def load(self, ae: AdverseEvent) -> None:
        self.set_mode(ae)
        self.load_values(
            {
                "term": ae.term,
                "grade": ae.grade,
                "onset": ae.onset,
                "resolved": ae.resolved,
                "serious": ae.serious,
                "relationship": ae.relationship and ae.relationship.value,
                "action": ae.action and ae.action.value,
                "outcome": ae.outcome and ae.outcome.value,
                "aware_date": ae.aware_date,
                "reported_date": ae.reported_date,
            }
        )

    def set_mode(self, ae: AdverseEvent | None) -> None:
        if ae is None:
            self.setTitle(tr("AE", "New adverse event"))
        else:
            self.setTitle(tr("AE", "Changing AE {number}").format(number=ae.number))
        self.delete_button.setVisible(ae is not None)
        self.cancel_button.setText(tr("AE", "Cancel edit") if ae else tr("AE", "Clear"))

    def load_values(self, values: dict[str, Any]) -> None:
        """Show values (as `values()` gives them) without emitting `edited`."""
        self.blockSignals(True)
        self.term.set_value(values.get("term") or "")
        self.grade.set_value(values.get("grade"))
        self.onset.set_value(values.get("onset"))
        self.resolved.set_value(values.get("resolved"))
        self.ongoing.setChecked(values.get("resolved") is None)
        self.serious.setChecked(bool(values.get("serious")))
        self.aware.set_value(values.get("aware_date"))
        self.reported.set_value(values.get("reported_date"))
        for box, field in (
            (self.relationship, "relationship"),
            (self.action, "action"),
            (self.outcome, "outcome"),
        ):
            box.setCurrentIndex(max(0, box.findData(values.get(field))))
        self.blockSignals(False)
        self._term_changed(emit=False)
        self._ongoing_toggled(self.ongoing.isChecked(), emit=False)
        self._serious_toggled(self.serious.isChecked(), emit=False)

    def values(self) -> dict[str, Any]:
        """The AE as bundle-format fields (dates None when empty or not valid)."""
        serious = self.serious.isChecked()
        term = self.term.text()
        canonical = self.terms.find(term)
        return {
            "term": canonical.term if canonical is not None else term,
            "grade": self.grade.value(),
            "onset": self.onset.value(),
            "resolved": None if self.ongoing.isChecked() else self.resolved.value(),
            "serious": serious,
            "relationship": self.relationship.currentData(),
            "action": self.action.currentData(),
            "outcome": self.outcome.currentData(),
            "aware_date": self.aware.value() if serious else None,
            "reported_date": self.reported.value() if serious else None,
        }

    def typed(self) -> dict[str, Any]:
        """What is on the form as texts (for a draft: kept even when not valid yet)."""
        return {
            "term": self.term.editor.text(),
            "grade": self.grade.value(),
            "onset": self.onset.text(),
            "resolved": self.resolved.text(),
            "ongoing": self.ongoing.isChecked(),
            "serious": self.serious.isChecked(),
            "aware_date": self.aware.text(),
            "reported_date": self.reported.text(),
            "relationship": self.relationship.currentData(),
            "action": self.action.currentData(),
            "outcome": self.outcome.currentData(),
        }

    def restore_typed(self, typed: dict[str, Any]) -> None:
        self.load_values(
            {k: typed.get(k) for k in ("grade", "serious", "relationship", "action", "outcome")}
        )
        self.term.set_text(str(typed.get("term") or ""))
        for field, key in (
            (self.onset, "onset"),
            (self.resolved, "resolved"),
            (self.aware, "aware_date"),
            (self.reported, "reported_date"),
        ):
            field.set_text(str(typed.get(key) or ""))
        self.ongoing.setChecked(bool(typed.get("ongoing")))
        self._term_changed(emit=False)
        self._ongoing_toggled(self.ongoing.isChecked(), emit=False)
        self._serious_toggled(self.serious.isChecked(), emit=False)

    # -- checks ----------------------------------------------------------------------------
    def validate(self) -> bool:
        """Field checks and what the service cannot know (an SAE needs its awareness date)."""
        ok = True
        for entry in (self.term, self.onset, self.resolved, self.aware, self.reported):
            ok &= entry.validate()
        required: list[tuple[EntryField, bool]] = [
            (self.term, self.term.is_empty()),
            (self.onset, self.onset.is_empty()),
            (self.resolved, not self.ongoing.isChecked() and self.resolved.is_empty()),
        ]
        for field, missing in required:
            if missing:
                field.set_error(tr("Entry", "required"))
                ok = False
        if self.grade.value() is None:
            self.grade.set_error(tr("Entry", "required"))
            ok = False
        if self.serious.isChecked() and self.aware.is_empty():
            self.aware.set_error(tr("AE", "required for a serious AE"))
            ok = False
        return ok

    def show_problems(self, problems: list[InputProblem]) -> None:
        fields = {
            "term": self.term,
            "onset": self.onset,
            "resolved": self.resolved,
            "aware_date": self.aware,
            "reported_date": self.reported,
        }
        for problem in problems:
            if problem.field in fields:
                fields[problem.field].set_error(problem.message)
            elif problem.field == "grade":
                self.grade.set_error(problem.message)
            else:
                self.other_error.set_message(problem_text(problem, self.config))

    def show_findings(self, messages: list[tuple[Severity, str]]) -> None:
        """Findings about the AE being changed, at the top of the form (icon colour + text)."""
        if not messages:
            self.finding.hide()
            return
        worst = min(messages, key=lambda m: m[0].rank)[0]
        colour = severity_colour(worst).name()
        self.finding.setText(
            "<br>".join(f"<b style='color:{colour}'>⚠</b> {text}" for _, text in messages)
        )
        self.finding.show()

    # -- reactions -------------------------------------------------------------------------
    def _term_changed(self, emit: bool = True) -> None:
        """Badge, grade meanings and a synonym's CTCAE term, for what is typed now."""
        text = self.term.text()
        found = self.terms.find(text)
        meanings: dict[int, str | None] = {}
        for grade in self.grade.grades:
            own = self.terms.grade_meaning(text, grade) if found else None
            generic = generic_grade_meaning(grade)
            if found is None:
                meanings[grade] = generic
            elif own is None:
                meanings[grade] = None
            else:  # "Moderate: Moderate symptoms" reads twice; say it once
                said = own.casefold().startswith(generic.casefold())
                meanings[grade] = own if said else f"{generic}: {own}"
        self.grade.set_meanings(meanings, tr("AE", "not a grade of this term in CTCAE"))
        if found is not None:
            self.coding.setText(
                tr("AE", "✓ CTCAE v5.0 · {soc} · MedDRA {code}").format(
                    soc=found.soc, code=found.meddra_code
                )
            )
            set_role(self.coding, "hint")
        elif text:
            self.coding.setText(
                tr("AE", "⚑ {badge}: not a CTCAE v5.0 term; saved as typed.").format(
                    badge=to_be_coded_text()
                )
            )
            set_role(self.coding, "warning")
        else:
            self.coding.setText("")
        synonym = None if found else self.terms.canonical(text)
        self.suggestion.setVisible(synonym is not None)
        if synonym is not None:
            self.suggestion.setText(tr("AE", "Use “{term}”").format(term=synonym))
        if emit:
            self.edited.emit()

    def _normalise_term(self) -> None:
        """A CTCAE term typed in another case is given its CTCAE spelling."""
        found = self.terms.find(self.term.text())
        if found is not None and found.term != self.term.editor.text():
            self.term.set_text(found.term)
            self._term_changed()

    def _use_suggestion(self) -> None:
        synonym = self.terms.canonical(self.term.text())
        if synonym is not None:
            self.term.set_text(synonym)
            self._term_changed()
            self.grade.focus_choice()

    def _ongoing_toggled(self, ongoing: bool, emit: bool = True) -> None:
        self.resolved.setEnabled(not ongoing)
        if ongoing:
            self.resolved.set_value(None)
        if emit:
            self.edited.emit()

    def _serious_toggled(self, serious: bool, emit: bool = True) -> None:
        """Awareness and sponsor-report dates exist only for a serious AE."""
        for field in (self.aware, self.reported):
            field.setVisible(serious)
            self._labels[field].setVisible(serious)
        self._dates_changed(emit=emit)

    def _dates_changed(self, emit: bool = True) -> None:
        aware = self.aware.value()
        show_due = self.serious.isChecked() and aware is not None and self.reported.is_empty()
        self.report_due.setVisible(show_due)
        if show_due and aware is not None:
            due = aware + timedelta(days=self.config.sae_max_report_delay_days)
            self.report_due.setText(
                tr("AE", "Report to the sponsor by {date}.").format(date=format_date(due))
            )
        if emit:
            self.edited.emit()
