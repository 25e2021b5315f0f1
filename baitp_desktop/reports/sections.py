"""Sections the visit summary and the casebook share: the study header, findings, adverse
events, the plain logs (rescue therapy, …, laid out from their declarations) and queries,
each as a table in the printed language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from baitp_desktop.core import vocabulary
from baitp_desktop.core.findings import Finding, severity_summary
from baitp_desktop.core.forms import FieldSpec, FieldType, RecordKind
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.queries import Query, QueryStatus
from baitp_desktop.core.records import AdverseEvent
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.reports.fonts import has_wide_characters, markup
from baitp_desktop.reports.labels import (
    NOT_AVAILABLE,
    ae_action_text,
    ae_outcome_text,
    date_and_day,
    date_over_day,
    fmt_timestamp,
    relationship_text,
    severity_text,
    yes_no,
)
from baitp_desktop.reports.model import ReportData
from baitp_desktop.reports.styles import (
    SEVERITY_COLOURS,
    SEVERITY_SYMBOLS,
    cell,
    para,
    rich,
    styles,
)
from baitp_desktop.reports.tables import Cell, data_table, empty_state, field_grid


def participant_label(data: ReportData) -> str:
    """Participant id and initials (a CRF never prints a name)."""
    return tr("Report", "Participant {pid} ({initials})").format(
        pid=data.participant_id, initials=data.participant.initials
    )


def study_header(data: ReportData, width: float, more: Sequence[tuple[str, Cell]] = ()) -> Flowable:
    config = data.config
    pairs: list[tuple[str, Cell]] = [
        (tr("Report", "Study"), para(tr("Report", config.title), styles().cell)),
        (tr("Report", "Protocol"), f"{config.protocol_id} / {config.registry_id}"),
        (tr("Report", "Site"), para(tr("Report", config.site), styles().cell)),
        (
            tr("Report", "Participant"),
            tr("Report", "{pid}, initials {initials}").format(
                pid=data.participant_id, initials=data.participant.initials
            ),
        ),
        *more,
    ]
    return field_grid(pairs, width, columns=2, label_fraction=0.3)


def severity_cell(finding: Finding) -> Paragraph:
    colour = SEVERITY_COLOURS[finding.severity].hexval().replace("0x", "#")
    word = severity_text(finding.severity)
    text = f'<font color="{colour}">{SEVERITY_SYMBOLS[finding.severity]}</font> {markup(word)}'
    return rich(text, styles().cell, wide=has_wide_characters(word))


def open_and_explained(findings: Sequence[Finding]) -> tuple[list[Finding], list[Finding]]:
    """The findings nobody has explained, and those with an explanation (PROTOCOL.md §13):
    an explained finding still stands, but it is printed and counted apart."""
    return (
        [f for f in findings if f.explained is None],
        [f for f in findings if f.explained is not None],
    )


def findings_count_text(findings: Sequence[Finding]) -> str:
    """'2 major, 0 minor, 1 query; 3 explained': open findings by severity, explained apart."""
    open_findings, explained = open_and_explained(findings)
    summary = severity_summary(open_findings)
    if not explained:
        return summary
    return tr("Report", "{open}; {n} explained").format(open=summary, n=len(explained))


def findings_table(data: ReportData, findings: Sequence[Finding], width: float) -> list[Flowable]:
    """The open findings; the explained ones follow in their own table with the reason."""
    open_findings, explained = open_and_explained(findings)
    story: list[Flowable] = []
    if open_findings:
        rows = [
            [
                severity_cell(f),
                cell(date_over_day(data.course, f.date)),
                para(f.code, styles().code),
                para(f.message, styles().cell),
            ]
            for f in open_findings
        ]
        header = [
            tr("Report", "Severity"),
            tr("Report", "Date"),
            tr("Report", "Code"),
            tr("Report", "Finding"),
        ]
        story.append(data_table(header, rows, (0.1, 0.13, 0.26, 0.51), width))
    else:
        story += empty_state(tr("Report", "No open findings."))
    if explained:
        story += [
            para(
                tr_n(
                    "Report",
                    "Explained finding ({n}): it stands, with the reason given",
                    "Explained findings ({n}): they stand, with the reasons given",
                    len(explained),
                ).format(n=len(explained)),
                styles().h2,
            ),
            data_table(
                [
                    tr("Report", "Severity"),
                    tr("Report", "Date"),
                    tr("Report", "Code"),
                    tr("Report", "Finding"),
                    tr("Report", "Explanation"),
                ],
                [
                    [
                        severity_cell(f),
                        cell(date_over_day(data.course, f.date)),
                        para(f.code, styles().code),
                        para(f.message, styles().cell),
                        para(f.explained or "", styles().cell),
                    ]
                    for f in explained
                ],
                (0.1, 0.13, 0.2, 0.3, 0.27),
                width,
            ),
        ]
    return story


def ae_table(
    data: ReportData, events: Sequence[AdverseEvent], width: float, *, none_text: str = ""
) -> list[Flowable]:
    if not events:
        return empty_state(none_text or tr("Report", "No adverse events recorded."))
    course = data.course
    rows = []
    for ae in events:
        resolved = date_over_day(course, ae.resolved) if ae.resolved else tr("Report", "ongoing")
        serious = yes_no(ae.serious)
        if ae.serious:
            serious += "\n" + tr("Report", "aware {aware}\nreported {reported}").format(
                aware=ae.aware_date.isoformat() if ae.aware_date else NOT_AVAILABLE,
                reported=ae.reported_date.isoformat() if ae.reported_date else NOT_AVAILABLE,
            )
        rows.append(
            [
                str(ae.number),
                para(ae.term, styles().cell),
                str(ae.grade),
                cell(date_over_day(course, ae.onset)),
                cell(resolved),
                cell(serious),
                cell(relationship_text(ae.relationship)),
                cell(ae_action_text(ae.action)),
                cell(ae_outcome_text(ae.outcome)),
            ]
        )
    header = [
        tr("Report", "No."),
        tr("Report", "CTCAE term"),
        tr("Report", "Grade"),
        tr("Report", "Onset"),
        tr("Report", "Resolved"),
        tr("Report", "Serious"),
        tr("Report", "Related"),
        tr("Report", "Action"),
        tr("Report", "Outcome"),
    ]
    fractions = (0.045, 0.2, 0.07, 0.12, 0.12, 0.14, 0.095, 0.095, 0.115)
    return [data_table(header, rows, fractions, width, right=(0, 2))]


def field_text(data: ReportData, spec: FieldSpec, value: object) -> Cell:
    """A stored value as the paper shows it: dates with their study day, coded values and
    suggested texts in words, yes/no, numbers without a spurious `.0`."""
    if value is None:
        return NOT_AVAILABLE
    if isinstance(value, date) and spec.datatype is FieldType.DATE:
        return cell(date_and_day(data.course, value))
    if isinstance(value, bool):
        return cell(yes_no(value))
    if isinstance(value, StrEnum):
        return cell(vocabulary.label(value, NOT_AVAILABLE))
    if isinstance(value, int | float):
        return fmt_number(value)
    text = str(value)
    if text in spec.suggestions:
        text = tr(spec.context, text)
    return para(text, styles().cell)


_WEIGHTS = {FieldType.DATE: 0.24, FieldType.BOOLEAN: 0.1, FieldType.CHOICE: 0.18}


def column_weight(spec: FieldSpec) -> float:
    """A field's share of a table's width: free text takes what the others leave."""
    if spec.datatype in (FieldType.INTEGER, FieldType.FLOAT):
        return 0.1
    return _WEIGHTS.get(spec.datatype, 0.5)


def log_table(
    data: ReportData,
    kind: RecordKind,
    records: Sequence[Any],
    width: float,
    *,
    none_text: str = "",
) -> list[Flowable]:
    """A plain log (rescue therapy, …) as its declaration says: its number, then every field
    a person enters, in date order."""
    if not records:
        return empty_state(none_text or tr("Report", "None recorded."))
    fields = kind.entry_fields
    rows = [
        [
            *([str(record.number)] if kind.numbered else []),
            *(field_text(data, spec, getattr(record, spec.name)) for spec in fields),
        ]
        for record in sorted(records, key=kind.record_date)
    ]
    header = [
        *([tr("Report", "No.")] if kind.numbered else []),
        *(spec.title() for spec in fields),
    ]
    fractions = (*([0.06] if kind.numbered else []), *(column_weight(s) for s in fields))
    return [data_table(header, rows, fractions, width, right=(0,) if kind.numbered else ())]


def query_status_text(status: QueryStatus) -> str:
    return {
        QueryStatus.NEW: tr("Report", "open"),
        QueryStatus.ANSWERED: tr("Report", "answered"),
        QueryStatus.CLOSED: tr("Report", "closed"),
    }[status]


def queries_table(
    data: ReportData, queries: Sequence[Query], width: float, *, thread: bool = False
) -> list[Flowable]:
    """Queries with their last message, or (`thread`) every message of each."""
    if not queries:
        return empty_state(tr("Report", "No queries."))
    rows = []
    for query in sorted(queries, key=lambda q: q.number):
        messages = query.messages if thread else query.messages[-1:]
        lines = [
            tr("Report", "{when} {name}: {text}").format(
                when=fmt_timestamp(m.at_utc, data.zone), name=m.printed_name, text=m.text
            )
            for m in messages
        ]
        rows.append(
            [
                str(query.number),
                para(query.target.label, styles().cell),
                cell(query_status_text(query.status)),
                para("\n".join(lines) or NOT_AVAILABLE, styles().cell),
            ]
        )
    header = [
        tr("Report", "No."),
        tr("Report", "About"),
        tr("Report", "Status"),
        tr("Report", "Messages") if thread else tr("Report", "Last message"),
    ]
    return [data_table(header, rows, (0.06, 0.26, 0.1, 0.58), width, right=(0,))]
