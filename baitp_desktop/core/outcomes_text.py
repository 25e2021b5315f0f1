"""The outcome measures in words: labels, number formats, the flow line, traced numbers.

One place for how an outcome number reads, so that `baitp outcomes`, the outcomes screen
and the outcomes PDF say "12/29 (41.4 %; 95 % CI 23.5–61.1)" the same way, and so that
"which participants make up this number" (`traced_numbers`) is answered identically
on paper, on screen and in a terminal. No Qt, no reportlab.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from baitp_desktop.core.outcomes import AeSummary, Distribution, Proportion, StudyOutcomes
from baitp_desktop.core.records import DiscontinuationReason
from baitp_desktop.i18n import tr, tr_n

FLOW_STAGES: tuple[str, ...] = (
    "screened",
    "eligible",
    "dosed",
    "completed_week_24",
    "discontinued",
    "ongoing",
)
DASH = "–"
NONE_TEXT = "—"


def flow_label(stage: str) -> str:
    return {
        "screened": tr("Outcomes", "Screened"),
        "eligible": tr("Outcomes", "Eligible"),
        "dosed": tr("Outcomes", "Dosed"),
        "completed_week_24": tr("Outcomes", "Completed week 24"),
        "discontinued": tr("Outcomes", "Discontinued"),
        "ongoing": tr("Outcomes", "Still on treatment"),
    }[stage]


def discontinuation_label(reason: str) -> str:
    return {
        DiscontinuationReason.ADVERSE_EVENT.value: tr("Outcomes", "Adverse event"),
        DiscontinuationReason.PARTICIPANT_REQUEST.value: tr("Outcomes", "Participant's request"),
        DiscontinuationReason.OTHER.value: tr("Outcomes", "Other reason"),
    }[reason]


def percent_text(value: float | None) -> str:
    return NONE_TEXT if value is None else f"{value:.1f}%"


def ci_text(proportion: Proportion) -> str:
    """'23.5–61.1' (percent, one decimal); the whole range 0–100 when N is 0."""
    low, high = proportion.ci95
    return f"{100 * low:.1f}{DASH}{100 * high:.1f}"


def fraction_text(proportion: Proportion) -> str:
    return f"{proportion.n}/{proportion.total}"


def proportion_text(proportion: Proportion) -> str:
    """'12/29 (41.4%; 95% CI 23.5–61.1)'."""
    return tr("Outcomes", "{fraction} ({percent}; 95% CI {ci})").format(
        fraction=fraction_text(proportion),
        percent=percent_text(proportion.percent),
        ci=ci_text(proportion),
    )


def days_summary(distribution: Distribution) -> str:
    """'median 6 days, range 5–13 (n = 14)'; 'none' without values."""
    days = [v for _, v in distribution.values]
    if not days:
        return tr("Outcomes", "none yet")
    data = distribution.to_json(detail=False)
    return tr("Outcomes", "median {median} days, range {low}{dash}{high} (n = {n})").format(
        median=_number(data["median"]), low=data["min"], high=data["max"], dash=DASH, n=len(days)
    )


def _number(value: float | None) -> str:
    if value is None:
        return NONE_TEXT
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def flow_parts(outcomes: StudyOutcomes) -> list[tuple[str, str, int]]:
    """(stage, label, n) in the order the flow line shows them."""
    return [(stage, flow_label(stage), len(outcomes.flow[stage])) for stage in FLOW_STAGES]


def flow_line(outcomes: StudyOutcomes) -> str:
    """'Screened 35 → Eligible 30 → Dosed 32 → Completed week 24 9 / Discontinued 4 / …'."""
    parts = {stage: f"{label} {n}" for stage, label, n in flow_parts(outcomes)}
    line = " → ".join(parts[s] for s in ("screened", "eligible", "dosed"))
    ends = " / ".join(parts[s] for s in ("completed_week_24", "discontinued", "ongoing"))
    return f"{line} → {ends}"


def not_eligible_note(outcomes: StudyOutcomes) -> str:
    """Why 'dosed' can exceed 'eligible': dosed participants who were not eligible."""
    n = len(outcomes.dosed_not_eligible)
    if not n:
        return ""
    return tr_n(
        "Outcomes",
        "{n} dosed participant did not meet the eligibility criteria (a major deviation): {ids}",
        "{n} dosed participants did not meet the eligibility criteria (a major deviation): {ids}",
        n,
    ).format(n=n, ids=", ".join(outcomes.dosed_not_eligible))


def ae_percent(summary: AeSummary) -> str:
    if not summary.total:
        return NONE_TEXT
    return percent_text(100.0 * len(summary.participants) / summary.total)


@dataclass(frozen=True, slots=True)
class TracedNumber:
    """One number of the outcomes and the participants behind it.

    `notes` gives a per-participant value where the number is made of values (days to
    response, bleeding events, worst grade), in the order of `participants`.
    """

    section: str
    label: str
    value: str
    participants: tuple[str, ...]
    notes: tuple[str, ...] = ()
    always_listed: bool = False  # a list by nature (serious AEs): shown even without detail

    def listing(self) -> str:
        """'BAITP-001 (6 d), BAITP-004 (13 d)' or 'none'."""
        if not self.participants:
            return tr("Outcomes", "none")
        if self.notes:
            pairs = zip(self.participants, self.notes, strict=True)
            return ", ".join(f"{p} ({n})" for p, n in pairs)
        return ", ".join(self.participants)


def proportion_traces(p: Proportion) -> dict[str, TracedNumber]:
    """The participants behind each part of a response measure.

    `n` the responders, `N` everyone for whom it is due (each with what they count as),
    `missing` those due without an evaluable assessment, `not_yet_due` those left out.
    """
    section = tr("Outcomes", "Response")
    responders, missing = set(p.participants), set(p.missing)

    def role(pid: str) -> str:
        if pid in responders:
            return tr("Outcomes", "responder")
        if pid in missing:
            return tr("Outcomes", "not assessed")
        return tr("Outcomes", "no response")

    return {
        "n": TracedNumber(section, p.label, proportion_text(p), p.participants),
        "N": TracedNumber(
            section,
            tr("Outcomes", "{measure}: everyone for whom it is due (N)").format(measure=p.label),
            str(p.total),
            p.due,
            tuple(role(pid) for pid in p.due),
        ),
        "missing": TracedNumber(
            section,
            tr("Outcomes", "{measure}: not assessed (counted as not responding)").format(
                measure=p.label
            ),
            str(len(p.missing)),
            p.missing,
        ),
        "not_yet_due": TracedNumber(
            section,
            tr("Outcomes", "{measure}: not yet due (left out of N)").format(measure=p.label),
            str(len(p.not_yet_due)),
            p.not_yet_due,
        ),
    }


def distribution_trace(distribution: Distribution) -> TracedNumber:
    """The participants with a value (days to response, days of response), with the value."""
    return TracedNumber(
        tr("Outcomes", "Response"),
        distribution.label,
        days_summary(distribution),
        _ids(pid for pid, _ in distribution.values),
        tuple(tr("Outcomes", "{days} d").format(days=v) for _, v in distribution.values),
    )


def ae_traces(summary: AeSummary) -> tuple[TracedNumber, dict[int, TracedNumber]]:
    """The participants with a term (each with their worst grade), and per worst grade."""
    section = tr("Outcomes", "Adverse events (participants by worst CTCAE grade)")
    worst = {pid: grade for grade, ids in summary.by_grade.items() for pid in ids}
    everyone = TracedNumber(
        section,
        summary.term,
        f"{len(summary.participants)} ({ae_percent(summary)}) · {ae_grades_text(summary)}",
        summary.participants,
        tuple(tr("Outcomes", "grade {grade}").format(grade=worst[p]) for p in summary.participants),
    )
    by_grade = {
        grade: TracedNumber(
            section,
            tr("Outcomes", "{term}, worst grade {grade}").format(term=summary.term, grade=grade),
            str(len(ids)),
            ids,
        )
        for grade, ids in summary.by_grade.items()
    }
    return everyone, by_grade


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def traced_numbers(outcomes: StudyOutcomes) -> list[TracedNumber]:
    """Every number of the outcomes with the participants that make it up, in report order."""
    out: list[TracedNumber] = []
    flow = tr("Outcomes", "Participant flow")
    for stage, label, n in flow_parts(outcomes):
        out.append(TracedNumber(flow, label, str(n), outcomes.flow[stage]))
    if outcomes.dosed_not_eligible:
        out.append(
            TracedNumber(
                flow,
                tr("Outcomes", "Dosed although not eligible"),
                str(len(outcomes.dosed_not_eligible)),
                outcomes.dosed_not_eligible,
            )
        )
    for p in outcomes.responses:
        traces = proportion_traces(p)
        out.append(traces["n"])
        out += [traces[k] for k in ("missing", "not_yet_due") if traces[k].participants]
    out += [
        distribution_trace(d) for d in (outcomes.time_to_response, outcomes.duration_of_response)
    ]
    out += _safety_numbers(outcomes)
    if outcomes.forms is not None:
        # imported here: the forms' texts build on this module's TracedNumber
        from baitp_desktop.core.form_outcomes_text import form_traced_numbers

        out += form_traced_numbers(outcomes.forms)
    return out


def ae_grades_text(summary: AeSummary) -> str:
    """'grade 1: 4, grade 2: 2' (participants by their worst grade)."""
    return ", ".join(
        tr("Outcomes", "grade {grade}: {n}").format(grade=grade, n=len(ids))
        for grade, ids in sorted(summary.by_grade.items())
    )


def serious_ae_text(event: dict[str, object]) -> str:
    """'Lung infection, grade 3, onset 2026-03-02 (Day 40)'."""
    return tr("Outcomes", "{term}, grade {grade}, onset {onset} (Day {day})").format(
        term=event["term"], grade=event["grade"], onset=event["onset"], day=event["onset_day"]
    )


def _safety_numbers(outcomes: StudyOutcomes) -> list[TracedNumber]:
    bleeders = [(pid, n) for pid, n in outcomes.bleeding_events.items() if n]
    out = [
        TracedNumber(
            tr("Outcomes", "Bleeding"),
            tr("Outcomes", "Bleeding events (WHO grade ≥ 2)"),
            tr_n(
                "Outcomes",
                "{total} event in {n} of {dosed} dosed participants",
                "{total} events in {n} of {dosed} dosed participants",
                sum(outcomes.bleeding_events.values()),
            ).format(
                total=sum(outcomes.bleeding_events.values()),
                n=len(bleeders),
                dosed=outcomes.dosed_count,
            ),
            _ids(pid for pid, _ in bleeders),
            tuple(tr_n("Outcomes", "{n} event", "{n} events", n).format(n=n) for _, n in bleeders),
        )
    ]
    summaries = [outcomes.any_adverse_event] if outcomes.any_adverse_event else []
    out += [ae_traces(summary)[0] for summary in [*summaries, *outcomes.adverse_events]]
    serious = outcomes.serious_adverse_events
    out.append(
        TracedNumber(
            tr("Outcomes", "Serious adverse events"),
            tr("Outcomes", "Serious adverse events"),
            str(len(serious)),
            _ids(str(s["participant_id"]) for s in serious),
            tuple(serious_ae_text(s) for s in serious),
            always_listed=True,
        )
    )
    changes = tr("Outcomes", "Interruptions, discontinuations and rescue therapy")
    interruptions = outcomes.interruptions
    out.append(
        TracedNumber(
            changes,
            tr("Outcomes", "Treatment interrupted"),
            tr(
                "Outcomes",
                "{n} of {dosed} dosed participants; interruption periods: {periods}; "
                "triggered by the platelet rule: {triggers}",
            ).format(
                n=len(interruptions["participants"]),
                dosed=outcomes.dosed_count,
                periods=interruptions["periods"],
                triggers=interruptions["triggers"],
            ),
            tuple(interruptions["participants"]),
        )
    )
    for reason, ids in outcomes.discontinuations.items():
        out.append(
            TracedNumber(
                changes,
                tr("Outcomes", "Discontinued: {reason}").format(
                    reason=discontinuation_label(reason)
                ),
                str(len(ids)),
                ids,
            )
        )
    rescue = outcomes.rescue
    out.append(
        TracedNumber(
            changes,
            tr("Outcomes", "Rescue therapy"),
            tr(
                "Outcomes", "{n} of {dosed} dosed participants; administrations: {administrations}"
            ).format(
                n=len(rescue["participants"]),
                dosed=outcomes.dosed_count,
                administrations=rescue["administrations"],
            ),
            tuple(rescue["participants"]),
        )
    )
    return out
