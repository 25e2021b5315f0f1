"""One visit's summary for the site file: what the investigator reviews and signs.

For a scheduled visit: its window and actual date, the visit's count with the response
and the baseline, the WHO bleeding grade, dosing since the last visit, adverse events
ongoing or started since then, rescue therapy, the safety panel with its grades, the
questionnaire (done or missing), medications started or stopped since then, open findings
(explained ones apart) and queries, and the signature block. For screening: the screening
form and the eligibility verdict instead.

Which records it prints is decided by the visit's coverage (core.coverage), the same
object that decides what a signature of the visit locks; a signed visit prints as it was
signed. Nothing printed depends on the printing date once the visit's days are over
(the diary is tallied as of the day after them), so a signed summary reprinted later
shows the same numbers. Only the findings and queries are as of the printing date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from baitp_desktop.core.compliance import dosing_tally
from baitp_desktop.core.coverage import DATE_FIELD_OF_KIND, Coverage, RecordFacts, facts_of
from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.endpoints import visit_assessment
from baitp_desktop.core.signatures import SCREENING_VISIT, SignatureScope
from baitp_desktop.i18n import language_scope, tr, tr_n
from baitp_desktop.reports.form_sections import (
    lab_panels,
    medications_table,
    questionnaire_block,
    questionnaire_visits,
)
from baitp_desktop.reports.labels import (
    date_and_day,
    day_label,
    day_list,
    decision_text,
    discontinuation_reason_text,
    fmt_count,
    fmt_date,
    fmt_percent,
    fmt_timestamp,
    response_text,
    who_grade_text,
)
from baitp_desktop.reports.layout import MARGIN_X, PageDecor, build_pdf, paper_size, study_line
from baitp_desktop.reports.model import (
    ReportData,
    VisitPeriod,
    fresh,
    query_in_period,
    visit_period,
)
from baitp_desktop.reports.screening import screening_section
from baitp_desktop.reports.sections import (
    ae_table,
    findings_table,
    log_table,
    participant_label,
    queries_table,
    study_header,
)
from baitp_desktop.reports.signature_block import signature_block, visit_status
from baitp_desktop.reports.styles import para, styles
from baitp_desktop.reports.tables import Cell, empty_state, field_grid, note

R = TypeVar("R")
# The kinds of record of PROTOCOL.md §10–§12 as core.crf_forms and core.coverage name them.
LAB_KIND = "lab"
QOL_KIND = "qol"
MEDICATION_KIND = "medication"


def _schedule_pairs(data: ReportData, period: VisitPeriod) -> list[tuple[str, Cell]]:
    course = data.course
    visit = (tr("Report", "Visit"), f"{period.name} ({period.visit_id})")
    if period.visit_id == SCREENING_VISIT:
        return [
            visit,
            (tr("Report", "Target"), tr("Report", "before Day 1")),
            (tr("Report", "Actual date"), fmt_date(period.actual)),
        ]
    window = period.window
    if window is None:
        return [
            visit,
            (
                tr("Report", "Target"),
                tr("Report", "Day 1 not set: the visit calendar starts with the first dose."),
            ),
        ]
    definition = window.definition
    actual = (
        date_and_day(course, period.actual)
        if period.actual is not None
        else _missing_text(data, period)
    )
    return [
        visit,
        (
            tr("Report", "Target"),
            f"{day_label(definition.target_day)}: {window.target.isoformat()}",
        ),
        (
            tr("Report", "Window"),
            tr("Report", "Day {first} to {last}: {start} to {end}").format(
                first=definition.first_day,
                last=definition.last_day,
                start=window.first.isoformat(),
                end=window.last.isoformat(),
            ),
        ),
        (tr("Report", "Actual date"), actual),
        (
            tr("Report", "Since last visit"),
            tr("Report", "{first} to {last}").format(
                first=fmt_date(period.first), last=fmt_date(period.last)
            ),
        ),
    ]


def _missing_text(data: ReportData, period: VisitPeriod) -> str:
    assert period.window is not None
    if period.window.first > data.as_of:
        return tr("Report", "not yet due")
    if period.window.last >= data.as_of:
        return tr("Report", "window open, no count yet")
    return tr("Report", "no count in the window (missed visit)")


def _count_section(data: ReportData, period: VisitPeriod, width: float) -> list[Flowable]:
    course = data.course
    parts: list[Flowable] = [para(tr("Report", "Platelet count and response"), styles().h1)]
    if period.actual is None:
        return parts + empty_state(tr("Report", "No platelet count for this visit."))
    assessment = visit_assessment(course, period.visit_id)
    count = course.counts[period.actual]
    grade = course.grades.get(period.actual)
    if assessment is None:
        response = tr("Report", "not a response assessment (before Day 1)")
    else:
        response = response_text(assessment.response)
    pairs: list[tuple[str, Cell]] = [
        (
            tr("Report", "Platelet count"),
            tr("Report", "{count} ×10⁹/L on {date}").format(
                count=fmt_count(count), date=date_and_day(course, period.actual)
            ),
        ),
        (tr("Report", "Baseline count"), _baseline_text(data)),
        (tr("Report", "Response"), para(response, styles().cell_bold)),
        (tr("Report", "WHO bleeding grade"), para(who_grade_text(grade), styles().cell)),
    ]
    config = data.config
    rule = tr(
        "Report",
        "Response at a count with a same-date bleeding grade: CR count {cr} and grade 0; "
        "R count {r} and ≥ {multiple} × baseline and grade 0; otherwise NR; NE without a grade.",
    ).format(cr=config.cr, r=config.r, multiple=fmt_count(config.r_baseline_multiple))
    parts += [field_grid(pairs, width, columns=1, label_fraction=0.24), note(rule)]
    coverage = period.coverage
    others = [
        tr("Report", "{date}: {count}").format(date=date_and_day(course, d), count=fmt_count(v))
        for d, v in course.counts.items()
        if coverage is not None and coverage.shows("count", RecordFacts(d)) and d != period.actual
    ]
    if others:
        parts.append(
            note(
                tr("Report", "Other counts in the window: {counts}").format(
                    counts="; ".join(others)
                )
            )
        )
    return parts


def _baseline_text(data: ReportData) -> str:
    baseline = data.course.baseline
    if baseline is None:
        return tr("Report", "none (no count on or before Day 1)")
    return tr("Report", "{count} ×10⁹/L").format(count=fmt_count(baseline))


def _dosing_section(data: ReportData, period: VisitPeriod, width: float) -> list[Flowable]:
    course = data.course
    title = tr("Report", "Dosing since the last visit")
    parts: list[Flowable] = [para(title, styles().h1)]
    coverage = period.coverage
    first = None if coverage is None else coverage.dosing_first
    last = period.last
    if coverage is None or first is None or last is None:
        return parts + empty_state(tr("Report", "Not dosed yet."))
    # Once the visit's days are over, its diary is tallied as of the day after them (the
    # same whenever it is printed); while they run, as of the printing date.
    evaluated = last + timedelta(days=1) if last <= data.as_of else data.as_of
    tally = dosing_tally(course, first, last, evaluated)
    pairs: list[tuple[str, Cell]] = [
        (
            tr("Report", "Period"),
            tr("Report", "{first} to {last}").format(
                first=date_and_day(course, first), last=date_and_day(course, last)
            ),
        ),
        (tr("Report", "Expected dosing days"), str(len(tally.expected))),
        (
            tr("Report", "Dose taken"),
            tr_n("Report", "{n} day ({percent})", "{n} days ({percent})", len(tally.taken)).format(
                n=len(tally.taken), percent=fmt_percent(tally.fraction)
            ),
        ),
        (tr("Report", "Missed (recorded)"), para(_days(data, tally.missed), styles().cell)),
        (tr("Report", "No diary entry"), para(_days(data, tally.unrecorded), styles().cell)),
        (
            tr("Report", "Taken when not expected"),
            para(_days(data, tally.taken_unexpected), styles().cell),
        ),
    ]
    for interruption in course.interruptions:
        end = interruption.last
        if interruption.first <= last and (end is None or end >= first):
            ongoing = end is None or end > last  # its end is not part of this visit
            pairs.append(
                (
                    tr("Report", "Interrupted"),
                    tr("Report", "{first} to {last}").format(
                        first=date_and_day(course, interruption.first),
                        last=tr("Report", "ongoing") if ongoing else date_and_day(course, end),
                    ),
                )
            )
    for decision in course.participant.dosing_decisions:
        if coverage.shows("decision", facts_of("decision", decision)):
            pairs.append(
                (
                    tr("Report", "Dosing decision"),
                    para(
                        f"{date_and_day(course, decision.date)}: "
                        f"{decision_text(decision.action)} — {decision.reason}",
                        styles().cell,
                    ),
                )
            )
    stop = course.participant.discontinuation
    if stop is not None and coverage.covers_field("discontinuation_date", stop.date):
        pairs.append(
            (
                tr("Report", "Discontinued"),
                f"{date_and_day(course, stop.date)}: {discontinuation_reason_text(stop.reason)}",
            )
        )
    return [*parts, field_grid(pairs, width, columns=1, label_fraction=0.24)]


def _days(data: ReportData, days: Sequence[date]) -> str:
    return day_list(data.course, days) if days else tr("Report", "none")


def _shown(coverage: Coverage | None, kind: str, records: Sequence[R]) -> list[R]:
    """The records of `kind` this visit's summary prints (what its signature covers)."""
    if coverage is None or not placed_by_coverage(kind):
        return []
    return [r for r in records if coverage.shows(kind, facts_of(kind, r))]


