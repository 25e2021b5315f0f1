"""The outcomes screen's tables: which column shows what, and whom a click on it traces.

Each factory returns a `RowsModel` over the `core.outcomes` objects as they are; every
number that is a count of participants carries the `TracedNumber` (core.outcomes_text)
that names them, so the screen, `baitp outcomes --detail` and the PDF appendix agree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from baitp_desktop.core.outcomes import AeSummary, Distribution, StudyOutcomes
from baitp_desktop.core.outcomes_text import (
    NONE_TEXT,
    TracedNumber,
    ae_percent,
    ae_traces,
    ci_text,
    days_summary,
    distribution_trace,
    fraction_text,
    percent_text,
    proportion_traces,
    serious_ae_text,
)
from baitp_desktop.core.records import AeOutcome, Relationship
from baitp_desktop.gui.rows_model import RowsModel
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.reports.labels import ae_outcome_text, relationship_text

GRADES = (1, 2, 3, 4, 5)
TimingRow = tuple[str, Distribution | None, StudyOutcomes]


def response_model(parent: QWidget | None = None) -> RowsModel:
    def trace(part: str) -> Any:
        return lambda p: proportion_traces(p)[part]

    columns = [
        Column(
            tr("OutcomesView", "Measure"),
            lambda p: p.label,
            trace=trace("N"),
            tooltip=lambda _p: tr("OutcomesView", "Click: everyone for whom it is due (N)"),
        ),
        Column(
            tr("OutcomesView", "n/N"), fraction_text, True, trace=trace("n"), bold=lambda _p: True
        ),
        Column(tr("OutcomesView", "%"), lambda p: percent_text(p.percent), True, trace=trace("n")),
        Column(
            tr("OutcomesView", "95% CI (%)"),
            ci_text,
            True,
            tooltip=lambda _p: tr("OutcomesView", "Exact (Clopper–Pearson) 95% interval"),
        ),
        Column(
            tr("OutcomesView", "Not assessed"),
            lambda p: str(len(p.missing)),
            True,
            trace=trace("missing"),
            tooltip=lambda _p: tr(
                "OutcomesView", "Due, but no evaluable assessment: counted as not responding"
            ),
        ),
        Column(
            tr("OutcomesView", "Not yet due"),
            lambda p: str(len(p.not_yet_due)),
            True,
            trace=trace("not_yet_due"),
            tooltip=lambda _p: tr("OutcomesView", "Visit window still open: not in N"),
        ),
    ]
    return RowsModel(columns, parent=parent)


def timing_model(parent: QWidget | None = None) -> RowsModel:
    def label(row: TimingRow) -> str:
        _kind, distribution, _ = row
        if distribution is not None:
            return distribution.label
        return tr("Outcomes", "Kaplan–Meier median time to response")

    def value(row: TimingRow) -> str:
        _, distribution, outcomes = row
        if distribution is not None:
            return days_summary(distribution)
        day = outcomes.curve_median_day
        if day is None:
            return tr("Outcomes", "not reached")
        return tr_n("Outcomes", "{days} day", "{days} days", day).format(days=day)

    def trace(row: TimingRow) -> TracedNumber | None:
        _, distribution, _ = row
        return None if distribution is None else distribution_trace(distribution)

    columns = [
        Column(tr("OutcomesView", "Time to and duration of response"), label, trace=trace),
        Column(tr("OutcomesView", "Days"), value, trace=trace),
    ]
    return RowsModel(columns, parent=parent)


def ae_model(parent: QWidget | None = None) -> RowsModel:
    def everyone(summary: AeSummary) -> TracedNumber:
        return ae_traces(summary)[0]

    tip = tr("OutcomesView", "Participants whose worst grade is {grade}")

    def grade_column(grade: int) -> Column:
        def trace(summary: AeSummary) -> TracedNumber | None:
            return ae_traces(summary)[1].get(grade)

        return Column(
            tr("OutcomesView", "G{grade}").format(grade=grade),
            lambda s: str(len(s.by_grade.get(grade, ()))) if s.by_grade.get(grade) else "",
            True,
            trace=trace,
            tooltip=lambda _s: tip.format(grade=grade),
        )

    columns = [
        Column(
            tr("OutcomesView", "CTCAE term"),
            lambda s: s.term,
            trace=everyone,
            bold=lambda s: s.term == tr("Outcomes", "Any adverse event"),
        ),
        Column(tr("OutcomesView", "n"), lambda s: str(len(s.participants)), True, trace=everyone),
        Column(tr("OutcomesView", "%"), ae_percent, True, trace=everyone),
        *(grade_column(g) for g in GRADES),
    ]
    return RowsModel(columns, parent=parent)


def changes_model(parent: QWidget | None = None) -> RowsModel:
    columns = [
        Column(tr("OutcomesView", "What"), lambda t: t.label, trace=lambda t: t),
        Column(tr("OutcomesView", "Count"), lambda t: t.value, trace=lambda t: t),
    ]
    return RowsModel(columns, parent=parent)


def serious_model(parent: QWidget | None = None) -> RowsModel:
    def trace(event: dict[str, Any]) -> TracedNumber:
        return TracedNumber(
            tr("Outcomes", "Serious adverse events"),
            tr("OutcomesView", "Serious adverse event: {term}").format(term=event["term"]),
            serious_ae_text(event),
            (str(event["participant_id"]),),
        )

    def related(event: dict[str, Any]) -> str:
        value = event.get("relationship")
        return relationship_text(Relationship(value)) if value else NONE_TEXT

    def outcome(event: dict[str, Any]) -> str:
        value = event.get("outcome")
        return ae_outcome_text(AeOutcome(value)) if value else NONE_TEXT

    columns = [
        Column(tr("OutcomesView", "Participant"), lambda e: str(e["participant_id"]), trace=trace),
        Column(tr("OutcomesView", "Related"), related, trace=trace),
        Column(tr("OutcomesView", "Outcome"), outcome, trace=trace),
        Column(tr("OutcomesView", "Event"), serious_ae_text, trace=trace),
    ]
    return RowsModel(columns, parent=parent)
