"""The whole casebook of one participant: cover, screening, ITP and medical history,
medications, diary, counts with the chart, bleeding, adverse events, safety labs,
questionnaires, rescue, endpoints, findings (explained ones apart), queries, signatures and
(on request) the audit history.

Each section reads derived facts from the core (Course, compliance blocks, endpoints, the
validator's findings as of the printing date) and lays them out; nothing is re-computed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from baitp_desktop.core.compliance import compliance_blocks
from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.labs import term_label
from baitp_desktop.core.platelet_course import chart_series, visit_placement
from baitp_desktop.core.status import participant_status
from baitp_desktop.i18n import language_scope, tr
from baitp_desktop.reports.audit_appendix import audit_appendix
from baitp_desktop.reports.chart import PlateletChart
from baitp_desktop.reports.form_sections import (
    itp_history_grid,
    lab_panels,
    medical_history_table,
    medications_table,
    prior_therapies_table,
    questionnaires_section,
)
from baitp_desktop.reports.labels import (
    NOT_AVAILABLE,
    date_and_day,
    day_list,
    decision_text,
    discontinuation_reason_text,
    fmt_count,
    fmt_date,
    fmt_percent,
    fmt_timestamp,
    response_text,
    who_grade_meaning,
    yes_no,
)
from baitp_desktop.reports.layout import (
    MARGIN_X,
    PageDecor,
    Progress,
    build_pdf,
    paper_size,
    study_line,
)
from baitp_desktop.reports.model import ReportData, fresh, visit_ids, visit_name
from baitp_desktop.reports.screening import screening_section
from baitp_desktop.reports.sections import (
    ae_table,
    findings_count_text,
    findings_table,
    log_table,
    participant_label,
    queries_table,
    study_header,
)
from baitp_desktop.reports.signature_block import (
    casebook_status,
    signature_block,
    void_signatures_table,
)
from baitp_desktop.reports.styles import cell, para, styles
from baitp_desktop.reports.tables import Cell, data_table, empty_state, field_grid, note


def _heading(text: str) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page."""
    return [CondPageBreak(35 * mm), para(text, styles().h1)]


# -- cover -----------------------------------------------------------------------------------
def _cover(data: ReportData, width: float, sections: list[str]) -> list[Flowable]:
    participant, course, ends = data.participant, data.course, data.endpoints
    status = participant_status(course, data.as_of).label
    stop = participant.discontinuation
    facts: list[tuple[str, Cell]] = [
        (tr("Report", "Consent date"), fmt_date(participant.consent_date)),
        (tr("Report", "Screening date"), fmt_date(participant.screening.date)),
        (tr("Report", "Day 1 (first dose)"), fmt_date(participant.first_dose_date)),
        (tr("Report", "Status on {date}").format(date=data.as_of.isoformat()), status),
        (
            tr("Report", "Discontinued"),
            NOT_AVAILABLE
            if stop is None
            else f"{fmt_date(stop.date)}: {discontinuation_reason_text(stop.reason)}",
        ),
        (tr("Report", "Eligible"), yes_no(course.eligibility.eligible)),
    ]
    open_queries = sum(1 for q in data.queries if q.is_open)
    results: list[tuple[str, Cell]] = [
        (tr("Report", "Baseline count"), fmt_count(ends.baseline_platelets)),
        (tr("Report", "Early response (Day 7)"), response_text(ends.early_response)),
        (tr("Report", "Initial response (Day 28)"), response_text(ends.initial_response)),
        (tr("Report", "Durable response (week 24)"), _durable_text(ends.durable_response)),
        (
            tr("Report", "Findings"),
            findings_count_text(data.all_findings),
        ),
        (tr("Report", "Open queries"), str(open_queries)),
    ]
    story: list[Flowable] = [
        Spacer(0, 6 * mm),
        para(tr("Report", "Participant casebook"), styles().title),
        para(tr("Report", data.config.title), styles().body),
        Spacer(0, 3 * mm),
        study_header(data, width),
        para(tr("Report", "Course"), styles().h2),
        field_grid(facts, width, columns=2),
        para(tr("Report", "Key results"), styles().h2),
        field_grid(results, width, columns=2, label_fraction=0.42),
        para(tr("Report", "Signature status"), styles().h2),
        para(casebook_status(data), styles().body),
        para(tr("Report", "Contents"), styles().h2),
    ]
    story += [para(f"{n}. {title}", styles().body) for n, title in enumerate(sections, 1)]
    story.append(PageBreak())
    return story


