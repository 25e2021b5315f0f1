"""The §10–§12 study outcomes in words: worst lab grade per analyte, the HRQoL table and the
listed medications, read the same on the outcomes screen, in its PDF and its appendix.

Like core.outcomes_text: every count of participants comes with the `TracedNumber` that
names them. No Qt, no reportlab.
"""

from __future__ import annotations

from baitp_desktop.core.form_outcomes import (
    GRADES,
    FormOutcomes,
    ListedMedicationCount,
    MeanChange,
    WorstGradeDistribution,
)
from baitp_desktop.core.forms_config import MedicationCategory
from baitp_desktop.core.outcomes_text import DASH, NONE_TEXT, TracedNumber, percent_text
from baitp_desktop.core.visits import visit_label
from baitp_desktop.i18n import tr


def analyte_text(distribution: WorstGradeDistribution) -> str:
    """The analyte's CTCAE term in the current language."""
    return tr("Lab", distribution.term) if distribution.term else distribution.key


def grade_cell(distribution: WorstGradeDistribution, grade: int) -> str:
    """'3 (8.6%)': dosed participants whose worst grade is `grade`, and their share."""
    n = distribution.n(grade)
    return f"{n} ({percent_text(distribution.percent(grade))})"


def not_measured_cell(distribution: WorstGradeDistribution) -> str:
    return str(len(distribution.not_measured))


def lab_section() -> str:
    return tr("Outcomes", "Safety laboratory: worst CTCAE grade per analyte")


def grade_trace(distribution: WorstGradeDistribution, grade: int) -> TracedNumber:
    return TracedNumber(
        lab_section(),
        tr("Outcomes", "{term}: worst grade {grade}").format(
            term=analyte_text(distribution), grade=grade
        ),
        grade_cell(distribution, grade),
        distribution.by_grade.get(grade, ()),
    )


def not_measured_trace(distribution: WorstGradeDistribution) -> TracedNumber:
    return TracedNumber(
        lab_section(),
        tr("Outcomes", "{term}: not measured Day 1 to Day 168").format(
            term=analyte_text(distribution)
        ),
        not_measured_cell(distribution),
        distribution.not_measured,
    )


def qol_section() -> str:
    return tr("Outcomes", "Quality of life (ITP-PAQ): change from baseline")


def scale_text(change: MeanChange) -> str:
    return change.scale.label if change.scale is not None else change.scale_id


def qol_visit_text(change: MeanChange) -> str:
    return visit_label(change.visit) if change.visit is not None else change.visit_id


def mean_text(change: MeanChange) -> str:
    mean = change.mean
    return NONE_TEXT if mean is None else f"{mean:+.1f}"


def mean_ci_text(change: MeanChange) -> str:
    """'−4.2–12.8' (score points), or a dash below two participants."""
    interval = change.ci95
    if interval is None:
        return NONE_TEXT
    return f"{interval[0]:.1f}{DASH}{interval[1]:.1f}"


def meaningful_text(change: MeanChange) -> str:
    """'4/9 (44.4%)': improved by at least the minimal important difference."""
    return f"{len(change.meaningful)}/{change.n} ({percent_text(change.percent_meaningful)})"


def mid_text(change: MeanChange) -> str:
    return f"{change.minimal_important_difference:g}"


def qol_traces(change: MeanChange) -> tuple[TracedNumber, TracedNumber]:
    """(those with both scores, those improved by at least the MID)."""
    name = f"{qol_visit_text(change)}, {scale_text(change)}"
    notes = tuple(f"{value:+.1f}" for value in change.changes)
    both = TracedNumber(
        qol_section(),
        tr("Outcomes", "{name}: with a baseline and a visit score").format(name=name),
        str(change.n),
        change.participants,
        notes,
    )
    meaningful = TracedNumber(
        qol_section(),
        tr("Outcomes", "{name}: improved by at least {mid}").format(
            name=name, mid=mid_text(change)
        ),
        meaningful_text(change),
        change.meaningful,
    )
    return both, meaningful


def medication_section() -> str:
    return tr("Outcomes", "Prohibited and caution medications during treatment")


def category_text(count: ListedMedicationCount) -> str:
    return {
        MedicationCategory.PROHIBITED: tr("Outcomes", "Prohibited medication"),
        MedicationCategory.CAUTION: tr("Outcomes", "Caution medication"),
    }[count.category]


def medication_cell(count: ListedMedicationCount) -> str:
    """'2 (5.7%)': dosed participants with at least one such row during treatment."""
    return f"{len(count.participants)} ({percent_text(count.percent)})"


def medication_trace(count: ListedMedicationCount) -> TracedNumber:
    return TracedNumber(
        medication_section(),
        category_text(count),
        medication_cell(count),
        count.participants,
    )


def form_traced_numbers(forms: FormOutcomes) -> list[TracedNumber]:
    """Every number of the three tables with its participants, in report order."""
    out: list[TracedNumber] = []
    for distribution in forms.worst_lab_grades:
        out += [grade_trace(distribution, g) for g in GRADES if distribution.n(g)]
        if distribution.not_measured:
            out.append(not_measured_trace(distribution))
    for change in forms.qol_changes:
        out += [t for t in qol_traces(change) if t.participants]
    out += [medication_trace(count) for count in forms.listed_medications]
    return out
