"""Printed sections of the screening history, medication, laboratory and questionnaire forms
(PROTOCOL.md §9–§12), shared by the casebook and the visit summary.

Grades, medication lists, QoL visits and scale scores come from the core (core.labs,
core.medications, core.qol); these functions only lay them out. A value the lab did not
measure prints as "not done", a scale that does not apply as "not applicable", so that a
blank on paper never hides the difference between missing and irrelevant.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from baitp_desktop.core import vocabulary
from baitp_desktop.core.forms_config import AnalyteGrading, MedicationCategory
from baitp_desktop.core.itp_history import add_months
from baitp_desktop.core.labs import field_label, panel_grades, term_label
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.platelet_course import visit_placement
from baitp_desktop.core.qol import QuestionnaireScores, score_questionnaire
from baitp_desktop.core.records import LabPanel, Medication, PriorItpTherapy, Questionnaire
from baitp_desktop.exports.form_rows import questionnaire_visit_ids
from baitp_desktop.exports.panel_tests import PANEL_TEST_OF_FIELD
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.reports.labels import NOT_AVAILABLE, date_and_day, date_over_day, yes_no
from baitp_desktop.reports.model import ReportData, visit_name
from baitp_desktop.reports.styles import cell, para, styles
from baitp_desktop.reports.tables import Cell, data_table, empty_state, field_grid, note

PANEL_HEIGHT = 62 * mm  # a panel's heading and table


# -- ITP history (§9) -------------------------------------------------------------------------
def completed_months(first: date, last: date) -> int:
    """Whole calendar months from `first` to `last` (the same day-of-month rule as I2's six
    months, core.itp_history.add_months); 0 when `last` is before a month has passed."""
    months = max(0, (last.year - first.year) * 12 + last.month - first.month)
    while months > 0 and add_months(first, months) > last:
        months -= 1
    return months


def itp_duration_text(diagnosed: date | None, screened: date | None) -> str:
    """'29 months (2.4 years)' from diagnosis to screening; not available without both."""
    if diagnosed is None or screened is None or diagnosed > screened:
        return NOT_AVAILABLE
    months = completed_months(diagnosed, screened)
    return tr_n("Report", "{n} month ({years} years)", "{n} months ({years} years)", months).format(
        n=months, years=f"{months / 12:.1f}"
    )


def itp_history_grid(data: ReportData, width: float) -> list[Flowable]:
    history = data.participant.itp_history
    if history is None:
        return empty_state(tr("Report", "No ITP history recorded."))
    screened = data.participant.screening.date
    if history.splenectomy:
        splenectomy = tr("Report", "yes, {date}").format(
            date=date_and_day(data.course, history.splenectomy_date)
        )
    else:
        splenectomy = tr("Report", "no")
    pairs: list[tuple[str, Cell]] = [
        (
            tr("Report", "Date of ITP diagnosis"),
            date_and_day(data.course, history.diagnosis_date)
            if history.diagnosis_date
            else tr("Report", "unknown"),
        ),
        (
            tr("Report", "ITP duration at screening"),
            itp_duration_text(history.diagnosis_date, screened),
        ),
        (tr("Report", "Splenectomy"), splenectomy),
    ]
    return [field_grid(pairs, width, columns=1, label_fraction=0.3)]


def therapy_name(therapy: PriorItpTherapy) -> str:
    """The coded therapy in words; an `other` row by the name typed with it."""
    label = vocabulary.label(therapy.therapy)
    return f"{label}: {therapy.name}" if therapy.name else label


def prior_therapies_table(data: ReportData, width: float) -> list[Flowable]:
    therapies = sorted(data.participant.prior_itp_therapies, key=lambda t: t.start)
    if not therapies:
        return empty_state(tr("Report", "No prior ITP therapy recorded."))
    course = data.course
    rows = [
        [
            para(therapy_name(t), styles().cell),
            cell(date_over_day(course, t.start)),
            cell(tr("Report", "ongoing") if t.ongoing else date_over_day(course, t.stop)),
            para(vocabulary.label(t.best_response), styles().cell),
            para(vocabulary.label(t.reason_stopped, NOT_AVAILABLE), styles().cell),
        ]
        for t in therapies
    ]
    header = [
        tr("Report", "Therapy"),
        tr("Report", "Start"),
        tr("Report", "Stop"),
        tr("Report", "Best response"),
        tr("Report", "Reason stopped"),
    ]
    return [data_table(header, rows, (0.3, 0.15, 0.15, 0.2, 0.2), width)]


def medical_history_table(data: ReportData, width: float) -> list[Flowable]:
    entries = data.participant.medical_history
    if not entries:
        return empty_state(tr("Report", "No other medical history recorded."))
    course = data.course
    rows = [
        [
            para(e.term, styles().cell),
            cell(date_over_day(course, e.start) if e.start else tr("Report", "unknown")),
            cell(yes_no(e.ongoing)),
            cell(
                NOT_AVAILABLE
                if e.ongoing
                else (date_over_day(course, e.end) if e.end else tr("Report", "unknown"))
            ),
        ]
        for e in entries
    ]
    header = [
        tr("Report", "Condition"),
        tr("Report", "Start"),
        tr("Report", "Ongoing"),
        tr("Report", "End"),
    ]
    return [data_table(header, rows, (0.46, 0.18, 0.12, 0.18), width)]


# -- medications (§10) ------------------------------------------------------------------------
def listed_category(data: ReportData, medication: Medication) -> MedicationCategory | None:
    """Which of the protocol's drug lists the medication is on (by name or synonym)."""
    listed = data.config.medications.match(medication.drug)
    return None if listed is None else listed.category


