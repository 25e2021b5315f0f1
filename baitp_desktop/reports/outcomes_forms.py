"""The outcomes PDF's tables of the §10–§12 forms: worst lab grade per analyte, the HRQoL
change from baseline (PROTOCOL.md §12) and prohibited/caution medications.

The wording of every cell comes from core.form_outcomes_text, as on the outcomes screen.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from baitp_desktop.core.form_outcomes import GRADES, FormOutcomes
from baitp_desktop.core.form_outcomes_text import (
    analyte_text,
    category_text,
    grade_cell,
    lab_section,
    mean_ci_text,
    mean_text,
    meaningful_text,
    medication_cell,
    medication_section,
    mid_text,
    not_measured_cell,
    qol_section,
    qol_visit_text,
    scale_text,
)
from baitp_desktop.core.outcomes import StudyOutcomes
from baitp_desktop.i18n import tr
from baitp_desktop.reports.styles import para, styles
from baitp_desktop.reports.tables import data_table, empty_state, note


def _heading(text: str) -> list[Flowable]:
    return [CondPageBreak(40 * mm), para(text, styles().h1)]


def lab_grade_table(forms: FormOutcomes, dosed: int, width: float) -> list[Flowable]:
    story = _heading(lab_section())
    if not forms.worst_lab_grades or dosed == 0:
        return story + empty_state(tr("Outcomes", "No dosed participants yet."))
    header = [
        tr("Outcomes", "CTCAE term"),
        *(tr("Outcomes", "Grade {grade}").format(grade=g) for g in GRADES),
        tr("Outcomes", "Not measured"),
    ]
    rows = [
        [
            para(analyte_text(d), styles().cell),
            *(grade_cell(d, g) for g in GRADES),
            not_measured_cell(d),
        ]
        for d in forms.worst_lab_grades
    ]
    return [
        *story,
        data_table(header, rows, (0.28, *(0.11,) * 5, 0.17), width, right=(1, 2, 3, 4, 5, 6)),
        note(
            tr(
                "Outcomes",
                "n (% of {dosed} dosed) by each participant's worst grade over the panels "
                "of Day 1 to Day 168 (protocol §11).",
            ).format(dosed=dosed)
        ),
    ]


def qol_table(forms: FormOutcomes, width: float) -> list[Flowable]:
    story = _heading(qol_section())
    if not forms.qol_changes:
        return story + empty_state(tr("Outcomes", "No questionnaire definition is loaded."))
    header = [
        tr("Outcomes", "Visit"),
        tr("Outcomes", "Scale"),
        tr("Outcomes", "n"),
        tr("Outcomes", "Mean change"),
        tr("Outcomes", "95% CI"),
        tr("Outcomes", "MID"),
        tr("Outcomes", "Improved ≥ MID"),
    ]
    rows = [
        [
            para(qol_visit_text(c), styles().cell),
            para(scale_text(c), styles().cell),
            str(c.n),
            mean_text(c),
            mean_ci_text(c),
            mid_text(c),
            meaningful_text(c),
        ]
        for c in forms.qol_changes
    ]
    return [
        *story,
        data_table(
            header, rows, (0.2, 0.24, 0.06, 0.12, 0.14, 0.07, 0.17), width, right=(2, 3, 4, 5, 6)
        ),
        note(
            tr(
                "Outcomes",
                "Participants with both a baseline and a visit score; mean change in score "
                "points (0–100) with its 95 % t-interval; MID: the scale's minimal important "
                "difference (protocol §12).",
            )
        ),
    ]


def medication_table(forms: FormOutcomes, dosed: int, width: float) -> list[Flowable]:
    header = [
        tr("Outcomes", "Protocol list"),
        tr("Outcomes", "Participants"),
        tr("Outcomes", "Rows"),
        tr("Outcomes", "Who"),
    ]
    rows = [
        [
            para(category_text(m), styles().cell),
            medication_cell(m),
            str(m.rows),
            para(", ".join(m.participants) or "—", styles().cell),
        ]
        for m in forms.listed_medications
    ]
    return [
        *_heading(medication_section()),
        data_table(header, rows, (0.25, 0.15, 0.1, 0.5), width, right=(1, 2)),
        note(
            tr(
                "Outcomes",
                "Dosed participants (% of {dosed}) with a listed drug overlapping Day 1 to the "
                "earlier of Day 168 and discontinuation (protocol §10).",
            ).format(dosed=dosed)
        ),
    ]


def form_outcome_tables(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    forms = outcomes.forms
    if forms is None:
        return []
    return [
        *lab_grade_table(forms, outcomes.dosed_count, width),
        *qol_table(forms, width),
        *medication_table(forms, outcomes.dosed_count, width),
    ]