def _durable_text(value: bool | None) -> str:
    if value is None:
        return tr("Report", "not evaluable yet")
    return tr("Report", "yes") if value else tr("Report", "no")


# -- diary and treatment ------------------------------------------------------------------------
def _diary(data: ReportData, width: float) -> list[Flowable]:
    course = data.course
    if course.day1 is None:
        return empty_state(tr("Report", "Not dosed yet: there is no diary."))
    minimum = fmt_percent(data.config.compliance_min_fraction)
    rows = []
    for block in compliance_blocks(course, data.as_of):
        tally = block.tally
        if not block.evaluated:
            verdict = tr("Report", "in progress") if tally.expected else tr("Report", "not judged")
        elif block.below_minimum:
            verdict = tr("Report", "below {minimum}").format(minimum=minimum)
        else:
            verdict = tr("Report", "met")
        rows.append(
            [
                cell(
                    tr("Report", "Day {first}–{last}").format(
                        first=block.first_day, last=block.last_day
                    )
                ),
                para(f"{tally.first.isoformat()} – {tally.last.isoformat()}", styles().cell),
                str(len(tally.expected)),
                str(len(tally.taken)),
                fmt_percent(tally.fraction),
                para(_days_or_none(data, tally.missed), styles().cell),
                para(_days_or_none(data, tally.unrecorded), styles().cell),
                cell(verdict, styles().cell_bold if block.below_minimum else None),
            ]
        )
    header = [
        tr("Report", "Block"),
        tr("Report", "Dates"),
        tr("Report", "Expected"),
        tr("Report", "Taken"),
        tr("Report", "Taken %"),
        tr("Report", "Missed (recorded)"),
        tr("Report", "No diary entry"),
        tr("Report", "Compliance"),
    ]
    fractions = (0.12, 0.15, 0.1, 0.08, 0.08, 0.17, 0.17, 0.13)
    story: list[Flowable] = [
        note(
            tr(
                "Report",
                "Expected dosing days leave out interruptions and the days after a severe "
                "adverse event or discontinuation; a complete block needs a dose taken on at "
                "least {minimum} of them.",
            ).format(minimum=minimum)
        ),
        data_table(header, rows, fractions, width, right=(2, 3, 4)),
    ]
    story += _decisions(data, width)
    return story


def _days_or_none(data: ReportData, days: Sequence[date]) -> str:
    return day_list(data.course, days) if days else tr("Report", "none")


def _decisions(data: ReportData, width: float) -> list[Flowable]:
    course = data.course
    story: list[Flowable] = [para(tr("Report", "Interruptions and dosing decisions"), styles().h2)]
    lines = [
        tr("Report", "Interruption rule met on {date}").format(date=date_and_day(course, t))
        for t in course.triggers
    ]
    lines += [
        tr("Report", "Interrupted {first} to {last}").format(
            first=date_and_day(course, p.first),
            last=date_and_day(course, p.last) if p.last else tr("Report", "ongoing"),
        )
        for p in course.interruptions
    ]
    story += [para(f"• {line}", styles().body) for line in lines]
    decisions = sorted(course.participant.dosing_decisions, key=lambda d: d.date)
    if decisions:
        rows = [
            [
                cell(date_and_day(course, d.date)),
                cell(decision_text(d.action)),
                para(d.reason or NOT_AVAILABLE, styles().cell),
            ]
            for d in decisions
        ]
        header = [tr("Report", "Date"), tr("Report", "Decision"), tr("Report", "Reason")]
        story.append(data_table(header, rows, (0.25, 0.15, 0.6), width))
    elif not lines:
        story += empty_state(tr("Report", "No interruption and no dosing decision."))
    return story