def _list_mark(category: MedicationCategory | None) -> Cell:
    if category is None:
        return NOT_AVAILABLE
    symbol = "■" if category is MedicationCategory.PROHIBITED else "●"
    return para(f"{symbol} {vocabulary.label(category)}", styles().cell_bold)


def _dose_text(medication: Medication) -> str:
    if medication.dose is None:
        return NOT_AVAILABLE
    return f"{fmt_number(medication.dose)} {medication.unit or ''}".strip()


def medications_table(
    data: ReportData, medications: Sequence[Medication], width: float, *, none_text: str = ""
) -> list[Flowable]:
    """Medications in start order, each marked when it is on the prohibited or caution list."""
    if not medications:
        return empty_state(none_text or tr("Report", "No medications recorded."))
    course = data.course
    rows = [
        [
            para(m.drug, styles().cell),
            para(m.indication or NOT_AVAILABLE, styles().cell),
            para(_dose_text(m), styles().cell),
            para(
                tr("Report", "{route}, {frequency}").format(
                    route=vocabulary.label(m.route), frequency=vocabulary.label(m.frequency)
                ),
                styles().cell,
            ),
            cell(date_over_day(course, m.start)),
            cell(tr("Report", "ongoing") if m.ongoing else date_over_day(course, m.stop)),
            _list_mark(listed_category(data, m)),
        ]
        for m in sorted(medications, key=lambda m: (m.start, m.drug))
    ]
    header = [
        tr("Report", "Drug"),
        tr("Report", "Indication"),
        tr("Report", "Dose"),
        tr("Report", "Route, frequency"),
        tr("Report", "Start"),
        tr("Report", "Stop"),
        tr("Report", "Protocol list"),
    ]
    return [
        data_table(header, rows, (0.19, 0.17, 0.1, 0.16, 0.13, 0.13, 0.12), width),
        note(
            tr(
                "Report",
                "■ prohibited, ● caution: on the protocol's lists (§10), whatever the dates.",
            )
        ),
    ]


# -- laboratory panels (§11) -------------------------------------------------------------------
def _limit_text(value: object) -> str:
    return NOT_AVAILABLE if value is None else fmt_number(float(str(value)))


def _panel_rows(data: ReportData, panel: LabPanel) -> list[list[Cell]]:
    sex = data.participant.sex
    settings = data.config.labs
    grades = panel_grades(panel, sex, settings)
    rows: list[list[Cell]] = []
    for analyte in settings.analytes:
        value = panel.value(analyte.panel_field)
        grade = grades[analyte.key]
        test = PANEL_TEST_OF_FIELD.get(analyte.panel_field)
        rows.append(
            [
                para(field_label(analyte.panel_field), styles().cell),
                tr("Report", "not done") if value is None else fmt_number(float(value)),
                cell(test.printed_unit if test else NOT_AVAILABLE),
                _limit_text(analyte.lln.get(sex)),
                _limit_text(_uln(analyte, panel)),
                _grade_cell(data, analyte, grade),
            ]
        )
    return rows


def _uln(analyte: AnalyteGrading, panel: LabPanel) -> object:
    if analyte.uln is not None:
        return analyte.uln
    return None if analyte.uln_field is None else panel.value(analyte.uln_field)


def _grade_cell(data: ReportData, analyte: AnalyteGrading, grade: int | None) -> Cell:
    if grade is None:
        return NOT_AVAILABLE
    if grade == 0:
        return "0"
    text = f"{grade} {term_label(analyte)}"
    severe = grade >= data.config.labs.ae_min_grade
    return para(text, styles().cell_bold if severe else styles().cell)


