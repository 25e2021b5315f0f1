"""The outcomes screen's tables of the §10–§12 forms: worst lab grade per analyte, the
HRQoL change from baseline and prohibited/caution medications.

Cells read as in the PDF (core.form_outcomes_text); a click on a count shows the
participants behind it, as on the other outcome tables.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from baitp_desktop.core.form_outcomes import GRADES, MeanChange
from baitp_desktop.core.form_outcomes_text import (
    analyte_text,
    category_text,
    grade_cell,
    grade_trace,
    mean_ci_text,
    mean_text,
    meaningful_text,
    medication_cell,
    medication_trace,
    mid_text,
    not_measured_cell,
    not_measured_trace,
    qol_traces,
    qol_visit_text,
    scale_text,
)
from baitp_desktop.gui.rows_model import RowsModel
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.i18n import tr


def lab_grade_model(parent: QWidget | None = None) -> RowsModel:
    tip = tr("OutcomesView", "Dosed participants whose worst grade is {grade} (% of dosed)")

    def grade_column(grade: int) -> Column:
        return Column(
            tr("OutcomesView", "G{grade}").format(grade=grade),
            lambda d: grade_cell(d, grade),
            True,
            trace=lambda d: grade_trace(d, grade),
            tooltip=lambda _d: tip.format(grade=grade),
        )

    columns = [
        Column(tr("OutcomesView", "CTCAE term"), analyte_text),
        *(grade_column(g) for g in GRADES),
        Column(
            tr("OutcomesView", "Not measured"),
            not_measured_cell,
            True,
            trace=not_measured_trace,
        ),
    ]
    return RowsModel(columns, parent=parent)


def qol_model(parent: QWidget | None = None) -> RowsModel:
    def both(change: MeanChange) -> object:
        return qol_traces(change)[0]

    def improved(change: MeanChange) -> object:
        return qol_traces(change)[1]

    columns = [
        Column(tr("OutcomesView", "Visit"), qol_visit_text),
        Column(tr("OutcomesView", "Scale"), scale_text),
        Column(tr("OutcomesView", "n"), lambda c: str(c.n), True, trace=both),
        Column(tr("OutcomesView", "Mean change"), mean_text, True, trace=both),
        Column(
            tr("OutcomesView", "95% CI"),
            mean_ci_text,
            True,
            tooltip=lambda _c: tr("OutcomesView", "Student's t 95% interval of the mean change"),
        ),
        Column(
            tr("OutcomesView", "MID"),
            mid_text,
            True,
            tooltip=lambda _c: tr("OutcomesView", "The scale's minimal important difference"),
        ),
        Column(tr("OutcomesView", "Improved ≥ MID"), meaningful_text, True, trace=improved),
    ]
    return RowsModel(columns, parent=parent)


def medication_model(parent: QWidget | None = None) -> RowsModel:
    columns = [
        Column(tr("OutcomesView", "Protocol list"), category_text, trace=medication_trace),
        Column(
            tr("OutcomesView", "Participants (% of dosed)"),
            medication_cell,
            True,
            trace=medication_trace,
        ),
        Column(tr("OutcomesView", "Rows"), lambda m: str(m.rows), True),
    ]
    return RowsModel(columns, parent=parent)
