"""The screening form on paper: the answers, the derived I4/E11, the labs and the verdict.

The verdict and every reason come from `core.eligibility` (the same result the screening
tab shows and the validator raises findings from); the report only lays them out.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from baitp_desktop.core.eligibility import lab_failure
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import EXCLUSION_ITEMS, INCLUSION_ITEMS
from baitp_desktop.i18n import tr
from baitp_desktop.reports.labels import (
    NOT_AVAILABLE,
    criterion_text,
    fmt_count,
    fmt_date,
    sex_text,
    yes_no,
)
from baitp_desktop.reports.model import ReportData
from baitp_desktop.reports.styles import cell, para, styles
from baitp_desktop.reports.tables import data_table, field_grid


def _verdict(data: ReportData) -> list[Flowable]:
    result = data.course.eligibility
    if result.eligible:
        return [para(tr("Report", "Eligible: every criterion is met."), styles().bold)]
    parts: list[Flowable] = [para(tr("Report", "Not eligible:"), styles().bold)]
    parts.extend(para(f"• {reason}", styles().body) for reason in result.reasons)
    return parts


def screening_facts(data: ReportData, width: float, *, with_day1: bool = True) -> Flowable:
    """The screening form's facts; the screening visit's summary leaves out Day 1, which is
    set at enrolment and is not part of what the screening signature covers."""
    participant = data.participant
    screening = participant.screening
    result = data.course.eligibility
    pairs = [
        (tr("Report", "Sex"), sex_text(participant.sex)),
        (tr("Report", "Birth date"), fmt_date(participant.birth_date)),
        (tr("Report", "Consent date"), fmt_date(participant.consent_date)),
        (tr("Report", "Age at consent"), tr("Report", "{n} years").format(n=result.age_years)),
        (tr("Report", "Screening date"), fmt_date(screening.date)),
        (tr("Report", "Screening count"), _count_with_unit(screening.platelets)),
        (tr("Report", "Significant bleeding"), yes_no(screening.significant_bleeding)),
    ]
    if with_day1:
        pairs.append((tr("Report", "Day 1 (first dose)"), fmt_date(participant.first_dose_date)))
    return field_grid(pairs, width, columns=2)


def _count_with_unit(value: float | None) -> str:
    if value is None:
        return tr("Report", "not done")
    return tr("Report", "{count} ×10⁹/L").format(count=fmt_count(value))


def criteria_table(data: ReportData, width: float) -> Flowable:
    screening = data.participant.screening
    result = data.course.eligibility
    rows = []
    for item in INCLUSION_ITEMS:
        answer = screening.inclusion.get(item)
        rows.append(
            [
                item,
                para(criterion_text(item), styles().cell),
                cell(yes_no(answer)),
                cell(_met(answer is True)),
            ]
        )
        if item == "I3":  # I4 sits between I3 and I5, derived from the screening count
            rows.append(
                [
                    "I4",
                    para(criterion_text("I4"), styles().cell),
                    cell(yes_no(result.i4_met)),
                    cell(_met(result.i4_met)),
                ]
            )
    for item in EXCLUSION_ITEMS:
        answer = screening.exclusion.get(item)
        rows.append(
            [
                item,
                para(criterion_text(item), styles().cell),
                cell(yes_no(answer)),
                cell(_met(answer is False)),
            ]
        )
    rows.append(
        [
            "E11",
            para(criterion_text("E11"), styles().cell),
            cell(yes_no(result.e11_met)),
            cell(_met(not result.e11_met)),
        ]
    )
    header = [
        tr("Report", "Item"),
        tr("Report", "Criterion"),
        tr("Report", "Answer"),
        tr("Report", "Result"),
    ]
    return data_table(header, rows, (0.06, 0.64, 0.14, 0.16), width)


def _met(ok: bool) -> str:
    return tr("Report", "fulfilled") if ok else tr("Report", "NOT fulfilled")


def labs_table(data: ReportData, width: float) -> Flowable:
    labs = data.participant.screening.labs
    rows = []
    for lab in data.config.lab_limits:
        value = getattr(labs, lab.key, None)
        uln = getattr(labs, f"{lab.key}_uln", None) if lab.uses_uln else None
        if lab.uses_uln:
            limit = f"{lab.comparison} {fmt_number(lab.times_uln or 0)} × ULN"
        else:
            limit = f"{lab.comparison} {fmt_number(lab.limit or 0)} {lab.unit}".strip()
        failure = lab_failure(lab, value, uln)
        rows.append(
            [
                cell(tr("Lab", lab.label)),
                NOT_AVAILABLE if value is None else fmt_number(value),
                NOT_AVAILABLE if uln is None else fmt_number(uln),
                cell(limit),
                para(failure or tr("Report", "within limits"), styles().cell),
            ]
        )
    header = [
        tr("Report", "Lab"),
        tr("Report", "Value"),
        tr("Report", "ULN"),
        tr("Report", "Excluded when"),
        tr("Report", "Result"),
    ]
    return data_table(header, rows, (0.18, 0.11, 0.1, 0.22, 0.39), width, right=(1, 2))


def screening_section(data: ReportData, width: float, *, with_day1: bool = True) -> list[Flowable]:
    """Facts, verdict, criteria and labs (the casebook section and the screening summary)."""
    return [
        screening_facts(data, width, with_day1=with_day1),
        Spacer(0, 4),
        *_verdict(data),
        para(tr("Report", "Inclusion and exclusion criteria"), styles().h2),
        criteria_table(data, width),
        para(tr("Report", "Screening labs (E11)"), styles().h2),
        labs_table(data, width),
    ]