def lab_panels(
    data: ReportData, panels: Sequence[LabPanel], width: float, *, none_text: str = ""
) -> list[Flowable]:
    """Each panel: the visit it was drawn at, then every analyte with its value, unit, the
    limits it was graded against and its CTCAE grade (grades ≥ the AE threshold in bold)."""
    if not panels:
        return empty_state(none_text or tr("Report", "No laboratory panels recorded."))
    header = [
        tr("Report", "Test"),
        tr("Report", "Value"),
        tr("Report", "Unit"),
        tr("Report", "LLN"),
        tr("Report", "ULN"),
        tr("Report", "CTCAE grade"),
    ]
    story: list[Flowable] = []
    for panel in sorted(panels, key=lambda p: p.date):
        placement = visit_placement(data.course, panel.date).text
        story += [
            CondPageBreak(PANEL_HEIGHT),  # a panel's ten rows stay on one page
            para(
                tr("Report", "Panel of {date}: {visit}").format(
                    date=date_and_day(data.course, panel.date), visit=placement
                ),
                styles().h2,
            ),
            data_table(
                header,
                _panel_rows(data, panel),
                (0.26, 0.12, 0.11, 0.1, 0.1, 0.31),
                width,
                right=(1, 3, 4),
            ),
        ]
    story.append(
        note(
            tr(
                "Report",
                "Grades as CTCAE v5.0 (protocol §11); LLN from the protocol, ULN the lab's. "
                "Grade {grade} or higher needs an adverse event of the term.",
            ).format(grade=data.config.labs.ae_min_grade)
        )
    )
    return story


# -- questionnaires (§12) ----------------------------------------------------------------------
def questionnaire_visits(data: ReportData) -> dict[date, str]:
    """The QoL visit each questionnaire is used for, by its date."""
    return questionnaire_visit_ids(data.course)


def _scale_score_text(scored: QuestionnaireScores, scale_id: str) -> str:
    if scale_id in scored.not_applicable:
        return tr("Report", "not applicable")
    value = scored.score(scale_id)
    return tr("Report", "too few answers") if value is None else f"{value:.1f}"


def scores_text(scored: QuestionnaireScores) -> str:
    """'Symptoms 62.5; Bother 40.0; …' for a line of a summary."""
    definition = scored.definition
    if definition is None:
        return tr("Report", "not scored: its definition is not loaded")
    return "; ".join(
        f"{scale.label} {_scale_score_text(scored, scale.scale_id)}" for scale in definition.scales
    )


def _answers_text(questionnaire: Questionnaire) -> str:
    return "  ".join(
        f"{item}: {'—' if answer is None else answer}"
        for item, answer in questionnaire.answers.items()
    )


def questionnaire_block(
    data: ReportData, questionnaire: Questionnaire, width: float, visit_id: str | None
) -> list[Flowable]:
    """One questionnaire: when, for which visit, on which definition, its scale scores and
    every answer."""
    scored = score_questionnaire(questionnaire, data.participant.sex, data.config.instruments)
    used_for = (
        visit_name(data.config, visit_id)
        if visit_id is not None
        else tr("Report", "not used for a QoL visit")
    )
    definition = scored.definition
    answered = sum(1 for a in questionnaire.answers.values() if a is not None)
    instrument = f"{questionnaire.instrument} {questionnaire.version}"
    if definition is not None and not definition.verified:
        instrument += " " + tr("Report", "(not verified)")
    pairs: list[tuple[str, Cell]] = [
        (tr("Report", "Used for"), para(used_for, styles().cell)),
        (tr("Report", "Instrument"), para(instrument, styles().cell)),
        (tr("Report", "Employed"), yes_no(questionnaire.employed)),
        (
            tr("Report", "Items answered"),
            tr("Report", "{n} of {total}").format(n=answered, total=len(questionnaire.answers)),
        ),
    ]
    story: list[Flowable] = [
        para(
            tr("Report", "Questionnaire of {date}").format(
                date=date_and_day(data.course, questionnaire.date)
            ),
            styles().h2,
        ),
        field_grid(pairs, width, columns=2),
    ]
    if definition is not None:
        rows = [
            [
                para(scale.label, styles().cell),
                str(
                    sum(
                        1
                        for item in definition.scale_items(scale.scale_id)
                        if questionnaire.answers.get(item.item_id) is not None
                    )
                )
                + f" / {len(scale.items)}",
                cell(_scale_score_text(scored, scale.scale_id)),
            ]
            for scale in definition.scales
        ]
        header = [
            tr("Report", "Scale"),
            tr("Report", "Items answered"),
            tr("Report", "Score (0–100)"),
        ]
        story.append(data_table(header, rows, (0.5, 0.22, 0.28), width, right=(1, 2)))
    story.append(
        note(tr("Report", "Answers: {answers}").format(answers=_answers_text(questionnaire)))
    )
    return story


def questionnaires_section(
    data: ReportData, questionnaires: Sequence[Questionnaire], width: float, *, none_text: str = ""
) -> list[Flowable]:
    if not questionnaires:
        return empty_state(none_text or tr("Report", "No questionnaires recorded."))
    used = questionnaire_visits(data)
    story: list[Flowable] = []
    for questionnaire in sorted(questionnaires, key=lambda q: q.date):
        story += questionnaire_block(data, questionnaire, width, used.get(questionnaire.date))
    return story
