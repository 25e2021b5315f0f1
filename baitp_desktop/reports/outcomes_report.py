"""The study outcomes PDF: the registry's outcome measures over all dosed participants.

Same page template, fonts and tables as the casebook (reports.layout/tables/styles), so a
printed outcomes report files beside the casebooks. Contents, in the order an investigator
reads them: the participant flow, the response measures with exact 95 % confidence
intervals, time to and duration of response with the cumulative-response curve, the
platelet trajectories of all participants in one chart, bleeding events, adverse events by
CTCAE term and worst grade, serious adverse events, interruptions, discontinuations and
rescue therapy, the worst safety-lab grade per analyte, the HRQoL change table,
prohibited and caution medications, and an appendix naming the participants behind every
number.

Every number comes from `core.outcomes` / `core.outcomes_text`; nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import BinaryIO, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.outcomes import StudyOutcomes
from baitp_desktop.core.outcomes_charts import curve_chart, trajectory_chart
from baitp_desktop.core.outcomes_text import (
    NONE_TEXT,
    TracedNumber,
    ae_percent,
    ci_text,
    days_summary,
    discontinuation_label,
    flow_parts,
    fraction_text,
    not_eligible_note,
    percent_text,
    serious_ae_text,
    traced_numbers,
)
from baitp_desktop.core.records import AeOutcome, Relationship
from baitp_desktop.i18n import language_scope, tr, tr_n
from baitp_desktop.reports.labels import (
    ae_outcome_text,
    fmt_count,
    fmt_timestamp,
    relationship_text,
)
from baitp_desktop.reports.layout import (
    MARGIN_X,
    PageDecor,
    TrailStamp,
    build_pdf,
    paper_size,
    study_line,
)
from baitp_desktop.reports.outcomes_charts import CurveFlowable, FlowDiagram, TrajectoryFlowable
from baitp_desktop.reports.outcomes_forms import form_outcome_tables
from baitp_desktop.reports.styles import cell, para, styles
from baitp_desktop.reports.tables import Cell, data_table, empty_state, field_grid, note

GRADES = (1, 2, 3, 4, 5)
E = TypeVar("E", bound=Enum)


def _heading(text: str) -> list[Flowable]:
    return [CondPageBreak(40 * mm), para(text, styles().h1)]


def _header(outcomes: StudyOutcomes, config: ProtocolConfig, width: float) -> list[Flowable]:
    pairs = [
        (tr("Report", "Study"), para(tr("Report", config.title), styles().cell)),
        (tr("Report", "Protocol"), f"{config.protocol_id} / {config.registry_id}"),
        (tr("Report", "Site"), para(tr("Report", config.site), styles().cell)),
        (tr("Outcomes", "Data as of"), outcomes.as_of.isoformat()),
    ]
    return [
        para(tr("Outcomes", "Study outcomes"), styles().title),
        field_grid(pairs, width, columns=2, label_fraction=0.3),
        note(
            tr(
                "Outcomes",
                "Computed from the data as entered, over all dosed participants. A measure's "
                "N counts those for whom it is due: a participant who missed the visit counts "
                "as not responding; one whose visit window is still open is left out and "
                "listed as not yet due. Exact (Clopper–Pearson) 95% confidence intervals.",
            )
        ),
    ]


def _flow(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    parts = [(label, n) for _, label, n in flow_parts(outcomes)]
    story: list[Flowable] = [
        *_heading(tr("Outcomes", "Participant flow")),
        FlowDiagram(parts, width),
    ]
    extra = not_eligible_note(outcomes)
    if extra:
        story.append(note(extra))
    return story


def _responses(outcomes: StudyOutcomes, config: ProtocolConfig, width: float) -> list[Flowable]:
    header = [
        tr("Outcomes", "Measure"),
        tr("Outcomes", "n/N"),
        tr("Outcomes", "%"),
        tr("Outcomes", "95% CI (%)"),
        tr("Outcomes", "Not assessed"),
        tr("Outcomes", "Not yet due"),
    ]
    rows = [
        [
            para(p.label, styles().cell),
            fraction_text(p),
            percent_text(p.percent),
            ci_text(p),
            str(len(p.missing)),
            str(len(p.not_yet_due)),
        ]
        for p in outcomes.responses
    ]
    chart = curve_chart(outcomes, config)
    timing = [
        (outcomes.time_to_response.label, days_summary(outcomes.time_to_response)),
        (
            tr("Outcomes", "Kaplan–Meier median time to response"),
            tr("Outcomes", "not reached")
            if outcomes.curve_median_day is None
            else tr_n("Outcomes", "{days} day", "{days} days", outcomes.curve_median_day).format(
                days=outcomes.curve_median_day
            ),
        ),
        (outcomes.duration_of_response.label, days_summary(outcomes.duration_of_response)),
    ]
    return [
        *_heading(tr("Outcomes", "Response")),
        data_table(header, rows, (0.42, 0.1, 0.1, 0.16, 0.11, 0.11), width, right=(1, 2, 3, 4, 5)),
        note(
            tr(
                "Outcomes",
                "Not assessed: due but without an evaluable assessment (no count in the "
                "window, or no bleeding grade on its date); counted as not responding.",
            )
        ),
        para(tr("Outcomes", "Time to response and duration of response"), styles().h2),
        field_grid([(k, cell(v)) for k, v in timing], width, columns=1, label_fraction=0.4),
        Spacer(0, 2 * mm),
        KeepTogether(
            [
                para(tr("Outcomes", "Cumulative response"), styles().h2),
                CurveFlowable(chart, width),
                note(
                    tr(
                        "Outcomes",
                        "Responders count at their first CR or R; participants without a "
                        "response are censored at their last assessment.",
                    )
                ),
            ]
        ),
    ]


def _trajectories(outcomes: StudyOutcomes, config: ProtocolConfig, width: float) -> list[Flowable]:
    chart = trajectory_chart(outcomes, config)
    if not chart.lines:
        return [
            *_heading(tr("Outcomes", "Platelet trajectories")),
            *empty_state(tr("Outcomes", "No visit counts yet.")),
        ]
    return [
        KeepTogether(
            [
                *_heading(tr("Outcomes", "Platelet trajectories")),
                TrajectoryFlowable(chart, width),
                note(
                    tr(
                        "Outcomes",
                        "Each grey line is one participant's visit counts; the blue line and "
                        "band are the median and interquartile range of the counts at each "
                        "scheduled visit (n below); dashed lines are the response thresholds.",
                    )
                ),
            ]
        )
    ]


def _safety(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    story: list[Flowable] = [*_heading(tr("Outcomes", "Bleeding events (WHO grade ≥ 2)"))]
    bleeders = [(pid, n) for pid, n in outcomes.bleeding_events.items() if n]
    total = sum(n for _, n in bleeders)
    summary = tr_n(
        "Outcomes",
        "{total} event in {n} of {dosed} dosed participants.",
        "{total} events in {n} of {dosed} dosed participants.",
        total,
    ).format(total=total, n=len(bleeders), dosed=outcomes.dosed_count)
    if bleeders:
        listing = ", ".join(
            tr("Outcomes", "{pid}: {n}").format(pid=pid, n=n) for pid, n in bleeders
        )
        summary += " " + tr("Outcomes", "Events per participant: {listing}.").format(
            listing=listing
        )
    story.append(para(summary, styles().body))
    story += _adverse_event_table(outcomes, width)
    story += _serious_table(outcomes, width)
    story += _changes(outcomes, width)
    return story


def _adverse_event_table(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        *_heading(tr("Outcomes", "Adverse events by CTCAE term and worst grade"))
    ]
    if not outcomes.adverse_events:
        return story + empty_state(tr("Outcomes", "No treatment-emergent adverse events."))
    summaries = [outcomes.any_adverse_event] if outcomes.any_adverse_event else []
    summaries += list(outcomes.adverse_events)
    header = [
        tr("Outcomes", "CTCAE term"),
        tr("Outcomes", "Participants"),
        tr("Outcomes", "%"),
        *(tr("Outcomes", "Grade {grade}").format(grade=g) for g in GRADES),
    ]
    rows = [
        [
            para(s.term, styles().cell_bold if s is outcomes.any_adverse_event else styles().cell),
            str(len(s.participants)),
            ae_percent(s),
            *(str(len(s.by_grade.get(g, ()))) for g in GRADES),
        ]
        for s in summaries
    ]
    fractions = (0.34, 0.13, 0.08, *(0.09,) * 5)
    story.append(data_table(header, rows, fractions, width, right=(1, 2, 3, 4, 5, 6, 7)))
    story.append(
        note(
            tr(
                "Outcomes",
                "Treatment-emergent events (onset on or after Day 1). Each participant is "
                "counted once per term, under the worst grade; % of {dosed} dosed.",
            ).format(dosed=outcomes.dosed_count)
        )
    )
    return story


def _serious_table(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    story: list[Flowable] = [*_heading(tr("Outcomes", "Serious adverse events"))]
    serious = outcomes.serious_adverse_events
    if not serious:
        return story + empty_state(tr("Outcomes", "No serious adverse events."))
    header = [
        tr("Outcomes", "Participant"),
        tr("Outcomes", "Event"),
        tr("Outcomes", "Related"),
        tr("Outcomes", "Outcome"),
    ]
    rows = [
        [
            str(s["participant_id"]),
            para(serious_ae_text(s), styles().cell),
            cell(relationship_text(_enum(Relationship, s["relationship"]))),
            cell(ae_outcome_text(_enum(AeOutcome, s["outcome"]))),
        ]
        for s in serious
    ]
    story.append(data_table(header, rows, (0.15, 0.55, 0.13, 0.17), width))
    return story


def _enum(kind: type[E], value: object) -> E | None:
    return None if value is None else kind(value)


def _ids_text(ids: Sequence[str], at_most: int = 30) -> str:
    """The participants, or where to find them when there are too many for one table row."""
    if len(ids) <= at_most:
        return ", ".join(ids)
    return tr_n(
        "Outcomes",
        "{n} participant: listed in the appendix",
        "{n} participants: listed in the appendix",
        len(ids),
    ).format(n=len(ids))


def _changes(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    interruptions, rescue = outcomes.interruptions, outcomes.rescue
    rows: list[tuple[str, str, str]] = [
        (
            tr("Outcomes", "Participants with an interruption"),
            str(len(interruptions["participants"])),
            _ids_text(interruptions["participants"]),
        ),
        (tr("Outcomes", "Interruption periods"), str(interruptions["periods"]), ""),
        (tr("Outcomes", "Triggered by the platelet rule"), str(interruptions["triggers"]), ""),
    ]
    rows += [
        (
            tr("Outcomes", "Discontinued: {reason}").format(reason=discontinuation_label(r)),
            str(len(ids)),
            _ids_text(ids),
        )
        for r, ids in outcomes.discontinuations.items()
    ]
    by_therapy = ", ".join(f"{therapy} {n}" for therapy, n in rescue["by_therapy"].items())
    rows += [
        (
            tr("Outcomes", "Participants with rescue therapy"),
            str(len(rescue["participants"])),
            _ids_text(rescue["participants"]),
        ),
        (tr("Outcomes", "Rescue administrations"), str(rescue["administrations"]), by_therapy),
    ]
    header = [tr("Outcomes", "Treatment changes"), tr("Outcomes", "Count"), ""]
    table_rows = [[cell(a), b, para(c, styles().cell) if c else ""] for a, b, c in rows]
    return [
        *_heading(tr("Outcomes", "Interruptions, discontinuations and rescue therapy")),
        data_table(header, table_rows, (0.4, 0.1, 0.5), width, right=(1,)),
    ]


def _per_participant(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    header = [
        tr("Outcomes", "Participant"),
        tr("Outcomes", "Baseline"),
        tr("Outcomes", "Day 7"),
        tr("Outcomes", "Day 28"),
        tr("Outcomes", "Durable"),
        tr("Outcomes", "Days to response"),
        tr("Outcomes", "Days of response"),
        tr("Outcomes", "Bleeding events"),
        tr("Outcomes", "Worst AE grade"),
    ]

    def text(value: object) -> str:
        if value is None:
            return NONE_TEXT
        if isinstance(value, bool):
            return tr("Outcomes", "yes") if value else tr("Outcomes", "no")
        if isinstance(value, float):
            return fmt_count(value)
        return str(getattr(value, "value", value))

    rows = [
        [
            e.participant_id,
            text(e.baseline_platelets),
            text(e.early_response),
            text(e.initial_response),
            text(e.durable_response),
            text(e.time_to_response_days),
            text(e.duration_of_response_days),
            text(e.bleeding_events),
            text(e.worst_ae_grade),
        ]
        for e in outcomes.endpoints
    ]
    return [
        PageBreak(),
        para(tr("Outcomes", "Appendix: results per participant"), styles().h1),
        data_table(header, rows, (0.15, *(0.106,) * 8), width, right=(1, 2, 3, 4, 5, 6, 7, 8)),
        note(
            tr(
                "Outcomes",
                "Responses: CR complete response, R response, NR no response, NE not evaluable "
                "(no bleeding grade on the count's date); — not reached or not yet measured.",
            )
        ),
    ]


LISTING_ROW = 60  # participants per table row: a table row cannot break across pages


def _listing_parts(number: TracedNumber) -> list[str]:
    """The participant listing in pieces that each fit on a page (a 1,000-person study)."""
    if len(number.participants) <= LISTING_ROW:
        return [number.listing()]
    parts = []
    for start in range(0, len(number.participants), LISTING_ROW):
        piece = TracedNumber(
            number.section,
            number.label,
            number.value,
            number.participants[start : start + LISTING_ROW],
            number.notes[start : start + LISTING_ROW],
        )
        parts.append(piece.listing())
    return parts


def _appendix(outcomes: StudyOutcomes, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        *_heading(tr("Outcomes", "Appendix: the participants behind every number"))
    ]
    header = [tr("Outcomes", "Number"), tr("Outcomes", "Value"), tr("Outcomes", "Participants")]
    groups: dict[str, list[list[Cell]]] = {}
    for number in traced_numbers(outcomes):
        rows = groups.setdefault(number.section, [])
        for index, part in enumerate(_listing_parts(number)):
            first = index == 0
            rows.append(
                [
                    para(number.label if first else "", styles().cell),
                    para(number.value if first else tr("Outcomes", "(continued)"), styles().cell),
                    para(part, styles().cell),
                ]
            )
    for section, rows in groups.items():
        story += [CondPageBreak(25 * mm), para(section, styles().h2)]
        story.append(data_table(header, rows, (0.28, 0.22, 0.5), width))
    return story


def write_outcomes_pdf(
    outcomes: StudyOutcomes,
    target: Path | BinaryIO,
    config: ProtocolConfig,
    *,
    language: str | None = None,
    paper: str = "a4",
    detail: bool = True,
    generated_at: datetime | None = None,
    trail: TrailStamp | None = None,
) -> int:
    """Write the outcomes report; returns the page count. `detail` adds the appendix."""
    moment = generated_at or datetime.now(UTC)
    with language_scope(language):
        width = paper_size(paper)[0] - 2 * MARGIN_X
        decor = PageDecor(
            study_line=study_line(config),
            document_title=tr("Outcomes", "Study outcomes"),
            participant_label=tr("Outcomes", "All dosed participants (N = {n})").format(
                n=outcomes.dosed_count
            ),
            generated_at=fmt_timestamp(moment, None),
            status=tr(
                "Outcomes",
                "Data as of {date}, as entered: an interim look, not the locked-database analysis.",
            ).format(date=outcomes.as_of.isoformat()),
            trail=trail,
        )
        story = [
            *_header(outcomes, config, width),
            *_flow(outcomes, width),
            *_responses(outcomes, config, width),
            *_trajectories(outcomes, config, width),
            *_safety(outcomes, width),
            *form_outcome_tables(outcomes, width),
        ]
        if detail:
            story += _per_participant(outcomes, width) + _appendix(outcomes, width)
        return build_pdf(story, decor, target, paper=paper, subject=decor.document_title)