# -- counts and bleeding -------------------------------------------------------------------------
def _counts(data: ReportData, width: float) -> list[Flowable]:
    course = data.course
    series = chart_series(course)
    story: list[Flowable] = []
    if series is not None and series.points:
        story += [
            PlateletChart(series, width, interruption_limit=data.config.interruption.limit),
            Spacer(0, 3 * mm),
        ]
    responses = {a.date: a.response for a in course.assessments}
    rows: list[list[Cell]] = []
    screening = course.participant.screening
    if screening.platelets is not None and screening.date is not None:
        rows.append(
            [
                cell(date_and_day(course, screening.date)),
                cell(tr("Visit", "Screening")),
                fmt_count(screening.platelets),
                NOT_AVAILABLE,
                NOT_AVAILABLE,
            ]
        )
    for day, count in course.counts.items():
        grade = course.grades.get(day)
        response = responses.get(day)
        rows.append(
            [
                cell(date_and_day(course, day)),
                para(visit_placement(course, day).text, styles().cell),
                fmt_count(count),
                NOT_AVAILABLE if grade is None else str(grade),
                cell(response.value if response else tr("Report", "before Day 1")),
            ]
        )
    if not rows:
        return empty_state(tr("Report", "No platelet counts recorded."))
    header = [
        tr("Report", "Date"),
        tr("Report", "Visit"),
        tr("Report", "Count ×10⁹/L"),
        tr("Report", "WHO grade"),
        tr("Report", "Response"),
    ]
    story.append(data_table(header, rows, (0.26, 0.34, 0.14, 0.12, 0.14), width, right=(2, 3)))
    story.append(
        note(
            tr(
                "Report", "Baseline count: {count}. Several counts on one date count as the lowest."
            ).format(count=fmt_count(course.baseline))
        )
    )
    return story


def _bleeding(data: ReportData, width: float) -> list[Flowable]:
    course = data.course
    if not course.grades:
        return empty_state(tr("Report", "No bleeding assessments recorded."))
    event_grade = data.config.bleeding_event_min_grade
    rows = [
        [
            cell(date_and_day(course, day)),
            str(grade),
            para(who_grade_meaning(grade), styles().cell),
            cell(yes_no(grade >= event_grade)),
        ]
        for day, grade in course.grades.items()
    ]
    header = [
        tr("Report", "Date"),
        tr("Report", "WHO grade"),
        tr("Report", "Meaning"),
        tr("Report", "Bleeding event"),
    ]
    events = data.endpoints.bleeding_events
    return [
        data_table(header, rows, (0.26, 0.1, 0.49, 0.15), width, right=(1,)),
        note(
            tr("Report", "Bleeding events (grade ≥ {grade}, Day 1 to Day {last}): {n}").format(
                grade=event_grade, last=data.config.last_planned_day, n=fmt_count(events)
            )
        ),
    ]


def _endpoints(data: ReportData, width: float) -> list[Flowable]:
    ends = data.endpoints
    triggers = ", ".join(fmt_date(d) for d in ends.interruption_triggers) or tr("Report", "none")
    pairs: list[tuple[str, Cell]] = [
        (tr("Report", "Baseline count"), fmt_count(ends.baseline_platelets)),
        (tr("Report", "Early response (Day 7)"), response_text(ends.early_response)),
        (tr("Report", "Initial response (Day 28)"), response_text(ends.initial_response)),
        (tr("Report", "Durable response (week 24)"), _durable_text(ends.durable_response)),
        (tr("Report", "Time to response (days)"), fmt_count(ends.time_to_response_days)),
        (tr("Report", "Duration of response (days)"), fmt_count(ends.duration_of_response_days)),
        (tr("Report", "Interruption rule met on"), triggers),
        (tr("Report", "Bleeding events"), fmt_count(ends.bleeding_events)),
        (tr("Report", "Worst AE grade (Day 1 to Day 168)"), fmt_count(ends.worst_ae_grade)),
        (
            tr("Report", "Worst lab grades (Day 1 to Day 168)"),
            para(_worst_lab_text(data), styles().cell),
        ),
    ]
    return [
        field_grid(pairs, width, columns=1, label_fraction=0.36),
        note(tr("Report", "Endpoints are derived from the data, never typed in (protocol §7).")),
    ]


def _itp_history(data: ReportData, width: float) -> list[Flowable]:
    return [
        *itp_history_grid(data, width),
        para(tr("Report", "Prior ITP therapies"), styles().h2),
        *prior_therapies_table(data, width),
    ]


def _worst_lab_text(data: ReportData) -> str:
    """'Neutrophil count decreased 3; Anemia 1' (grades above 0), or what there is instead."""
    worst = data.endpoints.worst_lab_grades
    if worst is None or all(grade is None for grade in worst.values()):
        return tr("Report", "no panel from Day 1 to Day 168")
    terms = {a.key: term_label(a) for a in data.config.labs.analytes}
    graded = [f"{terms[key]} {grade}" for key, grade in worst.items() if grade]
    return "; ".join(graded) or tr("Report", "grade 0 for every analyte measured")


