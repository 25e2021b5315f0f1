"""The ITP-PAQ entry form (PROTOCOL.md §12): a paper questionnaire typed with number keys.

The form is built from the instrument definition in use (`core.instruments`), never from
code: one line per item with its number, its wording when the site's licensed definition
brings one, the answer and the response range. A digit answers the current line and
moves to the next, Delete or Backspace clears it, 0 marks it unanswered and moves on; an
answer out of range is refused on the spot, naming the range. The scale scores beside it
are recomputed by `core.qol` with every answer, and a banner says "not verified" while
the shipped structure-only definition is in use.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.entry_checks import check_questionnaire_date
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.instruments import InstrumentDefinition, catalog_of
from baitp_desktop.core.qol import score_questionnaire
from baitp_desktop.core.records import Questionnaire, Sex
from baitp_desktop.gui.style import set_role
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.fields import DateField, FieldError
from baitp_desktop.i18n import tr

ANSWER_COLUMN = 2


def item_title(definition: InstrumentDefinition, index: int) -> str:
    """ "Item 3", and the licensed wording when the definition has it."""
    item = definition.items[index]
    number = tr("Qol", "Item {n}").format(n=index + 1)
    wording = definition.item_text(item.item_id)
    return f"{number}. {wording}" if wording else number


def range_text(minimum: int, maximum: int) -> str:
    return tr("Qol", "{min}–{max}").format(min=minimum, max=maximum)


def not_verified_text() -> str:
    return tr(
        "Qol",
        "Not verified: the shipped ITP-PAQ definition gives the structure only (placeholder "
        "scales). Scores are provisional until the site's licensed definition is loaded.",
    )


class AnswerGrid(QTableWidget):
    """One line per item; number keys answer the current line and move to the next."""

    answered = Signal()
    refused = Signal(str)

    def __init__(self, definition: InstrumentDefinition, parent: QWidget | None = None) -> None:
        super().__init__(len(definition.items), 3, parent)
        self.definition = definition
        self.answers: list[int | None] = [None] * len(definition.items)
        self.setHorizontalHeaderLabels([tr("Qol", "Item"), tr("Qol", "Range"), tr("Qol", "Answer")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(tr("Qol", "Answers: type the number of each answer"))
        for row, item in enumerate(definition.items):
            self.setItem(row, 0, QTableWidgetItem(item_title(definition, row)))
            self.setItem(row, 1, QTableWidgetItem(range_text(item.minimum, item.maximum)))
            answer = QTableWidgetItem("")
            answer.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, ANSWER_COLUMN, answer)
        self.setCurrentCell(0, ANSWER_COLUMN)

    def set_answers(self, answers: list[int | None]) -> None:
        for row, answer in enumerate(answers):
            self._show(row, answer)

    def _show(self, row: int, answer: int | None) -> None:
        self.answers[row] = answer
        cell = self.item(row, ANSWER_COLUMN)
        if cell is not None:
            cell.setText("" if answer is None else str(answer))

    def answer_current(self, answer: int | None) -> bool:
        """Answer the current line (None: unanswered) and move on; False when refused."""
        row = max(0, self.currentRow())
        item = self.definition.items[row]
        if answer is not None and not item.accepts(answer):
            self.refused.emit(
                tr("Qol", "Item {n}: {answer} is not an answer; the range is {range}.").format(
                    n=row + 1, answer=answer, range=range_text(item.minimum, item.maximum)
                )
            )
            return False
        self._show(row, answer)
        self.setCurrentCell(min(row + 1, self.rowCount() - 1), ANSWER_COLUMN)
        self.answered.emit()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            self.answer_current(None if digit == 0 else digit)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            row = max(0, self.currentRow())
            self._show(row, None)
            self.answered.emit()
            return
        super().keyPressEvent(event)


class QuestionnaireForm(QGroupBox):
    """Date, employed, the answer grid, the live scores and the "not verified" banner."""

    edited = Signal()
    patient_mode_requested = Signal()

    def __init__(
        self, definition: InstrumentDefinition, today: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Qol", "ITP-PAQ questionnaire"), parent)
        self.definition = definition
        self.sex = Sex.FEMALE
        self._catalog = catalog_of([definition])
        self.other_dates: tuple[date, ...] = ()
        self._editing_date: date | None = None
        self.banner = QLabel(not_verified_text(), self)
        self.banner.setWordWrap(True)
        self.banner.setProperty("role", "warning")
        self.banner.setVisible(not definition.verified)
        self.date = DateField(today, self)
        self.employed = RadioChoice.yes_no(self)
        self.employed_error = FieldError(self)
        self.grid = AnswerGrid(definition, self)
        self.refusal = FieldError(self)
        self.hint = QLabel(
            tr(
                "Qol",
                "Number keys answer and move to the next item · 0: not answered · Delete: clear",
            ),
            self,
        )
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.patient_button = QPushButton(tr("Qol", "Hand to the participant…"), self)
        self.scores = QGridLayout()
        self.score_labels: dict[str, QLabel] = {}
        for row, scale in enumerate(definition.scales):
            self.scores.addWidget(QLabel(scale.label, self), row, 0)
            value = QLabel(self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.score_labels[scale.scale_id] = value
            self.scores.addWidget(value, row, 1)
        scores_box = QGroupBox(tr("Qol", "Scale scores (0–100)"), self)
        scores_box.setLayout(self.scores)
        top = QGridLayout()
        top.addWidget(QLabel(tr("Qol", "Date answered"), self), 0, 0)
        top.addWidget(self.date, 0, 1)
        top.addWidget(QLabel(tr("Qol", "Employed"), self), 1, 0)
        top.addWidget(self.employed, 1, 1)
        top.addWidget(self.employed_error, 2, 1)
        top.setColumnStretch(1, 1)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.grid, 1)
        left.addWidget(self.refusal)
        left.addWidget(self.hint)
        right = QVBoxLayout()
        right.addWidget(scores_box)
        right.addWidget(self.patient_button)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.date.edited.connect(self.edited)
        self.employed.edited.connect(self._changed)
        self.grid.answered.connect(self._changed)
        self.grid.refused.connect(self.refusal.set_message)
        self.patient_button.clicked.connect(self.patient_mode_requested)
        self.refresh()

    def _changed(self) -> None:
        self.refusal.set_message(None)
        self.refresh()
        self.edited.emit()

    def answers(self) -> dict[str, int | None]:
        return dict(zip(self.definition.item_ids, self.grid.answers, strict=True))

    def set_answers(self, answers: dict[str, int | None]) -> None:
        self.grid.set_answers([answers.get(i) for i in self.definition.item_ids])
        self._changed()

    def refresh(self) -> None:
        """The scores of the answers as they stand (a scale that does not apply says so)."""
        questionnaire = Questionnaire(
            self.date.value() or date.min, self.definition.name, self.definition.version,
            self.employed.value() is True, self.answers(),
        )  # fmt: skip
        scored = score_questionnaire(questionnaire, self.sex, self._catalog)
        for scale in self.definition.scales:
            shown = self.score_labels[scale.scale_id]
            if scale.scale_id in scored.not_applicable:
                shown.setText(tr("Qol", "not applicable"))
                set_role(shown, "hint")
            elif (value := scored.score(scale.scale_id)) is None:
                shown.setText(tr("Qol", "too few answers"))
                set_role(shown, "warning")
            else:
                shown.setText(f"{value:.1f}")
                set_role(shown, None)

    # -- RecordForm ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "date": self.date.value(),
            "instrument": self.definition.name,
            "version": self.definition.version,
            "employed": self.employed.value() is True,
            "answers": self.answers(),
        }

    def typed(self) -> dict[str, Any]:
        return {"date": self.date.text(), "employed": self.employed.value(),
                "answers": list(self.grid.answers)}  # fmt: skip

    def restore_typed(self, typed: dict[str, Any]) -> None:
        self.date.set_text(str(typed.get("date") or ""))
        self.employed.set_value(typed.get("employed"))
        answers = list(typed.get("answers") or [])
        self.grid.set_answers([a if isinstance(a, int) else None for a in answers])
        self.refresh()

    def load(self, record: Questionnaire | None) -> None:
        self._editing_date = None if record is None else record.date
        self.date.set_value(None if record is None else record.date)
        self.employed.set_value(None if record is None else record.employed)
        answers = {} if record is None else record.answers
        self.grid.set_answers([answers.get(i) for i in self.definition.item_ids])
        self.grid.setCurrentCell(0, ANSWER_COLUMN)
        self.refusal.set_message(None)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.date.set_read_only(read_only)
        self.grid.setEnabled(not read_only)

    def validate(self) -> bool:
        ok = self.date.validate()
        day = self.date.value()
        if day is None and ok:
            self.date.set_error(tr("Qol", "the date is required"))
            ok = False
        elif day is not None:
            others = (d for d in self.other_dates if d != self._editing_date)
            if (message := check_questionnaire_date(others, day)) is not None:
                self.date.set_error(message)
                ok = False
        missing = self.employed.value() is None
        self.employed_error.set_message(
            tr("Qol", "say whether the participant is employed") if missing else None
        )
        return ok and not missing

    def show_problems(self, problems: Iterable[InputProblem]) -> None:
        for problem in problems:
            if problem.field == "date":
                self.date.set_error(problem.message)
            else:
                self.refusal.set_message(problem.message)
