"""The Screening tab: demographics, criteria, screening count and labs, Day 1, discontinuation.

Every field writes one column of the participant row (the names of
`service.changes.PARTICIPANT_FIELDS`). The eligibility verdict is recomputed on every
keystroke by `core.eligibility.evaluate_eligibility` on a `Participant` built from the
form, so the reasons read exactly as the validator's INELIGIBLE_* findings will; the
verdict is one line above the form and its reasons open on demand (`_verdict_bar`). I4
and E11 are derived, never typed. Saving sends only the fields the person changed, as one
`ParticipantUpdate` through `GuiContext.save`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.course import Course
from baitp_desktop.core.crf_forms import PARTICIPANT_FORM as FORM
from baitp_desktop.core.eligibility import EligibilityResult, evaluate_eligibility
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    LAB_FIELDS,
    DiscontinuationReason,
    Labs,
    Participant,
    Screening,
    Sex,
)
from baitp_desktop.core.studyday import age_in_completed_years
from baitp_desktop.core.vocabulary import criterion_text
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot
from baitp_desktop.gui.field_labels import problem_text
from baitp_desktop.gui.tabs.screening_history import ScreeningHistory
from baitp_desktop.gui.tabs.screening_values import (
    history_reason_lines,
    history_summary_html,
    reasons_html,
    verdict_reasons,
    verdict_summary_html,
)
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.declared_fields import number_check, text_field
from baitp_desktop.gui.widgets.fields import DateField, EntryField, NumberField, TextField
from baitp_desktop.gui.widgets.visit_calendar import VisitCalendarView
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import ParticipantUpdate, participant_fields

Editor = EntryField | RadioChoice | QComboBox
EditorT = TypeVar("EditorT", EntryField, RadioChoice, QComboBox, NumberField, DateField, TextField)
_FOCUS_FOR_RECORD = {
    "screening:age": "birth_date",
    "screening:platelets": "screening_platelets",
    "screening:date": "screening_date",
    "first_dose": "first_dose_date",
}


def _wrapped(text: str, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if hint:
        label.setProperty("role", "hint")
    return label


class ScreeningTab(CrfTab):
    tab_id = "screening"

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editors: dict[str, Editor] = {}
        self._loaded: dict[str, Any] = {}
        self._populating = False
        config = context.config
        today = context.today
        self.history = ScreeningHistory(context, self._edited)

        self.save_button = QPushButton(tr("Screening", "Save screening"))
        self.save_button.setToolTip(tr("Screening", "Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        top = self._verdict_bar()

        # Participant
        self.pid_label = QLabel()
        self.pid_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._bind("initials", text_field(FORM.field("initials")))
        self._bind(
            "sex",
            RadioChoice(
                [
                    (Sex.FEMALE.value, tr("Screening", "Female"), "F"),
                    (Sex.MALE.value, tr("Screening", "Male"), "M"),
                ]
            ),
        )
        self._bind("birth_date", DateField(today, show_study_day=False))
        self._bind("consent_date", DateField(today))
        self.age_label = _wrapped("", hint=True)
        who = QFormLayout()
        who.addRow(tr("Screening", "Screening number"), self.pid_label)
        who.addRow(tr("Screening", "Initials"), self.editors["initials"])
        who.addRow(tr("Screening", "Sex (F/M)"), self.editors["sex"])
        who.addRow(tr("Screening", "Birth date"), self.editors["birth_date"])
        who.addRow(tr("Screening", "Consent date"), self.editors["consent_date"])
        who.addRow("", self.age_label)
        who_box = QGroupBox(tr("Screening", "Participant"))
        who_box.setLayout(who)

        # Screening visit
        self._bind("screening_date", DateField(today))
        self._bind(
            "screening_platelets",
            NumberField(
                tr("Screening", "×10⁹/L"),
                number_check(FORM.field("screening_platelets"), config),
                decimals=1,
            ),
        )
        self._bind("significant_bleeding", RadioChoice.yes_no())
        visit = QFormLayout()
        visit.addRow(tr("Screening", "Screening date"), self.editors["screening_date"])
        visit.addRow(tr("Screening", "Platelet count"), self.editors["screening_platelets"])
        visit.addRow(tr("Screening", "Significant bleeding"), self.editors["significant_bleeding"])
        visit_box = QGroupBox(tr("Screening", "Screening visit"))
        visit_box.setLayout(visit)

        # Criteria
        self.i4_label = _wrapped("")
        self.e11_label = _wrapped("")
        inclusion = self._criteria_box(
            tr("Screening", "Inclusion (all must be Yes)"), INCLUSION_ITEMS, "I4", self.i4_label
        )
        exclusion = self._criteria_box(
            tr("Screening", "Exclusion (all must be No)"), EXCLUSION_ITEMS, "E11", self.e11_label
        )

        # Labs
        labs = QGridLayout()
        labs.addWidget(_wrapped(tr("Screening", "Value"), hint=True), 0, 1)
        labs.addWidget(_wrapped(tr("Screening", "Lab's ULN"), hint=True), 0, 2)
        labs.addWidget(_wrapped(tr("Screening", "Excluded when"), hint=True), 0, 3)
        for row, lab in enumerate(config.lab_limits, start=1):
            labs.addWidget(QLabel(tr("Lab", lab.label)), row, 0)
            check = number_check(FORM.field(lab.key), config)
            value_field = self._bind(lab.key, NumberField(lab.unit, check))
            labs.addWidget(value_field, row, 1)
            if lab.uses_uln and lab.times_uln is not None:
                uln_check = number_check(FORM.field(f"{lab.key}_uln"), config)
                uln = self._bind(f"{lab.key}_uln", NumberField("", uln_check))
                labs.addWidget(uln, row, 2)
                value_field.edited.connect(lambda key=lab.key: self._prefill_uln(key))
                rule = f"{lab.comparison} {fmt_number(lab.times_uln)} × ULN"
            else:
                limit = "" if lab.limit is None else fmt_number(lab.limit)
                rule = f"{lab.comparison} {limit} {lab.unit}".strip()
            labs.addWidget(_wrapped(rule, hint=True), row, 3)
        labs.setColumnStretch(3, 1)
        labs_box = QGroupBox(tr("Screening", "Screening labs (E11)"))
        labs_box.setLayout(labs)

        # Enrolment and the visit calendar
        self._bind("first_dose_date", DateField(today))
        self.enrol_button = QPushButton(tr("Screening", "Enrol: set Day 1 to today"))
        self.enrol_button.clicked.connect(self._enrol)
        day1_row = QHBoxLayout()
        day1_row.addWidget(self.editors["first_dose_date"])
        day1_row.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignTop)
        day1_row.addStretch(1)
        self.calendar_hint = _wrapped("", hint=True)
        self.calendar = VisitCalendarView()
        enrol = QFormLayout()
        enrol.addRow(tr("Screening", "Day 1 (first dose)"), day1_row)
        enrol_layout = QVBoxLayout()
        enrol_layout.addLayout(enrol)
        enrol_layout.addWidget(self.calendar_hint)
        enrol_layout.addWidget(self.calendar)
        enrol_box = QGroupBox(tr("Screening", "Enrolment and visit calendar"))
        enrol_box.setLayout(enrol_layout)

        # Discontinuation
        self._bind("discontinuation_date", DateField(today))
        reason = QComboBox()
        reason.addItem(tr("Screening", "(none)"), None)
        reason.addItem(tr("Screening", "Adverse event"), DiscontinuationReason.ADVERSE_EVENT.value)
        reason.addItem(
            tr("Screening", "Participant's request"),
            DiscontinuationReason.PARTICIPANT_REQUEST.value,
        )
        reason.addItem(tr("Screening", "Other"), DiscontinuationReason.OTHER.value)
        self._bind("discontinuation_reason", reason)
        self.reason_error = _wrapped("")
        self.reason_error.setProperty("role", "field-error")
        stop = QFormLayout()
        stop.addRow(tr("Screening", "Date"), self.editors["discontinuation_date"])
        stop.addRow(tr("Screening", "Reason"), reason)
        stop.addRow("", self.reason_error)
        stop_box = QGroupBox(tr("Screening", "Discontinuation"))
        stop_box.setLayout(stop)

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(who_box, 0, 0)
        grid.addWidget(visit_box, 0, 1)
        grid.addWidget(inclusion, 1, 0, 1, 2)
        grid.addWidget(exclusion, 2, 0, 1, 2)
        grid.addWidget(labs_box, 3, 0, 1, 2)
        grid.addWidget(self.history, 4, 0, 1, 2)
        grid.addWidget(enrol_box, 5, 0, 1, 2)
        grid.addWidget(stop_box, 6, 0, 1, 2)
        grid.setRowStretch(7, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.reasons_area)
        layout.addWidget(self.scroll_area, 1)
        self.show_participant(None)

    # -- building ----------------------------------------------------------------------------
    def _verdict_bar(self) -> QHBoxLayout:
        """The verdict on one line above the form, the reasons on demand below it.

        A new person has some twenty reasons; listed in full above the form they took
        nearly all of its height at 1366×768 and made it jump as each one went away. So
        the line says how many ("Not eligible: 23 reasons", or the one reason, or
        "Eligible") and the list opens at a fixed height, scrolling inside itself.
        """
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setObjectName("verdict")
        # A long single reason is cut at the edge rather than widening the window; the
        # tooltip and the list have it whole.
        self.verdict.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reasons_button = QToolButton()
        self.reasons_button.setCheckable(True)
        self.reasons_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reasons_button.setArrowType(Qt.ArrowType.RightArrow)
        self.reasons_button.setText(tr("Screening", "Show the reasons"))
        self.reasons_button.toggled.connect(self._show_reasons)
        self.reasons = QLabel()
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons_area = QScrollArea()
        self.reasons_area.setWidgetResizable(True)
        self.reasons_area.setWidget(self.reasons)
        self.reasons_area.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.reasons_area.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.verdict, 1)
        bar.addWidget(self.reasons_button)
        bar.addWidget(self.save_button)
        return bar

    def _show_reasons(self, shown: bool) -> None:
        self.reasons_area.setVisible(shown)
        self.reasons_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.reasons_button.setText(
            tr("Screening", "Hide the reasons") if shown else tr("Screening", "Show the reasons")
        )

    def _bind(self, name: str, editor: EditorT) -> EditorT:
        self.editors[name] = editor
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self._edited)
        else:
            editor.edited.connect(self._edited)
        return editor

    def _criteria_box(
        self, title: str, items: Sequence[str], derived: str, derived_label: QLabel
    ) -> QGroupBox:
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        for row, item in enumerate((*items, derived)):
            code = QLabel(f"<b>{item}</b>")
            grid.addWidget(code, row, 0, Qt.AlignmentFlag.AlignTop)
            if item == derived:
                grid.addWidget(derived_label, row, 1, Qt.AlignmentFlag.AlignTop)
            else:
                grid.addWidget(
                    self._bind(item.lower(), RadioChoice.yes_no()),
                    row,
                    1,
                    Qt.AlignmentFlag.AlignTop,
                )
            grid.addWidget(_wrapped(criterion_text(item)), row, 2)
        grid.setColumnStretch(2, 1)
        box = QGroupBox(title)
        box.setLayout(grid)
        return box

    # -- values ------------------------------------------------------------------------------
    def _raw(self) -> dict[str, Any]:
        """What the form shows, comparable with what was loaded (the dirty check)."""
        raw: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, EntryField):
                raw[name] = editor.editor.text()
            elif isinstance(editor, QComboBox):
                raw[name] = editor.currentData()
            else:
                raw[name] = editor.value()
        return raw

    def _typed(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.value()

    def _populate(self, participant: Participant | None) -> None:
        self._populating = True
        try:
            values = participant_fields(participant) if participant else {}
            for name, editor in self.editors.items():
                value = values.get(name)
                if isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(0, editor.findData(value)))
                else:
                    editor.set_value(value)
            self._loaded = self._raw()
        finally:
            self._populating = False
        self._edited()

    def _form_participant(self) -> tuple[Participant, bool]:
        """A Participant from the form values (and whether both age dates are known)."""
        snapshot = self.snapshot
        assert snapshot is not None
        birth, consent = self._typed("birth_date"), self._typed("consent_date")
        dates_known = birth is not None and consent is not None
        sex = self._typed("sex")
        screening = Screening(
            date=self._typed("screening_date"),
            inclusion={item: self._typed(item.lower()) for item in INCLUSION_ITEMS},
            exclusion={item: self._typed(item.lower()) for item in EXCLUSION_ITEMS},
            platelets=self._typed("screening_platelets"),
            significant_bleeding=self._typed("significant_bleeding"),
            labs=Labs(**{key: self._typed(key) for key in LAB_FIELDS}),
        )
        base = snapshot.participant
        form = replace(
            base,
            initials=self._typed("initials") or "",
            sex=Sex(sex) if sex else base.sex,
            birth_date=birth if dates_known else base.birth_date,
            consent_date=consent if dates_known else base.consent_date,
            screening=screening,
            first_dose_date=self._typed("first_dose_date"),
        )
        return form, dates_known

    # -- live derived values -------------------------------------------------------------------
    def _edited(self) -> None:
        if self._populating or self.snapshot is None:
            return
        form, dates_known = self._form_participant()
        result = evaluate_eligibility(form, self.context.config)
        screening_date = self._typed("screening_date")
        self.history.set_screening_date(screening_date)
        self._show_verdict(result, dates_known, self.history.reasons(form, screening_date))
        day1 = form.first_dose_date
        for editor in self.editors.values():
            if isinstance(editor, DateField):
                editor.set_day1(day1)
        self.calendar.set_course(Course(form, self.context.config) if day1 else None)
        self.calendar.setVisible(day1 is not None)
        self.calendar_hint.setText(
            "" if day1 else tr("Screening", "The visit calendar appears once Day 1 is set.")
        )
        self.enrol_button.setEnabled(day1 is None and result.eligible and dates_known)
        if dates_known:
            age = age_in_completed_years(form.birth_date, form.consent_date)
            self.age_label.setText(tr("Screening", "Age {age} on the consent date").format(age=age))
        else:
            self.age_label.setText("")
        self.report_dirty()

    def _show_verdict(
        self, result: EligibilityResult, dates_known: bool, history: tuple[str, ...]
    ) -> None:
        eligibility = verdict_reasons(result, dates_known)
        reasons = eligibility + history_reason_lines(history)
        self.verdict.setText(verdict_summary_html(eligibility) + history_summary_html(history))
        self.verdict.setToolTip("\n".join(reasons))
        self.reasons.setText(reasons_html(reasons))
        self.reasons_button.setEnabled(bool(reasons))
        if not reasons:
            self.reasons_button.setChecked(False)
        # Short marks here (the reasons are in the verdict above); the reason as tooltip.
        if result.i4_met:
            self.i4_label.setText("✔ " + tr("Screening", "met"))
        else:
            self.i4_label.setText("✘ " + tr("Screening", "not met"))
        self.i4_label.setToolTip(result.platelet_failure or "")
        if result.lab_failures:
            self.e11_label.setText("✘ " + tr("Screening", "present"))
        else:
            self.e11_label.setText("✔ " + tr("Screening", "absent"))
        self.e11_label.setToolTip("\n".join(result.lab_failures))

    def _prefill_uln(self, lab_key: str) -> None:
        """Typing a lab value fills an empty ULN with the last participant's ULN."""
        uln = self.editors[f"{lab_key}_uln"]
        default = self.context.lab_uln_defaults.get(f"{lab_key}_uln")
        if isinstance(uln, NumberField) and uln.is_empty() and default is not None:
            uln.set_value(default)
            self._edited()

    def fill_discontinuation(self, when: date) -> None:
        """Prefill the discontinuation (after an AE with action "discontinued"): the person
        checks the date and reason and saves the form as usual."""
        field = self.editors["discontinuation_date"]
        reason = self.editors["discontinuation_reason"]
        assert isinstance(field, DateField) and isinstance(reason, QComboBox)
        if field.is_empty():
            field.set_value(when)
        if reason.currentData() is None:
            reason.setCurrentIndex(reason.findData(DiscontinuationReason.ADVERSE_EVENT.value))
        self._edited()
        self.scroll_area.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enrol(self) -> None:
        field = self.editors["first_dose_date"]
        assert isinstance(field, DateField)
        field.set_value(self.context.today())
        self._edited()
        field.setFocus()

    # -- CrfTab ------------------------------------------------------------------------------
    def title(self) -> str:
        return tr("Screening", "Screening")

    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        same = self.is_same_participant(snapshot)
        self.history.show_snapshot(snapshot)
        self.snapshot = snapshot
        self.setEnabled(snapshot is not None)
        if snapshot is None:
            self.pid_label.setText("")
            self._populate(None)
        elif same and self.has_unsaved_changes():
            self._edited()  # keep the edits; refresh what is derived
        else:
            self.pid_label.setText(snapshot.participant_id)
            self._populate(snapshot.participant)
        for name, editor in self.editors.items():
            if isinstance(editor, EntryField):
                placeholder = self.context.lab_uln_defaults.get(name)
                if placeholder is not None:
                    editor.editor.setPlaceholderText(f"{placeholder:g}")

    def show_findings(self, findings: Sequence[Finding]) -> None:
        codes = sorted(
            {
                f.code
                for f in findings
                if f.record.startswith("screening") or f.record == "first_dose"
            }
        )
        self.save_button.setToolTip(
            tr("Screening", "Ctrl+S") + ("\n" + ", ".join(codes) if codes else "")
        )
        self.history.show_findings(findings)

    def focus_record(self, record: str) -> bool:
        if self.history.focus_record(record):
            self.scroll_area.ensureWidgetVisible(self.history.box)
            return True
        name = _FOCUS_FOR_RECORD.get(record)
        if record == "screening:criteria":
            name = next(
                (
                    item.lower()
                    for item in (*INCLUSION_ITEMS, *EXCLUSION_ITEMS)
                    if self._failing_item(item)
                ),
                "i1",
            )
        elif record == "screening:labs" and self.snapshot is not None:
            failing = evaluate_eligibility(self._form_participant()[0], self.context.config)
            name = failing.failing_labs[0] if failing.failing_labs else "alt"
        if name is None or name not in self.editors:
            return False
        editor = self.editors[name]
        self.scroll_area.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _failing_item(self, item: str) -> bool:
        answer = self._typed(item.lower())
        return answer is not True if item.startswith("I") else answer is not False

    def has_unsaved_changes(self) -> bool:
        return self.snapshot is not None and (
            self._raw() != self._loaded or self.history.has_unsaved_changes()
        )

    def discard_changes(self) -> None:
        self.history.discard()
        self._populate(self.snapshot.participant if self.snapshot else None)

    def save(self) -> bool:
        """The screening fields, then the history (ITP history, therapies, medical history)."""
        saved = self._save_fields()
        return self.history.save() and saved

    def _save_fields(self) -> bool:
        snapshot = self.snapshot
        if snapshot is None or self._raw() == self._loaded:
            return True
        fields = [e for e in self.editors.values() if isinstance(e, EntryField)]
        refused = [field for field in fields if not field.validate()]
        if refused:
            refused[0].setFocus()
            self.scroll_area.ensureWidgetVisible(refused[0])
            return False
        raw = self._raw()
        values = {name: self._typed(name) for name in raw if raw[name] != self._loaded.get(name)}
        outcome = self.context.save(
            self, snapshot.participant_id, [ParticipantUpdate(values)], snapshot.version
        )
        if outcome.problems:
            self._show_problems(outcome.problems)
            return False
        if not outcome.saved:
            return False
        if self.snapshot is None or self.snapshot.version != outcome.version:
            self.snapshot = self.context.snapshot(snapshot.participant_id)
        self._populate(self.snapshot.participant)
        return True

    def draft(self) -> dict[str, Any] | None:
        """The fields changed since loading, as shown (JSON-able), for crash recovery."""
        if not self.has_unsaved_changes():
            return None
        raw = self._raw()
        fields = {name: raw[name] for name in raw if raw[name] != self._loaded.get(name)}
        history = self.history.draft()
        return {"fields": fields, **({"history": history} if history else {})}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self._populating = True
        try:
            for name, value in dict(draft.get("fields", {})).items():
                editor = self.editors.get(name)
                if isinstance(editor, EntryField):
                    editor.set_text(str(value or ""))
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(0, editor.findData(value)))
                elif editor is not None:
                    editor.set_value(value)
        finally:
            self._populating = False
        history = draft.get("history")
        if isinstance(history, dict):
            self.history.restore_draft(history)
        self._edited()

    def _show_problems(self, problems: Sequence[Any]) -> None:
        other: list[str] = []
        for problem in problems:
            editor = self.editors.get(problem.field)
            if isinstance(editor, EntryField | RadioChoice):
                editor.set_error(problem.message)
            elif problem.field == "discontinuation_reason":
                self.reason_error.setText(problem.message)
            else:
                other.append(problem_text(problem, self.context.config))
        if other:
            self.context.show_error(self, "\n".join(other))