# -- signatures ---------------------------------------------------------------------------------
def _signatures(data: ReportData, width: float) -> list[Flowable]:
    rows = []
    for visit_id in visit_ids(data.config):
        signed = data.visit_signatures(visit_id)
        sdv = data.sdv_mark(visit_id)
        rows.append(
            [
                para(visit_name(data.config, visit_id), styles().cell),
                para(
                    "\n".join(s.printed_name for s in signed) or tr("Report", "not signed"),
                    styles().cell,
                ),
                cell(
                    "\n".join(fmt_timestamp(s.signed_at_utc, data.zone) for s in signed)
                    or NOT_AVAILABLE
                ),
                para(sdv.printed_name if sdv else tr("Report", "not verified"), styles().cell),
            ]
        )
    header = [
        tr("Report", "Visit"),
        tr("Report", "Signed by"),
        tr("Report", "Date and time"),
        tr("Report", "Source data verified"),
    ]
    casebook = data.casebook_signature
    story: list[Flowable] = [
        PageBreak(),
        para(tr("Report", "Signatures"), styles().h1),
        data_table(header, rows, (0.34, 0.22, 0.26, 0.18), width),
        Spacer(0, 4 * mm),
    ]
    story += signature_block(
        data,
        [casebook] if casebook else [],
        width,
        unsigned_note=tr("Report", "The casebook was not signed electronically when printed."),
    )
    story += void_signatures_table(data, width)
    return story


# -- the document -------------------------------------------------------------------------------
def casebook_story(data: ReportData, width: float) -> list[Flowable]:
    sections: list[tuple[str, list[Flowable]]] = [
        (tr("Report", "Screening and eligibility"), screening_section(data, width)),
        (tr("Report", "ITP history and prior ITP therapies"), _itp_history(data, width)),
        (tr("Report", "Other medical history"), medical_history_table(data, width)),
        (
            tr("Report", "Prior and concomitant medications"),
            medications_table(data, data.participant.medications, width),
        ),
        (tr("Report", "Treatment and diary by 28-day block"), _diary(data, width)),
        (tr("Report", "Platelet counts"), _counts(data, width)),
        (tr("Report", "WHO bleeding"), _bleeding(data, width)),
        (tr("Report", "Adverse events"), ae_table(data, data.participant.adverse_events, width)),
        (
            tr("Report", "Safety laboratory panels"),
            lab_panels(data, data.participant.lab_panels, width),
        ),
        (
            tr("Report", "Quality of life (ITP-PAQ)"),
            questionnaires_section(data, data.participant.questionnaires, width),
        ),
        *(
            (kind.title(), log_table(data, kind, getattr(data.participant, kind.attribute), width))
            for kind in RECORD_KINDS
            if kind.plain_log
        ),
        (tr("Report", "Endpoints"), _endpoints(data, width)),
        (
            tr("Report", "Findings as of {date}").format(date=data.as_of.isoformat()),
            findings_table(data, data.all_findings, width),
        ),
        (tr("Report", "Queries"), queries_table(data, data.queries, width, thread=True)),
    ]
    titles = [title for title, _ in sections] + [tr("Report", "Signatures")]
    if data.audit is not None:
        titles.append(tr("Report", "Appendix: audit history"))
    story = _cover(data, width, titles)
    for title, flowables in sections:
        story += _heading(title)
        story += flowables
    story += _signatures(data, width)
    if data.audit is not None:
        story += audit_appendix(data, data.audit, width)
    return story


def write_casebook(
    data: ReportData,
    target: Path | BinaryIO,
    *,
    paper: str = "a4",
    language: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the participant's casebook as a PDF; returns the number of pages."""
    with language_scope(language):
        data = fresh(data)  # derived texts (findings, reasons) in this document's language
        width = paper_size(paper)[0] - 2 * MARGIN_X
        decor = PageDecor(
            study_line=study_line(data.config),
            document_title=tr("Report", "Participant casebook"),
            participant_label=participant_label(data),
            generated_at=fmt_timestamp(data.generated_at, data.zone),
            status=casebook_status(data),
            trail=data.trail,
        )
        story = casebook_story(data, width)
        return build_pdf(
            story, decor, target, paper=paper, subject=decor.document_title, progress=progress
        )
