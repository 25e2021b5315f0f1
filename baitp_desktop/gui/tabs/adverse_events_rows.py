"""Rows and columns of the AE log, and the words of its coded values.

The AE log shows, per AE, whether its term is a CTCAE v5.0 term or still "to be coded"
(a badge, from `core.ctcae`), its grade with the term's own meaning in the tooltip, the
dates with their study day, seriousness with the reporting dates, and the assessment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor

from baitp_desktop.core.ctcae import TermList, generic_grade_meaning
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.records import (
    AdverseEvent,
    AeAction,
    AeOutcome,
    Relationship,
)
from baitp_desktop.core.vocabulary import label
from baitp_desktop.gui.contract import ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import MUTED_TEXT, severity_tint
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.i18n import tr


def relationship_label(value: Relationship | None) -> str:
    return label(value)


def action_label(value: AeAction | None) -> str:
    return label(value)


def outcome_label(value: AeOutcome | None) -> str:
    return label(value)


def to_be_coded_text() -> str:
    return tr("AE", "to be coded")


@dataclass(frozen=True)
class AeRow:
    record: AdverseEvent
    coded: bool
    onset: str
    resolved: str
    serious: str
    grade_meaning: str
    keys: tuple[str, ...]
    placeholder: bool = False


def _dated(day: date | None, day1: date | None) -> str:
    if day is None:
        return ""
    study = study_day_text(day, day1)
    return f"{format_date(day)} · {study}" if study else format_date(day)


def ae_rows(snapshot: ParticipantSnapshot, terms: TermList) -> list[AeRow]:
    day1 = snapshot.course.day1
    rows = []
    for ae in sorted(snapshot.participant.adverse_events, key=lambda a: a.number):
        serious = ""
        if ae.serious:
            serious = tr("AE", "SAE")
            if ae.reported_date is not None:
                serious += " · " + tr("AE", "reported {date}").format(
                    date=format_date(ae.reported_date)
                )
            else:
                serious += " · " + tr("AE", "not yet reported")
        rows.append(
            AeRow(
                record=ae,
                coded=terms.is_coded(ae.term),
                onset=_dated(ae.onset, day1),
                resolved=_dated(ae.resolved, day1) if ae.resolved else tr("AE", "ongoing"),
                serious=serious,
                grade_meaning=terms.grade_meaning(ae.term, ae.grade)
                or generic_grade_meaning(ae.grade),
                keys=(f"ae:{ae.number}",),
            )
        )
    return rows


def ae_columns() -> list[Column]:
    badge = (to_be_coded_text(), severity_tint(Severity.MINOR).darker(115))

    def sae_tooltip(row: AeRow) -> str | None:
        ae = row.record
        if not ae.serious:
            return None
        aware = format_date(ae.aware_date) if ae.aware_date else "—"
        reported = format_date(ae.reported_date) if ae.reported_date else "—"
        return tr("AE", "Site aware {aware} · reported to the sponsor {reported}").format(
            aware=aware, reported=reported
        )

    return [
        Column(tr("AE", "No."), lambda r: str(r.record.number), align_right=True),
        Column(
            tr("AE", "CTCAE v5.0 term"),
            lambda r: r.record.term,
            tooltip=lambda r: (
                None if r.coded else tr("AE", "Not a CTCAE v5.0 term: saved as typed, to be coded.")
            ),
        ),
        Column(
            tr("AE", "Coding"),
            lambda r: "✓ CTCAE" if r.coded else to_be_coded_text(),
            foreground=lambda r: QColor(MUTED_TEXT) if r.coded else None,
            badge=lambda r: None if r.coded else badge,
            bold=lambda r: not r.coded,
        ),
        Column(
            tr("AE", "Grade"),
            lambda r: str(r.record.grade),
            align_right=True,
            tooltip=lambda r: r.grade_meaning,
            bold=lambda r: r.record.grade >= 3,
        ),
        Column(tr("AE", "Onset"), lambda r: r.onset),
        Column(tr("AE", "Resolved"), lambda r: r.resolved),
        Column(
            tr("AE", "Serious"),
            lambda r: r.serious,
            tooltip=sae_tooltip,
            bold=lambda r: r.record.serious,
        ),
        Column(tr("AE", "Relationship"), lambda r: relationship_label(r.record.relationship)),
        Column(tr("AE", "Action"), lambda r: action_label(r.record.action)),
        Column(tr("AE", "Outcome"), lambda r: outcome_label(r.record.outcome)),
    ]