def _plain_logs(data: ReportData, period: VisitPeriod, width: float) -> list[Flowable]:
    """Each plain log's records since the last visit (rescue therapy, …), as the visit's
    signature covers them."""
    story: list[Flowable] = []
    for kind in RECORD_KINDS:
        if not kind.plain_log:
            continue
        records = _shown(period.coverage, kind.kind, getattr(data.participant, kind.attribute))
        story += [
            para(
                tr("Report", "{form} since the last visit").format(form=kind.title()),
                styles().h1,
            ),
            *log_table(
                data, kind, records, width, none_text=tr("Report", "None since the last visit.")
            ),
        ]
    return story


def placed_by_coverage(kind: str) -> bool:
    """Whether core.coverage places records of `kind` in a visit (and so a signature locks
    what the summary prints of them)."""
    return kind in DATE_FIELD_OF_KIND


def _form_sections(data: ReportData, period: VisitPeriod, width: float) -> list[Flowable]:
    """The visit's safety panel with its grades, its questionnaire (done or missing), and the
    medications started or stopped since the last visit, as the signature covers them.

    A section whose kind coverage does not place is left out rather than printed empty, so
    the summary never says "none" or "missing" about records it cannot show.
    """
    participant, coverage = data.participant, period.coverage
    story: list[Flowable] = []
    if placed_by_coverage(LAB_KIND):
        story += [
            CondPageBreak(30 * mm),
            para(tr("Report", "Safety laboratory panel"), styles().h1),
            *lab_panels(
                data,
                _shown(coverage, LAB_KIND, participant.lab_panels),
                width,
                none_text=tr("Report", "No panel since the last visit."),
            ),
        ]
    if placed_by_coverage(QOL_KIND):
        story += [
            para(tr("Report", "Quality of life questionnaire"), styles().h1),
            *_questionnaire(data, period, width),
        ]
    if placed_by_coverage(MEDICATION_KIND):
        story += [
            para(tr("Report", "Medications started or stopped since the last visit"), styles().h1),
            *medications_table(
                data,
                _shown(coverage, MEDICATION_KIND, participant.medications),
                width,
                none_text=tr("Report", "None started or stopped since the last visit."),
            ),
        ]
    return story


def _questionnaire(data: ReportData, period: VisitPeriod, width: float) -> list[Flowable]:
    """At a QoL visit: the questionnaire it uses, or that it is missing; elsewhere any
    questionnaire the visit's period holds."""
    shown = _shown(period.coverage, QOL_KIND, data.participant.questionnaires)
    used = questionnaire_visits(data)
    story: list[Flowable] = []
    if period.visit_id in data.config.qol.visits:
        mine = [q for q in shown if used.get(q.date) == period.visit_id]
        if not mine:
            story.append(para(_missing_questionnaire(data, period), styles().cell_bold))
        shown = mine + [q for q in shown if q not in mine]
    elif not shown:
        story += empty_state(tr("Report", "No questionnaire is due at this visit."))
    for questionnaire in shown:
        story += questionnaire_block(data, questionnaire, width, used.get(questionnaire.date))
    return story


def _missing_questionnaire(data: ReportData, period: VisitPeriod) -> str:
    window = period.window
    if window is not None and window.last >= data.as_of:
        return tr("Report", "Questionnaire due: not done yet (window open).")
    return tr("Report", "Questionnaire missing: none was done for this visit.")


def visit_summary_story(data: ReportData, visit_id: str, width: float) -> list[Flowable]:
    period = visit_period(data, visit_id)
    story: list[Flowable] = [
        para(tr("Report", "Visit summary: {visit}").format(visit=period.name), styles().title),
        study_header(data, width, _schedule_pairs(data, period)),
        Spacer(0, 4),
    ]
    in_period = [
        f
        for f in data.all_findings
        if f.record == f"visit:{visit_id}"
        or (
            period.first is not None
            and period.last is not None
            and period.first <= f.date <= period.last
        )
    ]
    queries = [q for q in data.queries if q.is_open and query_in_period(data, q, period)]
    if visit_id == SCREENING_VISIT:
        story += [
            para(tr("Report", "Screening and eligibility"), styles().h1),
            *screening_section(data, width, with_day1=False),
        ]
    else:
        story += _count_section(data, period, width)
        story += _dosing_section(data, period, width)
        story += [
            CondPageBreak(30 * mm),
            para(
                tr("Report", "Adverse events ongoing or started since the last visit"), styles().h1
            ),
            *ae_table(
                data,
                _shown(period.coverage, "ae", data.participant.adverse_events),
                width,
                none_text=tr("Report", "None ongoing or started since the last visit."),
            ),
        ]
        story += _plain_logs(data, period, width)
        story += _form_sections(data, period, width)
    story += [
        para(tr("Report", "Open findings and queries"), styles().h1),
        note(tr("Report", "Findings as of {date}.").format(date=data.as_of.isoformat())),
        *findings_table(data, in_period, width),
    ]
    if queries:
        story += [Spacer(0, 4), *queries_table(data, queries, width)]
    else:
        story += empty_state(tr("Report", "No open queries."))
    signatures = list(data.visit_signatures(visit_id))
    if data.casebook_signature is not None:
        signatures.append(data.casebook_signature)
    broken = [
        s
        for s in data.broken_signatures
        if s.visit_id == visit_id or s.scope is SignatureScope.CASEBOOK
    ]
    story += [
        Spacer(0, 6),
        *signature_block(
            data,
            signatures,
            width,
            unsigned_note=tr("Report", "This visit was not signed electronically when printed."),
            sdv=data.sdv_mark(visit_id),
            broken=broken,
        ),
    ]
    return story


def write_visit_summary(
    data: ReportData,
    visit_id: str,
    target: Path | BinaryIO,
    *,
    paper: str = "a4",
    language: str | None = None,
) -> int:
    """Write one visit's summary as a PDF; returns the number of pages."""
    with language_scope(language):
        data = fresh(data)  # derived texts (findings, reasons) in this document's language
        period = visit_period(data, visit_id)  # refuses an unknown visit before any work
        width = paper_size(paper)[0] - 2 * MARGIN_X
        decor = PageDecor(
            study_line=study_line(data.config),
            document_title=tr("Report", "Visit summary: {visit}").format(visit=period.name),
            participant_label=participant_label(data),
            generated_at=fmt_timestamp(data.generated_at, data.zone),
            status=visit_status(data, visit_id),
            trail=data.trail,
        )
        story = visit_summary_story(data, visit_id, width)
        return build_pdf(story, decor, target, paper=paper, subject=decor.document_title)
